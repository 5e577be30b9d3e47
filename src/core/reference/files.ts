// Reading source files from disk: size limits, binary and encoding checks, and walking reference folders.
// Every problem is an `InputError` (or an `InputProblem`) that names the file and says what is wrong in one line.
import * as fs from "fs";
import * as nodePath from "path";
import { InputError } from "../errors";
import type { InputProblem } from "../types";

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Extensions a reference folder may hold: prose documents and verified-claims files. */
export const DOCUMENT_EXTENSIONS = [".txt", ".md", ".markdown"];
export const CLAIMS_EXTENSIONS = [".json", ".yaml", ".yml"];
export const REFERENCE_EXTENSIONS = [...DOCUMENT_EXTENSIONS, ...CLAIMS_EXTENSIONS];

/** Folders never walked into (besides every folder whose name starts with a dot). */
const SKIPPED_FOLDERS = new Set(["node_modules"]);

export function isReferenceFile(file: string): boolean {
  return REFERENCE_EXTENSIONS.includes(nodePath.extname(file).toLowerCase());
}

export function isClaimsFile(file: string): boolean {
  return CLAIMS_EXTENSIONS.includes(nodePath.extname(file).toLowerCase());
}

function formatMB(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 10 || Number.isInteger(mb)) return `${Math.round(mb)} MB`;
  return `${mb.toFixed(1)} MB`;
}

function tooLarge(file: string, size: number, maxBytes: number): InputError {
  return new InputError(
    file,
    `is larger than ${formatMB(maxBytes)} (${formatMB(size)}); raise the limit with the maxFileBytes option`,
  );
}

/** Turns a Node file-system error into a one-line InputError. */
function fsError(file: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return new InputError(file, "no such file");
    case "EISDIR":
      return new InputError(file, "is a folder, not a file");
    case "EACCES":
    case "EPERM":
      return new InputError(file, "permission denied");
    case "ELOOP":
      return new InputError(file, "is a symbolic link that loops");
    default:
      return new InputError(file, `cannot be read (${(err as Error)?.message ?? String(err)})`);
  }
}

