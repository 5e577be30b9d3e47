// Transcripts: an interview or hearing written as turns, each opened by its speaker's name in capitals or in bold
// ("BRACK: We said that was our initial assessment."). The words of a turn are the speaker's own, as much as the
// words inside quotation marks of a news report are.
import { isRoleWord, titleLength } from "../facts/facts";
import { isPlaceName } from "../lexicon";
import { escapeRegExp, paragraphEnd } from "../text/lines";

export interface Turn {
  /** Where the label starts and where the spoken words after it start. */
  labelStart: number;
  textStart: number;
  /** Up to the next turn or the end of the paragraph. */
  end: number;
  /** The speaker as the document writes the name in running text ("Owen Brack" for "OWEN BRACK"). */
  speaker: string;
  /**
   * The presenter or interviewer: what they say introduces and asks, in the programme's voice, the way a reporter's
   * narration does; it is not a guest's claim to credit.
   */
  host: boolean;
}

/**
 * A speaker label at the start of a line: one to four words in capitals followed by a colon, or a name in bold
 * ("**Ruth Mallory:**"). The colon may sit inside or outside the bold.
 */
const LABEL = /^[ \t]*(?:\*\*([A-Z][\p{L}'’.-]*(?:[ \t]+[A-Z][\p{L}'’.-]*){0,3})(?::\*\*|\*\*[ \t]*:)|(\p{Lu}[\p{Lu}'’.-]+(?:[ \t]+\p{Lu}[\p{Lu}'’.-]*){0,3})[ \t]*:)[ \t]*/u;

/** Capitalised line openers that are the document's furniture, not a speaker. */
const FURNITURE = new Set(
  "note notes update updated correction clarification breaking ends contact contacts media press editor editors editor's source sources summary background q a question answer transcript warning caption photo watch read listen more also see".split(
    " ",
  ),
);

/** A document needs at least this many labelled turns to be read as a transcript: one "UPDATE:" line is not one. */
const MIN_TURNS = 2;

/** The turns of a transcript, in order; none for a document that is not one. */
export function transcriptTurns(text: string): Turn[] {
  const turns: Turn[] = [];
  const names = new Map<string, string | undefined>();
  let at = 0;
  while (at <= text.length) {
    const newline = text.indexOf("\n", at);
    const lineEnd = newline === -1 ? text.length : newline;
    const m = LABEL.exec(text.slice(at, lineEnd));
    const label = m && (m[1] ?? m[2]);
    if (m && label) {
      let speaker = names.get(label);
      if (!names.has(label)) names.set(label, (speaker = speakerName(text, label)));
      if (speaker) {
        if (turns.length) turns[turns.length - 1].end = Math.min(turns[turns.length - 1].end, at);
        turns.push({ labelStart: at, textStart: at + m[0].length, end: paragraphEnd(text, at), speaker, host: false });
      }
    }
    at = lineEnd + 1;
  }
  if (turns.length < MIN_TURNS) return [];
  // "BRACK:" after "OWEN BRACK:": the full name, when only one speaker has it.
  const full = [...new Set(turns.map((t) => t.speaker))].filter((s) => s.includes(" "));
  for (const t of turns) {
    if (t.speaker.includes(" ")) continue;
    const longer = full.filter((s) => s.endsWith(` ${t.speaker}`) || s.startsWith(`${t.speaker} `));
    if (longer.length === 1) t.speaker = longer[0];
  }
  const host = hostOf(text, turns);
  for (const t of turns) t.host = t.speaker === host;
  return turns;
}

/** "Presenter: Kate Lyle." or "Interviewer: …" names the host. */
const HOST_LINE = /^[ \t]*(?:\*\*)?(?:[Pp]resenter|[Hh]ost|[Ii]nterviewer|[Aa]nchor|[Mm]oderator)s?(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]*(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3})/mu;

/** The host: the speaker a header line names, else the first speaker, when it is they who ask the questions. */
function hostOf(text: string, turns: Turn[]): string | undefined {
  const named = HOST_LINE.exec(text)?.[1];
  const speakers = new Set(turns.map((t) => t.speaker));
  if (named) return [...speakers].find((s) => s === named || named.endsWith(` ${s}`) || s.endsWith(` ${named.split(" ").pop()}`));
  const first = turns[0].speaker;
  return turns.some((t) => t.speaker === first && text.slice(t.textStart, t.end).includes("?")) ? first : undefined;
}

/**
 * The label as a person's name the document uses in running text, or undefined when it is not one: a name is written
 * in mixed case somewhere ("With me is Owen Brack", "Mr Brack"); a label the text never names that way, a
 * dateline ("LONDON:") or furniture ("NOTES TO EDITORS:") is no speaker.
 */
function speakerName(text: string, label: string): string | undefined {
  const words = label.split(/[ \t]+/);
  if (words.some((w) => FURNITURE.has(w.toLowerCase())) || isPlaceName(label.toLowerCase())) return undefined;
  // "THE CHAIR:", "PROSECUTOR:": an office speaks, known by it.
  const office = words.map((w) => w.toLowerCase()).filter((w, i) => !(i === 0 && w === "the"));
  if (office.length <= 2 && isRoleWord(office[office.length - 1])) return `the ${office.join(" ")}`;
  return writtenName(text, words) ?? (titleLength(office) > 0 && titleLength(office) < words.length ? writtenName(text, words.slice(titleLength(office))) : undefined);
}

/** The words as the text writes them as a name, in mixed case; "CLLR BELL" may be "Cllr Jo Bell" there. */
function writtenName(text: string, words: string[]): string | undefined {
  // One word is a surname only after a first name or a title ("Owen Brack", "Mr Brack"): "in London" names a place.
  const before = words.length === 1 ? "(?<=\\p{Lu}[\\p{L}.]*[ \\t]+)" : "(?<![\\p{L}])";
  const pattern = new RegExp(`${before}${words.map(capitalised).join("[ \\t]+")}(?![\\p{L}]|[ \\t]*:|\\*\\*)`, "gu");
  for (const m of text.matchAll(pattern)) {
    // Not all capitals: the name as running text writes it.
    if (m[0] !== m[0].toUpperCase()) return m[0].replace(/[ \t]+/g, " ");
  }
  return undefined;
}

/** A word as a name is written, whatever the case of its other letters: "BRACK" → /B[rR][aA][cC][kK]/. */
const capitalised = (word: string) =>
  escapeRegExp(word[0].toUpperCase()) + [...word.slice(1)].map((c) => (c.toLowerCase() === c.toUpperCase() ? escapeRegExp(c) : `[${c.toLowerCase()}${c.toUpperCase()}]`)).join("");
