// Source documents and verified-claims files: metadata (declared in front matter, or inferred from the text), page
// furniture that must never become a claim, and the loader that turns folders of files into SourceDocuments.
import * as nodePath from "path";
import * as YAML from "yaml";
import { InputError } from "../errors";
import { collapseWhitespace, lineAt, lineStarts } from "../text/lines";
import { wordTable } from "../text/tokens";
import type { DeclaredClaim, InputProblem, SourceDocument } from "../types";
import { type CollectedFiles, DEFAULT_MAX_FILE_BYTES, collectReferenceFiles, isClaimsFile, readTextFileAsync } from "./files";

type Excluded = { start: number; end: number; reason: string };

// ---------------------------------------------------------------------------------------------------------------
// Lines and dates

interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Offset just past its last character, before the line break. */
  end: number;
  /** Offset just past its line break (the next line's start). */
  next: number;
  text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    lines.push({ start, end: m.index, next: m.index + m[0].length, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length, next: text.length, text: text.slice(start) });
  return lines;
}

/** 1-based line of `offset` in `text` (a CRLF counts as one line break). */
export function lineOfOffset(text: string, offset: number): number {
  return lineIndex(text)(offset);
}

/** A lookup from offset to 1-based line, for many lookups in one text. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = lineStarts(text);
  return (offset: number) => lineAt(starts, offset);
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};
const MONTH_RE = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const WEEKDAY_RE = "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\.?,?\\s+";
const DAY_MONTH_YEAR = new RegExp(`\\b(?:${WEEKDAY_RE})?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE},?\\s+(\\d{4})\\b`, "i");
const MONTH_DAY_YEAR = new RegExp(`\\b(?:${WEEKDAY_RE})?${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i");
const ISO_DATE = /\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b/;

function isoOf(y: number, m: number, d: number): string | undefined {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1000 && y <= 9999)) return undefined;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return undefined; // 31 February
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** The first full date (with a year) in `s`: ISO, "14 November 2025", "Friday, 14 November 2025", "Nov 14, 2025". */
export function findDate(s: string): { iso: string; index: number; length: number } | undefined {
  const hits: Array<{ iso: string; index: number; length: number }> = [];
  let m = ISO_DATE.exec(s);
  if (m) {
    const iso = isoOf(+m[1], +m[2], +m[3]);
    if (iso) hits.push({ iso, index: m.index, length: m[0].length });
  }
  m = DAY_MONTH_YEAR.exec(s);
  if (m) {
    const iso = isoOf(+m[3], MONTHS[m[2].toLowerCase()], +m[1]);
    if (iso) hits.push({ iso, index: m.index, length: m[0].length });
  }
  m = MONTH_DAY_YEAR.exec(s);
  if (m) {
    const iso = isoOf(+m[3], MONTHS[m[1].toLowerCase()], +m[2]);
    if (iso) hits.push({ iso, index: m.index, length: m[0].length });
  }
  hits.sort((a, b) => a.index - b.index);
  return hits[0];
}

/** A declared date as ISO `YYYY-MM-DD`, or undefined when it is not a date. */
export function normalizeDate(value: unknown): string | undefined {
  if (value instanceof Date) return isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== "string") return undefined;
  const s = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(s);
  if (iso) return isoOf(+iso[1], +iso[2], +iso[3]);
  const found = findDate(s);
  // The whole value must be the date (give or take a time of day), not a sentence that mentions one.
  if (found && s.length - found.length <= 16) return found.iso;
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Front matter

type Meta = { title?: string; outlet?: string; author?: string; date?: string; url?: string };
const META_KEYS = ["title", "outlet", "author", "date", "url"] as const;

function firstLineOf(message: string): string {
  return message.split("\n")[0].replace(/\s+at line \d+, column \d+:?\s*$/, "").trim();
}

interface FrontMatter {
  meta: Meta;
  inferred: string[];
  /** Offset where the body starts (just past the closing delimiter's line break). */
  bodyStart: number;
}

function parseYaml(yamlText: string, file: string): unknown {
  const doc = YAML.parseDocument(yamlText, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) {
    const err = doc.errors[0];
    const line = (err.linePos?.[0]?.line ?? 1) + 1;
    throw new InputError(file, `front matter is not valid YAML: ${firstLineOf(err.message)}`, line);
  }
  return doc.toJS();
}

function keyLine(lines: Line[], key: string): number | undefined {
  const re = new RegExp(`^\\s*${key}\\s*:`);
  const i = lines.findIndex((l) => re.test(l.text));
  return i < 0 ? undefined : i + 1;
}

