// Unit tests of the output formats: text (file:line:col severity message (kind) [source]), JSON (the contract in
// shared/contracts/cli-json.md) and SARIF 2.1.0 (columns in UTF-16 units, CRLF line endings).
import * as assert from "node:assert";
import { Checker, CheckResult, parseSourceDocument, ReferenceSet, SentenceResult } from "../../src/core/index";
import { FileReport, formatJson, formatSarif, formatText, lineAndColumn } from "../../src/core/report/format";

const GAZETTE = `---
title: Dockers walk out at Kestrel Bay port
outlet: Harbour Gazette
author: Ruth Mallory
date: 2024-03-14
---
Dockers walk out at Kestrel Bay port

About 1,200 dockers at Kestrel Bay port walked out on Tuesday in a dispute over pay.

The port handles 40 ships a week and employs 2,000 people.
`;

const SOURCE_LINE = GAZETTE.slice(0, GAZETTE.indexOf("About 1,200")).split("\n").length;

/** A draft with CRLF line endings whose wrong number sits on line 3, after an emoji on that line. */
const DRAFT = "# Strike at the port\r\n\r\n🚢 About 1,500 dockers at Kestrel Bay port walked out on Tuesday in a dispute over pay. The port handles 40 ships a week and employs 2,000 people.\r\n";
/** On line 3: "🚢" is two UTF-16 units, then a space and "About ": "1,500" starts at column 10. */
const WRONG_COLUMN = 10;

