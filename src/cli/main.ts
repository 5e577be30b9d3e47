// `verity check`: the engine on the command line, for newsroom pipelines. See shared/contracts/cli-json.md.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { bundledReferenceDir, Checker, InputError, loadReferenceSet, readTextFile } from "../core/index";
import { FileReport, formatJson, formatSarif, formatText } from "../core/report/format";

const USAGE = `Usage: verity check [--reference PATH]... [--format text|json|sarif] FILE...

Checks each draft FILE (Markdown or plain text) against source documents and verified-claim files.

Options:
  --reference PATH   a folder or file of sources (.txt, .md) or claims (.json, .yaml); repeatable.
                     Without it, the bundled reference set is used.
  --format FORMAT    text (default), json or sarif
  --max-size MB      largest draft or source file read (default 5)
  --cache DIR        keep built indexes of reference sets in DIR; an unchanged set then loads from it
  -h, --help         show this help
  -v, --version      show the version

Exit status: 0 no conflict, 1 at least one conflict, 2 usage or input error.`;

class UsageError extends Error {}

/** The package root: dist/cli.js sits one level down; from source (tests) two. */
function packageRoot(): string {
  for (const up of ["..", join("..", "..")]) {
    const dir = join(__dirname, up);
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "reference"))) return dir;
  }
  return join(__dirname, "..");
}

function version(): string {
  try {
    return require(join(packageRoot(), "package.json")).version as string;
  } catch {
    return "unknown";
  }
}

interface Options {
  references: string[];
  format: "text" | "json" | "sarif";
  files: string[];
  maxBytes: number;
  cacheDir?: string;
}

function parseArgs(args: string[]): Options | "help" | "version" {
  if (!args.length || args[0] === "-h" || args[0] === "--help" || args[0] === "help") return "help";
  if (args[0] === "-v" || args[0] === "--version") return "version";
  if (args[0] !== "check") throw new UsageError(`unknown command "${args[0]}" (expected "check")`);
  const options: Options = { references: [], format: "text", files: [], maxBytes: 5 * 1024 * 1024 };
  for (let i = 1; i < args.length; i++) {
    const a = args[i];
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === "-h" || a === "--help") return "help";
    else if (a === "--reference" || a === "-r") options.references.push(value());
    else if (a.startsWith("--reference=")) options.references.push(a.slice(12));
    else if (a === "--format" || a === "-f" || a.startsWith("--format=")) {
      const f = a.startsWith("--format=") ? a.slice(9) : value();
      if (f !== "text" && f !== "json" && f !== "sarif") throw new UsageError(`unknown --format "${f}" (expected text, json or sarif)`);
      options.format = f;
    } else if (a === "--cache") {
      options.cacheDir = value();
    } else if (a === "--max-size") {
      const mb = Number(value());
      if (!(mb > 0)) throw new UsageError("--max-size needs a positive number of megabytes");
      options.maxBytes = mb * 1024 * 1024;
    } else if (a.startsWith("-") && a !== "-") throw new UsageError(`unknown option "${a}"`);
    else options.files.push(a);
  }
  if (!options.files.length) throw new UsageError("no draft file given");
  return options;
}

async function main(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (parsed === "help") {
    process.stdout.write(USAGE + "\n");
    return 0;
  }
  if (parsed === "version") {
    process.stdout.write(`verity ${version()}\n`);
    return 0;
  }
  // Read every draft first: a bad draft is an input error before any work is done.
  const drafts = parsed.files.map((file) => ({ file, text: readTextFile(file, parsed.maxBytes) }));
  const referencePaths = parsed.references.length ? parsed.references : [bundledReferenceDir(packageRoot())];
  const { set, problems } = await loadReferenceSet(referencePaths, { maxFileBytes: parsed.maxBytes, cacheDir: parsed.cacheDir, engineVersion: version() });
  if (!set.documents.length) {
    // Nothing to check against: one line, naming the first file that failed (or the folder that held nothing).
    const first = problems[0];
    if (first) throw new InputError(first.file, problems.length > 1 ? `${first.message} (and ${problems.length - 1} more reference problems)` : first.message, first.line);
    throw new InputError(referencePaths.join(", "), "holds no source documents");
  }
  for (const p of problems) process.stderr.write(`verity: warning: ${p.file}${p.line ? `:${p.line}` : ""}: ${p.message}\n`);
  const checker = new Checker(set);
  const reports: FileReport[] = drafts.map((d) => ({ ...d, result: checker.check(d.text, { markdown: !/\.txt$/i.test(d.file) }) }));
  const out =
    parsed.format === "json"
      ? formatJson(reports, { documents: set.documents.length, claims: set.claims.length, version: set.version })
      : parsed.format === "sarif"
        ? formatSarif(reports, version())
        : formatText(reports);
  process.stdout.write(out);
  return reports.some((r) => r.result.sentences.some((s) => s.status === "conflict")) ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UsageError) process.stderr.write(`verity: ${err.message}\n${USAGE.split("\n")[0]}\n`);
    else if (err instanceof InputError) process.stderr.write(`verity: ${err.message}\n`);
    else process.stderr.write(`verity: internal error: ${(err as Error)?.message ?? String(err)}\n`);
    process.exitCode = 2;
  },
);