/**
 * Front matter that is only `key: value` lines with plain text, dates or simply quoted values, read without the
 * YAML parser (a tenth of the time spent loading a thousand documents went to it); undefined for anything else,
 * which the parser then reads. Gives what the parser gives for the lines it accepts (see front-matter tests).
 */
export function simpleFrontMatter(yaml: string): Record<string, string | null> | undefined {
  const data: Record<string, string | null> = {};
  for (const raw of yaml.split("\n")) {
    const line = raw.replace(/[ \r]+$/, "");
    if (line === "") continue;
    const m = /^([A-Za-z][A-Za-z0-9_-]*):(?: +(.*))?$/.exec(line);
    if (!m || Object.hasOwn(data, m[1])) return undefined;
    const value = m[2];
    if (value === undefined) data[m[1]] = null;
    else if (/^"[^"\\]*"$/.test(value) || /^'[^']*'$/.test(value)) data[m[1]] = value.slice(1, -1);
    else if (isPlainText(value)) data[m[1]] = value;
    else return undefined;
  }
  return data;
}

/** A plain YAML value that can only be a string: starts with a letter (or is a bare date), no indicator inside. */
function isPlainText(value: string): boolean {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return true;
  return /^\p{L}/u.test(value) && !/: |:$| #|[\t{}[\]]/.test(value) && !/^(?:null|true|false)$/i.test(value);
}

function readFrontMatter(text: string, file: string): FrontMatter | undefined {
  const lines = splitLines(text);
  if (lines.length < 2 || !/^---\s*$/.test(lines[0].text)) return undefined;
  let close = -1;
  for (let i = 1; i < lines.length; i++) {
    if (/^(?:---|\.\.\.)\s*$/.test(lines[i].text)) {
      close = i;
      break;
    }
  }
  if (close < 0) return undefined; // a leading rule, not front matter
  const yamlText = text.slice(lines[1].start, lines[close].start);
  const data = simpleFrontMatter(yamlText) ?? parseYaml(yamlText, file);
  if (data === null || data === undefined) return { meta: {}, inferred: [], bodyStart: lines[close].next };
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new InputError(file, "front matter should be a list of `key: value` lines", 2);
  }
  const obj = data as Record<string, unknown>;
  const meta: Meta = {};
  const lineOf = (key: string) => {
    const l = keyLine(lines.slice(1, close), key);
    return l === undefined ? 2 : l + 1;
  };
  const aliases = wordTable<keyof Meta>({
    title: "title", headline: "title", outlet: "outlet", publication: "outlet", publisher: "outlet",
    author: "author", authors: "author", byline: "author", date: "date", published: "date", url: "url", link: "url",
  });
  for (const [key, value] of Object.entries(obj)) {
    const field = aliases[key.toLowerCase()];
    if (!field || value === null || value === undefined || meta[field] !== undefined) continue;
    if (field === "date") {
      const iso = normalizeDate(value);
      if (!iso) {
        throw new InputError(file, `front matter ${key} "${String(value)}" is not a date; write it as YYYY-MM-DD`, lineOf(key));
      }
      meta.date = iso;
    } else if (field === "author" && Array.isArray(value)) {
      meta.author = value.map(String).join(", ");
    } else if (typeof value === "string" || typeof value === "number") {
      const s = String(value).trim();
      if (s) meta[field] = s;
    } else {
      throw new InputError(file, `front matter ${key} should be text`, lineOf(key));
    }
  }
  let inferred: string[] = [];
  if (obj.inferred !== undefined && obj.inferred !== null) {
    const raw = Array.isArray(obj.inferred) ? obj.inferred : [obj.inferred];
    if (!raw.every((x) => typeof x === "string")) {
      throw new InputError(file, "front matter inferred should be a list of field names, e.g. [date]", lineOf("inferred"));
    }
    inferred = (raw as string[]).map((s) => s.trim().toLowerCase()).filter(Boolean);
  }
  return { meta, inferred, bodyStart: lines[close].next };
}

// ---------------------------------------------------------------------------------------------------------------
// Page furniture

