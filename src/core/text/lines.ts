// Line numbers for offsets (the start of every line once, then a binary search per look-up), paragraph bounds, and
// comparisons of whole texts.

/** Offsets at which each line starts (after "\n"; CRLF ends a line at its "\n" too). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line of `offset`, given `lineStarts(text)`. */
export function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * Runs of whitespace (tabs, line breaks) as one space. Single spaces are left alone rather than replaced by
 * themselves, so text that has nothing to collapse comes back as the same string instead of a copy.
 */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s{2,}|[^\S ]/g, " ");
}

const isBlank = (c: number) => c === 32 || c === 9 || c === 13;

/** Start of the line after the blank line that opens the paragraph holding `at` (0 if none). LF and CRLF alike. */
export function paragraphStart(text: string, at: number): number {
  for (let i = Math.min(at, text.length) - 1; i > 0; i--) {
    if (text.charCodeAt(i) !== 10) continue;
    let k = i - 1;
    while (k >= 0 && isBlank(text.charCodeAt(k))) k--;
    if (k >= 0 && text.charCodeAt(k) === 10) return i + 1;
  }
  return 0;
}

/**
 * Offset of the blank line that closes the paragraph holding `at` (the text's length if none). LF and CRLF alike.
 * Looks no further than `limit`: "is there a blank line before `limit`?" costs no more than the stretch asked about.
 */
export function paragraphEnd(text: string, at: number, limit = text.length): number {
  for (let i = Math.max(0, at); i < limit; i++) {
    if (text.charCodeAt(i) !== 10) continue;
    let k = i + 1;
    while (k < text.length && isBlank(text.charCodeAt(k))) k++;
    if (k < text.length && text.charCodeAt(k) === 10) return i;
  }
  return text.length;
}

/**
 * Compared a block at a time (native string equality), then character by character: the first edits of a session
 * run before the JIT has compiled this loop, and a character loop over a long draft then costs milliseconds.
 */
const BLOCK = 256;

/** How many leading characters two texts share. */
export function sharedPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let p = 0;
  while (p + BLOCK <= max && a.slice(p, p + BLOCK) === b.slice(p, p + BLOCK)) p += BLOCK;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  return p;
}

/** How many trailing characters two texts share, at most `max`. */
export function sharedSuffix(a: string, b: string, max: number): number {
  let q = 0;
  while (q + BLOCK <= max && a.slice(a.length - q - BLOCK, a.length - q) === b.slice(b.length - q - BLOCK, b.length - q)) q += BLOCK;
  while (q < max && a.charCodeAt(a.length - 1 - q) === b.charCodeAt(b.length - 1 - q)) q++;
  return q;
}

/** A string matched literally inside a regular expression. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
