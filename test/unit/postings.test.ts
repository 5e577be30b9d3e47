import assert from "node:assert/strict";
import { Checker, ReferenceSet } from "../../src/core/index";
import { parseSourceDocument } from "../../src/core/reference/document";
import { decodePostings, encodePostings, PostingList, PostingsBuilder } from "../../src/core/reference/postings";
import { indexTerms, ReferenceSetIndex } from "../../src/core/reference/set";
import { analyse } from "../../src/core/facts/facts";

const terms = (entries: Array<[string, number]>) => new Map(entries);
/** One claim's terms into the builder, as the index adds them. */
function addClaim(builder: PostingsBuilder, claim: number, claimTerms: Map<string, number>): void {
  builder.startClaim(claim);
  claimTerms.forEach((weight, term) => builder.add(term, weight));
}
const asPairs = (list: PostingList | undefined) => (list ? Array.from({ length: list.length }, (_, k) => [list.claim(k), list.weight(k)]) : undefined);

describe("posting lists", () => {
  it("lists each term's claims in ascending order with their weights", () => {
    const builder = new PostingsBuilder();
    addClaim(builder, 0, terms([["w:cut", 1], ["m:sever", 0.4]]));
    addClaim(builder, 1, terms([["w:iran", 2]]));
    addClaim(builder, 2, terms([["w:cut", 1], ["w:iran", 1], ["m:sever", 1.2000000000000002]]));
    const postings = builder.finish();
    assert.deepEqual(asPairs(postings.get("w:cut")), [[0, 1], [2, 1]]);
    assert.deepEqual(asPairs(postings.get("w:iran")), [[1, 2], [2, 1]]);
    assert.deepEqual(asPairs(postings.get("m:sever")), [[0, 0.4], [2, 1.2000000000000002]]);
    assert.equal(postings.get("w:tehran"), undefined);
    assert.deepEqual([...postings.entries()].map(([term]) => term).sort(), ["m:sever", "w:cut", "w:iran"]);
  });

  it("keeps every weight exact past the staging buffer's first size and past 256 distinct weights", () => {
    const builder = new PostingsBuilder();
    const claims = 70_000;
    for (let c = 0; c < claims; c++) addClaim(builder, c, terms([["w:common", 1 + (c % 300) * 0.4], [`w:rare${c % 7}`, 1]]));
    const postings = builder.finish();
    const common = postings.get("w:common")!;
    assert.equal(common.length, claims);
    for (const c of [0, 1, 299, 300, 69_999]) {
      assert.equal(common.claim(c), c);
      assert.equal(common.weight(c), 1 + (c % 300) * 0.4);
    }
    assert.equal(postings.get("w:rare3")!.length, 10_000);
  });

  it("refuses claims out of order, which would break the ascending lists", () => {
    const builder = new PostingsBuilder();
    addClaim(builder, 0, terms([["w:a", 1]]));
    assert.throws(() => addClaim(builder, 2, terms([["w:a", 1]])), /claim 2 added out of order/);
  });

  it("round-trips a built list through its text form", () => {
    const builder = new PostingsBuilder();
    for (let c = 0; c < 40; c++) addClaim(builder, c, terms(c % 3 ? [["w:x", c % 2 ? 0.4 : 1]] : []));
    const list = builder.finish().get("w:x")!;
    assert.deepEqual(asPairs(decodePostings(encodePostings(list))), asPairs(list));
  });
});

describe("posting lists built term by term", () => {
  it("sums a term met twice in a claim exactly as the query side's map does", () => {
    const builder = new PostingsBuilder();
    const added: Array<[string, number]> = [["w:cut", 1], ["m:sever", 0.4], ["w:tie", 1], ["m:sever", 0.4], ["m:sever", 0.4], ["w:cut", 1]];
    builder.startClaim(0);
    for (const [term, weight] of added) builder.add(term, weight);
    builder.startClaim(1);
    builder.add("m:sever", 0.4);
    const postings = builder.finish();
    const summed = new Map<string, number>();
    for (const [term, weight] of added) summed.set(term, (summed.get(term) || 0) + weight);
    for (const [term, weight] of summed) assert.equal(postings.get(term)!.weight(0), weight, term);
    assert.deepEqual(asPairs(postings.get("m:sever")), [[0, 0.4 + 0.4 + 0.4], [1, 0.4]]);
    assert.deepEqual(asPairs(postings.get("w:cut")), [[0, 2]]);
  });
});

