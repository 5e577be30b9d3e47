import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { InputError } from "../../src/core/errors";
import type { SourceDocument } from "../../src/core/types";
import { collectReferenceFiles, readTextFile } from "../../src/core/reference/files";
import {
  loadReferenceDocuments,
  normalizeDate,
  parseClaimsFile,
  parseSourceDocument,
  simpleFrontMatter,
} from "../../src/core/reference/document";
import { ReferenceSet } from "../../src/core/index";
import { writeRawSeeds } from "./seeds";
import YAML from "yaml";

const ROOT = path.resolve(__dirname, "../..");
const BUNDLED = path.join(ROOT, "reference");
/** The brief's seed articles, present beside the project in the workplace but not in every checkout. */
const SHARED_SEEDS = path.resolve(ROOT, "../shared/seeds");
const INFERENCE = path.join(ROOT, "test/fixtures/inference");

/** Where the body starts: past the front matter, if any (needles are looked for in the body only). */
function bodyStart(doc: SourceDocument): number {
  return doc.excluded?.find((r) => r.reason === "front matter")?.end ?? 0;
}

/** The excluded range that covers the occurrence-th occurrence of `needle` in the document's body. */
function coveringRange(doc: SourceDocument, needle: string, occurrence = 1) {
  let at = bodyStart(doc) - 1;
  for (let k = 0; k < occurrence; k++) {
    at = doc.text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" (occurrence ${occurrence}) is not in ${doc.id}`);
  }
  return (doc.excluded ?? []).find((r) => r.start <= at && r.end >= at + needle.length);
}

function assertExcluded(doc: SourceDocument, needle: string, occurrence = 1) {
  assert.ok(coveringRange(doc, needle, occurrence), `"${needle}" (occurrence ${occurrence}) should be excluded in ${doc.id}`);
}

function assertKept(doc: SourceDocument, needle: string) {
  const at = doc.text.indexOf(needle, bodyStart(doc));
  assert.ok(at >= 0, `"${needle}" is not in ${doc.id}`);
  const overlap = (doc.excluded ?? []).find((r) => r.start < at + needle.length && r.end > at);
  assert.equal(overlap, undefined, `"${needle}" should stay as text in ${doc.id}, excluded as ${overlap?.reason}`);
}

function throwsInput(fn: () => unknown, check: (e: InputError) => void) {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof InputError, `expected an InputError, got ${String(caught)}`);
  check(caught as InputError);
}

