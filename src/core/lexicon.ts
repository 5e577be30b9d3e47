// Word relations: synonyms and antonyms from WordNet (built into dist/lexicon.json by scripts/build-lexicon.mjs),
// plus the short lists WordNet lacks for news prose: reporting verbs, demonyms, scalar opposites ("minimal" against
// "catastrophic") and diplomatic paraphrases. Everything here is general English, never a fact of one story.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { boundedMemo } from "./memo";
import { stem, STOPWORDS, wordTable } from "./text/tokens";

interface WordNetTable {
  words: Record<string, number[]>;
  related: Record<string, number[]>;
  satellite: Record<string, number[]>;
  hypernym: Record<string, number[]>;
  pos: string;
  antonyms: Array<[number, number]>;
  /** Adjectives of strong, settled sentiment: +1 or -1 (SentiCon). */
  polarity?: Record<string, number>;
}

/**
 * The table as parsed, used in place: turning its 200,000 entries into Maps took longer than parsing them. Word keys
 * are read through `hasOwn` ("constructor" is no lemma); synset keys are integers, which no prototype holds.
 */
let wordnet: (Omit<WordNetTable, "antonyms"> & { antonyms: Map<number, number[]> }) | null | undefined;

/** Where the generated table sits: beside the bundle (dist/), or in dist/ when running from source (tests). */
export function lexiconPath(): string | undefined {
  const candidates = [join(__dirname, "lexicon.json"), join(__dirname, "..", "..", "dist", "lexicon.json")];
  return candidates.find((p) => existsSync(p));
}

function loadWordNet() {
  if (wordnet !== undefined) return wordnet;
  const path = lexiconPath();
  if (!path) return (wordnet = null);
  const table = JSON.parse(readFileSync(path, "utf8")) as WordNetTable;
  wordnet = { ...table, antonyms: new Map() };
  for (const [a, b] of table.antonyms) {
    for (const [x, y] of [[a, b], [b, a]]) {
      const list = wordnet.antonyms.get(x);
      if (list) list.push(y);
      else wordnet.antonyms.set(x, [y]);
    }
  }
  return wordnet;
}

/** What the relation checks need of one word, computed once: comparisons run for every word pair of a check. */
interface Senses {
  ids: Set<number>;
  /** Direct hypernyms of its senses: a draft word among them is the more general word. */
  hypernyms: Set<number>;
  verbs: number[];
  /** Verb senses widened one step (hypernyms, verb groups). */
  verbsWide: Set<number>;
  /** Senses plus their adjective heads ("catastrophic" reaches "harmful"). */
  heads: Set<number>;
  /** Antonyms of `heads`. */
  antonyms: Set<number>;
  /** Parents of its first noun sense (negated, to keep them apart), and heads of its first two adjective senses. */
  kinds: Set<number>;
}
const senses = boundedMemo(50_000, (word): Senses | null => sensesFrom(word, synsetsOf(word)));

function sensesFrom(word: string, ids: number[]): Senses | null {
  const wn = loadWordNet();
  if (!wn || !ids.length) return null;
  const verbs = ids.filter((id) => wn.pos[id] === "v");
  const heads = new Set(ids.flatMap((id) => [id, ...(wn.satellite[id] || [])]));
  // Senses are listed by part of speech, each in WordNet's order: the first noun sense and the first two adjective
  // senses, not the first two of the whole list ("bus" lists its verb senses first).
  // "voted" is no noun, though "vote" is.
  const nounForm = !word.endsWith("ed") || Object.hasOwn(wn.words, word);
  const firstNouns = nounForm ? ids.filter((id) => wn.pos[id] === "n").slice(0, 1) : [];
  const firstOthers = ids.filter((id) => wn.pos[id] !== "n" && wn.pos[id] !== "v").slice(0, 2);
  // A participle's opposites are its verb's, or its own as an adjective: not those of an adjective its root also spells
  // ("crossing" is the verb "cross", not the adjective "transverse", which WordNet opposes to "lengthwise").
  const own = Object.hasOwn(wn.words, word) ? new Set(wn.words[word]) : undefined;
  const borrowedAdjective = (id: number) => /(?:ed|ing)$/.test(word) && wn.pos[id] !== "n" && wn.pos[id] !== "v" && !own?.has(id);
  return {
    ids: new Set(ids),
    hypernyms: new Set(ids.flatMap((id) => wn.hypernym[id] || [])),
    verbs,
    verbsWide: widen(verbs),
    heads,
    antonyms: new Set(ids.filter((id) => !borrowedAdjective(id)).flatMap((id) => [id, ...(wn.satellite[id] || [])]).flatMap((id) => wn.antonyms.get(id) || [])),
    kinds: new Set([
      ...firstNouns.flatMap((id) => (wn.hypernym[id] || []).map((p) => -1 - p)),
      ...firstOthers.flatMap((id) => wn.satellite[id] || []),
    ]),
  };
}