describe("report", () => {
  let set: ReferenceSet;
  let result: CheckResult;
  let report: FileReport;

  before(() => {
    set = ReferenceSet.build([parseSourceDocument(GAZETTE, "gazette.md", "")]);
    result = new Checker(set).check(DRAFT);
    report = { file: "drafts\\strike.md", text: DRAFT, result };
  });

  /** A hand-made result, independent of the engine's verdicts. */
  function handMade(): FileReport {
    const text = "Intro line.\nThe port employs 3,000 people.\n";
    const start = text.indexOf("The port");
    const at = text.indexOf("3,000");
    const sentence: SentenceResult = {
      start,
      end: start + "The port employs 3,000 people.".length,
      text: "The port employs 3,000 people.",
      status: "conflict",
      confidence: 0.9,
      findings: [
        { kind: "number", severity: "warning", message: "Sources say 2,000, not 3,000.", found: "3,000", expected: "2,000", start: at, end: at + 5, confidence: 0.9 },
      ],
      sources: [
        {
          document: "gazette.md",
          title: "Dockers walk out at Kestrel Bay port",
          outlet: "Harbour Gazette",
          date: "2024-03-14",
          line: 11,
          start: 300,
          end: 358,
          text: "The port handles 40 ships a week and employs 2,000 people.",
          score: 0.9,
          stance: "contradicts",
          claimId: "gazette.md#3",
        },
      ],
    };
    const intro: SentenceResult = { start: 0, end: 11, text: "Intro line.", status: "unchecked", confidence: 1, findings: [], sources: [] };
    return { file: "story.md", text, result: { sentences: [intro, sentence], referenceVersion: "v1" } };
  }

  describe("report: lineAndColumn", () => {
    it("counts lines and UTF-16 columns, 1-based, across CRLF line endings", () => {
      const text = "ab\r\n🚢 cd\r\nef";
      assert.deepEqual(lineAndColumn(text, 0), { line: 1, column: 1 });
      assert.deepEqual(lineAndColumn(text, text.indexOf("cd")), { line: 2, column: 4 });
      assert.deepEqual(lineAndColumn(text, text.indexOf("ef")), { line: 3, column: 1 });
    });
  });

  describe("report: formatText", () => {
    it("writes file:line:col severity message (kind) [document:line — outlet, date] and a summary", () => {
      const out = formatText([handMade()]);
      const lines = out.trimEnd().split("\n");
      assert.equal(lines[0], "story.md:2:18 warning Sources say 2,000, not 3,000. (number) [gazette.md:11 — Harbour Gazette, 2024-03-14]");
      assert.equal(lines[lines.length - 1], "0 supported, 1 conflict, 0 disputed, 0 unsourced, 1 unchecked");
      assert.ok(out.endsWith("\n"));
    });

    it("points at the wrong number in an engine result: line 3, UTF-16 column after the emoji", () => {
      const out = formatText([report]);
      const line = out.split("\n").find((l) => l.includes("(number)"));
      assert.ok(line, out);
      const m = line!.match(/^(.+):(\d+):(\d+) (\w+) (.+) \((\w+)\)( \[(.+)\])?$/);
      assert.ok(m, `not file:line:col severity message (kind) [source]: ${line}`);
      assert.equal(m![1], "drafts\\strike.md");
      assert.equal(Number(m![2]), 3);
      assert.equal(Number(m![3]), WRONG_COLUMN);
      assert.equal(m![4], "warning");
      assert.match(m![5], /1,200/);
      assert.match(m![8] ?? "", new RegExp(`^gazette\\.md:${SOURCE_LINE} — Harbour Gazette, 2024-03-14$`));
      assert.match(out, /\d+ supported, 1 conflict, 0 disputed, 0 unsourced, \d+ unchecked\n$/);
    });

    it("writes only the summary when there are no findings", () => {
      const empty: FileReport = { file: "empty.md", text: "", result: { sentences: [], referenceVersion: "v1" } };
      assert.equal(formatText([empty]), "0 supported, 0 conflict, 0 disputed, 0 unsourced, 0 unchecked\n");
    });
  });

  describe("report: formatJson", () => {
    it("follows the contract: version 1, reference counts, files[].sentences[] with offsets, text, status, findings, sources", () => {
      const json = JSON.parse(formatJson([report], { documents: set.documents.length, claims: set.claims.length, version: set.version }));
      assert.equal(json.version, 1);
      assert.equal(json.reference.documents, 1);
      assert.equal(json.reference.claims, set.claims.length);
      assert.ok(json.reference.claims > 0);
      assert.equal(json.files.length, 1);
      assert.equal(json.files[0].file, "drafts\\strike.md");
      const sentences = json.files[0].sentences;
      assert.equal(sentences.length, result.sentences.length);
      for (const s of sentences) {
        assert.equal(typeof s.start, "number");
        assert.equal(typeof s.end, "number");
        assert.equal(DRAFT.slice(s.start, s.end), s.text);
        assert.ok(["supported", "conflict", "disputed", "unsourced", "unchecked"].includes(s.status));
        assert.ok(Array.isArray(s.findings));
        assert.ok(Array.isArray(s.sources));
        assert.equal(s.line, DRAFT.slice(0, s.start).split("\n").length);
      }
      const conflict = sentences.find((s: { status: string }) => s.status === "conflict");
      assert.ok(conflict);
      const f = conflict.findings.find((x: { kind: string }) => x.kind === "number");
      assert.deepEqual([f.found, f.expected, f.severity], ["1,500", "1,200", "warning"]);
      assert.equal(DRAFT.slice(f.start, f.end), "1,500");
      assert.equal(typeof f.message, "string");
      const src = conflict.sources[0];
      assert.equal(src.document, "gazette.md");
      assert.equal(src.title, "Dockers walk out at Kestrel Bay port");
      assert.equal(src.line, SOURCE_LINE);
      assert.equal(src.stance, "contradicts");
      assert.equal(typeof src.text, "string");
      assert.equal(typeof src.start, "number");
      assert.equal(typeof src.end, "number");
      assert.equal(typeof src.score, "number");
      const supported = sentences.find((s: { status: string }) => s.status === "supported");
      assert.ok(supported, "the second sentence is supported");
      assert.equal(supported.sources[0].stance, "supports");
    });

    it("round-trips a hand-made result field for field", () => {
      const r = handMade();
      const json = JSON.parse(formatJson([r], { documents: 1, claims: 4, version: "abc" }));
      assert.deepEqual(json.reference, { documents: 1, claims: 4, version: "abc" });
      const s = json.files[0].sentences[1];
      assert.deepEqual(s.findings, r.result.sentences[1].findings);
      assert.deepEqual(s.sources, r.result.sentences[1].sources);
      assert.equal(s.line, 2);
    });
  });

  describe("report: formatSarif", () => {
    it("has the SARIF 2.1.0 shape with a rule per finding kind", () => {
      const sarif = JSON.parse(formatSarif([report], "0.1.0"));
      assert.equal(sarif.version, "2.1.0");
      assert.match(sarif.$schema, /sarif-2\.1\.0/);
      assert.equal(sarif.runs.length, 1);
      const run = sarif.runs[0];
      assert.equal(run.tool.driver.name, "Verity");
      assert.equal(run.tool.driver.version, "0.1.0");
      assert.equal(run.columnKind, "utf16CodeUnits");
      const ruleIds = run.tool.driver.rules.map((r: { id: string }) => r.id);
      for (const kind of ["number", "date", "entity", "role", "quote", "negation", "attribution", "unsourced", "disputed"]) assert.ok(ruleIds.includes(kind), kind);
      for (const res of run.results) {
        assert.equal(ruleIds[res.ruleIndex], res.ruleId);
        assert.ok(["error", "warning", "note", "none"].includes(res.level));
        assert.equal(typeof res.message.text, "string");
      }
    });

    it("locates a finding on line 3 after CRLF line endings and an emoji, in UTF-16 columns", () => {
      const sarif = JSON.parse(formatSarif([report], "0.1.0"));
      const res = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === "number");
      assert.ok(res, JSON.stringify(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)));
      assert.equal(res.level, "warning");
      const loc = res.locations[0].physicalLocation;
      assert.equal(loc.artifactLocation.uri, "drafts/strike.md", "forward slashes in the URI");
      assert.equal(loc.region.startLine, 3);
      assert.equal(loc.region.startColumn, WRONG_COLUMN);
      assert.equal(loc.region.endLine, 3);
      assert.equal(loc.region.endColumn, WRONG_COLUMN + "1,500".length);
      assert.equal(DRAFT.slice(loc.region.charOffset, loc.region.charOffset + loc.region.charLength), "1,500");
      // The same column a UTF-16 editor would show: the index of "1,500" within its line, plus one.
      const lineText = DRAFT.split("\r\n")[2];
      assert.equal(loc.region.startColumn, lineText.indexOf("1,500") + 1);
    });

    it("maps severities to SARIF levels: hint and information are notes", () => {
      const r = handMade();
      const s = r.result.sentences[1];
      s.findings.push({ kind: "attribution", severity: "hint", message: "Say who said it.", start: s.start, end: s.end, confidence: 0.7 });
      const levels = JSON.parse(formatSarif([r], "0.1.0")).runs[0].results.map((x: { ruleId: string; level: string }) => `${x.ruleId}:${x.level}`);
      assert.deepEqual(levels, ["number:warning", "attribution:note"]);
    });

    it("has no results for a report with no findings", () => {
      const empty: FileReport = { file: "a.md", text: "", result: { sentences: [], referenceVersion: "v" } };
      assert.deepEqual(JSON.parse(formatSarif([empty], "0.1.0")).runs[0].results, []);
    });
  });
});
