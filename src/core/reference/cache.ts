// An on-disk cache of built reference sets, so an archive of a thousand documents loads in a fraction of the time
// it takes to analyse. Keyed by every file's path, size and modification time, the engine's version and build, and
// the lexicon's: any change to any of them is a miss, and a miss simply builds (and writes) the index again.
import { createHash } from "node:crypto";
import { promises as fs, statSync } from "node:fs";
import { join } from "node:path";
import { lexiconPath } from "../lexicon";
import type { InputProblem } from "../types";
import type { IndexSnapshot } from "./set";

/** Bump when the snapshot's shape or the analysis behind it changes. */
const FORMAT = 17;

/**
 * The running engine's file and the word table it reads, by size and modification time: an index is analysis
 * (stems, synonym keys, numbers), and a rebuilt engine or table must not trust one an older build wrote, whether or
 * not FORMAT was bumped. Costs a rebuild of the cache after every build.
 */
export function buildStamp(): string {
  return [__filename, lexiconPath()]
    .map((file) => {
      try {
        const st = file ? statSync(file) : undefined;
        return st ? `${st.size}:${Math.round(st.mtimeMs)}` : "-";
      } catch {
        return "-";
      }
    })
    .join("/");
}

interface CacheFile {
  format: number;
  problems: InputProblem[];
  index: IndexSnapshot;
}

/** The cache file for these reference files, or undefined when one cannot be stat'ed (nothing is cached then). */
export async function cacheFileFor(cacheDir: string, files: string[], engineVersion: string): Promise<string | undefined> {
  const hash = createHash("sha1").update(`${FORMAT}\0${engineVersion}\0${buildStamp()}\0`);
  try {
    // All at once: one await per file would cost an event-loop turn each on a thousand-file archive.
    const stats = await Promise.all(files.map((f) => fs.stat(f)));
    files.forEach((f, i) => hash.update(`${f}\0${stats[i].size}\0${stats[i].mtimeMs}\0`));
  } catch {
    return undefined;
  }
  return join(cacheDir, `reference-${hash.digest("hex").slice(0, 24)}.json`);
}

export async function readCache(file: string): Promise<{ index: IndexSnapshot; problems: InputProblem[] } | undefined> {
  try {
    const data = JSON.parse(await fs.readFile(file, "utf8")) as CacheFile;
    return data.format === FORMAT ? { index: data.index, problems: data.problems } : undefined;
  } catch {
    return undefined; // missing, unreadable or half-written: build anew
  }
}

/**
 * Written to a temporary file and renamed, so a crash mid-write never leaves a cache that parses wrong. Written in
 * pieces: one JSON string of a thousand-document index is tens of megabytes on top of the index itself.
 */
export async function writeCache(file: string, index: IndexSnapshot, problems: InputProblem[]): Promise<void> {
  // Unique per write: a reload while the previous write of the same set is still under way must not share its file.
  const tmp = `${file}.${process.pid}.${++writes}.tmp`;
  let handle: fs.FileHandle | undefined;
  try {
    await fs.mkdir(join(file, ".."), { recursive: true });
    handle = await fs.open(tmp, "w");
    await handle.write(`{"format":${FORMAT},"problems":${JSON.stringify(problems)},"index":{`);
    let first = true;
    for (const [key, value] of Object.entries(index)) {
      await handle.write(`${first ? "" : ","}${JSON.stringify(key)}:`);
      await writeJson(handle, value);
      first = false;
    }
    await handle.write("}}");
    await handle.close();
    handle = undefined;
    await fs.rename(tmp, file);
  } catch {
    await handle?.close().catch(() => undefined);
    await fs.rm(tmp, { force: true }).catch(() => undefined);
  }
}

let writes = 0;

/** Arrays and objects a thousand entries at a time; anything smaller as one string. */
async function writeJson(handle: fs.FileHandle, value: unknown): Promise<void> {
  if (Array.isArray(value) && value.length > BATCH) {
    await writeInPieces(handle, "[", "]", value, (v) => JSON.stringify(v ?? null));
  } else if (value && typeof value === "object" && !Array.isArray(value) && Object.keys(value).length > BATCH) {
    // Entries JSON.stringify would leave out are left out here too.
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    await writeInPieces(handle, "{", "}", entries, ([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
  } else {
    await handle.write(JSON.stringify(value));
  }
}

const BATCH = 1000;

async function writeInPieces<T>(handle: fs.FileHandle, open: string, close: string, items: T[], encode: (item: T) => string): Promise<void> {
  await handle.write(open);
  for (let i = 0; i < items.length; i += BATCH) await handle.write(`${i === 0 ? "" : ","}${items.slice(i, i + BATCH).map(encode).join(",")}`);
  await handle.write(close);
}