/** The noun senses above a word's noun senses, up to six steps: "festival" → celebration → … → event. */
const nounAncestors = boundedMemo(20_000, (word): Set<number> => {
  const wn = loadWordNet();
  const up = new Set<number>();
  if (!wn) return up;
  let front = synsetsOf(word).filter((id) => wn.pos[id] === "n");
  for (let step = 0; step < 6 && front.length; step++) {
    const next: number[] = [];
    for (const id of front) for (const p of wn.hypernym[id] || []) if (!up.has(p)) up.add(p), next.push(p);
    front = next;
  }
  return up;
});

/** A noun names a kind of what the other names ("festival" of "event", "surgeon" of "doctor"). */
export function isKindOf(word: string, general: string): boolean {
  const up = nounAncestors(word);
  return up.size > 0 && synsetsOf(general).some((id) => up.has(id));
}

/** WordNet knows the word as a noun and never as a verb ("pavement", "cyanide"; not "paint" or "murder"). */
export const nounNeverVerb = boundedMemo(100_000, (word): boolean => {
  const wn = loadWordNet();
  return !!wn && !canBeVerb(word) && synsetsOf(word).some((id) => wn.pos[id] === "n");
});

/** Every sense WordNet gives the word is a noun ("pizza", "burger"; not "sharp" or "white"). */
export const onlyNoun = boundedMemo(100_000, (word): boolean => {
  const wn = loadWordNet();
  const ids = synsetsOf(word);
  return !!wn && ids.length > 0 && ids.every((id) => wn.pos[id] === "n");
});

/** Whether the two share a member; two sets are walked from the smaller (a common verb has hundreds of senses). */
const intersects = (a: Set<number> | number[], b: Set<number>) => {
  const [walked, probed] = a instanceof Set && a.size > b.size ? [b, a] : [a, b];
  for (const x of walked) if (probed.has(x)) return true;
  return false;
};

/** +1 or -1 for an adjective of strong sentiment ("thriving", "struggling"), as written or as its base form; else 0. */
const polarityOf = boundedMemo(50_000, (word): number => {
  const table = loadWordNet()?.polarity;
  const form = table && lemmaCandidates(word).find((w) => Object.hasOwn(table, w));
  return form === undefined || !table ? 0 : table[form];
});

/** An adjective of strong sentiment, as written or as its base form ("miserable", "thriving"). */
export function polarAdjective(word: string): boolean {
  return polarityOf(word) !== 0;
}

/**
 * Two adjectives of strong and opposite sentiment: in the same place of the same statement ("a thriving company"
 * against "a struggling company") they state opposite things though WordNet links them by no antonym.
 */
export function oppositeSentiment(a: string, b: string): boolean {
  const pa = polarityOf(a);
  return pa !== 0 && polarityOf(b) === -pa;
}

/** True when WordNet's table was found; without it only the curated lists below apply. */
export function hasWordNet(): boolean {
  return loadWordNet() !== null;
}

// WordNet is keyed by lemma; try the word, then simple de-inflections.
function lemmaCandidates(word: string): string[] {
  const out = [word];
  if (word.endsWith("ies")) out.push(word.slice(0, -3) + "y");
  if (word.endsWith("es")) out.push(word.slice(0, -2));
  if (word.endsWith("s")) out.push(word.slice(0, -1));
  if (word.endsWith("ied")) out.push(word.slice(0, -3) + "y");
  if (word.endsWith("ed")) out.push(word.slice(0, -2), word.slice(0, -1), word.slice(0, -3));
  if (word.endsWith("ing")) out.push(word.slice(0, -3), word.slice(0, -3) + "e", word.slice(0, -4));
  // Comparatives and superlatives: "higher"/"highest" are "high", "larger"/"largest" "large", "bigger" "big",
  // "earlier"/"earliest" "early", so "highest" meets "lowest" as "high" meets "low".
  if (word.endsWith("ier")) out.push(word.slice(0, -3) + "y");
  if (word.endsWith("er")) out.push(word.slice(0, -2), word.slice(0, -1), word.slice(0, -3));
  if (word.endsWith("iest")) out.push(word.slice(0, -4) + "y");
  if (word.endsWith("est")) out.push(word.slice(0, -3), word.slice(0, -2), word.slice(0, -4));
  return out;
}

