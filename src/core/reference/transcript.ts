// Transcripts: an interview or hearing written as turns, each opened by its speaker's name in capitals or in bold
// ("BRACK: We said that was our initial assessment."). The words of a turn are the speaker's own, as much as the
// words inside quotation marks of a news report are.
import { FINITE_AUXILIARIES, isRoleWord, POSSESSIVE_DETERMINERS, titleLength } from "../facts/facts";
import { canBeVerb, hyphenatedNumber, isPlaceName, numberWord } from "../lexicon";
import { isFunctionWord } from "../text/tokens";
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
const LABEL = /^[ \t]*(?:\*\*([A-Z][\p{L}'’.-]*(?:[ \t]+[A-Z][\p{L}'’.-]*){0,3})(?::\*\*|\*\*[ \t]*:)|(\p{Lu}[\p{Lu}'’.-]+(?:[ \t]+\p{Lu}[\p{Lu}'’.-]*){0,3})(?:[ \t]*\([^)\n]{1,60}\))?[ \t]*:)[ \t]*/u;

/**
 * Labels that give a role, not a name ("REPORTER (Brimley Echo):", "CALLER:"): the one who asks. Their turns are
 * no guest's words, and their questions are what the next guest answers.
 */
const ASKING_ROLES = new Set("reporter reporters journalist caller questioner audience listener presenter host interviewer".split(" "));

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
      const asker = ASKING_ROLES.has(label.split(/[ \t]+/)[0].toLowerCase());
      if (!asker && !names.has(label)) names.set(label, speakerName(text, label));
      const speaker = asker ? label.toLowerCase() : names.get(label);
      if (speaker) {
        if (turns.length) turns[turns.length - 1].end = Math.min(turns[turns.length - 1].end, at);
        turns.push({ labelStart: at, textStart: at + m[0].length, end: paragraphEnd(text, at), speaker, host: asker });
      }
    }
    at = lineEnd + 1;
  }
  if (turns.filter((t) => !t.host).length < MIN_TURNS) return [];
  // "BRACK:" after "OWEN BRACK:": the full name, when only one speaker has it.
  const full = [...new Set(turns.map((t) => t.speaker))].filter((s) => s.includes(" "));
  for (const t of turns) {
    if (t.speaker.includes(" ")) continue;
    const longer = full.filter((s) => s.endsWith(` ${t.speaker}`) || s.startsWith(`${t.speaker} `));
    if (longer.length === 1) t.speaker = longer[0];
  }
  // Where a role asks the questions, no named speaker is the host.
  const host = turns.some((t) => t.host) ? undefined : hostOf(text, turns);
  for (const t of turns) t.host ||= t.speaker === host;
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

