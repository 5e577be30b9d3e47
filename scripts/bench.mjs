// Performance benchmark of the engine, the bundle and the extension's activation. Not a test: it asserts nothing.
//   node scripts/bench.mjs [--quick] [--keep] [--full]
// --quick: 100 docs only, no 50k draft; --keep: keep the generated inputs; --full: no per-set time budget (phases that
// would overrun it, e.g. the 50k draft against 1,000 documents on a slow engine, are otherwise skipped and say so).
// Deterministic inputs (seeded PRNG): drafts of 1k/10k/50k words, reference sets of the 2 bundled documents, 100 and
// 1,000 synthetic documents. Each reference size runs in its own child process so memory figures don't mix.
// Prints a table and writes test-output/bench.json.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const OUT_DIR = join(ROOT, "test-output");
// The engine bundle lives two levels under the root so the lexicon lookup (`__dirname/../../dist/lexicon.json`) finds it.
const ENGINE = join(OUT_DIR, ".bench", "engine.cjs");
const require = createRequire(import.meta.url);
const { mulberry32 } = require("./prng.cjs");

const TARGETS = {
  bundled10k: 100, // ms, full check of the 10k-word draft against the bundled set
  edit: 5, // ms, one-sentence edit re-check
  load1000: 2000, // ms, load + index of the 1,000-document set
  cachedLoad: 300, // ms, the same from a valid on-disk cache
  check1000: 300, // ms, full check of the 10k-word draft against the 1,000-document set
  peakMB: 300,
  bundleMB: 1.5,
  activationMs: 150,
};

// ---------------------------------------------------------------------------------------------------- seeded PRNG

const rng = (seed) => {
  const r = mulberry32(seed);
  const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  return { r, int, pick };
};

// ------------------------------------------------------------------------------------------------------ word pools