const IRREGULAR = wordTable({
  went: "go", gone: "go", told: "tell", said: "say", held: "hold", left: "leave", found: "find", brought: "bring",
  took: "take", taken: "take", gave: "give", given: "give", began: "begin", begun: "begin", made: "make", hit: "hit",
  cut: "cut", set: "set", put: "put", kept: "keep", sent: "send", spent: "spend", built: "build", fell: "fall",
  fallen: "fall", rose: "rise", risen: "rise", won: "win", lost: "lose", met: "meet", paid: "pay", sold: "sell",
  bought: "buy", thought: "think", caught: "catch", led: "lead", ran: "run", came: "come", became: "become",
  men: "man", women: "woman", children: "child", people: "person", struck: "strike", drove: "drive", driven: "drive",
  wrote: "write", written: "write", spoke: "speak", spoken: "speak", broke: "break", broken: "break", chose: "choose",
  seen: "see", saw: "see", upheld: "uphold", withheld: "withhold", frozen: "freeze", froze: "freeze", known: "know", knew: "know", grew: "grow", grown: "grow", shot: "shoot", sought: "seek",
});

/** The lemmas a word may be, most likely first: its irregular base ("went" → "go"), else its de-inflections. */
const lemmaForms = (word: string): string[] => {
  const base = IRREGULAR[word];
  return base ? [base] : lemmaCandidates(word);
};

function synsetsOf(word: string): number[] {
  const wn = loadWordNet();
  if (!wn) return [];
  const forms = lemmaForms(word);
  const first = forms.findIndex((w) => Object.hasOwn(wn.words, w));
  if (first < 0) return [];
  const own = wn.words[forms[first]];
  // A participle WordNet lists as an adjective ("apprehended", "concerned") is also its verb: "apprehended" must
  // meet "arrested" through "apprehend". The root's senses follow the word's own, which stay first.
  if (first > 0) return own;
  const rootWith = (pos: string) => forms.slice(1).find((w) => Object.hasOwn(wn.words, w) && wn.words[w].some((id) => pos.includes(wn.pos[id])));
  let root: string | undefined;
  if (/(?:ed|ing)$/.test(word)) root = rootWith("v");
  // Likewise a comparative or superlative WordNet lists by itself ("lowest", "earliest") is also its adjective, so
  // "lowest" meets "highest" through "low" and "high".
  else if (/(?:er|est)$/.test(word) && own.some((id) => wn.pos[id] === "a" || wn.pos[id] === "r")) root = rootWith("a");
  return root ? [...new Set([...own, ...wn.words[root]])] : own;
}

function widen(ids: number[]): Set<number> {
  const wn = loadWordNet()!;
  const out = new Set(ids);
  for (const id of ids) for (const r of wn.related[id] || []) out.add(r);
  return out;
}

// Curated groups of words that news prose uses interchangeably (by stem after lookup).
const PARAPHRASE_GROUPS = [
  "sever cut break end suspend",
  "tie relation relationship link",
  "tell order ask instruct direct",
  "leave depart quit exit",
  "attack assault strike raid",
  "hack hacking cyberattack cyber-attack",
  "say state tell add note claim assert",
  "hit strike target",
  "official authority",
  "destroy wipe delete erase",
  "steal theft",
  "closure close shut shutdown",
  "cost price",
  "live settle reside stay house",
  "condemn denounce criticise criticize",
  "confirm say",
  "protester activist demonstrator campaigner",
  "road street roadway",
  "fall drop decline decrease tumble plunge plummet slump",
  "rise increase grow climb surge soar",
  "kill slay",
  "die dead death",
  "start begin launch",
  "large big huge",
  "small little",
  "buy purchase",
  "help aid assist support",
  "talk discussion negotiation",
  "hire employ recruit",
  "mount carry stage conduct launch",
  "paralyse paralyze cripple disrupt",
  "highest top",
  "time occasion instance",
].map((g) => g.split(" "));