/** The words that open a yes-or-no question, and that a clause of its own holds (see `FINITE_WORD`). */
const AUXILIARIES = new Set([...FINITE_AUXILIARIES, "do", "am"]);
/** Subjects of one word: "Is that right?", "Was anyone on site?". */
const PRONOUN_SUBJECTS = new Set("i you he she it we they that this there anyone anybody everyone everybody someone somebody nobody".split(" "));
const DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those", ...POSSESSIVE_DETERMINERS, "any", "every", "each", "some", "all"]);
/** Words that end a noun phrase: the verb before one is the predicate's ("did the club turn them away"). */
const PHRASE_BREAKS = new Set(
  "the a an this that these those its his her their our your my any every each some all him her them me us it you to of in on at for from with by about into over under after before up down out off back away again now yet".split(" "),
);
/** An answer's opening that answers yes or no; what follows it ("Not on the same terms") qualifies the answer. */
const POLAR = /^(yes|yeah|yep|of course|definitely|certainly|absolutely|no|nope|never|not)\b[,.!]?\s*/i;
const NEGATIVE = new Set(["no", "nope", "never", "not"]);
/** "it did not", "the harbour trust does": an answer's echo of the question's verb, which adds nothing. */
const ECHO = /^(?:(?:[\p{L}'’-]+\s+){0,2})(?:do|does|did|is|are|was|were|has|have|had|will|would|can|could)(?:\s+not|n't)?$/iu;
/**
 * A word of a clause of its own: the answer then stands by itself as a claim. Matched as written, after the answer's
 * first letter is lowered: "May" in "In late May" is the month.
 */
const FINITE_WORD = new RegExp(`\\b(?:${[...AUXILIARIES].join("|")})\\b|['’](?:s|re|ve|m|ll|d)\\b|n['’]t\\b`);
const hasFiniteWord = (words: string) => FINITE_WORD.test(words.charAt(0).toLowerCase() + words.slice(1));
const CLAUSE_OPENERS = new Set("i you he she it we they there nothing nobody everything everyone everybody someone somebody".split(" "));
const ANSWER_WORDS = 8;

/**
 * A short answer to the question before it, as the statement the two make together, in the answerer's words:
 * "Did the kiosk's freezer break down?" "No, it didn't." is "the kiosk's freezer did not break down"; "Who runs the
 * slipway these days?" "The harbour trust does." is "the harbour trust runs the slipway these days". Undefined when the
 * answer is a clause that stands by itself, or the question's shape is not one read here (a reason, a question tag).
 */
export function answerAsStatement(question: string, answer: string): string | undefined {
  const asked = question
    .trim()
    .replace(/\?+["”’]*$/, "")
    .replace(/^(?:and|so|but|well|now|okay|ok)\b,?\s+/i, "")
    // A vocative: "Owen, would you sign …?", "Mr Brack, has Kestrel been paid …?"
    .replace(/^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2},\s+(?=\p{Ll})/u, "")
    // "When do the works begin, and who pays?": a short answer answers the first question.
    .replace(/,?\s+(?:and|or)\s+(?:who|what|when|where|which|why|how)\b.*$/i, "");
  const said = answer.trim().replace(/[.!]+["”’]*$/, "");
  // "That wasn't true, was it?": a statement with a tag, whose answer agrees or not with the statement, not the tag.
  if (/[,;]/.test(asked) && /,\s*\p{Ll}+(?:n['’]t)?\s+\p{Ll}+$/u.test(asked)) return undefined;
  const words = asked.split(/\s+/).map((w) => w.replace(/^["“‘(]+|[,;:"”’)]+$/g, "")).filter(Boolean);
  if (words.length < 2 || said.split(/\s+/).length > ANSWER_WORDS) return undefined;
  const first = words[0].toLowerCase();
  const asYou = (ws: string[]) => ws.map((w) => ({ you: "I", your: "my", yours: "mine", yourself: "myself" })[w.toLowerCase()] ?? w).join(" ");
  if (AUXILIARIES.has(first)) return polarAnswer(first, words.slice(1), said, asYou);
  return whAnswer(first, words, said, asYou);
}

function polarAnswer(auxiliary: string, rest: string[], said: string, asYou: (ws: string[]) => string): string | undefined {
  const m = POLAR.exec(said);
  if (!m) return undefined;
  const lead = m[1].toLowerCase();
  const after = said.slice(m[0].length).replace(/,\s*no$/i, "");
  const negative = NEGATIVE.has(lead);
  // "Not on these terms" qualifies the denial; after "No," or "Yes," only an echo ("it did not") may follow.
  const qualifier = lead === "not" ? after : "";
  if (lead !== "not" && after && !ECHO.test(after)) return undefined;
  if (qualifier && (hasFiniteWord(qualifier) || CLAUSE_OPENERS.has(qualifier.split(/\s+/)[0].toLowerCase()))) return undefined;
  const split = subjectLength(rest);
  if (!split || split >= rest.length) return undefined;
  const negator = negative ? (lead === "never" ? "never" : "not") : "";
  return [asYou(rest.slice(0, split)), auxiliary, negator, asYou(rest.slice(split)), qualifier].filter(Boolean).join(" ");
}

/** How many of the words after a question's auxiliary are its subject ("the kiosk's freezer" | "break down"). */
function subjectLength(words: string[]): number | undefined {
  const lower = words.map((w) => w.toLowerCase());
  if (PRONOUN_SUBJECTS.has(lower[0])) return 1;
  if (/^\p{Lu}/u.test(words[0])) {
    let n = 1;
    while (n < words.length && /^\p{Lu}/u.test(words[n])) n++;
    return n;
  }
  // A noun phrase ends before the verb: the last word that can be one before a word that ends the phrase.
  for (let i = DETERMINERS.has(lower[0]) ? 1 : 0; i < words.length; i++) {
    if (i === 0 || /['’]s$/.test(lower[i])) continue;
    if (lower[i] === "be" || lower[i] === "been" || lower[i] === "being") return i;
    if (canBeVerb(lower[i]) && (i + 1 === words.length || PHRASE_BREAKS.has(lower[i + 1]) || /ly$/.test(lower[i + 1]) || /^[\d£$€]/.test(lower[i + 1]))) return i;
  }
  return undefined;
}

function whAnswer(wh: string, words: string[], said: string, asYou: (ws: string[]) => string): string | undefined {
  if (!["who", "what", "which", "when", "where", "how"].includes(wh)) return undefined;
  // The answer must be a fragment ("The boathouse kitchen", "In late May", "The harbour trust does"), not a clause.
  const echo = /\s+(?:does|do|did|is|are|was|were|has|have|will|can)$/i;
  const fragment = sentenceCase(said.replace(echo, ""));
  if (!fragment || hasFiniteWord(fragment) || CLAUSE_OPENERS.has(fragment.split(/\s+/)[0].toLowerCase()) || POLAR.test(fragment)) return undefined;
  let rest = words.slice(1);
  const lower = rest.map((w) => w.toLowerCase());
  // "How many rowers signed?" "Forty-two.": the count stands for "how many"; "how long have you run …" is a measure.
  if (wh === "how" && (lower[0] === "many" || lower[0] === "much")) {
    // "How much did the club pay?": the amount is the object, after what follows the auxiliary.
    return AUXILIARIES.has(lower[1]) ? `${asYou(rest.slice(2))} ${fragment}` : `${fragment} ${asYou(rest.slice(1))}`;
  }
  if (wh === "how" && /^(?:long|often|far|soon|old|early|late)$/.test(lower[0])) rest = rest.slice(1);
  const restLower = rest.map((w) => w.toLowerCase());
  if (!AUXILIARIES.has(restLower[0])) {
    // "Who runs the slipway these days?": the answer is the subject.
    return wh === "who" || wh === "what" || wh === "which" ? `${fragment} ${asYou(rest)}` : undefined;
  }
  // "Who was driving?", "What is the cost?": with no subject after the auxiliary, the answer is the subject. Else
  // ("What do members want …?", "Where did the fire start?", "When will the club decide?") the answer completes what
  // follows the auxiliary, already in a statement's order.
  const subjectAfter = ["do", "does", "did"].includes(restLower[0]) || PRONOUN_SUBJECTS.has(restLower[1]) || DETERMINERS.has(restLower[1]);
  const asksSubject = !subjectAfter && (wh === "who" || (wh === "what" && !/^\p{Lu}/u.test(rest[1] ?? "")));
  return asksSubject ? `${fragment} ${asYou(rest)}` : `${asYou(rest.slice(1))} ${fragment}`;
}

/** "In late May" inside a statement: its first word is no name, so it loses its capital. */
function sentenceCase(fragment: string): string {
  const [word] = fragment.split(/\s/);
  return isFunctionWord(word.toLowerCase()) || numberWord(word.toLowerCase()) !== undefined || hyphenatedNumber(word.toLowerCase()) !== undefined ? word.toLowerCase() + fragment.slice(word.length) : fragment;
}
