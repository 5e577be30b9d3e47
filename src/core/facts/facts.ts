// Typed, normalised facts of one sentence: numbers with what they count, dates, named entities with their titles,
// quotes with their speaker, attribution and polarity. Used alike for draft sentences and source claims.
import { canBeVerb, canonicalPlace, hasWordNet, hyphenatedNumber, isPlaceName, lexeme, NEGATION_PARTICLES, numberWord, ORDINALS, REPORTING_VERBS, TIME_UNITS } from "../lexicon";
import { adjacent, isContentToken, isFunctionWord, STOPWORDS, stem, Token, tokenize, wordTable } from "../text/tokens";

export interface NumberFact {
  value: number;
  /** "count", "money", "percent", "fraction", "duration", "year", "time", "ordinal". */
  kind: string;
  /** Stems of the words it counts ("hour", "group", "member"); for money the currency. */
  unit: string[];
  /**
   * "about", "nearly" (just short of it), "more", "less", "order" (an order of magnitude: "millions"), "decade" (a year
   * of it: "the 1930s") or "" (exact).
   */
  qualifier: string;
  /** The stem of what "a majority of nine" measures ("majority"): only a sentence that speaks of it states the figure. */
  measure?: string;
  /** A share said as one number in another ("45 out of 60"): the two numbers, which a source may state apart. */
  parts?: [number, number];
  /** Said as a sum ("£60,000 between them", "a combined 40 boats"): two or more figures of a source may add up to it. */
  total?: boolean;
  text: string;
  start: number;
  end: number;
}

export interface DateFact {
  month?: number;
  day?: number;
  year?: number;
  weekday?: number;
  hour?: number;
  /** The hour is said without morning or afternoon ("three o'clock"): 3 stands for 3am or 3pm. */
  twelveHour?: boolean;
  text: string;
  start: number;
  end: number;
}

export interface EntityFact {
  /** As written, without a possessive ("Ines Calder", "Harlow County"). */
  text: string;
  /** Comparison key: lower case, places and demonyms folded ("peruvian" → "peru"). */
  key: string;
  tokens: string[];
  start: number;
  end: number;
  person: boolean;
  /** Title or role written next to the name ("Prime Minister", "County engineer", "a baker"). */
  title?: { text: string; start: number; end: number };
  /** A role given after a name that has a title before it too: "Councillor Jo Bell, the council leader". */
  role?: { text: string; start: number; end: number };
  /** Where a person is from, given beside the name: "Jo Bell, 54, of Brimley", "Owen Brack, a farmer from Fenmore". */
  home?: { text: string; start: number; end: number };
}

export interface QuoteFact {
  /** The quoted words, without the quotation marks. */
  text: string;
  start: number;
  end: number;
}

export interface SentenceFacts {
  tokens: Token[];
  content: Token[];
  numbers: NumberFact[];
  dates: DateFact[];
  entities: EntityFact[];
  quotes: QuoteFact[];
  /** Negation cues that count (after "no fewer than" and double negatives are set aside). */
  negations: Token[];
  /** Starts of the tokens inside a negation's scope (its clause). */
  negated: Set<number>;
  /** Starts of the tokens an attempt or intention governs ("tried to delete", "in a bid to destroy"): not asserted. */
  irrealis: Set<number>;
  /**
   * Starts of the tokens of an act someone was asked to do ("had asked the ferry firm to use the north slipway"): not
   * asserted against a sentence that does not speak of asking.
   */
  requested: Set<number>;
  /** The sentence speaks of asking or urging someone ("asked", "requested", "urged"). */
  asks: boolean;
  /** Who the sentence credits its statement to ("said", "according to"), if anyone. */
  speaker?: string;
  /** The words that credit the statement ("Kestrel Labs said"): not part of what is claimed. */
  attributionSpan?: { start: number; end: number };
  /** Offsets of the sentence's commas: where a clause or a description set off by commas begins or ends. */
  commas: number[];
  /** The sentence reports speech or a finding rather than stating a fact. */
  attributed: boolean;
  question: boolean;
}

export interface AnalyseContext {
  /** Publication date of the document (ISO), for "on Wednesday" and "nine years ago". */
  date?: string;
  /** Names seen elsewhere, so a capitalised first word ("Calder described") is known to be a name. */
  knownNames?: Set<string>;
  /** Speaker of the previous sentence, for "he added". */
  previousSpeaker?: string;
  /** The organisation or country the previous sentence opens with, for "it said" ("The US blamed Iran. It said …"). */
  previousSubject?: string;
}