let tmp: string;
before(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "verity-ref-"));
});
after(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});
function write(name: string, content: string | Buffer): string {
  const p = path.join(tmp, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
}

describe("reference: the bundled set", () => {
  let docs: SourceDocument[];
  before(async () => {
    const r = await loadReferenceDocuments([BUNDLED]);
    assert.deepEqual(r.problems, []);
    docs = r.documents;
  });
  const get = (id: string) => {
    const d = docs.find((x) => x.id === id);
    assert.ok(d, `${id} not loaded; got ${docs.map((x) => x.id).join(", ")}`);
    return d;
  };

  it("loads one document per seed article, with ids relative to the folder", () => {
    assert.deepEqual(docs.map((d) => d.id).sort(), ["bbc-albania-severs-ties.md", "irish-times-us-blames-iran.md"]);
    for (const d of docs) {
      assert.equal(d.kind, "document");
      assert.equal(d.path, path.join(BUNDLED, d.id));
    }
  });

  it("keeps each seed article verbatim after the front matter, with offsets into the whole file", function () {
    if (!fs.existsSync(SHARED_SEEDS)) this.skip();
    const seeds = fs.readdirSync(SHARED_SEEDS).map((f) => fs.readFileSync(path.join(SHARED_SEEDS, f), "utf8"));
    for (const d of docs) {
      const fm = d.excluded!.find((r) => r.reason === "front matter");
      assert.ok(fm && fm.start === 0, `${d.id} has no front matter range`);
      assert.equal(d.text, fs.readFileSync(d.path, "utf8"));
      assert.ok(seeds.includes(d.text.slice(fm.end)), `${d.id}: the body is not a seed verbatim`);
    }
  });

  it("reads the metadata from the front matter", () => {
    const irish = get("irish-times-us-blames-iran.md");
    assert.equal(irish.title, "US blames Iran for cyber attack on Albania");
    assert.equal(irish.outlet, "The Irish Times");
    assert.equal(irish.author, "Martin Wall");
    assert.equal(irish.date, "2022-09-07");
    assert.deepEqual(irish.inferred, ["date"]);
    assert.equal(irish.url, undefined);
    const bbc = get("bbc-albania-severs-ties.md");
    assert.equal(bbc.title, "Albania severs diplomatic ties with Iran over cyber-attack");
    assert.equal(bbc.outlet, "BBC News");
    assert.equal(bbc.author, "David Gritten");
    assert.equal(bbc.date, "2022-09-07");
    assert.deepEqual(bbc.inferred, ["date"]);
  });

  it("excludes the page furniture of the BBC page", () => {
    const bbc = get("bbc-albania-severs-ties.md");
    for (const f of ["ARTICLE AD BOX", "2 years ago 22", "Image source, Reuters", "Image caption,", "Read Entire Article", "By David Gritten", "\nBBC News\n"]) {
      assertExcluded(bbc, f.trim());
    }
    // The caption itself, and the article's sentences, stay.
    assertKept(bbc, "Albanian police stand outside the Iranian embassy in Tirana, Albania (7 September 2022)");
    assertKept(bbc, "Albania has ordered Iranian diplomats and embassy staff to leave within 24 hours");
    assertKept(bbc, 'Prime Minister Edi Rama said a probe had found "incontrovertible evidence"');
  });

  it("excludes the page furniture of the Irish Times page", () => {
    const irish = get("irish-times-us-blames-iran.md");
    assertExcluded(irish, "READ MORE");
    assertExcluded(irish, "Photograph: Gent Shkullaku/Getty Images");
    // The caption appears twice: the first stays (minus its credit), the repeat goes.
    const caption = "Police officers outside the Iranian embassy in Tirana. Albania cut diplomatic ties with Iran";
    assert.equal(coveringRange(irish, caption, 1), undefined, "the first caption should stay");
    assertExcluded(irish, caption, 2);
    assertExcluded(irish, "Martin Wall", 1);
    assertExcluded(irish, "Martin Wall", 2);
    assertKept(irish, "Martin Wall is the former Washington Correspondent of The Irish Times.");
    assertKept(irish, "The United States has blamed Iran for a cyber attack carried out against Albania.");
  });

  it("never excludes the headline or overlaps ranges", () => {
    for (const d of docs) {
      assertKept(d, d.title);
      const rs = d.excluded!;
      for (let i = 1; i < rs.length; i++) assert.ok(rs[i].start >= rs[i - 1].end, `${d.id}: overlapping excluded ranges`);
    }
  });
});

describe("reference: front matter without the YAML parser", () => {
  // Every sample is read by the YAML parser too: where the quick reader answers, it must answer the same.
  const samples = [
    "title: Albania cuts ties with Iran\noutlet: BBC News\nauthor: David Gritten\ndate: 2022-09-07",
    'title: "Albania: cuts ties"\noutlet: \'BBC News\'\n\nurl: https://www.bbc.co.uk/news/world-europe-62821757',
    "title: It's \"big\" news, really\r\nauthor: Ana-Maria Ó Súilleabháin   \r\ndate:",
    "inferred: [date]\ntitle: x",
    "title: Foo: bar",
    "title: Foo #comment",
    "title: Foo:",
    "date: 2022-09-07T10:00:00Z",
    "count: 0x1F",
    "flag: true",
    "flag: Null",
    "title: one\ntitle: two",
    "authors:\n  - A\n  - B",
    "title: \"tab\\there\"",
    "# a comment\ntitle: x",
    "title: a\tb",
  ];

  it("reads plain `key: value` lines as the YAML parser does, and leaves everything else to it", () => {
    let quick = 0;
    for (const yaml of samples) {
      const read = simpleFrontMatter(yaml);
      if (read === undefined) continue;
      quick++;
      const parsed = YAML.parseDocument(yaml, { uniqueKeys: true });
      assert.strictEqual(parsed.errors.length, 0, yaml);
      assert.deepStrictEqual(read, parsed.toJS(), yaml);
    }
    assert.strictEqual(quick, 3, "the three plain samples are read without the parser");
    for (const yaml of ["title: Foo: bar", "title: Foo #comment", "count: 0x1F", "flag: true", "title: one\ntitle: two", "inferred: [date]\ntitle: x"]) {
      assert.strictEqual(simpleFrontMatter(yaml), undefined, yaml);
    }
  });

  it("still reports invalid front matter through the parser, with its line", () => {
    assert.throws(
      () => parseSourceDocument("---\ntitle: Foo: bar\n---\nBody text here.\n", "bad.md", "/refs/bad.md"),
      (e: unknown) => e instanceof InputError && /front matter is not valid YAML/.test(e.message) && e.line === 2,
    );
  });
});

describe("reference: inferring metadata", () => {
  it("reads the statement's issuer and date, and the newspaper's byline", async () => {
    const { documents, problems } = await loadReferenceDocuments([INFERENCE]);
    assert.deepEqual(problems, []);
    const st = documents.find((d) => d.id === "water-board-statement.txt")!;
    assert.equal(st.title, "Statement on the boil-water notice for the Eastholm district");
    assert.equal(st.outlet, "Kestrel Valley Water Board");
    assert.equal(st.date, "2026-03-03");
    assert.deepEqual([...st.inferred].sort(), ["date", "outlet", "title"]);
    assertKept(st, "Issued by the Kestrel Valley Water Board on Tuesday, 3 March 2026.");
    const np = documents.find((d) => d.id === "local-paper.txt")!;
    assert.equal(np.author, "Aisha Rahman");
    assert.equal(np.outlet, "Kestrel Valley Echo");
    assert.equal(np.date, undefined);
    assert.deepEqual([...np.inferred].sort(), ["author", "outlet", "title"]);
    assertExcluded(np, "By Aisha Rahman, Kestrel Valley Echo");
    assertKept(np, "Households in Eastholm were told to boil");
  });

  it("infers the byline of the raw seeds (no front matter)", async () => {
    const { documents } = await loadReferenceDocuments([writeRawSeeds(path.join(tmp, "raw-seeds"))]);
    const bbc = documents.find((d) => d.text.includes("David Gritten"))!;
    assert.equal(bbc.author, "David Gritten");
    assert.equal(bbc.outlet, "BBC News");
    assert.equal(bbc.title, "Albania severs diplomatic ties with Iran over cyber-attack");
    const irish = documents.find((d) => d.text.includes("Martin Wall"))!;
    assert.equal(irish.author, "Martin Wall");
    assert.equal(irish.outlet, "The Irish Times");
    assert.ok(irish.inferred.includes("author"));
  });

  it("recognises general furniture, not only the seeds'", () => {
    const text = [
      "Council approves new budget",
      "Published: 3 March 2024",
      "By Jane Smith | Riverside Herald",
      "Image caption, Councillors at the vote",
      "The council approved a budget of £12m on Tuesday.",
      "Advertisement",
      "Story continues below advertisement",
      "Read more: Mayor resigns after vote",
      "The vote was 14 to 3. pic.twitter.com/AbC123",
      "— Jane Smith (@janesmith) March 3, 2024",
      "Share this article",
      "Send this page to someone via email",
      "5 hours ago",
      "Councillors at the vote. Photo: John Doe/Reuters",
      "The vote was 14 to 3. pic.twitter.com/AbC123",
      "",
    ].join("\r\n");
    const d = parseSourceDocument(text, "budget.txt", "");
    assert.equal(d.author, "Jane Smith");
    assert.equal(d.outlet, "Riverside Herald");
    assert.equal(d.date, "2024-03-03");
    for (const f of [
      "Published: 3 March 2024",
      "By Jane Smith | Riverside Herald",
      "Image caption,",
      "Advertisement",
      "Story continues below advertisement",
      "Read more: Mayor resigns after vote",
      "pic.twitter.com/AbC123",
      "— Jane Smith (@janesmith) March 3, 2024",
      "Share this article",
      "Send this page to someone via email",
      "5 hours ago",
      "Photo: John Doe/Reuters",
    ]) {
      assertExcluded(d, f);
    }
    assertExcluded(d, "The vote was 14 to 3. pic.twitter.com/AbC123", 2);
    assertKept(d, "The council approved a budget of £12m on Tuesday.");
    assertKept(d, "Councillors at the vote");
    assertKept(d, "The vote was 14 to 3.");
    // CRLF kept: offsets are the file's.
    assert.equal(d.text, text);
  });

  it("takes declared metadata over inferred, and strips nothing from the text", () => {
    const text = "---\ntitle: Declared\nauthor: [A. One, B. Two]\ndate: 7 September 2022\n---\nBy Someone Else\nBody sentence.\n";
    const d = parseSourceDocument(text, "x.md", "/x.md");
    assert.equal(d.title, "Declared");
    assert.equal(d.author, "A. One, B. Two");
    assert.equal(d.date, "2022-09-07");
    assert.deepEqual(d.inferred, []);
    assert.equal(d.text, text);
    assert.deepEqual(d.excluded![0], { start: 0, end: text.indexOf("By Someone"), reason: "front matter" });
  });

  it("reports bad front matter with its line", () => {
    throwsInput(
      () => parseSourceDocument("---\ntitle: ok\ndate: next week\n---\nText.\n", "x.md", "/r/x.md"),
      (e) => {
        assert.equal(e.file, "/r/x.md");
        assert.equal(e.line, 3);
        assert.match(e.problem, /date .*not a date/);
      },
    );
    throwsInput(
      () => parseSourceDocument("---\ntitle: ok\nauthor: [unclosed\n---\nText.\n", "x.md", "/r/x.md"),
      (e) => {
        assert.match(e.problem, /front matter is not valid YAML/);
        assert.ok(e.line && e.line >= 3, `line ${e.line}`);
      },
    );
  });

  it("normalises dates", () => {
    assert.equal(normalizeDate("2022-09-07"), "2022-09-07");
    assert.equal(normalizeDate("Friday, 14 November 2025"), "2025-11-14");
    assert.equal(normalizeDate("Sept 7, 2022"), "2022-09-07");
    assert.equal(normalizeDate("2022-02-30"), undefined);
    assert.equal(normalizeDate("soon"), undefined);
  });
});

describe("reference: names the sources use", () => {
  it("takes a capitalised word after a colon for a name, but not a pronoun, contracted or not", () => {
    const text = "Q: We've heard the lido will close.\n\nOwen Brack said: It's true, and Tollmouth agrees.\n\nA: We've no choice.\n";
    const set = ReferenceSet.build([parseSourceDocument(text, "transcript.md", "")]);
    const names = set.internals.claims.flatMap((c) => c.facts.entities.map((e) => e.text));
    assert.ok(names.includes("Tollmouth"), names.join(", "));
    assert.ok(!names.includes("We've") && !names.includes("It's"), names.join(", "));
  });
});

describe("reference: whom “he said” means", () => {
  it("keeps the speaker through a sentence about “he” that names a shop", () => {
    const text = 'Owen Brack, 61, sold the ferry on Saturday.\n\nHe still runs Brack\'s Chandlery with his wife, Jo. "The chandlery is going nowhere. It\'s only the boat that\'s gone," he said.\n';
    const set = ReferenceSet.build([parseSourceDocument(text, "paper.md", "")]);
    const quoted = set.internals.claims.find((c) => c.text.includes("boat that's gone"))!;
    assert.equal(quoted.speaker, "Owen Brack");
  });
});

describe("reference: claims files", () => {
  const json = `{
  "source": { "title": "Council statement", "outlet": "Westmoor County Council", "date": "2025-11-14" },
  "claims": [
    { "text": "The bridge carries about 18,000 vehicles a day.", "verifiedBy": "desk", "verifiedAt": "2025-11-15" },
    { "text": "Repairs will cost \\u00a33.6 million.", "speaker": "Dr Priya Nair",
      "source": { "title": "Engineer's briefing", "url": "https://example.org/briefing" } },
    "The bridge was built in 1968.",
    { "text": "The bridge will close from Monday.", "source": { "date": "17 November 2025" } }
  ]
}
`;

  it("reads a JSON claims file with offsets and lines", () => {
    const d = parseClaimsFile(json, "bridge.claims.json", "/r/bridge.claims.json");
    assert.equal(d.kind, "claims");
    assert.equal(d.title, "Council statement");
    assert.equal(d.outlet, "Westmoor County Council");
    assert.equal(d.date, "2025-11-14");
    const [a, b, c] = d.declaredClaims!;
    assert.equal(d.declaredClaims!.length, 4);
    assert.deepEqual(d.declaredClaims![3].source, {
      title: "Council statement",
      outlet: "Westmoor County Council",
      date: "2025-11-17",
    }, "an untitled claim source patches the default");
    assert.equal(a.text, "The bridge carries about 18,000 vehicles a day.");
    assert.equal(json.slice(a.start, a.end), a.text);
    assert.equal(a.line, 4);
    assert.equal(a.verifiedBy, "desk");
    assert.equal(a.source?.outlet, "Westmoor County Council");
    // Escaped in the file: not found verbatim, so offsets 0 and the entry's line.
    assert.equal(b.text, "Repairs will cost £3.6 million.");
    assert.equal(b.start, 0);
    assert.equal(b.end, 0);
    assert.equal(b.line, 5);
    assert.equal(b.speaker, "Dr Priya Nair");
    assert.equal(b.source?.title, "Engineer's briefing");
    assert.equal(b.source?.url, "https://example.org/briefing");
    assert.equal(b.source?.outlet, undefined, "a claim's own titled source replaces the default");
    assert.equal(c.text, "The bridge was built in 1968.");
    assert.equal(json.slice(c.start, c.end), c.text);
    assert.equal(c.line, 7);
  });

  it("reads a YAML claims file, and a top-level list", () => {
    const yaml = [
      "# verified by the desk",
      "- text: Albania gave Iranian diplomats 24 hours to leave.",
      "  source:",
      "    title: Albania severs diplomatic ties with Iran over cyber-attack",
      "    outlet: BBC News",
      "    date: 2022-09-07",
      "  speaker: Edi Rama",
      "- text: >-",
      "    About 3,000 MEK members live",
      "    in a camp at Manez.",
      "",
    ].join("\n");
    const d = parseClaimsFile(yaml, "albania.claims.yaml", "/r/albania.claims.yaml");
    assert.equal(d.title, "Albania severs diplomatic ties with Iran over cyber-attack");
    assert.equal(d.outlet, "BBC News");
    assert.equal(d.date, "2022-09-07");
    const [a, b] = d.declaredClaims!;
    assert.equal(yaml.slice(a.start, a.end), "Albania gave Iranian diplomats 24 hours to leave.");
    assert.equal(a.line, 2);
    assert.equal(a.speaker, "Edi Rama");
    assert.equal(b.text, "About 3,000 MEK members live in a camp at Manez.");
    assert.equal(b.line, 8);
  });

  it("names the file and line of malformed JSON", () => {
    const bad = '{\n  "claims": [\n    { "text": "One." },\n    { "text": "Two." }\n    { "text": "Three." }\n  ]\n}\n';
    throwsInput(
      () => parseClaimsFile(bad, "x.claims.json", "/r/x.claims.json"),
      (e) => {
        assert.equal(e.file, "/r/x.claims.json");
        assert.equal(e.line, 5);
        assert.match(e.problem, /not valid JSON/);
      },
    );
    throwsInput(
      () => parseClaimsFile('{ "claims": [ { "text": "One." }', "x.claims.json", "/r/x.claims.json"),
      (e) => assert.equal(e.line, 1),
    );
  });

  it("names the file and line of malformed YAML", () => {
    const bad = "claims:\n  - text: One.\n  - text: \"unterminated\n  - text: Three.\n";
    throwsInput(
      () => parseClaimsFile(bad, "x.claims.yml", "/r/x.claims.yml"),
      (e) => {
        assert.equal(e.file, "/r/x.claims.yml");
        assert.match(e.problem, /not valid YAML/);
        assert.ok(e.line !== undefined && e.line >= 3, `line ${e.line}`);
      },
    );
  });

  it("names the index and line of a claim without text", () => {
    const bad = 'claims:\n  - text: One.\n  - speaker: Edi Rama\n';
    throwsInput(
      () => parseClaimsFile(bad, "x.claims.yaml", "/r/x.claims.yaml"),
      (e) => {
        assert.match(e.problem, /claims\[1\].*no "text"/);
        assert.equal(e.line, 3);
      },
    );
    throwsInput(
      () => parseClaimsFile('{ "items": [] }', "x.claims.json", "/r/x.claims.json"),
      (e) => assert.match(e.problem, /no "claims" list/),
    );
  });

  it("loads claims files from a folder beside documents", async () => {
    write("mixed/notes/bridge.claims.json", json);
    write("mixed/story.txt", "Headline here\n\nOne sentence of the story.\n");
    write("mixed/ignored.pdf", "%PDF");
    write("mixed/.hidden/secret.md", "Not loaded.\n");
    write("mixed/node_modules/pkg/readme.md", "Not loaded.\n");
    const { documents, problems } = await loadReferenceDocuments([path.join(tmp, "mixed")]);
    assert.deepEqual(problems, []);
    assert.deepEqual(documents.map((d) => [d.id, d.kind]), [
      ["notes/bridge.claims.json", "claims"],
      ["story.txt", "document"],
    ]);
  });
});

describe("reference: bad files", () => {
  it("reads text files, stripping a BOM and keeping CRLF", () => {
    const p = write("bom.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Line one.\r\nLine two.\r\n")]));
    assert.equal(readTextFile(p), "Line one.\r\nLine two.\r\n");
  });

  it("refuses a missing file, a folder, binary, invalid UTF-8, and a file too large", () => {
    throwsInput(() => readTextFile(path.join(tmp, "nope.txt")), (e) => {
      assert.equal(e.file, path.join(tmp, "nope.txt"));
      assert.equal(e.problem, "no such file");
    });
    fs.mkdirSync(path.join(tmp, "adir"), { recursive: true });
    throwsInput(() => readTextFile(path.join(tmp, "adir")), (e) => assert.equal(e.problem, "is a folder, not a file"));
    const bin = write("bin.txt", Buffer.from([0x41, 0x42, 0x00, 0x43]));
    throwsInput(() => readTextFile(bin), (e) => assert.equal(e.problem, "looks binary (contains NUL bytes)"));
    const latin1 = write("latin1.txt", Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]));
    throwsInput(() => readTextFile(latin1), (e) => assert.equal(e.problem, "is not valid UTF-8 (byte offset 3)"));
    const big = write("big.txt", "x".repeat(3 * 1024 * 1024));
    throwsInput(() => readTextFile(big, 2 * 1024 * 1024), (e) => assert.match(e.problem, /^is larger than 2 MB \(3 MB\); raise the limit/));
    assert.equal(readTextFile(big).length, 3 * 1024 * 1024);
  });

  it("collects files and reports unusable paths", () => {
    fs.mkdirSync(path.join(tmp, "empty/sub"), { recursive: true });
    write("empty/sub/picture.png", "x");
    const named = write("notes.docx", "x");
    const ok = write("one.md", "Title\n\nText.\n");
    const r = collectReferenceFiles([path.join(tmp, "missing"), path.join(tmp, "empty"), named, ok]);
    assert.deepEqual(r.files, [ok]);
    assert.deepEqual(r.problems.map((p) => [path.basename(p.file), p.message.split(" (")[0]]), [
      ["missing", "no such file or folder"],
      ["empty", "folder has no source documents or claims files"],
      ["notes.docx", "is not a source document or claims file"],
    ]);
  });

  it("records a problem for each bad file and loads the rest", async () => {
    write("batch/good.txt", "A headline\n\nA sentence.\n");
    write("batch/binary.txt", Buffer.from([0x00, 0x01]));
    write("batch/badutf8.md", Buffer.from([0x41, 0xc3, 0x28]));
    write("batch/broken.claims.json", '{\n  "claims": [\n    { "text": "x" },,\n  ]\n}');
    write("batch/large.txt", "y".repeat(2048));
    write("batch/empty.txt", "");
    const { documents, problems } = await loadReferenceDocuments([path.join(tmp, "batch"), path.join(tmp, "gone.md")], {
      maxFileBytes: 1024,
    });
    assert.deepEqual(documents.map((d) => d.id), ["good.txt"]);
    const byFile = Object.fromEntries(problems.map((p) => [path.basename(p.file), p]));
    assert.match(byFile["binary.txt"].message, /binary/);
    assert.match(byFile["badutf8.md"].message, /not valid UTF-8 \(byte offset 1\)/);
    assert.match(byFile["broken.claims.json"].message, /not valid JSON/);
    assert.equal(byFile["broken.claims.json"].line, 3);
    assert.match(byFile["large.txt"].message, /larger than/);
    assert.equal(byFile["empty.txt"].message, "is empty");
    assert.match(byFile["gone.md"].message, /no such file/);
    assert.equal(problems.length, 6);
  });
});