// Pairs that state the opposite of each other in news prose; WordNet misses most of them.
const OPPOSITE_PAIRS: Array<[string, string]> = [
  ["sever", "restore"], ["sever", "upgrade"], ["sever", "strengthen"], ["sever", "establish"], ["cut", "restore"],
  ["fail", "succeed"], ["failure", "success"], ["before", "after"], ["for", "against"], ["former", "current"], ["postpone", "proceed"],
  ["tense", "warm"], ["open", "close"], ["open", "shut"], ["increase", "decrease"], ["rise", "fall"], ["win", "lose"],
  ["accept", "reject"], ["approve", "refuse"], ["allow", "ban"], ["allow", "forbid"], ["approve", "reject"], ["guilty", "innocent"],
  ["confirm", "deny"], ["support", "oppose"], ["back", "oppose"], ["favour", "oppose"], ["endorse", "oppose"], ["condemn", "praise"], ["condemn", "welcome"], ["condemn", "support"],
  ["acquit", "convict"], ["arrive", "depart"], ["enter", "leave"], ["gain", "lose"], ["expand", "shrink"],
  ["raise", "lower"], ["raise", "cut"], ["higher", "lower"], ["more", "less"], ["more", "fewer"], ["first", "last"],
  ["earlier", "later"], ["minimal", "catastrophic"], ["full", "partial"], ["legal", "illegal"], ["public", "private"],
  ["peaceful", "violent"], ["increase", "cut"], ["hire", "fire"], ["hire", "dismiss"], ["resign", "appoint"],
  ["stay", "close"], ["stay", "leave"], ["resume", "halt"], ["lift", "impose"], ["ease", "tighten"],
  ["survive", "die"], ["alive", "dead"], ["strong", "weak"], ["major", "minor"], ["true", "false"], ["agree", "disagree"],
  ["accurate", "inaccurate"], ["responsible", "innocent"], ["online", "offline"], ["operational", "inoperative"],
  ["keep", "delete"], ["keep", "remove"], ["voluntary", "mandatory"],
  ["voluntary", "compulsory"], ["optional", "mandatory"], ["agree", "refuse"], ["agree", "decline"], ["accept", "decline"],
  ["continue", "stop"], ["keep", "cut"], ["remain", "resign"], ["stay", "resign"],
  ["uphold", "reject"], ["uphold", "fail"], ["release", "withhold"], ["pay", "withhold"], ["publish", "withhold"],
  ["continue", "cancel"], ["continue", "halt"], ["continue", "suspend"], ["properly", "poorly"], ["freeze", "rise"], ["freeze", "increase"], ["freeze", "raise"], ["freeze", "cut"],
];

/** Verbs of change in one direction: profits that "surged" did not "tumble", prices "raised" were not "cut". */
const MOVE_UP = "rise increase grow climb surge soar rebound jump".split(" ");
const MOVE_DOWN = "fall drop decline decrease tumble slump plunge plummet sink dip shrink slide reduce".split(" ");

/** Degree words on one scale: a "minimal" damage is not a "catastrophic" one. */
const SCALE_LOW = "minimal minor slight small negligible limited modest little light mild marginal insignificant".split(" ");
const SCALE_HIGH =
  "major massive huge severe catastrophic extensive significant heavy serious enormous devastating vast considerable substantial large big".split(" ");

const stems = (words: string[]) => words.map((w) => stem(w));
const PARAPHRASE = new Map<string, Set<number>>();
PARAPHRASE_GROUPS.forEach((group, i) => {
  for (const s of stems(group)) {
    if (!PARAPHRASE.has(s)) PARAPHRASE.set(s, new Set());
    PARAPHRASE.get(s)!.add(i);
  }
});
/** Stem → the stems curated as its opposites. */
const OPPOSITE_STEMS = new Map<string, string[]>();
for (const [a, b] of OPPOSITE_PAIRS) {
  for (const [x, y] of [[stem(a), stem(b)], [stem(b), stem(a)]]) {
    OPPOSITE_STEMS.set(x, [...(OPPOSITE_STEMS.get(x) || []), y]);
  }
}
const LOW = new Set(stems(SCALE_LOW));
const HIGH = new Set(stems(SCALE_HIGH));
const UP = new Set(stems(MOVE_UP));
const DOWN = new Set(stems(MOVE_DOWN));
/** "uncrewed" for "crewed", "non-binding" for "binding": a negating prefix on a word of four letters or more. */
const negatedByPrefix = (long: string, short: string) =>
  short.length >= 4 && long.length > short.length && long.endsWith(short) && /^(?:un|non-?)$/.test(long.slice(0, long.length - short.length));
