// Aligns a draft sentence with one source claim: which of the draft's words the claim backs, and where the two say
// different things in the same place (a token-level diff whose substitutions are classified as number, date, name or
// opposite).
import { COUNTED_BESIDES, durationHours, hoursPer, ORG_WORDS, PREPOSITIONS, QUALIFIER_WORDS, ROLE_WORDS, wordBefore } from "../facts/facts";
import type { DateFact, EntityFact, NumberFact, SentenceFacts } from "../facts/facts";
import { ADVERB_PARTICLES, canBeVerb, canonicalPlace, hyphenatedNumber, isKindOf, lexeme, NEGATION_PARTICLES, nounNeverVerb, numberWord, onlyNoun, oppositeSentiment, ORDINALS, PARTICLES, particleLexeme, phrasalLexeme } from "../lexicon";
import { adjacent, isContentToken, Token } from "../text/tokens";

/** "alternative": another thing of the same kind ("Mexican" for "Russian", "third" for "fourth"). */
export type Match = "exact" | "similar" | "opposite" | "alternative" | "none";

export interface Substitution {
  kind: "number" | "date" | "entity" | "opposite" | "alternative";
  /** Draft tokens replaced. */
  draft: Token[];
  /** Claim tokens in their place. */
  claim: Token[];
  /** Draft and claim facts involved, when the substitution is a number, date or name. */
  draftFact?: NumberFact | DateFact | EntityFact;
  claimFact?: NumberFact | DateFact | EntityFact;
}

export interface Alignment {
  /** Per draft content token. */
  matches: Match[];
  /** Per draft content token: the claim token it matched (exact or similar). */
  partners: Array<Token | undefined>;
  substitutions: Substitution[];
  /**
   * Some draft word says the opposite of a claim word under the other polarity ("nobody wanted it to lose" against
   * "wanted to keep"): the negation is spent on that reversal, not a denial of the claim.
   */
  reversedUnderNegation: boolean;
}

const placeOf = (t: Token) => (t.place ??= canonicalPlace(t.norm));
const isNumeric = (t: Token) =>
  (t.numeric ??= t.kind === "number" || numberWord(t.norm) !== undefined || ORDINALS.has(t.norm) || hyphenatedNumber(t.norm) !== undefined);
const lexemeOf = (t: Token) => (t.lexeme ??= lexeme(t.norm));

/** How a draft word relates to a claim word. */
export function compareTokens(a: Token, b: Token): Match {
  if (a.stem === b.stem || a.norm === b.norm) return "exact";
  // "did not" and "don't" deny alike; which is denied in each sentence is the polarity check's to compare.
  if (isNegator(a) && isNegator(b)) return "exact";
  if (a.kind === "number" || b.kind === "number") return a.kind === b.kind && numericValue(a) === numericValue(b) ? "exact" : "none";
  if (a.capitalised || b.capitalised) {
    const pa = placeOf(a);
    const pb = placeOf(b);
    if (pa === pb) return "exact";
    if (pa !== a.norm && pb !== b.norm) return "alternative"; // two places or nationalities
    if (a.capitalised && b.capitalised) return lexemeOf(a).place && lexemeOf(b).place ? "alternative" : "none";
  }
  // Numbers are compared as values by the number checks, never as words.
  if (isNumeric(a) || isNumeric(b)) return "none";
  // WordNet files the seasons apart ("spring" is also a coil and a source); in one slot they are one kind of date.
  if (isSeason(a) && isSeason(b)) return "alternative";
  // "last year" and "the coming year" are two times, not opposites: in one slot, another date.
  if (isTimeReference(a) && isTimeReference(b) && TIME_REFERENCES.get(a.norm) !== TIME_REFERENCES.get(b.norm)) return "alternative";
  return lexemeOf(a).relationTo(lexemeOf(b));
}

const isNegator = (t: Token) => t.norm === "not" || t.norm === "cannot" || t.norm.endsWith("n't");

/** The claim's word states the opposite of the draft's, each read in its sentence (a phrasal verb as one). */
export function wordsOppose(t: Token, draft: SentenceFacts, c: Token, claim: SentenceFacts): boolean {
  readPhrasalVerbs(draft);
  readPhrasalVerbs(claim);
  return compareTokens(t, c) === "opposite";
}

const SEASONS = new Set(["spring", "summer", "autumn", "winter"]);
export const isSeason = (t: Token) => SEASONS.has(t.norm);
/** Words that say which of a series of times is meant, before now or after: "last week", "the coming year". */
const TIME_REFERENCES = new Map([
  ...["last", "past", "previous"].map((w) => [w, "before"] as const),
  ...["next", "coming", "following", "upcoming", "forthcoming"].map((w) => [w, "after"] as const),
]);
export const isTimeReference = (t: Token) => TIME_REFERENCES.has(t.norm);

function numericValue(t: Token): number {
  return Number(t.norm.replace(/,(?=\d{3}\b)/g, "").replace(/[^\d.]/g, ""));
}

/**
 * Words of degree, quantity and order in time are function words to the index, but "the most bang" against "the
 * least bang", "more" against "fewer" or "before the talks" against "after the talks" is the opposite statement: the
 * diff compares them.
 */
