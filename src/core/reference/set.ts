// The reference set: source documents split into claims with provenance and facts, people with their titles,
// and an inverted index over stems, meanings, names and numbers so a check costs per draft sentence, not per claim.
import { createHash } from "node:crypto";
import { analyse, durationHours, EntityFact, eventFiller, openingOrganisation, PLACE_PREPOSITIONS, ROLE_WORDS, SentenceFacts, speakerName, wordBefore } from "../facts/facts";
import { canonicalPlace, meaningKeys, oppositeKeys } from "../lexicon";
import { boundedMemo } from "../memo";
import { collapseWhitespace, paragraphEnd } from "../text/lines";
import { frontMatterEnd } from "../text/markdown";
import { segment } from "../text/segment";
import { isContentToken, isFunctionWord, tokenize } from "../text/tokens";
import { normaliseQuote, openQuotationMark, quoteMarkCount } from "../text/quotes";
import { answerAsStatement, transcriptTurns, Turn } from "./transcript";
import { encodedPostings, encodePostings, PostingList, Postings, PostingsBuilder } from "./postings";
import type { ClaimRef, SourceDocument } from "../types";

/**
 * A claim of the set. Its analysed facts are held for a few thousand claims at a time and re-derived on demand:
 * a thousand-document archive kept fully analysed would hold every token of half a million words.
 */
export class Claim implements ClaimRef {
  constructor(
    private readonly owner: ReferenceSetIndex,
    readonly id: string,
    readonly document: SourceDocument,
    readonly text: string,
    readonly start: number,
    readonly end: number,
    readonly line: number,
    public speaker: string | undefined,
    /**
     * Who spoke in the sentence before, for "he added"; a declared speaker for verified claims, or the speaker of the
     * quotation a sentence of bare quoted words belongs to.
     */
    readonly context: { previousSpeaker?: string; previousSubject?: string; declaredSpeaker?: string },
    readonly length: number,
    readonly verifiedBy?: string,
    readonly verifiedAt?: string,
    /**
     * A question and the short answer after it, read as one statement in the answerer's words (see
     * `answerAsStatement`); `start`..`end` is the exchange as the document writes it.
     */
    readonly exchange = false,
  ) {}
  get documentId(): string {
    return this.document.id;
  }
  get facts(): SentenceFacts {
    return this.owner.factsOf(this);
  }
  /** The claim as its document writes it: for an exchange, the question and the labelled answer. */
  get asWritten(): string {
    return this.exchange ? collapseWhitespace(this.document.text.slice(this.start, this.end)) : this.text;
  }
}

/** Analysed claims kept at once; a small set stays whole, a large one keeps the claims drafts keep matching. */
const FACTS_KEPT = 4000;
/**
 * Source text (characters) up to which a set keeps its claims' facts from the build: about `FACTS_KEPT` claims of
 * 100 characters. A larger set keeps none while building and analyses claims again as checks ask for them. Keeping
 * its first few thousand would teach V8 that the analyser's objects live long: it then allocates every later claim's
 * short-lived facts in the old generation, and collecting them costs a thousand-document build a quarter of its time.
 */
const FACTS_KEPT_TEXT = 400_000;

/** The index as plain data (see `ReferenceSetIndex.snapshot`). */
export interface IndexSnapshot {
  version: string;
  documents: SourceDocument[];
  /** [document, text, start, end, line, speaker, previous speaker, previous subject, declared speaker, length, verified by, verified at, exchange] */
  claims: Array<[number, string, number, number, number, string | null, string | null, string | null, string | null, number, string | null, string | null, boolean]>;
  people: Array<{ name: string; key: string; titles: Array<[string, number]>; homes: Array<[string, number]> }>;
  peopleByToken: Array<[string, string[]]>;
  knownNames: string[];
  entityKeys: string[];
  vocabulary: string[];
  numberValues: string[];
  hours: number[];
  quoted: Array<[number, string]>;
  documentNames: Array<[string, string[]]>;
  /** Term → its posting list, encoded by `encodePostings` (decoded when a search first asks for the term). */
  postings: Record<string, string>;
  averageLength: number;
}

export interface Person {
  name: string;
  key: string;
  /** Titles written next to the name anywhere in the sources, with the claims that show them. */
  titles: Array<{ text: string; claim: Claim }>;
  /** Where the sources say the person is from ("Jo Bell, 54, of Brimley"), with the claims that say it. */
  homes: Array<{ text: string; claim: Claim }>;
}

export interface ClaimHit {
  claim: Claim;
  document: SourceDocument;
  score: number;
}

const BM25_K1 = 1.2;
const BM25_B = 0.75;
/** Meaning keys (synonyms) count for less than the word itself. */
const MEANING_WEIGHT = 0.4;

/**
 * Terms a sentence is indexed and queried under, with their weights (a term met twice is summed). `widened` adds
 * related meanings (query side).
 */
