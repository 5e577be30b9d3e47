// The `verity` command on bad and odd input: a clear exit status, valid JSON on stdout for --format json, or one line
// on stderr naming the file and the problem; never a stack trace, never a hang. Then the JSON and SARIF shapes on a
// draft with a known conflict (shared/contracts/cli-json.md).
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const CLI = path.join(ROOT, "dist", "cli.js");
const BUNDLED = path.join(ROOT, "reference");
const RUN_TIMEOUT_MS = 20_000;
const CONFLICT = "Iran's diplomats were told to leave Albania within 72 hours.";

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  args: string[];
}

let tmp: string;

function cli(args: string[], cwd = tmp): Run {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env, encoding: "utf8", timeout: RUN_TIMEOUT_MS, maxBuffer: 256 * 1024 * 1024 });
  assert.equal(r.error, undefined, `verity ${args.join(" ")}: ${r.error?.message} (did not finish within ${RUN_TIMEOUT_MS / 1000} s?)`);
  assert.equal(r.signal, null, `verity ${args.join(" ")} was killed by ${r.signal}`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, args };
}

const describeRun = (r: Run) => `verity ${r.args.join(" ")} → exit ${r.status}\nstderr: ${r.stderr.slice(0, 800)}\nstdout: ${r.stdout.slice(0, 300)}`;

function noStackTrace(r: Run): void {
  assert.doesNotMatch(r.stderr, /^\s{4}at /m, `stack trace on stderr:\n${describeRun(r)}`);
  assert.doesNotMatch(r.stderr, /internal error/i, `internal error:\n${describeRun(r)}`);
}

/** Exit 0/1 with valid JSON of the contract's top-level shape on stdout. */
function okJson(r: Run): any {
  noStackTrace(r);
  assert.ok(r.status === 0 || r.status === 1, `expected exit 0 or 1:\n${describeRun(r)}`);
  let json: any;
  assert.doesNotThrow(() => (json = JSON.parse(r.stdout)), `stdout is not JSON:\n${describeRun(r)}`);
  assert.equal(json.version, 1);
  assert.ok(Array.isArray(json.files), "files is an array");
  for (const f of json.files) assert.ok(Array.isArray(f.sentences), "files[].sentences is an array");
  return json;
}

/** Exit 2 with exactly one line on stderr that names `file` and matches `problem`; nothing on stdout. */
function inputError(r: Run, file: string, problem: RegExp): void {
  noStackTrace(r);
  assert.equal(r.status, 2, `expected exit 2:\n${describeRun(r)}`);
  const lines = r.stderr.split("\n").filter((l) => l.trim());
  assert.equal(lines.length, 1, `expected exactly one line on stderr, got ${lines.length}:\n${describeRun(r)}`);
  assert.ok(lines[0].includes(file), `the message names ${file}:\n${describeRun(r)}`);
  assert.match(lines[0], problem, `the message says what is wrong:\n${describeRun(r)}`);
  assert.equal(r.stdout, "", "nothing on stdout");
}

/** Exit 2 on a usage error: the first line says what is wrong (a usage reminder may follow). */
function usageError(r: Run, problem: RegExp): void {
  noStackTrace(r);
  assert.equal(r.status, 2, `expected exit 2:\n${describeRun(r)}`);
  const lines = r.stderr.split("\n").filter((l) => l.trim());
  assert.ok(lines.length >= 1 && lines.length <= 2, `one line, or one and a usage reminder:\n${describeRun(r)}`);
  assert.match(lines[0], problem, describeRun(r));
  if (lines[1]) assert.match(lines[1], /^Usage:/, describeRun(r));
}