const DEGREE_WORDS = new Set(["more", "most", "less", "least", "fewer", "fewest", "many", "few", "before", "after"]);
const isDiffToken = (t: Token) => t.kind === "number" || isContentToken(t) || DEGREE_WORDS.has(t.norm);
/** "voted for" against "voted against": after a verb, the side taken. */
const STANCE_WORDS = new Set(["for", "against"]);
const isStance = (tokens: Token[], i: number) => STANCE_WORDS.has(tokens[i].norm) && i > 0 && isContentToken(tokens[i - 1]) && canBeVerb(tokens[i - 1].norm);
const DIFF_TOKENS = new WeakMap<SentenceFacts, Token[]>();
/** A sentence's content words and numbers, picked out once: a claim is aligned with many draft sentences. */
function diffTokens(facts: SentenceFacts): Token[] {
  let tokens = DIFF_TOKENS.get(facts);
  if (!tokens) {
    DIFF_TOKENS.set(facts, (tokens = facts.tokens.filter((t, i, all) => isDiffToken(t) || isStance(all, i))));
    readPhrasalVerbs(facts);
  }
  return tokens;
}

const PHRASES_READ = new WeakSet<SentenceFacts>();
/**
 * A verb directly followed by its particle ("shut down", "ruled out") compares as the phrasal verb. Read lazily, once
 * per sentence: claims loaded from the disk cache carry no lexemes.
 */
function readPhrasalVerbs(facts: SentenceFacts): void {
  if (PHRASES_READ.has(facts)) return;
  PHRASES_READ.add(facts);
  const tokens = facts.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [t, next] = [tokens[i], tokens[i + 1]];
    if (!adjacent(t, next) || !isContentToken(t) || t.capitalised) continue;
    if (ADVERB_PARTICLES.has(next.norm) && canBeVerb(t.norm)) next.lexeme = particleLexeme(next.norm);
    if (!PARTICLES.has(next.norm)) continue;
    const phrasal = phrasalLexeme(`${t.norm} ${next.norm}`);
    if (phrasal) t.lexeme = phrasal;
  }
}
/**
 * The token lies inside the span (a fact's, a name's). One that starts inside it is part of it: the token "Calder's"
 * runs past the name "Ines Calder" by its possessive.
 */
export const within = (t: Token, f: { start: number; end: number }) => t.start >= f.start && t.start < f.end;

/** Token diff (longest common subsequence over word and number tokens, synonyms counting as equal). */
export function align(draft: SentenceFacts, claim: SentenceFacts): Alignment {
  // Content words and numbers only: function words ("the", "on") would anchor the diff in the wrong places.
  const a = diffTokens(draft);
  const b = diffTokens(claim);
  const n = a.length;
  const m = b.length;
  // Every pair compared once, in one flat row-major table.
  const eq: Match[] = new Array(n * m);
  // 1 where two words count as the same for the diff (exact or similar). The loops index flat arrays directly, no
  // helper calls: a check's first sentences run before the JIT has optimised anything, and this is its hottest loop.
  const same = new Uint8Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const r = compareTokens(a[i], b[j]);
      eq[i * m + j] = r;
      if (r === "exact" || r === "similar") same[i * m + j] = 1;
    }
  }
  // LCS table from the end, so the walk below goes forwards; row i starts at i * w.
  const w = m + 1;
  const L = new Int32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const k = i * w + j;
      L[k] = same[i * m + j] ? L[k + w + 1] + 1 : Math.max(L[k + w], L[k + 1]);
    }
  }

  const substitutions: Substitution[] = [];
  let i = 0;
  let j = 0;
  const gapA: Token[] = [];
  const gapB: Token[] = [];
  // A gap between two words on the diff's path (`flanked`) is a word put in another's place; one at either end may be
  // a clause the other sentence does not have. Every match flushes the gap before it, so a gap follows a match
  // exactly when some match came before the one that ends it.
  let matched = false;
  const flush = (flanked: boolean, trailing = false) => {
    if (gapA.length && gapB.length) {
      const sub = classify(gapA.slice(), gapB.slice(), draft, claim, flanked, trailing);
      if (sub) substitutions.push(sub);
    }
    gapA.length = 0;
    gapB.length = 0;
  };
  // The claim word each draft word is paired with on the diff's path (-1 when off it).
  const onPath = new Int32Array(n).fill(-1);
  while (i < n || j < m) {
    if (i < n && j < m && same[i * m + j]) {
      flush(matched);
      matched = true;
      onPath[i] = j;
      i++;
      j++;
    } else if (j < m && (i >= n || L[i * w + j + 1] >= L[(i + 1) * w + j])) gapB.push(b[j++]);
    else gapA.push(a[i++]);
  }
  flush(false, matched);
  substitutions.push(...neighbourSwaps(a, b, same, eq, draft, claim, substitutions));
  substitutions.push(...oppositesOfOneThing(a, b, eq, draft, claim, substitutions));

  // Per content token: the best relation to any claim word (word order aside), read off the same table.
  const partners: Array<Token | undefined> = [];
  const row = new Map(a.map((t, k) => [t, k]));
  let reversedUnderNegation = false;
  const matches = draft.content.map((t, i): Match => {
    let best: Match = "none";
    const k = row.get(t)!;
    // A word said twice pairs with its own occurrence: "contain … do not contain" is not a flip against itself.
    if (onPath[k] >= 0) {
      partners[i] = b[onPath[k]];
      return eq[k * m + onPath[k]];
    }
    for (let c = 0; c < m; c++) {
      const r = eq[k * m + c];
      if (r === "exact") {
        partners[i] = b[c];
        return "exact";
      }
      if (r === "similar" && best !== "similar") {
        best = "similar";
        partners[i] = b[c];
      } else if (r === "opposite" && best !== "similar") {
        // "would not open" is the source's "would close": an opposite said with the other polarity backs the word.
        // No partner is recorded, so the polarity comparison does not count it as flipped.
        if (draft.negated.has(t.start) !== claim.negated.has(b[c].start)) {
          best = "similar";
          // Two verbs: the reversed predicate itself, not a describing word the negation's scope happens to reach.
          if (canBeVerb(t.norm) && canBeVerb(b[c].norm)) reversedUnderNegation = true;
        }
        else if (best === "none") best = "opposite";
      }
    }
    if (best === "none" && t.capitalised) {
      // "Peruvian" in the draft, "Peru" in the claim's entity list (or the reverse).
      const key = canonicalPlace(t.norm);
      if (claim.entities.some((e) => e.tokens.includes(key) || e.key === key)) return "exact";
    }
    return best;
  });
  return { matches, partners, substitutions, reversedUnderNegation };
}

