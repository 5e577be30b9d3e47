/**
 * Markdown masking with exact offsets.
 *
 * `maskMarkdown` returns a string of the same UTF-16 length as its input in which Markdown syntax is replaced by
 * spaces (newlines and carriage returns are kept), so any offset found in the masked text is also an offset into the
 * original. `analyzeMarkdown` does the same pass and also reports the block structure (headings, paragraphs, list
 * items, block quotes, table rows) that the sentence segmenter splits within.
 *
 * Everything here is a single linear pass over lines; the few regular expressions are anchored, sticky and free of
 * nested or adjacent overlapping quantifiers, so a 2 MB single line costs no more than 2 MB of prose.
 */

export type BlockKind = "heading" | "paragraph" | "list-item" | "blockquote" | "table";

export interface MarkdownBlock {
  /** Offset of the first character of the block's first line content (after indentation). */
  start: number;
  /** Offset just past the block's last line (before its newline). */
  end: number;
  kind: BlockKind;
}

export interface MarkdownAnalysis {
  masked: string;
  blocks: MarkdownBlock[];
}

const SPACE = 32;
const NL = 10;
const CR = 13;
const TAB = 9;

/** Returns a same-length string with Markdown syntax blanked to spaces (newlines kept). */
export function maskMarkdown(text: string): string {
  return analyzeMarkdown(text).masked;
}

/** Masks Markdown and reports its blocks, in one linear pass. */
export function analyzeMarkdown(text: string): MarkdownAnalysis {
  return new Masker(text).run();
}

function isBlankChar(c: number): boolean {
  return c === SPACE || c === TAB || c === CR || c === 0xa0 || c === 0xfeff;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
function isWordChar(c: number): boolean {
  if (c < 128) return isAsciiAlnum(c);
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogate halves: emoji and rare scripts; not word glue here
  return WORD_CHAR.test(String.fromCharCode(c));
}

function isAsciiPunct(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

// Sticky patterns, each linear: one bounded class run at most.
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:[ \t][^<>\n]*)?>/y;
const AUTOLINK = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>/y;
const EMAIL_AUTOLINK = /<[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+>/y;
const FOOTNOTE_REF = /\[\^[^\]\s]+\]/y;
const REF_DEF = /\[(\^?)[^\]\n]+\]:/y;
const ORDERED_MARKER = /(\d{1,9})[.)](?=[ \t]|$)/y;
const TASK_BOX = /\[[ xX]\](?=[ \t])/y;

class Masker {
  private readonly text: string;
  private readonly n: number;
  private readonly buf: Uint16Array;
  private readonly blocks: MarkdownBlock[] = [];
  private cur: MarkdownBlock | null = null;
  private lastKind: BlockKind | null = null;
  // Per-document memo of failed searches, to keep repeated unmatched openers linear.
  private commentFailed = false;

  constructor(text: string) {
    this.text = text;
    this.n = text.length;
    this.buf = new Uint16Array(this.n);
    for (let i = 0; i < this.n; i++) this.buf[i] = text.charCodeAt(i);
  }