/** Two ends of one scale: size or degree, or the direction of a change. */
const oppositeEnds = (a: string, b: string) => (LOW.has(a) && HIGH.has(b)) || (HIGH.has(a) && LOW.has(b)) || (UP.has(a) && DOWN.has(b)) || (DOWN.has(a) && UP.has(b));

/** Words whose only job is to negate: polarity, read through their scope, never a word with an antonym of its own. */
export const NEGATION_PARTICLES = new Set(["not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot"]);

export type Relation = "opposite" | "similar" | "alternative" | "none";

/**
 * How the source's word `b` relates to the draft's word `a`, each test done once (this runs for every new word pair
 * of a check):
 * - opposite: curated opposites, two ends of a degree scale, or WordNet antonyms (adjective satellites reach their
 *   head's antonym; hypernyms are not followed, or "attack", an act, would oppose "refrain");
 * - similar (`b` backs `a`): same stem, a curated paraphrase, a shared synset, `a` the more general word ("attack"
 *   backed by "cyberattack", not "footbridge" by "bridge"), or verbs one step apart ("sever" and "cut");
 * - alternative: another thing of one kind: two places, two nouns under one parent, two adjectives of one cluster.
 */
export function relation(a: string, b: string): Relation {
  return lexeme(a).relationTo(lexeme(b));
}

/**
 * What the relation tests need of one word, worked out once per distinct word: a check compares every word of a
 * sentence with every word of its candidate claims, and most pairs recur across sentences.
 */
export class Lexeme {
  private static nextId = 0;
  /** Small integer key of this word in other lexemes' relation caches. */
  readonly id = Lexeme.nextId++;
  readonly stem: string;
  readonly groups: Set<number> | undefined;
  readonly senses: Senses | null;
  readonly place: boolean;
  /** A number or rank as a word ("five", "fourth", "iii"). */
  readonly counting: boolean;
  private relations = new Map<number, Relation>();
  private generation = relationGeneration;

  /** `phrase`: the WordNet entry of the verb with its particle ("rule_out" for "ruled out"), whose senses it takes. */
  constructor(
    readonly word: string,
    phrase?: string,
    ownSenses?: Senses | null,
  ) {
    // Irregular forms compare as their base word: "rose" against "fell" is "rise" against "fall".
    this.stem = stem(IRREGULAR[word] ?? word);
    this.groups = paraphraseGroups(word);
    this.senses = ownSenses !== undefined ? ownSenses : senses(phrase ?? word);
    this.place = isPlaceName(word);
    this.counting = numberWord(word) !== undefined || ORDINALS.has(word) || /^[ivx]{2,5}$/.test(word);
  }

  /** How `other` (a source's word) relates to this (a draft's word); see `relation`. Cached per pair. */
  relationTo(other: Lexeme): Relation {
    if (this.generation !== relationGeneration) {
      this.relations.clear();
      this.generation = relationGeneration;
    }
    let r = this.relations.get(other.id);
    if (r === undefined) {
      r = relate(this, other);
      this.relations.set(other.id, r);
      // Bounded: past the limit every lexeme's cache is dropped lazily, on its next use.
      if (++relationCount > 400_000) {
        relationCount = 0;
        relationGeneration++;
      }
    }
    return r;
  }
}
let relationGeneration = 0;
let relationCount = 0;

/** The lexeme of a normalised word (see `Token.norm`). */
export const lexeme = boundedMemo(100_000, (word) => new Lexeme(word));

/** Particles that make a phrasal verb with the verb before them; each is a function word to the index. */
export const PARTICLES = new Set(["out", "up", "down", "off", "over", "on"]);

/**
 * A verb followed by its particle, read as the phrasal verb WordNet lists ("ruled out" is "rule_out": exclude;
 * "shut down" is "shut_down": close), not as the bare verb, whose other senses mislead ("rule" is "find", one sense
 * of "shut" opposes "include"). Null when WordNet has no such entry.
 */