/** The sentence opens with the name. */
export const opensWith = (facts: SentenceFacts, name: EntityFact) => facts.tokens.find((t) => t.kind === "word")?.start === name.start;

/** The words after a name up to `last` are set off by commas: ", the firm the trust hired," describes the name. */
function inApposition(facts: SentenceFacts, name: EntityFact, last: Token): boolean {
  return within(last, name) || (facts.commas.includes(name.end) && facts.commas.includes(last.end));
}

function classify(draftGap: Token[], claimGap: Token[], draft: SentenceFacts, claim: SentenceFacts, flanked: boolean, trailing: boolean): Substitution | undefined {
  const factIn = <F extends { start: number; end: number }>(facts: F[], gap: Token[]) =>
    facts.length ? facts.find((f) => gap.some((t) => within(t, f) || (t.start < f.end && t.end > f.start))) : undefined;
  const dDate = draft.dates.length ? factIn(draft.dates.filter(isCalendarDate), draftGap) : undefined;
  const cDate = dDate && claim.dates.length ? factIn(claim.dates.filter(isCalendarDate), claimGap) : undefined;
  if (dDate && cDate && comparableDates(dDate, cDate)) return { kind: "date", draft: draftGap, claim: claimGap, draftFact: dDate, claimFact: cDate };
  // A value the draft also states elsewhere is not what replaced it.
  const dNum = factIn(draft.numbers, draftGap);
  const cNum = dNum ? factIn(claim.numbers.filter((n) => !draft.numbers.some((d) => sameNumber(d, n))), claimGap) : undefined;
  // "The club's four trustees" against "Jo Bell (chair) and three other trustees": a count of the others besides
  // counts another set.
  if (dNum && cNum && comparableKinds(dNum, cNum) && !differentUnits(dNum, draft, cNum, claim) && countsBesides(dNum, draft) === countsBesides(cNum, claim)) {
    return { kind: "number", draft: draftGap, claim: claimGap, draftFact: dNum, claimFact: cNum };
  }
  // The same value said another way ("two weeks" for "a fortnight"): no word of it was put in another's place.
  if (dNum && draftGap.every((t) => within(t, dNum) || QUALIFIER_WORDS.has(t.norm)) && claim.numbers.some((n) => sameNumber(dNum, n))) return undefined;
  const dEnt = factIn(draft.entities.filter((e) => !entityMentioned(e, claim)), draftGap.filter((t) => t.capitalised));
  const cEnt = factIn(claim.entities.filter((e) => !entityMentioned(e, draft)), claimGap.filter((t) => t.capitalised));
  const nameAlone = (gap: Token[], e: EntityFact) => gap.every((t) => within(t, e));
  const nameFirst = (gap: Token[], e: EntityFact) => within(gap[0], e);
  // Between shared words, a name closed by a comma on both sides, each sentence going on its own way after it: "at
  // Kestrel Point, Brimley, before the race" against "at Kestrel Point, Tollmouth, on Saturday 3 May": the name for
  // the name, the rest the diff's to judge no further.
  const closed = (f: SentenceFacts, e: EntityFact, gap: Token[]) => f.commas.includes(e.end) && nameAlone(gap, e);
  if (flanked && dEnt && cEnt && draftGap.length <= 12 && claimGap.length <= 12 && nameFirst(draftGap, dEnt) && nameFirst(claimGap, cEnt) && ((draft.commas.includes(dEnt.end) && claim.commas.includes(cEnt.end)) || closed(draft, dEnt, draftGap) || closed(claim, cEnt, claimGap))) {
    return { kind: "entity", draft: draftGap.filter((t) => within(t, dEnt)), claim: claimGap.filter((t) => within(t, cEnt)), draftFact: dEnt, claimFact: cEnt };
  }
  // A name for a name, one for one: "Mara Quist" for "Mara Quinn", not a clause that happens to hold one.
  if (dEnt && cEnt && draftGap.length <= 4 && claimGap.length <= 4) return { kind: "entity", draft: draftGap, claim: claimGap, draftFact: dEnt, claimFact: cEnt };
  // Before the first shared word, two sentences opening with different subjects, the claim's described in
  // apposition: "Kestrel Marine will dredge the channel" against "Brimley Dredging, the firm the trust hired, will
  // dredge the channel". (Whether the name was put in the other's place is the verifier's to judge.)
  if (!flanked && !trailing && dEnt && cEnt && claimGap.length <= 12 && nameAlone(draftGap, dEnt) && nameFirst(claimGap, cEnt) && opensWith(draft, dEnt) && opensWith(claim, cEnt) && inApposition(claim, cEnt, claimGap[claimGap.length - 1])) {
    return { kind: "entity", draft: draftGap, claim: claimGap, draftFact: dEnt, claimFact: cEnt };
  }
  // The same, where one sentence goes on past the name: "at the request of Brimley Council" against "at the request
  // of the Kestrel Trust, a rowing group formed last spring". One gap, after the last words the two share, is the
  // name alone; the other starts with its name. (Before the first shared word only two names opening their sentences
  // are paired, above: elsewhere there the two may go on with different subjects.)
  if (trailing && dEnt && cEnt && draftGap.length <= 4 && claimGap.length <= 12) {
    // Who said it ("…, said Owen Brack") is the attribution checks' to compare.
    const speaking = (f: SentenceFacts, e: EntityFact) => !!f.attributionSpan && e.start < f.attributionSpan.end && e.end > f.attributionSpan.start;
    const named = (nameAlone(draftGap, dEnt) && nameFirst(claimGap, cEnt)) || (nameAlone(claimGap, cEnt) && nameFirst(draftGap, dEnt));
    if (named && !speaking(draft, dEnt) && !speaking(claim, cEnt)) {
      return { kind: "entity", draft: draftGap.filter((t) => within(t, dEnt)), claim: claimGap.filter((t) => within(t, cEnt)), draftFact: dEnt, claimFact: cEnt };
    }
  }
  const described = dEnt && !cEnt && flanked && draftGap.length <= 4 ? otherBodyDescribed(dEnt, draftGap, claimGap, draft, claim) : undefined;
  if (described) return { kind: "entity", draft: draftGap, claim: claimGap, draftFact: dEnt, claimFact: described };
  const short = draftGap.length <= 3 && claimGap.length <= 3;
  // Outside the path's matches, a long stretch is a clause the other sentence does not share: its "national" and the
  // other's "private" qualify different things.
  if (flanked || short) {
    for (const x of draftGap) for (const y of claimGap) {
      if (compareTokens(x, y) === "opposite" && samePolarity(x, draft, y, claim)) return { kind: "opposite", draft: [x], claim: [y] };
    }
  }
  if (short) {
    for (const x of draftGap) for (const y of claimGap) {
      if (oppositeSentiment(x.norm, y.norm) && samePolarity(x, draft, y, claim)) return { kind: "opposite", draft: [x], claim: [y] };
    }
    for (const x of draftGap) for (const y of claimGap) {
      if (compareTokens(x, y) === "alternative" && !claim.tokens.some((t) => t.stem === x.stem) && !draft.tokens.some((t) => t.stem === y.stem)) {
        return { kind: "alternative", draft: [x], claim: [y] };
      }
    }
  }
  // A word the other sentence has too was moved, not replaced: "a drop in membership" for "membership fell".
  const moved = (x: Token, other: SentenceFacts) => other.tokens.some((t) => t.stem === x.stem);
  if (flanked && draftGap.length === 1 && claimGap.length === 1 && !moved(draftGap[0], claim) && !moved(claimGap[0], draft) && !ofFigure(draftGap[0], draft) && !ofFigure(claimGap[0], claim) && swappedNoun(draftGap[0], claimGap[0])) {
    return { kind: "alternative", draft: draftGap, claim: claimGap };
  }
  return undefined;
}