  run(): MarkdownAnalysis {
    const { text, n } = this;
    let pos = this.frontMatter();
    let fence: { ch: number; len: number } | null = null;
    let indentedCode = false;
    let lastWasBlank = true;
    let inTable = false;
    let skipTo = 0; // end of a multi-line HTML comment already blanked
    let skipIsBlock = false;

    while (pos < n) {
      let le = text.indexOf("\n", pos);
      if (le < 0) le = n;
      let ce = le;
      if (ce > pos && text.charCodeAt(ce - 1) === CR) ce--;
      const ls = pos;
      pos = le + 1;

      let p = ls;
      if (skipTo > ls) {
        if (skipTo >= ce) {
          // Entire line lies inside a comment.
          if (skipIsBlock) this.flush();
          else if (this.cur) this.cur.end = Math.max(this.cur.end, ce);
          continue;
        }
        p = skipTo;
        if (!skipIsBlock && this.cur) {
          // Rest of an inline comment line: continues the open block.
          const r = this.inline(p, ce, false);
          this.cur.end = ce;
          if (r > ce) {
            skipTo = r;
            skipIsBlock = false;
          }
          lastWasBlank = false;
          continue;
        }
        this.flush();
      }

      // Inside a fenced code block.
      if (fence) {
        if (this.isClosingFence(p, ce, fence)) fence = null;
        this.blank(ls, ce);
        continue;
      }

      // Blank line.
      let q = p;
      let indent = 0;
      while (q < ce) {
        const c = text.charCodeAt(q);
        if (c === SPACE) indent++;
        else if (c === TAB) indent += 4 - (indent % 4);
        else break;
        q++;
      }
      if (q >= ce || this.allBlank(q, ce)) {
        this.flush();
        lastWasBlank = true;
        inTable = false;
        continue;
      }

      // Indented code: four or more columns after a blank line, outside a list.
      if (p === ls && indent >= 4 && (indentedCode || (lastWasBlank && !this.cur && this.lastKind !== "list-item"))) {
        indentedCode = true;
        this.blank(ls, ce);
        lastWasBlank = false;
        continue;
      }
      indentedCode = false;

      // Block-quote markers.
      let quote = false;
      while (q < ce && text.charCodeAt(q) === 62 /* > */) {
        quote = true;
        this.buf[q] = SPACE;
        q++;
        while (q < ce && (text.charCodeAt(q) === SPACE || text.charCodeAt(q) === TAB)) q++;
      }
      if (quote && q >= ce) {
        this.flush();
        lastWasBlank = true;
        continue;
      }
      if (quote && this.cur && this.cur.kind !== "blockquote") this.flush();
      if (!quote && this.cur && this.cur.kind === "blockquote" && lastWasBlank) this.flush();

      const c0 = text.charCodeAt(q);

      // Fenced code opener.
      if (c0 === 96 /* ` */ || c0 === 126 /* ~ */) {
        let r = q;
        while (r < ce && text.charCodeAt(r) === c0) r++;
        const len = r - q;
        if (len >= 3 && (c0 === 126 || this.find(96, r, ce) < 0)) {
          this.flush();
          fence = { ch: c0, len };
          this.blank(ls, ce);
          lastWasBlank = false;
          continue;
        }
      }

      // HTML comment starting a line: a block of its own.
      if (c0 === 60 /* < */ && text.startsWith("<!--", q)) {
        const end = this.commentEnd(q);
        if (end > 0) {
          this.flush();
          this.blank(q, end);
          if (end > ce) {
            skipTo = end;
            skipIsBlock = true;
            continue;
          }
          if (this.allBlank(end, ce)) {
            lastWasBlank = false;
            continue;
          }
          q = end;
          while (q < ce && isBlankChar(text.charCodeAt(q))) q++;
        }
      }

      // Thematic break or setext underline.
      if (c0 === 45 /* - */ || c0 === 42 /* * */ || c0 === 95 /* _ */ || c0 === 61 /* = */) {
        const kind = this.ruleLine(q, ce, c0);
        if (kind) {
          if ((c0 === 61 || (c0 === 45 && kind === "plain")) && this.cur && (this.cur.kind === "paragraph" || this.cur.kind === "blockquote") && !lastWasBlank) {
            // Setext heading underline: the open paragraph becomes a heading.
            this.cur.kind = "heading";
            this.blank(ls, ce);
            this.flush();
            lastWasBlank = false;
            continue;
          }
          if (c0 !== 61) {
            this.flush();
            this.blank(ls, ce);
            lastWasBlank = false;
            inTable = false;
            continue;
          }
        }
      }

      // ATX heading.
      if (c0 === 35 /* # */) {
        let r = q;
        while (r < ce && text.charCodeAt(r) === 35) r++;
        if (r - q <= 6 && (r === ce || text.charCodeAt(r) === SPACE || text.charCodeAt(r) === TAB)) {
          this.flush();
          this.blank(q, r);
          // Closing sequence: whitespace, #s, whitespace to end of line.
          let e = ce;
          while (e > r && isBlankChar(text.charCodeAt(e - 1))) e--;
          let h = e;
          while (h > r && text.charCodeAt(h - 1) === 35) h--;
          if (h < e && (h === r || text.charCodeAt(h - 1) === SPACE || text.charCodeAt(h - 1) === TAB)) this.blank(h, e);
          this.inline(r, ce, false);
          this.blocks.push({ start: q, end: ce, kind: "heading" });
          this.lastKind = "heading";
          lastWasBlank = false;
          continue;
        }
      }

      // Reference-link or footnote definition.
      if (c0 === 91 /* [ */ && indent <= 3) {
        REF_DEF.lastIndex = q;
        const m = REF_DEF.exec(text);
        if (m && m.index + m[0].length <= ce) {
          const defEnd = m.index + m[0].length;
          this.flush();
          if (m[1] === "^") {
            // Footnote definition: blank the label, keep the note's text as a paragraph.
            this.blank(q, defEnd);
            let r = defEnd;
            while (r < ce && isBlankChar(text.charCodeAt(r))) r++;
            if (r < ce) {
              this.cur = { start: r, end: ce, kind: "paragraph" };
              const s = this.inline(r, ce, false);
              if (s > ce) {
                skipTo = s;
                skipIsBlock = false;
              }
            }
          } else {
            this.blank(q, ce);
          }
          lastWasBlank = false;
          continue;
        }
      }

      // List item.
      let markerEnd = -1;
      if ((c0 === 45 || c0 === 42 || c0 === 43) && (q + 1 === ce || text.charCodeAt(q + 1) === SPACE || text.charCodeAt(q + 1) === TAB)) {
        markerEnd = q + 1;
      } else if (c0 >= 48 && c0 <= 57) {
        ORDERED_MARKER.lastIndex = q;
        const m = ORDERED_MARKER.exec(text);
        if (m && m.index + m[0].length <= ce) {
          // An ordered item interrupts a paragraph only when it starts at 1 (CommonMark).
          const interrupts = !this.cur || this.cur.kind !== "paragraph" || lastWasBlank || m[1] === "1";
          if (interrupts) markerEnd = q + m[0].length;
        }
      }
      if (markerEnd > 0) {
        this.flush();
        this.blank(q, markerEnd);
        let r = markerEnd;
        while (r < ce && isBlankChar(text.charCodeAt(r))) r++;
        TASK_BOX.lastIndex = r;
        if (TASK_BOX.test(text)) {
          this.blank(r, r + 3);
          r += 3;
          while (r < ce && isBlankChar(text.charCodeAt(r))) r++;
        }
        if (r < ce) {
          this.cur = { start: r, end: ce, kind: quote ? "blockquote" : "list-item" };
          const s = this.inline(r, ce, false);
          if (s > ce) {
            skipTo = s;
            skipIsBlock = false;
          }
        }
        this.lastKind = "list-item";
        lastWasBlank = false;
        inTable = false;
        continue;
      }

      // Table row: a line with pipes that is followed by a delimiter row, or continues a table.
      {
        if (this.find(124, q, ce) >= 0 && (inTable || this.nextIsDelimiterRow(pos))) {
          this.flush();
          if (this.isDelimiterRow(q, ce)) {
            this.blank(ls, ce);
          } else {
            this.inline(q, ce, true);
            this.blocks.push({ start: q, end: ce, kind: "table" });
            this.lastKind = "table";
          }
          inTable = true;
          lastWasBlank = false;
          continue;
        }
        if (inTable) inTable = false;
      }

      // Paragraph text (or continuation of the open block).
      if (this.cur && !lastWasBlank) {
        this.cur.end = ce;
      } else {
        this.flush();
        let kind: BlockKind = "paragraph";
        if (quote) kind = "blockquote";
        else if (lastWasBlank && indent >= 2 && this.lastKind === "list-item") kind = "list-item";
        this.cur = { start: q, end: ce, kind };
      }
      const s = this.inline(q, ce, false);
      if (s > ce) {
        skipTo = s;
        skipIsBlock = false;
      }
      lastWasBlank = false;
    }
    this.flush();
    return { masked: this.decode(), blocks: this.blocks };
  }

