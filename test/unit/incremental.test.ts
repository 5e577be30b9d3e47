// The typing path: a checker given a document key re-segments only the paragraphs an edit touched. Whatever it
// re-uses, the result must equal a fresh check of the new text.
import * as assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { Checker, loadReferenceSet, ReferenceSet } from "../../src/core/index";

const draft = readFileSync("media/sample-draft.md", "utf8");

function strip(r: ReturnType<Checker["check"]>) {
  return r.sentences.map((s) => ({ start: s.start, end: s.end, text: s.text, status: s.status, findings: s.findings.map((f) => [f.kind, f.start, f.end, f.expected]) }));
}

describe("incremental re-checks", () => {
  let set: ReferenceSet;
  before(async () => {
    set = (await loadReferenceSet(["reference"])).set;
  });

  const edits: Array<[string, (t: string) => string]> = [
    ["a changed number", (t) => t.replace("48 hours", "24 hours")],
    ["a word typed mid-sentence", (t) => t.replace("severed diplomatic", "severed all diplomatic")],
    ["a new paragraph before the rest", (t) => t.replace("# Tirana", "Iran denied any role.\n\n# Tirana")],
    ["a paragraph deleted", (t) => t.replace(/\nAbout 3,000[^\n]*\n/, "\n")],
    ["a code fence opened", (t) => t.replace("The attack hit", "```\nThe attack hit")],
    ["CRLF line endings", (t) => t.replace(/\n/g, "\r\n").replace("48 hours", "72 hours")],
  ];
  for (const [name, edit] of edits) {
    it(`matches a fresh check after ${name}`, () => {
      const typing = new Checker(set);
      const base = name === "CRLF line endings" ? draft.replace(/\n/g, "\r\n") : draft;
      typing.check(base, { documentKey: "draft" });
      const edited = edit(base);
      assert.notEqual(edited, base, "the edit applies to the sample");
      const incremental = typing.check(edited, { documentKey: "draft" });
      const fresh = new Checker(set).check(edited);
      assert.deepEqual(strip(incremental), strip(fresh));
      for (const s of incremental.sentences) assert.equal(edited.slice(s.start, s.end), s.text);
    });
  }

  it("matches a fresh check after a one-character edit anywhere, block boundaries of the text comparison included", () => {
    // The old and new texts are compared 256 characters at a time from either end: edits on and beside those
    // boundaries, and at both ends, must be found exactly.
    const base = `${draft}\n${draft}`;
    const offsets = new Set([1, 255, 256, 257, 511, 512, 513, base.length - 1, base.length - 255, base.length - 256, base.length - 257, base.length - 512]);
    for (let o = 97; o < base.length; o += 389) offsets.add(o);
    const fresh = new Checker(set);
    for (const o of offsets) {
      for (const edited of [`${base.slice(0, o)}7${base.slice(o)}`, base.slice(0, o) + base.slice(o + 1)]) {
        const typing = new Checker(set);
        typing.check(base, { documentKey: "d" });
        const incremental = typing.check(edited, { documentKey: "d" });
        assert.deepEqual(strip(incremental), strip(fresh.check(edited)), `edit at ${o}`);
      }
    }
  });

  it("follows a burst of edits to the same document", () => {
    const typing = new Checker(set);
    let text = draft;
    for (const word of ["Albania", "severed", "ties", "48", "hours"]) {
      text = text.replace(word, `${word} `);
      typing.check(text, { documentKey: "d" });
    }
    assert.deepEqual(strip(typing.check(text, { documentKey: "d" })), strip(new Checker(set).check(text)));
  });
});