/** Whole lines that are never claims. Matched against the trimmed line, case-insensitively. */
const FURNITURE_LINES: Array<[RegExp, string]> = [
  [
    /^(?:advertisements?|ad|ads|sponsored(?: content)?|(?:article )?ad ?box|skip advertisement|(?:story|article) continues below(?: this)? (?:advertisement|ad)|continue reading (?:below|the main story)|scroll to continue with content|advertisement[-–—:]? scroll to continue|paid content)$/i,
    "advertisement",
  ],
  [
    /^(?:read more|read more\s*[:|].*|more on this story|related(?: articles| stories| topics| content| coverage)?|read (?:the )?(?:entire|full|whole) (?:article|story)(?: here)?|continue reading|see also\s*:.*|also read\s*:.*|recommended(?: stories| reading)?|most read|top stories|you may also like|click here.*)$/i,
    "link to other content",
  ],
  [
    /^(?:send this page to someone via email|share(?: this)?(?: article| story| page| post)?(?: (?:on|via) [\w ]{1,20})?|share|copy link|link copied|print(?: this (?:article|page))?|email|comments?(?: \(\d+\))?|\d+ comments?|view comments|listen to (?:this )?article.*|save(?: (?:article|story))?|bookmark|follow(?: us)?(?: on [\w ]{1,20})?|sign up(?: to| for) .{0,60}newsletter.*|subscribe(?: now| today)?|gift (?:this )?article|facebook|twitter|whatsapp|linkedin|reddit)$/i,
    "sharing tools",
  ],
  [
    /^(?:(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago)(?:\s+\d+)?$/i,
    "relative-age stamp",
  ],
  [/^(?:image|media|video|photo) caption,?$/i, "image caption label"],
  [/^(?:image|photo|picture|video) source,.*$/i, "photo credit"],
  [/^(?:photograph|photo|picture|image|illustration|credit|photo credit|photography)s?\s*:\s*.{1,80}$/i, "photo credit"],
  [/^(?:getty images|reuters|ap|afp|epa|pa media|pa|shutterstock|alamy|afp via getty images)$/i, "photo credit"],
  [/^(?:[-–—]{1,2}\s*)[^()\n]{1,80}\(@\w{1,30}\)\s+\w+\s+\d{1,2},\s+\d{4}$/i, "social embed"],
  [/^(?:pic\.twitter\.com|https?:\/\/)\S*$/i, "link"],
];

/** Parts of a line (from the match to the end of the line) that are credits or embeds inside a caption or post. */
const FURNITURE_SUFFIXES: Array<[RegExp, string]> = [
  [/\s*(?:image|photo|picture|video) source,\s*[^\n]*$/i, "photo credit"],
  [/\s+(?:photograph|photo|picture|illustration|photo credit|credit)s?:\s+[^.!?"“”]{1,80}$/i, "photo credit"],
  [/\s*\((?:photo|photograph|picture|image)s?(?: by|:)[^)]{1,80}\)\s*$/i, "photo credit"],
  [/\s*pic\.twitter\.com\/\S*.*$/i, "social embed"],
];

/** Labels at the start of a line ("Image caption, The bridge in 1968") that are not part of the caption. */
const FURNITURE_PREFIXES: Array<[RegExp, string]> = [[/^(?:image|media|video|photo) caption,\s*/i, "image caption label"]];

/** Longer than any "Wednesday 7 September 2022, 10:30 BST" (and its punctuation) can be. */
const STAMP_LINE_MAX = 100;

/** "Published 7 September 2022", "Updated: 3 hours ago", a line that is only a date. */
function isStampLine(t: string): { date?: string } | undefined {
  const m = /^(?:(?:first |last )?(?:published|updated|posted|modified)(?: on| at)?\s*:?\s*)(.*)$/i.exec(t);
  if (m) {
    const rest = m[1];
    const d = findDate(rest);
    if (d) return { date: d.iso };
    if (/\bago\b|^\d{1,2}[:.]\d{2}/i.test(rest) || rest === "") return {};
    return undefined;
  }
  // Only a date, a time and punctuation: a short line. Searching every paragraph for a date was most of the cost.
  if (t.length > STAMP_LINE_MAX) return undefined;
  const d = findDate(t);
  if (d) {
    const leftover = (t.slice(0, d.index) + t.slice(d.index + d.length))
      .replace(/\b\d{1,2}[:.]\d{2}(?:\s*(?:am|pm))?\b/gi, "")
      .replace(/\b(?:bst|gmt|utc|cet|cest|est|edt|pst|pdt|ist)\b/gi, "")
      .replace(/[\s,.|·•\-–—()]/g, "");
    if (leftover === "") return { date: d.iso };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Bylines and other metadata in the text

const NAME_WORD = "(?:[A-Z][\\p{L}'’.-]*|(?:de|del|der|van|von|la|le|da|di|du|bin|al|el|ó|ní|mac)(?=\\s))";
const PERSON = `${NAME_WORD}(?:\\s+${NAME_WORD}){1,4}`;
const PERSONS_RE = new RegExp(`^(${PERSON}(?:\\s*(?:,|and|&)\\s*${PERSON})*)(?:\\s+in\\s+[A-Z][\\p{L} ,'-]{1,40})?$`, "u");
const BARE_NAME_RE = new RegExp(`^${PERSON}$`, "u");
const ROLE_WORDS =
  /\b(?:correspondent|editor|reporter|writer|columnist|staff|contributor|journalist|analyst|producer|desk|team|chief|bureau|presenter|critic)\b/i;

function isOutletLike(s: string): boolean {
  const t = s.trim();
  if (!t || t.length > 60 || /[.!?:;"“”]$/.test(t)) return false;
  if (findDate(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 6) return false;
  return words.every((w) => /^(?:[A-Z0-9&][\p{L}\p{N}'’.&-]*|of|the|and|for|de|du|la|le)$/u.test(w));
}

interface Byline {
  author: string;
  outlet?: string;
}

function parseByline(t: string): Byline | undefined {
  const m = /^(?:by|words by|written by|reporting by)\s+(.+)$/i.exec(t.trim());
  if (!m) return undefined;
  const parts = m[1].split(/\s*(?:\||\s[-–—]\s|,(?!\s*(?:and|&)\b))\s*/);
  // "By A, B and C" keeps the names together: grow the author part while it still reads as names.
  let nameEnd = 1;
  while (nameEnd < parts.length && BARE_NAME_RE.test(parts[nameEnd]) && !isKnownOutletWord(parts[nameEnd])) nameEnd++;
  const author = parts.slice(0, nameEnd).join(", ").trim();
  if (!PERSONS_RE.test(author)) return undefined;
  const rest = parts.slice(nameEnd).filter((p) => p && !ROLE_WORDS.test(p));
  const outlet = rest.length ? rest[rest.length - 1].trim() : undefined;
  return { author: author.replace(/\s+in\s+[A-Z][\p{L} ,'-]{1,40}$/u, ""), outlet: outlet && isOutletLike(outlet) ? outlet : undefined };
}

/** Words that make a capitalised phrase an outlet rather than a person ("Westmoor Gazette", "BBC News"). */
function isKnownOutletWord(s: string): boolean {
  return /\b(?:news|times|post|gazette|herald|journal|telegraph|guardian|tribune|chronicle|press|daily|weekly|mail|express|observer|star|standard|independent|bbc|cnn|reuters|agency|media|radio|tv|television|magazine|review|record|courier|echo|mirror|sun|register|bulletin|wire|online|today|council|ministry|department|office|government|police|service|authority)\b/i.test(
    s,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Source documents

/**
 * Parses a prose source document. Metadata comes from YAML front matter (title, outlet, author, date, url, and
 * `inferred: [...]`), or is inferred from the text (headline, byline, "Issued by ... on <date>", a dateline) and
 * listed in `inferred`. `text` is always the whole file text, so offsets are file offsets; the front matter and the
 * page furniture (ads, "READ MORE", photo credits, repeated lines, bylines) are listed in `excluded`.
 */
export function parseSourceDocument(text: string, id: string, path: string): SourceDocument {
  const file = path || id;
  const excluded: Excluded[] = [];
  const fm = readFrontMatter(text, file);
  const meta: Meta = fm ? { ...fm.meta } : {};
  const inferred = new Set<string>(fm?.inferred ?? []);
  const bodyStart = fm?.bodyStart ?? 0;
  if (fm) excluded.push({ start: 0, end: bodyStart, reason: "front matter" });

  const lines = splitLines(text).filter((l) => l.start >= bodyStart);
  const nonEmpty = lines.filter((l) => l.text.trim() !== "");
  const head = nonEmpty.slice(0, 15);
  const infer = (field: keyof Meta, value: string | undefined) => {
    if (value && meta[field] === undefined) {
      meta[field] = value;
      inferred.add(field);
    }
  };
  const wholeLine = new Set<Line>();
  const excludeLine = (l: Line, reason: string) => {
    if (wholeLine.has(l)) return;
    wholeLine.add(l);
    excluded.push({ start: l.start, end: l.end, reason });
  };

  // The headline.
  if (nonEmpty.length) infer("title", nonEmpty[0].text.trim().replace(/^#{1,6}\s+/, "").replace(/\s+#+$/, ""));

  // Bylines near the top: "By David Gritten" + "BBC News"; "By Tom Ashworth, Westmoor Gazette".
  for (const l of head) {
    const by = parseByline(l.text);
    if (!by) continue;
    excludeLine(l, "byline");
    infer("author", by.author);
    let outlet = by.outlet;
    const i = lines.indexOf(l);
    const nextLine = lines[i + 1];
    // The outlet on the next line ("BBC News"): short, capitalised, not a role, and not just another name.
    const next = nextLine?.text.trim() ?? "";
    if (
      !outlet &&
      isOutletLike(next) &&
      !ROLE_WORDS.test(next) &&
      (!BARE_NAME_RE.test(next) || isKnownOutletWord(next))
    ) {
      outlet = next;
      excludeLine(nextLine, "byline");
    }
    infer("outlet", outlet);
    break;
  }

  // "Issued by Westmoor County Council on Friday, 14 November 2025." (kept as text: it is what the statement says).
  for (const l of head) {
    const m = /^(?:issued|published|released|posted|distributed)\s+by\s+(?:the\s+)?(.+?)\s+on\s+(.+?)\.?\s*$/i.exec(l.text.trim());
    if (!m) continue;
    const date = findDate(m[2]);
    if (!date) continue;
    infer("outlet", m[1].trim());
    infer("date", date.iso);
    break;
  }

  // Publication stamps and datelines near the top.
  for (const l of head) {
    if (wholeLine.has(l) || l === nonEmpty[0]) continue;
    const stamp = isStampLine(l.text.trim());
    if (stamp) {
      excludeLine(l, "publication date");
      infer("date", stamp.date);
      continue;
    }
    // "OSLO, Norway, 3 March 2024 (Reuters) - ..." : an upper-case place, then the date.
    const dl = /^[A-Z][A-Z .'-]{2,}(?:,\s*[\p{L} .]+)?,\s*(.{6,40}?)\s*(?:\([^)]*\)\s*)?[-–—]/u.exec(l.text);
    if (dl) {
      const d = findDate(dl[1]);
      if (d) infer("date", d.iso);
    }
  }

  // An author's name alone on a line, before a bio: "Martin Wall" / "Martin Wall is the former ... of The Irish Times."
  for (let i = 0; i < nonEmpty.length - 1; i++) {
    const name = nonEmpty[i].text.trim();
    if (!BARE_NAME_RE.test(name) || isKnownOutletWord(name)) continue;
    let j = i + 1;
    while (j < nonEmpty.length && nonEmpty[j].text.trim() === name) j++;
    if (j >= nonEmpty.length || !nonEmpty[j].text.trim().startsWith(`${name} is `)) continue;
    infer("author", name);
    const of = /\b(?:[Cc]orrespondent|[Ee]ditor|[Rr]eporter|[Ww]riter|[Cc]olumnist|[Jj]ournalist)\s+(?:of|for|at|with)\s+((?:The\s+)?[A-Z][\p{L}'’&-]*(?:\s+[A-Z][\p{L}'’&-]*){0,4})/u.exec(
      nonEmpty[j].text,
    );
    if (of) infer("outlet", of[1]);
    break;
  }

  // Line by line: furniture, the author's name alone, repeated lines, credit suffixes.
  const author = meta.author?.trim().toLowerCase();
  const seen = new Set<string>();
  for (const l of lines) {
    const t = l.text.trim();
    if (!t) continue;
    const key = collapseWhitespace(t);
    const repeated = seen.has(key);
    seen.add(key);
    if (wholeLine.has(l)) continue;
    const furniture = FURNITURE_LINES.find(([re]) => re.test(t));
    if (furniture) {
      excludeLine(l, furniture[1]);
      continue;
    }
    if (author && t.toLowerCase() === author) {
      excludeLine(l, "author name");
      continue;
    }
    if (parseByline(t) && meta.author && t.toLowerCase().includes(meta.author.toLowerCase())) {
      excludeLine(l, "byline");
      continue;
    }
    if (repeated) {
      excludeLine(l, "repeated line");
      continue;
    }
    for (const [re, reason] of FURNITURE_PREFIXES) {
      const m = re.exec(l.text.slice(l.text.length - l.text.trimStart().length));
      if (m) {
        const s = l.start + (l.text.length - l.text.trimStart().length);
        excluded.push({ start: s, end: s + m[0].length, reason });
      }
    }
    for (const [re, reason] of FURNITURE_SUFFIXES) {
      const m = re.exec(l.text);
      if (m && m.index > 0) {
        // Leave the whitespace before the credit with the caption; exclude from the label on.
        const lead = m[0].length - m[0].trimStart().length;
        excluded.push({ start: l.start + m.index + lead, end: l.end, reason });
        break;
      }
    }
  }

  excluded.sort((a, b) => a.start - b.start || b.end - a.end);
  const title = meta.title ?? nodePath.basename(id).replace(/\.[^.]+$/, "");
  if (meta.title === undefined) inferred.add("title");
  const doc: SourceDocument = {
    id,
    path,
    title,
    inferred: [...inferred],
    text,
    kind: "document",
    excluded,
  };
  if (meta.outlet !== undefined) doc.outlet = meta.outlet;
  if (meta.author !== undefined) doc.author = meta.author;
  if (meta.date !== undefined) doc.date = meta.date;
  if (meta.url !== undefined) doc.url = meta.url;
  return doc;
}

// ---------------------------------------------------------------------------------------------------------------
// Verified-claims files

type ClaimSource = NonNullable<DeclaredClaim["source"]>;

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value)}`;
}

/**
 * Parses a verified-claims file (JSON, or YAML for .yaml/.yml):
 *   { "source"?: {title, outlet, url, date, author}, "claims": [ { "text", "source"?, "speaker"?, "verifiedBy"?,
 *     "verifiedAt"? } ] }
 * or just the list of claims (an entry may also be a plain string). Each declared claim gets the offsets of its text
 * in the file where that text can be found verbatim, else offsets 0 and the line of its entry.
 */
export function parseClaimsFile(text: string, id: string, path: string): SourceDocument {
  const file = path || id;
  const isJson = /\.json$/i.test(path || id);
  let data: unknown;
  let yamlDoc: YAML.Document.Parsed | undefined;
  if (text.trim() === "") throw new InputError(file, "is empty; expected a list of claims", 1);
  if (isJson) {
    try {
      data = JSON.parse(text);
    } catch (err) {
      const message = (err as Error).message;
      const pos = jsonErrorOffset(message, text);
      const lc = /\(line (\d+) column (\d+)\)/.exec(message);
      let line: number;
      let column: number | undefined;
      if (lc) {
        line = +lc[1];
        column = +lc[2];
      } else if (pos !== undefined) {
        line = lineOfOffset(text, pos);
        const lastBreak = Math.max(text.lastIndexOf("\n", pos - 1), text.lastIndexOf("\r", pos - 1));
        column = pos - lastBreak;
      } else {
        line = lineOfOffset(text, text.trimEnd().length); // "Unexpected end of JSON input"
      }
      const what = message
        .replace(/\s*in JSON at position \d+.*$/, "")
        .replace(/,\s*(?:\.\.\.)?"[\s\S]*" is not valid JSON$/, "")
        .replace(/\s*\(line \d+ column \d+\)$/, "");
      throw new InputError(file, `is not valid JSON: ${what}${column ? ` (column ${column})` : ""}`, line);
    }
    // For the positions of each entry: JSON is YAML, so the YAML parser gives node ranges.
    try {
      const d = YAML.parseDocument(text);
      if (!d.errors.length) yamlDoc = d;
    } catch {
      /* positions are best effort */
    }
  } else {
    yamlDoc = YAML.parseDocument(text, { prettyErrors: true, uniqueKeys: true });
    if (yamlDoc.errors.length) {
      const err = yamlDoc.errors[0];
      throw new InputError(file, `is not valid YAML: ${firstLineOf(err.message)}`, err.linePos?.[0]?.line);
    }
    data = yamlDoc.toJS();
  }

  const lineOf = lineIndex(text);
  const lineAt = (node: unknown): number | undefined => {
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    return range ? lineOf(range[0]) : undefined;
  };
  let list: unknown[];
  let listNode: unknown;
  let defaultSource: ClaimSource | undefined;
  if (Array.isArray(data)) {
    list = data;
    listNode = yamlDoc?.contents;
  } else if (data && typeof data === "object") {
    const obj = data as Record<string, unknown>;
    const contents = yamlDoc?.contents as YAML.YAMLMap | undefined;
    if (!("claims" in obj)) {
      throw new InputError(file, 'has no "claims" list; expected { "claims": [ { "text": ... } ] } or a list of claims', 1);
    }
    if (!Array.isArray(obj.claims)) {
      throw new InputError(file, `"claims" should be a list, not ${describe(obj.claims)}`, lineAt(contents?.get?.("claims", true)) ?? 1);
    }
    list = obj.claims;
    listNode = contents?.get?.("claims", true);
    if (obj.source !== undefined) {
      defaultSource = readSource(obj.source, "source", file, lineAt(contents?.get?.("source", true)) ?? 1);
    }
  } else {
    throw new InputError(file, `should hold a list of claims or { "claims": [...] }, not ${describe(data)}`, 1);
  }

  const items = ((listNode as YAML.YAMLSeq | undefined)?.items ?? []) as unknown[];
  const declared: DeclaredClaim[] = [];
  list.forEach((entry, i) => {
    const node = items[i];
    const entryLine = lineAt(node) ?? 1;
    const where = `claims[${i}] (claim ${i + 1})`;
    let claimText: unknown;
    let textNode: unknown;
    let obj: Record<string, unknown> = {};
    if (typeof entry === "string") {
      claimText = entry;
      textNode = node;
    } else if (entry && typeof entry === "object" && !Array.isArray(entry)) {
      obj = entry as Record<string, unknown>;
      claimText = obj.text;
      textNode = (node as YAML.YAMLMap | undefined)?.get?.("text", true);
    } else {
      throw new InputError(file, `${where} should be an object with "text", not ${describe(entry)}`, entryLine);
    }
    if (typeof claimText !== "string" || claimText.trim() === "") {
      throw new InputError(
        file,
        claimText === undefined || claimText === null || claimText === ""
          ? `${where} has no "text"`
          : `${where} "text" should be text, not ${describe(claimText)}`,
        lineAt(textNode) ?? entryLine,
      );
    }
    const value = claimText.trim();
    const claim: DeclaredClaim = { text: value, start: 0, end: 0, line: entryLine };
    const loc = locate(text, value, textNode, node);
    if (loc) {
      claim.start = loc.start;
      claim.end = loc.end;
      claim.line = lineOf(loc.start);
    }
    const ownSource =
      obj.source !== undefined
        ? readSource(obj.source, `${where}.source`, file, lineAt((node as YAML.YAMLMap | undefined)?.get?.("source", true)) ?? entryLine)
        : undefined;
    // A claim's source that names its own title or url is another source: it replaces the default, not patches it.
    const own = ownSource && (ownSource.title || ownSource.url);
    if (defaultSource || ownSource) claim.source = own ? { ...ownSource } : { ...defaultSource, ...ownSource };
    for (const key of ["speaker", "verifiedBy", "verifiedAt"] as const) {
      const v = obj[key];
      if (v === undefined || v === null) continue;
      if (v instanceof Date) claim[key] = v.toISOString();
      else if (typeof v === "string" || typeof v === "number") claim[key] = String(v).trim();
      else throw new InputError(file, `${where}.${key} should be text, not ${describe(v)}`, lineAt((node as YAML.YAMLMap)?.get?.(key, true)) ?? entryLine);
    }
    declared.push(claim);
  });

  const src: ClaimSource = defaultSource ?? declared[0]?.source ?? {};
  const inferred: string[] = [];
  let title = src.title;
  if (!title) {
    title = nodePath.basename(id).replace(/\.(?:claims\.)?(?:json|ya?ml)$/i, "");
    inferred.push("title");
  }
  const doc: SourceDocument = { id, path, title, inferred, text, kind: "claims", declaredClaims: declared };
  if (src.outlet) doc.outlet = src.outlet;
  if (src.author) doc.author = src.author;
  if (src.date) doc.date = src.date;
  if (src.url) doc.url = src.url;
  return doc;
}

/**
 * Where JSON.parse stopped. V8 says "at position N" for most errors, but for an unexpected token it quotes up to 10
 * characters either side instead: `Unexpected token ',', ..."t": "x" },,\n  ]" is not valid JSON`.
 */
function jsonErrorOffset(message: string, text: string): number | undefined {
  const pos = /at position (\d+)/.exec(message);
  if (pos) return +pos[1];
  const m = /^Unexpected token '([\s\S])', (\.\.\.)?"([\s\S]*?)"(\.\.\.)? is not valid JSON$/.exec(message);
  if (!m) return undefined;
  const [, token, before, context, after] = m;
  const at = text.indexOf(context);
  if (at < 0) return undefined;
  if (before) return at + 10;
  if (after) return Math.max(0, context.length - 10);
  const first = text.indexOf(token);
  return first < 0 ? undefined : first;
}

function readSource(value: unknown, where: string, file: string, line: number): ClaimSource {
  if (typeof value === "string" && value.trim()) return { title: value.trim() };
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    throw new InputError(file, `${where} should be an object like { "title": ..., "outlet": ... }, not ${describe(value)}`, line);
  }
  const obj = value as Record<string, unknown>;
  const out: ClaimSource = {};
  for (const key of META_KEYS) {
    const v = obj[key];
    if (v === undefined || v === null) continue;
    if (key === "date") {
      const iso = normalizeDate(v);
      if (!iso) throw new InputError(file, `${where}.date "${String(v)}" is not a date; write it as YYYY-MM-DD`, line);
      out.date = iso;
    } else if (typeof v === "string" || typeof v === "number") {
      const s = String(v).trim();
      if (s) out[key] = s;
    } else {
      throw new InputError(file, `${where}.${key} should be text, not ${describe(v)}`, line);
    }
  }
  return out;
}

/** Where a claim's text sits in the file: the scalar's own span when it is written verbatim, else a plain search. */
function locate(text: string, value: string, textNode: unknown, entryNode: unknown): { start: number; end: number } | undefined {
  const range = (textNode as { range?: [number, number, number] } | undefined)?.range;
  if (range) {
    const [s, e] = range;
    const raw = text.slice(s, e);
    const inner = raw.indexOf(value);
    if (inner >= 0) return { start: s + inner, end: s + inner + value.length };
  }
  const from = (entryNode as { range?: [number, number, number] } | undefined)?.range?.[0] ?? 0;
  let at = text.indexOf(value, from);
  if (at < 0) at = text.indexOf(value);
  return at < 0 ? undefined : { start: at, end: at + value.length };
}

// ---------------------------------------------------------------------------------------------------------------
// Loading

export interface LoadReferenceOptions {
  /** Files larger than this are skipped with a problem naming them. Default 5 MB. */
  maxFileBytes?: number;
  /** The files `collectReferenceFiles(paths)` found, when the caller walked the folders already. */
  collected?: CollectedFiles;
}

/**
 * Loads files and folders of source documents (.txt, .md, .markdown) and verified-claims files (.json, .yaml, .yml).
 * Never throws for a bad file: each is recorded in `problems` (naming the file, and the line where it can) and the
 * rest still load. Ids are paths relative to the folder a file was found under, or the file name when given directly.
 */
export async function loadReferenceDocuments(
  paths: string[],
  options: LoadReferenceOptions = {},
): Promise<{ documents: SourceDocument[]; problems: InputProblem[] }> {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const { entries, problems: found } = options.collected ?? collectReferenceFiles(paths);
  const problems = [...found];
  const documents: SourceDocument[] = [];
  // Reads overlap (a few at a time) so a folder of a thousand files waits on the disk once, not a thousand times;
  // parsing stays in order so ids, problems and documents keep the folder's order.
  const READ_AHEAD = 16;
  const reads = new Map<number, Promise<string | InputError | Error>>();
  const read = (i: number) => {
    if (i < entries.length && !reads.has(i)) reads.set(i, readTextFileAsync(entries[i].path, maxBytes).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))));
  };
  for (let i = 0; i < READ_AHEAD; i++) read(i);
  for (const [index, entry] of entries.entries()) {
    read(index + READ_AHEAD);
    try {
      const loaded = await reads.get(index)!;
      reads.delete(index);
      if (loaded instanceof Error) throw loaded;
      const text = loaded;
      const abs = nodePath.resolve(entry.path);
      if (text.trim() === "") {
        problems.push({ file: entry.path, message: "is empty" });
        continue;
      }
      const doc = isClaimsFile(entry.path) ? parseClaimsFile(text, entry.id, abs) : parseSourceDocument(text, entry.id, abs);
      if (doc.kind === "claims" && !doc.declaredClaims?.length) {
        problems.push({ file: entry.path, message: "has no claims" });
        continue;
      }
      if (doc.kind === "document" && !hasText(doc)) {
        problems.push({ file: entry.path, message: "has no text besides its front matter and page furniture" });
        continue;
      }
      documents.push(doc);
    } catch (err) {
      if (err instanceof InputError) {
        const problem: InputProblem = { file: entry.path, message: err.problem };
        if (err.line) problem.line = err.line;
        problems.push(problem);
      } else {
        problems.push({ file: entry.path, message: `could not be loaded (${(err as Error)?.message ?? String(err)})` });
      }
    }
  }
  return { documents, problems };
}

function hasText(doc: SourceDocument): boolean {
  let pos = 0;
  for (const r of doc.excluded ?? []) {
    if (r.start > pos && doc.text.slice(pos, r.start).trim()) return true;
    pos = Math.max(pos, r.end);
  }
  return doc.text.slice(pos).trim() !== "";
}