  // ---------------------------------------------------------------- block helpers

  private flush(): void {
    if (this.cur) {
      this.blocks.push(this.cur);
      this.lastKind = this.cur.kind;
      this.cur = null;
    }
  }

  /** Blanks YAML (---) or TOML (+++) front matter at the very start; returns the offset after it. */
  private frontMatter(): number {
    const end = frontMatterEnd(this.text);
    if (end) this.blank(0, this.text[end - 1] === "\n" ? end - 1 : end);
    return end;
  }

  private isClosingFence(p: number, ce: number, fence: { ch: number; len: number }): boolean {
    const { text } = this;
    let q = p;
    while (q < ce && (isBlankChar(text.charCodeAt(q)) || text.charCodeAt(q) === 62)) q++;
    let r = q;
    while (r < ce && text.charCodeAt(r) === fence.ch) r++;
    return r - q >= fence.len && this.allBlank(r, ce);
  }

  /** "plain" when the line is only `c` repeated (no inner spaces); "spaced" for `* * *`; null if not a rule. */
  private ruleLine(q: number, ce: number, c: number): "plain" | "spaced" | null {
    const { text } = this;
    let count = 0;
    let spaced = false;
    let e = ce;
    while (e > q && isBlankChar(text.charCodeAt(e - 1))) e--;
    for (let i = q; i < e; i++) {
      const d = text.charCodeAt(i);
      if (d === c) count++;
      else if (d === SPACE || d === TAB) spaced = true;
      else return null;
    }
    if (c === 61) return count >= 1 && !spaced ? "plain" : null;
    if (c === 45 && !spaced && count >= 1) return count >= 3 ? "plain" : this.cur ? "plain" : null;
    return count >= 3 ? (spaced ? "spaced" : "plain") : null;
  }