export function indexTerms(facts: SentenceFacts, widened: boolean): Map<string, number> {
  return termMap(facts, widened ? wideMeaningTerms : narrowMeaningTerms, widened);
}

function termMap(facts: SentenceFacts, meaningTerms: MeaningTerms, asQuery: boolean): Map<string, number> {
  const terms = new Map<string, number>();
  visitTerms(facts, meaningTerms, (t, w) => terms.set(t, (terms.get(t) || 0) + w), asQuery);
  return terms;
}

/** A sentence of a document as a claim will hold it, with its words as written (`raw`). */
type DocumentSpan = Pick<ClaimRef, "text" | "start" | "end" | "line" | "speaker" | "verifiedBy" | "verifiedAt"> & {
  raw: string;
  /** A question and its answer as one statement (see `Claim.exchange`). */
  exchange?: boolean;
};

/** A word's meaning terms with their weights: its senses' keys and, on the query side, its opposites' keys. */
type MeaningTerms = (word: string) => ReadonlyArray<readonly [string, number]>;

const narrowMeaningTerms: MeaningTerms = boundedMemo(100_000, (word) => meaningKeys(word, false).map((k) => [k, MEANING_WEIGHT] as const));
const wideMeaningTerms: MeaningTerms = boundedMemo(100_000, (word) => [
  ...meaningKeys(word, true).map((k) => [k, MEANING_WEIGHT] as const),
  // A claim that says the opposite is as relevant as one that agrees: it ranks as if it used the same word.
  ...oppositeKeys(word).map((k) => [k, 1] as const),
]);

/** `indexTerms` one at a time, in the same order, repeats included: the index sums them without a map per claim. */
function visitTerms(facts: SentenceFacts, meaningTerms: MeaningTerms, add: (term: string, weight: number) => void, asQuery = false): void {
  for (const t of facts.content) {
    // A query leaves out the words that only say an event happened ("took place"): they rank claims at random.
    if (asQuery && eventFiller(facts, t)) continue;
    add(wordTerm(t.stem), 1);
    if (t.kind === "word" && !t.capitalised) for (const [k, w] of meaningTerms(t.norm)) add(k, w);
  }
  for (const e of facts.entities) for (const k of e.tokens) add(`e:${k}`, 1);
  for (const n of facts.numbers) add(`n:${n.value}`, 1);
}

/** The index term of a word stem, one string per stem: a stem recurs in every sentence that uses the word. */
const wordTerm = boundedMemo(200_000, (stem) => `w:${stem}`);

