// Seeded fuzzing of Checker.check against the bundled reference set: random and mutated text must never throw, every
// range must lie inside the text without splitting a surrogate pair, and verdicts must not depend on the run.
// Bounded in count (CASES) and time (BUDGET_MS); every case is reproducible from its seed (FUZZ_SEED=... to vary).
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { Checker, loadReferenceSet, ReferenceSet, type CheckResult } from "../../src/core/index";

const ROOT = path.resolve(__dirname, "../..");
const BUNDLED = path.join(ROOT, "reference");
const BASE_SEED = Number(process.env.FUZZ_SEED ?? 20240907);
const CASES = 300;
const BUDGET_MS = 8000;

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { mulberry32 } = require("../../scripts/prng.cjs") as { mulberry32: (seed: number) => () => number };

class Gen {
  readonly r: () => number;
  constructor(seed: number) {
    this.r = mulberry32(seed);
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)];
  }
  chance(p: number): boolean {
    return this.r() < p;
  }
}

// ------------------------------------------------------------------------------------------------------ material

const SCRIPTS = [
  "مرحبا بالعالم. قالت الحكومة إن 24 ساعة كافية؟",
  "中文句子。日本語の文です！한국어 문장입니다.",
  "Привет, мир. Премьер-министр Эди Рама сказал «нет».",
  "Γειά σου κόσμε. שלום עולם. नमस्ते दुनिया।",
  "👩‍👩‍👧‍👦 family, 🏳️‍🌈 flag, 🇦🇱🇮🇷 flags, 👍🏽 tone, 1️⃣ keycap.",
  "e\u0301 a\u0308 Z\u0337\u0322\u0354a\u0338l\u0335g\u0336o combining marks.",
  "\u202eRTL override\u202c and \u200fmarks\u200e, zero\u200bwidth\u2060joiners.",
  "Ｆｕｌｌｗｉｄｔｈ １２３ and ٣٠٠٠ Arabic-Indic digits, ½ and ⅔.",
];
const CONTROLS = ["\u0000", "\u0001", "\u0007", "\b", "\u000b", "\f", "\r", "\r\n", "\u001b[31m", "\u007f", "\u0085", "\u2028", "\u2029", "\ufeff", "\ufffd", "\ufffe"];
const SURROGATES = ["\ud800", "\udbff", "\udc00", "\udfff", "\ud83d", "\ude00", "\ud83d\ude00", "x\ud800y", "\udc00\ud800"];
const NUMBERS = [
  "1e308", "1e309", "-1e308", "2.5e-324", "9".repeat(40), "1" + "0".repeat(39), "1,000,000,000,000,000,000,000,000",
  "0.000000000000000000001", "NaN", "Infinity", "-0", "0x1F", "3.14.15", "1,2,3,4", "24 hours", "24-hour", "£4.5m",
  "$18bn", "3,000", "about 3,000", "15 July", "July 15th", "31 February 2022", "9999-99-99", "2022-09-07", "13/13/2013",
  "nine years ago", "four", "IV", "a dozen", "12:30pm", "100%", "-40°C", "1/2", "No. 10", "U.S.", "Mr.",
];
const MARKDOWN = [
  "```\nconst x = 24;\n```\n",
  "```js\nunclosed fence with 72 hours\n",
  "~~~\ntilde fence\n~~~\n",
  "---\ntitle: Front matter\ndate: 2022-09-07\n---\n",
  "---\nunclosed: front matter\n",
  "> > > nested quote with 24 hours.\n",
  "- item\n  - nested item\n    - deeper item. Another sentence.\n",
  "1. one\n2) two\n   10. ten\n",
  "[link text](https://example.org/a?b=1 \"Title\") and [ref][1]\n\n[1]: https://example.org\n",
  "![image alt](img.png)",
  "<!-- hidden comment with 72 hours -->",
  "<!-- unclosed comment",
  "-->",
  "<div class=\"x\">html <b>bold</b></div>",
  "| a | b |\n|---|---|\n| 24 hours | Tirana |\n",
  "# Heading\n## Sub heading. With a sentence\n",
  "#no space heading",
  "Setext heading\n===\n",
  "***bold italic*** __under__ `code span` \\*escaped\\*",
  "[^1]: a footnote.\n",
  "    indented code block 72 hours\n",
  "* * *\n",
  "[unclosed link(",
  "`unclosed code",
  "**unclosed bold",
];
const QUOTES = ['"', "“", "”", "‘", "’", "'", "«", "»", "„", "(", ")", "[", "]", "...", "…", "?!", "!?", "—", "–"];
const PUNCT = [". ", "! ", "? ", ".", ",", ";", ":", " ", "  ", "\n", "\n\n", "\t", "", "-", "'"];