  private allBlank(s: number, e: number): boolean {
    for (let i = s; i < e; i++) if (!isBlankChar(this.text.charCodeAt(i))) return false;
    return true;
  }

  /** Index of char code `c` in [s, e), or -1. Bounded, unlike indexOf, so per-line searches stay linear. */
  private find(c: number, s: number, e: number): number {
    const { text } = this;
    for (let i = s; i < e; i++) if (text.charCodeAt(i) === c) return i;
    return -1;
  }

  private isDelimiterRow(s: number, e: number): boolean {
    const { text } = this;
    let dash = false;
    let pipe = false;
    for (let i = s; i < e; i++) {
      const c = text.charCodeAt(i);
      if (c === 45) dash = true;
      else if (c === 124) pipe = true;
      else if (c !== 58 && !isBlankChar(c)) return false;
    }
    return dash && pipe;
  }

  private nextIsDelimiterRow(next: number): boolean {
    const { text, n } = this;
    if (next >= n) return false;
    let le = text.indexOf("\n", next);
    if (le < 0) le = n;
    // A delimiter row is short; don't scan a huge line character by character beyond what is needed.
    let s = next;
    while (s < le && (isBlankChar(text.charCodeAt(s)) || text.charCodeAt(s) === 62)) s++;
    return this.isDelimiterRow(s, le);
  }

  private commentEnd(from: number): number {
    if (this.commentFailed) return -1;
    const i = this.text.indexOf("-->", from + 4);
    if (i < 0) {
      this.commentFailed = true;
      return -1;
    }
    return i + 3;
  }

  /**
   * A link `[text](target)` or `[text][ref]` closed at `close`: its text stays, its brackets and target go. An
   * image goes whole.
   */
  private closeLink(open: { pos: number; image: boolean }, bracket: number, close: number): void {
    if (open.image) this.blank(open.pos, close + 1);
    else {
      this.buf[open.pos] = SPACE;
      this.blank(bracket, close + 1);
    }
  }

  private blank(s: number, e: number): void {
    const { buf } = this;
    for (let i = s; i < e; i++) {
      const c = buf[i];
      if (c !== NL && c !== CR) buf[i] = SPACE;
    }
  }