function capitalisedNames(text: string, into: Set<string>): void {
  // Capitalised words that do not open a sentence: the names the sources use, so a draft's "Calder said" is a name.
  // Front matter's "title: Monthly checks …" opens a headline, not a name.
  // A pronoun after a colon ("Q: We've stopped …", "said: It's over") is no name, contracted or not.
  for (const m of text.slice(frontMatterEnd(text)).matchAll(/[\p{Ll},;:] +(\p{Lu}[\p{L}'’-]+)/gu)) {
    const word = m[1].toLowerCase().replace(/['’]s$/, "");
    if (!isFunctionWord(word)) into.add(word);
  }
}

export class ReferenceSetIndex {
  readonly claims: Claim[] = [];
  readonly people = new Map<string, Person>();
  /** Surname or single name → person keys. */
  readonly peopleByToken = new Map<string, Set<string>>();
  readonly knownNames = new Set<string>();
  /** Every entity key and token the sources mention, for "is this name anywhere in the sources?". */
  readonly entityKeys = new Set<string>();
  readonly vocabulary = new Set<string>();
  /** Every number value the sources state, keyed with its kind ("2|factor"), and every clock hour. */
  readonly numberValues = new Set<string>();
  readonly hours = new Set<number>();
  /** Claims that quote someone, with their text normalised once for verbatim look-ups. */
  readonly quoted: Array<{ claim: Claim; normalised: string }> = [];
  private readonly quotedText = new Map<Claim, string>();
  /** Per document: the names it mentions (canonical tokens), so a summary's name can be backed anywhere in it. */
  readonly documentNames = new Map<string, Set<string>>();
  /** Term → the claims that hold it, with its weight in each (see postings.ts). */
  private postings: Postings | undefined;
  /** Collects the postings while claims are read; laid out by term once the last claim is in. */
  private postingsBuilder: PostingsBuilder | undefined = new PostingsBuilder();
  private averageLength = 1;
  private totalLength = 0;
  /** Score accumulator reused across searches (zeroed after each). */
  private scratch = new Float64Array(0);
  private lengthNorm = new Float64Array(0);
  private readonly documentRange = new Map<string, [number, number]>();
  /** Whether the build keeps its claims' facts (see `FACTS_KEPT_TEXT`). */
  private readonly keepsBuildFacts: boolean = false;
  readonly version: string;

  /** Builds the whole index at once; `ReferenceSetIndex.buildAsync` does the same in slices. */
  constructor(readonly documents: SourceDocument[], deferred = false, restoredVersion?: string) {
    if (restoredVersion) {
      this.version = restoredVersion;
      return;
    }
    const hash = createHash("sha1");
    for (const d of documents) hash.update(`${d.id}\0${d.title}\0${d.outlet}\0${d.author}\0${d.date}\0${d.text}\0`);
    this.version = hash.digest("hex").slice(0, 16);
    this.keepsBuildFacts = documents.reduce((n, d) => n + d.text.length, 0) <= FACTS_KEPT_TEXT;
    for (const d of documents) capitalisedNames(d.text, this.knownNames);
    if (deferred) return;
    for (const d of documents) this.addDocument(d);
    this.buildIndex();
  }

  /**
   * The same index, built a document at a time with a pause for the event loop every few milliseconds, so an
   * editor loading a thousand sources stays responsive. Resolves undefined when `isCancelled` turns true.
   */
  static async buildAsync(
    documents: SourceDocument[],
    options: { sliceMs?: number; isCancelled?: () => boolean; onProgress?: (done: number, total: number) => void } = {},
  ): Promise<ReferenceSetIndex | undefined> {
    const index = new ReferenceSetIndex(documents, true);
    let sliceStart = Date.now();
    for (const [i, d] of documents.entries()) {
      if (Date.now() - sliceStart > (options.sliceMs ?? 15)) {
        await new Promise((resolve) => setImmediate(resolve));
        if (options.isCancelled?.()) return undefined;
        options.onProgress?.(i, documents.length);
        sliceStart = Date.now();
      }
      index.addDocument(d);
    }
    index.buildIndex();
    return index;
  }

  /**
   * A document's sentences, each with its quotation marks balanced. In a transcript a turn's speaker label is left
   * out and its sentences are the speaker's quoted words, declared as theirs.
   */
  private documentSpans(doc: SourceDocument) {
    const text = blankExcluded(doc);
    const turns = transcriptTurns(text);
    let next = 0;
    const spans: DocumentSpan[] = [];
    // The last sentence of the turn before, when it asks a question, and the turn it ends.
    let asking: { span: DocumentSpan; turn: Turn } | undefined;
    let previous: { span: DocumentSpan; turn: Turn | undefined } | undefined;
    for (const s of segment(text, { markdown: /\.(md|markdown)$/i.test(doc.id) || doc.text.startsWith("---") })) {
      while (next < turns.length && turns[next].end <= s.start) next++;
      const turn = next < turns.length && turns[next].labelStart <= s.start ? turns[next] : undefined;
      const start = turn ? Math.max(s.start, turn.textStart) : s.start;
      const raw = collapseWhitespace(s.masked.slice(start - s.start)).trim();
      const guest = turn && !turn.host ? turn : undefined;
      const span: DocumentSpan = { text: guest && !/["“”]/.test(raw) ? `“${raw}”` : balanceQuotes(raw), raw, start, end: s.end, line: s.line, speaker: guest?.speaker };
      spans.push(span);
      const opensTurn = !!turn && previous?.turn !== turn;
      if (opensTurn) asking = previous?.turn && /\?["”’]*$/.test(previous.span.raw) ? { span: previous.span, turn: previous.turn } : undefined;
      // A short answer to another speaker's question says, with the question, what neither says alone.
      if (opensTurn && guest && asking && asking.turn.speaker !== guest.speaker) {
        const statement = answerAsStatement(asking.span.raw, raw);
        if (statement) spans.push({ text: statement, raw: statement, start: asking.span.start, end: s.end, line: asking.span.line, speaker: guest.speaker, exchange: true });
      }
      previous = { span, turn };
    }
    return spans;
  }

  private addDocument(doc: SourceDocument): void {
    const seen = new Set<string>();
    const context = { date: doc.date, knownNames: this.knownNames, previousSpeaker: undefined as string | undefined, previousSubject: undefined as string | undefined };
    const spans: DocumentSpan[] =
      doc.kind === "claims"
        ? (doc.declaredClaims || []).map((c) => ({ text: c.text, raw: c.text, start: c.start, end: c.end, line: c.line, speaker: c.speaker, verifiedBy: c.verifiedBy, verifiedAt: c.verifiedAt }))
        : this.documentSpans(doc);
    let names = this.documentNames.get(doc.id);
    if (!names) this.documentNames.set(doc.id, (names = new Set()));
    let before: { claim: Claim; facts: SentenceFacts; raw: string; end: number } | undefined;
    // A quotation that runs on past the sentence that opened it, and its sentences so far.
    let open: { speaker: string | undefined; sentences: Array<{ claim: Claim; facts: SentenceFacts }> } | undefined;
    for (const span of spans) {
      // A question and its answer read as one statement: indexed beside the answer, leaving the reading of the
      // sentences around it (who "she" is, which quotation runs on) as it was.
      if (span.exchange) {
        if (seen.has(span.text.toLowerCase())) continue;
        seen.add(span.text.toLowerCase());
        const context = { declaredSpeaker: span.speaker };
        const facts = this.analyseClaim(span.text, doc, context);
        this.indexClaim(new Claim(this, `${doc.id}#${this.claims.length}`, doc, span.text, span.start, span.end, span.line, facts.speaker, context, facts.content.length || 1, undefined, undefined, true), facts, names);
        continue;
      }
      const sameParagraph = !!before && paragraphEnd(doc.text, before.end, span.start) >= span.start;
      if (!sameParagraph) open = undefined;
      // Inside a quotation that runs on: a sentence with no mark of its own is quoted words all through; one whose only
      // mark closes the quotation ends it.
      const marks = open ? quoteMarkCount(span.raw) : 0;
      const inQuotation = !!open && (marks === 0 || (marks % 2 === 1 && !opensQuotation(span.raw)));
      if (open && !inQuotation) open = undefined;
      const text = inQuotation && marks === 0 ? `“${span.text}”` : span.text;
      const key = text.toLowerCase();
      if (!/\p{L}/u.test(text) || seen.has(key)) continue;
      seen.add(key);
      const { previousSpeaker, previousSubject } = context;
      const facts = this.analyseClaim(text, doc, { previousSpeaker, previousSubject, declaredSpeaker: span.speaker });
      // Quoted words with no speaker of their own belong to the quotation around them, here or (below) further on.
      let inherited: string | undefined;
      const continues = !facts.speaker && (inQuotation || (doc.kind !== "claims" && sameParagraph && isBareQuotation(text) && before!.facts.quotes.length && !runsOn(before!.raw)));
      // '"…," he said. "…"': the next quoted sentence goes on in the same voice.
      const voice = inQuotation ? open!.speaker : before?.claim.speaker;
      if (continues && voice) {
        inherited = voice;
        facts.speaker = inherited;
        facts.attributed = true;
      }
      // Whom a later "she said" means: the last speaker, or one person named since ("The complaint came from Jo Bell.").
      // A sentence whose subject is an office ("The treasurer referred to …") turns "He said" to its holder, or
      // to no one named before when the sources so far give the office to no one or to several.
      const named = facts.speaker ?? onlyPersonNamed(facts);
      const office = named ? undefined : this.officeOpening(facts);
      context.previousSpeaker = named ?? (office ? office.holder : context.previousSpeaker);
      context.previousSubject = facts.speaker ? undefined : openingOrganisation(facts);
      const claim = new Claim(
        this,
        `${doc.id}#${this.claims.length}`,
        doc,
        text,
        span.start,
        span.end,
        span.line,
        facts.speaker,
        { previousSpeaker, previousSubject, declaredSpeaker: span.speaker ?? inherited },
        facts.content.length || 1,
        span.verifiedBy,
        span.verifiedAt,
      );
      if (open) {
        // '"We open at six. Most days the queue is out of the door," she said.': the quotation's earlier sentences, cut
        // off, are said by whoever its last one names.
        if (!open.speaker && facts.speaker) for (const q of open.sentences) this.creditQuotation(q.claim, q.facts, facts.speaker);
        open.sentences.push({ claim, facts });
        if (marks % 2 === 1) open = undefined;
      } else if (doc.kind !== "claims" && opensQuotation(span.raw)) {
        open = { speaker: facts.speaker, sentences: [{ claim, facts }] };
      }
      this.indexClaim(claim, facts, names, span.text);
      before = { claim, facts, raw: span.raw, end: span.end };
    }
    // Who published it and who wrote it are named by the document too: "she told Brimley Radio" of a radio interview.
    for (const name of [doc.outlet, doc.author]) {
      const words = name ? collapseWhitespace(name).toLowerCase().replace(/^the\s+/, "").split(/[\s,]+/).filter(Boolean) : [];
      if (!words.length) continue;
      for (const key of [canonicalPlace(words.join(" ")), ...words.map((w) => canonicalPlace(w))]) {
        this.entityKeys.add(key);
        names.add(key);
      }
    }
  }

  /** Adds an analysed claim to the index: its terms, quotation, people, vocabulary, values and names. */
  private indexClaim(claim: Claim, facts: SentenceFacts, names: Set<string>, quotedWords = claim.text): void {
    // Only while there is room: evicting as the build goes would make every claim's facts live long enough to be
    // promoted to the old generation, and a thousand documents would leave hundreds of megabytes of it to collect.
    if (this.keepsBuildFacts && this.factsCache.size < FACTS_KEPT) this.keepFacts(claim, facts);
    this.postingsBuilder!.startClaim(this.claims.length);
    visitTerms(facts, narrowMeaningTerms, this.postTerm);
    this.totalLength += claim.length;
    this.claims.push(claim);
    if (facts.quotes.length) {
      const normalised = normaliseQuote(quotedWords);
      this.quoted.push({ claim, normalised });
      this.quotedText.set(claim, normalised);
    }
    this.notePeople(claim, facts);
    for (const t of facts.content) this.vocabulary.add(t.stem);
    for (const n of facts.numbers) {
      this.numberValues.add(`${n.value}|${n.kind}`);
      for (const u of n.unit) this.numberValues.add(`${n.value}|${u}`);
      const hours = durationHours(n);
      if (hours !== undefined) this.numberValues.add(`${hours}|hours`);
    }
    for (const d of facts.dates) {
      if (d.hour !== undefined) this.hours.add(d.hour);
      // "December 2022" states the year 2022 as much as "in 2022" does.
      if (d.year !== undefined) this.numberValues.add(`${d.year}|year`);
    }
    for (const e of facts.entities) {
      this.entityKeys.add(e.key);
      names.add(e.key);
      for (const k of e.tokens) {
        this.entityKeys.add(k);
        names.add(k);
      }
    }
    for (const t of facts.tokens) if (t.capitalised) names.add(canonicalPlace(t.norm));
  }

  /** Credits a claim of bare quoted words to the speaker the rest of its quotation names. */
  private creditQuotation(claim: Claim, facts: SentenceFacts, speaker: string): void {
    claim.speaker = speaker;
    claim.context.declaredSpeaker = speaker;
    facts.speaker = speaker;
    facts.attributed = true;
  }

  /** Everything the index holds, as plain data for the on-disk cache (claims' facts are re-derived on demand). */
  snapshot(): IndexSnapshot {
    const claimIndex = new Map(this.claims.map((c, i) => [c, i]));
    const docIndex = new Map(this.documents.map((d, i) => [d, i]));
    return {
      version: this.version,
      documents: this.documents,
      claims: this.claims.map((c) => [docIndex.get(c.document)!, c.text, c.start, c.end, c.line, c.speaker ?? null, c.context.previousSpeaker ?? null, c.context.previousSubject ?? null, c.context.declaredSpeaker ?? null, c.length, c.verifiedBy ?? null, c.verifiedAt ?? null, c.exchange]),
      people: [...this.people.values()].map((p) => {
        const encode = (list: Array<{ text: string; claim: Claim }>) => list.map((t) => [t.text, claimIndex.get(t.claim)!] as [string, number]);
        return { name: p.name, key: p.key, titles: encode(p.titles), homes: encode(p.homes) };
      }),
      peopleByToken: [...this.peopleByToken].map(([k, v]) => [k, [...v]]),
      knownNames: [...this.knownNames],
      entityKeys: [...this.entityKeys],
      vocabulary: [...this.vocabulary],
      numberValues: [...this.numberValues],
      hours: [...this.hours],
      quoted: this.quoted.map((q) => [claimIndex.get(q.claim)!, q.normalised]),
      documentNames: [...this.documentNames].map(([k, v]) => [k, [...v]]),
      postings: Object.fromEntries([...this.postings!.entries()].map(([term, list]) => [term, encodePostings(list)])),
      averageLength: this.averageLength,
    };
  }

  /** The index a snapshot was taken of. */
  static fromSnapshot(snap: IndexSnapshot): ReferenceSetIndex {
    const index = new ReferenceSetIndex(snap.documents, true, snap.version);
    for (const [i, [doc, text, start, end, line, speaker, previousSpeaker, previousSubject, declaredSpeaker, length, verifiedBy, verifiedAt, exchange]] of snap.claims.entries()) {
      const d = snap.documents[doc];
      index.claims.push(
        new Claim(index, `${d.id}#${i}`, d, text, start, end, line, speaker ?? undefined, { previousSpeaker: previousSpeaker ?? undefined, previousSubject: previousSubject ?? undefined, declaredSpeaker: declaredSpeaker ?? undefined }, length, verifiedBy ?? undefined, verifiedAt ?? undefined, exchange),
      );
    }
    const decode = (list: Array<[string, number]>) => list.map(([text, c]) => ({ text, claim: index.claims[c] }));
    for (const p of snap.people) index.people.set(p.key, { name: p.name, key: p.key, titles: decode(p.titles), homes: decode(p.homes) });
    for (const [k, v] of snap.peopleByToken) index.peopleByToken.set(k, new Set(v));
    for (const x of snap.knownNames) index.knownNames.add(x);
    for (const x of snap.entityKeys) index.entityKeys.add(x);
    for (const x of snap.vocabulary) index.vocabulary.add(x);
    for (const x of snap.numberValues) index.numberValues.add(x);
    for (const x of snap.hours) index.hours.add(x);
    for (const [c, normalised] of snap.quoted) {
      index.quoted.push({ claim: index.claims[c], normalised });
      index.quotedText.set(index.claims[c], normalised);
    }
    for (const [k, v] of snap.documentNames) index.documentNames.set(k, new Set(v));
    index.postingsBuilder = undefined;
    index.postings = encodedPostings(snap.postings);
    index.averageLength = snap.averageLength;
    return index;
  }

  private analyseClaim(text: string, doc: SourceDocument, context: Claim["context"]): SentenceFacts {
    const facts = analyse(text, 0, { date: doc.date, knownNames: this.knownNames, previousSpeaker: context.previousSpeaker, previousSubject: context.previousSubject });
    if (context.declaredSpeaker) {
      facts.speaker = context.declaredSpeaker;
      facts.attributed = true;
    }
    return facts;
  }

  private readonly factsCache = new Map<Claim, SentenceFacts>();

  private keepFacts(claim: Claim, facts: SentenceFacts): void {
    this.factsCache.delete(claim);
    this.factsCache.set(claim, facts);
    if (this.factsCache.size > FACTS_KEPT) this.factsCache.delete(this.factsCache.keys().next().value!);
  }

  /** A claim's facts: from the cache, or analysed again exactly as at load (same document date, names, speaker). */
  factsOf(claim: Claim): SentenceFacts {
    const cached = this.factsCache.get(claim);
    if (cached) return cached;
    const facts = this.analyseClaim(claim.text, claim.document, claim.context);
    this.keepFacts(claim, facts);
    return facts;
  }

  /**
   * The office a sentence opens with as its subject ("The treasurer referred to the accounts"), named by no
   * person, and whom the sources so far give it: its holder when exactly one person, else none.
   */
  private officeOpening(facts: SentenceFacts): { holder: string | undefined } | undefined {
    // After any paragraph number ("4.2 The treasurer …").
    const [the, ...rest] = facts.tokens.slice(facts.tokens.findIndex((t) => t.kind === "word"));
    if (the?.norm !== "the" || facts.entities.some((e) => e.person)) return undefined;
    const words: string[] = [];
    for (const t of rest) {
      if (t.kind !== "word" || t.capitalised || !ROLE_WORDS.has(t.norm) || words.length === 3) break;
      words.push(t.norm);
    }
    if (!words.length) return undefined;
    const office = words.join(" ");
    const holders = [...this.people.values()].filter((p) => p.titles.some((t) => t.text.toLowerCase().replace(/^the\s+/, "") === office));
    return { holder: holders.length === 1 ? holders[0].name : undefined };
  }

  private notePeople(claim: Claim, facts: SentenceFacts): void {
    for (const e of facts.entities) {
      if (!e.person) continue;
      const key = this.resolvePerson(e.key) ?? e.key;
      let person = this.people.get(key);
      if (!person) {
        person = { name: e.text, key, titles: [], homes: [] };
        this.people.set(key, person);
        for (const t of e.tokens) {
          if (!this.peopleByToken.has(t)) this.peopleByToken.set(t, new Set());
          this.peopleByToken.get(t)!.add(key);
        }
      }
      for (const title of [e.title, e.role]) {
        if (title && !person.titles.some((t) => t.text.toLowerCase() === title.text.toLowerCase())) person.titles.push({ text: title.text, claim });
      }
      if (e.home && !person.homes.some((h) => h.text === e.home!.text)) person.homes.push({ text: e.home.text, claim });
    }
  }

  /** The person a name refers to: the full name, or a surname/first name that only one person in the sources has. */
  resolvePerson(key: string): string | undefined {
    if (this.people.has(key)) return key;
    // People whose names hold every word of `key`: intersect the per-word sets rather than scan everyone.
    let candidates: Set<string> | undefined;
    for (const t of key.split(/\s+/)) {
      const holders = this.peopleByToken.get(t);
      if (!holders) return undefined;
      candidates = candidates ? new Set([...candidates].filter((k) => holders.has(k))) : holders;
    }
    return candidates?.size === 1 ? [...candidates][0] : undefined;
  }

  private postingList(term: string): PostingList | undefined {
    return this.postings!.get(term);
  }

  private readonly postTerm = (term: string, weight: number) => this.postingsBuilder!.add(term, weight);

  private buildIndex(): void {
    this.averageLength = this.totalLength / Math.max(1, this.claims.length);
    this.postings = this.postingsBuilder!.finish();
    this.postingsBuilder = undefined;
  }

  /** Inverse document frequency of an index term. */
  idf(term: string): number {
    return this.idfOf(this.postingList(term)?.length ?? 0);
  }

  private idfOf(holders: number): number {
    return Math.log(1 + (this.claims.length - holders + 0.5) / (holders + 0.5));
  }

  /** Per claim, BM25's length term (k1 · (1 − b + b · length / average)): computed once, read by every search. */
  private lengthNorms(): Float64Array {
    if (this.lengthNorm.length !== this.claims.length) {
      this.lengthNorm = Float64Array.from(this.claims, (c) => BM25_K1 * (1 - BM25_B + (BM25_B * c.length) / this.averageLength));
    }
    return this.lengthNorm;
  }

  /**
   * A draft sentence's query terms (`indexTerms`, widened) without those no claim holds, which would score nothing:
   * a common word has dozens of WordNet senses, and most of them are in no source.
   */
  queryTerms(facts: SentenceFacts): Map<string, number> {
    return termMap(facts, this.heldMeaningTerms, true);
  }

  private readonly heldMeaningTerms: MeaningTerms = boundedMemo(50_000, (word) => wideMeaningTerms(word).filter(([k]) => this.postingList(k)));

  /**
   * BM25 over the query's terms; only claims sharing a term are touched. Terms held by more than a tenth of a large
   * set (a common word, a wide WordNet sense) rank nothing and would touch everything: they are skipped.
   */
  search(queryTerms: Map<string, number>, limit: number): ClaimHit[] {
    const n = this.claims.length;
    const scores = this.scratch.length === n ? this.scratch : (this.scratch = new Float64Array(n));
    const touched: number[] = [];
    const common = n >= 1000 ? Math.max(100, n / 50) : Infinity;
    const norms = this.lengthNorms();
    for (const [term, qWeight] of queryTerms) {
      const list = this.postingList(term);
      if (!list || list.length > common) continue;
      const scale = Math.min(qWeight, 1) * this.idfOf(list.length) * (BM25_K1 + 1);
      for (let k = 0; k < list.length; k++) {
        const i = list.claim(k);
        const tf = list.weight(k);
        if (scores[i] === 0) touched.push(i);
        scores[i] += (scale * tf) / (tf + norms[i]);
      }
    }
    const best = topK(touched, scores, limit);
    const hits = best.map((i) => ({ claim: this.claims[i], document: this.claims[i].document, score: scores[i] }));
    for (const i of touched) scores[i] = 0;
    return hits;
  }

  /** A quoting claim's text, normalised for verbatim comparison; undefined for a claim that quotes no one. */
  normalisedQuote(claim: Claim): string | undefined {
    return this.quotedText.get(claim);
  }

  /** Claims that hold every one of these word stems (through the postings: no scan of the whole set). */
  claimsWithStems(stems: string[]): Claim[] {
    return this.claimsWithTerms(stems.map(wordTerm));
  }

  /** Claims that name both: "Kestrel Appliances, the maker of Fenmore dishwashers" names Kestrel and Fenmore. */
  namedTogether(a: EntityFact, b: EntityFact): boolean {
    return this.claimsWithTerms([...a.tokens, ...b.tokens].map((k) => `e:${k}`)).length > 0;
  }

  /** Claims indexed under every one of these terms (checked against the rarest three). */
  private claimsWithTerms(terms: string[]): Claim[] {
    const found = terms.map((t) => this.postingList(t));
    // A stem no claim holds: no claim holds them all.
    if (!found.length || found.some((list) => !list?.length)) return [];
    const lists = (found as PostingList[]).sort((a, b) => a.length - b.length);
    // The rarest stem's claims, kept where the next two rarest lists hold them too (looked up by bisection: the
    // lists are in claim order, and the first is short where the others may be long).
    let ids: number[] = [];
    for (let k = 0; k < lists[0].length; k++) ids.push(lists[0].claim(k));
    for (const list of lists.slice(1, 3)) ids = ids.filter((id) => holds(list, id));
    return ids.map((i) => this.claims[i]);
  }

  /** Claims of one document indexed under a term (`n:5000000000`, `w:tuesday`), found through its postings. */
  documentClaimsWithTerm(documentId: string, term: string): Claim[] {
    const list = this.postingList(term);
    const range = this.documentRanges().get(documentId);
    const out: Claim[] = [];
    if (!list || !range) return out;
    // A posting list is in claim order and a document's claims are consecutive: find its stretch by bisection
    // instead of reading the whole list of a common word ("w:tuesday" in a thousand documents).
    for (let k = firstFrom(list, range[0]); k < list.length && list.claim(k) < range[1]; k++) {
      const claim = this.claims[list.claim(k)];
      if (claim.documentId === documentId) out.push(claim);
    }
    return out;
  }

  /** Every claim of a document, in order. */
  documentClaims(documentId: string): Claim[] {
    const range = this.documentRanges().get(documentId);
    return range ? this.claims.slice(range[0], range[1]) : [];
  }

  /** The claims of the same document up to `reach` sentences either side of `claim`, in order, without it. */
  claimsBeside(claim: Claim, reach: number): Claim[] {
    // A claim's id ends in its place in `claims` (see `addDocument` and `fromSnapshot`).
    const at = Number(claim.id.slice(claim.id.lastIndexOf("#") + 1));
    const range = this.documentRanges().get(claim.documentId);
    if (!range || this.claims[at] !== claim) return [];
    return this.claims.slice(Math.max(range[0], at - reach), Math.min(range[1], at + reach + 1)).filter((c) => c !== claim);
  }

  /** Per document, the [first, last + 1) indices of its claims (a document's claims are added together). */
  private documentRanges(): Map<string, [number, number]> {
    if (this.documentRange.size === 0 && this.claims.length) {
      this.claims.forEach((c, i) => {
        const range = this.documentRange.get(c.documentId);
        if (range) range[1] = i + 1;
        else this.documentRange.set(c.documentId, [i, i + 1]);
      });
    }
    return this.documentRange;
  }

  /**
   * The claims that are sentences of the sources: not the exchanges, a question read with its answer, which are the
   * checker's reading and no sentence to look up or count.
   */
  get sourceSentences(): Claim[] {
    return this.claims.filter((c) => !c.exchange);
  }

  /** The claim lookup (over `sourceSentences`): free text, names and numbers ("4,500", "Quinn"). */
  lookup(query: string, limit = 50): ClaimHit[] {
    if (!query.trim()) return this.sourceSentences.slice(0, limit).map((claim) => ({ claim, document: claim.document, score: 0 }));
    const facts = analyse(query, 0, { knownNames: this.knownNames });
    const terms = indexTerms(facts, false);
    // Short queries are often a bare name or a lower-cased word: search the words as names too.
    for (const t of tokenize(query)) if (isContentToken(t) || t.kind === "number") terms.set(`e:${t.norm}`, 1);
    return this.search(terms, limit * 2).filter((h) => !h.claim.exchange).slice(0, limit);
  }
}

/** The first place on a posting list (its claims in ascending order) whose claim is `claim` or after it. */
function firstFrom(list: PostingList, claim: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list.claim(mid) < claim) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function holds(list: PostingList, claim: number): boolean {
  const k = firstFrom(list, claim);
  return k < list.length && list.claim(k) === claim;
}

/** The `k` best-scored indices, best first, ties by index: a small insertion list beats sorting every touched claim. */
function topK(indices: number[], scores: Float64Array, k: number): number[] {
  const best: number[] = [];
  const better = (a: number, b: number) => scores[a] > scores[b] || (scores[a] === scores[b] && a < b);
  for (const i of indices) {
    if (best.length === k && !better(i, best[k - 1])) continue;
    let at = best.length === k ? k - 1 : best.length;
    while (at > 0 && better(i, best[at - 1])) at--;
    best.splice(at, 0, i);
    if (best.length > k) best.pop();
  }
  return best;
}

/** A sentence that is all quoted words: '"We will fight on."'. */
const isBareQuotation = (text: string) => /^["“][^"“”]+["”][.!?]?$/.test(text);
/** A sentence whose quotation runs on into the next: it opens a quote and does not close it. */
const runsOn = (raw: string) => quoteMarkCount(raw) % 2 === 1 && /^["“]/.test(raw);
/** A sentence with an unmatched mark that opens a quotation ('She said: "We open at six.'): the words run on. */
const opensQuotation = (raw: string) => openQuotationMark(raw) !== undefined;

/**
 * A sentence cut out of a quotation that spans several sentences carries one unmatched mark: the quotation opens and
 * runs on ('said: "You treated the trust as a cash machine.'), or it began in an earlier sentence ("…wiping of data.”").
 * The missing mark is added at the sentence's end or start: the words are still quoted, and a misquote of them is
 * still checked. Balanced quotations are left alone.
 */
function balanceQuotes(text: string): string {
  const marks = text.match(/["“”]/g) || [];
  if (marks.length % 2 === 0) return text;
  const opening = openQuotationMark(text);
  if (opening) return text + (opening === "“" ? "”" : '"');
  return (marks[marks.length - 1] === "”" ? "“" : '"') + text;
}

/** The document's text with its excluded parts (front matter, furniture) blanked, line breaks kept: offsets hold. */
function blankExcluded(doc: SourceDocument): string {
  if (!doc.excluded?.length) return doc.text;
  const text = doc.text;
  const ranges = [...doc.excluded].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const r of ranges) {
    const end = Math.min(r.end, text.length);
    const start = Math.max(r.start, at);
    if (end <= start) continue;
    parts.push(text.slice(at, start), text.slice(start, end).replace(/[^\r\n]/g, " "));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join("");
}

/** The one person a sentence names, as a speaker is written ("Councillor Jo Bell" with the title before the name). */
function onlyPersonNamed(facts: SentenceFacts): string | undefined {
  // A sentence about "he" or "she" ("He still runs Brack's Chandlery") goes on about the last speaker.
  if (/^(?:he|she)$/.test(facts.tokens[0]?.norm ?? "")) return undefined;
  // Not a name in quoted words, nor one a role is "of" ("secretary of Kestrel Rowing"), nor an untitled one a place
  // preposition governs, which two capitalised words make look like a person's ("sitting at Kestrel Point"). "From"
  // names whom as often as where ("the objection came from Jo Bell").
  const people = facts.entities.filter((e) => {
    const before = wordBefore(facts, e);
    const place = before !== "from" && PLACE_PREPOSITIONS.has(before) && !e.title;
    return e.person && !place && before !== "of" && !facts.quotes.some((q) => q.start <= e.start && e.end <= q.end + 1);
  });
  return people.length === 1 ? speakerName(people[0]) : undefined;
}