/**
 * One noun put in another's place between words both sentences share ("yellow and white paint" against "yellow and
 * blue paint", "a threat to animals" against "a threat to humans"): a changed fact when WordNet relates the two nouns
 * in no way, not even loosely, either way round: the more specific noun ("the council's declaration" for its
 * "statement") rewords the source. Words that may be verbs, and "-ing" forms, are left out: summaries reword those
 * freely ("sharing" for "posting"), and measured on paraphrased summaries they cost more false alarms than they caught.
 */
function swappedNoun(x: Token, y: Token): boolean {
  if (x.kind !== "word" || y.kind !== "word" || x.capitalised || y.capitalised || isNumeric(x) || isNumeric(y)) return false;
  if (x.norm.endsWith("ing") || y.norm.endsWith("ing")) return false;
  // "nobody" and "nothing" are nouns to WordNet; in a sentence they deny, which the polarity checks judge.
  if (NEGATION_PARTICLES.has(x.norm) || NEGATION_PARTICLES.has(y.norm)) return false;
  return nounNeverVerb(x.norm) && nounNeverVerb(y.norm) && unrelated(x, y);
}

/**
 * Nouns swapped where the two sentences are worded differently, so the diff's path does not pair them: the draft's
 * noun stands right beside a word the claim has too, and the claim has another noun on the same side of that word
 * ("shares in burger giant Marlowe's fell" against "the boss of pizza giant Marlowe's"). Stricter than `swappedNoun`
 * between shared words, since one shared neighbour is weaker evidence of the same place: both words are only ever
 * nouns ("sharp", "past" are adjectives too), and the shared word is no date or number ("unveiled plans Monday"
 * against "gave details Monday").
 */
