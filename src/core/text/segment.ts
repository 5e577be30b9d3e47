/**
 * Sentence segmentation with exact UTF-16 offsets into the original text.
 *
 * The text is first split into blocks (blank lines, headings, list items, table rows, block quotes); sentences are then
 * found inside each block, never across one. Boundaries are decided on the masked text (Markdown syntax blanked to
 * spaces, same length), so offsets found there are offsets into the original. Linear in the length of the text.
 */
import { lineAt, lineStarts } from "./lines";
import { analyzeMarkdown, type BlockKind, type MarkdownBlock } from "./markdown";
import { openQuotationMark } from "./quotes";

export interface Segment {
  /** UTF-16 offsets into the original text, end exclusive, trimmed of surrounding whitespace and markup. */
  start: number;
  end: number;
  /** original.slice(start, end) */
  text: string;
  /** masked.slice(start, end): same length as `text`, Markdown syntax blanked to spaces. */
  masked: string;
  block: BlockKind;
  /** 1-based line of `start`. */
  line: number;
}

export interface SegmentOptions {
  /** Treat the text as Markdown (mask syntax, recognise headings, lists, quotes, tables). Default true. */
  markdown?: boolean;
  /**
   * Keep a quotation of a few sentences whole, as one sentence with its attribution: a draft's
   * `She said: "We open at six. Most days the queue is out of the door."` is one claim about what she said. Default false.
   */
  keepQuotations?: boolean;
}

export function segment(text: string, options: SegmentOptions = {}): Segment[] {
  if (!text) return [];
  const markdown = options.markdown !== false;
  let masked: string;
  let blocks: MarkdownBlock[];
  if (markdown) {
    const a = analyzeMarkdown(text);
    masked = a.masked;
    blocks = a.blocks;
  } else {
    masked = text;
    blocks = plainBlocks(text);
  }
  const starts = lineStarts(text);
  const out: Segment[] = [];
  const emit = (s: number, e: number, block: BlockKind): void => {
    while (s < e && isSpace(masked.charCodeAt(s))) s++;
    while (e > s && isSpace(masked.charCodeAt(e - 1))) e--;
    if (e <= s) return;
    const m = masked.slice(s, e);
    if (!HAS_WORD.test(m)) return;
    out.push({ start: s, end: e, text: text.slice(s, e), masked: m, block, line: lineAt(starts, s) });
  };
  for (const b of blocks) {
    if (b.kind === "heading") emit(b.start, b.end, b.kind);
    else splitSentences(masked, b.start, b.end, (s, e) => emit(s, e, b.kind), options.keepQuotations === true);
  }
  return out;
}

// ------------------------------------------------------------------------------------------------ blocks and lines

/** Plain text: paragraphs separated by blank (whitespace-only) lines. */
function plainBlocks(text: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  const n = text.length;
  let pos = 0;
  let cur: MarkdownBlock | null = null;
  while (pos < n) {
    let le = text.indexOf("\n", pos);
    if (le < 0) le = n;
    let blank = true;
    for (let i = pos; i < le; i++) {
      if (!isSpace(text.charCodeAt(i))) {
        blank = false;
        break;
      }
    }
    if (blank) {
      if (cur) blocks.push(cur);
      cur = null;
    } else if (cur) cur.end = le;
    else cur = { start: pos, end: le, kind: "paragraph" };
    pos = le + 1;
  }
  if (cur) blocks.push(cur);
  return blocks;
}

// ------------------------------------------------------------------------------------------------ characters

const HAS_WORD = /[\p{L}\p{N}]/u;
const UPPER = /^[\p{Lu}\p{Lt}]/u;
const LETTER = /\p{L}/u;