export const phrasalLexeme = boundedMemo(20_000, (key: string): Lexeme | null => {
  const [word, particle] = key.split(" ");
  const wn = loadWordNet();
  if (!wn) return null;
  const phrase = lemmaForms(word).map((w) => `${w}_${particle}`).find((p) => Object.hasOwn(wn.words, p));
  return phrase ? new Lexeme(word, phrase) : null;
});

/** Adverbs that follow a verb as its particle: "paid back", "came forward", "gave away". */
export const ADVERB_PARTICLES = new Set(["back", "forward", "away"]);

/**
 * An adverb particle in its adverb senses only: the "back" of "win back" is no body part or side, so it does not
 * oppose "face" or "front" (it still opposes "forward").
 */
export const particleLexeme = boundedMemo(100, (word: string): Lexeme => {
  const wn = loadWordNet();
  return new Lexeme(word, undefined, wn ? sensesFrom(word, synsetsOf(word).filter((id) => wn.pos[id] === "r")) : null);
});

/**
 * WordNet antonyms that state no opposite fact in news prose: "the last boat came in" and "the last boat had gone in"
 * say the same, and a visitor who came to a meeting went to it.
 */
const NOT_OPPOSED = new Set(["come|go", "come|goe"]); // by stem: "goes" is "goe"
const notOpposed = (a: Lexeme, b: Lexeme) => NOT_OPPOSED.has(`${a.stem}|${b.stem}`) || NOT_OPPOSED.has(`${b.stem}|${a.stem}`);

function relate(a: Lexeme, b: Lexeme): Relation {
  if (a === b || a.stem === b.stem) return "similar";
  if (notOpposed(a, b)) return "none";
  // "no" is polarity, compared through its scope, not the antonym WordNet gives it ("no contract" does not oppose
  // "several ships").
  if (NEGATION_PARTICLES.has(a.word) || NEGATION_PARTICLES.has(b.word)) return "none";
  const sa = a.stem;
  const sb = b.stem;
  if ((OPPOSITE_STEMS.get(sa)?.includes(sb) ?? false) || oppositeEnds(sa, sb) || negatedByPrefix(a.word, b.word) || negatedByPrefix(b.word, a.word)) return "opposite";
  const A = a.senses;
  const B = b.senses;
  // WordNet opposes cardinal to ordinal, so "five" to "first": numbers are compared as values, not as antonyms.
  // A word one of whose senses WordNet files under the other's is not its opposite through two other senses: "earlier"
  // is "early", and "previous" can mean "late" (as in "the late president"), but one sense of "previous" is "earlier".
  if (A && B && !a.counting && !b.counting && intersects(A.antonyms, B.heads) && !intersects(A.ids, B.heads) && !intersects(B.ids, A.heads)) return "opposite";
  if (a.groups && b.groups && intersects(a.groups, b.groups)) return "similar";
  if (a.word.length >= 4 && b.word.length > a.word.length && b.word.endsWith(a.word)) return "similar";
  if (A && B && (intersects(B.ids, A.ids) || intersects(B.hypernyms, A.ids) || (A.verbs.length > 0 && intersects(B.verbs, A.verbsWide)))) return "similar";
  if (a.place && b.place) return canonicalPlace(a.word) !== canonicalPlace(b.word) ? "alternative" : "similar";
  if (A && B && intersects(A.kinds, B.kinds)) return "alternative";
  return "none";
}

/**
 * The two words name the same thing outright: one stem, a curated paraphrase, or a shared WordNet sense. Not the
 * looser kinship `relation` also calls similar (a verb's wider senses, a hypernym).
 */
export function sameSense(a: Lexeme, b: Lexeme): boolean {
  if (a === b || a.stem === b.stem) return true;
  if (a.groups && b.groups && intersects(a.groups, b.groups)) return true;
  return !!a.senses && !!b.senses && intersects(a.senses.ids, b.senses.ids);
}

/** Curated paraphrase groups of a word, tried as written and without a plural "s" ("ties" → "tie"). */
function paraphraseGroups(word: string): Set<number> | undefined {
  return PARAPHRASE.get(stem(IRREGULAR[word] ?? word)) ?? (word.endsWith("s") ? PARAPHRASE.get(stem(word.slice(0, -1))) : undefined);
}

/** Does the source's word `b` back the draft's word `a`? See `relation`. */
export function similarWords(a: string, b: string): boolean {
  return relation(a, b) === "similar";
}