function neighbourSwaps(a: Token[], b: Token[], same: Uint8Array, eq: Match[], draft: SentenceFacts, claim: SentenceFacts, known: Substitution[]): Substitution[] {
  const n = a.length;
  const m = b.length;
  const backedRow = (i: number) => {
    for (let j = 0; j < m; j++) if (same[i * m + j]) return true;
    return false;
  };
  const backedColumn = (j: number) => a.some((_, i) => same[i * m + j] === 1);
  const adjacent = (f: SentenceFacts, p: Token, q: Token) => Math.abs(f.tokens.indexOf(p) - f.tokens.indexOf(q)) === 1;
  // The claim's noun on the same side of a word both sentences have, right beside the draft's noun `i`.
  const swapBeside = (i: number): Token | undefined => {
    for (const side of [1, -1]) {
      const k = i + side;
      const shared = a[k];
      if (!shared || shared.kind === "number" || draft.dates.some((d) => within(shared, d)) || !adjacent(draft, a[i], shared)) continue;
      for (let j = 0; j < m; j++) {
        const c = j - side;
        if (eq[k * m + j] !== "exact" || c < 0 || c >= m) continue;
        const y = b[c];
        if (!backedColumn(c) && adjacent(claim, y, b[j]) && onlyNoun(y.norm) && !ofFigure(y, claim) && swappedNoun(a[i], y)) return y;
      }
    }
    return undefined;
  };
  const out: Substitution[] = [];
  for (let i = 0; i < n; i++) {
    const x = a[i];
    // A title put in another's place is the role check's to report, with the person's name.
    if (backedRow(i) || ROLE_WORDS.has(x.norm) || !onlyNoun(x.norm) || ofFigure(x, draft) || known.some((s) => s.draft.includes(x))) continue;
    const swap = swapBeside(i);
    if (swap) out.push({ kind: "alternative", draft: [x], claim: [swap] });
  }
  return out;
}

/** The word is part of a figure ("a fortnight", "twelve days"): it is compared with the figure, as a value. */
const ofFigure = (t: Token, facts: SentenceFacts) => facts.numbers.some((n) => within(t, n));

/** The two words count as the same: the draft's word is backed by the claim's. */
export const sameOrSimilar = (r: Match) => r === "exact" || r === "similar";

/** How far, in content words, a word of change may stand from the thing it is said of ("a sharp rise in fees"). */
const CHANGE_REACH = 2;

/**
 * Opposite words said of one thing both sentences name, where the diff's path pairs neither with the other: "a sharp
 * rise in fees" against "fees fell after the vote", where the path pairs "rise" with some other word of the claim.
 * The draft's word stands within a word of a noun the claim has too, in the same clause, and the claim's opposite
 * word stands as near that noun. Both words can be verbs: a word of what happened, not of what something is ("fried"
 * against "raw"). Neither sentence may have the other's word as well ("fees rose and costs fell").
 */
function oppositesOfOneThing(a: Token[], b: Token[], eq: Match[], draft: SentenceFacts, claim: SentenceFacts, known: Substitution[]): Substitution[] {
  const m = b.length;
  const out: Substitution[] = [];
  // Most alignments pair no opposites: the checks on each word below are not worth making for them.
  if (!eq.includes("opposite")) return out;
  // "Other tenders were rejected by the board" speaks of tenders besides the one the claim's board accepted.
  if (draft.tokens.some((t) => OTHERS.has(t.norm))) return out;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    if (x.kind !== "word" || x.capitalised || !canBeVerb(x.norm) || LIGHT_VERBS.has(x.norm) || unasserted(draft, x) || known.some((s) => s.draft.includes(x))) continue;
    for (let j = 0; j < m; j++) {
      const y = b[j];
      if (eq[i * m + j] !== "opposite" || !canBeVerb(y.norm) || LIGHT_VERBS.has(y.norm) || !samePolarity(x, draft, y, claim) || unasserted(claim, y)) continue;
      if (claim.tokens.some((t) => t.stem === x.stem) || draft.tokens.some((t) => t.stem === y.stem)) continue;
      // The shared noun in the same compound, if any: "club grant" is not "club fee", nor "mooring fee" the
      // "licence fee".
      const sameCompound = (p: Token, q: Token) =>
        ([-1, 1] as const).every((side) => {
          const [pn, qn] = [wordBeside(draft, p, side), wordBeside(claim, q, side)];
          return !pn || !qn || pn === x || qn === y || !isContentToken(pn) || !isContentToken(qn) || pn.stem === qn.stem;
        });
      const saidOf = (p: Token) => !p.capitalised && besideInClause(claim, y).some((q) => q.stem === p.stem && sameCompound(p, q));
      // The draft must not also say the claim's word of the thing ("will stay shut" beside "still closed").
      const saysItToo = (p: Token) => besideInClause(draft, p).some((w) => w !== x && sameOrSimilar(compareTokens(w, y)));
      // On each side, the nearest word the claim says beside its own word is the thing spoken of.
      const things = ([-1, 1] as const).map((side) => besideInClause(draft, x, side).find(saidOf));
      if (things.some((p) => p && !saysItToo(p))) {
        out.push({ kind: "opposite", draft: [x], claim: [y] });
        break;
      }
    }
  }
  return out;
}