const MONTHS = "january february march april may june july august september october november december".split(" ");
const MONTH_ABBR = /^(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;
const WEEKDAYS = "sunday monday tuesday wednesday thursday friday saturday".split(" ");
const SCALE = wordTable({ thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12 });
/** Plural scale words that state an order of magnitude: "millions of dollars", "hundreds of schoolgirls". */
const MAGNITUDES = wordTable({ dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12 });
const CURRENCY = wordTable({ "£": "gbp", $: "usd", "€": "eur", "¥": "jpy", pound: "gbp", dollar: "usd", euro: "eur" });
const APPROX = new Set(["about", "around", "some", "roughly", "approximately", "circa", "estimated", "up"]);
/** Just short of the value: "almost half" is not 52%. */
const NEARLY = new Set(["nearly", "almost"]);
/** "exceeding £450" is more than £450; with "not" before it, at most £450. */
const EXCEED = new Set(["exceed", "exceeds", "exceeded", "exceeding"]);
const MORE = new Set(["more", "over", "above", ...EXCEED, "least"]);
const LESS = new Set(["less", "fewer", "under", "below"]);
/** Words before "than" that bound the figure after it, comparatives too: "longer than 8 metres" is more than 8 metres. */
const GREATER_THAN = new Set([...MORE, ..."heavier longer bigger larger higher greater older taller wider deeper".split(" ")]);
const SMALLER_THAN = new Set([...LESS, ..."lighter shorter smaller lower younger narrower shallower".split(" ")]);
/** Words that bound or round a figure, "than" with them ("about", "almost", "more than", "under"). */
const BOUND_WORDS = new Set([...APPROX, ...NEARLY, ...MORE, ...LESS, "than"]);
/** Every word that says how exact a figure is, with the words that join them to it ("more than", "up to", "at least"). */
export const QUALIFIER_WORDS = new Set([...BOUND_WORDS, "to", "at", "just", "only"]);
/** Words that make a figure a sum: "a combined £60,000", "a total of 40"; "£60,000 between them", "40 in all". */
const TOTAL_BEFORE = new Set(["combined", "total", "totalling", "totaling"]);
const TOTAL_AFTER = /^(?:\s+[\p{L}'’-]+){0,3}?\s+(?:between them|in total|in all|altogether|combined)\b/u;

/** The denominators of fractions as prose writes them: "a third", "two-fifths", "three quarters". */
const DENOMINATORS = wordTable({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, sixth: 6, sixths: 6,
  seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
});

/**
 * A share written in words, starting at token `i`: "half" (of something), a numerator and a denominator ("a third",
 * "two fifths", "three-quarters"), or one number in another ("one in five", "nine out of 10"). Without its numerator
 * an ordinal is a rank, not a share: "the fifth day".
 */
function fractionAt(tokens: Token[], i: number): { value: number; last: number; parts?: [number, number] } | undefined {
  const t = tokens[i];
  if (t.kind === "word" && t.norm.includes("-")) {
    const [top, bottom, ...rest] = t.norm.split("-");
    const n = numberWord(top);
    const d = DENOMINATORS[bottom];
    return !rest.length && n !== undefined && d !== undefined && n < d ? { value: n / d, last: i } : undefined;
  }
  if (t.norm === "half" && !ORDINALS.has(tokens[i - 1]?.norm ?? "")) return { value: 0.5, last: i };
  const numerator = t.norm === "a" || t.norm === "an" ? 1 : countAt(t);
  if (numerator === undefined) return undefined;
  const next = tokens[i + 1];
  const d = next && DENOMINATORS[next.norm];
  // "a third of staff", "fell by almost a quarter last year", "two thirds of members"; but "a third term" and "a fifth day"
  // rank, and "two quarters in a row" are periods: a share is followed by "of" or by no noun of its own, or is the
  // size of a change.
  const after = tokens[i + 2];
  let before = i - 1;
  while (before > 0 && BOUND_WORDS.has(tokens[before].norm)) before--;
  const share = !after || after.norm === "of" || tokens[before]?.norm === "by" || (numerator === 1 && !isContentToken(after));
  if (d !== undefined && numerator < d && (numerator === 1) === !/s$/.test(next.norm) && share) return { value: numerator / d, last: i + 1 };
  // "one in five", "two in every three", "nine out of 10"
  const inOrOutOf = next?.norm === "in" ? i + 2 : next?.norm === "out" && tokens[i + 2]?.norm === "of" ? i + 3 : -1;
  const of = inOrOutOf > 0 && tokens[inOrOutOf]?.norm === "every" ? inOrOutOf + 1 : inOrOutOf;
  const whole = of > 0 && tokens[of] ? countAt(tokens[of]) : undefined;
  // "one in five nurses": a share of a group, which the noun after it names.
  if (whole !== undefined && numerator < whole && tokens[of + 1]?.kind === "word") return { value: numerator / whole, last: of, parts: [numerator, whole] };
  return undefined;
}

/** A whole number written as digits or as a word ("five", "10"). */
function countAt(t: Token): number | undefined {
  if (t.kind === "number") return /^\d+$/.test(t.norm) ? Number(t.norm) : undefined;
  return t.kind === "word" ? numberWord(t.norm) : undefined;
}
/** Verbs that deny the act they bar: "barred from standing" is "may not stand" (not "banned from the airspace"). */
const PROHIBITION = new Set("banned barred prohibited prevented forbidden".split(" "));
/** Verbs that deny the act of the one they hold back: "kept her from reaching the quay" is "she did not reach it". */
const HINDERING = new Set([...PROHIBITION, ..."stopped stops stop prevents prevent kept keeps keep blocked blocks".split(" ")]);
/** Verbs of denying a statement: "rejected the claim that X" is "denied that X". */
export const REJECTION = new Set("rejected rejects reject dismissed dismisses dismiss disputed disputes dispute denied denies deny".split(" "));
/** What a rejection denies when "that" follows: "rejected suggestions that …", "dismissed the allegation that …". */
const STATEMENT_NOUNS = new Set(
  "claim claims suggestion suggestions allegation allegations assertion assertions accusation accusations report reports idea notion".split(" "),
);
const NEGATION = new Set([...NEGATION_PARTICLES, "denied", "deny", "denies", "unable", "unlikely"]);
/**
 * Verbs that deny the act after "to": "declined to ban him" is "did not ban him", "failed to" likewise; alone ("sales
 * declined", "an attack failed") they are predicates, which the antonym check compares.
 */
const NEGATING_BEFORE_TO = new Set("failed fails declined declines declining refused refuse refuses refusing".split(" "));
/** Verbs that deny the act they stop, said in "-ing": "has stopped using the boatyard" is "is not using it now". */
export const STOPPING = new Set("stopped stops ceased ceases quit".split(" "));
export const ORG_WORDS = new Set(
  "council ministry government agency party union nations bank company inc ltd corp group university news times court county street road bridge river embassy office department police army force forces commission committee parliament assembly congress senate house service services justice institute association federation league club school hospital airport station channel network trust society foundation charity alliance coalition partnership".split(" "),
);
/** Nouns that name a role or a job; a capitalised run ending in one is a title, not a name. */
export const ROLE_WORDS = new Set(
  (
    "minister president premier chancellor secretary treasurer spokesperson spokesman spokeswoman engineer leader lead chief director " +
    "chairman chairwoman chair ceo governor mayor senator ambassador correspondent editor reporter professor judge " +
    "commissioner councillor officer general inspector manager head founder owner baker florist teacher doctor nurse " +
    "lawyer attorney prosecutor analyst adviser advisor spokesman envoy diplomat king queen prince princess " +
    "commander captain colonel sergeant lieutenant admiral marshal deputy vice justice representative economist " +
    "scientist researcher author writer journalist presenter candidate member mp mep coach player striker boss ceo executive " +
    "lecturer convenor convener superintendent organiser organizer coordinator administrator surgeon physiotherapist midwife " +
    "paramedic firefighter constable detective headteacher dean bishop vicar auditor accountant architect solicitor " +
    "barrister magistrate coroner registrar trustee steward campaigner supervisor " +
    // Jobs a report gives a witness or a worker: "Jo Bell, a count assistant", "Owen Brack, a bus driver".
    "assistant clerk driver pilot conductor technician consultant warden ranger porter caretaker cleaner chef farmer " +
    "electrician plumber mechanic carer pharmacist dentist vet psychologist therapist counsellor librarian curator " +
    "archivist historian archaeologist statistician photographer broadcaster columnist receptionist lifeguard skipper " +
    "planner surveyor operator controller dispatcher signaller " +
    "musician cellist violinist pianist organist soloist singer guitarist drummer trumpeter composer " +
    "coxswain helmsman mariner fisherman crewman boatman arbiter referee umpire adjudicator master harbourmaster " +
    "dealer trader broker auctioneer valuer jeweller shopkeeper publican builder roofer joiner carpenter gardener butcher grocer"
  ).split(" "),
);

/** A job noun, or a compound ending in one: "vice-chancellor", "co-founder", "editor-in-chief". */
export function isRoleWord(word: string): boolean {
  return ROLE_WORDS.has(word) || (word.includes("-") && ROLE_WORDS.has(word.slice(word.lastIndexOf("-") + 1)));
}

/** A role word as written, or the singular of a plural one ("trustees", "coaches", "deputies"); else the word. */
export function singularRole(word: string): string {
  if (isRoleWord(word)) return word;
  const singulars = word.endsWith("ies") ? [`${word.slice(0, -3)}y`] : [word.replace(/s$/, ""), word.replace(/es$/, "")];
  return singulars.find(isRoleWord) ?? word;
}
export const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "cllr"]);

/**
 * How many of a name's leading words (lower case) are its title: up to the last honorific or role word before the
 * name's final word ("dr", "minister" in "prime minister dr ines calder"). Zero when none stands there.
 */
export function titleLength(words: string[]): number {
  let k = 0;
  for (let m = 0; m < words.length - 1; m++) if (HONORIFICS.has(words[m]) || isRoleWord(words[m])) k = m + 1;
  return k;
}

function cleanNumber(text: string): number | undefined {
  const m = text.match(/^(\d+(?:[.,]\d+)*)/);
  if (!m) return undefined;
  const raw = m[1];
  // "3,000" is three thousand; "3.6" a decimal; "1,5" (continental decimal) is rare in English news.
  const value = Number(/,\d{3}(?!\d)/.test(raw) ? raw.replace(/,/g, "") : raw.replace(/,/g, "."));
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Where "the OFFICE of (the) BODY" ends at token `last` and opens the sentence: the office's token, else -1. The body
 * is a few words with no punctuation inside.
 */
function officeOfBodyOpening(tokens: Token[], last: number, text: string, base: number): number {
  for (let r = last - 2; r >= 1 && r >= last - 6; r--) {
    if (/[^\s]/.test(text.slice(tokens[r].end - base, tokens[r + 1].start - base).replace(/['’]/g, ""))) return -1;
    if (tokens[r + 1].norm !== "of" || !isRoleWord(tokens[r].norm)) continue;
    return r === 1 && tokens[0].norm === "the" ? r : -1;
  }
  return -1;
}

/** Punctuation between two tokens that ends a phrase: "the 07:18, Kate Lyle" counts no Kate Lyles. */
const PHRASE_BREAK = /[,;:()[\]—–]/;

const PARTITIVE_PRONOUNS = new Set(["them", "whom"]);
/** Words between a count and its noun that count others besides those already named: "two other members". */
export const COUNTED_BESIDES = new Set(["other", "more", "further", "extra", "additional"]);

function unitAfter(tokens: Token[], i: number, text: string, base: number): string[] {
  const unit: string[] = [];
  for (let k = i + 1; k < tokens.length && unit.length < 2; k++) {
    const t = tokens[k];
    if (t.kind === "symbol" || PHRASE_BREAK.test(text.slice(tokens[k - 1].end - base, t.start - base))) break;
    if (t.norm === "of" && k === i + 1) continue;
    if (SCALE[t.norm] !== undefined || numberWord(t.norm) !== undefined || t.kind === "number") {
      if (unit.length) break;
      continue;
    }
    if (STOPWORDS.has(t.norm)) {
      if (unit.length) break;
      if (t.norm === "the" || t.norm === "its" || t.norm === "their" || t.norm === "of") continue;
      // "four other boathouses", "two more schools": the noun after is still what is counted.
      if (k === i + 1 && COUNTED_BESIDES.has(t.norm)) continue;
      // "52 people, 11 of them children", "11 of whom were children": the noun after the pronoun is what is counted.
      if (tokens[i + 1].norm === "of" && (k === i + 2 ? PARTITIVE_PRONOUNS.has(t.norm) : k === i + 3 && PARTITIVE_PRONOUNS.has(tokens[i + 2].norm) && BE_FORMS.has(t.norm))) continue;
      break;
    }
    // A name before the noun says whose, not what: "4,200 Kestrel Air passengers" counts passengers.
    if (!unit.length && t.capitalised) {
      let end = k;
      while (end < tokens.length && end - k < 3 && tokens[end].capitalised && tokens[end].kind === "word") end++;
      const head = tokens[end];
      if (end > k && head?.kind === "word" && !head.capitalised && !STOPWORDS.has(head.norm)) {
        k = end - 1;
        continue;
      }
    }
    // "3,100 people aged over 80", "300 jobs created": a participle after the noun says which ones, not what is
    // counted (as "bus" in "800 bus drivers" does).
    if (unit.length && /ed$/.test(t.norm)) break;
    unit.push(UNIT_ALIASES.get(t.stem) ?? t.stem);
  }
  return unit;
}

/** Units written several ways, by stem: "26C", "26 Celsius" and "twenty-six degrees" are one temperature. */
const UNIT_ALIASES = new Map([["c", stem("degrees")], ["celsiu", stem("degrees")], ["centigrad", stem("degrees")]]);

/** Hours in each unit of time (a month and a year on average), by stem. */
const HOURS = new Map<string, number>(
  Object.entries({ minute: 1 / 60, hour: 1, day: 24, week: 168, month: 730.5, year: 8766, decade: 87660, century: 876600 }).map(([w, h]) => [stem(w), h]),
);

/** Hours in one of a unit of time, by its stem; undefined for a unit of no fixed length. */
export const hoursPer = (unit: string): number | undefined => HOURS.get(unit);

/** A duration's length in hours ("two days" and "48 hours" are both 48); undefined for anything else. */
export function durationHours(n: NumberFact): number | undefined {
  const per = n.kind === "duration" ? hoursPer(n.unit[0] ?? "") : undefined;
  return per === undefined ? undefined : Math.round(n.value * per * 1000) / 1000;
}

/** Two durations of the same length, in whatever units: "two days" and "48 hours". */
export function sameDuration(a: NumberFact, b: NumberFact): boolean {
  const hours = durationHours(a);
  return hours !== undefined && hours === durationHours(b);
}

/**
 * Words before "a year" that make it a stretch of time: "after a year", "within a week", "more than a decade". Not the
 * words after it: "a year earlier" places a figure in time, as "last year" would, and "£74 a week on average" is a rate.
 */
const STRETCH_BEFORE = new Set(["after", "for", "within", "over", "than", "nearly", "almost", "about", "around", "just", "least"]);

/** "and a half" right after token `i`. */
const andAHalf = (tokens: Token[], i: number) => tokens[i + 1]?.norm === "and" && tokens[i + 2]?.norm === "a" && tokens[i + 3]?.norm === "half";

/**
 * "One" counts only where it heads a figure ("one hundred", "one of the six", "one and a half") or a plain noun ("one
 * steward was suspended"); elsewhere it is a pronoun or a turn of phrase ("one another", "at one point"), or a single
 * stretch of time rather than a length ("in one year").
 */
function countingOne(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  // "one of nine buses", "one of the three ferries" count; "Jo Bell, one of the trustees," says which body she is in,
  // and "every one of the 300 members" is all of them.
  if (next?.norm === "of") {
    if (EVERY.has(tokens[i - 1]?.norm ?? "")) return false;
    const [det, after] = [tokens[i + 2], tokens[i + 3]];
    return !(det && (OF_DETERMINERS.has(det.norm) || /['’]s?$/.test(det.text)) && after && after.kind !== "number" && numberWord(after.norm) === undefined);
  }
  if (/^(hundred|thousand|million|billion)$/.test(next?.norm ?? "") || andAHalf(tokens, i)) return true;
  return !!next && next.kind === "word" && !next.capitalised && !isFunctionWord(next.norm) && !UNCOUNTED_AFTER_ONE.has(next.norm) && !TIME_UNITS.has(next.stem) && !canBeVerb(next.norm);
}

const EVERY = new Set(["every", "each", "any", "no"]);
/** Whose thing or office it is, said by one who holds it or speaks for its body: "our head of sails". */
export const POSSESSIVE_DETERMINERS = new Set(["our", "their", "its", "his", "her", "my", "your"]);
const OF_DETERMINERS = new Set([...POSSESSIVE_DETERMINERS, "the", "these", "those"]);
const UNCOUNTED_AFTER_ONE = new Set(["time", "point", "way", "thing", "side", "hand", "another", "more", "last", "such", "other", "same", "final", "big", "single", "major", "key"]);

/**
 * A length of time said without a figure: "a year and a half" (1.5 years), "half an hour" (0.5 hours), "a fortnight"
 * (2 weeks), and "a year" where a stretch of time is meant ("after a year", "for an hour"). Not "a year" as a rate:
 * "£200 a year".
 */
function spokenDuration(tokens: Token[], i: number): { value: number; unit: string; last: number } | undefined {
  const t = tokens[i];
  if (t.norm !== "a" && t.norm !== "an" && t.norm !== "half") return undefined;
  const next = tokens[i + 1];
  if (!next) return undefined;
  if (t.norm !== "half" && next.norm === "fortnight") return { value: 2, unit: stem("week"), last: i + 1 };
  // "A second" is as often an ordinal ("for a second year").
  if (t.norm !== "half" && next.norm !== "second" && TIME_UNITS.has(next.stem) && !/s$/.test(next.norm) && !andAHalf(tokens, i + 1) && STRETCH_BEFORE.has(tokens[i - 1]?.norm ?? "")) {
    return { value: 1, unit: next.stem, last: i + 1 };
  }
  if (t.norm !== "half" && TIME_UNITS.has(next.stem) && andAHalf(tokens, i + 1)) return { value: 1.5, unit: next.stem, last: i + 4 };
  // "half a century", "a quarter of a century": so many years, as a source would more likely write them.
  const share = t.norm === "half" ? { value: 0.5, of: i + 1 } : next.norm === "quarter" && tokens[i + 2]?.norm === "of" ? { value: 0.25, of: i + 3 } : undefined;
  if (share && /^an?$/.test(tokens[share.of]?.norm ?? "") && tokens[share.of + 1]?.norm === "century") return { value: share.value * 100, unit: stem("year"), last: share.of + 1 };
  const unit = tokens[i + 2];
  if (t.norm === "half" && (next.norm === "a" || next.norm === "an") && unit && TIME_UNITS.has(unit.stem) && !/s$/.test(unit.norm)) return { value: 0.5, unit: unit.stem, last: i + 2 };
  return undefined;
}

/** The stem of the noun in "a/the NOUN of" right before token `i`, when a number follows that "of". */
function measuredNoun(tokens: Token[], i: number): string | undefined {
  const [article, noun, of] = [tokens[i - 3], tokens[i - 2], tokens[i - 1]];
  if (of?.norm !== "of" || !noun || noun.kind !== "word" || noun.capitalised || STOPWORDS.has(noun.norm)) return undefined;
  return article && /^(a|an|the)$/.test(article.norm) ? noun.stem : undefined;
}

function qualifierBefore(tokens: Token[], i: number): string {
  const prev = tokens[i - 1]?.norm;
  const prev2 = tokens[i - 2]?.norm;
  const prev3 = tokens[i - 3]?.norm;
  if (!prev) return "";
  if (prev2 === "no" && (prev === "fewer" || prev === "less" || prev === "more")) return prev === "more" ? "less" : "more";
  // "no fewer than 20" is at least 20; "no more than 20" at most.
  if (prev === "than" && prev3 === "no" && prev2) return GREATER_THAN.has(prev2) ? "less" : SMALLER_THAN.has(prev2) ? "more" : "";
  // A cap: "not to exceed £450", "not exceeding 30 days", "at most 12", "a maximum of 40"; "a minimum of 40" is a floor.
  if (EXCEED.has(prev) && (prev2 === "not" || prev3 === "not")) return "less";
  if ((prev === "most" && prev2 === "at") || (prev === "of" && prev2 === "maximum")) return "less";
  if (prev === "of" && prev2 === "minimum") return "more";
  // "up to 8 metres" is a cap: not met by 8.5.
  if (prev === "to" && prev2 === "up") return "less";
  if (APPROX.has(prev)) return "about";
  if (NEARLY.has(prev)) return "nearly";
  if (prev === "than" && prev2 && GREATER_THAN.has(prev2)) return "more";
  if (prev === "than" && prev2 && SMALLER_THAN.has(prev2)) return "less";
  if (prev === "least" || MORE.has(prev)) return "more";
  return "";
}

interface SpokenTime {
  hour: number;
  minute: number;
  /** The time's last token. */
  last: number;
  /** Said with its part of the day ("ten at night", "seven in the morning"): `hour` counts from midnight. */
  fromMidnight?: boolean;
}

/** Every clock time said in words needs one of these: most sentences have none, and are not read for one. */
const SPOKEN_TIME_HINT = /o['’]clock|\bpast\b|\bquarter\s+to\b|\bat\s+night\b|\bin\s+the\s+(?:morning|afternoon|evening)\b|\b(?:every|each)\s+(?:night|evening|morning|day)\b|\bnightly\b|\bsharp\b/i;
/** Words after a bare hour that make it a time of day: "locked at eight every night", "opens at nine sharp". */
const HOUR_FOLLOWERS = new Set(["every", "each", "nightly", "sharp"]);

/** The clock times said in words in a sentence, by the token each starts at (the numbers and the dates read them). */
function spokenTimes(tokens: Token[], text: string): Map<number, SpokenTime> {
  const times = new Map<number, SpokenTime>();
  if (!SPOKEN_TIME_HINT.test(text)) return times;
  for (let i = 0; i < tokens.length; i++) {
    const time = spokenTime(tokens, i);
    if (time) times.set(i, time);
  }
  return times;
}

/**
 * A clock time said in words, at `i`: "three o'clock", "half past six", "quarter to nine", "five (minutes) past
 * eleven". Only "quarter" counts back with "to": "five to ten" is as often a range.
 */
function spokenTime(tokens: Token[], i: number): SpokenTime | undefined {
  const time = clockTime(tokens, i);
  // "ten at night", "half past seven in the morning": the part of the day says which of the two hours it is.
  const part = time && partOfDayAt(tokens, time.last + 1);
  if (!time || !part) return time;
  const evening = part.name === "afternoon" || part.name === "evening" || (part.name === "night" && time.hour >= 6 && time.hour !== 12);
  const hour = (time.hour % 12) + (evening ? 12 : 0);
  return { hour, minute: time.minute, last: part.last, fromMidnight: true };
}

/** "at night", "in the morning", "in the afternoon" or "in the evening" from token `k`: which, and its last token. */
function partOfDayAt(tokens: Token[], k: number): { name: string; last: number } | undefined {
  if (tokens[k]?.norm === "at" && tokens[k + 1]?.norm === "night") return { name: "night", last: k + 1 };
  const name = tokens[k]?.norm === "in" && tokens[k + 1]?.norm === "the" ? tokens[k + 2]?.norm : undefined;
  return name === "morning" || name === "afternoon" || name === "evening" ? { name, last: k + 2 } : undefined;
}

/** The clock time at `i` without its part of the day; a bare hour only where a part of the day follows it. */
function clockTime(tokens: Token[], i: number): SpokenTime | undefined {
  // A whole number, "twenty-five" too.
  const valueAt = (k: number) => {
    const t = tokens[k];
    const v = t && (countAt(t) ?? (t.kind === "word" ? hyphenatedNumber(t.norm)?.value : undefined));
    return v !== undefined && Number.isInteger(v) ? v : undefined;
  };
  const isHour = (v: number | undefined): v is number => v !== undefined && v >= 1 && v <= 12;
  const first = valueAt(i);
  if (isHour(first) && /^o['’]clock$/.test(tokens[i + 1]?.norm ?? "")) return { hour: first, minute: 0, last: i + 1 };
  // "at ten at night": the bare hour, read as a time only with its part of the day after it.
  if (isHour(first) && tokens[i - 1]?.norm === "at" && partOfDayAt(tokens, i + 1)) return { hour: first, minute: 0, last: i };
  // "locked at eight every night", "open until nine each evening": the bare hour of something done daily.
  if (isHour(first) && /^(?:at|until|till)$/.test(tokens[i - 1]?.norm ?? "") && HOUR_FOLLOWERS.has(tokens[i + 1]?.norm ?? "")) return { hour: first, minute: 0, last: i };
  const lead = tokens[i]?.norm;
  const minute = lead === "half" ? 30 : lead === "quarter" ? 15 : first !== undefined && first > 0 && first < 60 ? first : undefined;
  if (minute === undefined) return undefined;
  const at = tokens[i + 1]?.norm === "minutes" && lead !== "half" && lead !== "quarter" ? i + 2 : i + 1;
  const direction = tokens[at]?.norm;
  const hour = valueAt(at + 1);
  if (!isHour(hour) || (direction !== "past" && !(direction === "to" && lead === "quarter"))) return undefined;
  return direction === "past" ? { hour, minute, last: at + 1 } : { hour: hour === 1 ? 12 : hour - 1, minute: 45, last: at + 1 };
}

function extractNumbers(tokens: Token[], text: string, base: number, clocks: Map<number, SpokenTime>): NumberFact[] {
  const out: NumberFact[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let value: number | undefined;
    let last = i;
    let kind = "count";
    let first = i;
    let hyphenUnit: string | undefined;
    /** "order" for a plural scale word, which states an order of magnitude, not a value; "decade" for "the 1930s". */
    let exactness = "";
    const spoken = spokenDuration(tokens, i);
    if (spoken) {
      out.push({ value: spoken.value, kind: "duration", unit: [spoken.unit], qualifier: qualifierBefore(tokens, i), text: "", start: t.start, end: tokens[spoken.last].end });
      i = spoken.last;
      continue;
    }
    const hyphenated = t.kind === "word" ? hyphenatedNumber(t.norm) : undefined;
    const clock = clocks.get(i);
    const fraction = clock ? undefined : fractionAt(tokens, i);
    if (clock) {
      // Valued as "11.05pm" is: the hour on a twelve-hour clock, then the minutes after the point.
      value = (clock.fromMidnight ? clock.hour % 12 || 12 : clock.hour) + clock.minute / 100;
      kind = "time";
      last = clock.last;
    } else if (fraction) {
      // "half a million", "a quarter of a billion": a share of a scale word is a figure, not a share.
      const of = tokens[fraction.last + 1]?.norm === "of" ? fraction.last + 2 : fraction.last + 1;
      const scale = tokens[of]?.norm === "a" ? SCALE[tokens[of + 1]?.norm ?? ""] : undefined;
      if (scale !== undefined && !fraction.parts) {
        value = fraction.value * scale;
        last = of + 1;
      } else {
        value = fraction.value;
        kind = "fraction";
        last = fraction.last;
      }
    } else if (t.kind === "number") {
      value = cleanNumber(t.norm);
      const suffix = t.norm.replace(/^[\d.,]+/, "");
      const clockTime = /^(\d{1,2}):(\d{2})/.exec(t.norm);
      // "18:31" is valued as "6.31pm" is, the hour on the twelve-hour clock, then the minutes after the point.
      if (clockTime) {
        value = (Number(clockTime[1]) % 12) + Number(clockTime[2]) / 100;
        kind = "time";
      } else if (suffix === "am" || suffix === "pm") kind = "time";
      else if (/^(st|nd|rd|th)$/.test(suffix)) kind = "ordinal";
      else if (SCALE[suffix]) value = value! * SCALE[suffix];
      else if (/^\d{4}$/.test(t.norm) && value! >= 1800 && value! <= 2100) kind = "year";
      else if (/^\d{3}0s$/.test(t.norm) && value! >= 1800 && value! <= 2100) {
        // "the 1930s": any year of the decade.
        kind = "year";
        exactness = "decade";
      }
    } else if (hyphenated) {
      // "twenty-five", "a one-year sentence", "the three-day visit": one token holds the number, and its unit.
      value = hyphenated.value;
      hyphenUnit = hyphenated.unit;
    } else if (t.kind === "word") {
      const w = numberWord(t.norm);
      if (w !== undefined && !(t.norm === "one" && !countingOne(tokens, i))) {
        value = w;
        // "one hundred and fifty thousand"
        while (i + 1 < tokens.length) {
          const next = tokens[i + 1].norm === "and" && numberWord(tokens[i + 2]?.norm ?? "") !== undefined ? i + 2 : i + 1;
          const v = numberWord(tokens[next]?.norm ?? "");
          if (v === undefined) break;
          value = v >= 100 ? value * v : value + v;
          i = next;
        }
        last = i;
        // "a dozen", "more than a thousand": the article is part of the figure, and the qualifier comes before it.
        if ((t.norm === "dozen" || w >= 100) && tokens[first - 1]?.norm === "a") first--;
      } else if (ORDINALS.has(t.norm) && !(t.norm === "second" && /^(time|hand)$/.test(tokens[i + 1]?.norm ?? ""))) {
        value = ORDINALS.get(t.norm)!;
        kind = "ordinal";
      } else if (MAGNITUDES[t.norm] !== undefined || (t.norm === "tens" && tokens[i + 1]?.norm === "of")) {
        // "tens of thousands", "hundreds of millions": the first word scales the second.
        value = MAGNITUDES[t.norm] ?? 10;
        const scaled = tokens[i + 1]?.norm === "of" ? MAGNITUDES[tokens[i + 2]?.norm ?? ""] : undefined;
        if (scaled !== undefined && (t.norm === "hundreds" || t.norm === "tens")) {
          value *= scaled;
          last = i + 2;
        } else if (t.norm === "tens") continue;
        exactness = "order";
      } else if (/^(double|doubled|triple|tripled)$/.test(t.norm)) {
        value = t.norm.startsWith("double") ? 2 : 3;
        kind = "factor";
      } else if (t.norm === "halved") {
        // The change, as "fell by half" and "cut by 50%" give it: a share of what there was.
        value = 0.5;
        kind = "fraction";
      }
    }
    if (value === undefined) continue;
    // "two and a half years"
    if (kind === "count" && andAHalf(tokens, last)) {
      value += 0.5;
      last += 3;
    }
    // Merge a following scale word ("3.6 million", "four hundred").
    while (last + 1 < tokens.length && SCALE[tokens[last + 1].norm] !== undefined && kind === "count") {
      value *= SCALE[tokens[last + 1].norm];
      last++;
    }
    let unit: string[] = [];
    const before = tokens[first - 1];
    if (before && CURRENCY[before.norm]) {
      kind = "money";
      unit = [CURRENCY[before.norm]];
      first--;
    }
    const after = tokens[last + 1];
    if (after && (after.norm === "%" || after.norm === "percent" || (after.norm === "per" && tokens[last + 2]?.norm === "cent"))) {
      kind = "percent";
      last += after.norm === "per" ? 2 : 1;
    }
    if (!unit.length) unit = hyphenUnit ? [hyphenUnit, ...unitAfter(tokens, last, text, base).slice(0, 1)] : unitAfter(tokens, last, text, base);
    if (kind === "count" && unit.length && TIME_UNITS.has(unit[0])) {
      kind = "duration";
      // "72 hours": the unit is part of the value (eight weeks is not eight months).
      if (tokens[last + 1]?.stem === unit[0]) last++;
    }
    if (kind === "count" && unit.length && CURRENCY[unit[0]]) {
      // "5 million dollars" counts the same thing as "$5 million".
      kind = "money";
      unit = [CURRENCY[unit[0]], ...unit.slice(1)];
    }
    // A number right after a noun labels it ("route 12", "No. 10"): the noun is its unit. Not across a comma or a
    // colon: "In total, 23 people" counts people; and "Around 300 porters" counts porters, roughly.
    const label = tokens[first - 1];
    if (kind === "count" && label?.kind === "word" && !STOPWORDS.has(label.norm) && !BOUND_WORDS.has(label.norm) && !NOT_LABELS.has(label.norm) && !(unit.length && (verbTakingCount(label) || MEASURE_UNITS.has(unit[0]))) && t.kind === "number" && /^[\s.]*$/.test(text.slice(label.end - base, tokens[first].start - base))) {
      unit = [label.stem, ...unit];
      kind = "label";
    }
    // "a majority of nine", "a total of 23", "a turnout of 41 per cent": the noun before "of" is what the figure
    // measures, and a nine that counts something else ("nine for Mr Brack") does not back it.
    const measured = measuredNoun(tokens, first);
    const measure = measured && (kind === "count" || kind === "percent") ? measured : undefined;
    if (measure && !unit.includes(measure)) unit = [measure, ...unit];
    // A time said in words is a rounded one: "half past six" for 6.31pm.
    const qualifier = exactness || qualifierBefore(tokens, first) || (clock ? "about" : "");
    // "three months' notice, but he was paid for only two": a bare figure closing the clause counts what the
    // sentence's measured figure before it counts.
    const earlier = [...out].reverse().find((n) => MEASURED_KINDS.has(n.kind));
    if (earlier && kind === "count" && !unit.length && clauseEnds(tokens, last, text, base)) {
      kind = earlier.kind;
      unit = earlier.unit;
    }
    // "from 40 sailings to 25", "from £3 to 4": the far end of a range counts what the near end counts.
    const near = out[out.length - 1];
    if (near && kind === "count" && !unit.length && near.unit.length && /^\s*(?:\p{L}+\s+)?(?:to|and)\s+$/u.test(text.slice(near.end - base, tokens[first].start - base))) {
      kind = near.kind;
      unit = near.unit;
    }
    if (kind === "count" && isAge(tokens, first, last, unit, text, base)) unit = [AGE];
    const total = TOTAL_BEFORE.has(tokens[first - 1]?.norm ?? "") || TOTAL_AFTER.test(text.slice(tokens[last].end - base, tokens[last].end - base + 60));
    out.push({ value, kind, unit, qualifier, measure, parts: fraction?.parts, ...(total && { total }), text: "", start: tokens[first].start, end: tokens[last].end });
    i = last;
  }
  return out;
}

/** The unit of a person's age, however written: "98-year-old", "aged 98", "his mother, 98,". */
export const AGE = "age";
const PERSON_NOUNS = new Set(
  "mother father son daughter wife husband partner man woman boy girl child grandmother grandfather grandson granddaughter brother sister widow widower pensioner resident owner".split(" "),
);

/**
 * The figure is someone's age: "a 98-year-old mother", "aged 98", or set off by commas right after a name or a person
 * ("Jo Bell, 54, of Brimley", "whose mother, 89, has lived there").
 */
function isAge(tokens: Token[], first: number, last: number, unit: string[], text: string, base: number): boolean {
  if (unit[0] === "yearold" || (unit[0] === "year" && tokens[last + 2]?.norm === "old")) return true;
  const before = tokens[first - 1];
  if (before?.norm === "aged") return true;
  if (unit.length || !before) return false;
  const gapBefore = text.slice(before.end - base, tokens[first].start - base);
  const after = tokens[last + 1];
  const gapAfter = after ? text.slice(tokens[last].end - base, after.start - base) : text.slice(tokens[last].end - base);
  return /^,\s*$/.test(gapBefore) && /^\s*[,.;)]/.test(gapAfter) && (before.capitalised || PERSON_NOUNS.has(before.norm));
}

/** Words that take a figure as their object, not a name: "including 11 children" counts children. */
const NOT_LABELS = new Set(["not", "aged", "including", "excluding", "involving", "totalling", "totaling", "numbering", "affecting", "injuring", "killing", "leaving", "among", "plus", "minus", "against", "versus"]);

/**
 * A verb with the figure as its object, not a noun the figure labels: "involved 14 posts", "cost 45 lifeguards their
 * jobs" and "employing 40 people" count posts, lifeguards and people, where "route 12" names a route. Only a verb's
 * inflected forms (and "cost", its own past): a bare "route" or "bus" may be either.
 */
const verbTakingCount = (t: Token) => !t.capitalised && (t.norm === "cost" || t.norm === "costs" || (/(?:ed|ing)$/.test(t.norm) && canBeVerb(t.norm)));

const TAKE_FORMS = new Set(["take", "takes", "took", "taken", "taking"]);
const HAPPEN_WORDS = new Set(["happen", "happens", "happened", "happening", "occur", "occurs", "occurred", "occurring"]);
/** Words that only say an event happened ("took place", "occurred"): the event and its time carry the sentence. */
export function eventFiller(facts: SentenceFacts, t: Token): boolean {
  if (HAPPEN_WORDS.has(t.norm)) return true;
  if (t.norm !== "place" && !TAKE_FORMS.has(t.norm)) return false;
  const i = facts.tokens.indexOf(t);
  const next = facts.tokens[i + 1];
  const before = facts.tokens[i - 1];
  return (TAKE_FORMS.has(t.norm) && next?.norm === "place") || (t.norm === "place" && !!before && TAKE_FORMS.has(before.norm));
}

/** Units of measure: a figure before one measures ("cycle 31 miles", "weighs 3.2 kilograms"), and labels nothing. */
const MEASURE_UNITS = new Set(
  "mile miles kilometre kilometres kilometer kilometers km metre metres meter meters mm cm kilogram kilograms kg gram grams tonne tonnes ton tons litre litres liter liters gallon gallons foot feet inch inches yard yards acre acres hectare hectares mph"
    .split(" ")
    .map((w) => stem(w)),
);

/** Kinds of figure a later bare figure may elide the unit of. */
const MEASURED_KINDS = new Set(["duration", "percent"]);

/** Token `i` ends a clause: the sentence's end or punctuation follows it. */
function clauseEnds(tokens: Token[], i: number, text: string, base: number): boolean {
  const next = tokens[i + 1];
  const between = text.slice(tokens[i].end - base, next ? next.start - base : text.length);
  return !next || /[,.;:!?]/.test(between);
}

// Dates as news prose writes them. A dedicated scanner, not chrono-node: it was 20 times slower per sentence (it runs
// every locale parser on every sentence) and analysing dates was half the cost of a whole check.
const MONTH_NAMES = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const WEEKDAY_NAMES = "(?:sun|mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?)(?:day)?";
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:,?\s+(\d{4}))?`;
const DATE_PATTERN = new RegExp(
  [
    String.raw`\b(?:(${WEEKDAY_NAMES}),?\s+)?${DAY}\s+(?:of\s+)?(${MONTH_NAMES})\.?${YEAR}\b`, // (Monday,) 15 July (2022)
    String.raw`\b(?:(${WEEKDAY_NAMES}),?\s+)?(${MONTH_NAMES})\.?\s+${DAY}\b${YEAR}`, // (Monday,) July 15th(, 2022)
    String.raw`\b(${MONTH_NAMES})\.?\s+(\d{4})\b`, // October 2022
    // "in October", "the end of May", but not the "in" of "in October 2022", which the pattern above reads whole.
    String.raw`\b(?:in|since|until|by|from|during|early|late|mid|last|next|this|of)[\s-]+(${MONTH_NAMES})\b(?!,?\s+\d{4}\b)`,
    String.raw`\b(${WEEKDAY_NAMES})(?:(?<=day)s)?\b`, // Wednesday, Wednesdays
    String.raw`\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])(?:\.m\.?|m\b)`, // 6am, 3.30 p.m.
    String.raw`\b(yesterday|today|tomorrow|tonight)\b`,
    String.raw`\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(day|week|month|year)s?\s+ago\b`,
    String.raw`(?<![\d:])([01]?\d|2[0-3]):([0-5]\d)(?![\d:]|\s*[ap]\.?m)`, // 18:31, the 24-hour clock
  ].join("|"),
  "gi",
);
/**
 * Every alternative of DATE_PATTERN needs one of these (a month, a weekday, a clock time, a relative day, "ago"): half
 * of all sentences, those whose only digits are counts, have none and skip the long pattern.
 */
const DATE_HINT = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|sun|mon|tue|wed|thu|fri|sat|today|tomorrow|tonight|yesterday|ago|\d(?:[:.]\d\d)?\s*[ap]\.?m|\d:\d\d/i;
/** A sentence about what is still to happen: its bare weekday lies ahead of the date it was written. */
const FUTURE = /\b(?:will|shall|(?:is|are) (?:due|expected|set|scheduled|going) to|next)\b/i;
const WEEKDAY_INDEX = (w: string) => ["sun", "mon", "tue", "wed", "thu", "fri", "sat"].indexOf(w.slice(0, 3).toLowerCase());
const MONTH_INDEX = (m: string) => ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].indexOf(m.slice(0, 3).toLowerCase()) + 1;

function utcDate(iso: string): Date {
  return new Date(`${iso}T12:00:00Z`);
}

function extractDates(text: string, base: number, tokens: Token[], context: AnalyseContext, clocks: Map<number, SpokenTime>): DateFact[] {
  const out: DateFact[] = [];
  if (DATE_HINT.test(text)) {
    scanDates(text, base, context, out);
    dropWeekdayRanges(text, base, out);
  }
  // Clock times said in words: the hour, morning or afternoon unsaid.
  let after = -1;
  for (const [i, clock] of clocks) {
    if (i <= after) continue;
    const start = tokens[i].start;
    const end = tokens[clock.last].end;
    const said = text.slice(start - base, end - base);
    out.push(clock.fromMidnight ? { hour: clock.hour, text: said, start, end } : { hour: clock.hour % 12, twelveHour: true, text: said, start, end });
    after = clock.last;
  }
  // Years: "since 2013", "in 2016", "built in 1968".
  for (const t of tokens) {
    if (t.kind === "number" && /^\d{4}$/.test(t.norm)) {
      const y = Number(t.norm);
      if (y >= 1800 && y <= 2100 && !out.some((d) => d.start <= t.start && d.end >= t.end)) out.push({ year: y, text: t.text, start: t.start, end: t.end });
    }
  }
  return out;
}

/** "Monday to Saturday", "Monday-Friday": days of the week a thing runs on, not two dates. */
const WEEKDAY_RANGE_JOIN = /^\s*(?:to|until|till|through|[-–—])\s*$/i;
function dropWeekdayRanges(text: string, base: number, dates: DateFact[]): void {
  const bare = (d: DateFact) => d.weekday !== undefined && d.day === undefined && d.month === undefined && d.hour === undefined;
  const ranged = new Set<DateFact>();
  const inOrder = dates.filter(bare).sort((a, b) => a.start - b.start);
  for (let k = 0; k + 1 < inOrder.length; k++) {
    const [from, to] = [inOrder[k], inOrder[k + 1]];
    if (WEEKDAY_RANGE_JOIN.test(text.slice(from.end - base, to.start - base))) ranged.add(from).add(to);
  }
  if (ranged.size) dates.splice(0, dates.length, ...dates.filter((d) => !ranged.has(d)));
}

/** The dates DATE_PATTERN finds, resolved against the date the text was written where they are relative. */
function scanDates(text: string, base: number, context: AnalyseContext, out: DateFact[]): void {
  const written = context.date ? utcDate(context.date) : undefined;
  const setDay = (fact: DateFact, d: Date) => {
    fact.year = d.getUTCFullYear();
    fact.month = d.getUTCMonth() + 1;
    fact.day = d.getUTCDate();
  };
  for (const m of text.matchAll(DATE_PATTERN)) {
    const g = m.slice(1);
    const fact: DateFact = { text: m[0], start: base + m.index!, end: base + m.index! + m[0].length };
    if (g[2] !== undefined) {
      // 15 July (2022)
      if (g[0]) fact.weekday = WEEKDAY_INDEX(g[0]);
      fact.day = Number(g[1]);
      fact.month = MONTH_INDEX(g[2]);
      if (g[3]) fact.year = Number(g[3]);
    } else if (g[5] !== undefined) {
      // July 15th, 2022 — but "May 5" alone is more often the modal verb before a number ("may 5 per cent"): need a capital.
      if (/^may$/i.test(g[5]) && !/^May/.test(g[5])) continue;
      if (g[4]) fact.weekday = WEEKDAY_INDEX(g[4]);
      fact.month = MONTH_INDEX(g[5]);
      fact.day = Number(g[6]);
      if (g[7]) fact.year = Number(g[7]);
    } else if (g[8] !== undefined) {
      if (/^may$/i.test(g[8]) && !/^May/.test(g[8])) continue;
      fact.month = MONTH_INDEX(g[8]);
      fact.year = Number(g[9]);
    } else if (g[10] !== undefined) {
      if (!/^[A-Z]/.test(g[10])) continue; // "may" the verb
      fact.month = MONTH_INDEX(g[10]);
      fact.text = g[10];
      fact.start = fact.end - g[10].length;
    } else if (g[11] !== undefined) {
      if (!/^[A-Z]/.test(g[11])) continue;
      fact.weekday = WEEKDAY_INDEX(g[11]);
      // In a dated report "on Wednesday" is the most recent Wednesday, and in a sentence about what will happen the
      // next one ("the committee will meet on Wednesday"): resolve it so it meets "7 September".
      if (written) {
        const d = new Date(written);
        if (FUTURE.test(text)) d.setUTCDate(d.getUTCDate() + ((fact.weekday - d.getUTCDay() + 6) % 7) + 1);
        else d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() - fact.weekday + 7) % 7));
        setDay(fact, d);
      }
    } else if (g[12] !== undefined) {
      const hour = Number(g[12]) % 12;
      fact.hour = g[14].toLowerCase() === "p" ? hour + 12 : hour;
    } else if (g[15] !== undefined) {
      // "yesterday" means nothing without the date the text was written.
      if (!written) continue;
      const d = new Date(written);
      d.setUTCDate(d.getUTCDate() + (({ yesterday: -1, tomorrow: 1 } as Record<string, number>)[g[15].toLowerCase()] ?? 0));
      setDay(fact, d);
    } else if (g[17] !== undefined) {
      if (!written) continue;
      const n = numberWord(g[16].toLowerCase()) ?? (Number(g[16]) || 1);
      const d = new Date(written);
      const unit = g[17].toLowerCase();
      if (unit === "year") fact.year = d.getUTCFullYear() - n;
      else {
        d.setUTCDate(d.getUTCDate() - n * ({ day: 1, week: 7, month: 30 } as Record<string, number>)[unit]);
        if (unit === "month") {
          fact.year = d.getUTCFullYear();
          fact.month = d.getUTCMonth() + 1;
        } else setDay(fact, d);
      }
    } else if (g[18] !== undefined) {
      fact.hour = Number(g[18]);
    }
    if ((fact.day !== undefined && (fact.day < 1 || fact.day > 31)) || fact.month === 0) continue;
    out.push(fact);
  }
}

/** The role word at `p` ends a phrase that opens with "a" or "an": "Ines Calder, a retired nurse". */
function describesNameBefore(tokens: Token[], p: number): boolean {
  let k = p;
  while (k > 0 && k > p - 4 && tokens[k - 1].kind === "word" && !STOPWORDS.has(tokens[k - 1].norm)) k--;
  return k > 0 && (tokens[k - 1].norm === "a" || tokens[k - 1].norm === "an");
}

/** True when the token is a capitalised word that stands as (part of) a name, not just a sentence opener. */
function nameLike(tokens: Token[], i: number, knownNames?: Set<string>): boolean {
  const t = tokens[i];
  if (t.kind !== "word" || !t.capitalised) return /^[A-Z]+\d+$/.test(t.text);
  if (i > 0 && !/^["“‘(]$/.test(tokens[i - 1].text)) return !(isFunctionWord(t.norm) && !/^[A-Z]{2,}$/.test(t.text)) || isAllCapsName(t);
  // First word of the sentence: a name only if known as one, if it is no English word at all ("Zorvath says …"), or
  // if another capitalised word follows.
  if (STOPWORDS.has(t.norm) && !/^[A-Z]{2,}$/.test(t.text)) return false;
  if (knownNames?.has(t.norm) || isPlaceName(t.norm) || notEnglish(t)) return true;
  const next = tokens[i + 1];
  // Straight after it: "Earlier, Ines Calder said" opens with an adverb, not a name.
  return !!next && next.kind === "word" && next.capitalised && !STOPWORDS.has(next.norm) && adjacent(t, next);
}
/** Words that open sentences and that WordNet, which lists no conjunctions, prepositions or pronouns, does not know. */
const OPENERS = new Set(
  "since until till although though despite unless whereas whether whilst because lest albeit amid amidst amongst upon toward towards throughout whereby whereupon wherein whenever wherever whatever whoever however meanwhile anyone anybody everyone everybody someone somebody nobody nothing everything something anything whom whose myself yourself himself herself itself ourselves themselves".split(" "),
);
/** A plain word (no hyphen or apostrophe) that is no English word: WordNet has no sense of it, nor is it a number. */
function notEnglish(t: Token): boolean {
  return hasWordNet() && /^\p{L}+$/u.test(t.text) && !OPENERS.has(t.norm) && numberWord(t.norm) === undefined && !lexeme(t.norm).senses;
}
const isAllCapsName = (t: Token) => /^[A-Z]{2,}$/.test(t.text) || /^(?:\p{Lu}\.){2,}$/u.test(t.text);
// A weekday in the plural ("on Fridays") is a day of the week too.
const CALENDAR = new Set([...MONTHS, ...WEEKDAYS, ...WEEKDAYS.map((d) => `${d}s`)]);

const isApostrophe = (t: Token) => t.text === "'" || t.text === "’";

function extractEntities(tokens: Token[], text: string, base: number, knownNames?: Set<string>): EntityFact[] {
  // A list of people under a heading: "Speakers: Jo Bell, Brimley; Owen Brack, Fenmore."
  const listed = /^\p{Lu}[\p{L} ]{0,30}:\s/u.test(text);
  const out: EntityFact[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!nameLike(tokens, i, knownNames)) continue;
    let j = i;
    // Extend over further capitalised words and joiners inside names ("Republic of Chile", "Guinea-Bissau").
    while (j + 1 < tokens.length) {
      const gap = text.slice(tokens[j].end - base, tokens[j + 1].start - base);
      if (/[,.;:!?()"“”]/.test(gap)) break;
      const next = tokens[j + 1];
      if (next.kind === "word" && next.capitalised && !(STOPWORDS.has(next.norm) && !isAllCapsName(next))) j++;
      else if ((next.norm === "of" || next.norm === "de" || next.norm === "al") && tokens[j + 2]?.capitalised && !STOPWORDS.has(tokens[j + 2].norm)) j += 2;
      // A plural possessive inside a name: "Tollmouth Magistrates' Court", "the Dockers' Union".
      else if (isApostrophe(next) && next.start === tokens[j].end && /s$/.test(tokens[j].norm) && tokens[j + 2]?.capitalised && !STOPWORDS.has(tokens[j + 2].norm)) j += 2;
      else break;
    }
    // A place or nationality next to another name is a name of its own: "Paris Chilean embassy", "US National
    // Weather Service", "Dutch Prime Minister Ines Calder".
    const isPlaceToken = (t: Token) => isPlaceName(t.norm) && !isPlaceName(text.slice(tokens[i].start - base, tokens[j].end - base));
    for (let k = i; k <= j; k++) {
      if (isPlaceToken(tokens[k]) && j > i) {
        j = k === i ? i : k - 1;
        break;
      }
    }
    let words = tokens.slice(i, j + 1);
    if (words.length === 1 && CALENDAR.has(words[0].norm)) continue;
    // Split off a leading honorific or title: "Prime Minister Ines Calder", "Dr Tomas Eriksen", "Foreign Minister ...".
    // "Brimley General Hospital": a title ("general") split off would leave only a body's last word, so the whole
    // run is the body's name.
    const titled = titleLength(words.map((w) => w.norm));
    const k = titled === words.length - 1 && ORG_WORDS.has(words[words.length - 1].norm) ? 0 : titled;
    // A letter's greeting ("Dear Mrs Quill,") is no part of the title.
    let titleWords = words.slice(0, k).filter((w) => !HONORIFICS.has(w.norm) && w.norm !== "dear");
    words = words.slice(k);
    // "Chief Medical Officer of Kestrel Labs": the name is the organisation's, the title someone's in it.
    if (words.length && !words[0].capitalised) {
      while (words.length && !words[0].capitalised) words = words.slice(1);
      titleWords = [];
    }
    if (!words.length) {
      i = j;
      continue;
    }
    // "Inspector Ruth Mallory of Tollmouth Police", "Dr Jo Bell of Kestrel Labs": a titled person, then the body
    // they belong to, read as a name of its own on the next turn of the loop.
    const of = k > 0 ? words.findIndex((w, n) => n > 0 && n <= 3 && w.norm === "of") : -1;
    if (of > 0 && !words.slice(0, of).some((w) => ORG_WORDS.has(w.norm))) {
      j = tokens.indexOf(words[of]);
      words = words.slice(0, of);
    }
    const entityText = text.slice(words[0].start - base, words[words.length - 1].end - base).replace(/['’]s$/, "");
    // The possessive's apostrophe is no word of the name, and its key is the same written with or without it.
    const norms = words.filter((w) => !isApostrophe(w)).map((w) => w.norm);
    const lastIsOrg = ORG_WORDS.has(norms[norms.length - 1]);
    const isPlace = isPlaceName(entityText);
    const entity: EntityFact = {
      text: entityText,
      key: canonicalPlace(entityText.replace(/(?<=s)['’](?=\s)/g, "")),
      tokens: norms.map((n) => canonicalPlace(n)),
      start: words[0].start,
      end: words[0].start + entityText.length,
      person: !lastIsOrg && !isPlace && (k > 0 || (words.length >= 2 && words.length <= 3 && words.every((w) => !isAllCapsName(w)))),
    };
    // The role written before the name, in any case: "Site engineer Dr Tomas Eriksen", "spokesperson Mara Quinn".
    let tStart = titleWords.length ? titleWords[0].start : -1;
    let tEnd = titleWords.length ? titleWords[titleWords.length - 1].end : -1;
    let p = i - 1;
    // Not across a bracket: "member), Jo Bell" ends someone else's description; nor across a comma after "a …", which
    // describes the name before it: "from Ines Calder, a retired nurse, Cllr Jo Bell said".
    const gapBefore = p >= 0 ? text.slice(tokens[p].end - base, tokens[i].start - base) : "";
    if (tStart < 0 && p >= 0 && isRoleWord(tokens[p].norm) && !/[()]/.test(gapBefore) && !(gapBefore.includes(",") && describesNameBefore(tokens, p))) {
      tStart = tokens[p].start;
      tEnd = tokens[p].end;
      p--;
    }
    // "The secretary of the club, Ines Quill, said": an office of a body, set before the name and opening the sentence.
    // Held as an appositive role, not a title: it is no part of the name the person is credited by.
    const office = tStart < 0 && p >= 3 && /^\s*,\s*$/.test(gapBefore) ? officeOfBodyOpening(tokens, p, text, base) : -1;
    const setOff = office >= 0 ? { text: text.slice(tokens[office].start - base, tokens[p].end - base), start: tokens[office].start, end: tokens[p].end } : undefined;
    if (tStart >= 0) {
      while (p >= 0 && p >= i - 4 && tokens[p].kind === "word" && !STOPWORDS.has(tokens[p].norm) && !/[,.;:()]/.test(text.slice(tokens[p].end - base, tokens[p + 1].start - base))) {
        tStart = tokens[p].start;
        p--;
      }
    }
    // Not after a preposition: in "Ruth Mallory, 54, of Tollmouth, the director of …" the role is Mallory's. A
    // person's name is the object of its preposition: "the report of Ines Calder, director of leisure" gives hers.
    const prepositionBefore = i > 0 && (PLACE_PREPOSITIONS.has(tokens[i - 1].norm) || tokens[i - 1].norm === "of");
    const afterPreposition = prepositionBefore && (!entity.person || /,/.test(text.slice(tokens[i - 2]?.end - base, tokens[i - 1].start - base)));
    const after = text.slice(entity.end - base, entity.end - base + 80);
    const role = afterPreposition ? undefined : prepositionBefore ? wholeAppositiveRole(after) : appositiveRole(after);
    const roleSpan = role && { text: role.text, start: entity.end + role.offset, end: entity.end + role.offset + role.text.length };
    if (tStart >= 0) {
      entity.title = { text: text.slice(tStart - base, tEnd - base), start: tStart, end: tEnd };
      entity.person = !lastIsOrg && !isPlace;
      if (roleSpan && entity.person) entity.role = roleSpan;
    } else if (roleSpan) {
      entity.title = roleSpan;
      entity.person = true;
    }
    if (setOff && entity.person && !entity.role) entity.role = setOff;
    const home = entity.person && !afterPreposition ? homePlace(text.slice(entity.end - base, entity.end - base + 80), listed) : undefined;
    if (home) entity.home = { text: home.text, start: entity.end + home.offset, end: entity.end + home.offset + home.text.length };
    out.push(entity);
    i = j;
  }
  return out;
}

/** A capitalised run of words: a place's name. */
const PLACE_NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*`;
const HOME_AFTER_NAME = [
  // "Jo Bell, 54, of Brimley", "Owen Brack, from Fenmore"
  new RegExp(String.raw`^(?:,\s+\d{1,3})?,\s+(?:of|from)\s+(${PLACE_NAME})(?=[,.;:)]|\s+(?:said|says|told|who)\b|$)`, "u"),
  // "Owen Brack, a farmer from Fenmore", "Jo Bell, 54, a retired nurse from Brimley"
  new RegExp(String.raw`^(?:,\s+\d{1,3})?,\s+an?\s+(?:[\p{Ll}-]+\s+){1,3}?from\s+(${PLACE_NAME})(?=[,.;:)]|\s+(?:said|says|told|who)\b|$)`, "u"),
  // "Jo Bell, who lives in Brimley"
  new RegExp(String.raw`^,\s+who\s+(?:lives|lived|has\s+lived)\s+in\s+(${PLACE_NAME})(?=[,.;:)]|\s+(?:said|says|told|for)\b|$)`, "u"),
];
/** In a list of people under a heading ("Speakers: Jo Bell, Brimley; Owen Brack, Fenmore."), the place after each name. */
const HOME_IN_LIST = new RegExp(String.raw`^,\s+(${PLACE_NAME})(?=[;.]|$)`, "u");

/** The place `rest` (the text right after a person's name) says they are from, and where it starts in `rest`. */
function homePlace(rest: string, listed: boolean): { text: string; offset: number } | undefined {
  for (const pattern of listed ? [...HOME_AFTER_NAME, HOME_IN_LIST] : HOME_AFTER_NAME) {
    const m = pattern.exec(rest);
    if (!m) continue;
    // "Jo Bell, of Kestrel Labs": a body someone is with, not where they are from.
    const last = m[1].slice(m[1].lastIndexOf(" ") + 1).toLowerCase();
    if (!ORG_WORDS.has(last) && !BODY_ENDINGS.has(last)) return { text: m[1], offset: m.index + m[0].length - m[1].length };
  }
  return undefined;
}

/** Words that end the description in an appositive before its role could: "a lecturer in law at …". */
const APPOSITIVE_BREAK = new Set(["of", "at", "for", "in", "on", "with", "and", "or", "who", "which", "whose", "from", "to", "said", "says"]);

/**
 * The role an appositive gives the name it follows, up to its last role word: "Joe Hale, a teacher at Elm Road",
 * "Ines Calder, chief executive of Kestrel Labs", "Jo Bell, the union's regional convenor". `rest` starts right after
 * the name; the offset is into it.
 */
function appositiveRole(rest: string): { text: string; offset: number } | undefined {
  // An age or a home town may come first: "Owen Brack, 39, of Brimley, a former site manager".
  // Or the name is the subject of "is" or "was": "Kate Lyle is a teacher on Brimley".
  // Or, in minutes and lists, it stands in brackets: "Jo Bell (staff member of Council)".
  // Or a relative clause gives it: "Jo Bell, who worked as a lifeguard at the lido", "Owen Brack, who is head of parks".
  // One of several holders, of an age: "Jo Bell, one of the club's trustees", "Owen Brack, a 39-year-old driver".
  const lead = /^(?:,\s+who\s+(?:is|was|has\s+been|had\s+been|(?:works|worked|serves|served)\s+as)\s+(?:(?:an?|the|its|his|her|their)\s+)?|(?:,\s+\d{1,3})?(?:,\s+of\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)?,\s+(?:one\s+of\s+)?(?:(?:an?|the|its|his|her|their)\s+)?(?:\d{1,3}-year-old\s+)?|\s+(?:is|was)\s+(?:an?|the|its|his|her|their)\s+|\s+\(\s*(?:(?:an?|the)\s+)?)/u.exec(rest);
  if (!lead) return undefined;
  // Word by word from the comma (sticky, so nothing is skipped), up to six words ("the Kestrel Bay Dockers Union's
  // regional organiser"), to a break or punctuation.
  // A plural owner ends in the apostrophe: "the trustees' chief executive".
  const word = /([\p{L}-]+(?:['’]s|(?<=s)['’])?)(\s+|(?=[,.;:)]|$))/uy;
  word.lastIndex = lead[0].length;
  let end = -1;
  let previousIsRole = false;
  // "one of the club's coaches": only after "one of" is a plural certain to name the office.
  const several = /\bone\s+of\s/.test(lead[0]);
  for (let count = 0, m = word.exec(rest); m && count < 6; count++, m = m[2] ? word.exec(rest) : null) {
    const w = m[1].toLowerCase();
    if (APPOSITIVE_BREAK.has(w)) {
      if (previousIsRole && (w === "of" || w === "for")) end = officeFieldEnd(rest, m.index + m[0].length) ?? end;
      break;
    }
    previousIsRole = isRoleWord(several ? singularRole(w) : w.replace(/s$/, ""));
    if (previousIsRole) end = m.index + m[1].length;
  }
  return end > 0 ? { text: rest.slice(lead[0].length, end), offset: lead[0].length } : undefined;
}

/**
 * After a preposition a name may be a place or a body ("formerly head of Kestrel Academy, has been appointed …"): a
 * role is read there only when it is the whole of the phrase between the commas, "of Ines Calder, director of
 * leisure.", opening with no verb.
 */
function wholeAppositiveRole(rest: string): { text: string; offset: number } | undefined {
  const role = appositiveRole(rest);
  if (!role || FINITE_AUXILIARIES.has(role.text.split(/\s+/)[0].toLowerCase())) return undefined;
  return /^(?:[,.;:)]|$)/.test(rest.slice(role.offset + role.text.length)) ? role : undefined;
}

/** Last words of an organisation's name, beside `ORG_WORDS`: "Kestrel Labs", "the Brimley Trust". */
const BODY_ENDINGS = new Set("labs lab laboratory laboratories trust plc llp foundation society authority board corporation partnership charity network holdings industries systems technologies academy college fc".split(" "));

/**
 * The field an office covers, named after "of" or "for": "Head of Housing", "director of public health", "Cabinet
 * Member for Parks and Leisure". Up to four words closed by punctuation or a reporting verb, with no article or
 * possessive and not an organisation or a place ("chief executive of the Brimley Trust", "of Kestrel Labs", "of
 * Tollmouth"): the organisation says whose office it is, the field which one. Returns the end offset in `rest`.
 */
function officeFieldEnd(rest: string, from: number): number | undefined {
  const word = /([\p{L}-]+)(\s*)/uy;
  word.lastIndex = from;
  const words: string[] = [];
  let end = -1;
  let closed = false;
  for (let m = word.exec(rest); m; m = word.exec(rest)) {
    // "Director of Leisure Services at Fenmore Council said": the organisation or the verb closes the field.
    if (words.length && (m[1] === "at" || REPORTING_VERBS.has(stem(m[1].toLowerCase())))) {
      closed = true;
      break;
    }
    if (words.length === 4) break;
    words.push(m[1]);
    end = m.index + m[1].length;
    if (!m[2]) {
      closed = /^(?:[,.;:)]|$)/.test(rest.slice(end));
      break;
    }
  }
  if (!closed || !words.length) return undefined;
  const norms = words.map((w) => w.toLowerCase());
  if (norms[0] === "and" || norms[norms.length - 1] === "and" || norms.some((w) => w !== "and" && STOPWORDS.has(w))) return undefined;
  const fieldWord = (w: string, norm: string) => norm === "and" || !/^\p{Lu}/u.test(w) || (!isPlaceName(norm) && lexeme(norm).senses !== null);
  // A department is "services" ("Head of Customer Services"); a capitalised "Council" or "Labs" ends a body's name.
  const last = norms[norms.length - 1];
  const body = (ORG_WORDS.has(last) && last !== "services") || BODY_ENDINGS.has(last);
  if ((body && /^\p{Lu}/u.test(words[words.length - 1])) || !words.every((w, k) => fieldWord(w, norms[k]))) return undefined;
  return end;
}

function extractQuotes(text: string, base: number): QuoteFact[] {
  const out: QuoteFact[] = [];
  // Straight quotes pair up in order; curly quotes pair by direction. A quote left open runs to the sentence end.
  const re = /"([^"]*)("|$)|“([^”]*)(”|$)/g;
  for (const m of text.matchAll(re)) {
    const inner = m[1] ?? m[3] ?? "";
    const innerStart = m.index! + 1;
    const trimmed = inner.replace(/[\s,.]+$/, "");
    if (trimmed.split(/\s+/).filter(Boolean).length < 1 || !/\p{L}/u.test(trimmed)) continue;
    out.push({ text: trimmed, start: base + innerStart, end: base + innerStart + trimmed.length });
  }
  // A sentence that closes a quote opened in an earlier sentence: from the start up to the lone closing mark.
  if (!out.length) {
    const close = text.search(/[”]/);
    if (close > 0) out.push({ text: text.slice(0, close).replace(/^[\s“"]+/, ""), start: base, end: base + close });
  }
  return out;
}

const CLAUSE_BREAK = new Set(["and", "but", "while", "whereas", "although", "though", "however", "yet", "when", "after", "before", "because", "if", "since", "until", "unless", "which", "who"]);

/**
 * Words of trying, planning, wanting or guessing: what they govern is not asserted ("tried to paralyse", "wants to
 * close", "might have flooded").
 */
const ATTEMPT = new Set(["might", "tried", "try", "tries", "trying", "attempt", "attempted", "attempting", "bid", "sought", "seek", "seeks", "aim", "aimed", "aims", "intended", "intend", "plan", "planned", "plans", "threatened", "threaten", "hoped", "hope", "hopes", "hoping", "goal", "wanted", "want", "wants", "wanting", "wish", "wishes", "wished"]);

const DESCRIBING_PREPOSITIONS = new Set(["for", "in", "on", "at", "by", "from"]);

const DOUBTING = new Set("dispute disputed disputes contest contested contests doubt doubted doubts question questioned questions challenge challenged challenges".split(" "));
/** "ask" in its forms: a request ("asked the club to …") or a question ("asked if …"), by what follows it. */
const ASKING = ["asked", "ask", "asks", "asking"];
const REQUESTING = new Set([...ASKING, ..."requested request requests requesting urged urge urges urging".split(" ")]);
const QUESTIONING = new Set([...ASKING, "wondered", "wonder", "wonders", "queried", "query", "queries"]);

/**
 * Tokens governed by a cue: the next five content words of its clause. A wider scope would let two sentences that
 * negate the same thing disagree on where a comma falls.
 */
function scopeAfter(cues: Token[], facts: SentenceFacts, text: string, base: number): Set<number> {
  const scope = new Set<number>();
  for (const cue of cues) {
    const from = raisedNegation(facts, cue, text, base) ?? facts.tokens.indexOf(cue);
    let taken = 0;
    let quoteOpened = false;
    let complement = cue.norm === "whether";
    // Inside a list of the denied verb's objects ("would not sell tickets, tea or souvenirs") every item is
    // denied, and the list's commas and its closing "and" or "or" end no clause.
    let listed = false;
    for (let k = from + 1; k < facts.tokens.length && (taken < 5 || listed); k++) {
      const t = facts.tokens[k];
      const gap = text.slice(facts.tokens[k - 1].end - base, t.start - base);
      // A quotation opening before the cue's first content word is what it negates (was not “fair to …”), and
      // so is one opening as its object (could not keep “three libraries open …”).
      const opensQuote = /^\s*$/.test(gap) && (t.text === "“" || (t.text === '"' && !!facts.tokens[k + 1] && facts.tokens[k + 1].start === t.end));
      if (opensQuote && (taken === 0 || (taken === 1 && isContentToken(facts.tokens[k - 1])))) {
        quoteOpened = true;
        continue;
      }
      // A clause ends at punctuation, a conjunction or a closing quotation mark.
      const opening = quoteOpened && k > 0 && /^["“]$/.test(facts.tokens[k - 1].text);
      quoteOpened = false;
      // "none of which had been linked": the relative clause is what the cue denies.
      const deniedRelative = k === from + 2 && facts.tokens[k - 1].norm === "of" && (t.norm === "which" || t.norm === "who" || t.norm === "whom");
      // "had yet to", "have not yet": "yet" after a verb is an adverb of time, not the conjunction.
      const adverbYet = t.norm === "yet" && (FINITE_AUXILIARIES.has(facts.tokens[k - 1].norm) || facts.tokens[k - 1].norm === "not");
      if (taken > 0 && !listed && /^,\s*$/.test(gap) && listOfObjects(facts.tokens, k, text, base)) listed = true;
      const listGoesOn = listed && (LIST_JOINERS.has(t.norm) || /^,\s*$/.test(gap));
      // The list's "and" or "or" joins its items and is itself no item.
      if (listGoesOn && LIST_JOINERS.has(t.norm)) continue;
      if (!listGoesOn && ((!opening && /[,;:()"“”]/.test(gap)) || (CLAUSE_BREAK.has(t.norm) && !deniedRelative && !adverbYet) || /^["“”]$/.test(t.text))) break;
      if (listed && (/[;:()"“”.]/.test(gap) || (CLAUSE_BREAK.has(t.norm) && !LIST_JOINERS.has(t.norm)) || FINITE_AUXILIARIES.has(t.norm))) break;
      // A finite verb after the denied words starts the next clause ("roofs that were never mended | have been
      // billed"), unless the denied verb introduced it: "has not said whether the pier will be rebuilt". A denied
      // subject ("no roof had been mended") reaches its verb.
      if (taken > 0 && FINITE_AUXILIARIES.has(t.norm) && !complement && !DENIED_SUBJECT.has(cue.norm)) break;
      // "dismissed without warning by the board": "without" denies its object, not the phrases that follow it. An
      // infinitive's "to" is no preposition: "without needing to apply" denies the applying too.
      const infinitive = t.norm === "to" && canBeVerb(facts.tokens[k + 1]?.norm ?? "");
      if (taken > 0 && cue.norm === "without" && PREPOSITIONS.has(t.norm) && !infinitive) break;
      if (t.norm === "whether" || t.norm === "that") complement = true;
      // "did not order the club to scrap the regatta": what no one was ordered to do may still have been done.
      if (t.norm === "to" && scopeHasBidding(facts.tokens, from, k)) break;
      // "will not be paid anything for ending the lease": the act it is "for" is the reason, taken as done.
      if (taken > 0 && t.norm === "for" && /ing$/.test(facts.tokens[k + 1]?.norm ?? "") && canBeVerb(facts.tokens[k + 1].norm)) break;
      scope.add(t.start);
      // "denied that it had been told the ferry firm was short of money": the report inside the denied clause is
      // denied, not what it reported, which the denial neither asserts nor denies.
      if (complement && REPORTING_VERBS.has(t.stem) && !PREPOSITIONS.has(facts.tokens[k + 1]?.norm ?? "")) break;
      // "did not stop selling", "need not cease being labelled": the denied stopping is the cue's word; what it would
      // have stopped goes on, so it is not negated.
      if (CESSATION.has(t.stem)) break;
      // Names do not use up the scope: "did not ask the Coastal Workers Union to strike" negates "strike" too.
      if (isContentToken(t) && !t.capitalised) taken++;
    }
  }
  return scope;
}

const LIST_JOINERS = new Set(["and", "or"]);
const LIST_ITEM_WORDS = 4;

/**
 * From token `k`, just after a comma: the rest of a list of short items, each of at most a few words with no verb of
 * its own, closed by "and" or "or" before the clause ends ("…, tea, programmes or souvenirs"). The last
 * item may run on ("or souvenirs printed for the regatta").
 */
function listOfObjects(tokens: Token[], k: number, text: string, base: number): boolean {
  // A verb makes an item a clause: "…, the council said, and the work stopped".
  const verbal = (t: Token) => FINITE_AUXILIARIES.has(t.norm) || CLAUSE_BREAK.has(t.norm) || t.norm === "to" || REPORTING_VERBS.has(t.stem) || (/ed$/.test(t.norm) && canBeVerb(t.norm));
  let words = 0;
  let closing = false;
  for (let i = k; i < tokens.length; i++) {
    const t = tokens[i];
    const gap = i > k ? text.slice(tokens[i - 1].end - base, t.start - base) : "";
    if (/[;:()"“”.]/.test(gap) || (closing && /,/.test(gap))) return closing && words > 0;
    if (!closing && LIST_JOINERS.has(t.norm)) {
      if (!words) return false;
      closing = true;
      words = 0;
      continue;
    }
    if (/^,\s*$/.test(gap)) words = 0;
    if (verbal(t)) return false;
    if (++words > LIST_ITEM_WORDS) return closing;
  }
  return closing && words > 0;
}

/** Verbs of belief whose denial is belief in a denial: "did not think the pier should close" ("thought it should not"). */
const NEG_RAISING = new Set("think thinks thought believe believes believed expect expects expected suppose supposes supposed".split(" "));
const RAISED_REACH = 6;

/**
 * Where the scope of a cue on a verb of belief starts: after the verb of the clause believed ("did not think club
 * funds | should pay …"), so that its subject, like the believing, is asserted. Undefined when the cue denies no such
 * verb, or no finite verb or infinitive follows within a few words.
 */
function raisedNegation(facts: SentenceFacts, cue: Token, text: string, base: number): number | undefined {
  const tokens = facts.tokens;
  const at = tokens.indexOf(cue);
  if (!NEG_RAISING.has(tokens[at + 1]?.norm ?? "")) return undefined;
  for (let k = at + 2; k < tokens.length && k - at <= RAISED_REACH; k++) {
    if (clauseBreakAt(tokens, k, text, base)) return undefined;
    if (k > at + 2 && (FINITE_AUXILIARIES.has(tokens[k].norm) || tokens[k].norm === "to")) return k;
  }
  return undefined;
}

/** Verbs that bid someone act ("ordered the club to scrap it"): denying the bidding leaves the act open. */
const BIDDING = new Set("tell told tells advise advised advises instruct instructed instructs order ordered orders urge urged urges".split(" "));

/** The scope from the cue to `k` opens with a verb of bidding and its object: "not order the club | to". */
function scopeHasBidding(tokens: Token[], from: number, k: number): boolean {
  const verb = tokens.slice(from + 1, k).find((t) => isContentToken(t));
  return !!verb && BIDDING.has(verb.norm) && k - tokens.indexOf(verb) >= 2;
}

export const PREPOSITIONS = new Set("by on at in from for to with after before during since until into over under through of about against".split(" "));

// "too" is a cue only in "too few" and "too little" (see `extractNegations`): a denied quantity, like "no".
const DENIED_SUBJECT = new Set(["no", "none", "nobody", "nothing", "neither", "too"]);
export const FINITE_AUXILIARIES = new Set("will would is are was were has have had can could may might must shall should does did".split(" "));

/**
 * Stems of the verbs of stopping ("ceased", "stops", "halted") and of undoing a decision ("would not change their
 * decision to sell the boathouse", "did not withdraw the plan"): a denied one ends a negation's scope, since what it
 * would have stopped or undone stands.
 */
const CESSATION = new Set(["ceas", "stop", "halt", "quit", "discontinu", "chang", "revers", "alter", "overturn", "reconsid", "revisit", "withdraw", "abandon", "scrap"]);

function negationScope(facts: SentenceFacts, text: string, base: number): Set<number> {
  return scopeAfter(facts.negations, facts, text, base);
}

function extractNegations(tokens: Token[], text: string, base: number): Token[] {
  const cues: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1]?.norm;
    // A cue past the verb, so its scope starts at what is denied: the statement a rejection denies, as "denied that"
    // does, or the "from" before the act someone was held back from.
    const deferred = rejectedStatement(tokens, i, text, base) ?? hinderedAct(tokens, i);
    if (deferred) {
      cues.push(deferred);
      continue;
    }
    // "too few staff" is "not enough staff"; "banned from taking" is "may not take".
    // "in the clubhouse rather than at home" is "in the clubhouse, not at home".
    const isCue =
      NEGATION.has(t.norm) ||
      (NEGATING_BEFORE_TO.has(t.norm) && next === "to") ||
      // "stopped using", not "seven stops, serving the hospital".
      (STOPPING.has(t.norm) && /ing$/.test(next ?? "") && /^ +$/.test(text.slice(t.end - base, tokens[i + 1].start - base))) ||
      /n't$/.test(t.norm) ||
      (t.norm === "rather" && next === "than") ||
      (t.norm === "instead" && next === "of") ||
      (t.norm === "too" && (next === "few" || next === "little")) ||
      (PROHIBITION.has(t.norm) && next === "from" && /ing$/.test(tokens[i + 2]?.norm ?? ""));
    if (!isCue) continue;
    // "no fewer than", "no more than", "not only", "no longer" (a change, not a denial), "no doubt".
    // But "no more cars can reach the ferry" denies: "more" is a bound only with "than" after it.
    if (t.norm === "no" && (next === "fewer" || next === "less" || next === "doubt" || (next === "more" && tokens[i + 2]?.norm === "than"))) continue;
    if (t.norm === "not" && (next === "only" || next === "least")) continue;
    // "did not dispute the figures", "had no reason to doubt him": not doubting a thing grants it.
    if ((t.norm === "not" || t.norm === "never" || t.norm === "no" || /n't$/.test(t.norm)) && doubtingAfter(tokens, i)) continue;
    cues.push(t);
  }
  // Two cues in one clause cancel ("not unlike", "never failed to"); cues in different clauses each deny their own
  // ("did not pay the deposit are unlikely to get a refund", "no job cuts and that no library will close").
  const kept: Token[] = [];
  for (const cue of cues) {
    const last = kept[kept.length - 1];
    // "may not sell cheese, eggs or milk without a licence": a list's commas do not part "not" from "without".
    if (last && (sameClause(tokens, last, cue, text, base) || (cue.norm === "without" && sameClause(tokens, last, cue, text.replace(/,/g, " "), base)))) kept.pop();
    else kept.push(cue);
  }
  return kept;
}

/**
 * "stopped the crew from reaching the quay": the "from" before the act held back, which starts the negation's scope
 * there, so the one held back (the crew) is not denied. Up to three words name them; with none between, "barred from
 * standing", the verb itself is the cue (see `PROHIBITION`).
 */
function hinderedAct(tokens: Token[], i: number): Token | undefined {
  if (!HINDERING.has(tokens[i].norm)) return undefined;
  for (let k = i + 2; k <= i + 4 && k + 1 < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== "word" || CLAUSE_BREAK.has(t.norm)) return undefined;
    if (t.norm === "from") return /ing$/.test(tokens[k + 1].norm) ? t : undefined;
  }
  return undefined;
}

/**
 * The date after "until" that closes the clause of the negated word `t`: "the ferry will not sail until 4 May" places
 * the sailing on 4 May rather than denying it. Undefined where the clause goes on to something else, or
 * "until" leads no date ("until further notice", "until the council decides").
 */
export function timedByUntil(facts: SentenceFacts, t: Token): DateFact | undefined {
  return dateClosingClause(facts, t, UNTIL);
}

/** "had not been seen since Monday": the date after "since" that closes the clause of the negated word `t`. */
export function negatedSince(facts: SentenceFacts, t: Token): DateFact | undefined {
  return dateClosingClause(facts, t, SINCE);
}

export const UNTIL = new Set(["until", "till"]);
const SINCE = new Set(["since"]);

function dateClosingClause(facts: SentenceFacts, t: Token, words: Set<string>): DateFact | undefined {
  const tokens = facts.tokens;
  const i = tokens.indexOf(t);
  for (let k = i + 1; k > 0 && k < tokens.length && k <= i + 8; k++) {
    if (words.has(tokens[k].norm)) {
      const next = tokens[k + 1]?.norm === "the" ? tokens[k + 2] : tokens[k + 1];
      return next && facts.dates.find((d) => d.start === next.start);
    }
    // A clause break, or punctuation between the words (the only thing that leaves a gap wider than a space).
    if (CLAUSE_BREAK.has(tokens[k].norm) || tokens[k].kind === "symbol" || !adjacent(tokens[k - 1], tokens[k])) return undefined;
  }
  return undefined;
}

/** A doubting verb right after the cue ("not dispute"), or after a reason for it ("no reason to doubt"). */
function doubtingAfter(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1]?.norm;
  if (next !== undefined && DOUBTING.has(next)) return true;
  return (next === "reason" || next === "cause" || next === "grounds") && tokens[i + 2]?.norm === "to" && DOUBTING.has(tokens[i + 3]?.norm ?? "");
}

/** "rejected the union's claim that …": the statement noun a few words after the verb, then "that". */
function rejectedStatement(tokens: Token[], i: number, text: string, base: number): Token | undefined {
  if (!REJECTION.has(tokens[i].norm)) return undefined;
  // "rejected the harbour master's claim that": a possessive makes the noun phrase long.
  for (let k = i + 1; k <= i + 7 && k + 1 < tokens.length; k++) {
    if (STATEMENT_NOUNS.has(tokens[k].norm)) return tokens[k + 1].norm === "that" && sameClause(tokens, tokens[i], tokens[k + 1], text, base) ? tokens[k] : undefined;
  }
  return undefined;
}

/** Verbs whose subject denies what follows them ("denied closing the depot", "denies that it knew"). */
const DENYING = new Set(["denied", "denies", "deny"]);

/**
 * The sentence's negation is someone denying a statement: "the firm denied closing the depot", "the council rejected
 * claims that the boathouse was unsafe". The denial is that party's side of a dispute, not the record of what happened.
 */
export function deniedByParty(facts: SentenceFacts): boolean {
  // The first cue: a later one denies in a clause of its own ("denied that its engineers caused the flood, which
  // left the hall unable to open").
  const cue = facts.negations[0];
  if (!cue || (!DENYING.has(cue.norm) && !STATEMENT_NOUNS.has(cue.norm))) return false;
  // Someone denies: a subject stands before the denial ("Denied entry, the crew …" has none).
  return facts.content.some((t) => t.end <= cue.start);
}

/** A person as a speaker is written: with the title when it stands before the name ("Prime Minister Ines Calder"). */
export function speakerName(e: EntityFact): string {
  return e.title && e.title.start < e.start ? `${e.title.text} ${e.text}` : e.text;
}

/** The word right before whatever starts at `at` in the sentence, a token or a name ("" at the sentence's start). */
export function wordBefore(facts: SentenceFacts, at: { start: number }): string {
  return facts.tokens[facts.tokens.findIndex((t) => t.start === at.start) - 1]?.norm ?? "";
}

/** A clause ends before token `k`: punctuation between it and the token before, or a conjunction at `k`. */
function clauseBreakAt(tokens: Token[], k: number, text: string, base: number): boolean {
  return /[,;:()"“”]/.test(text.slice(tokens[k - 1].end - base, tokens[k].start - base)) || CLAUSE_BREAK.has(tokens[k].norm);
}

/** No clause boundary between two tokens: the same breaks that end a negation's scope (see `scopeAfter`). */
function sameClause(tokens: Token[], from: Token, to: Token, text: string, base: number): boolean {
  let content = false;
  for (let k = tokens.indexOf(from) + 1; k < tokens.length && tokens[k - 1] !== to; k++) {
    const t = tokens[k];
    if (clauseBreakAt(tokens, k, text, base)) return false;
    if (content && FINITE_AUXILIARIES.has(t.norm) && !DENIED_SUBJECT.has(from.norm)) return false;
    if (isContentToken(t) && !t.capitalised) content = true;
  }
  return true;
}

const SPEAKER_PRONOUNS = new Set(["he", "she", "they", "it"]);
/** Forms of "be": before a reporting verb they make it an order received ("were told"), before others a passive. */
export const BE_FORMS = new Set(["is", "are", "was", "were", "be", "been", "being"]);
/** Reporting verbs whose object is the listener: "told Ines Calder", "warned the council". */
const LISTENER_VERBS = new Set("told tells tell telling warned warns warn assured assures informed informs reminded reminds".split(" "));

/**
 * Reporting verbs that attribute whatever they govern; the others only with "that", a colon or a quotation. "Reported"
 * is one of the others: "the company reported a loss" discloses a figure, "police reported that …" relays a claim.
 */
const CLAUSE_VERBS = new Set(
  "said says say told tells added adds noted notes warned warns stated states claimed claims concluded concludes insisted insists argued argues explained wrote writes tweeted alleged alleges vowed vows according believes believe thinks think estimated estimates predicted predicts".split(" "),
);

function introducesClause(tokens: Token[], i: number, text: string, base: number): boolean {
  // "described the pool as the coldest in the county": what follows "as" is the speaker's description, in the draft's words.
  if (/^describ/.test(tokens[i].norm) && tokens.slice(i + 1, i + 7).some((t) => t.norm === "as")) return true;
  const rest = text.slice(tokens[i].end - base, (tokens[i + 6]?.end ?? base + text.length) - base);
  return /^\s*(that\b|:|,?\s*["“])/.test(rest) || /["“]/.test(rest) || i === tokens.length - 1 || /^[.,]/.test(text.slice(tokens[i].end - base).trim());
}

interface Attribution {
  speaker?: string;
  attributed: boolean;
  /** Offsets of the words that do the attributing ("Kestrel Labs said", "according to the government"). */
  span?: { start: number; end: number };
}

/** Prepositions of place and direction: the name after one says where something happened. */
export const PLACE_PREPOSITIONS = new Set("in at near from into onto outside inside across around towards toward behind beside through".split(" "));
/** Prepositions whose object says where or when ("near Brimley", "since dawn on Friday"): never a subject. */
const SETTING_PREPOSITIONS = new Set([...PLACE_PREPOSITIONS, "on", "since", "until", "during"]);
/** Words that end a clause or join two: a reporting verb's subject does not lie beyond one. */
const CLAUSE_JOINERS = new Set("and or but that which who when after before while because as if".split(" "));
/** Words that may stand between "was" and the participle of a passive: "was never told", "were also informed". */
const PASSIVE_ADVERBS = new Set("never not also only first later then already just formally repeatedly previously".split(" "));
/** Time words that may stand between a subject and its verb ("the company today reports"). */
const TIME_ADVERBS = new Set("today yesterday tonight now later earlier previously recently separately publicly privately".split(" "));

function afterPlacePreposition(tokens: Token[], e: { start: number }): boolean {
  let k = tokens.findIndex((x) => x.start === e.start) - 1;
  // "at the University of Tollmouth" as much as "at Tollmouth".
  if (k > 0 && tokens[k].norm === "the") k--;
  return k >= 0 && PLACE_PREPOSITIONS.has(tokens[k].norm);
}

/**
 * The word a reporting verb (at `i`) has for its subject when no name stands there: the nearest content word or
 * pronoun before it ("the council said", "she said"), past time words, but not across a clause boundary ("swung to a
 * loss and said") and not the object of a preposition of place or time ("rescuers near Brimley said", "on Friday said").
 */
function subjectBefore(tokens: Token[], i: number, from: number): Token | undefined {
  for (let j = i - 1; j >= Math.max(0, i - 6) && tokens[j].start >= from; j--) {
    const x = tokens[j];
    if (SPEAKER_PRONOUNS.has(x.norm)) return x;
    if (CLAUSE_JOINERS.has(x.norm)) return undefined;
    if (x.kind !== "word" || STOPWORDS.has(x.norm) || TIME_ADVERBS.has(x.norm)) continue;
    return j > 0 && SETTING_PREPOSITIONS.has(tokens[j - 1].norm) ? undefined : x;
  }
  return undefined;
}

function findSpeaker(tokens: Token[], entities: EntityFact[], quotes: QuoteFact[], context: AnalyseContext, sentenceText: string, base: number): Attribution {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // By its stem only when the word may be a verb: "order confirmation" reports nothing.
    if (!REPORTING_VERBS.has(t.norm) && !(REPORTING_VERBS.has(t.stem) && (!hasWordNet() || canBeVerb(t.norm)))) continue;
    if (t.norm === "according" && tokens[i + 1]?.norm !== "to") continue;
    // "“… no reason to think it will be different,” he said": a verb inside the quoted words reports nothing.
    if (quotes.length && quotes.some((q) => t.start >= q.start && t.end <= q.end)) continue;
    // "The United States": a word of a name is no verb.
    if (t.capitalised && i > 0 && entities.some((e) => t.start >= e.start && t.end <= e.end)) continue;
    // "were told to leave", "was never told" is an order or news received, not a report.
    let k = i - 1;
    while (k > 0 && PASSIVE_ADVERBS.has(tokens[k].norm)) k--;
    if (k >= 0 && BE_FORMS.has(tokens[k].norm)) continue;
    // "announced the move" reports an act; "announced that …", "described it as “…”" report words.
    if (!CLAUSE_VERBS.has(t.norm) && !introducesClause(tokens, i, sentenceText, base)) continue;
    // "…, the council confirmed": a short subject between the last comma and the verb is the speaker, even when a
    // name stands earlier in the sentence; only names inside that stretch can be it.
    const comma = sentenceText.lastIndexOf(",", t.start - base);
    const stretch = comma >= 0 ? sentenceText.slice(comma + 1, t.start - base).trim() : "";
    const trailing = stretch !== "" && stretch.split(/\s+/).length <= 4;
    // "Dr Ines Calder, a lecturer at the University of Tollmouth who led the study, said": a comma right before the
    // verb closes a description of the subject, however long, so the subject may stand at the sentence's start.
    const described = comma >= 0 && stretch === "";
    const from = trailing ? base + comma : described ? tokens[0].start : tokens[Math.max(0, i - 14)].start;
    // "Rescuers searching the hills near Brimley said": a place after a preposition is where, not who.
    const before = entities.filter((e) => e.end <= t.start && e.start >= from && !afterPlacePreposition(tokens, e));
    // "A rower hurt in the collision at the Tollmouth Regatta says": the name ending a place phrase is where, not who.
    const nearest = subjectBefore(tokens, i, from);
    const subject = nearest && entities.some((e) => nearest.start >= e.start && nearest.start < e.end && afterPlacePreposition(tokens, e)) ? undefined : nearest;
    // "the judge told Ines Calder": the name after a verb of telling is who heard it; "she said she rang Kestrel
    // Labs": a verb with a pronoun for its subject has its speaker already, and the name after it is in what was said.
    const after = LISTENER_VERBS.has(t.norm) || (subject && SPEAKER_PRONOUNS.has(subject.norm)) ? [] : entities.filter((e) => e.start >= t.end && e.end <= tokens[Math.min(tokens.length - 1, i + 4)].end);
    const distance = (e: EntityFact) => Math.abs(e.start - t.start);
    let who: EntityFact | undefined;
    if (t.norm === "according") {
      // "according to the transport department": whoever is named after "to", up to the clause's end.
      const rest = sentenceText.slice(tokens[i + 1].end - base).match(/^\s*([^,;.]+)/);
      const named = entities.find((e) => e.start >= t.end && e.end <= tokens[Math.min(tokens.length - 1, i + 8)].end);
      if (named) who = named;
      else if (rest) {
        const start = tokens[i + 1].end + rest[0].length - rest[1].length;
        const phrase = rest[1].replace(/^(the|a|an)\s+/i, "");
        return { speaker: phrase, attributed: true, span: { start: t.start, end: start + rest[1].length } };
      }
    } else
      who =
        // "…, Kestrel Labs said": the name right before the verb.
        before.find((e) => /^\s*$/.test(sentenceText.slice(e.end - base, t.start - base))) ??
        // "Joe Hale, a teacher at Elm Road, said": the person the sentence opens with.
        before.find((e) => e.person && e.start === entities[0]?.start) ??
        before.filter((e) => e.person).sort((a, b) => distance(a) - distance(b))[0] ??
        before.sort((a, b) => distance(a) - distance(b))[0] ??
        // "said Mr Calder"
        after.sort((a, b) => distance(a) - distance(b))[0];
    const around = (e: { start: number; end: number }) => ({ start: Math.min(e.start, t.start), end: Math.max(e.end, t.end) });
    // "Prime Minister Ines Calder" when the title stands before the name; an appositive role is left out.
    if (who) {
      const titled = who.title && who.title.start < who.start;
      return { speaker: speakerName(who), attributed: true, span: around(titled ? { start: who.title!.start, end: who.end } : who) };
    }
    if (subject && SPEAKER_PRONOUNS.has(subject.norm)) {
      return { speaker: (subject.norm === "it" && context.previousSubject) || context.previousSpeaker, attributed: true, span: around(subject) };
    }
    if (subject) return { speaker: subject.text, attributed: true, span: around(subject) };
    // Reported, by someone this sentence does not name plainly ("… swung to a loss and said it would shut two plants").
    return { attributed: true, span: around(t) };
  }
  return { attributed: false };
}

/** A section number opening a sentence: "2.2 A director …", "3.5 The decision …" (two levels or more). */
const SECTION_NUMBER = /^\s*\d{1,2}(?:\.\d{1,2})+\s+(?=\p{Lu})/u;

function commaOffsets(text: string, base: number): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(","); i >= 0; i = text.indexOf(",", i + 1)) out.push(base + i);
  return out;
}

export function analyse(text: string, base: number, context: AnalyseContext = {}): SentenceFacts {
  const tokens = tokenize(text, base);
  const entities = extractEntities(tokens, text, base, context.knownNames);
  // A numbered paragraph of a report ("2.2 A director of …") states no figure with its number.
  const labelEnd = base + (SECTION_NUMBER.exec(text)?.[0].length ?? 0);
  const clocks = spokenTimes(tokens, text);
  const numbers = extractNumbers(tokens, text, base, clocks)
    .filter((n) => n.start >= labelEnd)
    .map((n) => ({ ...n, text: text.slice(n.start - base, n.end - base) }));
  const dates = extractDates(text, base, tokens, context, clocks);
  // A number that is part of a date ("15 July", "2022") is a date, not a count; a bare year stays a number too, and so
  // does the span of a relative date ("nine years ago"), which a draft without a date of its own can only state so.
  const inDate = (n: NumberFact) => dates.some((d) => d.start <= n.start && d.end >= n.end && d.text !== n.text && !/\bago$/i.test(d.text));
  const quotes = extractQuotes(text, base);
  const { speaker, attributed, span } = findSpeaker(tokens, entities, quotes, context, text, base);
  const facts: SentenceFacts = {
    tokens,
    // "No one" is "nobody": its "one" is no word to match a source's "one of nine buses".
    content: tokens.filter((t, i) => isContentToken(t) && !(t.norm === "one" && tokens[i - 1]?.norm === "no")),
    numbers: numbers.filter((n) => !inDate(n)),
    dates,
    entities,
    quotes,
    negations: extractNegations(tokens, text, base),
    speaker,
    attributionSpan: span,
    commas: commaOffsets(text, base),
    attributed: attributed || (quotes.length > 0 && !!speaker),
    // A question asked inside a quotation the sentence reports ("the text read: “Why …?”") is not the sentence's own.
    question: /\?\s*["”’)]*\s*$/.test(text) && !(attributed && /\?\s*["”’]\s*$/.test(text)),
    negated: new Set(),
    irrealis: new Set(),
    requested: new Set(),
    asks: tokens.some((t) => REQUESTING.has(t.norm)),
  };
  facts.negated = negationScope(facts, text, base);
  // What someone asked ("asked if the club had insured the shield") is no more asserted than what they tried, nor is
  // a choice left open ("will decide whether to repair the boathouse or rebuild it").
  const asked = (t: Token, k: number) => t.norm === "whether" || (QUESTIONING.has(t.norm) && facts.tokens[k + 1]?.norm === "if");
  // Nor what only would have happened: "tenants who would have been moved".
  const counterfactual = (t: Token, k: number) => t.norm === "would" && facts.tokens[k + 1]?.norm === "have";
  // What someone was asked to do ("had asked the ferry firm to use the north slipway"): the act, from the infinitive's
  // "to"; the one asked stays a fact. One asking to do something themselves ("had asked to turn back") is asking for it.
  const requested = (t: Token, k: number) => t.norm === "to" && canBeVerb(facts.tokens[k + 1]?.norm ?? "") && facts.tokens.slice(Math.max(0, k - 5), k - 1).some((x) => REQUESTING.has(x.norm));
  // "the regatta planned for the summer will go ahead": a participle describing the noun before it, not the clause's verb.
  const describing = (t: Token, k: number) =>
    t.norm.endsWith("ed") &&
    DESCRIBING_PREPOSITIONS.has(facts.tokens[k + 1]?.norm ?? "") &&
    k > 0 &&
    facts.tokens[k - 1].kind === "word" &&
    !STOPWORDS.has(facts.tokens[k - 1].norm) &&
    // "the council planned for years to close it" is the clause's verb, its infinitive still to come.
    !facts.tokens.slice(k + 2, k + 6).some((x) => x.norm === "to");
  // Nor what a rule says must happen ("every boat must carry a flare"), unless the rule itself forbids it.
  const required = (t: Token, k: number) => t.norm === "must" && !NEGATION_PARTICLES.has(facts.tokens[k + 1]?.norm ?? "");
  facts.irrealis = scopeAfter(facts.tokens.filter((t, k) => (ATTEMPT.has(t.norm) && !describing(t, k)) || asked(t, k) || counterfactual(t, k) || required(t, k)), facts, text, base);
  if (facts.asks) facts.requested = scopeAfter(facts.tokens.filter(requested), facts, text, base);
  return facts;
}

/**
 * The name a sentence opens with, as its subject, unless it is plainly a person's: "The United States has blamed …",
 * "Kestrel Labs has blamed …" ("Labs" is no person's, but two capitalised words may pass for a name).
 */
export function openingOrganisation(facts: SentenceFacts): string | undefined {
  const first = facts.tokens[0]?.norm === "the" ? facts.tokens[1] : facts.tokens[0];
  const e = first && facts.entities[0];
  return e && e.start === first.start && !e.title ? e.text : undefined;
}

export { MONTHS, MONTH_ABBR, WEEKDAYS, stem };