/** Alternatives of one kind ("white", "blue"; "Mexican", "Russian"): see `relation`. */
export function alternativeWords(a: string, b: string): boolean {
  return relation(a, b) === "alternative";
}

/** WordNet knows the word as a verb ("bought", "cut", "stand"), so it may be the predicate of its clause. */
export const canBeVerb = boundedMemo(100_000, (word): boolean => (lexeme(word).senses?.verbs.length ?? 0) > 0);

/** The word has some opposite at all (curated, on a scale, or a WordNet antonym): most words have none. */
export const hasOpposite = boundedMemo(100_000, (word): boolean => {
  const l = lexeme(word);
  return OPPOSITE_STEMS.has(l.stem) || LOW.has(l.stem) || HIGH.has(l.stem) || UP.has(l.stem) || DOWN.has(l.stem) || (l.senses?.antonyms.size ?? 0) > 0;
});

/** Words that state the opposite of each other: see `relation`. */
export function oppositeWords(a: string, b: string): boolean {
  return relation(a, b) === "opposite";
}

/** Verbs and phrases that report speech or findings: "X said", "according to X", "X concluded". */
export const REPORTING_VERBS = new Set(
  stems(
    (
      "say tell state add note warn claim announce conclude describe insist argue explain confirm deny write tweet " +
      "allege report vow acknowledge admit accept concede suggest estimate believe think predict reveal disclose cite " +
      "assert maintain contend stress emphasise emphasize declare testify recall complain urge call"
    ).split(" "),
  ).concat(["said", "told", "according", "wrote", "thought", "ad"]), // the Porter stem of "added" is "ad"
);

// Country and demonym pairs, so "Peruvian diplomats" and "Peru's diplomats" meet. General knowledge, not one story.
const DEMONYMS = wordTable({
  afghan: "afghanistan", albanian: "albania", algerian: "algeria", american: "us", argentine: "argentina",
  armenian: "armenia", australian: "australia", austrian: "austria", azerbaijani: "azerbaijan", bangladeshi: "bangladesh",
  belarusian: "belarus", belgian: "belgium", bosnian: "bosnia", brazilian: "brazil", british: "uk", bulgarian: "bulgaria",
  cambodian: "cambodia", canadian: "canada", chilean: "chile", chinese: "china", colombian: "colombia",
  croatian: "croatia", cuban: "cuba", cypriot: "cyprus", czech: "czechia", danish: "denmark", dutch: "netherlands",
  egyptian: "egypt", english: "england", estonian: "estonia", ethiopian: "ethiopia", european: "europe",
  filipino: "philippines", finnish: "finland", french: "france", georgian: "georgia", german: "germany",
  greek: "greece", hungarian: "hungary", icelandic: "iceland", indian: "india", indonesian: "indonesia",
  iranian: "iran", iraqi: "iraq", irish: "ireland", israeli: "israel", italian: "italy", japanese: "japan",
  jordanian: "jordan", kazakh: "kazakhstan", kenyan: "kenya", korean: "korea", kosovan: "kosovo", kuwaiti: "kuwait",
  latvian: "latvia", lebanese: "lebanon", libyan: "libya", lithuanian: "lithuania", macedonian: "macedonia",
  malaysian: "malaysia", mexican: "mexico", moldovan: "moldova", mongolian: "mongolia", montenegrin: "montenegro",
  moroccan: "morocco", nigerian: "nigeria", norwegian: "norway", pakistani: "pakistan", palestinian: "palestine",
  peruvian: "peru", polish: "poland", portuguese: "portugal", qatari: "qatar", romanian: "romania", russian: "russia",
  saudi: "saudi", scottish: "scotland", serbian: "serbia", slovak: "slovakia", slovenian: "slovenia",
  somali: "somalia", spanish: "spain", sudanese: "sudan", swedish: "sweden", swiss: "switzerland", syrian: "syria",
  taiwanese: "taiwan", thai: "thailand", tunisian: "tunisia", turkish: "turkey", ukrainian: "ukraine",
  venezuelan: "venezuela", vietnamese: "vietnam", welsh: "wales", yemeni: "yemen",
});
const PLACE_ALIASES = wordTable({
  "united states": "us", "united states of america": "us", usa: "us", america: "us", "u.s.": "us", "u.s": "us",
  "united kingdom": "uk", britain: "uk", "great britain": "uk", "u.k.": "uk", "united nations": "un", "u.n.": "un",
  "european union": "eu", "e.u.": "eu",
});