const OTHERS = new Set(["other", "another"]);
/** Verbs whose meaning lies in the words after them ("get rid of", "take part"): no word of change by themselves. */
const LIGHT_VERBS = new Set(["get", "gets", "got", "gotten", "make", "makes", "made", "take", "takes", "took", "taken", "give", "gives", "gave", "given", "do", "does", "did", "done", "go", "goes", "went", "gone", "come", "comes", "came", "put", "puts", "set", "sets", "have", "has", "had"]);
/** The token right before or after `t` with only a space between, if any. */
function wordBeside(facts: SentenceFacts, t: Token, side: -1 | 1): Token | undefined {
  const next = facts.tokens[facts.tokens.indexOf(t) + side];
  return next && (side > 0 ? adjacent(t, next) : adjacent(next, t)) ? next : undefined;
}
/** What someone only tried, meant or was asked to do is not said to have happened. */
const unasserted = (facts: SentenceFacts, t: Token) => facts.irrealis.has(t.start) || facts.requested.has(t.start) || hypothetical(facts, t);
/** Words that leave what follows them in the clause unasserted: an infinitive's "to", a modal. */
const UNASSERTING = new Set(["to", "would", "could", "can", "may", "might", "should", "must"]);
const HYPOTHETICAL_REACH = 4;
/** Within a few words before `t`, in its clause, an infinitive or a modal: "a campaign to keep the lido open". */
function hypothetical(facts: SentenceFacts, t: Token): boolean {
  const at = facts.tokens.indexOf(t);
  for (let k = at - 1; k >= 0 && at - k <= HYPOTHETICAL_REACH; k--) {
    if (!adjacent(facts.tokens[k], facts.tokens[k + 1])) return false;
    if (UNASSERTING.has(facts.tokens[k].norm)) return true;
  }
  return false;
}

/** The content words within `CHANGE_REACH` of `t` (on one side, nearest first), with no clause break between. */
function besideInClause(facts: SentenceFacts, t: Token, only?: -1 | 1): Token[] {
  const at = facts.content.indexOf(t);
  if (at < 0) return [];
  const near: Token[] = [];
  for (const side of only ? [only] : [-1, 1]) {
    for (let k = at + side; Math.abs(k - at) <= CHANGE_REACH && k >= 0 && k < facts.content.length; k += side) {
      const w = facts.content[k];
      if (punctuatedBetween(facts, side < 0 ? w : t, side < 0 ? t : w)) break;
      near.push(w);
    }
  }
  return near;
}
/** Some mark stands between the two words (a comma, a dash, a quotation mark). */
function punctuatedBetween(facts: SentenceFacts, first: Token, last: Token): boolean {
  let previous = first;
  for (const p of facts.tokens) {
    if (p.start <= first.start) continue;
    if (p.start > last.start) break;
    if (!adjacent(previous, p)) return true;
    previous = p;
  }
  return false;
}

/**
 * A named body in the place where the claim describes another by its kind: "hand the report to Brimley County
 * Council" against "hand our report to the ombudsman". The draft's name ends in a word for a body ("Council",
 * "Trust") that the claim's noun is not, nor related to ("to the council" names it as the source does).
 */
function otherBodyDescribed(name: EntityFact, draftGap: Token[], claimGap: Token[], draft: SentenceFacts, claim: SentenceFacts): EntityFact | undefined {
  const head = draftGap[draftGap.length - 1];
  const noun = claimGap[claimGap.length - 1];
  if (claimGap.length > DESCRIPTION_WORDS || claimGap.some((t) => t.capitalised || t.kind !== "word") || !within(head, name) || !ORG_WORDS.has(head.norm)) return undefined;
  if (name.tokens.some((k) => k.startsWith(noun.stem)) || !(onlyNoun(noun.norm) || ROLE_WORDS.has(noun.norm)) || !unrelated(head, noun)) return undefined;
  // Only "the ombudsman" or "a marine surveyor" itself, after the preposition that leads the name ("by … by"):
  // "its own inspectors" or "a panel of experts" describe, and may be the same body; a name in another slot is no
  // swap.
  const at = claim.tokens.indexOf(claimGap[0]);
  const before = claim.tokens[at - 1];
  const lead = wordBefore(draft, name);
  if (!ARTICLES.has(before?.norm ?? "") || claim.tokens[at + claimGap.length - 1] !== noun || !PREPOSITIONS.has(lead) || claim.tokens[at - 2]?.norm !== lead) return undefined;
  const described = claim.tokens.slice(at - 1, at + claimGap.length);
  return { text: described.map((t) => t.text).join(" "), key: noun.norm, tokens: [noun.norm], start: before.start, end: noun.end, person: false };
}
/** At most this many words describe the body: "a marine surveyor", "the ombudsman". */
const DESCRIPTION_WORDS = 2;
const ARTICLES = new Set(["the", "a", "an"]);

/** Related neither way round ("a declaration" is a statement) nor one the start of the other ("paths", "pathways"). */
function unrelated(x: Token, y: Token): boolean {
  return compareTokens(x, y) === "none" && compareTokens(y, x) === "none" && !x.norm.startsWith(y.stem) && !y.norm.startsWith(x.stem) && !isKindOf(x.norm, y.norm) && !isKindOf(y.norm, x.norm);
}

/**
 * Two counts of plainly different things: each number stands right before its unit and the two units are unrelated
 * words ("covers 16 hectares" against "employs 420 people"). Durations, money and percentages have kinds of their own;
 * a count whose unit is further off ("three of the mill's five kilns") is left to the diff.
 */
function differentUnits(a: NumberFact, draft: SentenceFacts, b: NumberFact, claim: SentenceFacts): boolean {
  if (!COUNTLIKE.has(a.kind) || !COUNTLIKE.has(b.kind)) return false;
  const x = unitToken(a, draft);
  const y = unitToken(b, claim);
  // "went off 41 times" counts what "raised 14 alerts" counts: "times" counts occurrences of whatever happened.
  if (x?.norm === "times" || y?.norm === "times") return false;
  return !!x && !!y && x.stem !== y.stem && unrelated(x, y);
}