function isSpace(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 0xa0 || c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

function isTerminal(c: number): boolean {
  return c === 46 /* . */ || c === 33 /* ! */ || c === 63 /* ? */ || c === 0x2026 /* … */;
}

/** Closing quotes and brackets that belong to the sentence whose terminal they follow. */
function isCloser(c: number): boolean {
  return (
    c === 34 /* " */ || c === 39 /* ' */ || c === 0x201d /* ” */ || c === 0x2019 /* ’ */ || c === 0xbb /* » */ ||
    c === 0x203a /* › */ || c === 41 /* ) */ || c === 93 /* ] */ || c === 0x201c /* “ misused as closer */
  );
}

/** Opening quotes and brackets that may start a sentence. */
function isOpener(c: number): boolean {
  return (
    c === 34 || c === 39 || c === 0x201c /* “ */ || c === 0x2018 /* ‘ */ || c === 0xab /* « */ || c === 0x2039 ||
    c === 40 /* ( */ || c === 91 /* [ */ || c === 0x201e /* „ */
  );
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isUpperAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const cp = s.codePointAt(i) ?? c;
  return UPPER.test(String.fromCodePoint(cp));
}

function isLetterCode(c: number): boolean {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 128 || (c >= 0xd800 && c <= 0xdfff)) return false;
  return LETTER.test(String.fromCharCode(c));
}

// ------------------------------------------------------------------------------------------------ abbreviations

/** Never end a sentence: titles and the like always precede a name. */
const TITLES = new Set([
  "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "rev", "hon", "fr", "mt",
  "vs", "e.g", "i.e", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "cf", "approx", "dept", "est", "fig",
]);

/**
 * Abbreviations that can also end a sentence ("... in the U.S. The next day"): not a boundary unless the next word is
 * a common sentence opener.
 */
