// An on-disk cache of built reference sets, so an archive of a thousand documents loads in a fraction of the time
// it takes to analyse. Keyed by every file's path, size and modification time, the engine's version and the
// lexicon's: any change to any of them is a miss, and a miss simply builds (and writes) the index again.
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import { join } from "node:path";
import type { InputProblem } from "../types";
import type { IndexSnapshot } from "./set";

/** Bump when the snapshot's shape or the analysis behind it changes. */
const FORMAT = 1;

interface CacheFile {
  format: number;
  problems: InputProblem[];
  index: IndexSnapshot;
}

/** The cache file for these reference files, or undefined when one cannot be stat'ed (nothing is cached then). */
export async function cacheFileFor(cacheDir: string, files: string[], engineVersion: string): Promise<string | undefined> {
  const hash = createHash("sha1").update(`${FORMAT}\0${engineVersion}\0`);
  try {
    for (const f of files) {
      const st = await fs.stat(f);
      hash.update(`${f}\0${st.size}\0${st.mtimeMs}\0`);
    }
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

/** Written to a temporary file and renamed, so a crash mid-write never leaves a cache that parses wrong. */
export async function writeCache(file: string, index: IndexSnapshot, problems: InputProblem[]): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await fs.mkdir(join(file, ".."), { recursive: true });
    await fs.writeFile(tmp, JSON.stringify({ format: FORMAT, problems, index } satisfies CacheFile));
    await fs.rename(tmp, file);
  } catch {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
  }
}