/** The count is of others besides those named: "two other members", "three more schools". */
export function countsBesides(n: NumberFact, facts: SentenceFacts): boolean {
  const next = facts.tokens.find((t) => t.start >= n.end);
  return !!next && COUNTED_BESIDES.has(next.norm);
}

/** The word right after a number when it is the number's unit ("420 people"). */
function unitToken(n: NumberFact, facts: SentenceFacts): Token | undefined {
  const k = facts.tokens.findIndex((t) => t.start >= n.end);
  const next = k >= 0 && COUNTED_BESIDES.has(facts.tokens[k].norm) ? facts.tokens[k + 1] : facts.tokens[k];
  return next && next.kind === "word" && n.unit.includes(next.stem) ? next : undefined;
}

/** The name, or every word of it, appears in the other sentence. */
export function entityMentioned(e: EntityFact, facts: SentenceFacts): boolean {
  if (facts.entities.some((x) => x.key === e.key || e.tokens.every((t) => x.tokens.includes(t)) || x.tokens.every((t) => e.tokens.includes(t)))) return true;
  return e.tokens.every((k) => facts.tokens.some((t) => placeOf(t) === k));
}

/** Two dates can contradict only on a field both state: a time of day says nothing against a calendar day. */
export function comparableDates(a: DateFact, b: DateFact): boolean {
  if (a.weekday !== undefined && b.weekday !== undefined) return true;
  // A weekday alone is given a day of the month only by reckoning from the document's date: it meets another day
  // ("7 September"), not a month written alone ("in October").
  if ((bareWeekday(a) && b.day === undefined) || (bareWeekday(b) && a.day === undefined)) return false;
  return (["day", "month", "hour"] as const).some((f) => a[f] !== undefined && b[f] !== undefined);
}

const REVERSAL = new Set(["lift", "lifted", "lifting", "end", "ended", "ending", "remove", "removed", "scrap", "scrapped", "overturn", "overturned", "reverse", "reversed", "abandon", "abandoned", "drop", "dropped", "halt", "halted", "stop", "stopped", "cancel", "cancelled", "canceled", "revoke", "revoked", "rescind", "rescinded"]);

/** "lifted the ban" allows: a word governed by a reversal verb means its opposite. */
export function reversed(t: Token, facts: SentenceFacts): boolean {
  const i = facts.tokens.indexOf(t);
  for (let k = Math.max(0, i - 3); k < i; k++) if (REVERSAL.has(facts.tokens[k].norm)) return true;
  return false;
}

/**
 * Two words stated the same way round: neither reversed ("lifted the ban") nor negated on one side only. Opposite
 * words said with opposite polarity agree: "would not open" is the source's "would close".
 */
export function samePolarity(x: Token, draft: SentenceFacts, y: Token, claim: SentenceFacts): boolean {
  return !reversed(x, draft) && !reversed(y, claim) && draft.negated.has(x.start) === claim.negated.has(y.start);
}

const COUNTLIKE = new Set(["count", "label"]);

/** A share said as a fraction against one said as a percentage ("a fifth" against "19%"): both state a proportion. */
const isShare = (n: NumberFact) => n.kind === "fraction" || n.kind === "percent";
const shareOf = (n: NumberFact) => (n.kind === "percent" ? n.value / 100 : n.value);
/** Two values of one kind of quantity: the same kind, or a share written once as a fraction and once as a percentage. */
export function sameValueKind(a: NumberFact, b: NumberFact): boolean {
  return a.kind === b.kind || (isShare(a) && isShare(b));
}
/** Kinds one draft value may be compared with, as the same or as a different value of one thing: a bare count too. */
function comparableKinds(a: NumberFact, b: NumberFact): boolean {
  // A year is compared with a year, or with a count that could be one: "in 2014" is no "nine academies".
  if ((a.kind === "year" && !couldBeYear(b)) || (b.kind === "year" && !couldBeYear(a))) return false;
  if (sameValueKind(a, b)) return true;
  // A rank is compared with a rank: "first took up the oar" says nothing against a rower's age of 23.
  if (a.kind === "ordinal" || b.kind === "ordinal") return false;
  // A count of a named thing is no length, sum or share: "400 cattle" is no "fifteen minutes".
  if ((countOfThings(a) && !COUNTLIKE.has(b.kind)) || (countOfThings(b) && !COUNTLIKE.has(a.kind))) return false;
  // A bare count may be any value written loosely, but not a share: "900 people" is no "one in three" of anything.
  // A sum of money written loosely as a bare figure is of its size: "£2.3 million" is no one's age of 74.
  if ((a.kind === "money" && b.kind === "count") || (b.kind === "money" && a.kind === "count")) return a.value <= 10 * b.value && b.value <= 10 * a.value;
  return (a.kind === "count" && !isShare(b)) || (b.kind === "count" && !isShare(a));
}
const countOfThings = (n: NumberFact) => n.kind === "count" && n.unit.length > 0;
/** A count in a year's range, written as a year is: "1,412 votes" has a thousands comma no year is written with. */
const couldBeYear = (n: NumberFact) => n.kind === "year" || (n.kind === "count" && Number.isInteger(n.value) && n.value >= 1000 && n.value < 3000 && !n.text.includes(","));