const FIRST = ["Anna", "Besnik", "Clara", "Dritan", "Elena", "Farid", "Greta", "Hamid", "Irena", "Jonas", "Kara", "Luan", "Maya", "Nikolai", "Olga", "Pavel", "Qendresa", "Rosa", "Samir", "Tomas", "Ursula", "Viktor", "Wanda", "Xhesika", "Yusuf", "Zana", "Amir", "Bianca", "Chen", "Dana", "Emil", "Fatima", "Goran", "Hana", "Ivan", "Jelena", "Karim", "Lena", "Marco", "Nora", "Oskar", "Petra", "Rami", "Sara", "Timur", "Uma", "Vera", "Walid", "Yara", "Zoran"];
const LAST = ["Hoxha", "Berisha", "Meta", "Kola", "Duka", "Lleshi", "Marku", "Shehu", "Gashi", "Krasniqi", "Novak", "Horvat", "Kovac", "Petrov", "Ivanova", "Schmidt", "Weber", "Rossi", "Bianchi", "Dubois", "Moreau", "Garcia", "Lopez", "Silva", "Costa", "Nowak", "Wojcik", "Larsen", "Jensen", "Virtanen", "Korhonen", "Murphy", "Kelly", "Byrne", "Walsh", "OConnor", "Ahmadi", "Karimi", "Hosseini", "Rahimi", "Tanaka", "Sato", "Kim", "Park", "Nguyen", "Tran", "Okafor", "Mensah", "Haddad", "Nasser"];
const PLACES = ["Tirana", "Durres", "Vlore", "Shkoder", "Elbasan", "Korce", "Fier", "Berat", "Lushnje", "Kavaje", "Millford", "Westmoor", "Ashby", "Carrow", "Denholm", "Eastleigh", "Fairbridge", "Glenrock", "Harrowgate", "Ivybridge", "Kingsmere", "Lowfield", "Marston", "Northwick", "Oakham", "Pendle", "Queensferry", "Redcliff", "Stanmore", "Thornbury"];
const ORGS = ["the Ministry of Finance", "the county council", "the national grid operator", "the port authority", "the health service", "the water utility", "the transport agency", "the central bank", "the statistics office", "the electoral commission", "the police service", "the fire brigade", "the university hospital", "the rail operator", "the energy regulator", "the housing agency", "the environment agency", "the customs service", "the coast guard", "the teachers' union"];
const ROLES = ["director", "spokesperson", "chief executive", "minister", "deputy mayor", "chairman", "head of operations", "chief engineer", "finance director", "press officer", "commissioner", "inspector", "president", "secretary general", "regional manager"];
const THINGS = ["households", "vehicles", "patients", "passengers", "students", "workers", "homes", "businesses", "flights", "containers", "trees", "beds", "buses", "schools", "claims"];
const VERBS = ["affected", "evacuated", "inspected", "connected", "registered", "delayed", "repaired", "treated", "relocated", "processed"];
const EVENTS = ["a flood", "a power cut", "a strike", "a fire", "a cyber-attack", "a bridge closure", "a landslide", "a storm", "a water outage", "a rail collapse"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const OUTLETS = ["The Westmoor Gazette", "Albanian Daily", "Northern Herald", "Civic Wire", "Regional Post", "Evening Courier", "Coastal Times", "Metro Bulletin"];
const OPINIONS = [
  "This is a troubling moment for the region.",
  "Few would argue the response was adequate.",
  "It remains to be seen whether the plan will work.",
  "Critics will say the decision came far too late.",
  "Perhaps the most striking thing is how little changed.",
  "What happens next is anyone's guess.",
  "That, in the end, is the real story here.",
  "Will the government learn from this?",
  "The mood in the capital is one of quiet frustration.",
  "Nobody should be surprised by the outcome.",
];
const TRANSITIONS = ["Meanwhile, the debate continues.", "Still, questions remain.", "For now, the focus is on recovery.", "Elsewhere, reactions were mixed."];

// Sentences the bundled reference supports (paraphrased), and the same with one fact changed (a conflict).
const SUPPORTED = [
  ["Albania has cut diplomatic ties with Iran over a cyber-attack.", "Albania has restored diplomatic ties with Iran over a cyber-attack."],
  ["Iranian embassy staff were ordered to leave within 24 hours.", "Iranian embassy staff were ordered to leave within 72 hours."],
  ["Prime Minister Edi Rama said Iran hired four groups to mount the attack.", "Prime Minister Edi Rama said Iran hired six groups to mount the attack."],
  ["The attack on Albania took place on 15 July.", "The attack on Albania took place on 17 July."],
  ["About 3,000 MEK members live at a camp in Manez.", "About 5,000 MEK members live at a camp in Manez."],
  ["The MEK members have been allowed to live there since 2013.", "The MEK members have been allowed to live there since 2016."],
  ["Albania offered asylum to thousands of Iranian dissidents nine years ago.", "Albania offered asylum to thousands of Iranian dissidents twelve years ago."],
  ["US National Security Council spokesperson Adrienne Watson said Iran conducted the attack.", "US National Security Council spokesperson Karen Walsh said Iran conducted the attack."],
  ["Mandiant said with moderate confidence that Iranian-backed actors were involved.", "Mandiant said with high confidence that Iranian-backed actors were involved."],
  ["The United States condemned the cyber-attack on its Nato ally.", "The United States welcomed the cyber-attack on its Nato ally."],
  ["All systems came back fully operational, Mr Rama said.", "Some systems never came back, Mr Rama said."],
  ["The conference in Manez was postponed after warnings of terrorist threats.", "The conference in Manez went ahead despite warnings of terrorist threats."],
  ["The Albanian government severed diplomatic ties with Iran on Wednesday.", "The Albanian government severed diplomatic ties with Iran on Friday."],
  ["A group named HomeLand Justice claimed credit for the cyber-attack.", "A group named Cyber Army claimed credit for the cyber-attack."],
  ["The White House said Iran was responsible for subsequent hack and leak operations.", "The Kremlin said Iran was responsible for subsequent hack and leak operations."],
];
const LEADS = ["", "", "", "According to reports, ", "Officials said ", "On Wednesday, ", "It emerged that ", "Separately, "];

/** "The attack..." → "the attack..." after a lead-in; names ("Iranian", "Prime Minister") keep their capital. */
function lowerFirst(s) {
  return /^(The|All|About|A|Some)\b/.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}
function upperFirst(s) {
  return s[0].toUpperCase() + s.slice(1);
}

function syntheticSentence(g, when) {
  const person = `${g.pick(FIRST)} ${g.pick(LAST)}`;
  const place = g.pick(PLACES);
  const n = g.int(2, 40) * (g.r() < 0.5 ? 1 : 100);
  const day = g.int(1, 28);
  const month = g.pick(MONTHS);
  const year = g.int(2015, 2025);
  switch (g.int(0, 7)) {
    case 0:
      return `${upperFirst(g.pick(ORGS))} said ${n.toLocaleString("en-GB")} ${g.pick(THINGS)} were ${g.pick(VERBS)} in ${place} after ${g.pick(EVENTS)} on ${day} ${month}.`;
    case 1:
      return `${person}, the ${g.pick(ROLES)} of ${g.pick(ORGS)}, said the work would cost £${g.int(2, 90)}m and take ${g.int(2, 30)} months.`;
    case 2:
      return `"We have ${g.pick(VERBS)} ${n} ${g.pick(THINGS)} so far," said ${person}, ${g.pick(ROLES)} in ${place}.`;
    case 3:
      return `${upperFirst(g.pick(EVENTS).slice(2))} hit ${place} on ${month} ${day}, ${year}, leaving ${n} ${g.pick(THINGS)} without service for ${g.int(2, 72)} hours.`;
    case 4:
      return `${person} was appointed ${g.pick(ROLES)} of ${g.pick(ORGS)} in ${year}, replacing ${g.pick(FIRST)} ${g.pick(LAST)}.`;
    case 5:
      return `The number of ${g.pick(THINGS)} in ${place} rose by ${g.int(2, 60)} per cent to ${n.toLocaleString("en-GB")} ${when ?? "last year"}.`;
    case 6:
      return `${place} did not receive the ${g.int(3, 19)} new ${g.pick(THINGS)} it was promised by ${g.pick(ORGS)}.`;
    default:
      return `Police in ${place} arrested ${g.int(2, 12)} people on ${g.pick(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])} after ${g.pick(EVENTS)} near ${g.pick(PLACES)}.`;
  }
}

const words = (s) => s.split(/\s+/).filter(Boolean).length;

/** A Markdown draft of about `target` words: headings, paragraphs, a list now and then. */
function makeDraft(target, seed) {
  const g = rng(seed);
  const parts = [`# Draft ${target} words\n`];
  let count = 0;
  let section = 0;
  const mix = { supported: 0, conflict: 0, unsourced: 0, opinion: 0 };
  while (count < target) {
    if (count === 0 || g.r() < 0.12) parts.push(`\n## Section ${++section}: ${g.pick(PLACES)} and ${g.pick(PLACES)}\n`);
    const para = [];
    const len = g.int(3, 7);
    for (let i = 0; i < len; i++) {
      const x = g.r();
      let s;
      if (x < 0.3) {
        const [ok] = g.pick(SUPPORTED);
        const lead = g.pick(LEADS);
        s = lead ? lead + lowerFirst(ok) : ok;
        mix.supported++;
      } else if (x < 0.45) {
        const [, bad] = g.pick(SUPPORTED);
        const lead = g.pick(LEADS);
        s = lead ? lead + lowerFirst(bad) : bad;
        mix.conflict++;
      } else if (x < 0.85) {
        s = syntheticSentence(g);
        mix.unsourced++;
      } else {
        s = g.r() < 0.8 ? g.pick(OPINIONS) : g.pick(TRANSITIONS);
        mix.opinion++;
      }
      para.push(s);
      count += words(s);
    }
    if (g.r() < 0.1) parts.push("\n" + para.map((s) => `- ${s}`).join("\n") + "\n");
    else parts.push("\n" + para.join(" ") + "\n");
  }
  return { text: parts.join(""), words: count, mix };
}

/** A synthetic news-like source document of about 500 words, with front matter. */
function makeSourceDocument(i, g) {
  const place = g.pick(PLACES);
  const event = g.pick(EVENTS);
  const year = g.int(2015, 2025);
  const month = g.int(1, 12);
  const day = g.int(1, 28);
  const date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const author = `${g.pick(FIRST)} ${g.pick(LAST)}`;
  const outlet = g.pick(OUTLETS);
  const title = `${upperFirst(event.slice(2))} in ${place}: ${g.int(2, 900)} ${g.pick(THINGS)} affected`;
  const lines = ["---", `title: "${title}"`, `outlet: ${outlet}`, `author: ${author}`, `date: ${date}`, "---", title, "", `By ${author}`, outlet, ""];
  let count = 0;
  while (count < 480) {
    const para = [];
    for (let k = g.int(2, 4); k > 0; k--) {
      const s = syntheticSentence(g, "this year");
      para.push(s);
      count += words(s);
    }
    lines.push(para.join(" "), "");
  }
  return { name: `doc-${String(i).padStart(4, "0")}.md`, text: lines.join("\n"), words: count };
}

// ---------------------------------------------------------------------------------------------------- measurement

const now = () => performance.now();
const ms = (x) => Math.round(x * 100) / 100;
const mb = (bytes) => Math.round((bytes / 1048576) * 10) / 10;
function quantile(sorted, q) {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}
function gc() {
  if (globalThis.gc) {
    globalThis.gc();
    globalThis.gc();
  }
}

async function buildEngine() {
  const esbuild = await import("esbuild");
  mkdirSync(dirname(ENGINE), { recursive: true });
  await esbuild.build({
    stdin: {
      contents: `export * from "./src/core/index"; export { segment } from "./src/core/text/segment"; export { tokenize } from "./src/core/text/tokens";`,
      resolveDir: ROOT,
      loader: "ts",
    },
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "es2022", // as scripts/build.mjs, which says why
    outfile: ENGINE,
    logLevel: "warning",
  });
}

/** Wall-clock budget per reference size, so the whole bench stays near 3 minutes on 2 cores. */
const BUDGET_S = { bundled: 35, "100 docs": 45, "1000 docs": 120 };

/**
 * Child: one reference set, every draft. Prints a JSON line after each phase (the parent keeps the last), so a phase
 * that overruns still leaves the figures before it. Phases predicted to overrun the budget are skipped and say so.
 */
/** Child: load a reference set from the on-disk cache its main child wrote; time and peak memory of that alone. */
async function cachedLoadChild(refPath, draftDir) {
  const engine = require(ENGINE);
  const t = now();
  const { set, cached } = await engine.loadReferenceSet([refPath], { cacheDir: join(draftDir, "index-cache") });
  const loadMs = ms(now() - t);
  new engine.Checker(set).check("Albania cut diplomatic ties with Iran on Wednesday.");
  process.stdout.write(JSON.stringify({ cachedLoadMs: loadMs, cached: !!cached, cachedPeakRssMB: mb(process.resourceUsage().maxRSS * 1024) }) + "\n");
}

async function child(refName, refPath, draftDir, quick, unbounded) {
  const started = now();
  const deadline = started + (BUDGET_S[refName] ?? 60) * 1000;
  const emit = () => process.stdout.write(JSON.stringify(out) + "\n");
  const fits = (estimateMs) => unbounded || now() + estimateMs < deadline;
  gc();
  const base = process.memoryUsage();
  const engine = require(ENGINE);
  const drafts = JSON.parse(readFileSync(join(draftDir, "drafts.json"), "utf8"));
  const byWords = Object.fromEntries(drafts.map((d) => [d.words, d]));
  const out = { reference: refName, skipped: [] };

  let t = now();
  // With a cache folder, as the extension loads: this first load builds the index and writes the cache; a separate
  // process (--cached-load) then measures the load from it.
  const { set, problems } = await engine.loadReferenceSet([refPath], { cacheDir: join(draftDir, "index-cache") });
  out.loadIndexMs = ms(now() - t);
  out.documents = set.documents.length;
  out.claims = set.claims.length;
  out.problems = problems.length;
  gc();
  const afterLoad = process.memoryUsage();
  out.heapDeltaMB = mb(afterLoad.heapUsed - base.heapUsed);
  out.rssDeltaMB = mb(afterLoad.rss - base.rss);
  out.loadPeakRssMB = out.peakRssMB = mb(process.resourceUsage().maxRSS * 1024);
  emit();

  // First check ever: loads the WordNet table (dist/lexicon.json) and warms the JIT; reported on its own.
  t = now();
  new engine.Checker(set).check("Albania cut diplomatic ties with Iran on Wednesday.");
  out.firstCheckMs = ms(now() - t);
  out.checks = {};
  emit();

  const full = (d, label) => {
    const checker = new engine.Checker(set);
    const t0 = now();
    const result = checker.check(d.text);
    const elapsed = now() - t0;
    const counts = {};
    for (const s of result.sentences) counts[s.status] = (counts[s.status] ?? 0) + 1;
    out.checks[label] = { ...(out.checks[label] ?? {}), fullMs: ms(elapsed), sentences: result.sentences.length, counts };
    out.peakRssMB = mb(process.resourceUsage().maxRSS * 1024);
    emit();
    return { checker, result, elapsed };
  };

  // 10k first, on cold word-pair caches (the engine's module-level caches persist across Checkers, as in a session).
  const d10 = byWords[10000];
  const cold = full(d10, "10000");
  out.checks["10000"].cold = true;

  // Re-check after editing one sentence, the way the extension does while typing: the same Checker (its per-sentence
  // cache applies) and a document key (only the edited paragraph is segmented again). Each edit changes one sentence
  // (a number and a word appended), then the text goes back to the original.
  const typing = { documentKey: "bench-draft" };
  cold.checker.check(d10.text, typing);
  const typeEdits = (count, salt) => {
    const times = [];
    for (let k = 0; k < count; k++) {
      const s = cold.result.sentences[Math.floor(((k + 1) * cold.result.sentences.length) / (count + 1))];
      const edited = s.text.replace(/[.!?]?$/, ` ${k + salt} times.`);
      const text = d10.text.slice(0, s.start) + edited + d10.text.slice(s.end);
      const t0 = now();
      cold.checker.check(text, typing);
      times.push(now() - t0);
      cold.checker.check(d10.text, typing);
    }
    return times.sort((a, b) => a - b);
  };
  // The first five edits after opening the draft: the engine is barely warm.
  const first = typeEdits(5, 2);
  out.checks["10000"].editMs = ms(first[2]);
  out.checks["10000"].editMaxMs = ms(first[4]);
  emit();

  // The same draft again on a fresh Checker: the per-sentence cache is empty, the word-pair caches are warm.
  let perWordMs = cold.elapsed / 10000;
  if (fits(cold.elapsed * 1.2)) {
    const warm = full(d10, "10000 warm");
    out.checks["10000 warm"].note = "fresh Checker, module caches warm";
    perWordMs = Math.min(perWordMs, warm.elapsed / 10000);
  } else out.skipped.push("10k warm re-check");

  for (const w of [1000, 50000]) {
    const d = byWords[w];
    if (quick && w > 10000) continue;
    if (w === 50000 && refName === "100 docs") {
      out.skipped.push("50k × 100 docs (by design: 50k runs against bundled and 1000 docs)");
      continue;
    }
    const estimate = perWordMs * w * 1.1;
    if (!fits(estimate)) {
      out.skipped.push(`check ${w}w (estimated ${Math.round(estimate / 1000)} s, over the ${BUDGET_S[refName]} s budget)`);
      continue;
    }
    full(d, String(w));
  }

  // Typing later in the session: 30 edits spread over the draft, median / 90th percentile / max.
  {
    const steady = typeEdits(30, 100);
    Object.assign(out.checks["10000"], { steadyEditMs: ms(quantile(steady, 0.5)), steadyEditP90Ms: ms(quantile(steady, 0.9)), steadyEditMaxMs: ms(steady[steady.length - 1]) });
    emit();
  }

  // Per-sentence cost on a fresh Checker, distinct sentences only (repeats would be cache hits). Capped by time.
  {
    const fresh = new engine.Checker(set);
    const segs = engine.segment(d10.text);
    const seen = new Set();
    const times = [];
    let slowest = { ms: 0, text: "" };
    const stop = Math.min(deadline, now() + 15000);
    for (const sg of segs) {
      if (now() > stop) break;
      if (seen.has(sg.masked)) continue;
      seen.add(sg.masked);
      const t0 = now();
      fresh.check(sg.text);
      const dt = now() - t0;
      times.push(dt);
      if (dt > slowest.ms) slowest = { ms: ms(dt), text: sg.text.slice(0, 90) };
    }
    times.sort((a, b) => a - b);
    out.perSentence = { n: times.length, p50: ms(quantile(times, 0.5)), p95: ms(quantile(times, 0.95)), max: ms(times[times.length - 1] ?? 0), slowest };
    emit();
  }

  // The floor: segmentation and tokenisation of the same drafts (it doesn't depend on the set: bundled run only).
  if (refName === "bundled") {
    for (const [label, c] of Object.entries(out.checks)) {
      const d = byWords[parseInt(label, 10)];
      let best = Infinity;
      for (let k = 0; k < (d.words <= 1000 ? 5 : 2); k++) {
        const t0 = now();
        for (const sg of engine.segment(d.text)) engine.tokenize(sg.masked, sg.start);
        best = Math.min(best, now() - t0);
      }
      c.floorMs = ms(best);
      c.ratio = Math.round((c.fullMs / best) * 10) / 10;
    }
  }
  gc();
  out.finalRssMB = mb(process.memoryUsage().rss);
  // Peak of the real work (load, index, every check) before the bench's own second build below.
  out.peakRssMB = mb(process.resourceUsage().maxRSS * 1024);
  emit();
  // Index alone (documents already parsed): ReferenceSet.build on the loaded documents, last, so the second copy of
  // the index it makes does not count in the peak above. Skipped when load was slow.
  if (fits(out.loadIndexMs * 1.5 + 20000)) {
    t = now();
    engine.ReferenceSet.build(set.documents);
    out.rebuildIndexMs = ms(now() - t);
  } else out.skipped.push("index-only rebuild");
  out.childSeconds = Math.round((now() - started) / 100) / 10;
  emit();
}

/** Child: require dist/extension.js with a stub `vscode`, call activate with a fake context. */
async function activationChild() {
  const Module = require("node:module");
  const path = require("node:path");
  const noop = () => undefined;
  const disposable = { dispose: noop };
  const assigned = new WeakMap(); // values the extension sets on stubs (item.text = ..., item.name = ...)
  const handler = {
    set(target, prop, value) {
      if (!assigned.has(target)) assigned.set(target, new Map());
      assigned.get(target).set(prop, value);
      return true;
    },
    defineProperty: () => true,
    get(target, prop) {
      const own = assigned.get(target);
      if (own?.has(prop)) return own.get(prop);
      if (prop === "then") return undefined; // not a thenable
      if (prop === Symbol.iterator) return [][Symbol.iterator].bind([]);
      if (prop === Symbol.toPrimitive) return () => "";
      if (prop === "dispose") return noop;
      if (prop === "fsPath" || prop === "path") return "/tmp/verity-bench-stub";
      if (prop === "scheme") return "file";
      if (prop === "toString") return () => "file:///tmp/verity-bench-stub";
      if (prop === "length") return 0;
      if (prop in target) return target[prop];
      return stub();
    },
    apply: () => stub(),
    construct: () => stub(),
  };
  function stub() {
    return new Proxy(function () {}, handler);
  }
  // esbuild's `import * as vscode` copies the module's own property names, so the namespace must be a plain object.
  const API = ["window", "workspace", "languages", "commands", "env", "extensions", "l10n", "tasks", "debug", "scm", "tests", "authentication", "Uri", "Range", "Position", "Selection", "Location", "Diagnostic", "DiagnosticSeverity", "DiagnosticTag", "DiagnosticRelatedInformation", "CodeAction", "CodeActionKind", "CodeActionTriggerKind", "CodeLens", "Hover", "MarkdownString", "EventEmitter", "Disposable", "CancellationTokenSource", "CancellationError", "StatusBarAlignment", "ThemeColor", "ThemeIcon", "WorkspaceEdit", "TextEdit", "SnippetString", "RelativePattern", "FileType", "FileSystemError", "ViewColumn", "ProgressLocation", "QuickPickItemKind", "ConfigurationTarget", "EndOfLine", "TextEditorRevealType", "OverviewRulerLane", "DecorationRangeBehavior", "TreeItem", "TreeItemCollapsibleState", "ExtensionMode", "UIKind", "LogLevel", "CompletionItem", "CompletionItemKind", "SymbolKind", "DocumentLink", "TabInputText"];
  const vscode = {};
  for (const k of API) vscode[k] = stub();
  const realResolve = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    if (request === "vscode") return "vscode";
    return realResolve.call(this, request, ...rest);
  };
  require.cache.vscode = { id: "vscode", filename: "vscode", loaded: true, exports: vscode };
  const extPath = path.join(ROOT, "dist", "extension.js");
  const out = {};
  let t = now();
  const ext = require(extPath);
  out.requireMs = ms(now() - t);
  const storage = mkdtempSync(join(tmpdir(), "verity-bench-ctx-"));
  const uri = { fsPath: storage, path: storage, scheme: "file", toString: () => "file://" + storage, with: () => uri };
  const memento = { get: (_k, d) => d, update: async () => undefined, keys: () => [] };
  const context = {
    subscriptions: [],
    extensionPath: ROOT,
    extensionUri: { ...uri, fsPath: ROOT, path: ROOT },
    globalStorageUri: uri,
    storageUri: uri,
    logUri: uri,
    globalStoragePath: storage,
    storagePath: storage,
    logPath: storage,
    workspaceState: memento,
    globalState: { ...memento, setKeysForSync: noop },
    secrets: { get: async () => undefined, store: async () => undefined, delete: async () => undefined, onDidChange: stub() },
    extensionMode: 1,
    environmentVariableCollection: stub(),
    asAbsolutePath: (p) => path.join(ROOT, p),
    extension: stub(),
  };
  t = now();
  try {
    const r = ext.activate(context);
    out.activateMs = ms(now() - t);
    if (r && typeof r.then === "function") {
      await r;
      out.activateAwaitedMs = ms(now() - t);
    }
    out.activated = true;
  } catch (e) {
    out.activated = false;
    out.activateError = String(e?.message ?? e).slice(0, 200);
  }
  out.subscriptions = context.subscriptions.length;
  for (const s of context.subscriptions) {
    try {
      s?.dispose?.();
    } catch {
      /* a stubbed disposable */
    }
  }
  rmSync(storage, { recursive: true, force: true });
  process.stdout.write(JSON.stringify(out) + "\n");
  // Timers the extension may have started (debounce, reference loading) must not keep the child alive.
  process.exit(0);
}