function write(name: string, content: string | Buffer): string {
  const p = path.join(tmp, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
}

/** The sentences' texts must be the file's text at their offsets (UTF-16, BOM stripped). */
function offsetsTrue(json: any, text: string): void {
  const body = text.replace(/^\ufeff/, "");
  for (const s of json.files[0].sentences) {
    assert.ok(s.start >= 0 && s.end <= body.length && s.start <= s.end, `range ${s.start}..${s.end}`);
    assert.equal(body.slice(s.start, s.end), s.text, `text at ${s.start}..${s.end}`);
    for (const f of s.findings) assert.ok(f.start >= 0 && f.end <= body.length && f.start <= f.end, `finding range ${f.start}..${f.end}`);
  }
}

describe("cli: verity check on bad and odd input", function () {
  this.timeout(60_000);

  before(function () {
    this.timeout(180_000);
    if (!fs.existsSync(CLI)) {
      const r = spawnSync(process.execPath, ["scripts/build.mjs"], { cwd: ROOT, encoding: "utf8", timeout: 170_000 });
      assert.equal(r.status, 0, `build failed: ${r.stderr}`);
    }
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "verity-cli-"));
  });
  after(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  describe("drafts", () => {
    it("a missing file: exit 2, one line naming it", () => {
      inputError(cli(["check", "--format", "json", "no-such-draft.md"]), "no-such-draft.md", /no such file|not found|does not exist/i);
    });

    it("a folder given as a file: exit 2, one line naming it", () => {
      fs.mkdirSync(path.join(tmp, "a-folder"), { recursive: true });
      inputError(cli(["check", "--format", "json", "a-folder"]), "a-folder", /folder|directory/i);
    });

    it("a binary file: exit 2, one line naming it", () => {
      write("image.md", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]));
      inputError(cli(["check", "--format", "json", "image.md"]), "image.md", /binary/i);
    });

    it("invalid UTF-8: exit 2, one line naming it", () => {
      write("latin1.md", Buffer.from("Caf\xe9 au lait costs 3 euros.\n", "latin1"));
      inputError(cli(["check", "--format", "json", "latin1.md"]), "latin1.md", /UTF-8/i);
    });

    it("an empty file: exit 0 with no sentences", () => {
      write("empty.md", "");
      const json = okJson(cli(["check", "--format", "json", "empty.md"]));
      assert.deepEqual(json.files[0].sentences, []);
    });

    it("a whitespace-only file: exit 0 with no sentences", () => {
      write("blank.md", " \n\t\n\r\n   \n");
      const json = okJson(cli(["check", "--format", "json", "blank.md"]));
      assert.deepEqual(json.files[0].sentences, []);
    });

    it("BOM and CRLF line endings: offsets stay true, the conflict is found", () => {
      const text = "\ufeff# Albania\r\n\r\n" + CONFLICT + "\r\nIt was a difficult week.\r\n";
      write("bom-crlf.md", text);
      const json = okJson(cli(["check", "--format", "json", "bom-crlf.md"]));
      offsetsTrue(json, text);
      assert.ok(json.files[0].sentences.some((s: any) => s.status === "conflict"), "the 72-hours sentence is a conflict");
      assert.ok(!json.files[0].sentences.some((s: any) => s.text.includes("\r")), "no sentence holds a CR");
    });

    it("one 2 MB line: finishes with valid JSON", () => {
      const pool = [
        "Albania cut ties with Iran.",
        "The mayor of Westmoor said 40 homes were flooded on Monday.",
        "Officials met in Tirana on 3 March.",
        CONFLICT,
      ];
      let line = "";
      for (let i = 0; line.length < 2 * 1024 * 1024; i++) line += pool[i % pool.length] + " ";
      write("long-line.md", line + "\n");
      const json = okJson(cli(["check", "--format", "json", "long-line.md"]));
      assert.ok(json.files[0].sentences.length > 1000, "the line was split into sentences");
    });

    it("a 5.5 MB file: a clear size-limit message, or a result", () => {
      const para = "The council said 12 roads were closed after the storm on 4 May. " + CONFLICT + "\n\n";
      write("huge.md", para.repeat(Math.ceil((5.5 * 1024 * 1024) / para.length)));
      const r = cli(["check", "--format", "json", "huge.md"]);
      if (r.status === 2) inputError(r, "huge.md", /large|size|MB|limit/i);
      else okJson(r);
    });

    it("text with no sentence ends: one long sentence, valid JSON", () => {
      const words = "the council said roads near Tirana were closed after heavy rain and officials met on Monday and".split(" ");
      const text = Array.from({ length: 5000 }, (_, i) => words[i % words.length]).join(" ");
      write("no-ends.md", text);
      const json = okJson(cli(["check", "--format", "json", "no-ends.md"]));
      offsetsTrue(json, text);
    });

    it("deeply nested Markdown: valid JSON, offsets true", () => {
      const parts = [
        "> ".repeat(300) + CONFLICT,
        Array.from({ length: 200 }, (_, i) => "  ".repeat(i) + `- level ${i} item said 24 hours.`).join("\n"),
        "*".repeat(500) + "emphasis" + "*".repeat(500),
        "[".repeat(300) + "link" + "](x)".repeat(300),
        "```\n" + "```\n".repeat(50),
      ];
      const text = parts.join("\n\n") + "\n";
      write("nested.md", text);
      const json = okJson(cli(["check", "--format", "json", "nested.md"]));
      offsetsTrue(json, text);
    });

    it("emoji and non-Latin scripts: valid JSON, offsets in UTF-16 units", () => {
      const text = [
        "👩‍👩‍👧‍👦 " + CONFLICT,
        "Премьер-министр Эди Рама заявил об этом. 中文句子。مرحبا بالعالم.",
        "e\u0301 Z\u0337a\u0338l\u0335g\u0336o and 🇦🇱🇮🇷 flags: Albania cut ties with Iran.",
      ].join("\n\n");
      write("scripts.md", text);
      const json = okJson(cli(["check", "--format", "json", "scripts.md"]));
      offsetsTrue(json, text);
      const conflict = json.files[0].sentences.find((s: any) => s.status === "conflict");
      assert.ok(conflict, "the conflict after the emoji is found");
      const f = conflict.findings.find((x: any) => x.kind === "number");
      assert.equal(text.slice(f.start, f.end), "72 hours", "finding offsets count UTF-16 units");
    });
  });

  describe("reference sets", () => {
    it("a missing reference folder: exit 2, one line naming it", () => {
      write("draft.md", CONFLICT + "\n");
      inputError(cli(["check", "--format", "json", "--reference", "no-such-sources", "draft.md"]), "no-such-sources", /no such|not found|does not exist|missing/i);
    });

    it("an empty reference folder: exit 2, one line naming it", () => {
      write("draft.md", CONFLICT + "\n");
      fs.mkdirSync(path.join(tmp, "empty-sources"), { recursive: true });
      inputError(cli(["check", "--format", "json", "--reference", "empty-sources", "draft.md"]), "empty-sources", /no (usable )?source|empty/i);
    });

    it("a binary reference file given alone: exit 2, one line naming it", () => {
      write("draft.md", CONFLICT + "\n");
      write("bin-source.md", Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 0x50, 0x4b, 3, 4]));
      inputError(cli(["check", "--format", "json", "--reference", "bin-source.md", "draft.md"]), "bin-source.md", /binary/i);
    });

    it("a binary reference file beside good sources: skipped with a warning naming it, the check goes on", () => {
      write("draft.md", CONFLICT + "\n");
      write("mixed/bin.md", Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0]));
      fs.copyFileSync(path.join(BUNDLED, "bbc-albania-severs-ties.md"), path.join(tmp, "mixed", "bbc.md"));
      const r = cli(["check", "--format", "json", "--reference", "mixed", "draft.md"]);
      const json = okJson(r);
      assert.equal(json.reference.documents, 1);
      assert.match(r.stderr, /bin\.md.*binary/i, "the warning names the file and the problem");
      assert.equal(r.status, 1, "the conflict is still found");
    });

    for (const [name, content, line] of [
      ["bad-claims.json", '{\n  "claims": [\n    { "text": "Albania cut ties with Iran.", }\n  ]\n}\n', 3],
      ["bad-claims.yaml", "claims:\n  - text: Albania cut ties with Iran.\n   speaker: [unclosed\n", 3],
    ] as const) {
      it(`malformed claims file ${name} beside good sources: a warning naming the file and line, the check goes on`, () => {
        const dir = `claims-${name.replace(/\W/g, "-")}`;
        write(`${dir}/${name}`, content);
        fs.copyFileSync(path.join(BUNDLED, "bbc-albania-severs-ties.md"), path.join(tmp, dir, "bbc.md"));
        write("draft.md", CONFLICT + "\n");
        const r = cli(["check", "--format", "json", "--reference", dir, "draft.md"]);
        okJson(r);
        const warning = r.stderr.split("\n").find((l) => l.includes(name));
        assert.ok(warning, `a warning names ${name}:\n${describeRun(r)}`);
        assert.match(warning!, new RegExp(`${name.replace(".", "\\.")}:(\\d+)|line (\\d+)`), `the warning gives the line:\n${describeRun(r)}`);
        const at = Number(/:(\d+)/.exec(warning!.slice(warning!.indexOf(name)))?.[1] ?? /line (\d+)/.exec(warning!)?.[1]);
        assert.ok(Math.abs(at - line) <= 1, `line ${at} is near the error on line ${line}`);
      });

      it(`malformed claims file ${name} given alone: exit 2, one line naming the file and line`, () => {
        const file = `alone-${name}`;
        write(file, content);
        write("draft.md", CONFLICT + "\n");
        const r = cli(["check", "--format", "json", "--reference", file, "draft.md"]);
        inputError(r, file, /JSON|YAML/i);
        assert.match(r.stderr, new RegExp(`${file.replace(".", "\\.")}:\\d+|line \\d+`), `names the line:\n${describeRun(r)}`);
      });
    }
  });

  describe("usage", () => {
    it("an unknown --format: exit 2 naming the format", () => {
      write("draft.md", CONFLICT + "\n");
      usageError(cli(["check", "--format", "xml", "draft.md"]), /format.*xml|xml.*format/i);
    });

    it("--help: exit 0, usage on stdout", () => {
      const r = cli(["--help"]);
      noStackTrace(r);
      assert.equal(r.status, 0);
      assert.match(r.stdout, /Usage: verity check/);
      assert.match(r.stdout, /--format/);
      assert.equal(cli(["check", "--help"]).status, 0);
    });

    it("--version: exit 0, the package version", () => {
      const r = cli(["--version"]);
      noStackTrace(r);
      assert.equal(r.status, 0);
      const version = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
      assert.ok(r.stdout.includes(version), `prints ${version}: ${r.stdout}`);
    });

    it("no draft given: exit 2 with a usage message", () => {
      usageError(cli(["check"]), /no draft|file/i);
    });
  });

  describe("output shapes", () => {
    it("JSON per shared/contracts/cli-json.md on a draft with a known conflict", () => {
      const text = `# Albania expels Iranian diplomats\n\n${CONFLICT}\n\nAlbania has severed diplomatic ties with Iran.\n`;
      const draft = write("story.md", text);
      const r = cli(["check", "--format", "json", draft]);
      const json = okJson(r);
      assert.equal(r.status, 1, "exit 1: a conflict was found");
      assert.equal(typeof json.reference.documents, "number");
      assert.equal(typeof json.reference.claims, "number");
      assert.equal(json.reference.documents, 2, "the bundled set is used without --reference");
      assert.equal(json.files.length, 1);
      assert.equal(typeof json.files[0].file, "string");
      offsetsTrue(json, text);
      for (const s of json.files[0].sentences) {
        assert.ok(["supported", "conflict", "disputed", "unsourced", "unchecked"].includes(s.status), `status ${s.status}`);
        assert.ok(Array.isArray(s.findings) && Array.isArray(s.sources));
        for (const f of s.findings) {
          assert.equal(typeof f.kind, "string");
          assert.ok(["error", "warning", "information", "hint"].includes(f.severity), `severity ${f.severity}`);
          assert.equal(typeof f.message, "string");
          assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end));
        }
        for (const src of s.sources) {
          for (const key of ["document", "title", "text"]) assert.equal(typeof src[key], "string", `sources[].${key}`);
          for (const key of ["line", "start", "end", "score"]) assert.equal(typeof src[key], "number", `sources[].${key}`);
          assert.ok(src.line >= 1, "line is 1-based");
          assert.ok(["supports", "contradicts"].includes(src.stance));
        }
      }
      const s = json.files[0].sentences.find((x: any) => x.text === CONFLICT);
      assert.ok(s, "the conflict sentence is a sentence of its own");
      assert.equal(s.status, "conflict");
      const f = s.findings.find((x: any) => x.kind === "number");
      assert.ok(f, `a number finding: ${JSON.stringify(s.findings)}`);
      assert.equal(f.found, "72 hours");
      assert.equal(f.expected, "24 hours");
      assert.equal(text.slice(f.start, f.end), "72 hours");
      const contra = s.sources.find((x: any) => x.stance === "contradicts");
      assert.ok(contra, "a source that contradicts it");
      assert.match(contra.text, /24 hours/);
    });

    it("SARIF 2.1.0 basic shape", () => {
      const draft = write("story-sarif.md", `# Albania\n\n${CONFLICT}\n`);
      const r = cli(["check", "--format", "sarif", draft]);
      noStackTrace(r);
      assert.equal(r.status, 1, describeRun(r));
      const sarif = JSON.parse(r.stdout);
      assert.equal(sarif.version, "2.1.0");
      assert.ok(Array.isArray(sarif.runs) && sarif.runs.length >= 1);
      assert.equal(typeof sarif.runs[0].tool.driver.name, "string");
      assert.ok(sarif.runs[0].tool.driver.name.length > 0);
      const results = sarif.runs[0].results;
      assert.ok(Array.isArray(results) && results.length >= 1, "at least one result");
      for (const res of results) {
        assert.equal(typeof res.ruleId, "string");
        assert.ok(["error", "warning", "note", "none"].includes(res.level), `level ${res.level}`);
        assert.equal(typeof res.message?.text, "string");
        const region = res.locations?.[0]?.physicalLocation?.region;
        assert.ok(Number.isInteger(region?.startLine) && region.startLine >= 1, `startLine: ${JSON.stringify(res.locations)}`);
      }
      const conflict = results.find((x: any) => /72 hours/.test(x.message.text) || /24 hours/.test(x.message.text));
      assert.ok(conflict, "the 72-hours conflict is reported");
      assert.equal(conflict.locations[0].physicalLocation.region.startLine, 3);
    });

    it("text format: file:line:col severity message", () => {
      const draft = write("story-text.md", `# Albania\n\n${CONFLICT}\n`);
      const r = cli(["check", draft]);
      noStackTrace(r);
      assert.equal(r.status, 1);
      assert.match(r.stdout, /story-text\.md:3:\d+:? (warning|error)/);
    });
  });
});
