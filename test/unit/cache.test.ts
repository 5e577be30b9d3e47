// The on-disk index cache: a restored reference set gives the same verdicts as a freshly built one, and any change
// to a reference file (or a half-written cache) means building again.
import * as assert from "node:assert/strict";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Checker, loadReferenceSet, ReferenceSet } from "../../src/core/index";
import { lexiconPath } from "../../src/core/lexicon";
import { decodePostings, encodePostings, PostingList } from "../../src/core/reference/postings";

const DRAFT = [
  "Iran's diplomats were told to leave Albania within 72 hours.",
  "Albania severed diplomatic ties with Iran over a cyber-attack.",
  'Edi Rama said Iran had "hired five groups to mount the attack on Albania".',
  "The Iranian embassy in Skopje was also closed.",
].join(" ");

const verdicts = (set: ReferenceSet) =>
  new Checker(set).check(DRAFT).sentences.map((s) => [s.status, s.findings.map((f) => [f.kind, f.found, f.expected]), s.sources.map((x) => [x.document, x.line])]);

describe("reference set cache", () => {
  let dir: string;
  let refs: string;
  let cache: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "verity-cache-"));
    refs = join(dir, "reference");
    cache = join(dir, "cache");
    cpSync("reference", refs, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("restores a set that checks exactly like the one it was built from", async () => {
    const built = await loadReferenceSet([refs], { cacheDir: cache });
    assert.equal(built.cached, undefined);
    await built.cacheWritten;
    assert.equal(readdirSync(cache).length, 1, "the cache was written");
    const restored = await loadReferenceSet([refs], { cacheDir: cache });
    assert.equal(restored.cached, true);
    assert.equal(restored.set.version, built.set.version);
    assert.equal(restored.set.claims.length, built.set.claims.length);
    assert.deepEqual(verdicts(restored.set), verdicts(built.set));
    assert.deepEqual(
      restored.set.lookup("Watson").map((h) => h.claim.id),
      built.set.lookup("Watson").map((h) => h.claim.id),
    );
  });

  it("restores a set of more than a thousand claims (written in pieces) that checks exactly like the built one", async () => {
    const many = join(dir, "many");
    mkdirSync(many);
    const towns = ["Ashby", "Carrow", "Denholm", "Fairbridge", "Glenrock", "Kingsmere", "Lowfield", "Marston"];
    for (let d = 0; d < 60; d++) {
      const lines = [`---\ntitle: Report ${d}\noutlet: Civic Wire\ndate: 2024-03-${String((d % 28) + 1).padStart(2, "0")}\n---`];
      for (let k = 0; k < 20; k++) {
        const town = towns[(d + k) % towns.length];
        lines.push(`The council in ${town} said ${d * 20 + k + 3} homes lost power after the storm on day ${k + 1}.`);
      }
      writeFileSync(join(many, `report-${d}.md`), lines.join("\n\n"));
    }
    const built = await loadReferenceSet([many], { cacheDir: cache });
    await built.cacheWritten;
    assert.ok(built.set.claims.length > 1000, `only ${built.set.claims.length} claims`);
    const restored = await loadReferenceSet([many], { cacheDir: cache });
    assert.equal(restored.cached, true);
    assert.equal(restored.set.claims.length, built.set.claims.length);
    const draft = "The council in Marston said 250 homes lost power after the storm. The council in Ashby said 9,999 homes lost power.";
    assert.deepEqual(new Checker(restored.set).check(draft), new Checker(built.set).check(draft));
    assert.deepEqual(
      restored.set.lookup("Glenrock storm").map((h) => h.claim.id),
      built.set.lookup("Glenrock storm").map((h) => h.claim.id),
    );
  });

  it("keeps a valid cache when two loads of one set write it at the same time", async () => {
    const [a, b] = await Promise.all([loadReferenceSet([refs], { cacheDir: cache }), loadReferenceSet([refs], { cacheDir: cache })]);
    await Promise.all([a.cacheWritten, b.cacheWritten]);
    assert.deepEqual(readdirSync(cache).filter((f) => f.endsWith(".tmp")), [], "no temporary file is left");
    const restored = await loadReferenceSet([refs], { cacheDir: cache });
    assert.equal(restored.cached, true);
    assert.deepEqual(verdicts(restored.set), verdicts(a.set));
  });

  it("builds again when a reference file changes", async () => {
    await (await loadReferenceSet([refs], { cacheDir: cache })).cacheWritten;
    const file = join(refs, readdirSync(refs)[0]);
    writeFileSync(file, "---\ntitle: Replaced\ndate: 2022-09-07\n---\nAlbania kept its ties with Iran.\n");
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const again = await loadReferenceSet([refs], { cacheDir: cache });
    await again.cacheWritten;
    assert.equal(again.cached, undefined);
    assert.ok(again.set.claims.some((c) => c.text.includes("kept its ties")));
  });

  it("builds again when the word table is rebuilt: an index made with other synonyms is not trusted", async () => {
    await (await loadReferenceSet([refs], { cacheDir: cache })).cacheWritten;
    const table = lexiconPath();
    assert.ok(table, "dist/lexicon.json is built");
    const { atimeMs, mtimeMs } = statSync(table!);
    try {
      utimesSync(table!, atimeMs / 1000, (mtimeMs + 5000) / 1000);
      const again = await loadReferenceSet([refs], { cacheDir: cache });
      assert.equal(again.cached, undefined);
    } finally {
      // In seconds with their fraction: a Date would drop the sub-millisecond part of the table's own time.
      utimesSync(table!, atimeMs / 1000, mtimeMs / 1000);
    }
    assert.equal((await loadReferenceSet([refs], { cacheDir: cache })).cached, true, "the first cache file still serves the same table");
  });

  it("builds again over a half-written cache file instead of failing", async () => {
    await (await loadReferenceSet([refs], { cacheDir: cache })).cacheWritten;
    const [file] = readdirSync(cache);
    writeFileSync(join(cache, file), '{"format":1,"index":{"claims":[');
    const again = await loadReferenceSet([refs], { cacheDir: cache });
    await again.cacheWritten;
    assert.equal(again.cached, undefined);
    assert.ok(again.set.claims.length > 0);
  });
});

describe("posting lists as text", () => {
  it("round-trips claim numbers and weights, whole or not", () => {
    const claims = [0, 3, 40, 41, 36000, 36001];
    const weights = [1, 2, 0.4, 1.2000000000000002, 1, 17];
    const text = encodePostings(new PostingList(claims, undefined, weights));
    assert.ok(text.length < JSON.stringify([claims, weights]).length, text);
    const decoded = decodePostings(text);
    assert.deepEqual(claims.map((_, k) => decoded.claim(k)), claims);
    assert.deepEqual(weights.map((_, k) => decoded.weight(k)), weights);
  });
});
