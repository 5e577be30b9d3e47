// A sentence whose subject heads a source claim and whose predicate is that claim's opposite is a conflict, even when
// too little else lines up for a word-by-word one; a source saying the draft's word of that subject blocks it.
import * as assert from "node:assert/strict";
import { Checker, parseSourceDocument, ReferenceSet } from "../../src/core/index";

const NOTICE = `---
title: Harbour museum to close for repairs
outlet: Dunmore Echo
date: 2024-05-02
---
The harbour museum will close to all visitors from Monday while its roof is replaced.

A temporary exhibition space will open on Quay Road within a fortnight.

The museum attracts about 40,000 visitors a year.
`;

const checker = () => new Checker(ReferenceSet.build([parseSourceDocument(NOTICE, "notice.md", "")]));
const one = (c: Checker, text: string) => c.check(text).sentences[0];

describe("verify: a reversed predicate of the same subject", () => {
  it("flags “stay open” against “close”, naming the source's word", () => {
    const s = one(checker(), "The harbour museum will stay open to tourists during the summer.");
    assert.equal(s.status, "conflict", JSON.stringify(s.findings));
    const f = s.findings.find((x) => x.kind === "negation");
    assert.ok(f, JSON.stringify(s.findings));
    assert.ok(f.found === "open" || f.found === "stay", `on the reversed words, not “${f.found}”`);
    assert.match(f.message, /close/);
  });

  it("does not flag a subject the sources say the draft's word about", () => {
    const s = one(checker(), "A temporary exhibition space will open on Quay Road.");
    assert.notEqual(s.status, "conflict", JSON.stringify(s.findings));
  });

  it("does not flag an opposite word about another subject", () => {
    const s = one(checker(), "The harbour cafe will stay open all summer.");
    assert.notEqual(s.status, "conflict", JSON.stringify(s.findings));
  });

  it("takes the subject's head before a past tense, not a word that qualifies it (“Lifeboat crews launched …”)", () => {
    const c = new Checker(
      ReferenceSet.build([parseSourceDocument("The lifeboat was called out at 10.40pm.\n\nIt is too early to say whether the lifeboat call was a hoax.\n", "police.md", "")]),
    );
    const s = one(c, "Lifeboat crews launched ten minutes later.");
    assert.notEqual(s.status, "conflict", JSON.stringify(s.findings));
  });
});
