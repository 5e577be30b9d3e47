// Line numbers for offsets: the start of every line once, then a binary search per look-up.

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