function runChild(args, timeoutS = 60) {
  const r = spawnSync(process.execPath, ["--expose-gc", fileURLToPath(import.meta.url), ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: timeoutS * 1000,
  });
  const lines = r.stdout.trim().split("\n").filter(Boolean);
  let last;
  try {
    last = lines.length ? JSON.parse(lines[lines.length - 1]) : undefined;
  } catch {
    last = undefined;
  }
  if (r.status !== 0 || !last) {
    const why = `child ${args.slice(0, 2).join(" ")} ${r.signal ? `killed (${r.signal}) after ${timeoutS} s` : `exited ${r.status}`}: ${r.stderr.trim().split("\n").slice(-3).join(" | ")}`;
    return last ? { ...last, incomplete: why } : { error: why };
  }
  return last;
}

// ------------------------------------------------------------------------------------------------------ the table

const mark = (value, target) => (value <= target ? "ok" : "OVER");
function row(cells, widths) {
  return cells.map((c, i) => String(c).padEnd(widths[i])).join("  ");
}

async function main() {
  const argv = process.argv.slice(2);
  if (argv[0] === "--child") return child(argv[1], argv[2], argv[3], argv.includes("--quick"), argv.includes("--full"));
  if (argv[0] === "--cached-load") return cachedLoadChild(argv[1], argv[2]);
  if (argv[0] === "--activation") return activationChild();
  const quick = argv.includes("--quick");
  const keep = argv.includes("--keep");
  const unbounded = argv.includes("--full"); // no per-set time budget: every phase runs, however long
  const started = now();

  // The engine bundle (fast, no minify) and, when missing, the production bundle for the size figure.
  let t = now();
  await buildEngine();
  const engineBuildMs = ms(now() - t);

  const tmp = mkdtempSync(join(tmpdir(), "verity-bench-"));
  try {
    // Drafts.
    const drafts = [1000, 10000, 50000].map((w, i) => ({ ...makeDraft(w, 1000 + i), nominal: w }));
    writeFileSync(join(tmp, "drafts.json"), JSON.stringify(drafts.map((d) => ({ words: d.nominal, actualWords: d.words, text: d.text }))));
    for (const d of drafts) writeFileSync(join(tmp, `draft-${d.nominal}.md`), d.text);
    // Reference sets: the bundled documents plus synthetic ones.
    const g = rng(42);
    const sets = [{ name: "bundled", path: join(ROOT, "reference"), words: 0 }];
    for (const n of quick ? [100] : [100, 1000]) {
      const dir = join(tmp, `ref${n}`);
      mkdirSync(dir);
      let total = 0;
      for (const f of readdirSync(join(ROOT, "reference"))) writeFileSync(join(dir, f), readFileSync(join(ROOT, "reference", f)));
      for (let i = 0; i < n - 2; i++) {
        const doc = makeSourceDocument(i, g);
        total += doc.words;
        writeFileSync(join(dir, doc.name), doc.text);
      }
      sets.push({ name: `${n} docs`, path: dir, words: total });
    }
    for (const s of sets.filter((x) => x.name === "bundled")) {
      s.words = readdirSync(s.path).reduce((a, f) => a + words(readFileSync(join(s.path, f), "utf8")), 0);
    }

    const results = [];
    for (const s of sets) {
      const r = runChild(["--child", s.name, s.path, tmp, ...(quick ? ["--quick"] : []), ...(unbounded ? ["--full"] : [])], unbounded ? 1800 : (BUDGET_S[s.name] ?? 60) + 90);
      r.words = s.words;
      const c = runChild(["--cached-load", s.path, tmp], 120);
      if (c.cached) Object.assign(r, { cachedLoadMs: c.cachedLoadMs, cachedPeakRssMB: c.cachedPeakRssMB });
      results.push(r);
      if (r.error) console.error(r.error);
    }

    // Bundle size (production if present as such; we build it into a temp dir so dist/ isn't disturbed).
    const esbuild = await import("esbuild");
    const prodOut = join(tmp, "prod-extension.js");
    await esbuild.build({
      entryPoints: [join(ROOT, "src/extension/extension.ts")],
      outfile: prodOut,
      bundle: true,
      platform: "node",
      target: "es2022",
      format: "cjs",
      minify: true,
      external: ["vscode"],
      legalComments: "none",
      logLevel: "warning",
    });
    const sizes = {
      extensionMinKB: Math.round(statSync(prodOut).size / 1024),
      distExtensionKB: existsSync(join(ROOT, "dist/extension.js")) ? Math.round(statSync(join(ROOT, "dist/extension.js")).size / 1024) : null,
      distCliKB: existsSync(join(ROOT, "dist/cli.js")) ? Math.round(statSync(join(ROOT, "dist/cli.js")).size / 1024) : null,
      lexiconKB: existsSync(join(ROOT, "dist/lexicon.json")) ? Math.round(statSync(join(ROOT, "dist/lexicon.json")).size / 1024) : null,
    };
    const activation = existsSync(join(ROOT, "dist/extension.js")) ? runChild(["--activation"]) : { error: "dist/extension.js missing: run npm run build" };

    // Print.
    const W = [34, 12, 10, 8];
    const lines = [];
    const p = (...c) => lines.push(row(c, W));
    lines.push(`Verity bench — node ${process.version}, ${(await import("node:os")).cpus().length} cpus${quick ? " (quick)" : ""}`);
    lines.push(`drafts: ${drafts.map((d) => `${d.words}w (${d.mix.supported} supported/${d.mix.conflict} conflict/${d.mix.unsourced} unsourced/${d.mix.opinion} opinion)`).join("; ")}`);
    lines.push("");
    p("measure", "value", "target", "");
    for (const r of results) {
      if (r.error) {
        lines.push(`-- reference: ${r.reference ?? "?"}: ${r.error}`);
        continue;
      }
      const big = r.reference === "1000 docs";
      lines.push(`-- reference: ${r.reference} (${r.documents} docs, ${r.claims} claims, ~${r.words} words)${r.childSeconds ? `, ${r.childSeconds} s` : ""}`);
      p("load + index", `${r.loadIndexMs} ms`, big ? `≤ ${TARGETS.load1000}` : "", big ? mark(r.loadIndexMs, TARGETS.load1000) : "");
      if (r.rebuildIndexMs !== undefined) p("  index only (ReferenceSet.build)", `${r.rebuildIndexMs} ms`, "", "");
      p("  heap / RSS delta after load", `${r.heapDeltaMB} / ${r.rssDeltaMB} MB`, "", "");
      if (r.loadPeakRssMB !== undefined) p("  peak RSS after load + index", `${r.loadPeakRssMB} MB`, big ? `≤ ${TARGETS.peakMB}` : "", big ? mark(r.loadPeakRssMB, TARGETS.peakMB) : "");
      if (r.cachedLoadMs !== undefined) {
        p("load from a valid on-disk cache", `${r.cachedLoadMs} ms`, big ? `≤ ${TARGETS.cachedLoad}` : "", big ? mark(r.cachedLoadMs, TARGETS.cachedLoad) : "");
        p("  peak RSS, loaded from cache + a check", `${r.cachedPeakRssMB} MB`, big ? `≤ ${TARGETS.peakMB}` : "", big ? mark(r.cachedPeakRssMB, TARGETS.peakMB) : "");
      }
      p("  peak RSS (load, index, every check)", `${r.peakRssMB} MB`, big ? `≤ ${TARGETS.peakMB}` : "", big ? mark(r.peakRssMB, TARGETS.peakMB) : "");
      if (r.firstCheckMs !== undefined) p("  first check (lexicon load, JIT)", `${r.firstCheckMs} ms`, "", "");
      for (const [w, c] of Object.entries(r.checks ?? {})) {
        const target = w === "10000" ? (r.reference === "bundled" ? TARGETS.bundled10k : big ? TARGETS.check1000 : undefined) : undefined;
        const label = w === "10000" ? "check 10000w cold" : w === "10000 warm" ? "check 10000w warm" : `check ${w}w`;
        p(`  ${label} (${c.sentences} sent.)`, `${c.fullMs} ms`, target ? `≤ ${target}` : "", target ? mark(c.fullMs, target) : "");
        if (c.floorMs !== undefined && w !== "10000 warm") p(`    floor segment+tokenize, ratio`, `${c.floorMs} ms`, `×${c.ratio}`, "");
        if (c.editMs !== undefined) p(`    one-sentence edit, first 5 (median/max)`, `${c.editMs}/${c.editMaxMs} ms`, `≤ ${TARGETS.edit}`, mark(c.editMs, TARGETS.edit));
        if (c.steadyEditMs !== undefined) p(`    one-sentence edit, 30 later (median/p90/max)`, `${c.steadyEditMs}/${c.steadyEditP90Ms}/${c.steadyEditMaxMs} ms`, `≤ ${TARGETS.edit}`, mark(c.steadyEditMs, TARGETS.edit));
      }
      if (r.perSentence) p(`  per sentence p50/p95/max (n=${r.perSentence.n})`, `${r.perSentence.p50}/${r.perSentence.p95}/${r.perSentence.max} ms`, "", "");
      for (const sk of r.skipped ?? []) lines.push(`  skipped: ${sk}`);
      if (r.incomplete) lines.push(`  INCOMPLETE: ${r.incomplete}`);
    }
    lines.push("-- bundle and activation");
    p("extension.js minified (fresh build)", `${sizes.extensionMinKB} KB`, `≤ ${TARGETS.bundleMB * 1024}`, mark(sizes.extensionMinKB, TARGETS.bundleMB * 1024));
    p("dist/extension.js as built", `${sizes.distExtensionKB} KB`, "", "");
    p("dist/cli.js as built", `${sizes.distCliKB} KB`, "", "");
    p("dist/lexicon.json", `${sizes.lexiconKB} KB`, "", "");
    if (activation.error) p("activation", "error", "", activation.error);
    else {
      p("require dist/extension.js", `${activation.requireMs} ms`, "", "");
      if (activation.activated) {
        const total = activation.requireMs + activation.activateMs;
        p("activate() (stub vscode)", `${activation.activateMs} ms`, "", "");
        p("require + activate", `${ms(total)} ms`, `≤ ${TARGETS.activationMs}`, mark(total, TARGETS.activationMs));
      } else p("activate() failed on stub", activation.activateError, "", "module load only");
    }
    lines.push("");
    lines.push(`engine bundle ${engineBuildMs} ms; total bench ${Math.round((now() - started) / 1000)} s`);
    console.log(lines.join("\n"));

    mkdirSync(OUT_DIR, { recursive: true });
    const json = {
      node: process.version,
      quick,
      targets: TARGETS,
      drafts: drafts.map((d) => ({ words: d.words, mix: d.mix })),
      references: results,
      sizes,
      activation,
      totalSeconds: Math.round((now() - started) / 1000),
    };
    writeFileSync(join(OUT_DIR, "bench.json"), JSON.stringify(json, null, 2) + "\n");
    console.log(`wrote ${join("test-output", "bench.json")}${keep ? `; inputs kept in ${tmp}` : ""}`);
  } finally {
    if (!keep) rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
