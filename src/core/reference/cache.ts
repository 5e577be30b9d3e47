// An on-disk cache of built reference sets, so an archive of a thousand documents loads in a fraction of the time
// it takes to analyse. Keyed by every file's path, size and modification time, the engine's version and the
// lexicon's: any change to any of them is a miss, and a miss simply builds (and writes) the index again.
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import { join } from "node:path";
import type { InputProblem } from "../types";
import type { IndexSnapshot } from "./set";

/** Bump when the snapshot's shape or the analysis behind it changes. */
const FORMAT = 2;

interface CacheFile {
  format: number;
  problems: InputProblem[];
  index: IndexSnapshot;
}

/** The cache file for these reference files, or undefined when one cannot be stat'ed (nothing is cached then). */
export async function cacheFileFor(cacheDir: string, files: string[], engineVersion: string): Promise<string | undefined> {
  const hash = createHash("sha1").update(`${FORMAT}\0${engineVersion}\0`);
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
  const BATCH = 1000;
  if (Array.isArray(value) && value.length > BATCH) {
    for (let i = 0; i < value.length; i += BATCH) {
      const part = value.slice(i, i + BATCH).map((v) => JSON.stringify(v ?? null)).join(",");
      await handle.write(`${i === 0 ? "[" : ","}${part}`);
    }
    await handle.write("]");
  } else if (value && typeof value === "object" && !Array.isArray(value) && Object.keys(value).length > BATCH) {
    const entries = Object.entries(value);
    for (let i = 0; i < entries.length; i += BATCH) {
      const part = entries
        .slice(i, i + BATCH)
        .filter(([, v]) => v !== undefined) // as JSON.stringify leaves them out
        .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`)
        .join(",");
      await handle.write(`${i === 0 ? "{" : ","}${part}`);
    }
    await handle.write("}");
  } else {
    await handle.write(JSON.stringify(value));
  }
}