function bundledSentences(): string[] {
  const out: string[] = [];
  for (const f of fs.readdirSync(BUNDLED)) {
    const text = fs.readFileSync(path.join(BUNDLED, f), "utf8");
    for (const s of text.split(/(?<=[.!?”"])\s+/)) if (s.length > 20 && s.length < 400) out.push(s.trim());
  }
  return out;
}

const SEED_SENTENCES = [
  "Iran's diplomats were told to leave Albania within 72 hours.",
  "Prime Minister Edi Rama said Iran hired four groups to mount the attack on 15 July.",
  "About 3,000 MEK members have lived at the camp since 2013.",
  "Albania did not sever ties with Iran.",
  "US spokesperson Adrienne Watson said Iran \"conducted this reckless and irresponsible cyber-attack\".",
];

function mutate(g: Gen, s: string): string {
  const chars = [...s]; // code points, so most mutations keep pairs whole; some below split them on purpose
  const ops = g.int(1, 6);
  for (let k = 0; k < ops; k++) {
    const at = g.int(0, chars.length);
    switch (g.int(0, 8)) {
      case 0:
        chars.splice(at, g.int(1, 5));
        break;
      case 1:
        chars.splice(at, 0, g.pick([...CONTROLS, ...SURROGATES, ...QUOTES]));
        break;
      case 2:
        chars.splice(at, 0, " " + g.pick(NUMBERS) + " ");
        break;
      case 3:
        chars.splice(at, 0, g.pick(SCRIPTS).slice(0, g.int(1, 30)));
        break;
      case 4:
        chars.splice(at, 0, g.pick(MARKDOWN));
        break;
      case 5: {
        // Swap two words.
        const words = chars.join("").split(" ");
        const i = g.int(0, words.length - 1);
        const j = g.int(0, words.length - 1);
        [words[i], words[j]] = [words[j], words[i]];
        return words.join(" ");
      }
      case 6:
        chars.splice(at, 0, g.pick(PUNCT));
        break;
      case 7: {
        // Cut in the middle of a code unit sequence: may leave a lone surrogate.
        const joined = chars.join("");
        return joined.slice(0, g.int(0, joined.length)) + joined.slice(g.int(0, joined.length));
      }
      default:
        chars.splice(at, 0, chars.slice(g.int(0, chars.length), g.int(0, chars.length)).join(""));
    }
  }
  return chars.join("");
}

function randomChars(g: Gen, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) {
    const x = g.r();
    if (x < 0.5) s += String.fromCharCode(g.int(32, 126));
    else if (x < 0.6) s += g.pick(PUNCT);
    else if (x < 0.7) s += String.fromCharCode(g.int(0, 0xffff)); // anything, lone surrogates included
    else if (x < 0.8) s += String.fromCodePoint(g.int(0x10000, 0x10ffff));
    else if (x < 0.9) s += g.pick(QUOTES);
    else s += g.pick(CONTROLS);
  }
  return s;
}

function makeCase(g: Gen, sentences: string[]): string {
  const parts: string[] = [];
  const n = g.int(1, 10);
  for (let i = 0; i < n; i++) {
    const x = g.r();
    if (x < 0.25) parts.push(mutate(g, g.pick(g.chance(0.5) ? SEED_SENTENCES : sentences)));
    else if (x < 0.4) parts.push(g.pick(g.chance(0.5) ? SEED_SENTENCES : sentences));
    else if (x < 0.5) parts.push(g.pick(MARKDOWN));
    else if (x < 0.6) parts.push(g.pick(SCRIPTS));
    else if (x < 0.7) parts.push(`The attack cost ${g.pick(NUMBERS)} ${g.pick(["hours", "people", "dollars", ""])} on ${g.pick(NUMBERS)}.`);
    else if (x < 0.8) parts.push(randomChars(g, g.int(1, 200)));
    else if (x < 0.9) parts.push(g.pick(QUOTES) + g.pick(sentences) + (g.chance(0.5) ? g.pick(QUOTES) : ""));
    else parts.push(g.pick([...CONTROLS, ...SURROGATES]).repeat(g.int(1, 5)));
    parts.push(g.pick(PUNCT));
  }
  let text = parts.join("");
  if (g.chance(0.05)) text = text.repeat(g.int(2, 6)); // a longer one now and then
  if (g.chance(0.03)) text = "\ufeff" + text;
  return text;
}

// ------------------------------------------------------------------------------------------------------ invariants

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** True when offset `i` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
}

function checkRange(text: string, what: string, start: number, end: number): string | undefined {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return `${what}: non-integer range ${start}..${end}`;
  if (start < 0 || end > text.length || start > end) return `${what}: range ${start}..${end} outside text of length ${text.length}`;
  if (splitsPair(text, start) || splitsPair(text, end)) return `${what}: range ${start}..${end} splits a surrogate pair`;
  return undefined;
}

function invariantProblems(text: string, result: CheckResult): string[] {
  const problems: string[] = [];
  result.sentences.forEach((s, i) => {
    const p = checkRange(text, `sentence ${i}`, s.start, s.end);
    if (p) problems.push(p);
    else if (s.text !== text.slice(s.start, s.end)) problems.push(`sentence ${i}: text is not input.slice(${s.start}, ${s.end})`);
    s.findings.forEach((f, j) => {
      const q = checkRange(text, `sentence ${i} finding ${j} (${f.kind})`, f.start, f.end);
      if (q) problems.push(q);
    });
  });
  return problems;
}

/** What must be the same across runs: verdicts, ranges, findings and the sources they cite. */
function verdicts(result: CheckResult): string {
  return JSON.stringify(
    result.sentences.map((s) => ({
      start: s.start,
      end: s.end,
      status: s.status,
      confidence: s.confidence,
      findings: s.findings.map((f) => [f.kind, f.severity, f.start, f.end, f.found, f.expected, f.message]),
      sources: s.sources.map((x) => [x.claimId, x.stance]),
    })),
  );
}

const show = (s: string) => JSON.stringify(s.length > 300 ? s.slice(0, 300) + "…" : s);

describe("fuzz: Checker.check on random and mutated text", function () {
  this.timeout(120_000);
  let set: ReferenceSet;
  let sentences: string[];

  before(async () => {
    const loaded = await loadReferenceSet([BUNDLED]);
    set = loaded.set;
    assert.ok(set.documents.length >= 2, "bundled reference set loads");
    sentences = bundledSentences();
  });

  it(`never throws, keeps ranges inside the text and whole code points, and is deterministic (≤ ${CASES} cases, ~${BUDGET_MS / 1000} s)`, () => {
    const failures: string[] = [];
    const started = Date.now();
    let ran = 0;
    for (let i = 0; i < CASES && Date.now() - started < BUDGET_MS; i++) {
      const seed = BASE_SEED + i;
      const text = makeCase(new Gen(seed), sentences);
      ran++;
      let first: CheckResult;
      let second: CheckResult;
      try {
        first = new Checker(set).check(text);
        second = new Checker(set).check(text, { markdown: true });
      } catch (e) {
        failures.push(`seed ${seed}: threw ${(e as Error)?.stack?.split("\n").slice(0, 3).join(" / ")} on ${show(text)}`);
        continue;
      }
      for (const p of invariantProblems(text, first)) failures.push(`seed ${seed}: ${p} in ${show(text)}`);
      if (verdicts(first) !== verdicts(second)) failures.push(`seed ${seed}: verdicts differ between two runs on ${show(text)}`);
      // Plain text mode must hold the same invariants.
      try {
        const plain = new Checker(set).check(text, { markdown: false });
        for (const p of invariantProblems(text, plain)) failures.push(`seed ${seed} (plain): ${p} in ${show(text)}`);
      } catch (e) {
        failures.push(`seed ${seed} (plain): threw ${(e as Error)?.message} on ${show(text)}`);
      }
      if (failures.length > 20) break;
    }
    if (process.env.FUZZ_VERBOSE) console.log(`    ${ran} cases in ${Date.now() - started} ms`);
    assert.ok(ran >= 10, `only ${ran} cases ran within the time budget`);
    assert.deepEqual(failures, [], `${failures.length} failure(s) in ${ran} cases:\n${failures.slice(0, 10).join("\n")}`);
  });

  it("handles the hand-picked edge cases", () => {
    const cases = [
      "",
      " ",
      "\n\n\n",
      "\ud800",
      "\udc00",
      "a\ud83d",
      "\ud83d\ude00.",
      "👩‍👩‍👧‍👦. 👩‍👩‍👧‍👦!",
      "\"".repeat(1000),
      "The attack lasted 1e308 hours. It cost " + "9".repeat(40) + " dollars.",
      "Rama said \"it failed. Albania said: \"no. ",
      "---\n---\n---",
      "```\n```\n```",
      "<!-- <!-- --> -->",
      "> ".repeat(200) + "deep quote with 24 hours.",
      "  ".repeat(100) + "- deep list item on 15 July.",
      "[".repeat(500) + "link" + "]".repeat(500),
      "x".repeat(4000), // one 4,000-letter word (the Porter stemmer's regexes are quadratic on long consonant runs)
      "Mr. Dr. U.S. No. 10 St. e.g. i.e. etc.",
      "…".repeat(100),
    ];
    for (const text of cases) {
      const first = new Checker(set).check(text);
      const problems = invariantProblems(text, first);
      assert.deepEqual(problems, [], `on ${show(text)}`);
      assert.equal(verdicts(new Checker(set).check(text)), verdicts(first), `deterministic on ${show(text)}`);
    }
  });
});