export function sameNumber(a: NumberFact, b: NumberFact): boolean {
  if (isShare(a) && isShare(b) && a.kind !== b.kind) return sameShare(a, b);
  // "double" is not "two supports"; "eight weeks" is not "eight months".
  if (a.kind !== b.kind && !(COUNTLIKE.has(a.kind) && COUNTLIKE.has(b.kind))) return false;
  if (a.kind === "duration" && a.unit[0] !== b.unit[0]) {
    // "48 hours" is "two days", "18 months" is "a year and a half": the other's length in this one's unit.
    const inUnit = inUnitOf(b, a.unit[0]);
    return inUnit !== undefined && sameNumber(a, { ...b, unit: a.unit, value: inUnit });
  }
  // "longer than 8 metres" against "up to 8 metres": the same figure bounding from opposite sides.
  if (a.value === b.value) return !((a.qualifier === "more" && b.qualifier === "less") || (a.qualifier === "less" && b.qualifier === "more"));
  // A bound or an estimate is met only by a number of the same thing: "at least four people" is not met by "more
  // than 50 missing" in the same sentence.
  // Nor is "more than 600 members" met by a bare "closer to 14,000", which counts something the sentence does not say.
  // An order of magnitude names its unit loosely ("thousands of folding garden chairs" for "4,300 of its Lido 20 deck
  // chairs"): its range is checked, the words after it are not.
  if (a.unit.length && !a.unit.some((u) => b.unit.includes(u)) && a.qualifier !== "order") return false;
  // "The 1930s" holds for 1935.
  if (a.qualifier === "decade" || b.qualifier === "decade") {
    const [decade, year] = a.qualifier === "decade" ? [a, b] : [b, a];
    return year.qualifier !== "decade" && year.value >= decade.value && year.value < decade.value + 10;
  }
  // "Millions" holds for 2.3 million and fails for billions; two orders of magnitude agree only when equal.
  if (a.qualifier === "order" || b.qualifier === "order") {
    const [order, value] = a.qualifier === "order" ? [a, b] : [b, a];
    return value.qualifier !== "order" && value.value >= order.value && value.value < order.value * (order.value === 12 ? 8 : 1000);
  }
  // The draft's bound first: "no fewer than 1,000" holds for a source's "about 1,200". Against the source's own bound
  // it must be that bound rounded the safe way, to the draft's precision: "more than 6,000" for "more than 6,400", but
  // not "more than 7,800" for "more than 8,700", nor a cap of "no more than £700" for one of "not to exceed £450".
  if ((a.qualifier === "more" || a.qualifier === "less") && b.qualifier === a.qualifier) return boundRounded(a.value, b.value, a.qualifier);
  if (a.qualifier === "more") return b.value >= a.value;
  if (a.qualifier === "less") return b.value <= a.value;
  const approximate = (q: string) => q === "about" || q === "nearly";
  if (!approximate(a.qualifier) && !approximate(b.qualifier)) return false;
  return !shortOf(a, a.value, b, b.value) && Math.abs(a.value - b.value) <= 0.1 * Math.max(a.value, b.value);
}

/** A duration's length in another unit of time; undefined for units of no fixed length. */
function inUnitOf(n: NumberFact, unit: string): number | undefined {
  const hours = durationHours(n);
  const per = hoursPer(unit);
  return hours !== undefined && per ? Math.round((hours / per) * 1000) / 1000 : undefined;
}

/** `bound` is `source` rounded to `bound`'s last significant digit: down for a floor ("more"), up for a cap ("less"). */
function boundRounded(bound: number, source: number, direction: "more" | "less"): boolean {
  if (bound <= 0 || source <= 0) return bound === source;
  const step = 10 ** (Math.floor(Math.log10(bound)) - significantDigits(bound) + 1);
  const rounded = (direction === "more" ? Math.floor(source / step) : Math.ceil(source / step)) * step;
  return Math.abs(rounded - bound) < step / 1000;
}

/** Digits from the first non-zero one to the last: 2 for 8,700, 1 for 8,000, 3 for 0.125. */
function significantDigits(value: number): number {
  const digits = String(Math.abs(value)).replace(".", "").replace(/^0+/, "").replace(/0+$/, "");
  return Math.max(1, digits.length);
}

/** One value is "nearly" or "almost" the other's, which is more: "almost half" is not 52%. */
function shortOf(a: NumberFact, x: number, b: NumberFact, y: number): boolean {
  return (a.qualifier === "nearly" && y > x) || (b.qualifier === "nearly" && x > y);
}

/**
 * A fraction word is prose's rounding of a percentage: "almost a fifth" is 19%, "a third" 32%, while "a quarter" is no
 * 19%. Within a tenth of the larger share, or bound the draft's way ("more than a third" holds for 40%).
 */
function sameShare(a: NumberFact, b: NumberFact): boolean {
  if (a.unit.length && b.unit.length && !a.unit.some((u) => b.unit.includes(u))) return false;
  const x = shareOf(a);
  const y = shareOf(b);
  if (a.qualifier === "more") return y >= x;
  if (a.qualifier === "less") return y <= x;
  return !shortOf(a, x, b, y) && Math.abs(x - y) <= 0.1 * Math.max(x, y) + 0.005;
}

const bareWeekday = (d: DateFact) => d.weekday !== undefined && /^\p{L}+$/u.test(d.text);

export function isCalendarDate(d: DateFact): boolean {
  return d.day !== undefined || d.weekday !== undefined || d.month !== undefined || d.hour !== undefined;
}