const PLACES = new Set([...Object.values(DEMONYMS), ...Object.keys(DEMONYMS), ...Object.values(PLACE_ALIASES), ...Object.keys(PLACE_ALIASES)]);

/** A country, its demonym, or a common alias ("U.S.", "Britain"). */
export const isPlaceName = boundedMemo(50_000, (name) => PLACES.has(placeForm(name)));

/** How place names are compared: lower case, without a possessive "'s". */
const placeForm = (name: string) => name.toLowerCase().replace(/['’]s$/, "").trim();

/** Canonical key of a place or its demonym: "Peruvian" → "peru", "U.S." → "us", "United Nations" → "un". */
export const canonicalPlace = boundedMemo(50_000, (name) => {
  const n = placeForm(name);
  return PLACE_ALIASES[n] ?? DEMONYMS[n] ?? n;
});

const NUMBER_WORDS = wordTable({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
  hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, trillion: 1e12,
});
/** Ordinal words and their values: "fourth quarter" against "third quarter" is a number. */
export const ORDINALS = new Map(
  "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(" ").map((w, i) => [w, i + 1]),
);

export function numberWord(word: string): number | undefined {
  return NUMBER_WORDS[word];
}

/** Stems of the units of time, stemmed here rather than by hand ("day" stems to "dai"), as units are compared. */
export const TIME_UNITS = new Set(["second", "minute", "hour", "day", "week", "month", "year", "decade", "century"].map((w) => stem(w)));

/**
 * A number spelt with hyphens: "twenty-five", or a number fused with its unit, "one-year", "three-day", "eight-week"
 * (the unit comes back stemmed). Undefined when the word does not start with a number word.
 */
export function hyphenatedNumber(word: string): { value: number; unit?: string } | undefined {
  if (!word.includes("-")) return undefined;
  const parts = word.split("-");
  let value = 0;
  let k = 0;
  for (; k < parts.length; k++) {
    const v = NUMBER_WORDS[parts[k]];
    if (v === undefined) break;
    value = v >= 100 ? Math.max(value, 1) * v : value + v;
  }
  if (k === 0) return undefined;
  // "two-and-a-half-mile walk": a number and a half.
  if (parts[k] === "and" && parts[k + 1] === "a" && parts[k + 2] === "half" && k + 3 < parts.length) {
    value += 0.5;
    k += 3;
  }
  if (k === parts.length) return { value };
  if (!/^[a-z]+$/.test(parts[k])) return undefined;
  const unit = stem(parts[k]);
  // "one-off", "one-sided", "one-time" are idioms, not counts: "one" fused with a word is a number only before a unit
  // of time, and no number fused with a function word ("two-up") is a count.
  if ((value === 1 && !TIME_UNITS.has(unit)) || STOPWORDS.has(parts[k])) return undefined;
  return { value, unit };
}

/**
 * Keys under which a word is indexed for retrieval: its curated paraphrase groups and WordNet synsets. Two words that
 * `similarWords` accepts share a key when `widened` is set on one side (the query side).
 */
export function meaningKeys(word: string, widened = false): string[] {
  return widened ? wideMeaningKeys(word) : narrowMeaningKeys(word);
}

// Ready-made index terms ("m:p3", "m:s1234"): a query asks for these for every word of every sentence.
function meaningKeysOf(word: string, widened: boolean): string[] {
  const keys: string[] = [];
  for (const g of paraphraseGroups(word) || []) keys.push(`m:p${g}`);
  const ids = synsetsOf(word);
  for (const id of widened && ids.length ? widen(ids) : ids) keys.push(`m:s${id}`);
  return keys;
}
const narrowMeaningKeys = boundedMemo(100_000, (word) => meaningKeysOf(word, false));
const wideMeaningKeys = boundedMemo(100_000, (word) => meaningKeysOf(word, true));

/**
 * Index keys of a word's opposites (its WordNet antonyms' synsets, curated opposites' stems), so a source sentence
 * that says the opposite is retrieved as a candidate and not crowded out by ones that merely agree.
 */
export const oppositeKeys = boundedMemo(100_000, (word) => {
  const keys = (OPPOSITE_STEMS.get(stem(word)) || []).map((o) => `w:${o}`);
  const A = senses(word);
  if (A) for (const id of A.antonyms) keys.push(`m:s${id}`);
  return keys;
});
