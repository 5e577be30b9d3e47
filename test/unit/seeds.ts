// The seed articles as saved from the web, without front matter. The bundled reference files are those articles
// verbatim under a front-matter header (checked against ../shared/seeds when that folder is present), so the tests
// take them from the project's own files and run on a checkout that has nothing beside it.
import * as fs from "node:fs";
import * as path from "node:path";

export const BUNDLED_REFERENCE = path.resolve(__dirname, "../../reference");

/** The body of a bundled reference file: everything after its closing `---` line. */
function bodyOf(file: string): string {
  const text = fs.readFileSync(file, "utf8");
  const close = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
  if (!close) throw new Error(`${file} has no front matter`);
  return text.slice(close[0].length);
}

export const BBC_ARTICLE = bodyOf(path.join(BUNDLED_REFERENCE, "bbc-albania-severs-ties.md"));
export const IRISH_TIMES_ARTICLE = bodyOf(path.join(BUNDLED_REFERENCE, "irish-times-us-blames-iran.md"));

/** Writes the raw articles into `dir` (as plain .txt files without metadata) and returns the folder. */
export function writeRawSeeds(dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "bbc.txt"), BBC_ARTICLE);
  fs.writeFileSync(path.join(dir, "irish-times.txt"), IRISH_TIMES_ARTICLE);
  return dir;
}