/** Byte offset of the first invalid UTF-8 sequence, or -1 when the buffer is valid UTF-8. */
export function firstInvalidUtf8Offset(buf: Uint8Array): number {
  let i = 0;
  const n = buf.length;
  while (i < n) {
    const b = buf[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Checks and decodes a file's bytes: no NUL bytes, strict UTF-8, BOM stripped, line endings kept. */
export function decodeTextBuffer(buf: Uint8Array, file: string): string {
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    throw new InputError(file, "is UTF-16 encoded; save it as UTF-8");
  }
  if (buf.indexOf(0) !== -1) throw new InputError(file, "looks binary (contains NUL bytes)");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    const at = firstInvalidUtf8Offset(buf);
    throw new InputError(file, `is not valid UTF-8 (byte offset ${at < 0 ? 0 : at})`);
  }
  // TextDecoder strips a leading BOM by default (ignoreBOM: false); make sure of it.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Reads a text file as an editor sees it: UTF-8 (BOM stripped), line endings as on disk.
 * Throws `InputError(file, problem)` for a missing file, a folder, a file over `maxBytes`, binary or non-UTF-8 content.
 */
export function readTextFile(path: string, maxBytes = DEFAULT_MAX_FILE_BYTES): string {
  let buf: Buffer;
  try {
    checkReadable(path, fs.statSync(path), maxBytes);
    buf = fs.readFileSync(path);
  } catch (err) {
    throw err instanceof InputError ? err : fsError(path, err);
  }
  return decodeChecked(path, buf, maxBytes);
}

/** `readTextFile` without blocking the event loop while the bytes are read. */
export async function readTextFileAsync(path: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<string> {
  let buf: Buffer;
  try {
    checkReadable(path, await fs.promises.stat(path), maxBytes);
    buf = await fs.promises.readFile(path);
  } catch (err) {
    throw err instanceof InputError ? err : fsError(path, err);
  }
  return decodeChecked(path, buf, maxBytes);
}

/** A regular file no larger than the limit, or an `InputError` saying what it is instead. */
function checkReadable(path: string, stat: fs.Stats, maxBytes: number): void {
  if (stat.isDirectory()) throw new InputError(path, "is a folder, not a file");
  if (!stat.isFile()) throw new InputError(path, "is not a regular file");
  if (stat.size > maxBytes) throw tooLarge(path, stat.size, maxBytes);
}

/** The bytes as text; the size is checked again, as the file may have grown between stat and read. */
function decodeChecked(path: string, buf: Buffer, maxBytes: number): string {
  if (buf.length > maxBytes) throw tooLarge(path, buf.length, maxBytes);
  return decodeTextBuffer(buf, path);
}

/** One file to load, with the id it gets: its path relative to the folder it was found under, or its file name. */
export interface ReferenceEntry {
  /** The path as found (joined onto the path the caller gave, so messages name what the user typed). */
  path: string;
  id: string;
}

export interface CollectedFiles {
  /** Every usable file, in order: each given path in turn, a folder's files sorted. */
  files: string[];
  /** The same files with their document ids. */
  entries: ReferenceEntry[];
  problems: InputProblem[];
}

const EXT_LIST = REFERENCE_EXTENSIONS.join(", ");

function toId(rel: string): string {
  return rel.split(nodePath.sep).join("/");
}

/**
 * Expands files and folders into the reference files to load. A folder is walked recursively (sorted; dot-folders
 * and node_modules skipped; files with other extensions ignored). A missing path, an explicitly named file with
 * another extension, or a folder with no usable file is a problem naming it.
 */
export function collectReferenceFiles(paths: string[]): CollectedFiles {
  const out: CollectedFiles = { files: [], entries: [], problems: [] };
  const seenFiles = new Set<string>();
  const seenIds = new Set<string>();
  const add = (file: string, id: string, root: string) => {
    let real: string;
    try {
      real = fs.realpathSync(file);
    } catch {
      real = nodePath.resolve(file);
    }
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    let unique = id;
    if (seenIds.has(unique)) {
      // Two folders both hold e.g. "statement.txt": prefix the second with its folder's name.
      const base = nodePath.basename(nodePath.resolve(root));
      unique = base ? `${base}/${id}` : id;
      for (let k = 2; seenIds.has(unique); k++) unique = `${id}#${k}`;
    }
    seenIds.add(unique);
    out.files.push(file);
    out.entries.push({ path: file, id: unique });
  };
  for (const given of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(given);
    } catch (err) {
      const e = fsError(given, err);
      out.problems.push({ file: given, message: e.problem === "no such file" ? "no such file or folder" : e.problem });
      continue;
    }
    if (stat.isFile()) {
      if (!isReferenceFile(given)) {
        out.problems.push({
          file: given,
          message: `is not a source document or claims file (expected one of ${EXT_LIST})`,
        });
        continue;
      }
      add(given, nodePath.basename(given), nodePath.dirname(given));
      continue;
    }
    if (!stat.isDirectory()) {
      out.problems.push({ file: given, message: "is not a file or folder" });
      continue;
    }
    const found: string[] = [];
    const visited = new Set<string>();
    const walk = (dir: string): void => {
      let real: string;
      try {
        real = fs.realpathSync(dir);
      } catch {
        real = dir;
      }
      if (visited.has(real)) return; // a symbolic link back up the tree
      visited.add(real);
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch (err) {
        out.problems.push({ file: dir, message: fsError(dir, err).problem });
        return;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const ent of entries) {
        if (ent.name.startsWith(".")) continue;
        const full = nodePath.join(dir, ent.name);
        let isDir = ent.isDirectory();
        let isFile = ent.isFile();
        if (ent.isSymbolicLink()) {
          try {
            const s = fs.statSync(full);
            isDir = s.isDirectory();
            isFile = s.isFile();
          } catch {
            continue; // a dangling link inside a folder is skipped like any unusable file
          }
        }
        if (isDir) {
          if (!SKIPPED_FOLDERS.has(ent.name)) walk(full);
        } else if (isFile && isReferenceFile(ent.name)) {
          found.push(full);
        }
      }
    };
    walk(given);
    if (found.length === 0) {
      out.problems.push({ file: given, message: `folder has no source documents or claims files (${EXT_LIST})` });
      continue;
    }
    for (const file of found) add(file, toId(nodePath.relative(given, file)), given);
  }
  return out;
}
