// Word tokens with exact offsets, normalised forms and stems.
import type { Lexeme } from "../lexicon";
import { boundedMemo } from "../memo";
// Only the Porter stemmer file of `natural` is imported: the package root pulls in database clients and reads `.env`.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const PorterStemmer: { stem(word: string): string } = require("natural/lib/natural/stemmers/porter_stemmer");

export interface Token {
  /** The token as written. */
  text: string;
  /** Lower-cased, apostrophes and diacritics folded: the form words are compared in. */
  norm: string;
  /** Porter stem of `norm` (numbers and symbols stay as they are). */
  stem: string;
  start: number;
  end: number;
  kind: "word" | "number" | "symbol";
  /** Starts with an upper-case letter. */
  capitalised: boolean;
  /** Filled in on first comparison (verify/align.ts): its place key, and whether it is a number of any spelling. */
  place?: string;
  numeric?: boolean;
  /** Filled in on first comparison: the word's relation profile, shared by every token of that word. */
  lexeme?: Lexeme;
}

// Words, numbers with separators/decimals ("3,000", "3.6", "15th"), clock times ("18:31", "3:30pm"), currency symbols
// and a few punctuation marks that matter to the fact extractors. Other characters are skipped. A number with any
// other unit written on to it ("62mph", "35mm", "5km") is two tokens, the number and its unit, as if it were written
// "62 mph".
const TOKEN = /(?:\p{Lu}\.){2,}(?!\p{L})|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}]+)*(?:-[\p{L}\p{N}]+)*|\p{N}{1,2}:\p{N}{2}(?:am|pm)?(?![\p{N}:])|\p{N}+(?:[.,]\p{N}+)*(?:(?:st|nd|rd|th|s|am|pm|bn|m|k)?\b|(?=\p{L}))|[£$€¥%"“”‘’'…]/gu;

export const stem = boundedMemo(200_000, (word) =>
  // The Porter stemmer is quadratic on long letter runs; no real word is longer than 40 letters.
  /^[a-z]+$/.test(word) && word.length > 2 && word.length <= 40 ? PorterStemmer.stem(word) : word,
);

export function normaliseWord(word: string): string {
  // Most words are plain ASCII letters: skip the Unicode folding for them.
  if (/^[a-z]+$/.test(word)) return word;
  if (/^[A-Za-z]+$/.test(word)) return word.toLowerCase();
  return word
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s$/, "");
}

/** Letter, digit or other, by the first character: ASCII by code, the rest by Unicode class. */
function kindOf(first: string): Token["kind"] {
  const c = first.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return "word";
  if (c >= 48 && c <= 57) return "number";
  if (c < 128) return "symbol";
  return /\p{L}/u.test(first) ? "word" : /\p{N}/u.test(first) ? "number" : "symbol";
}

function isCapital(first: string): boolean {
  const c = first.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return first !== first.toLowerCase();
}

/** Tokenises `text`; offsets are shifted by `base` so they index the enclosing document. */
export function tokenize(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = base + m.index!;
    const first = raw[0];
    const kind = kindOf(first);
    // "U.K." is one word, compared as "uk".
    const norm = kind === "symbol" ? raw : normaliseWord(raw.includes(".") && /^(?:\p{Lu}\.){2,}$/u.test(raw) ? raw.replace(/\./g, "") : raw);
    tokens.push({
      text: raw,
      norm,
      stem: kind === "word" ? stem(norm.includes("-") ? norm.replace(/-/g, "") : norm) : norm,
      start,
      end: start + raw.length,
      kind,
      capitalised: kind === "word" && isCapital(first),
      // Present from the start, so every token has one shape and the comparison code stays monomorphic.
      place: undefined,
      numeric: undefined,
      lexeme: undefined,
    });
  }
  return tokens;
}

/** Function words that carry no topic. Negation words are kept out of this list on purpose. */
export const STOPWORDS = new Set(
  (
    "a an the and or but if then than that this these those there here of in on at to for from by with within without " +
    "into onto over under about above below between among through during after before as is are was were be been being " +
    "am has have had having do does did doing will would shall should can could may might must it its it's he she they them " +
    "their his her him we us our you your i me my mine who whom whose which what when where why how also too very just " +
    "so such some any all each every both either other another more most much many few less least own same only even " +
    "still yet already again ever up down out off s said says say told tells according added adding while whilst"
  ).split(" "),
);

/** Only a space, or nothing, between two tokens (`a` before `b`): tokens hold no punctuation, so a wider gap holds some. */
export const adjacent = (a: { end: number }, b: { start: number }) => b.start - a.end <= 1;

/** A function word, contracted or not: "we've", "it's" and "don't" are no names, whatever their capital. */
export function isFunctionWord(norm: string): boolean {
  return STOPWORDS.has(norm) || STOPWORDS.has(norm.replace(/n['’]t$|['’](?:s|ve|re|ll|d|m)$/, ""));
}

/** Words that carry the claim: not stop words, not punctuation. */
export function isContentToken(t: Token): boolean {
  if (t.kind === "symbol") return false;
  // "US", "UN", "IT": an acronym is a name even when its letters spell a function word.
  if (/^[A-Z]{2,}$/.test(t.text)) return true;
  return !STOPWORDS.has(t.norm) && t.norm.length > 1;
}

/** A table keyed by words, without a prototype: "constructor" or "toString" in a draft must not find an entry. */
export function wordTable<V>(entries: Record<string, V>): Record<string, V> {
  return Object.assign(Object.create(null) as Record<string, V>, entries);
}