const ENDERS = new Set(["st", "jr", "sr", "co", "etc", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m"]);

/**
 * The end of a company's name: what goes on in the same sentence after it starts in lower case ("Kestrel Ltd. said"),
 * so a capitalised word after it opens the next sentence.
 */
const COMPANY_ENDINGS = new Set(["inc", "ltd", "corp", "bros", "plc", "llc"]);

const OPENERS = new Set([
  "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "His",
  "Her", "Its", "Their", "Our", "My", "But", "And", "However", "Meanwhile", "In", "On", "At", "After", "Before",
  "When", "While", "If", "As", "So", "Yet", "Then", "Now", "Officials", "Police", "Some", "Many", "Most", "One",
]);

const DOTTED_ACRONYM = /^(?:[A-Za-z]{1,2}\.)+[A-Za-z]{1,2}$/;

/** The word before offset `dot` (letters and inner dots only, at most 40 chars back). */
function wordBefore(s: string, dot: number, floor: number): string {
  let i = dot;
  const min = Math.max(floor, dot - 40);
  while (i > min) {
    const c = s.charCodeAt(i - 1);
    if (c === 46 || isLetterCode(c)) i--;
    else break;
  }
  // If we stopped at the cap in the middle of a word, it is not an abbreviation.
  if (i === dot - 40 && i > floor && isLetterCode(s.charCodeAt(i - 1))) return "";
  let w = s.slice(i, dot);
  while (w.startsWith(".")) w = w.slice(1);
  return w;
}

function nextWord(s: string, k: number, end: number): string {
  let j = k;
  while (j < end && j - k < 20 && isLetterCode(s.charCodeAt(j))) j++;
  return s.slice(k, j);
}

/** Is the single period at `dot`, followed by whitespace and then `s[next]`, the end of a sentence? */
function periodEnds(s: string, dot: number, next: number, floor: number, end: number): boolean {
  const word = wordBefore(s, dot, floor);
  if (!word) return true;
  const lower = word.toLowerCase();
  if (lower === "no" || lower === "nos") return !isDigit(s.charCodeAt(next)); // "No. 10"
  if (TITLES.has(lower)) return false;
  // An initial ("J. K. Rowling"), not a unit written on to a number ("the lido fell to 4C. The council …").
  if (word.length === 1 && word >= "A" && word <= "Z") return isDigit(s.charCodeAt(dot - 2));
  if (COMPANY_ENDINGS.has(lower)) return isUpperAt(s, next);
  if (ENDERS.has(lower) || (DOTTED_ACRONYM.test(word) && word.includes("."))) {
    return OPENERS.has(nextWord(s, next, end));
  }
  return true;
}

// ------------------------------------------------------------------------------------------------ sentences

const isLowerAscii = (c: number) => c >= 97 && c <= 122;

/**
 * Text pasted from a web page often loses the space between paragraphs: "…for longer.Markets in Asia fell",
 * "…yet."The flow", "…since Jan. 18.Markets". A period (or a closing quote after the terminal) between a lowercase
 * word or a number and a capitalised word is a boundary, unless the word before it is an abbreviation ("Mrs.Smith").
 * "3.6" has no capital after it, "U.S.Navy" and "St.Louis" lack two lowercase letters before the period, and
 * "Yahoo!Inc" has neither a period nor a closing quote.
 */
function gluedBoundary(m: string, terminal: number, runEnd: number, next: number, floor: number, to: number): boolean {
  const quoted = next > runEnd;
  if (!quoted && !(runEnd - terminal === 1 && m.charCodeAt(terminal) === 46)) return false;
  const wordEnd = terminal - floor >= 2 && isLowerAscii(m.charCodeAt(terminal - 1)) && isLowerAscii(m.charCodeAt(terminal - 2));
  if (!wordEnd && !(terminal > floor && isDigit(m.charCodeAt(terminal - 1)))) return false;
  if (next + 1 >= to || !isUpperAt(m, next) || !isLowerAscii(m.charCodeAt(next + 1))) return false;
  return quoted || periodEnds(m, terminal, next, floor, to);
}

/** Calls `emit(start, end)` for each sentence of masked[from, to). */
function splitSentences(m: string, from: number, to: number, emit: (s: number, e: number) => void, keepQuotations = false): void {
  let sentStart = from;
  let i = from;
  while (i < to) {
    const c = m.charCodeAt(i);
    if (!isTerminal(c)) {
      i++;
      continue;
    }
    let j = i;
    let dots = 0;
    let ellipsis = false;
    while (j < to && isTerminal(m.charCodeAt(j))) {
      const d = m.charCodeAt(j);
      if (d === 46) dots++;
      else if (d === 0x2026) ellipsis = true;
      j++;
    }
    if (dots >= 2) ellipsis = true;
    const runEnd = j;
    while (j < to && isCloser(m.charCodeAt(j))) j++;
    // A detached closing quote ("data. ”") still belongs to the sentence it closes.
    let h = j;
    while (h < to && (m.charCodeAt(h) === 32 || m.charCodeAt(h) === 9)) h++;
    if (h > j && h < to && (m.charCodeAt(h) === 0x201d || m.charCodeAt(h) === 0xbb)) {
      j = h;
      while (j < to && isCloser(m.charCodeAt(j))) j++;
    }
    if (j >= to) break;
    if (!isSpace(m.charCodeAt(j))) {
      if (gluedBoundary(m, i, runEnd, j, sentStart, to)) {
        emit(sentStart, j);
        sentStart = j;
        i = j;
        continue;
      }
      // "3.6", "U.S", "Yahoo!Inc": not a boundary.
      i = runEnd;
      continue;
    }
    let k = j;
    while (k < to && isSpace(m.charCodeAt(k))) k++;
    if (k >= to) break;
    const nc = m.charCodeAt(k);
    const upper = isUpperAt(m, k);
    let boundary: boolean;
    if (ellipsis) {
      // "extreme... but entirely forced": one sentence; "... All systems came back": may split.
      boundary = upper || isOpener(nc);
    } else if (!(upper || isDigit(nc) || isOpener(nc))) {
      boundary = false;
    } else if (runEnd - i === 1 && c === 46) {
      boundary = periodEnds(m, i, k, sentStart, to);
    } else {
      boundary = true;
    }
    if (boundary && keepQuotations && quotationRunsOn(m, sentStart, j, to)) boundary = false;
    if (boundary) {
      emit(sentStart, j);
      sentStart = k;
    }
    i = k;
  }
  emit(sentStart, to);
}

/** How far a quotation kept whole may run on past a sentence's end. */
const QUOTATION_REACH = 400;

/** A quotation opened in m[from, end) is still open there and closes within reach: the sentence goes on inside it. */
function quotationRunsOn(m: string, from: number, end: number, to: number): boolean {
  const opening = openQuotationMark(m.slice(from, end));
  if (!opening) return false;
  const at = m.indexOf(opening === "“" ? "”" : '"', end);
  return at >= 0 && at < to && at - end <= QUOTATION_REACH;
}