  private decode(): string {
    const { buf, n } = this;
    const parts: string[] = [];
    const CHUNK = 8192;
    for (let i = 0; i < n; i += CHUNK) {
      parts.push(String.fromCharCode.apply(null, buf.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]));
    }
    return parts.join("");
  }

  // ---------------------------------------------------------------- inline syntax

  /**
   * Blanks inline syntax in [from, to). Returns a value > to when an HTML comment opened here runs past the line
   * (the offset where it ends, already blanked), else `to`.
   */
  private inline(from: number, to: number, table: boolean): number {
    const { text, buf } = this;
    const stack: { pos: number; image: boolean }[] = [];
    const failedTicks = new Set<number>();
    let parenFailed = false;
    let refFailed = false;
    let i = from;
    while (i < to) {
      const c = text.charCodeAt(i);
      switch (c) {
        case 92: /* \ */ {
          if (i + 1 < to && isAsciiPunct(text.charCodeAt(i + 1))) {
            buf[i] = SPACE;
            i += 2;
            continue;
          }
          break;
        }
        case 96: /* ` */ {
          let r = i;
          while (r < to && text.charCodeAt(r) === 96) r++;
          const k = r - i;
          if (!failedTicks.has(k)) {
            let j = r;
            let found = -1;
            while (j < to) {
              const t = this.find(96, j, to);
              if (t < 0) break;
              let u = t;
              while (u < to && text.charCodeAt(u) === 96) u++;
              if (u - t === k) {
                found = t;
                break;
              }
              j = u;
            }
            if (found >= 0) {
              this.blank(i, found + k);
              i = found + k;
              continue;
            }
            failedTicks.add(k);
          }
          i = r;
          continue;
        }
        case 60: /* < */ {
          if (text.startsWith("<!--", i)) {
            const end = this.commentEnd(i);
            if (end > 0) {
              this.blank(i, end);
              if (end > to) return end;
              i = end;
              continue;
            }
            break;
          }
          let m: RegExpExecArray | null = null;
          AUTOLINK.lastIndex = i;
          m = AUTOLINK.exec(text);
          if (!m) {
            EMAIL_AUTOLINK.lastIndex = i;
            m = EMAIL_AUTOLINK.exec(text);
          }
          if (!m) {
            HTML_TAG.lastIndex = i;
            m = HTML_TAG.exec(text);
          }
          if (m && i + m[0].length <= to) {
            this.blank(i, i + m[0].length);
            i += m[0].length;
            continue;
          }
          break;
        }
        case 33: /* ! */ {
          if (i + 1 < to && text.charCodeAt(i + 1) === 91) {
            stack.push({ pos: i, image: true });
            i += 2;
            continue;
          }
          break;
        }
        case 91: /* [ */ {
          if (i + 1 < to && text.charCodeAt(i + 1) === 94 /* ^ */) {
            FOOTNOTE_REF.lastIndex = i;
            const m = FOOTNOTE_REF.exec(text);
            if (m && i + m[0].length <= to) {
              this.blank(i, i + m[0].length);
              i += m[0].length;
              continue;
            }
          }
          stack.push({ pos: i, image: false });
          break;
        }
        case 93: /* ] */ {
          const open = stack.pop();
          if (!open) break;
          const next = i + 1 < to ? text.charCodeAt(i + 1) : -1;
          if (next === 40 /* ( */ && !parenFailed) {
            let depth = 0;
            let j = i + 1;
            let close = -1;
            for (; j < to; j++) {
              const d = text.charCodeAt(j);
              if (d === 92) {
                j++;
                continue;
              }
              if (d === 40) depth++;
              else if (d === 41 && --depth === 0) {
                close = j;
                break;
              }
            }
            if (close < 0) {
              parenFailed = true;
              break;
            }
            this.closeLink(open, i, close);
            stack.length = 0;
            i = close + 1;
            continue;
          }
          if (next === 91 /* [ */ && !refFailed) {
            const close = this.find(93, i + 2, to);
            if (close < 0) {
              refFailed = true;
              break;
            }
            this.closeLink(open, i, close);
            stack.length = 0;
            i = close + 1;
            continue;
          }
          break;
        }
        case 42: /* * */ {
          let r = i;
          while (r < to && text.charCodeAt(r) === 42) r++;
          const before = i > 0 ? text.charCodeAt(i - 1) : SPACE;
          const after = r < to ? text.charCodeAt(r) : SPACE;
          // A lone asterisk between spaces is arithmetic or decoration, not emphasis.
          if (!(isBlankChar(before) && isBlankChar(after) && r - i === 1)) this.blank(i, r);
          i = r;
          continue;
        }
        case 95: /* _ */ {
          let r = i;
          while (r < to && text.charCodeAt(r) === 95) r++;
          const before = i > 0 ? text.charCodeAt(i - 1) : SPACE;
          const after = r < to ? text.charCodeAt(r) : SPACE;
          // Keep snake_case and other intraword underscores.
          if (!(isWordChar(before) && isWordChar(after))) this.blank(i, r);
          i = r;
          continue;
        }
        case 126: /* ~ */ {
          let r = i;
          while (r < to && text.charCodeAt(r) === 126) r++;
          if (r - i >= 2) this.blank(i, r);
          else {
            // Single tilde: strikethrough only when hugging a letter ("~gone~"); "~50" means "about 50".
            const before = i > 0 ? text.charCodeAt(i - 1) : SPACE;
            const after = r < to ? text.charCodeAt(r) : SPACE;
            const letter = (x: number) => isWordChar(x) && !(x >= 48 && x <= 57);
            if (letter(after) || letter(before)) this.blank(i, r);
          }
          i = r;
          continue;
        }
        case 124: /* | */ {
          if (table) buf[i] = SPACE;
          break;
        }
      }
      i++;
    }
    return to;
  }
}

/** The offset after YAML (---) or TOML (+++) front matter at the very start of a document; 0 when it has none. */
export function frontMatterEnd(text: string): number {
  const n = text.length;
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const marker = text.startsWith("---", start) ? "---" : text.startsWith("+++", start) ? "+++" : null;
  if (!marker) return 0;
  let le = text.indexOf("\n", start);
  if (le < 0 || text.slice(start + 3, le).trim() !== "") return 0;
  let pos = le + 1;
  while (pos < n) {
    le = text.indexOf("\n", pos);
    if (le < 0) le = n;
    const line = text.slice(pos, le).trim();
    if (line === marker || (marker === "---" && line === "...")) return Math.min(le + 1, n);
    pos = le + 1;
  }
  return 0;
}