describe("search over a large set", () => {
  // 1,200 claims: past 1,000, a term held by more than max(100, a fiftieth of the claims) ranks nothing.
  const documents = Array.from({ length: 100 }, (_, d) => {
    const sentences = Array.from({ length: 12 }, (_, k) => {
      const i = d * 12 + k;
      const markers = [i < 150 ? "zebra" : "", i < 90 ? "yak" : ""].filter(Boolean).join(" ");
      return `Resident number ${i} reported ${markers} item ${i + 7} to the office.`;
    });
    return parseSourceDocument(`Report ${d}\n\n${sentences.join(" ")}\n`, `report-${d}.txt`, `/refs/report-${d}.txt`);
  });
  const set = ReferenceSet.build(documents);

  it("counts a term's claims, not its list's slots, against the limit for common terms", () => {
    assert.equal(set.claims.length >= 1200, true, String(set.claims.length));
    assert.deepEqual(set.lookup("zebra", 500), [], "held by 150 claims: too common to rank");
    const yak = set.lookup("yak", 500);
    assert.equal(yak.length, 90);
    assert.ok(yak.every((h) => /\byak\b/.test(h.claim.text)));
  });

  it("finds one document's claims under a term, and the claims holding every given stem, among a hundred documents", () => {
    const index = (set as unknown as { index: import("../../src/core/reference/set").ReferenceSetIndex }).index;
    const inReport = (d: number) => index.documentClaimsWithTerm(`report-${d}.txt`, "w:zebra").map((c) => c.text);
    // "zebra" is in claims 0-149: all twelve of report 3, six of report 12, none of report 40.
    const numbers = (texts: string[]) => texts.map((t) => Number(/number (\d+)/.exec(t)![1]));
    assert.deepEqual(numbers(inReport(3)), Array.from({ length: 12 }, (_, k) => 36 + k));
    assert.deepEqual(numbers(inReport(12)), [144, 145, 146, 147, 148, 149]);
    assert.deepEqual(inReport(40), []);
    assert.deepEqual(numbers(index.claimsWithStems(["zebra", "yak"]).map((c) => c.text)), Array.from({ length: 90 }, (_, i) => i));
    assert.deepEqual(index.claimsWithStems(["yak", "resid", "nowher"]), []);
  });
});

describe("claims' facts kept from the build", () => {
  const keptFacts = (set: ReferenceSet) => (set as unknown as { index: { factsCache: Map<unknown, unknown> } }).index.factsCache.size;
  const report = (d: number, sentences: number) =>
    parseSourceDocument(
      `Harbour log ${d}\n\n${Array.from({ length: sentences }, (_, k) => `On day ${k + 1} the Brimley ferry carried ${100 + d + k} passengers to Tollmouth.`).join(" ")}\n`,
      `log-${d}.txt`,
      `/refs/log-${d}.txt`,
    );

  it("keeps a small set's facts from its build, and a large set's none, yet checks both alike", () => {
    const small = ReferenceSet.build([report(0, 20)]);
    // About 450,000 characters: past the size above which keeping the build's facts costs more than it saves.
    const large = ReferenceSet.build([report(0, 20), ...Array.from({ length: 79 }, (_, d) => report(d + 1, 80))]);
    assert.equal(keptFacts(small), small.claims.length);
    assert.equal(keptFacts(large), 0);
    const draft = "On day 3 the Brimley ferry carried 99 passengers to Tollmouth.";
    const verdicts = (set: ReferenceSet) => new Checker(set).check(draft).sentences.map((s) => [s.status, s.findings.map((f) => f.message)]);
    assert.deepEqual(verdicts(large)[0][0], "conflict");
    assert.deepEqual(verdicts(large), verdicts(small));
    assert.ok(keptFacts(large) > 0, "a check analyses the claims it asks for and keeps them");
  });
});

describe("query terms", () => {
  it("leaves out the words that only say an event happened, which the index still holds", () => {
    const documents = [parseSourceDocument("Two regattas took place at Brimley on Thursday.\n\nThe boathouse was a place of calm.\n", "brimley.txt", "/refs/brimley.txt")];
    const index = (ReferenceSet.build(documents) as unknown as { index: ReferenceSetIndex }).index;
    const query = index.queryTerms(analyse("The two regattas took place on Friday.", 0));
    assert.ok(query.has("w:regatta"), [...query.keys()].join(" "));
    assert.ok(!query.has("w:took") && !query.has("w:place"), [...query.keys()].join(" "));
    // A place that is a thing, not an event's happening, is still looked for.
    assert.ok(index.queryTerms(analyse("The boathouse was a place of calm.", 0)).has("w:place"));
    assert.ok(index.idf("w:place") < index.idf("w:nowhere-at-all"), "the index holds the word");
  });

  it("keeps only the terms some claim holds, and ranks the claims exactly as the full widened terms do", () => {
    const documents = [
      "The ferry company cut its winter timetable after fuel costs rose.\n\nPassengers complained that the last crossing now leaves at 6pm.\n",
      "The harbour board approved a new pier for the ferry on Tuesday.\n\nCouncillors said the old pier was unsafe.\n",
    ].map((text, d) => parseSourceDocument(text, `ferry-${d}.txt`, `/refs/ferry-${d}.txt`));
    const index = (ReferenceSet.build(documents) as unknown as { index: ReferenceSetIndex }).index;
    const facts = analyse("The ferry operator slashed its winter schedule as the price of fuel climbed.", 0);
    const all = indexTerms(facts, true);
    const held = index.queryTerms(facts);
    // A common word's many WordNet senses: most are in no claim, and only those are left out.
    assert.ok(held.size < all.size / 2, `${held.size} of ${all.size}`);
    const unheld = index.idf("w:nowhere-at-all");
    for (const [term, weight] of all) {
      if (held.has(term)) assert.equal(held.get(term), weight, term);
      else assert.equal(index.idf(term), unheld, `${term} left out, though some claim holds it`);
    }
    const ranked = (terms: Map<string, number>) => index.search(terms, 4).map((h) => [h.claim.text, h.score]);
    assert.deepEqual(ranked(held), ranked(all));
  });
});
