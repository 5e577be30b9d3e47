// The verdict on one draft sentence: retrieve candidate claims, align each, and weigh backing against contradiction.
import { canBeVerb, canonicalPlace, hasOpposite, isKindOf, isPlaceName, lexeme, oppositeWords, polarAdjective, relation, REPORTING_VERBS, sameSense } from "../lexicon";
import { analyse, BE_FORMS, DateFact, deniedByParty, durationHours, EntityFact, eventFiller, FINITE_AUXILIARIES, HONORIFICS, MONTHS, negatedSince, NumberFact, QUALIFIER_WORDS, QuoteFact, REJECTION, POSSESSIVE_DETERMINERS, ROLE_WORDS, sameDuration, SentenceFacts, singularRole, speakerName, STOPPING, timedByUntil, titleLength, UNTIL, WEEKDAYS, wordBefore } from "../facts/facts";
import { Claim, Person, ReferenceSetIndex } from "../reference/set";
import { collapseWhitespace, escapeRegExp } from "../text/lines";
import { normaliseQuote } from "../text/quotes";
import { adjacent, isContentToken, stem, STOPWORDS, Token, tokenize } from "../text/tokens";
import type { Finding, FindingKind, SentenceResult, SourcePassage } from "../types";
import { align, Alignment, comparableDates, compareTokens, countsBesides, entityMentioned, isCalendarDate, isSeason, isTimeReference, opensWith, sameNumber, sameOrSimilar, samePolarity, sameValueKind, Substitution, within, wordsOppose } from "./align";

/** Candidates considered per sentence: enough for paraphrases, few enough to stay fast. */
const CANDIDATES = 5;
/** A candidate scoring below this share of the best one shares only common words with the sentence. */
const MIN_RELATIVE_SCORE = 0.4;
/**
 * Context around a name put for another that the sources also name: the rest of the sentence as good as the same,
 * allowing a verb reworded ("fed by tankers" for "served by tankers").
 */
const SWAP_CONTEXT = 0.85;
/** A claim that names the draft's own party and backs this much of the sentence outweighs a swap found elsewhere. */
const SWAP_OUTWEIGHED = 0.9;
/** …and enough of it to go on: "The American view" against "The Albanian view" is a heading, not a claim. */
const SWAP_SHARED_WORDS = 3;
/** Share of a sentence's weighted words a claim must back for the sentence to count as supported. */
const SUPPORT_COVERAGE = 0.5;
/** How much of a sentence a source must back to be the side it takes against another's denial. */
const SIDE_COVERAGE = 0.4;
/**
 * A claim that backs this share of a sentence is related to it: the values it states count as stated, and it may
 * back the sentence together with others.
 */
const RELATED_COVERAGE = 0.3;
/** Share of a rebutted claim's words a sentence must state to take its side (see `rebuttalOf`). */
const REBUTTED_SHARE = 0.4;
/** How much less of the sentence a claim may cover and still back a value another claim contradicts in place. */
const VALUE_ELSEWHERE_MARGIN = 0.4;
/** A claim joins a union of backers (see `unionSupport`) when it backs at least this share of the sentence… */
const UNION_MEMBER_COVERAGE = 0.15;
/** …and this share of it that the claims before it leave unbacked. */
const UNION_MEMBER_GAIN = 0.1;
/** Share of the rest of the sentence that must line up before a differing value is a contradiction. */
const CONFLICT_CONTEXT = 0.55;
/**
 * Same, for another source's value where one source backs the draft's: the two sources must also set the values
 * against each other, so the rival may leave more of the sentence out ("17 people were injured" of "23 people were
 * injured, four of them seriously").
 */
const RIVAL_CONTEXT = 0.4;
/** Same, when every name the draft mentions is in the claim: "The government announced it on Tuesday". */
const CONFLICT_CONTEXT_ANCHORED = 0.35;
/** Same, for a count of the thing the claim counts: "about 15 boats" against "about 12 boats were moored". */
const COUNT_CONTEXT = 0.4;
/** Same, when the claim states another of the draft's figures, a distinctive one, as it is (see `statesAnotherFigure`). */
const CONFLICT_CONTEXT_FIGURE = 0.25;
/** Share of a sentence a quotation must back before the draft's reporting of it must credit the quotation's speaker. */
const REPORTED_QUOTATION_COVERAGE = 0.7;
/** A sentence about an earlier time the same thing happened. */
const EARLIER_OCCURRENCE = /\b(?:(?:once|twice|three times|already) before\b|(?:was|were|had been|has been|have been) last\b|the last time\b|the previous time\b)/i;
/** Words that address the listener. */
const SECOND_PERSON = new Set(["you", "your", "yours", "yourself", "yourselves"]);
/** The writer speaking as themselves: a document with these in its own sentences is written in its author's voice. */
const FIRST_PERSON = new Set(["i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"]);
/** Nothing, or a paragraph's number ("2.1 "), before the start of a sentence. */
const NUMBERED_OPENING = /^[\d. ]*$/;
/** A message's sender line in an email chain or a memo: "From: Jo Bell (parish clerk)". */
const SENDER_LINE = /^From:[ \t]*([^\n(<,]+)/gm;
/** Share of one source claim another must back for the two to be about the same matter (and so able to disagree). */
const SAME_MATTER = 0.4;
/** A source that denies what the draft says must share a third of it: one name or two in common is another matter. */
const DISSENT_COVERAGE = 0.35;

/** Phrases of opinion, speculation or transition: nothing to check. */
const OPINION =
  /\b(too early to|remains to be seen|it is unclear|unclear (whether|how|if)|question (?:now |here |still )?(?:is|remains) (?:whether|how|if|who|what|why)|nobody (wants|knows)|no one (wants|knows)|in my (view|opinion)|i think|we think|we believe|let's|let us|hopefully|arguably|perhaps|read on|here(?:'s| is) (?:what|how)|what we know|time will tell|only time|then there(?:'s| is) (?:also )?the (?:question|matter|issue) of)\b/i;
/** "It is a damning verdict.", "It was a bold bet on the city": the writer's judgement of what came before. */
const JUDGEMENT = /^(?:it|this|that)(?: is|'s| was| has been| had been| will be| would be| could be| remains) an? /i;
/**
 * "It has been a punishing winter for the rowers": a stretch of time judged for someone, whatever the word. A record or
 * an ordinal ("a record year for the club", "a third year for …") states a fact, not a judgement.
 */
const TIME_JUDGED_FOR = /^(?:it|this|that)(?: is|'s| was| has been| had been) an? (?!record\b|first\b|second\b|third\b|fourth\b|fifth\b|last\b)[\p{L}-]+ (?:year|season|summer|winter|spring|autumn|week|month|day|night|weekend|time|start|end|decade)\b.*\bfor\b/iu;
/** "It is a big setback for the dockers", "This is a welcome boost for …": what an event means for someone, judged. */
const FORTUNE_FOR = /^(?:it|this|that)(?: is|'s| was| has been| had been| will be| would be) an? (?:[\p{L}-]+ )?(?:blow|setback|boost|relief|disappointment|embarrassment|humiliation|climbdown|comeback|turnaround|lifeline)\b.*\bfor\b/iu;
/** Words that report another's words inside a quotation: "… the trust said the weir would reopen in June". */
const RELAYED = /(?<!\b(?:I|we|I've|we've|I have|we have) )\b(?:said|says|told (?:us|me|them|the \p{L}+)|announced|confirmed) (?:that )?\p{L}/u;
/** A modal of what ought to be or have been: "should never", "should not have", "ought to have". */
const NORMATIVE = /\b(?:should|ought to) (?:never |not )?have\b|\bshould (?:never|not)\b/i;
/** "Then there are the pickets.": the next topic announced, and nothing said of it. */
const TOPIC_ANNOUNCED = /^(?:and |but )?then there(?:'s| is| are| was| were) (?:also |still )?(?:the |a |an |his |her |its |their )?[\p{L}'’-]+(?: [\p{L}'’-]+){0,2}[.!]?$/iu;
/** "Few in Brimley will forget it", "Few of those there expect an apology": the writer speaking for a whole town. */
const FEW_OF_THEM = /^few (?:in|of|on|among|who|will|would|expect|believe|doubt)\b|\bfew (?:in|of|among) [^,.;]{1,40} will (?:\w+ )?(?:celebrate|forget|welcome|mourn|miss|regret|argue|disagree)\b/i;
/**
 * The writer's comment in news prose's set phrases, whoever it names: "The findings make uncomfortable reading for
 * Kestrel", "Voters in Brimley deserve answers", "Residents will be hoping …", "The row shows no sign of dying down",
 * "Questions remain over …". The full interview "is available on" a website is a pointer, not a claim.
 */
const COMMENTARY =
  /\b(makes? (?:for )?(?:\w+ )?reading|deserves? (?:(?:far|much|so much|a lot) )?(?:better|answers|more|an explanation|to know)|will (?:be )?(?:hoping|wanting|want|wondering|watching closely)|(?:is|are|seems|looks) unlikely to (?:end|go away|die down|be the end)|shows? no signs? of (?:dying down|ending|going away|easing)|questions (?:remain|are only (?:just )?beginning)|hard to overstate|cannot be overstated|should worry|make all the difference|is another matter|(?:it is|it's) (?:not )?hard to (?:read|see|think|imagine|believe)|the real test|what matters (?:most|now|to|for)|(?:is|are) one thing;|(?:still|yet) to be answered|full (?:interview|report|statement|transcript|judgment) (?:is|can be) (?:available|read|heard|found))\b/i;
/** "Whoever is to blame, …", "Whatever the council decides, …", "Either way, …": a concession before a comment. */
const CONCESSION = /^(?:(?:whoever|whatever|whichever|however) [^,]{3,80}|either way), /i;
/** "For many residents, it was the news they had feared": what a story means to its readers. */
const READERS_FRAME = /^for [^,]{3,60}, /i;
const FINITE = /\b(?:is|was|are|were|has|have|had|will|would|could|may|might|must|should)\b/i;
/** Auxiliaries and modals: the subject of a sentence ends before the first. */
const AUXILIARIES = new Set([...FINITE_AUXILIARIES, "do"]);
/**
 * Words that add to what the sources say rather than replace it ("the embassy in Skopje was also closed"). Not
 * "other": "served by other stations" adds nothing to the place named.
 */
const ADDITIVE = /\b(also|too|as well|another|additionally|likewise)\b/;
/** Offices one person holds at a time, by their last word: another holder on record makes the draft's wrong. */
const ONE_HOLDER_OFFICES = new Set("chair chairman chairwoman chairperson secretary treasurer president mayor leader headteacher headmaster headmistress principal clerk captain coxswain editor".split(" "));
/** "the former director", "its then chair": a word at or just before a title that puts the office in the past. */
const FORMER = /\b(?:former|then|previous|ex|past|one-time)[- ]/i;
/** A ranking claim ("the largest", "the first") is checkable even without a name or a number. */
const SUPERLATIVE = /\b(\w+est|most|least|first|last|only|worst|best)\b/i;

interface Scored {
  claim: Claim;
  alignment: Alignment;
  /** Weighted share of the draft's content words the claim backs (synonyms included). */
  coverage: number;
  /** Same, leaving out the words of the substitutions: how well the rest of the sentence lines up. */
  context: number;
  /** Every name of the draft is in the claim. */
  anchored: boolean;
  polarityFlip: boolean;
  /** The draft's words (by stem) whose polarity the claim reverses. */
  flipped: ReadonlySet<string>;
  /** The draft's word put where the claim denies another, or denied where the claim asserts another (`deniedInPlace`). */
  predicateInPlace?: Token;
  /** Lengths of time of the draft the claim gives as two times, with another time of its document ("derivedDuration"). */
  lengthsBacked: NumberFact[];
}

interface Conflict {
  kind: FindingKind;
  claim: Claim;
  found: { text: string; start: number; end: number };
  expected?: string;
  message: string;
  confidence: number;
}

export class SentenceVerifier {
  /** Stem → its clamped idf: every word of a sentence is weighed against each of its candidates. */
  private readonly stemWeights = new Map<string, number>();
  /** Whether one claim of the set disagrees with another, by the pair's ids (see `claimsDisagree`). */
  private readonly disagreements = new Map<string, boolean>();

  constructor(private readonly reference: ReferenceSetIndex) {}

  private weight(t: Token): number {
    let w = this.stemWeights.get(t.stem);
    if (w === undefined) {
      w = Math.min(2, Math.max(0.3, this.reference.idf(`w:${t.stem}`)));
      if (this.stemWeights.size > 50_000) this.stemWeights.clear();
      this.stemWeights.set(t.stem, w);
    }
    return t.capitalised ? w * 1.5 : w;
  }

  verify(text: string, start: number): SentenceResult {
    const facts = analyse(text, start, { knownNames: this.reference.knownNames });
    const result: SentenceResult = { start, end: start + text.length, text, status: "unchecked", confidence: 1, findings: [], sources: [] };
    if (facts.question || OPINION.test(withoutCreditedQuotes(facts, text, start)) || judgement(facts, text) || !facts.content.length) return result;

    const candidates = this.candidates(facts);
    const scored = candidates.map((c) => this.score(facts, c));
    const conflicts: Conflict[] = [];
    const misquotes = this.quoteConflicts(facts, scored);
    conflicts.push(...misquotes);
    conflicts.push(...this.roleConflicts(facts, text, start), ...this.homeConflicts(facts));
    conflicts.push(...this.valueConflicts(facts, text, start, scored, misquotes.length > 0));
    if (!conflicts.length) conflicts.push(...roleSwaps(facts, text, start, scored));

    const pool = scored.filter((s) => s.coverage >= RELATED_COVERAGE);
    const supporting = scored.filter((s) => s.coverage >= SUPPORT_COVERAGE && this.backsAllFacts(facts, [s], pool)).sort((a, b) => b.coverage - a.coverage);
    const union = this.unionSupport(facts, scored, pool);

    // A question asks; it says neither what the draft says nor the opposite.
    conflicts.splice(0, conflicts.length, ...conflicts.filter((c) => !c.claim.facts.question));
    const ownWords = this.speakersOwnSide(facts, conflicts, scored);
    if (ownWords) conflicts.splice(0, conflicts.length, ...conflicts.filter((c) => c.kind !== "negation" || !this.claimsDisagree(ownWords.claim, c.claim)));
    if (conflicts.length) {
      // Most certain first; a body sentence before the headline that says the same in fewer words.
      conflicts.sort((a, b) => b.confidence - a.confidence || Number(isHeadline(a.claim)) - Number(isHeadline(b.claim)));
      const top = conflicts[0];
      // A source that says it outright against one that says the opposite: when the two sources disagree with each
      // other the sentence is disputed; when they do not, the "opposite" was a misreading and the backing stands.
      // For a figure or a date, one that says it of the same thing: it backs what the contradicting claim backs.
      const against = scored.find((s) => s.claim === top.claim);
      // One person's word against another's ("two of them asked to turn back", said one walker; "no one asked", said
      // the leader): the backing claim, itself reported, need only back the sentence as well as any supporting claim
      // does, since the draft, taking a side, words it its own way. And a claim that fits the sentence at least as
      // closely as the contradicting claim does backs it enough: the draft's words fit either side as well.
      const wordAgainstWord = (s: Scored) => top.kind === "negation" && top.claim.facts.attributed && s.claim.facts.attributed && s.claim.facts.speaker !== top.claim.facts.speaker;
      const backer = supporting.find((s) => (s.coverage >= 0.75 || wordAgainstWord(s) || (!!against && s.coverage >= against.coverage)) && s.claim !== top.claim && (top.kind === "negation" || !against || backsAllBackedBy(facts, s, against)));
      const reportsBacker = !!backer && this.reportsSpeakerOf(facts, backer.claim);
      // A draft that credits the statement to the one who said the opposite misreports them, whoever else says it.
      const misreports = !!backer && !reportsBacker && this.reportsSpeakerOf(facts, top.claim);
      if (backer && !misreports && (top.kind === "negation" || top.kind === "number" || top.kind === "date")) {
        if (this.claimsDisagree(backer.claim, top.claim)) {
          if (!reportsBacker && !facts.attributed) return this.disputed(result, facts, top, backer);
          // What the draft reports its speaker saying, that speaker said: the other source disputes the speaker.
          conflicts.splice(0, conflicts.length, ...conflicts.filter((c) => !this.claimsDisagree(backer.claim, c.claim)));
        }
        // Dismissed only when the backing claim holds the very word said to be reversed ("no" in "no wiping").
        const word = normaliseQuote(top.found.text);
        if (top.kind === "negation" && backer.claim.facts.tokens.some((t) => t.norm === word)) {
          conflicts.splice(0, conflicts.length, ...conflicts.filter((c) => c.kind !== "negation"));
        }
      }
      // A draft that states what one source says happened ("they sold the old sculls to a scrapyard in June") in
      // words another source's denial takes back ("no regatta boats have ever left the boathouse"): the two
      // sources disagree, and the draft takes a side. The other source must be someone's word, and back most of what
      // the denial leaves.
      if (conflicts[0] === top && top.kind === "negation" && !backer && against && !facts.attributed && !facts.negations.length && top.claim.facts.negations.length && !this.reportsSpeakerOf(facts, top.claim)) {
        const side = scored.find((s) => s.claim.documentId !== top.claim.documentId && !!s.claim.speaker && s.coverage >= SIDE_COVERAGE && !s.polarityFlip && !conflicts.some((c) => c.claim === s.claim) && backsTheRest(facts, against, s));
        if (side) return this.disputed(result, facts, top, side);
      }
      // A party's denial is its side of a dispute, not the record: a draft that states as fact what the party denies
      // takes the other side, which some other passage gives (the accusation the denial answers).
      if (conflicts[0] === top && top.kind === "negation" && deniedByParty(top.claim.facts) && !facts.attributed && !this.reportsSpeakerOf(facts, top.claim)) {
        const accusation = backer ?? scored.find((s) => s.claim !== top.claim && s.coverage >= SUPPORT_COVERAGE && !s.polarityFlip && !conflicts.some((c) => c.claim === s.claim));
        if (accusation) return this.disputed(result, facts, top, accusation);
      }
    }
    if (conflicts.length) return this.conflicted(result, conflicts);
    const undescribed = this.undescribedPerson(facts, text);
    // Backed by several claims together, the sentence may still take one side of a figure the sources disagree on.
    // The claims that back the sentence: the best three that do by themselves, else those that do together.
    const backers = supporting.length ? supporting.slice(0, 3) : (union?.backers ?? []);
    const lead = backers[0];
    const reported = !!lead && this.reportsSpeakerOf(facts, lead.claim);
    const rival = lead && !reported && this.rivalValue(facts, lead, scored);
    if (rival) return this.disputed(result, facts, rival.conflict, rival.holder);
    if (supporting.length && !reported && !facts.attributed) {
      const dispute = this.disputeOf(facts, supporting[0], scored);
      if (dispute) return this.disputed(result, facts, dispute, supporting[0]);
    }
    // A draft that reports someone's words tells whose side it gives; only one stating the point as fact takes a side.
    if (lead && !reported && !facts.attributed) {
      for (const backer of backers) {
        // The sentence must make the point disputed, not borrow a word or two from the claim that makes it.
        if (statedShare(backer) < REBUTTED_SHARE) continue;
        const rebuttal = this.rebuttalOf(backer.claim);
        if (rebuttal) return this.disputed(result, facts, rebuttal, backer);
      }
    }
    if (lead && !undescribed) {
      const elsewhere =
        this.oppositeElsewhere(facts, backers) ??
        this.deniedNextTo(facts, backers[0]) ??
        this.unknownSpeaker(facts, backers) ??
        this.reportedQuotationSpeaker(facts, backers) ??
        // One quotation backing most of the sentence, and the rest backed with it by another: the two together.
        (union && union.backers !== backers ? this.reportedQuotationSpeaker(facts, union.backers) : undefined) ??
        misplacedFigure(facts, text, start, backers);
      if (elsewhere) return this.conflicted(result, [elsewhere]);
      result.status = "supported";
      result.confidence = round(Math.min(1, supporting.length ? supporting[0].coverage : union!.coverage));
      result.sources = backers.map((b) => this.passage(b.claim, "supports", b.coverage));
      const hint = this.attributionHint(facts, backers);
      if (hint) result.findings.push(hint);
      return result;
    }
    if (!this.checkable(facts, text)) return result;
    // Conflicts no backing claim shows: the subject and object swapped, a figure's digits transposed.
    const slip = this.subjectReversal(facts, scored) ?? this.transposedFigure(facts);
    if (slip) return this.conflicted(result, [slip]);
    result.status = "unsourced";
    const best = scored.sort((a, b) => b.coverage - a.coverage)[0];
    result.confidence = round(Math.max(0.5, 1 - (best?.coverage ?? 0)));
    const novel = undescribed ? [undescribed] : this.novelFacts(facts);
    const at = novel[0] ?? { start, end: start + text.length, text };
    result.findings.push({
      kind: "unsourced",
      severity: "information",
      message: novel.length
        ? `No source mentions ${novel.map((n) => `“${n.text}”`).join(", ")}.`
        : "No source supports this claim.",
      found: at.text,
      start: at.start,
      end: at.end,
      confidence: result.confidence,
    });
    return result;
  }

  /** The sentence as a conflict: the first (most certain) conflict sets the confidence; each claim cited once. */
  private conflicted(result: SentenceResult, conflicts: Conflict[]): SentenceResult {
    result.status = "conflict";
    result.confidence = conflicts[0].confidence;
    for (const c of dedupe(conflicts)) result.findings.push(this.finding(c));
    result.sources = [...new Map(conflicts.map((c) => [c.claim.id, this.passage(c.claim, "contradicts", c.confidence)])).values()];
    return result;
  }

  private candidates(facts: SentenceFacts): Claim[] {
    const found = this.reference.search(this.reference.queryTerms(facts), CANDIDATES);
    const hits = found.filter((h) => h.score >= found[0].score * MIN_RELATIVE_SCORE).map((h) => h.claim);
    // A quotation is looked up verbatim in every claim: the index may rank its claim low when the words around differ.
    for (const q of facts.quotes) {
      const needle = normaliseQuote(q.text);
      if (needle.length < 4) continue;
      for (const c of this.quoteHolders(needle, q.text)) if (!hits.includes(c)) hits.push(c);
    }
    return hits;
  }

  /**
   * Claims that hold these quoted words verbatim: narrowed by the postings of the quote's words, then compared. The
   * words are read from the quote as written (`quoted`): the index holds "cyber-space" as one word, which the
   * normalised needle splits.
   */
  private quoteHolders(needle: string, quoted: string): Claim[] {
    const stems = quotedWordStems(quoted);
    const pool = stems.length ? this.reference.claimsWithStems(stems) : this.reference.quoted.map((q) => q.claim);
    return pool.filter((c) => this.reference.normalisedQuote(c)?.includes(needle));
  }

  /** Claims that hold these words verbatim, unquoted, in the voice of a message's sender or a first-person author. */
  private writtenHolders(needle: string, quoted: string): Claim[] {
    const stems = quotedWordStems(quoted);
    if (stems.length < 3) return [];
    return this.reference.claimsWithStems(stems).filter((c) => !c.speaker && !c.facts.quotes.length && normaliseQuote(c.text).includes(needle) && this.voiceOf(c));
  }

  private score(facts: SentenceFacts, claim: Claim): Scored {
    const alignment = align(facts, claim.facts);
    let total = 0;
    let matched = 0;
    let contextTotal = 0;
    let contextMatched = 0;
    // Distinct words whose polarity differs, on both sides: one word said twice, or two draft words matched to the
    // same source word, count once.
    const flipped = new Set<string>();
    const flippedPartners = new Set<string>();
    // The word a negation governs directly ("did not walk out", "was not called") is the predicate itself: one such
    // word is enough. Elsewhere a negation's scope is a guess, and two words must agree before it counts.
    let headFlipped = false;
    let sameWordFlipped = false;
    // Only the facts that were replaced leave the context, not the whole stretch around them.
    const replaced = replacedSpans(alignment);
    const isReplaced = (t: Token) => replaced.some((f) => within(t, f));
    // A date the claim gives in other words, as precisely, backs the draft's ("on Thursday 14 March" for a notice's
    // "today"); "the 2021 paper" does not back "June 2021".
    const datesBacked = facts.dates.length && claim.facts.dates.length ? facts.dates.filter((d) => claim.facts.dates.some((e) => sameDate(d, e) && statesAsPrecisely(e, d))) : [];
    // So does a figure written another way: "seventy-two per cent" for "72%", "£2 million" for "£2m", "two days" for
    // "48 hours".
    // A bound is backed by a figure that meets it: "more than 600 members" by "14,000 members".
    const numbersStated = facts.numbers.filter((n) => statesParts(claim, n) || claim.facts.numbers.some((m) => (m.value === n.value && m.kind === n.kind) || sameDuration(n, m) || ((n.qualifier === "more" || n.qualifier === "less") && sameNumber(n, m))));
    // A length of time is backed by the claim's time and another time of its document that far apart.
    const lengthsBacked = facts.numbers.filter((n) => !numbersStated.includes(n) && derivedDuration(n, [claim], () => this.reference.documentClaims(claim.documentId)));
    const valuesBacked = [...datesBacked, ...numbersStated, ...lengthsBacked];
    // A claim word the draft pairs with two of its words, one of them at the claim's polarity, is no flip: "not paid
    // for the early shift … the early shift" against "… the early shift"; "does not bring in scrap …, and that the
    // lorries are taking scrap away" against "the lorries are taking scrap away", where "bring" and "taking" both pair
    // with "taking".
    const saidAlsoAsPartner = (t: Token, p: Token) =>
      facts.content.some((x, k) => x !== t && alignment.partners[k] === p && facts.negated.has(x.start) === claim.facts.negated.has(p.start));
    facts.content.forEach((t, i) => {
      // Polarity over every word, the reporting verb too: "confirmed" against "has not said".
      const partner = alignment.partners[i];
      // What someone only tried or meant to do is not asserted either way.
      const negated = facts.negated.has(t.start);
      if (
        partner &&
        !facts.irrealis.has(t.start) &&
        !claim.facts.irrealis.has(partner.start) &&
        // What one was only asked to do, against a sentence that speaks of no asking ("will not use the ferry firm"
        // against "asked the ferry firm to use the north slipway"); two sentences of the same request compare its act.
        !(facts.requested.has(t.start) && !claim.facts.asks) &&
        !(claim.facts.requested.has(partner.start) && !facts.asks) &&
        negated !== claim.facts.negated.has(partner.start) &&
        !nameAgainstWord(t, facts, partner, claim.facts) &&
        !saysEitherWay(claim.facts, partner, negated) &&
        !saidAlsoAsPartner(t, partner) &&
        !(negated ? happensThen(facts, t, claim.facts, partner) : happensThen(claim.facts, partner, facts, t)) &&
        !(negated ? stoppedSince(facts, t, partner) : stoppedSince(claim.facts, partner, t)) &&
        !(negated ? absenceByRemoval(facts, t, claim.facts, partner) : absenceByRemoval(claim.facts, partner, facts, t))
      ) {
        // Only when one side negates nothing at all: "found no evidence" and "have not found any evidence" each
        // negate once, in different places, and say the same.
        const oneSided = (facts.negations.length > 0) !== (claim.facts.negations.length > 0);
        const head = oneSided && (negatedHead(facts, t) || negatedHead(claim.facts, partner));
        // A name or a number is no predicate to negate ("had no contract until March 2024" does not deny a strike in
        // 2024), unless it is what the negation governs: "was not £4m", "was not in Leeds".
        if (head || (t.kind === "word" && !t.capitalised)) {
          flipped.add(t.stem);
          flippedPartners.add(partner.stem);
          // Loosely related partners (two verbs that share only a wide sense) back a word, but a denial needs at
          // least one word said outright on both sides, and a denied head paired only loosely is no reversal on its
          // own.
          const outright = sameSense(t.lexeme ?? lexeme(t.norm), partner.lexeme ?? lexeme(partner.norm));
          if (head && outright) headFlipped = true;
          if (!sameWordFlipped) sameWordFlipped = outright;
        }
      }
      // "Kestrel Labs said": who is credited is checked apart from what is claimed; "never" is polarity, compared above.
      if (inAttribution(facts, t) || facts.negations.includes(t) || eventFiller(facts, t)) return;
      const w = this.weight(t);
      const m = alignment.matches[i] === "none" && valuesBacked.some((v) => within(t, v)) ? "exact" : alignment.matches[i];
      const backed = w * credit(m);
      total += w;
      matched += backed;
      if (!isReplaced(t) && m !== "opposite") {
        contextTotal += w;
        contextMatched += backed;
      }
    });
    // "are also covered by the parking ban" against "are not affected by the parking ban": between the same words, one
    // side denies its predicate where the other asserts another one. The two predicates went unpaired, so the loop
    // above saw nothing flip. "Are unaffected by" or "were spared by" in that place says the same as the denial.
    const slot = headFlipped ? undefined : deniedInPlace(facts, claim.facts, alignment);
    if (slot && !slot.deniesToo) {
      flipped.add(slot.draft.stem);
      flippedPartners.add(slot.claim.stem);
      headFlipped = sameWordFlipped = true;
    }
    const names = facts.entities.filter((e) => !inAttribution(facts, e));
    // One negation each side, over the same word ("could not keep “three libraries …”" against "we cannot keep three
    // libraries …"): the same denial, however far each scope is read to run.
    const sameDenial =
      facts.negations.length === 1 &&
      claim.facts.negations.length === 1 &&
      facts.content.some((t, i) => alignment.partners[i] && facts.negated.has(t.start) && claim.facts.negated.has(alignment.partners[i]!.start));
    return {
      claim,
      alignment,
      coverage: total ? matched / total : 0,
      // Too little in common to judge: a context of one word is no context.
      context: contextTotal && contextMatched >= 1.5 ? contextMatched / contextTotal : 0,
      anchored: names.length > 0 && names.every((e) => entityMentioned(e, claim.facts)),
      // What is denied must be said of something: "Here is what it found" has one word in common with any sentence
      // that denies something was found, and nothing else. An order ("report every theft") says neither that it was
      // done nor that it was not.
      flipped,
      polarityFlip: !sameDenial && !slot?.deniesToo && !alignment.reversedUnderNegation && sameWordFlipped && Math.min(flipped.size, flippedPartners.size) >= (headFlipped ? 1 : 2) && alignment.partners.filter(Boolean).length >= 2 && !tellsToDo(claim.facts) && !tellsToDo(facts),
      predicateInPlace: slot && !slot.deniesToo ? slot.draft : undefined,
      lengthsBacked,
    };
  }

  /**
   * Every number and date of the draft is stated by a related claim, and every name appears in the backing claim's
   * document: a summary sentence takes its names from the whole article. (Contradictions were looked for first.)
   */
  private backsAllFacts(facts: SentenceFacts, backers: Scored[], pool: Scored[]): boolean {
    if (backers.some((s) => s.polarityFlip || s.alignment.substitutions.some((x) => x.kind === "opposite"))) return false;
    // A ranking ("the hottest day of the year", "the second-largest maker") is a fact of its own: some backer says it.
    const rankings = facts.content.map((t, i) => (isRanking(t) ? i : -1)).filter((i) => i >= 0);
    if (rankings.some((i) => !backers.some((s) => credit(s.alignment.matches[i]) > 0 || ranksTheSame(facts, i, s.claim.facts)))) return false;
    const claims = [...new Set([...backers, ...pool].map((s) => s.claim))];
    // A summary sentence gathers its details from across the article: a name, number or day the backing claim leaves
    // out is backed when the backing claim's own document states it ("on Tuesday", "$5bn" a few paragraphs away). A
    // different value in the backing claim's place was already compared as a conflict.
    const documents = [...new Set(backers.map((b) => b.claim.documentId))];
    return this.unbackedFacts(facts, claims).every(
      (f) =>
        documents.some((d) => this.documentStates(d, facts, f)) ||
        (isNumberFact(f) && backers.some((b) => b.lengthsBacked.includes(f) || namesSoMany(b.claim, f))) ||
        (isEntityFact(f) && this.describesBacker(facts, f, backers)),
    );
  }

  /** A name describing the subject ("the Fenmore maker") that a source ties to a name of the backing claim. */
  private describesBacker(facts: SentenceFacts, name: EntityFact, backers: Scored[]): boolean {
    return describingName(facts, name) && backers.some((b) => b.claim.facts.entities.some((e) => this.reference.namedTogether(name, e)));
  }

  private documentStates(documentId: string, facts: SentenceFacts, f: NumberFact | DateFact | EntityFact): boolean {
    if (isEntityFact(f)) {
      const names = this.reference.documentNames.get(documentId);
      return !!names && (names.has(f.key) || f.tokens.every((t) => names.has(t)));
    }
    const stating = this.documentClaimsStating(documentId, facts, f);
    // Away from the backing claim a bare value is not enough: "2,000 members" is not the article's "2,000 people".
    if (isNumberFact(f)) {
      if (!f.unit.length) return valueStated(f, stating);
      return stating.some((c) => statesWithUnit(c, f));
    }
    if (!valueStated(f, stating)) return false;
    // As for the backing claim: "August 2021" needs the document to state 2021, not only August.
    const year = yearOf(f);
    return !year || valueStated(year, stating) || valueStated(year, this.documentClaimsStating(documentId, facts, year));
  }

  /** Claims of a document that may state this number or date: those indexed under its value or its day words. */
  private documentClaimsStating(documentId: string, facts: SentenceFacts, f: NumberFact | DateFact): Claim[] {
    if (isNumberFact(f)) return this.reference.documentClaimsWithTerm(documentId, `n:${f.value}`);
    // Looked up by its first word ("august" of "17 August"), or by its digits when it is a bare year.
    const inside = facts.content.filter((t) => t.start >= f.start && t.end <= f.end);
    const key = inside.find((t) => t.kind === "word") ?? inside[0];
    return key ? this.reference.documentClaimsWithTerm(documentId, `w:${key.stem}`) : [];
  }

  /** Facts of the draft no claim states; names in the attribution count only when `withSpeaker`. */
  private unbackedFacts(facts: SentenceFacts, claims: Claim[], withSpeaker = false): Array<NumberFact | DateFact | EntityFact> {
    const out: Array<NumberFact | DateFact | EntityFact> = [];
    for (const n of facts.numbers) if (!valueStated(n, claims)) out.push(n);
    for (const d of facts.dates.filter(isCalendarDate)) {
      if (!valueStated(d, claims)) out.push(d);
      else {
        // "August 2021" meets "17 August" on the month alone: the year is a fact of its own, backed only where stated.
        const year = yearOf(d);
        if (year && !valueStated(year, claims)) out.push(year);
      }
    }
    for (const e of facts.entities) {
      // Who is credited is checked as attribution, not as part of the claim.
      if (!withSpeaker && inAttribution(facts, e)) continue;
      if (!claims.some((c) => entityMentioned(e, c.facts))) out.push(e);
    }
    return out;
  }

  /**
   * A sentence that sums up several source sentences: their union backs it. The best-covering claim is taken first,
   * then, up to three in all, whichever claim backs the most of what is still unbacked. A claim that shares only a
   * few words with the sentence still counts when those are words nothing else backs: "the station will get a faster
   * boat in 2026, funded by a public appeal" draws on one sentence for the boat and another for the appeal.
   */
  private unionSupport(facts: SentenceFacts, scored: Scored[], pool: Scored[]): { backers: Scored[]; coverage: number } | undefined {
    // A short claim that states one of the draft's figures with its unit ("About 240 people attended") is a member
    // however little else of the sentence it says.
    const states = (s: Scored, n: NumberFact) => statesWithUnit(s.claim, n);
    const statesFigure = (s: Scored) => facts.numbers.some((n) => states(s, n));
    const eligible = scored
      .filter((s) => (s.coverage >= UNION_MEMBER_COVERAGE || statesFigure(s)) && !s.polarityFlip && !s.alignment.substitutions.some((x) => x.kind === "opposite"))
      .sort((a, b) => b.coverage - a.coverage);
    if (eligible.length < 2 || eligible[0].coverage < RELATED_COVERAGE) return undefined;
    const weights = facts.content.map((t) => this.weight(t));
    const total = weights.reduce((a, b) => a + b, 0);
    const backed: number[] = facts.content.map((_, i) => credit(eligible[0].alignment.matches[i]));
    const gainOf = (s: Scored) => weights.reduce((sum, w, i) => sum + w * Math.max(0, credit(s.alignment.matches[i]) - backed[i]), 0);
    const backers = [eligible[0]];
    // A member adds a fact to the union: two of the sentence's words, or one of its names or figures. One common word
    // found in another claim ("side" of a lease, "law" of compensation) is that word's other use, not more backing.
    const addsAFact = (s: Scored) => {
      const added = facts.content.filter((_, i) => credit(s.alignment.matches[i]) > backed[i]);
      return added.length >= 2 || added.some((t) => t.kind === "number" || inName(t, facts));
    };
    const join = (member: Scored) => {
      backers.push(member);
      backed.forEach((c, i) => (backed[i] = Math.max(c, credit(member.alignment.matches[i]))));
    };
    while (backers.length < 3) {
      let next: Scored | undefined;
      let nextGain = UNION_MEMBER_GAIN * total;
      for (const s of eligible) {
        const gain = backers.includes(s) || !addsAFact(s) ? 0 : gainOf(s);
        if (gain > nextGain) [next, nextGain] = [s, gain];
      }
      if (!next) break;
      join(next);
    }
    // The figure's own claim joins when none of the others states the figure.
    for (const n of facts.numbers) {
      const holder = !backers.some((b) => states(b, n)) && eligible.find((s) => states(s, n));
      if (holder) join(holder);
    }
    const coverage = total ? backed.reduce((sum, c, i) => sum + c * weights[i], 0) / total : 0;
    if (backers.length < 2 || coverage < SUPPORT_COVERAGE + 0.05) return undefined;
    return this.backsAllFacts(facts, backers, pool) ? { backers, coverage } : undefined;
  }

  private valueConflicts(facts: SentenceFacts, text: string, base: number, scored: Scored[], misquoted: boolean): Conflict[] {
    const out: Conflict[] = [];
    // A wrong name is wrong where it stands, the speaker's too ("spokesperson Mara Quist said").
    const related = scored.filter((s) => s.coverage >= RELATED_COVERAGE);
    const unbacked = new Set(this.unbackedFacts(facts, related.map((s) => s.claim), true));
    // A number or date a claim far less like the sentence states is that claim's value for something else ("within
    // five years" of a manager's hopes against the investment's "next three years"): it does not back the draft's
    // value where a close claim states another in its place.
    const unbackedNear = (s: Scored) => {
      const near = related.filter((x) => x.coverage >= s.coverage - VALUE_ELSEWHERE_MARGIN);
      return near.length === related.length ? unbacked : new Set(this.unbackedFacts(facts, near.map((x) => x.claim), true));
    };
    const inQuote = (t: Token) => facts.quotes.some((q) => t.start >= q.start && t.end <= q.end);
    const normText = facts.tokens.map((t) => t.norm).join(" ");
    // "It was last drained in 1998", "withheld twice before, in 2003": the date of an earlier time the same thing
    // happened, which a claim's date of this time does not gainsay.
    const earlier = EARLIER_OCCURRENCE.test(text);
    const earlierTime = (f: NumberFact | DateFact | EntityFact, claim: Claim) => earlier && (!isNumberFact(f) || f.kind === "year") && (f as EntityFact).key === undefined && !EARLIER_OCCURRENCE.test(claim.text);
    // Draft words some candidate states as they are.
    const backedWords = new Set<string>();
    for (const s of scored) facts.content.forEach((t, i) => s.alignment.matches[i] === "exact" && backedWords.add(t.stem));
    const top = scored.slice().sort((a, b) => b.coverage - a.coverage).slice(0, 3);
    for (const s of scored) {
      // A summary sentence draws on several source sentences: the rest of it may be backed by the others.
      // A short claim that gives one of a pair of figures the draft gives too ("by seven votes to three") is about the
      // same thing however little else of the sentence it holds.
      const paired = s.alignment.substitutions.some((sub) => sub.kind === "number" && sub.draftFact && sub.claimFact && sameNextFigure(facts, sub.draftFact, s.claim.facts, sub.claimFact));
      const lent = s.context >= 0.4 || paired;
      const context = Math.max(s.context, lent ? this.contextWith(facts, s, top) : 0);
      // A count of the thing the claim counts needs less of the rest, but the claim must still be related.
      const counting = context >= COUNT_CONTEXT && s.coverage >= RELATED_COVERAGE;
      const needed = s.anchored ? CONFLICT_CONTEXT_ANCHORED : statesAnotherFigure(facts, s) ? CONFLICT_CONTEXT_FIGURE : CONFLICT_CONTEXT;
      // A claim that holds one clause of a longer sentence ("the squall lasted about 40 minutes" for "It lasted about
      // 50 minutes and was last recorded above Brimley"), the rest held by others: its value counts against the
      // draft's only in the very same slot, the words either side of each the same. Worked out once, when first asked,
      // and only where the rest of the sentence was not already lent to this claim above.
      let clauseContext: number | undefined;
      const contextOfClause = () => (clauseContext ??= lent ? context : Math.max(s.coverage, s.context) >= RELATED_COVERAGE ? Math.max(s.context, this.contextWith(facts, s, top)) : 0);
      for (const sub of s.alignment.substitutions) {
        // A changed word inside a quotation is a misquote, reported as such when the source quotes the words too.
        const quoted = sub.draft.some(inQuote);
        if (quoted && (misquoted || sub.kind !== "opposite")) continue;
        if (sub.kind === "opposite") {
          // Converse words with their names swapped say the same: "Marlow was sold to Redfern", "Redfern bought Marlow".
          if (context < CONFLICT_CONTEXT || swappedNames(facts, text, base, sub.draft[0], s.claim, sub.claim[0])) continue;
          // "searched the estuary in the dark" paired with "on watch night and day" while a closer claim says "out
          // on the mud in the dark": the word is the closer claim's, not the opposite of the other's.
          if (this.saidByCloserClaim(facts, sub.draft[0], s, scored)) continue;
          const opposite = this.oppositeConflict(sub.draft[0], s, `${sub.claim[0].text}`);
          // Quoted words whose source sentence carries no quotation marks (the middle of a quotation several
          // sentences long): the opposite word put in someone's mouth is a misquote.
          out.push(quoted ? { ...opposite, kind: "quote", expected: s.claim.asWritten, message: `Not what the source says: ${inQuotes(s.claim)} (“${sub.claim[0].text}”, not “${sub.draft[0].text}”).` } : opposite);
          continue;
        }
        if (sub.kind === "alternative") {
          const word = sub.draft[0];
          // Another thing of the same kind in the same place: a changed fact, unless some source has the draft's word.
          // A word of a person's title is checked as a title (see `roleConflicts`), once.
          if (context < 0.7 || backedWords.has(word.stem) || ADDITIVE.test(normText) || inTitle(facts, word)) continue;
          out.push({
            kind: isSeason(word) || isTimeReference(word) ? "date" : "entity",
            claim: s.claim,
            found: { text: word.text, start: word.start, end: word.end },
            expected: sub.claim[0].text,
            message: `Sources say ${sub.claim[0].text}, not ${word.text}.`,
            confidence: round(Math.min(1, 0.4 + context / 2)),
          });
          continue;
        }
        const sameSlot = () => (sub.kind === "number" || sub.kind === "date") && !!sub.claimFact && contextOfClause() >= needed && sharedSlot(facts, sub.draftFact!, s, sub.claimFact, false, 1);
        if (!sub.draftFact || (context < needed && !(sub.kind === "number" && (claimContained(s, sub) || (counting && sameThingCounted(sub.draftFact as NumberFact, sub.claimFact)))) && !sameSlot())) continue;
        // One name put for another in a sentence otherwise the claim's own: wrong, however often the sources name it
        // elsewhere ("Brimley Reservoir, the largest" where Brimley is the smallest).
        // Not where a closer claim names the draft's own party: "Kestrel … was fined £12,000" beside the sources'
        // "Corbel … is fined £48,000" and "Kestrel … is fined £12,000" is about Kestrel, said rightly.
        const swap =
          sub.kind === "entity" &&
          (nameForName(sub) || (!isHeadline(s.claim) && nameForNameAndMore(sub, facts, s.claim.facts))) &&
          context >= SWAP_CONTEXT &&
          s.alignment.partners.filter(Boolean).length >= SWAP_SHARED_WORDS &&
          !scored.some((x) => x !== s && x.coverage > s.coverage && x.coverage >= SWAP_OUTWEIGHED && entityMentioned(sub.draftFact as EntityFact, x.claim.facts));
        if (!swap && !(sub.kind === "entity" ? unbacked : unbackedNear(s)).has(sub.draftFact) && !(sub.kind === "date" && this.dateOnlyElsewhere(facts, sub.draftFact as DateFact, s, related)) && !(sub.kind === "number" && countedOnlyAsAnother(sub, related))) continue;
        if (sub.kind === "number" && !sharedSlot(facts, sub.draftFact, s, sub.claimFact!) && !valueForValue(sub)) continue;
        if (sub.kind === "date" && sub.claimFact && !sameTiming(facts, sub.draftFact, s.claim.facts, sub.claimFact)) continue;
        if (earlierTime(sub.draftFact, s.claim)) continue;
        if (sub.kind === "number" && datesAnotherEvent(facts, sub.draftFact as NumberFact, s)) continue;
        // "built 90 flats in 2016" against a plan for 24 flats: a count the draft dates by a year no related source
        // gives, where the claim gives no time at all, is a count of another event.
        if (sub.kind === "number" && !claimDated(s.claim) && [...unbacked].some((f) => f !== sub.draftFact && isNumberFact(f) && f.kind === "year")) continue;
        // "The embassy in Skopje was also closed" adds a place; it does not replace one.
        if (sub.kind === "entity" && ADDITIVE.test(normText)) continue;
        // A letterhead or a byline ("Kestrel Academy, Mill Road, Brimley") sets names side by side and says nothing of
        // how they relate: no place in it is where the draft's event happened.
        if (sub.kind === "entity" && namesOnly(s.claim.facts)) continue;
        // The source's speaker ("Kestrel Homes has told us the roof needs …") is who says it, not what the draft's
        // name describes ("the lido's roof", "the Brimley boathouse"): no name of a thing stands in the speaker's place.
        if (sub.kind === "entity" && sub.claimFact && inAttribution(s.claim.facts, sub.claimFact) && describesAThing(facts, sub.draftFact as EntityFact)) continue;
        // Nor is the draft's speaker ("Jo Bell says her father built it") the wrong name for one the source
        // says something of ("Owen Bell, who built it in 1996"): only another speaker stands in the speaker's place.
        if (sub.kind === "entity" && sub.claimFact && inAttribution(facts, sub.draftFact) && !inAttribution(s.claim.facts, sub.claimFact)) continue;
        // A name the article uses elsewhere ("European Union" in another paragraph) was not put in the wrong place.
        if (sub.kind === "entity" && this.reference.documentNames.get(s.claim.documentId)?.has((sub.draftFact as EntityFact).key) && !swap) continue;
        // "the Fenmore maker" where a source has "Kestrel Appliances, the maker of Fenmore dishwashers": a name that
        // describes the subject by something the sources tie to it, not another subject.
        if (sub.kind === "entity" && this.describesBacker(facts, sub.draftFact as EntityFact, [s])) continue;
        // "Jo Bell wrote that …" where she wrote the review that says so: another source crediting the same words to
        // someone else does not make hers the wrong name.
        // "Jo Bell said the figure was …" against "Owen Brack disputes the figure of …": one who disputes it did not say it.
        if (sub.kind === "entity" && inAttribution(facts, sub.draftFact as EntityFact) && !!sub.claimFact && disputesIt(s.claim.facts, sub.claimFact as EntityFact)) continue;
        if (sub.kind === "entity" && inAttribution(facts, sub.draftFact as EntityFact) && scored.some((x) => x !== s && !x.claim.speaker && x.context >= needed && this.reportsSpeakerOf(facts, x.claim))) continue;
        const found = factSpan(sub.draftFact);
        const expected = expectedText(sub, s.claim);
        const said = sub.kind === "number" ? valuePhrase(sub.claimFact!, s.claim) : expected;
        out.push({
          kind: sub.kind,
          claim: s.claim,
          found,
          expected,
          message: `Sources say ${said}, not ${found.text}.`,
          confidence: round(Math.min(1, 0.5 + context / 2)),
        });
      }
      // Values the diff could not pair ("5 July" against "July 15th"): same kind of value, same thing counted.
      if (context >= needed || counting) {
        for (const f of unbacked) {
          if (out.some((c) => c.found.start <= f.start && c.found.end >= f.end - 1) || (f as EntityFact).key !== undefined) continue;
          // A value the claim states itself (the "three" of "seven votes to three") is backed by it, whatever else it lacks.
          if (isNumberFact(f) && s.claim.facts.numbers.some((m) => sameNumber(f, m))) continue;
          if (earlierTime(f, s.claim)) continue;
          // "In June" does not gainsay "on Thursday 4 June": a date said less precisely agrees where it speaks.
          const counterpart = isNumberFact(f)
            ? s.claim.facts.numbers.find((m) => sameValueKind(m, f) && m.kind !== "label" && (f.kind === "year" || f.unit.some((u) => m.unit.includes(u))) && countsBesides(f, facts) === countsBesides(m, s.claim.facts) && !facts.numbers.some((n) => sameNumber(n, m)) && sharedSlot(facts, f, s, m, f.kind === "year"))
            : s.claim.facts.dates
                // Not a date the draft gives something else: "at Monday's meeting she said the weir was surveyed on
                // Friday 3 April" against "the weir was surveyed on Friday 3 April".
                .filter((d) => isCalendarDate(d) && comparableDates(f as DateFact, d) && !sameDate(f as DateFact, d) && !facts.dates.some((x) => x !== f && sameDate(x, d) && statesAsPrecisely(x, d)) && sameTiming(facts, f, s.claim.facts, d))
                .sort((a, b) => Number(b.month === (f as DateFact).month) - Number(a.month === (f as DateFact).month))[0];
          if (!counterpart || (context < needed && !(isNumberFact(f) && sameThingCounted(f, counterpart)))) continue;
          if (isNumberFact(f) && datesAnotherEvent(facts, f, s)) continue;
          const found = factSpan(f);
          const expected = isNumberFact(f) ? factSpan(counterpart).text : dateAsWritten(counterpart as DateFact, s.claim);
          const said = isNumberFact(f) ? valuePhrase(counterpart, s.claim) : expected;
          out.push({
            kind: isNumberFact(f) ? "number" : "date",
            claim: s.claim,
            found,
            expected,
            message: `Sources say ${said}, not ${found.text}.`,
            confidence: round(Math.min(1, 0.4 + context / 2)),
          });
        }
      }
      if (s.polarityFlip && context >= CONFLICT_CONTEXT && s.coverage >= 0.4 && !s.alignment.substitutions.some((x) => x.draftFact) && !this.flipsSaidAsDrafted(facts, s, scored)) {
        const cue = reversalCue(facts, s);
        out.push({
          kind: "negation",
          claim: s.claim,
          found: { text: cue.text, start: cue.start, end: cue.end },
          expected: s.claim.asWritten,
          message: `Sources say the opposite: ${inQuotes(s.claim)}`,
          confidence: round(Math.min(1, s.context)),
        });
      }
    }
    // Opposite words the diff did not pair up (word order differs): same rule, on the per-word matches.
    for (const s of scored) {
      if (s.context < 0.6 || out.some((c) => c.claim === s.claim)) continue;
      facts.content.forEach((t, i) => {
        if (s.alignment.matches[i] !== "opposite" || inQuote(t)) return;
        const other = s.claim.facts.content.find((c) => opposes(t, facts, c, s.claim.facts));
        // A claim word the draft says in other words elsewhere is that word's, not the opposite of this one: "the
        // film was given to the inquiry", the draft's "carrying" standing for the claim's "taking".
        const pairedElsewhere = (c: Token) => s.alignment.partners.some((p, k) => p === c && k !== i && sameOrSimilar(s.alignment.matches[k]));
        if (other && !facts.content.some((x) => x.stem === other.stem) && !pairedElsewhere(other) && !swappedNames(facts, text, base, t, s.claim, other)) out.push(this.oppositeConflict(t, s, other.text));
      });
    }
    return out;
  }

  /**
   * The draft's date, which `s` puts another in place of, stands only in claims less like the sentence that date
   * something else: "posted to businesses by Friday 20 March" where permits go out by 13 March and the
   * helpline stays open "until Friday 20 March".
   */
  private dateOnlyElsewhere(facts: SentenceFacts, date: DateFact, s: Scored, related: Scored[]): boolean {
    // A day of the month only: a time of day or a month said loosely ("around three", "mid-November") is left alone.
    if (date.day === undefined || date.hour !== undefined || !/\d/.test(date.text) || valueStated(date, [s.claim])) return false;
    return !related.some(
      (x) =>
        x !== s &&
        valueStated(date, [x.claim]) &&
        (x.context >= s.context || (x.claim.facts.dates.some((e) => sameDate(date, e) && sharedSlot(facts, date, x, e)) && backsAllBackedBy(facts, x, s))),
    );
  }

  /** Context of `s` when words it lacks but another top candidate backs count too. */
  private contextWith(facts: SentenceFacts, s: Scored, others: Scored[]): number {
    const replaced = replacedSpans(s.alignment);
    let total = 0;
    let matched = 0;
    facts.content.forEach((t, i) => {
      if (replaced.some((f) => within(t, f)) || s.alignment.matches[i] === "opposite") return;
      const w = this.weight(t);
      total += w;
      matched += w * Math.max(...[s, ...others].map((o) => credit(o.alignment.matches[i])));
    });
    return total && matched >= 1.5 ? matched / total : 0;
  }

  /**
   * A word whose opposite the backing claim's article pairs with the same neighbour: the draft's "an old portrait" where
   * the article has "the portrait is new", "a sharp rise in sales" where it has "sales fell". The shared neighbour says
   * the two words are said of the same thing; it need not be in the backing claim ("the new pier" where only another
   * paragraph names the pier, as "an old pier"). In the article the opposite may stand one word further off ("pleaded
   * guilty in court to theft" against "acquitted of theft"): its sentences say more than the draft's.
   */
  private oppositeElsewhere(facts: SentenceFacts, backers: Scored[]): Conflict | undefined {
    const backer = backers[0];
    const words = facts.content;
    for (let i = 0; i < words.length; i++) {
      const t = words[i];
      // Only a word no backing claim backs: one a backer backs, even loosely ("rise" by "climbed"), is its word.
      if (backers.some((b) => b.alignment.matches[i] !== "none") || t.kind !== "word" || t.capitalised || !hasOpposite(t.norm)) continue;
      // "is coming to terms": a verb in its progressive form, not the adjective WordNet opposes to "latest".
      if (t.norm.endsWith("ing") && afterBe(facts, t)) continue;
      if (facts.irrealis.has(t.start) || facts.requested.has(t.start)) continue;
      for (const j of [i - 1, i + 1]) {
        const n = words[j];
        if (!n || n.kind !== "word") continue;
        for (const claim of this.reference.documentClaimsWithTerm(backer.claim.documentId, `w:${n.stem}`)) {
          const cw = claim.facts.content;
          for (let k = 0; k < cw.length; k++) {
            if (cw[k].stem !== n.stem) continue;
            for (const o of [cw[k - 2], cw[k - 1], cw[k + 1], cw[k + 2]]) {
              // "does not describe the portrait as new" does not contradict "an old portrait".
              if (!o || !opposes(t, facts, o, claim.facts) || words.some((x) => x.stem === o.stem)) continue;
              // What someone only asked for or tried ("asked for the boathouse to shut at nine") is not the record.
              if (claim.facts.irrealis.has(o.start) || (claim.facts.requested.has(o.start) && !facts.asks)) continue;
              const phrase = claim.text.slice(Math.min(o.start, cw[k].start), Math.max(o.end, cw[k].end));
              return {
                kind: "negation",
                claim,
                found: { text: t.text, start: t.start, end: t.end },
                expected: o.text,
                message: `Sources say the opposite (“${phrase}”): ${inQuotes(claim)}`,
                confidence: round(Math.min(0.7, backer.coverage)),
              };
            }
          }
        }
      }
    }
    return undefined;
  }

  /**
   * "Two cleaners were hurt", backed by "Two cleaners got out before crews arrived", where the next sentence of the
   * same source says "Nobody was hurt": a denial of the whole event ("no one", "nobody", "no arrests") said beside
   * the backing claim covers the draft's event, though it shares too few of the draft's words to be weighed as its
   * counterpart.
   * Every word the denial negates must stand in the draft, asserted.
   */
  private deniedNextTo(facts: SentenceFacts, backer: Scored): Conflict | undefined {
    if (facts.negations.length) return undefined;
    for (const claim of this.reference.claimsBeside(backer.claim, DENIAL_REACH)) {
      // The text first: a large set analyses a claim again each time its facts are asked for.
      if (!OPENS_WITH_DENIAL.test(claim.text)) continue;
      const denial = claim.facts;
      const cue = denial.negations[0];
      if (!cue || !UNIVERSAL_DENIALS.has(cue.norm) || denial.tokens.indexOf(cue) > 1) continue;
      const denied = denial.content.filter((t) => !LIGHT_VERBS.has(t.norm) && !denial.negations.includes(t));
      if (!denied.length || !denied.every((t) => denial.negated.has(t.start))) continue;
      const s = this.score(facts, claim);
      // The draft's own word for each denied one: the same word, else the word aligned to it in the same sense.
      const said = denied.map((t) => {
        const same = facts.content.findIndex((d) => d.stem === t.stem);
        return same >= 0 ? same : facts.content.findIndex((d, i) => !d.capitalised && s.alignment.partners[i] === t && s.alignment.matches[i] === "similar");
      });
      if (said.some((i) => i < 0)) continue;
      return this.oppositeConflict(facts.content[said[said.length - 1]], s, claim.asWritten.replace(/[.!]$/, ""), round(Math.min(0.8, backer.coverage)));
    }
    return undefined;
  }

  private oppositeConflict(t: Token, s: Scored, sourceWord: string, confidence = round(Math.min(1, s.context))): Conflict {
    return {
      kind: "negation",
      claim: s.claim,
      found: { text: t.text, start: t.start, end: t.end },
      expected: sourceWord,
      message: `Sources say the opposite (“${sourceWord}”): ${inQuotes(s.claim)}`,
      confidence,
    };
  }

  private quoteConflicts(facts: SentenceFacts, scored: Scored[]): Conflict[] {
    const out: Conflict[] = [];
    for (const [k, q, sentences] of facts.quotes.flatMap((quote) => quotedSentences(quote).map((q, k, all) => [k, q, all] as const))) {
      const needle = normaliseQuote(q.text);
      if (needle.split(" ").length < 2) continue;
      const holders = this.quoteHolders(needle, q.text);
      if (holders.length) {
        const wrongSpeaker = this.wrongSpeaker(facts, holders, "words", true);
        if (wrongSpeaker) out.push(wrongSpeaker);
        continue;
      }
      // Words the draft quotes from a message or a first-person document, where they stand unquoted in its writer's voice.
      const written = this.writtenHolders(needle, q.text);
      if (written.length) {
        const wrongSpeaker = this.wrongSpeaker(facts, written, "words", true);
        if (wrongSpeaker) {
          out.push(wrongSpeaker);
          continue;
        }
      }
      // A quotation stitched from the source's sentences at a comma ("We are proud of the singers, we only want …"
      // for "… the singers. We only want …"): verbatim when every part is, and then whoever said the parts is the
      // speaker to check. A quotation only partly found is compared as a whole, below.
      const parts = quotedParts(q.text);
      const partHolders = parts.map((p) => this.quoteHolders(normaliseQuote(p), p));
      if (partHolders.length && partHolders.every((h) => h.length)) {
        const wrongSpeaker = this.wrongSpeaker(facts, [...new Set(partHolders.flat())], "words", true);
        if (wrongSpeaker) out.push(wrongSpeaker);
        continue;
      }
      // Not verbatim: the closest quotation in the sources, by shared words, or the one the rest of the sentence is about.
      const qTokens = contentStems(q.text);
      const speaker = facts.speaker ? this.reference.resolvePerson(personKey(facts.speaker)) : undefined;
      let best: { claim: Claim; quote: QuoteFact; score: number } | undefined;
      for (const s of scored) {
        const claimSpeaker = s.claim.speaker ? this.reference.resolvePerson(personKey(s.claim.speaker)) : undefined;
        if (speaker && claimSpeaker && speaker !== claimSpeaker) continue;
        const around = outsideQuotes(facts, s);
        for (const cq of s.claim.facts.quotes) {
          // A fragment of a longer quotation with one word changed ("a freak storm" of "This was a rare storm, and the
          // pumps held …") is that quotation misquoted; a fragment reworded throughout is the
          // writer's paraphrase in quotation marks, left to the other checks.
          const cStems = quoteStems(cq);
          const overlap = Math.max(jaccard(qTokens, cStems), fewWordsChanged(qTokens, cStems) ? containedShare(qTokens, cStems) : 0);
          // "Calder described the response as “…”": the same framing, the same speaker, other words quoted.
          const sameTopic = around >= 0.75 && (overlap >= 0.1 || (!!speaker && speaker === claimSpeaker));
          const score = Math.max(overlap, sameTopic ? 0.5 + s.context / 4 : 0);
          if (score >= 0.5 && (!best || score > best.score)) best = { claim: s.claim, quote: cq, score };
        }
      }
      if (!best) {
        const written = this.writtenMisquote(facts, q, scored) ?? this.neighbourMisquote(q, sentences, k);
        if (written) out.push(written);
        continue;
      }
      const diff = wordDiff(q, best.quote);
      out.push({
        kind: "quote",
        claim: best.claim,
        found: diff?.found ?? { text: q.text, start: q.start, end: q.end },
        expected: diff?.expected ?? best.quote.text,
        message: `Not verbatim: the source quotes “${best.quote.text}”${diff ? ` (“${diff.expected}”, not “${diff.found.text}”)` : ""}.`,
        confidence: round(Math.min(1, best.score + 0.2)),
      });
    }
    return out;
  }

  /**
   * A sentence of a quotation the sources hold nowhere, beside one they hold verbatim: the source sentence next to
   * that one, in the same order, is what it quotes. "We are not opposed. It costs too much." where the source has
   * "We are not against it. It costs too much.": the first sentence is misquoted.
   */
  private neighbourMisquote(q: QuoteFact, sentences: readonly QuoteFact[], k: number): Conflict | undefined {
    const first = tokenize(q.text).find((t) => t.kind === "word");
    if (!first) return undefined;
    for (const step of [-1, 1]) {
      const other = sentences[k + step];
      if (!other) continue;
      const needle = normaliseQuote(other.text);
      if (needle.split(" ").length < 3) continue;
      for (const holder of [...this.quoteHolders(needle, other.text), ...this.writtenHolders(needle, other.text)]) {
        // The quoted sentences run on from one source sentence to the next: the part found is the whole of its end
        // that meets the other, not a stretch from its middle ("Our crews lost a season" of "… a season when …").
        const held = this.reference.normalisedQuote(holder) ?? normaliseQuote(holder.text);
        if (step < 0 ? !held.endsWith(needle) : !NUMBERED_OPENING.test(held.slice(0, held.indexOf(needle)))) continue;
        const own = this.reference.documentClaims(holder.documentId);
        const beside = own[own.indexOf(holder) - step];
        if (!beside) continue;
        // From the quotation's first word on: a paragraph's number ("2.2") or a lead-in is not part of what is quoted.
        const from = tokenize(beside.text).find((t) => t.norm === first.norm);
        if (!from) continue;
        const text = beside.text.slice(from.start).replace(/["”’.]+$/, "");
        const diff = wordDiff(q, { text, start: 0, end: text.length });
        if (!diff || normaliseQuote(text) === normaliseQuote(q.text) || changedWords(diff).formOnly) continue;
        return {
          kind: "quote",
          claim: beside,
          found: diff.found,
          expected: diff.expected,
          message: `Not verbatim: the source's words are “${text}” (“${diff.expected}”, not “${diff.found.text}”).`,
          confidence: 0.8,
        };
      }
    }
    return undefined;
  }

  /**
   * A quotation of words the speaker wrote or said without quotation marks around them (a review's own text under its
   * author's name, a transcript's turn), with a word or two changed: "the checks had “depended wholly on …”" where
   * the reviewer wrote "depended entirely on …". Words the sources only report ("he said the delay was …") are not
   * verbatim, and are not held to it.
   */
  private writtenMisquote(facts: SentenceFacts, q: QuoteFact, scored: Scored[]): Conflict | undefined {
    const words = wordTokens(q.text);
    if (words.length < WRITTEN_QUOTE_WORDS) return undefined;
    const [first, last] = [words[0].norm, words[words.length - 1].norm];
    for (const s of scored) {
      const claim = s.claim;
      // Quoted source words are checked as quotations, above.
      const ownWords = !claim.facts.quotes.length && (claim.context.declaredSpeaker ? claim.speaker === claim.context.declaredSpeaker : !claim.speaker);
      if (!ownWords || !this.reportsSpeakerOf(facts, claim)) continue;
      const b = wordTokens(claim.text);
      for (let j = 0; j < b.length; j++) {
        if (b[j].norm !== first) continue;
        for (let e = j + words.length - 3; e <= Math.min(b.length - 1, j + words.length + 1); e++) {
          if (e <= j || b[e].norm !== last) continue;
          const window = claim.text.slice(b[j].start, b[e].end);
          const diff = wordDiff(q, { text: window, start: 0, end: window.length });
          if (!diff || normaliseQuote(window) === normaliseQuote(q.text)) continue;
          const { changed, formOnly } = changedWords(diff);
          // At most two words changed, and not only in form ("relies" for "relied").
          if (changed.length > 2 || words.length - changed.length < WRITTEN_QUOTE_WORDS - 1 || formOnly) continue;
          return {
            kind: "quote",
            claim,
            found: diff.found,
            expected: diff.expected,
            message: `Not verbatim: the source's words are “${window}” (“${diff.expected}”, not “${diff.found.text}”).`,
            confidence: round(Math.min(1, 0.6 + s.context / 4)),
          };
        }
      }
    }
    return undefined;
  }

  /**
   * "The bridge will stay open to cars while repairs are carried out" against "The bridge will close to all traffic
   * from 6am on Monday …": too little lines up for a word-by-word conflict, but the sentence's subject is the
   * claim's, and the draft's predicate is the opposite of the claim's. Only for a sentence no source backs.
   */
  private subjectReversal(facts: SentenceFacts, scored: Scored[]): Conflict | undefined {
    // The subject's head: the last content word before the first auxiliary or past tense ("The harbour cafe will …" →
    // "cafe", "Lifeboat crews launched …" → "crews").
    const verbAt = facts.tokens.findIndex((t, i) => AUXILIARIES.has(t.norm) || (i > 0 && t.kind === "word" && !t.capitalised && t.norm.endsWith("ed") && canBeVerb(t.norm)));
    const before = facts.content.filter((t) => !inAttribution(facts, t) && t.kind === "word");
    const subject = verbAt > 0 ? before.filter((t) => t.start < facts.tokens[verbAt].start).pop() : before[0];
    if (!subject) return undefined;
    for (const s of scored) {
      // Enough of the sentence is about what the claim is about, counting the reversed words themselves.
      const about = facts.content.reduce((sum, t, i) => sum + (s.alignment.matches[i] === "none" ? 0 : this.weight(t)), 0);
      if (about < 0.2 * facts.content.reduce((sum, t) => sum + this.weight(t), 0)) continue;
      const claimWords = s.claim.facts.content;
      // The subject heads the claim too (among its first words), not just somewhere in it.
      if (!claimWords.slice(0, 6).some((c) => c.stem === subject.stem)) continue;
      for (const [i, t] of facts.content.entries()) {
        if (s.alignment.matches[i] !== "opposite" || t === subject) continue;
        const other = claimWords.find((c) => opposes(t, facts, c, s.claim.facts));
        // Not when some source says the draft's word of the same subject ("the crossing will open" is about another).
        const backed = (x: Scored) => x.claim.facts.content.some((c) => c.stem === t.stem) && x.claim.facts.content.some((c) => c.stem === subject.stem);
        if (!other || scored.some(backed)) continue;
        return this.oppositeConflict(t, s, other.text, 0.6);
      }
    }
    return undefined;
  }

  private quotedSpeakerKeys?: Set<string>;
  /** Everyone some source sentence credits words to, by speaker key: worked out once, when first asked. */
  private quotedSpeakers(): Set<string> {
    return (this.quotedSpeakerKeys ??= new Set(this.reference.claims.flatMap((c) => (c.speaker ? [this.speakerKey(c.speaker)] : []))));
  }

  /** Who a speaker is, for comparison: the person the name resolves to, else the words of the name. */
  private speakerKey(name: string): string {
    // "The US" and "the United States" are one speaker.
    return this.reference.resolvePerson(personKey(name)) ?? canonicalPlace(name.toLowerCase().replace(/^the\s+/, ""));
  }

  /**
   * A claim more like the sentence than `s` states the draft's word itself, with the draft's polarity, and does not
   * disagree with `s`: the word is that claim's, not the opposite of what `s` says. Where the two claims disagree,
   * the sources dispute the point, which the dispute checks weigh.
   */
  private saidByCloserClaim(facts: SentenceFacts, word: Token, s: Scored, scored: Scored[]): boolean {
    const i = facts.content.indexOf(word);
    return i >= 0 && scored.some((x) => x.coverage > s.coverage && this.statesWordToo(x, i, s));
  }

  /** Another claim than `s`, not at odds with it, says the draft's `i`th content word word for word, unreversed. */
  private statesWordToo(x: Scored, i: number, s: Scored): boolean {
    return x !== s && !x.polarityFlip && x.alignment.matches[i] === "exact" && !this.claimsDisagree(x.claim, s.claim);
  }

  /**
   * "Owen Brack said nobody had been ordered on deck", where Brack said so and a passenger said they had been: the
   * draft reports Brack's side of a disagreement between the sources, rightly, so the other side's words do not
   * contradict it. The speaker's own claim need only be related to the sentence: a draft reporting one person's words
   * often joins them to other facts.
   */
  private speakersOwnSide(facts: SentenceFacts, conflicts: Conflict[], scored: Scored[]): Scored | undefined {
    if (!facts.attributed) return undefined;
    const denial = conflicts.find((c) => c.kind === "negation" && !this.reportsSpeakerOf(facts, c.claim));
    if (!denial) return undefined;
    return scored.find((s) => s.claim !== denial.claim && s.coverage >= RELATED_COVERAGE && !s.polarityFlip && this.reportsSpeakerOf(facts, s.claim) && this.claimsDisagree(s.claim, denial.claim));
  }

  /**
   * The draft credits the sentence to whoever the backing claim is from: its speaker, or the outlet or author of its
   * document ("Kestrel Rail said no passenger was held for more than 90 minutes", from Kestrel Rail's own statement). It
   * reports what they said, which another source contradicting them does not dispute.
   */
  private reportsSpeakerOf(facts: SentenceFacts, claim: Claim): boolean {
    if (!facts.attributed || !facts.speaker) return false;
    const said = this.speakerKey(facts.speaker);
    // The author field lists several authors ("Jo Bell, Kate Lyle") or one with a role ("Jo Bell, independent
    // reviewer"); any of its parts may be the one the draft names.
    const authors = claim.document.author?.split(/\s*(?:,|&|\band\b)\s*/) ?? [];
    const sources = [claim.speaker, claim.document.outlet, ...authors].filter((x): x is string => !!x);
    return sources.some((x) => sameSpeaker(said, this.speakerKey(x)));
  }

  /**
   * "Brennick said …" where no source names Brennick at all and the backing claims credit the statement to someone
   * they name: the words are backed, the speaker is not. A name the sources know is left alone; who of them said what
   * is not read reliably enough from reporting clauses outside quotation marks.
   */
  private unknownSpeaker(facts: SentenceFacts, backers: Scored[]): Conflict | undefined {
    const speaker = namedSpeaker(facts);
    if (!speaker || this.reference.entityKeys.has(speaker.key) || speaker.tokens.some((t) => this.reference.entityKeys.has(t))) return undefined;
    const holders = backers.map((b) => b.claim).filter((c) => c.facts.attributed && c.speaker && /^\p{Lu}/u.test(c.speaker));
    return holders.length ? this.wrongSpeaker(facts, holders, "statement") : undefined;
  }

  /**
   * "Ines Calder warned that costs would rise" reporting, in the draft's own words, a source sentence that is all
   * quotation, credited to someone else: the quoted words fix who said them, as a quotation marked in the draft would.
   * So do several such quotations that back the sentence only together, when none of them is the named person's.
   */
  private reportedQuotationSpeaker(facts: SentenceFacts, backers: Scored[]): Conflict | undefined {
    const speaker = namedSpeaker(facts);
    if (facts.quotes.length || !speaker) return undefined;
    // A quotation that itself reports another's words ("the trust said the weir would reopen in June") is the
    // speaker passing them on: the words may be credited to whoever said them first.
    const relays = (claim: Claim) => claim.facts.quotes.some((q) => RELAYED.test(q.text));
    const allQuoted = (claim: Claim) =>
      !!claim.speaker && /^\p{Lu}/u.test(claim.speaker) && (claim.facts.quotes.reduce((sum, q) => sum + q.text.length, 0) >= 0.8 * claim.text.length || quotedBesideItsSpeaker(claim)) && !relays(claim);
    const [best] = backers;
    if (best.coverage >= REPORTED_QUOTATION_COVERAGE) {
      // Or reported words whose speaker the claim names itself ("Cllr Bell reported that …"), credited by the draft to
      // another person, whom no backing claim reports.
      const reportedByName = speaker.person && namesItsSpeaker(best.claim) && !relays(best.claim) && !backers.some((b) => this.reportsSpeakerOf(facts, b.claim));
      return allQuoted(best.claim) || reportedByName ? this.wrongSpeaker(facts, [best.claim]) : undefined;
    }
    // The speaker must be a person by name, not the owner in "Kestrel's rowers say".
    const possessive = facts.tokens.some((t) => t.start < speaker.end && t.end >= speaker.end && /['’]s$/.test(t.text));
    if (!speaker.person || possessive || facts.speaker !== speaker.text) return undefined;
    // Words spoken to "you" may recount the listener's part ("you were told …"), which the listener may report.
    const toListener = (claim: Claim) => claim.facts.tokens.some((t) => SECOND_PERSON.has(t.norm));
    // One quotation that backs the sentence less closely, in the draft's own words: a person the sources quote, named
    // as saying it, must be the one who said it. Unless the draft names the quotation's speaker too, or the quotation
    // names the draft's: then the words may be about the person, not theirs.
    if (backers.length === 1 || !backers.every((b) => allQuoted(b.claim) || !b.claim.speaker)) {
      if (!allQuoted(best.claim) || toListener(best.claim) || !this.quotedSpeakers().has(this.speakerKey(speaker.text))) return undefined;
      const quotedKey = this.speakerKey(best.claim.speaker!);
      const namesEither = entityMentioned(speaker, best.claim.facts) || facts.entities.some((e) => sameSpeaker(this.speakerKey(e.text), quotedKey));
      return namesEither ? undefined : this.wrongSpeaker(facts, [best.claim]);
    }
    // Several quotations that back the sentence together: a person said to have said it must have said one of them.
    const quoted = backers.filter((b) => allQuoted(b.claim) && !toListener(b.claim)).map((b) => b.claim);
    return quoted.length ? this.wrongSpeaker(facts, quoted) : undefined;
  }

  /** A verbatim quotation credited to someone the sources do not credit it to (a person or an organisation). */
  private wrongSpeaker(facts: SentenceFacts, holders: Claim[], what: "words" | "statement" = "words", voiced = false): Conflict | undefined {
    if (!facts.speaker) return undefined;
    const said = this.speakerKey(facts.speaker);
    const voices = new Map(holders.map((c) => [c, c.speaker ?? (voiced ? this.voiceOf(c) : undefined)]));
    const credited = holders.filter((c) => voices.get(c));
    // One named as a person ("Mr Brack") speaks for no organisation: "Mr Brack is related to Mr Calder" is no title.
    const named = facts.entities.find((e) => e.text === facts.speaker);
    const person = !!named && HONORIFICS.has(wordBefore(facts, named));
    if (!credited.length || credited.some((c) => sameSpeaker(said, this.speakerKey(voices.get(c)!)) || (!person && this.speaksFor(voices.get(c)!, facts.speaker!)))) return undefined;
    const claim = credited[0];
    // A sender or an author is named as written; a quotation's speaker ("Quill said") by the full name the sources give.
    const right = claim.speaker ? (this.reference.people.get(this.speakerKey(claim.speaker))?.name ?? claim.speaker) : voices.get(claim)!;
    const entity = facts.entities.find((e) => sameSpeaker(said, this.speakerKey(e.text)));
    const found = entity ?? (facts.attributionSpan && { ...facts.attributionSpan, text: facts.speaker });
    if (!found) return undefined;
    return {
      kind: "attribution",
      claim,
      found: { text: entity ? entity.text : facts.speaker, start: found.start, end: found.end },
      expected: right,
      message: `The sources credit ${what === "words" ? "these words" : "this"} to ${right}, not ${entity ? entity.text : facts.speaker}.`,
      confidence: 0.9,
    };
  }

  /**
   * Whose words a claim with no quoted speaker is: in an email chain, the sender of its message; in a document its
   * author writes as "I" or "we" (a column, a letter, a consultation response), the author, when the sources name
   * them as a person. A news report's own sentences are nobody's words.
   */
  private voiceOf(claim: Claim): string | undefined {
    const doc = claim.document;
    let sender: string | undefined;
    for (const m of doc.text.slice(0, claim.start).matchAll(SENDER_LINE)) sender = m[1].trim();
    if (sender) return sender;
    return this.firstPersonAuthor(claim.documentId, doc.author);
  }

  /**
   * The document's author, where the author is one person (not a newsroom, a council or "staff") and at least two
   * of the document's own sentences (no quotation, no speaker) say "I" or "we".
   */
  private firstPersonAuthor(documentId: string, author: string | undefined): string | undefined {
    if (!author) return undefined;
    if (!this.firstPersonAuthors.has(documentId)) {
      const names = analyse(author, 0, {}).entities;
      const onePerson = names.length === 1 && names[0].person && author.endsWith(names[0].text);
      const own = onePerson ? this.reference.documentClaims(documentId).filter((c) => !c.speaker && !c.facts.quotes.length && c.facts.tokens.some((t) => FIRST_PERSON.has(t.norm))) : [];
      this.firstPersonAuthors.set(documentId, own.length >= 2 ? author : undefined);
    }
    return this.firstPersonAuthors.get(documentId);
  }
  private readonly firstPersonAuthors = new Map<string, string | undefined>();

  /**
   * The person holds an office of the organisation, as some source names them ("Ruth Mallory, chief executive of
   * Kestrel Labs"; "Kestrel Labs' chief executive, Ruth Mallory"): what they say, the organisation says.
   */
  private speaksFor(person: string, organisation: string): boolean {
    const who = this.reference.people.get(this.speakerKey(person));
    const surname = (who?.name ?? person).split(/\s+/).pop()!;
    const name = escapeRegExp(organisation.replace(/^the\s+/i, ""));
    // The name, then up to a few words of title, then the organisation: "Kate Lyle, chief executive of Kestrel Labs",
    // "Kate Lyle, Director, Kestrel Labs"; or the organisation's title before the name: "Kestrel Labs' chief
    // executive, Kate Lyle".
    const after = new RegExp(`\\b${escapeRegExp(surname)}\\b,?\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?[\\w-]+(?:,\\s*|\\s+(?:of|at|for)\\s+)(?:the\\s+)?${name}\\b`, "i");
    const before = new RegExp(`\\b${name}['’]?s?\\s+(?:[\\w-]+\\s+){0,3}?[\\w-]+,?\\s+(?:[A-Z][\\w-]+\\s+)?${escapeRegExp(surname)}\\b`, "i");
    return this.reference.claimsWithStems([stem(surname.toLowerCase())]).some((c) => after.test(c.text) || before.test(c.text));
  }

  /** The person of the sources a draft's name refers to, by its key. */
  private personNamed(e: EntityFact): { key?: string; person?: Person } {
    const key = this.reference.resolvePerson(e.key);
    return { key, person: key ? this.reference.people.get(key) : undefined };
  }

  private roleConflicts(facts: SentenceFacts, text: string, base: number): Conflict[] {
    const out: Conflict[] = [];
    for (const e of facts.entities) {
      if (!e.person || !e.title) continue;
      const { key, person } = this.personNamed(e);
      if (!key) {
        const misnamed = this.misnamedPerson(e);
        if (misnamed) out.push(misnamed);
      }
      if (person && !person.titles.length) {
        const taken = this.officeOfAnother(e.title, text, base, person);
        if (taken) out.push(taken);
      }
      if (!person || !person.titles.length) continue;
      // "Councillor Jo Bell, the council leader": the rank before the name and the office after it are each checked.
      const title = [e.title, e.role].find((x) => x && !person.titles.some((t) => titlesAgree(x.text, t.text)));
      if (!title) {
        const elsewhere = this.officeElsewhere(e.title, text, base, person);
        if (elsewhere) out.push(elsewhere);
        continue;
      }
      // The source's title for what the draft got wrong: not the one its other title already agrees with.
      const other = title === e.role ? e.title : e.role;
      const rivals = person.titles.filter((t) => !other || !titlesAgree(other.text, t.text));
      // An office after the rank is wrong only against another office on record: the sources may not spell theirs
      // out in a form read as a title ("the study's lead and corresponding author").
      if (title === e.role && !rivals.length) continue;
      const best = (rivals.length ? rivals : person.titles).slice().sort((a, b) => titleOverlap(title.text, b.text) - titleOverlap(title.text, a.text))[0];
      const expected = withOrganisation(best);
      out.push({
        kind: "role",
        claim: best.claim,
        found: title,
        expected,
        message: `Sources give ${person.name}'s title as ${expected}, not ${title.text}.`,
        confidence: 0.85,
      });
    }
    return out;
  }

  /**
   * The right office in another body: "Jo Bell, chief executive of Brimley Council" where the sources have "the
   * Kestrel Trust's chief executive, Jo Bell". Only two bodies named with capitals are compared ("the company" may
   * be either).
   */
  private officeElsewhere(title: { text: string; start: number; end: number }, text: string, base: number, person: Person): Conflict | undefined {
    const body = organisationOf(title.text, text.slice(title.end - base));
    if (!body) return undefined;
    const held = person.titles.filter((t) => titlesAgree(title.text, t.text)).map((t) => ({ title: t, body: bodyOfTitle(t) }));
    if (!held.length || held.some((h) => h.body && sameBody(h.body, body))) return undefined;
    // A body the sources leave unnamed ("chair of the governors") may be the draft's, unless the sources give that
    // office in that body to someone else: then the draft has handed this person another's office.
    // A former holder ("the former artistic director of …") shares the office with whoever holds it now.
    const heldByAnother = () => this.otherHolders(person, (t) => titlesAgree(title.text, t.text) && sameBody(bodyOfTitle(t) ?? "", body)).length > 0;
    if (held.some((h) => !h.body) && (formerOffice(title, text, base) || !heldByAnother())) return undefined;
    const own = held[0];
    const expected = !own.body ? withOrganisation(own.title) : `${own.title.text}${own.title.text.includes(own.body) ? "" : ` of ${own.body}`}`;
    return {
      kind: "role",
      claim: own.title.claim,
      found: title,
      expected,
      message: `Sources give ${person.name}'s title as ${expected}, not ${title.text} of ${body}.`,
      confidence: 0.8,
    };
  }

  /**
   * "Owen Brack, the rowing club's secretary", where the sources give Owen Brack no office and name Jo Bell as the
   * secretary: an office one person holds, given to another. The holder's body must be the draft's or unnamed.
   */
  private officeOfAnother(title: { text: string; start: number; end: number }, text: string, base: number, person: Person): Conflict | undefined {
    const words = title.text.toLowerCase().split(/\s+/);
    if (!ONE_HOLDER_OFFICES.has(words[words.length - 1]) || formerOffice(title, text, base)) return undefined;
    const body = organisationOf(title.text, text.slice(title.end - base));
    // Their body named and the same, or none at all ("Jo Bell, secretary"): "the trust's chair" is not the club's,
    // though the trust is written in lower case.
    const sameOffice = (t: Person["titles"][number]) => {
      if (!titlesAgree(title.text, t.text)) return false;
      const theirs = bodyOfTitle(t);
      return theirs ? !body || sameBody(theirs, body) : !/['’]s?\s|\bof\b/i.test(t.text);
    };
    const holders = this.otherHolders(person, sameOffice);
    if (holders.length !== 1) return undefined;
    const [holder] = holders;
    const held = holder.titles.find(sameOffice)!;
    return {
      kind: "role",
      claim: held.claim,
      found: title,
      message: `Sources give ${holder.name} as ${withOrganisation(held)}, not ${person.name}.`,
      confidence: 0.75,
    };
  }

  /**
   * Every word the claim reverses, another claim says word for word at the draft's polarity: "nobody was arrested"
   * against a petition "calling for the lido's closure to be stopped" (arrest is one sense of stop), where another
   * claim has "Nobody was arrested".
   */
  private flipsSaidAsDrafted(facts: SentenceFacts, s: Scored, scored: Scored[]): boolean {
    const saidAsDrafted = (stem: string) =>
      facts.content.some((t, i) => {
        if (t.stem !== stem) return false;
        return scored.some((x) => {
          const partner = x.alignment.partners[i];
          // Not a question, which says nothing either way; not a claim at odds with this one, which makes a dispute.
          return !x.claim.facts.question && !!partner && facts.negated.has(t.start) === x.claim.facts.negated.has(partner.start) && this.statesWordToo(x, i, s);
        });
      });
    return s.flipped.size > 0 && [...s.flipped].every(saidAsDrafted);
  }

  /** The people other than `person` to whom the sources give a title that `holds` accepts. */
  private otherHolders(person: Person, holds: (title: Person["titles"][number]) => boolean): Person[] {
    return [...this.reference.people.values()].filter((other) => other !== person && other.titles.some(holds));
  }

  /** "Jo Bell, of Fenmore" where the sources have her "of Brimley": a person said to be from another place. */
  private homeConflicts(facts: SentenceFacts): Conflict[] {
    const out: Conflict[] = [];
    for (const e of facts.entities) {
      if (!e.person || !e.home) continue;
      const { person } = this.personNamed(e);
      const home = e.home;
      if (!person || !person.homes.length || person.homes.some((h) => samePlace(home.text, h.text))) continue;
      const [given] = person.homes;
      out.push({ kind: "entity", claim: given.claim, found: home, expected: given.text, message: `Sources say ${person.name} is from ${given.text}, not ${home.text}.`, confidence: 0.8 });
    }
    return out;
  }

  /**
   * "Kate Pell, chair of the swimmers' club" where the sources' chair is Kate Lyle: a titled person the sources never
   * name, who shares a first name or a surname and the title with exactly one person they do name, is that person
   * with the other name changed.
   */
  private misnamedPerson(e: EntityFact): Conflict | undefined {
    const words = e.key.split(/\s+/);
    const titles = [e.title, e.role].filter((x): x is NonNullable<typeof x> => !!x);
    if (words.length < 2 || !titles.length) return undefined;
    const namesakes = new Set([...(this.reference.peopleByToken.get(words[0]) ?? []), ...(this.reference.peopleByToken.get(words[words.length - 1]) ?? [])]);
    // Each namesake with a full name, and the title of theirs that agrees with one of the draft's.
    const matches = [...namesakes].flatMap((k) => {
      const person = this.reference.people.get(k)!;
      const shown = person.key.includes(" ") && person.titles.find((t) => titles.some((x) => titlesAgree(x.text, t.text)));
      return shown ? [{ person, shown }] : [];
    });
    if (matches.length !== 1) return undefined;
    const [{ person, shown }] = matches;
    return {
      kind: "entity",
      claim: shown.claim,
      found: { text: e.text, start: e.start, end: e.end },
      expected: person.name,
      message: `Sources give the ${shown.text} as ${person.name}, not ${e.text}.`,
      confidence: 0.8,
    };
  }

  private attributionHint(facts: SentenceFacts, backers: Scored[]): Finding | undefined {
    if (facts.attributed || reportsSpeech(facts)) return undefined;
    // The claims that back about as much as the best one: a weaker one backing a detail does not make it fact.
    const main = backers.filter((b) => b.coverage >= backers[0].coverage - 0.2);
    if (!main.every((b) => b.claim.facts.attributed && b.claim.speaker && reportedPart(b) >= 0.5)) return undefined;
    const speaker = main[0].claim.speaker!;
    // "Joe Hale's takings fell": naming the speaker as the subject is not crediting her with the words.
    return {
      kind: "attribution",
      severity: "hint",
      message: `The sources attribute this to ${speaker}; say who said it.`,
      start: facts.tokens[0].start,
      end: facts.tokens[facts.tokens.length - 1].end,
      found: undefined,
      expected: undefined,
      confidence: 0.7,
      speaker,
    };
  }

  /**
   * Another source that contradicts the claim backing the sentence, on the point the sentence makes. Candidates the
   * first retrieval set aside as weaker matches are looked at too: a dissenting source words things differently. So
   * are those it kept whose reversal fell short of a conflict ("questioned the trust's figures for …").
   */
  private disputeOf(facts: SentenceFacts, backer: Scored, scored: Scored[]): Conflict | undefined {
    const seen = new Map(scored.map((s) => [s.claim, s]));
    // The backing claim carries the rest of the sentence; a dissenting one need only reverse the point itself
    // (two or more words of the draft that it negates), and must contradict the backing claim as well.
    for (const h of this.reference.search(this.reference.queryTerms(facts), CANDIDATES * 3)) {
      if (h.claim.documentId === backer.claim.documentId || h.claim.facts.question) continue;
      // Only a claim with a negation of its own, or a draft with one, can reverse the draft's polarity.
      if (!h.claim.facts.negations.length && !facts.negations.length) continue;
      const s = seen.get(h.claim) ?? this.score(facts, h.claim);
      if (!s.polarityFlip || s.coverage < DISSENT_COVERAGE || facts.quotes.length || !this.namesAnyNear(facts, h.claim) || !this.claimsDisagree(backer.claim, h.claim)) continue;
      const cue = reversalCue(facts, s);
      return {
        kind: "negation",
        claim: h.claim,
        found: { text: cue.text, start: cue.start, end: cue.end },
        expected: h.claim.asWritten,
        message: `Another source says the opposite: ${inQuotes(h.claim)}`,
        confidence: round(Math.min(backer.coverage, 0.75)),
      };
    }
    return undefined;
  }

  /**
   * The claim names one of the draft's names, or its neighbours do: a claim says "this boathouse" or "the company" of
   * what the sentences around it name.
   */
  private namesAnyNear(facts: SentenceFacts, claim: Claim): boolean {
    return namesAnyOf(facts, claim) || this.reference.claimsBeside(claim, 2).some((c) => namesAnyOf(facts, c));
  }

  /**
   * The source's next sentence denies this one outright, by pointing back at it: "The trust said every swimmer had
   * been refunded in full. Jo Bell said that was not true." The backing claim is one side of a dispute the draft takes.
   */
  private rebuttalOf(claim: Claim): Conflict | undefined {
    // What one person said over several sentences is rebutted as a whole: "The trust denied this." may follow a
    // paragraph of one swimmer's account.
    let next: Claim | undefined;
    for (const c of this.reference.claimsBeside(claim, 3).filter((c) => c.start > claim.start)) {
      if (rebutsTheClaimBefore(c.text)) {
        next = c;
        break;
      }
      if (!claim.speaker || c.speaker !== claim.speaker) break;
    }
    if (!next) return undefined;
    return {
      kind: "negation",
      claim: next,
      found: { text: next.text, start: next.start, end: next.end },
      expected: next.text,
      message: `The next sentence of the source disputes it: ${inQuotes(next)}`,
      confidence: 0.6,
    };
  }

  /**
   * A number the backing claim states, which another source gives differently for the same thing ("72 hours"
   * in one report, "48 hours" in another): the sources disagree on the very value the draft picked.
   */
  private rivalValue(facts: SentenceFacts, backer: Scored, scored: Scored[]): { conflict: Conflict; holder: Scored } | undefined {
    // The claim that states the draft's value may not be the one that backs most of the sentence: "the scheme cost
    // the trust £1.38m" is backed in its words by "the fraud cost the trust £1.6 million", in its value by another.
    const holders = [backer, ...scored.filter((s) => s !== backer && s.coverage >= RELATED_COVERAGE && !s.polarityFlip)];
    for (const n of facts.numbers) {
      // Every claim stating the value is tried: the best may share a document (an interview) with the rival.
      for (const holder of holders.filter((h) => h.claim.facts.numbers.some((m) => sameNumber(n, m)))) for (const s of scored) {
        if (s.claim.documentId === holder.claim.documentId || s.context < RIVAL_CONTEXT || s.polarityFlip) continue;
        // A source that states the draft's value too gives its own in the draft's slot and the other only as someone
        // else's ("about 6,500, far more than the administrators' figure of 4,200"): its value is the one put there.
        const statesItToo = s.claim.facts.numbers.some((m) => sameNumber(n, m));
        const values = statesItToo ? s.alignment.substitutions.flatMap((x) => (x.kind === "number" && sameNumber(n, x.draftFact as NumberFact) ? [x.claimFact as NumberFact] : [])) : s.claim.facts.numbers;
        // A rival that holds for the draft's value is none ("more than 1,200" for 1,236), nor is the whole of which the
        // draft counts a part ("30 of the swimmers who used the lido" against "75 swimmers used the lido").
        const other = values.find(
          (m) =>
            m.kind === n.kind &&
            m.kind !== "label" &&
            n.unit.some((u) => m.unit.includes(u)) &&
            !sameNumber(m, n) &&
            // "about a dozen moorings" is no rival to the 40 of "12 of the 40 moorings": it is the draft's other figure.
            !facts.numbers.some((d) => sameNumber(d, m)) &&
            !(m.value > n.value && partOfWhole(facts, n)) &&
            this.setAgainst(holder.claim, n, s.claim, m),
        );
        if (!other) continue;
        const found = factSpan(n);
        const expected = factSpan(other).text;
        return { conflict: { kind: "number", claim: s.claim, found, expected, message: `Another source says ${expected}.`, confidence: round(Math.min(holder.coverage, s.context)) }, holder };
      }
    }
    return undefined;
  }

  /**
   * The two sources put the two values in one place when aligned with each other: "the fraud cost the trust £1.2m"
   * against "the fraud cost the Brimley trust £1.7m". Sharing the words around each value is not enough: "a roofer was
   * jailed for four years" is no rival to "two men were jailed for a total of seven years".
   */
  private setAgainst(a: Claim, value: NumberFact, b: Claim, rival: NumberFact): boolean {
    // Either way round: the longer sentence, aligned against the shorter, may leave its tail in the value's gap.
    const swapped = (x: Substitution, draftValue: NumberFact, claimValue: NumberFact) => x.kind === "number" && sameNumber(draftValue, x.draftFact as NumberFact) && sameNumber(claimValue, x.claimFact as NumberFact);
    // The two must be related as a candidate is to a draft: "she was 250 metres off her track" and "a 72-metre ferry"
    // put their figures in one gap of an alignment that pairs almost nothing else.
    const ab = this.score(a.facts, b);
    const ba = this.score(b.facts, a);
    if (Math.max(ab.coverage, ba.coverage) < RELATED_COVERAGE) return false;
    return ab.alignment.substitutions.some((x) => swapped(x, value, rival)) || ba.alignment.substitutions.some((x) => swapped(x, rival, value));
  }

  /**
   * Two claims contradict each other: one negates what the other states, or gives another value for it. Both must be
   * about the same thing, one backing a good part of the other (SAME_MATTER), as a draft must be to contradict a
   * claim: "the trust now checks every invoice" and "invoices were never checked" share words, not a point.
   */
  private claimsDisagree(a: Claim, b: Claim): boolean {
    // Two claims of the set compare the same way for every draft sentence, and one sentence's checks may ask twice.
    const key = `${a.id}\u0000${b.id}`;
    let disagree = this.disagreements.get(key);
    if (disagree === undefined) {
      const s = this.score(a.facts, b);
      disagree = (s.coverage >= SAME_MATTER || this.score(b.facts, a).coverage >= SAME_MATTER) && (s.polarityFlip || s.alignment.substitutions.some((x) => x.kind === "opposite" || x.kind === "number" || x.kind === "date"));
      if (this.disagreements.size > 50_000) this.disagreements.clear();
      this.disagreements.set(key, disagree);
    }
    return disagree;
  }

  private disputed(result: SentenceResult, facts: SentenceFacts, conflict: Conflict, backer: Scored): SentenceResult {
    result.status = "disputed";
    result.confidence = round(Math.min(conflict.confidence, backer.coverage));
    result.sources = [this.passage(backer.claim, "supports", backer.coverage), this.passage(conflict.claim, "contradicts", conflict.confidence)];
    result.findings.push({
      kind: "disputed",
      severity: "warning",
      message: `Sources disagree: ${describe(backer.claim)} says ${inQuotes(backer.claim)}, but ${describe(conflict.claim)} says ${inQuotes(conflict.claim)}`,
      found: conflict.found.text,
      start: facts.tokens[0].start,
      end: facts.tokens[facts.tokens.length - 1].end,
      confidence: result.confidence,
    });
    return result;
  }

  /**
   * A figure no source states whose digits, put in another order, are the one figure the sources give for the same
   * thing: "4,132 swimmers" where the sources count 4,213 swimmers. Transposed digits are the commonest slip in copying
   * a figure; the claim that states it need share nothing else with the sentence.
   */
  private transposedFigure(facts: SentenceFacts): Conflict | undefined {
    const values = this.reference.numberValues;
    for (const n of facts.numbers) {
      if ((n.kind !== "count" && n.kind !== "money") || !n.unit.length || n.qualifier === "order") continue;
      if (n.unit.some((u) => values.has(`${n.value}|${u}`))) continue;
      const twins = transposedValues(n).filter((v) => n.unit.some((u) => values.has(`${v}|${u}`)));
      if (twins.length !== 1) continue;
      // The hits in rank order, each analysed only until one states the twin: a large set analyses claims again.
      for (const { claim } of this.reference.search(this.reference.queryTerms(facts), CANDIDATES * 6)) {
        const twin = claim.facts.numbers.find((m) => m.value === twins[0] && m.kind === n.kind && n.unit.some((u) => m.unit.includes(u)));
        if (!twin) continue;
        const found = factSpan(n);
        return { kind: "number", claim, found, expected: factSpan(twin).text, message: `Sources say ${valuePhrase(twin, claim)}, not ${found.text}.`, confidence: 0.6 };
      }
    }
    return undefined;
  }

  private novelFacts(facts: SentenceFacts): Array<{ text: string; start: number; end: number }> {
    const out: Array<{ text: string; start: number; end: number }> = [];
    for (const e of facts.entities) if (!this.reference.entityKeys.has(e.key) && !e.tokens.every((t) => this.reference.entityKeys.has(t))) out.push(e);
    // "expected to double" is not backed by "two of its supports": a value counts with its kind.
    const values = this.reference.numberValues;
    // A length of time in any unit: "two days" is stated by "48 hours".
    const stated = (n: NumberFact) => {
      const hours = durationHours(n);
      return values.has(`${n.value}|${n.kind}`) || n.unit.some((u) => values.has(`${n.value}|${u}`)) || (hours !== undefined && values.has(`${hours}|hours`));
    };
    for (const n of facts.numbers) if (!stated(n)) out.push(n);
    for (const d of facts.dates) {
      if (d.hour !== undefined && !this.reference.hours.has(d.hour) && !(d.twelveHour && this.reference.hours.has(d.hour + 12))) out.push(d);
      // The year of a dated month or day ("August 2021") that no source has; a bare year is among the numbers above.
      else {
        const year = yearOf(d);
        if (year && !values.has(`${year.year}|year`)) out.push(year);
      }
    }
    return out;
  }

  /**
   * "Ines Calder is a former pilot": a description of a person the sources name but never describe so. The words of
   * the description must appear in some claim about that person.
   */
  private undescribedPerson(facts: SentenceFacts, text: string): { text: string; start: number; end: number } | undefined {
    const person = facts.entities.find((e) => e.person && e.start === facts.tokens[0]?.start);
    if (!person) return undefined;
    const m = text.slice(person.end - facts.tokens[0].start).match(/^\s+(?:is|was|has been|had been)\s+(?:an?|the)\s+([^,.;]+)/);
    if (!m) return undefined;
    const key = this.reference.resolvePerson(person.key);
    if (!key) return undefined;
    const about = this.reference.claims.filter((c) => c.facts.entities.some((e) => this.reference.resolvePerson(e.key) === key));
    const words = tokenize(m[1]).filter((t) => t.kind === "word" && !STOPWORDS.has(t.norm));
    const head = words[words.length - 1];
    if (!head || about.some((c) => c.facts.tokens.some((t) => t.stem === head.stem))) return undefined;
    const start = person.end + m[0].length - m[1].length;
    return { text: m[1].trim(), start, end: start + m[1].trim().length };
  }

  private checkable(facts: SentenceFacts, text: string): boolean {
    if (facts.entities.length || facts.numbers.length || facts.dates.length || facts.quotes.length || SUPERLATIVE.test(text)) return true;
    // A plain statement about the story's subject ("The bridge will stay open") is checkable; small talk is not.
    const topical = facts.content.filter((t) => this.reference.vocabulary.has(t.stem)).length;
    return topical >= 2;
  }

  private finding(c: Conflict): Finding {
    return {
      kind: c.kind,
      severity: "warning",
      message: c.message,
      found: c.found.text,
      expected: c.expected,
      start: c.found.start,
      end: c.found.end,
      confidence: c.confidence,
    };
  }

  passage(claim: Claim, stance: SourcePassage["stance"], score: number): SourcePassage {
    const d = claim.document;
    return {
      document: d.id,
      title: d.title,
      outlet: d.outlet,
      author: d.author,
      date: d.date,
      url: d.url,
      path: d.path || undefined,
      line: claim.line,
      start: claim.start,
      end: claim.end,
      // An exchange is cited as the document writes it, question and answer, not as the statement read from them.
      text: claim.asWritten,
      score: round(score),
      stance,
      speaker: claim.speaker,
      claimId: claim.id,
    };
  }
}

/**
 * The share of the sentence's backed words that the claim backs with what it reports, not with the words crediting
 * it: "Tollmouth Coastguard searched the bay near Brimley" draws on the subject of "Tollmouth Coastguard, which searched
 * the bay near Brimley, said …", not on what the coastguard said.
 */
function reportedPart(s: Scored): number {
  if (!s.claim.facts.attributionSpan) return 1;
  let all = 0;
  let reported = 0;
  s.alignment.partners.forEach((p) => {
    if (!p) return;
    all++;
    if (!inAttribution(s.claim.facts, p)) reported++;
  });
  return all ? reported / all : 0;
}

/** Share of the draft's words outside its quotation marks that the claim backs. */
function outsideQuotes(facts: SentenceFacts, s: Scored): number {
  let total = 0;
  let matched = 0;
  facts.content.forEach((t, i) => {
    if (facts.quotes.some((q) => t.start >= q.start && t.end <= q.end)) return;
    total++;
    if (sameOrSimilar(s.alignment.matches[i])) matched++;
  });
  return total >= 2 ? matched / total : 0;
}

const isNumberFact = (f: NumberFact | DateFact | EntityFact): f is NumberFact => typeof (f as NumberFact).value === "number";
const isEntityFact = (f: NumberFact | DateFact | EntityFact): f is EntityFact => typeof (f as EntityFact).key === "string";

/** Words that deny an event outright when they open a sentence: "No one was hurt", "Nobody saw", "None survived". */
const UNIVERSAL_DENIALS = new Set(["no", "nobody", "none", "neither"]);
/** A sentence that opens (after at most one word: "But no one …") with one of `UNIVERSAL_DENIALS`. */
const OPENS_WITH_DENIAL = new RegExp(String.raw`^\W*(?:\p{L}+\s+)?(?:${[...UNIVERSAL_DENIALS].join("|")})\b`, "iu");
/** How many claims either side of the backing one a denial of the same event may stand: the sentence next to it. */
const DENIAL_REACH = 1;
/** Verbs that carry no event of their own: "No arrests have been made" denies arrests. */
const LIGHT_VERBS = new Set(["make", "made", "makes", "take", "taken", "took", "give", "given", "gave", "do", "done", "did"]);

/** A quotation and its reporting clause and nothing else: “"We knew at six," she said.” */
/** The claim reports words and names their speaker in its own reporting clause, not by "she" or a quotation's run. */
function namesItsSpeaker(claim: Claim): boolean {
  const { speaker, attributionSpan: span } = claim.facts;
  return !!speaker && speaker === claim.speaker && !!span && claim.facts.entities.some((e) => e.person && e.start >= span.start && e.end <= span.end && speakerName(e) === speaker);
}

function quotedBesideItsSpeaker(claim: Claim): boolean {
  if (!claim.facts.quotes.length) return false;
  const outside = claim.facts.tokens.filter((t) => t.kind === "word" && !claim.facts.quotes.some((q) => within(t, q)));
  return outside.length <= 4 && outside.some((t) => REPORTING_VERBS.has(t.norm));
}

/** Where a reversal shows in the draft: its own negation, else its first word the claim negates, else its first word. */
function reversalCue(facts: SentenceFacts, s: Scored): Token {
  return (
    facts.negations[0] ??
    s.predicateInPlace ??
    // The denied predicate rather than a name inside the denial's scope; the claim's own word before a loose kin
    // of it ("go" rather than the "motor" WordNet relates to it).
    facts.content.find((t, i) => !t.capitalised && s.alignment.matches[i] === "exact" && s.alignment.partners[i] && s.claim.facts.negated.has(s.alignment.partners[i]!.start)) ??
    facts.content.find((t, i) => !t.capitalised && s.alignment.partners[i] && s.claim.facts.negated.has(s.alignment.partners[i]!.start)) ??
    facts.content.find((_, i) => s.alignment.partners[i] && s.claim.facts.negated.has(s.alignment.partners[i]!.start)) ??
    facts.tokens[0]
  );
}

/**
 * Two names that the draft and a claim place on opposite sides of the same word ("Peru cut ties with Chile"
 * against "Chile cut ties with Peru", "Peruvian police outside the Chilean embassy"): who did what to whom is
 * reversed though every word is backed. Not across a passive ("Chile was attacked by Peru"), where the doer moves
 * behind the verb.
 */
function roleSwaps(facts: SentenceFacts, text: string, base: number, scored: Scored[]): Conflict[] {
  if (facts.entities.length < 2) return [];
  for (const s of scored) {
    if (s.context < CONFLICT_CONTEXT) continue;
    for (const [i, d] of facts.content.entries()) {
      // A word both sentences use (wherever each puts it), as the pivot the names stand either side of.
      const c = s.alignment.partners[i];
      if (!c || passiveAt(facts, d) || passiveAt(s.claim.facts, c)) continue;
      const swap = swappedNames(facts, text, base, d, s.claim, c);
      if (!swap) continue;
      return [
        {
          kind: "entity",
          claim: s.claim,
          found: { text: swap.before.e.text, start: swap.before.e.start, end: swap.before.e.end },
          expected: swap.after.c.text,
          message: `Sources have ${swap.after.c.text} and ${swap.before.c.text} the other way round: ${inQuotes(s.claim)}`,
          confidence: round(Math.min(1, 0.4 + s.context / 2)),
        },
      ];
    }
  }
  return [];
}

type PlacedName = { e: EntityFact; c: EntityFact };

/**
 * Two names on opposite sides of a verb in the draft (`d`) and of its counterpart in the claim (`c`), each on the
 * other side there: "Marlow bought Redfern" against "Redfern bought Marlow". Only the verb's own arguments count:
 * names in its clause, each said once there; a name moved with a whole clause ("On the eve of …, activists in
 * London …") has not changed roles.
 */
function swappedNames(facts: SentenceFacts, text: string, base: number, d: Token, claim: Claim, c: Token): { before: PlacedName; after: PlacedName } | undefined {
  if (facts.entities.length < 2 || d.capitalised || d.kind !== "word" || !canBeVerb(d.norm) || !canBeVerb(c.norm)) return undefined;
  const draftNames = namesInClause(facts.entities, text, base, d);
  const claimNames = namesInClause(claim.facts.entities, claim.text, 0, c);
  const placed = draftNames.flatMap((e) => claimNames.filter((x) => x.key === e.key).map((x) => ({ e, c: x })));
  const before = placed.find((p) => p.e.end <= d.start && p.c.start >= c.end);
  const after = before && placed.find((p) => p.e.key !== before.e.key && p.e.start >= d.end && p.c.end <= c.start);
  return before && after ? { before, after } : undefined;
}

/** Names in the clause of word `t`, leaving out any name said twice there ("Peru … Peruvian embassy staff"). */
function namesInClause(entities: EntityFact[], text: string, base: number, t: Token): EntityFact[] {
  const near = entities.filter((e) => oneClause(text, base, e, t));
  return near.filter((e) => near.filter((x) => x.key === e.key).length === 1);
}

/**
 * No clause boundary between a name and a word of the same sentence: punctuation (comma, semicolon, colon, bracket,
 * dash) or words that open another clause ("… ties with Chile and ordered Peruvian staff", "after Calder said").
 */
function oneClause(text: string, base: number, e: { start: number; end: number }, t: Token): boolean {
  const from = Math.min(e.end, t.end) - base;
  const to = Math.max(e.start, t.start) - base;
  return !CLAUSE_BOUNDARY.test(text.slice(from, to));
}
// "and" joins clauses when a verb follows it ("… with Chile and ordered Peruvian staff"), not in "yellow and blue".
const CLAUSE_BOUNDARY = /[,;:()\u2013\u2014]|\b(but|while|after|before|which|who|when|as|because|since)\b|\band\s+(\w+ed|said|told|made|took|gave|left|cut|put|set|sent|went|came|began|won|lost|held)\b/i;

/** A form of "be" right before the word: "is coming" (progressive), "was closed" (passive). */
function afterBe(facts: SentenceFacts, t: Token): boolean {
  return BE_FORMS.has(wordBefore(facts, t));
}

/** A passive verb: a form of "be" right before it, or "by" just after it. */
function passiveAt(facts: SentenceFacts, t: Token): boolean {
  const i = facts.tokens.indexOf(t);
  return afterBe(facts, t) || facts.tokens.slice(i + 1, i + 3).some((x) => x.norm === "by");
}

/** Inside the words that credit the sentence's statement ("Kestrel Labs said"), which are not part of what is claimed. */
function inAttribution(facts: SentenceFacts, x: { start: number; end: number }): boolean {
  const span = facts.attributionSpan;
  return !!span && x.start >= span.start && x.end <= span.end;
}

/**
 * A word paired with the same word inside a name (“never registered the loss with the Kestrel Boat Register” against
 * “the Kestrel Boat Register was founded in 2001”): the name says nothing of the act, so its polarity is no flip.
 */
function nameAgainstWord(t: Token, facts: SentenceFacts, partner: Token, claim: SentenceFacts): boolean {
  return inName(t, facts) !== inName(partner, claim);
}

/** The name is a possessive or a noun's modifier ("the lido's roof", "the Brimley boathouse"), not one who acts. */
function describesAThing(facts: SentenceFacts, name: EntityFact): boolean {
  const last = facts.tokens.filter((t) => t.start < name.end).pop();
  if (last && /['’]s$/.test(last.text) && last.end > name.end) return true;
  const noun = nounAfterName(facts, name);
  return !!noun && adjacent(name, noun);
}

/** The name in the words that credit the sentence's statement ("Ines Calder said"), if one stands there. */
function namedSpeaker(facts: SentenceFacts): EntityFact | undefined {
  return facts.entities.find((e) => inAttribution(facts, e));
}

/** `t` is a word of the title or office the sentence gives a person ("Council leader Jo Bell", "Jo Bell, the leader"). */
function inTitle(facts: SentenceFacts, t: Token): boolean {
  return facts.entities.some((e) => [e.title, e.role].some((x) => x && t.start >= x.start && t.end <= x.end));
}

/**
 * Verbs of saying that report words without a clause after them: "accused the club of …", "described the pool as
 * …", "promised to reopen …", "apologised to every swimmer", "which it puts at £9,000".
 */
const SPEECH_ACTS = new Set(
  "accuse blame question criticise criticize condemn welcome praise dismiss reject defend pledge promise apologise apologize thank describe call deny admit insist claim urge"
    .split(" ")
    .map((w) => stem(w)),
);
const FINDING_VERBS = new Set(["found", "finds", "show", "shows", "showed", "shown", "suggests", "suggested", "concluded", "concludes"]);
/** The sentence reports someone's words, with or without a clause after the verb: it attributes what it says. */
function reportsSpeech(facts: SentenceFacts): boolean {
  return facts.tokens.some((t, i) => {
    if (t.capitalised || facts.quotes.some((q) => t.start >= q.start && t.end <= q.end)) return false;
    const inflected = /(?:ed|s)$/.test(t.norm) || t.norm === "told" || t.norm === "said";
    // "…, members were told", "were told that …": whoever told them is left unnamed, but the words are reported.
    // "Swimmers were told of the change" reports an event, not words.
    const next = facts.tokens[i + 1];
    if ((t.norm === "told" || t.norm === "informed") && afterBe(facts, t) && (!next || next.norm === "that")) return true;
    if (t.norm === "puts" && next?.norm === "at") return true;
    // "…, an audit has found.", "…, records show.": a finding credited at the sentence's end.
    if (FINDING_VERBS.has(t.norm) && i === facts.tokens.length - 1 && !afterBe(facts, t)) return true;
    return inflected && SPEECH_ACTS.has(t.stem) && canBeVerb(t.norm);
  });
}

/** `t` is the first content word after one of the sentence's negations: the word it governs. */
function negatedHead(facts: SentenceFacts, t: Token): boolean {
  if (!facts.negated.has(t.start)) return false;
  return facts.negations.some((cue) => {
    const i = facts.tokens.indexOf(cue);
    // "denied that the walkers were …", "rejected the claim that …": the first word of the clause is its subject.
    if (facts.tokens[i + 1]?.norm === "that") return false;
    let k = i + 1;
    // "no record of any fire at the depot", "no sign of a leak": what is denied is the thing there is no record of.
    while (k < facts.tokens.length && !isContentToken(facts.tokens[k])) k++;
    if (EVIDENCE_WORDS.has(facts.tokens[k]?.norm) && (facts.tokens[k + 1]?.norm === "of" || facts.tokens[k + 1]?.norm === "that")) {
      // The record itself is denied too: "had a record of the booking" against "has no record of any booking".
      if (facts.tokens[k] === t) return true;
      // "no evidence that Ines Calder had opened the letter": what is denied is the clause's predicate, the words of it
      // that are not its names.
      if (facts.tokens[k + 1].norm === "that") return t.start > facts.tokens[k + 1].start && t.kind === "word" && !t.capitalised && isContentToken(t);
      k += 2;
    }
    for (; k < facts.tokens.length; k++) if (isContentToken(facts.tokens[k])) return facts.tokens[k] === t;
    return false;
  });
}

/** Verbs and adjectives that deny in themselves: "missed the meeting" says "did not attend" in one word. */
const PRIVATIVE_STEMS = new Set(
  "miss lack skip fail refus declin spare exempt absent avoid ban bar forbid forbidden prohibit prevent deni deny reject acquit escap ignor omit exclud halt stop ceas cancel abandon withdraw withdrawn withdrew drop scrap lose lost free freed clear immun".split(" "),
);
/** The denials `deniedInPlace` reads: a plain "not" before a predicate. */
const SLOT_CUES = new Set(["not", "never", "cannot"]);
const CARRYING_ON_STEMS = new Set(["keep", "kept", "continu", "remain", "persist", "carri"]);
const STOPPING_STEMS = new Set(["stop", "ceas", "halt", "quit", "end", "suspend", "paus"]);
/** Verbs of taking away: what they act on is gone, as what "without" governs is absent. */
const REMOVAL_STEMS = new Set(["drain", "empti", "remov", "strip", "deplet", "depriv", "lose", "lost", "cut", "drop", "withdrawn", "withdrew", "withdraw", "scrap", "switch"]);
/** Nouns whose denial denies what they are of: "no record of", "no evidence of", "no sign of". */
const EVIDENCE_WORDS = new Set(["record", "records", "evidence", "sign", "signs", "trace", "traces", "proof", "indication", "suggestion", "report", "reports"]);
/** Words a quotation needs before its source's unquoted words are held to it verbatim: shorter ones are phrases. */
const WRITTEN_QUOTE_WORDS = 5;

/**
 * "left the boating lake without water" against "water was let out of the lake, draining it": the thing one side says is
 * absent the other says was taken away, a few words from it. The same absence, not a reversal. Not for "no", which
 * denies more than absence ("no limit on their own boats" against "must take the engines off hire boats").
 */
function absenceByRemoval(denying: SentenceFacts, t: Token, other: SentenceFacts, p: Token): boolean {
  if (cueBefore(denying, t)?.norm !== "without") return false;
  const at = other.tokens.indexOf(p);
  return other.tokens.some((x, k) => Math.abs(k - at) <= 12 && REMOVAL_STEMS.has(x.stem) && !other.negated.has(x.start));
}

/**
 * One side denies a predicate with "not" (or "never") and the other puts another, unpaired, in its place between the
 * same paired words: the draft's word and the claim's, and whether the other side's word denies in itself ("were
 * spared by", "unaffected by").
 */
function deniedInPlace(facts: SentenceFacts, claimFacts: SentenceFacts, alignment: Alignment): { draft: Token; claim: Token; deniesToo: boolean } | undefined {
  const draftDenies = facts.negations.length > 0;
  if (draftDenies === claimFacts.negations.length > 0) return undefined;
  // Each side's word to its partner on the other side.
  const partnerOf = new Map<Token, Token>();
  facts.content.forEach((t, i) => {
    const p = alignment.partners[i];
    if (p) partnerOf.set(t, p).set(p, t);
  });
  // In the denying side's words: the paired word before the cue, the unpaired head, the paired word after it.
  const denying = draftDenies ? facts : claimFacts;
  const other = draftDenies ? claimFacts : facts;
  for (const cue of denying.negations) {
    if (!SLOT_CUES.has(cue.norm)) continue;
    const k = denying.content.findIndex((t) => t.start > cue.start);
    const head = denying.content[k];
    const before = denying.content.filter((t) => t.end <= cue.start).pop();
    const after = denying.content[k + 1];
    if (!head || !before || !after || head.capitalised || head.kind !== "word" || partnerOf.has(head) || denying.tokens[denying.tokens.indexOf(cue) + 1]?.norm === "that") continue;
    const [left, right] = [partnerOf.get(before), partnerOf.get(after)];
    if (!left || !right || !denying.negated.has(head.start)) continue;
    const between = other.content.filter((t) => t.start > left.start && t.end <= right.start);
    const unpaired = between.filter((t) => !partnerOf.has(t));
    if (between.length > 2 || unpaired.length !== between.length || !unpaired.length) continue;
    const word = unpaired[unpaired.length - 1];
    if (word.capitalised || word.kind !== "word" || other.negated.has(word.start)) continue;
    // The opposite of the denied word says the same too: "would close" for "would not open", "kept selling" for "did
    // not stop selling" (not a curated opposite: "keep" would oppose the noun "stops").
    const deniesToo =
      /^(?:un(?!der|i|til)|non-?)\p{L}{4}/u.test(word.norm) ||
      PRIVATIVE_STEMS.has(word.stem) ||
      compareTokens(word, head) === "opposite" ||
      (CARRYING_ON_STEMS.has(word.stem) && STOPPING_STEMS.has(head.stem));
    return draftDenies ? { draft: head, claim: word, deniesToo } : { draft: word, claim: head, deniesToo };
  }
  return undefined;
}

/** The name is the subject of a verb of rejecting, within a few words ("Owen Brack also disputes …"). */
function disputesIt(facts: SentenceFacts, name: EntityFact): boolean {
  const after = facts.tokens.filter((t) => t.start >= name.end).slice(0, 3);
  return after.some((t) => REJECTION.has(t.norm));
}

/**
 * The diff put exactly one name in the other's place: nothing else differs there. A country against a name that is
 * not one may be the same government by its capital ("Washington said" for "the United States said").
 */
function nameForName(sub: Substitution): boolean {
  return factForFact(sub) && isPlaceName((sub.draftFact as EntityFact).text) === isPlaceName((sub.claimFact as EntityFact).text);
}

/**
 * The draft's gap holds its name and at most a word that only sets the time ("Kestrel Sea Cadets will now sail"),
 * the claim's its name and words the draft leaves out ("Tollmouth Sailing is the county champion and will sail"):
 * the name put in the other's place, the rest dropped. Only for the subjects both sentences open with, and not
 * against a headline, which names its story's subject in a few words of its own.
 */
function nameForNameAndMore(sub: Substitution, draft: SentenceFacts, claim: SentenceFacts): boolean {
  const [a, b] = [sub.draftFact, sub.claimFact];
  if (!a || !b || !("key" in a) || !("key" in b) || a.person !== b.person || isPlaceName(a.text) !== isPlaceName(b.text)) return false;
  const extra = sub.draft.filter((t) => !within(t, a));
  // The claim's other words describe its subject; another name there ("Ian, Jo Bell says …") is another subject.
  const described = sub.claim.every((t) => within(t, b) || !t.capitalised);
  return described && extra.length <= 1 && extra.every((t) => TIME_ADVERBS.has(t.norm)) && sub.draft[0].start === a.start && sub.claim[0].start === b.start && opensWith(draft, a) && opensWith(claim, b);
}

const TIME_ADVERBS = new Set(["now", "still", "then", "later", "already", "currently", "instead"]);

/** Every content word is part of a name: a line of names and addresses, with no word to relate them. */
const namesOnly = (facts: SentenceFacts) => facts.content.every((t) => t.capitalised || t.kind === "number");

/**
 * `other` backs what `denial` leaves of the sentence: at least two of its words, two in three of them, and with it
 * nearly all of the sentence.
 */
function backsTheRest(facts: SentenceFacts, denial: Scored, other: Scored): boolean {
  const left = facts.content.map((_, i) => i).filter((i) => !sameOrSimilar(denial.alignment.matches[i]));
  const taken = left.filter((i) => sameOrSimilar(other.alignment.matches[i]));
  // What it backs must be said of the matter, not only who someone is ("the judge, Jo Bell, says …").
  const said = taken.filter((i) => !facts.content[i].capitalised && !ROLE_WORDS.has(facts.content[i].norm));
  return said.length >= 2 && taken.length * 3 >= left.length * 2 && facts.content.length - left.length + taken.length >= 0.85 * facts.content.length;
}

/** The diff's gaps hold the two facts and nothing else: one put in the other's place. */
function factForFact(sub: Substitution): boolean {
  const [a, b] = [sub.draftFact, sub.claimFact];
  return !!a && !!b && sub.draft.every((t) => within(t, a)) && sub.claim.every((t) => within(t, b));
}

/**
 * A sentence of comment: a judgement ("It is a …") or what the story means to someone ("For <readers>, … will …"),
 * with no fact of its own to check: no figure, date, quotation or attribution, and no name outside the frame.
 */
function judgement(facts: SentenceFacts, text: string): boolean {
  if (facts.numbers.some((n) => !looseQuantity(n, text)) || facts.dates.length || facts.quotes.length) return false;
  // News prose's set phrases of comment are comment whoever they name, and so is speaking for a whole town; "it is
  // hard to think of" attributes nothing.
  if (COMMENTARY.test(text) || FEW_OF_THEM.test(text) || TOPIC_ANNOUNCED.test(text.trim())) return true;
  if (facts.attributed) return false;
  // "Whatever the cause, …", "Either way, …": the writer sets an open question aside to say what it means.
  if (CONCESSION.test(text)) return true;
  const frame = READERS_FRAME.exec(text);
  const body = frame ? frame[0].length : 0;
  // "It has been a bruising season for Brimley": a word of strong feeling judges, whatever it names.
  const judged = JUDGEMENT.exec(text);
  if (judged && polarAdjective(text.slice(judged[0].length).match(/^[\p{L}-]+/u)?.[0].toLowerCase() ?? "")) return true;
  if (TIME_JUDGED_FOR.test(text) || FORTUNE_FOR.test(text)) return true;
  if (facts.entities.some((e) => e.start >= body)) return false;
  // "Nobody should have to wade through …", "The reach should never have flooded twice": what ought to be,
  // said by no one and of no one named, is the writer's own view.
  if (NORMATIVE.test(text)) return true;
  return !!judged || (!!frame && FINITE.test(text.slice(body)));
}

/**
 * The sentence without the quotations it credits to someone: "“Nobody wants the lido to close,” said Jo Bell" reports
 * whose words they are, which can be checked, whatever opinion they give.
 */
function withoutCreditedQuotes(facts: SentenceFacts, text: string, base: number): string {
  if (!facts.attributed || !facts.quotes.length) return text;
  let out = text;
  for (const q of facts.quotes) out = out.slice(0, q.start - base) + " ".repeat(q.end - q.start) + out.slice(q.end - base);
  return out;
}

/** "Thousands of readers", "one of the town's best-loved pubs": a manner of speaking, not a figure to check. */
function looseQuantity(n: NumberFact, text: string): boolean {
  return n.qualifier === "order" || (n.text.toLowerCase() === "one" && /\bone of (?:the|these|those)\b/i.test(text));
}

/** A name between "the" and a common noun: "the Fenmore maker", "the Brimley operator". */
function describingName(facts: SentenceFacts, e: EntityFact): boolean {
  const noun = nounAfterName(facts, e);
  return wordBefore(facts, e) === "the" && !!noun && noun.kind === "word";
}

/** The token after a name when it is a content word in lower case that cannot be a verb: a noun the name describes. */
function nounAfterName(facts: SentenceFacts, e: EntityFact): Token | undefined {
  const next = facts.tokens.find((t) => t.start >= e.end);
  return next && !next.capitalised && isContentToken(next) && !canBeVerb(next.norm) ? next : undefined;
}

/** The document's headline restated as a claim. */
function isHeadline(c: Claim): boolean {
  return c.text.trim().toLowerCase() === c.document.title.trim().toLowerCase();
}

/**
 * A sentence that calls the one before it untrue, pointing back with "that", "this" or "it": "said that was not true",
 * "denies this.", "That's simply not true". A "that" opening a clause of its own ("denied that its engineers made
 * any change") reports a denial of something else.
 */
const REBUTS_THE_CLAIM_BEFORE = new RegExp(
  [
    String.raw`\b(?:that|this|it)(?:'s|’s|\s+(?:is|was|were|had been|has been))\s+(?:simply\s+|just\s+|completely\s+|absolutely\s+)?(?:not\s+(?:true|right|correct|accurate|the case)|untrue|wrong|false|incorrect|inaccurate|nonsense|rubbish)\s*(?:[.,;:!"”]|$|\s+(?:and|but)\b)`,
    String.raw`\b(?:denies|denied|disputes|disputed)\s+(?:this|that|it)\s*(?:[.,;:]|$|\s+(?:and|but|in|through|on)\b)`,
    String.raw`\b(?:rejects|rejected)\s+(?:this|that)\s*(?:[.,;:]|$|\s+(?:and|but)\b)`,
  ].join("|"),
  "i",
);

/** A denial negated before it ("Nobody has disputed this", "did not deny it") grants the point instead. */
function rebutsTheClaimBefore(text: string): boolean {
  const m = REBUTS_THE_CLAIM_BEFORE.exec(text);
  return !!m && !/\b(?:not|never|nobody|no one|none|neither)\b|n['’]t\b/i.test(text.slice(0, m.index));
}

/** Share of the claim's own words (its attribution aside) that the sentence states. */
function statedShare(s: Scored): number {
  const own = s.claim.facts.content.filter((t) => !inAttribution(s.claim.facts, t));
  const stated = new Set(s.alignment.partners.filter((p): p is Token => !!p));
  return own.length ? own.filter((t) => stated.has(t)).length / own.length : 0;
}

/** A source sentence set in a message: in quotation marks, unless it opens with its own (a quotation, then its speaker). */
function inQuotes(c: Claim): string {
  return /^["“‘']/.test(c.asWritten) ? c.asWritten : `“${c.asWritten}”`;
}

function describe(c: Claim): string {
  return c.document.outlet ? `${c.document.outlet} (${c.document.title})` : c.document.title || c.documentId;
}

function dedupe(conflicts: Conflict[]): Conflict[] {
  const seen = new Set<string>();
  return conflicts.filter((c) => {
    const key = `${c.found.start}:${c.found.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Superlatives news prose ranks things with; with an ordinal in front too ("second-largest"). */
const SUPERLATIVES = new Set(
  (
    "largest biggest highest lowest worst best hottest coldest driest wettest warmest busiest oldest youngest longest shortest " +
    "fastest slowest deadliest richest poorest greatest smallest strongest weakest heaviest earliest latest safest"
  ).split(" "),
);
const isRanking = (t: Token) => SUPERLATIVES.has(t.norm) || /^(second|third|fourth|fifth|sixth)-[a-z]+est$/.test(t.norm);

/**
 * The claim ranks the same thing, by another measure of it that is no opposite: "the strongest wind" for "the highest
 * wind", "the busiest day" for "the biggest day". The ranked word must follow both.
 */
function ranksTheSame(facts: SentenceFacts, i: number, claim: SentenceFacts): boolean {
  const [t, ranked] = [facts.content[i], facts.content[i + 1]];
  if (!ranked) return false;
  return claim.content.some((c, k) => isRanking(c) && claim.content[k + 1]?.stem === ranked.stem && compareTokens(t, c) !== "opposite" && !oppositeWords(t.norm, c.norm));
}

const round = (x: number) => Math.round(x * 100) / 100;
const credit = (m: string) => (m === "exact" ? 1 : m === "similar" ? 0.85 : 0);

/**
 * `x` backs every draft word `s` backs outside the facts `s` replaces: "the pump was taken apart on Monday 14 July"
 * leaves out the sample that "the sample was taken on Tuesday 15 July" names, so its date is another thing's.
 */
function backsAllBackedBy(facts: SentenceFacts, x: Scored, s: Scored): boolean {
  const replaced = replacedSpans(s.alignment);
  return facts.content.every((t, i) => credit(s.alignment.matches[i]) === 0 || replaced.some((f) => within(t, f)) || credit(x.alignment.matches[i]) > 0);
}

/** The figure counts part of a group the sentence names after it: "30 of the swimmers", "six of those taken ill". */
function partOfWhole(facts: SentenceFacts, n: NumberFact): boolean {
  const i = facts.tokens.findIndex((t) => t.start >= n.end);
  return i >= 0 && facts.tokens[i].norm === "of" && PARTITIVE_DETERMINERS.has(facts.tokens[i + 1]?.norm ?? "");
}
const PARTITIVE_DETERMINERS = new Set(["the", "those", "these", "its", "their", "them", "whom"]);

/**
 * The values a figure's digits give in every other order, the decimal point and the scale kept: "31" gives 13,
 * "25.1" gives 21.5 (and others), "£314.2m" gives £312.4m. Only figures of two to six digits written in digits.
 */
function transposedValues(n: NumberFact): number[] {
  const written = /(\d[\d,]*)(?:\.(\d+))?/.exec(n.text);
  if (!written) return [];
  const whole = written[1].replace(/,/g, "");
  const fraction = written[2] ?? "";
  const digits = whole + fraction;
  if (digits.length < 2 || digits.length > 6 || /^0/.test(digits)) return [];
  const asWritten = Number(fraction ? `${whole}.${fraction}` : whole);
  if (!asWritten) return [];
  const scale = n.value / asWritten;
  const out = new Set<number>();
  for (const order of digitOrders(digits)) {
    if (order === digits || order.startsWith("0")) continue;
    const value = Number(fraction ? `${order.slice(0, whole.length)}.${order.slice(whole.length)}` : order);
    out.add(Number((value * scale).toPrecision(12)));
  }
  return [...out];
}

/** Every order of a string's characters (its digits: at most six, so at most 720). */
function digitOrders(digits: string): Set<string> {
  if (digits.length <= 1) return new Set([digits]);
  const out = new Set<string>();
  for (let i = 0; i < digits.length; i++) for (const rest of digitOrders(digits.slice(0, i) + digits.slice(i + 1))) out.add(digits[i] + rest);
  return out;
}

function factSpan(f: NumberFact | DateFact | EntityFact): { text: string; start: number; end: number } {
  const text = f.text.replace(LEADING_PREPOSITION, "");
  const start = f.end - text.length;
  return { text, start, end: f.end };
}

function expectedText(sub: Substitution, claim: Claim): string {
  const f = sub.claimFact!;
  if (sub.kind === "date") return dateAsWritten(f as DateFact, claim);
  // "the US and United Nations" against "the European Union": a list of names in the source's slot is one answer.
  if (sub.kind === "entity") {
    const gap = claim.text.slice(sub.claim[0].start, sub.claim[sub.claim.length - 1].end);
    return (/\band\b/.test(gap) && gap.length < 60 ? gap : f.text).trim();
  }
  return valueText(f, claim);
}

/** A value as its claim writes it, without the preposition that may lead it ("on Tuesday" → "Tuesday"). */
function valueText(f: { text: string; start: number; end: number }, claim: Claim): string {
  return (claim.text.slice(f.start, f.end) || f.text).replace(LEADING_PREPOSITION, "").trim();
}
const LEADING_PREPOSITION = /^(on|in|at|from|since)\s+/i;

/**
 * A source's date as the correction should give it: "today" or "yesterday" in a statement means the day it was
 * issued, which a draft written later cannot say the same way ("Tuesday 11 February 2025").
 */
function dateAsWritten(d: DateFact, claim: Claim): string {
  const text = valueText(d, claim);
  if (!RELATIVE_DAY.test(text) || d.day === undefined || d.month === undefined || d.year === undefined) return text;
  return `${capitalise(WEEKDAYS[weekdayOf(d)!])} ${d.day} ${capitalise(MONTHS[d.month - 1])} ${d.year}`;
}
const RELATIVE_DAY = /^(today|yesterday|tomorrow|tonight)$/i;

/**
 * A figure as the source says it, for the warning: with the words that qualify it and the thing it counts ("around
 * 38,000 passengers", "12 fire engines"), up to the first function word or punctuation.
 */
function valuePhrase(f: NumberFact | DateFact | EntityFact, claim: Claim): string {
  const tokens = claim.facts.tokens;
  const text = claim.text;
  const first = tokens.findIndex((t) => t.start >= f.start);
  let last = tokens.findIndex((t) => t.end >= f.end);
  if (first < 0 || last < 0) return valueText(f, claim);
  let from = first;
  while (from > 0 && first - from < 3 && QUALIFIER_WORDS.has(tokens[from - 1].norm) && /^\s+$/.test(text.slice(tokens[from - 1].end, tokens[from].start))) from--;
  // "than" or "to" alone, with no "more" or "up" before it, is no qualifier.
  while (from < first && (tokens[from].norm === "than" || tokens[from].norm === "to" || tokens[from].norm === "at")) from++;
  for (let k = last + 1; k < tokens.length && k - last <= 3; k++) {
    const t = tokens[k];
    if (t.kind !== "word" || STOPWORDS.has(t.norm) || !/^\s+$/.test(text.slice(tokens[k - 1].end, t.start))) break;
    last = k;
  }
  return text.slice(tokens[from].start, tokens[last].end);
}
const capitalise = (w: string) => w[0].toUpperCase() + w.slice(1);

/**
 * The claim states another of the sentence's figures as it is, one distinctive enough to pin the two to one event
 * ("paid 1,400 claims worth about £310,000" against "paid 1,100 claims, worth about £310,000, and …"): a long claim
 * that says more than the sentence needs less of its context in common.
 */
function statesAnotherFigure(facts: SentenceFacts, s: Scored): boolean {
  const distinctive = (n: NumberFact) => n.kind === "money" || n.kind === "percent" || (n.kind !== "year" && n.value >= 100 && !Number.isInteger(n.value / 100));
  return facts.numbers.some((n) => distinctive(n) && s.claim.facts.numbers.some((m) => sameNumber(n, m)));
}

/** "15 boats" against "12 boats": two counts of one kind of thing, said with the same qualifier. */
function sameThingCounted(a: NumberFact, b: DateFact | NumberFact | undefined): boolean {
  return !!b && isNumberFact(b) && a.kind === "count" && b.kind === "count" && a.unit.length > 0 && a.unit.every((u) => b.unit.includes(u)) && a.qualifier === b.qualifier;
}

/**
 * The claim names as many things in one list as the draft counts: "to three communities" is "to Brimley, Fenmore and
 * Tollmouth". A small count of something, not an amount or a time.
 */
function namesSoMany(claim: Claim, n: NumberFact): boolean {
  if (n.kind !== "count" || n.qualifier || !n.unit.length || n.value < 2 || n.value > 12) return false;
  // A claim's facts are placed in its own text.
  const names = claim.facts.entities;
  const listed = (i: number) => i > 0 && i < names.length && LIST_JOIN.test(claim.text.slice(names[i - 1].end, names[i].start));
  let run = 1;
  for (let i = 1; i < names.length; i++) {
    run = listed(i) ? run + 1 : 1;
    // The whole list: the next name does not go on with it.
    if (run === n.value && !listed(i + 1)) return true;
  }
  return false;
}
const LIST_JOIN = /^\s*(?:,|,?\s*(?:and|or))\s*$/;

/**
 * The sentences of a quotation, each compared on its own: a draft's quotation of two sentences is held verbatim by
 * two sentences of the source, and a word changed in the second is found there.
 */
function quotedSentences(q: QuoteFact): QuoteFact[] {
  const out: QuoteFact[] = [];
  let from = 0;
  // A sentence's end inside the quotation: its full stop (left out, as the quotation's own is) and the space after.
  for (const m of q.text.matchAll(/[.?!]\s+(?=[A-Z“"‘'])/g)) {
    const stop = m.index!;
    out.push({ text: q.text.slice(from, stop), start: q.start + from, end: q.start + stop });
    from = stop + m[0].length;
  }
  if (!out.length) return [q];
  out.push({ text: q.text.slice(from), start: q.start + from, end: q.end });
  return out;
}

/** What the substitutions put aside in the draft: each replaced fact whole, else the replaced words. */
function replacedSpans(alignment: Alignment): Array<{ start: number; end: number }> {
  return alignment.substitutions.flatMap((x): Array<{ start: number; end: number }> => (x.draftFact ? [x.draftFact] : x.draft));
}

/** Claim words a contained claim must share with the sentence, its changed value aside. */
const CONTAINED_WORDS = 3;

/**
 * The claim is said whole inside the sentence, its value alone changed: "Ms Quinn has a majority of eleven" in "That
 * gave Ms Quinn 2,210 votes to Mr Brack's 2,199, a majority of nine". The sentence says more than the claim, so its
 * own context is thin, but every word of the claim is there.
 */
function claimContained(s: Scored, sub: Substitution): boolean {
  const paired = new Set(s.alignment.partners.filter((t): t is Token => !!t));
  const rest = s.claim.facts.content.filter((t) => !sub.claim.includes(t) && !inAttribution(s.claim.facts, t));
  return rest.length >= CONTAINED_WORDS && rest.every((t) => paired.has(t));
}

/** How many content words either side of a value make up its slot in the sentence. */
const SLOT_REACH = 3;

/**
 * The two values fill the same slot: some word near the draft's value is backed by a word near the claim's ("last
 * six weeks" against "last six months", "reply within 14 days" against "28 days to reply"). A sentence can share most
 * of its words with a claim and still count something else: "has doubled in three years" is not the "14 years"
 * someone "has worked at the site".
 */
function sharedSlot(facts: SentenceFacts, draftValue: { start: number; end: number }, s: Scored, claimValue: { start: number; end: number }, byWord = false, reach = SLOT_REACH): boolean {
  // Which side of the value `t` stands on (-1 before, 1 after, 0 inside it or beyond another value, whose slot it is
  // in: "the site has doubled in three years"), and how many content words lie between.
  const place = (f: SentenceFacts, t: Token, v: { start: number; end: number }) => {
    const side = t.end <= v.start ? -1 : t.start >= v.end ? 1 : 0;
    const lies = (x: { start: number; end: number }) => (side < 0 ? x.start >= t.end && x.end <= v.start : x.start >= v.end && x.end <= t.start);
    if (f.numbers.some(lies) || f.dates.some(lies)) return { side: 0, between: 0 };
    return { side, between: f.content.filter(lies).length };
  };
  // "since 2015" and "until 2031" are the two ends of one stretch of time, never one value given twice.
  const ends = [endOfSpan(facts, draftValue), endOfSpan(s.claim.facts, claimValue)];
  if (ends[0] && ends[1] && ends[0] !== ends[1]) return false;
  // A value word ("doubled") is compared as a value, not as the slot's word.
  const valueWord = (t: Token) => facts.numbers.some((n) => t.start >= n.start && t.end <= n.end);
  // The far end of a range both give ("between 1998 and 2011" against "between 1998 and 2009"): the same first value
  // marks the same slot, as the same value before it does in a list ("Figures 2, 3 and 6" against "2, 3 and 5").
  const drafted = rangeStart(facts, draftValue);
  const claimed = drafted && rangeStart(s.claim.facts, claimValue);
  if (claimed && (s.alignment.partners[facts.content.indexOf(drafted)] === claimed || (drafted.kind === "number" && drafted.norm === claimed.norm))) return true;
  // A part of the same whole ("21 of the club's 30 stewards" against "12 of our 30 stewards"): the same whole
  // marks the same slot.
  const wholeOfDraft = partitiveWhole(facts, draftValue);
  const wholeOfClaim = wholeOfDraft && partitiveWhole(s.claim.facts, claimValue);
  if (wholeOfDraft && wholeOfClaim && wholeOfDraft.value === wholeOfClaim.value) return true;
  // The whole before its part ("52 people, 11 of them children" against "25 walkers, including 11 children"): the
  // same part right after each value marks the same whole.
  if (sameNextFigure(facts, draftValue, s.claim.facts, claimValue)) return true;
  return facts.content.some((t, i) => {
    const partner = s.alignment.partners[i];
    // `byWord`: a name shared beside the value is its subject, not what the value is of. A year dates an event:
    // "Calder House was fined in 2019" and "Calder House opened in 1998" date two things of one home.
    if (!partner || valueWord(t) || (byWord && inName(t, facts))) return false;
    const d = place(facts, t, draftValue);
    const c = place(s.claim.facts, partner, claimValue);
    if (!d.side || !c.side) return false;
    // On the same side, within a few words of each value; on opposite sides ("a 30-day consultation", "the
    // consultation will last 90 days"), within a few words of the two together.
    return d.side === c.side ? d.between < reach && c.between < reach : d.between + c.between < reach;
  });
}

/** The claim places what it says in time: a date, or a year. */
function claimDated(claim: Claim): boolean {
  return claim.facts.dates.length > 0 || claim.facts.numbers.some((n) => n.kind === "year");
}

const HAVE_FORMS = new Set(["has", "have", "had"]);
/**
 * A year dates an event: "the boathouse was rebuilt in 2004" is not dated by "it was taken over by the club in 1998".
 * The sentence's event is a verb after "was" or "has", or one in the past tense; the claim must say it too (in any
 * words that back it). A sentence with no such verb is not judged here.
 */
function datesAnotherEvent(facts: SentenceFacts, year: NumberFact, s: Scored): boolean {
  if (year.kind !== "year") return false;
  const events = facts.content.flatMap((t, i) => {
    // WordNet lists "rebuild" but not every past form of a re- verb ("rebuilt"): the verb without its prefix counts.
    if (t.capitalised || t.kind !== "word" || !(canBeVerb(t.norm) || (/^re./.test(t.norm) && canBeVerb(t.norm.slice(2))))) return [];
    return afterBe(facts, t) || HAVE_FORMS.has(wordBefore(facts, t)) || /ed$/.test(t.norm) ? [i] : [];
  });
  return events.length > 0 && events.every((i) => credit(s.alignment.matches[i]) === 0);
}

const SPAN_OPENERS = new Set(["since", "from"]);
const SPAN_CLOSERS = new Set(["until", "till", "through", "to"]);
/** Which end of a stretch of time the value is, by the word right before it: "since 2015" opens one, "until 2031" closes one. */
function endOfSpan(facts: SentenceFacts, value: { start: number }): "opens" | "closes" | undefined {
  let before: Token | undefined;
  for (const t of facts.tokens) {
    if (t.end > value.start) break;
    before = t;
  }
  return !before ? undefined : SPAN_OPENERS.has(before.norm) ? "opens" : SPAN_CLOSERS.has(before.norm) ? "closes" : undefined;
}

const DEADLINE_WORDS = new Set(["by"]);
const POINT_WORDS = new Set(["at", "in", "on", "during"]);
/** Words between a preposition and its time: "at the start of", "by the first week of", "in early". */
const TIME_PHRASE_WORDS = new Set(["the", "a", "start", "end", "beginning", "middle", "first", "last", "week", "weeks", "of", "early", "late", "mid"]);
/** "by Friday 24 July", a deadline, and "at the start of April", a point in time, date two things. */
function sameTiming(draft: SentenceFacts, draftDate: { start: number }, claim: SentenceFacts, claimDate: { start: number }): boolean {
  const a = timingOf(draft, draftDate);
  const b = timingOf(claim, claimDate);
  return !a || !b || a === b;
}

/** Whether the value is a deadline ("by the end of May") or a point in time ("at the start of April"), by its preposition. */
function timingOf(facts: SentenceFacts, value: { start: number }): "deadline" | "point" | undefined {
  const before = facts.tokens.filter((t) => t.end <= value.start);
  for (let i = before.length - 1; i >= 0; i--) {
    const word = before[i].norm;
    if (DEADLINE_WORDS.has(word)) return "deadline";
    if (POINT_WORDS.has(word)) return "point";
    if (!TIME_PHRASE_WORDS.has(word)) return undefined;
  }
  return undefined;
}

/**
 * The claim names something the sentence states a fact about, or the sentence names nothing outside its attribution:
 * "the government will not run rescue flights" says nothing of how many flights the airline ran.
 */
function namesAnyOf(facts: SentenceFacts, claim: Claim): boolean {
  const named = facts.entities.filter((e) => !inAttribution(facts, e));
  return !named.length || named.some((e) => entityMentioned(e, claim.facts));
}

/**
 * A sentence that tells its reader to do something ("Report every theft, whatever it is worth") says nothing of what
 * anyone did: it opens with a verb in its base form followed by what it is done to ("every", "your", "the").
 */
function tellsToDo(facts: SentenceFacts): boolean {
  const at = facts.tokens.findIndex((t) => t.kind === "word");
  const verb = facts.tokens[at];
  const next = facts.tokens[at + 1];
  if (at < 0 || !next || !(OBJECT_OPENERS.has(next.norm) || POSSESSIVE_DETERMINERS.has(next.norm))) return false;
  const inflected = /(?:ed|ing)$/.test(verb.norm) || (verb.norm.endsWith("s") && canBeVerb(verb.norm.slice(0, -1)));
  return !inflected && canBeVerb(verb.norm);
}
const OBJECT_OPENERS = new Set(["the", "a", "an", "every", "each", "all", "any", "this", "these", "those", "them", "it", "us"]);

/** The whole a value is a part of: the number a few words after it, past "of" ("12 of our 30 stewards"). */
function partitiveWhole(facts: SentenceFacts, value: { start: number; end: number }): NumberFact | undefined {
  const at = facts.tokens.findIndex((t) => t.start >= value.end);
  if (at < 0 || facts.tokens[at].norm !== "of") return undefined;
  const whole = facts.numbers.find((n) => n.start > value.end);
  const between = whole ? facts.tokens.filter((t) => t.start >= value.end && t.end <= whole.start) : [];
  return whole && between.length <= 4 && between.every((t) => t.kind !== "number") ? whole : undefined;
}

/** The same figure follows both values: the second of a pair ("six votes to three"), a part after its whole. */
function sameNextFigure(draft: SentenceFacts, draftValue: { start: number; end: number }, claim: SentenceFacts, claimValue: { start: number; end: number }): boolean {
  const a = nextFigure(draft, draftValue);
  const b = a && nextFigure(claim, claimValue);
  return !!a && !!b && a.value === b.value && a.kind === b.kind && a.unit.join() === b.unit.join();
}

/**
 * A figure the backing claim gives, put against what the claim gives another figure for: "12 were rescued and 30
 * were unhurt" where the source has "30 rescued and 12 unhurt", or "£2m from a grant" where the source's £2m comes
 * from donors and its grant is £5m. The words that set each figure apart are the ones beside it that are
 * not beside the other; a figure the draft puts beside another's words, and beside none of its own, is misplaced.
 */
function misplacedFigure(facts: SentenceFacts, text: string, base: number, backers: Scored[]): Conflict | undefined {
  for (const { claim } of backers) {
    const theirs = claim.facts.numbers.filter((m) => FIGURE_KINDS.has(m.kind));
    if (theirs.length < 2) continue;
    const words = new Map(theirs.map((m) => [m, figureWords(claim.facts, claim.text, 0, m)]));
    for (const n of facts.numbers) {
      // The whole of a part ("12 of the 30 were watertight"): the words after it describe the part.
      if (!FIGURE_KINDS.has(n.kind) || facts.numbers.some((p) => partitiveWhole(facts, p) === n)) continue;
      const same = theirs.filter((m) => sameNumber(n, m));
      if (same.length !== 1 || !sameUnits(n, same[0])) continue;
      const mine = figureWords(facts, text, base, n);
      // A figure with no words of its own ("from 14 to 22 by May") cannot be told from the other.
      const own = words.get(same[0])!;
      if (!own.size) continue;
      for (const other of theirs) {
        if (other === same[0] || sameNumber(n, other) || other.kind !== n.kind || !sameUnits(n, other)) continue;
        const otherWords = words.get(other)!;
        const apart = (a: Set<string>, b: Set<string>) => [...mine].filter((w) => a.has(w) && !b.has(w));
        if (apart(otherWords, own).length < 2 || apart(own, otherWords).length) continue;
        const found = factSpan(n);
        return { kind: "number", claim, found, expected: factSpan(other).text, message: `Sources say ${valuePhrase(other, claim)}, not ${found.text}.`, confidence: 0.7 };
      }
    }
  }
  return undefined;
}
const FIGURE_KINDS = new Set(["count", "money", "percent"]);
const sameUnits = (a: NumberFact, b: NumberFact) => !a.unit.length || !b.unit.length || a.unit.some((u) => b.unit.includes(u));

/**
 * The content words that go with a figure: up to three after it in its clause ("30 rescued by the crew"), or, with
 * none there, up to three before it ("the council lending £5m"). A clause ends at punctuation, a joining word or another
 * value.
 */
function figureWords(facts: SentenceFacts, text: string, base: number, n: NumberFact): Set<string> {
  const values = [...facts.numbers, ...facts.dates].filter((v) => v !== n);
  const between = (a: number, b: number) => text.slice(Math.min(a, b) - base, Math.max(a, b) - base);
  const collect = (tokens: Token[], from: number) => {
    const out: string[] = [];
    let at = from;
    for (const t of tokens) {
      const edge = t.start >= from ? t.start : t.end;
      if (CLAUSE_BREAK.test(between(at, edge)) || CLAUSE_JOINS.has(t.norm) || values.some((v) => t.start < v.end && t.end > v.start)) break;
      if (isContentToken(t) && !(t.start >= n.start && t.end <= n.end)) out.push(t.stem);
      at = t.start >= from ? t.end : t.start;
      if (out.length === 3) break;
    }
    return out;
  };
  const after = collect(facts.tokens.filter((t) => t.start >= n.end), n.end);
  return new Set(after.length ? after : collect(facts.tokens.filter((t) => t.end <= n.start).reverse(), n.start));
}
const CLAUSE_BREAK = /[,;:()]/;
const CLAUSE_JOINS = new Set(["and", "but", "while", "whereas", "with", "or"]);

/** The figure a few words after a value, with a unit and no other figure between. */
function nextFigure(facts: SentenceFacts, value: { start: number; end: number }): NumberFact | undefined {
  const next = facts.numbers.find((n) => n.start >= value.end);
  if (!next || !next.unit.length || facts.dates.some((d) => d.start >= value.end && d.end <= next.start)) return undefined;
  const between = facts.tokens.filter((t) => t.start >= value.end && t.end <= next.start);
  return between.length <= NEXT_FIGURE_REACH ? next : undefined;
}
const NEXT_FIGURE_REACH = 4;

/** Words that join the two ends of a range ("from 1998 to 2009", "between 5 and 7"). */
const RANGE_JOINS = new Set(["and", "to", "until", "till", "through"]);

/**
 * Between words the diff pairs, one value put for another of the same measure and nothing else: "up from 2,820 hours
 * the year before" against "up from 2,280 hours in 2023". The same unit stands in for the slot's words.
 */
function valueForValue(sub: Substitution): boolean {
  const [a, b] = [sub.draftFact, sub.claimFact];
  return !!a && !!b && isNumberFact(a) && isNumberFact(b) && MEASURES.has(a.kind) && a.kind === b.kind && a.unit[0] === b.unit[0] && factForFact(sub);
}
/** Kinds of value whose unit is part of the value ("hours", "£", "%"), not a guess from the words near it. */
const MEASURES = new Set(["duration", "money", "percent"]);

/**
 * The value a range, list or compound goes on from, when `value` ends one: the number before "and" or "to" right
 * before it ("between 1998 and 2011", "Tables 4, 7 and 11"), or the first word of a value written with its unit
 * ("three years and six months").
 */
function rangeStart(facts: SentenceFacts, value: { start: number; end: number }): Token | undefined {
  const k = facts.tokens.findIndex((t) => t.start >= value.start);
  if (k < 2 || !RANGE_JOINS.has(facts.tokens[k - 1].norm)) return undefined;
  const last = facts.tokens[k - 2];
  if (last.kind === "number") return last;
  const before = facts.numbers.find((n) => within(last, n));
  return before && facts.tokens.find((t) => t.start >= before.start);
}

/** The claim states the figure with one of its units ("2,000 people", not the bare value); never a figure with none. */
function statesWithUnit(claim: Claim, f: NumberFact): boolean {
  return claim.facts.numbers.some((m) => sameNumber(f, m) && m.unit.some((u) => f.unit.includes(u)));
}

/** "45 out of 60" is stated by a claim that gives both counts ("45 points out of 60"). */
function statesParts(claim: Claim, n: NumberFact): boolean {
  return (!!n.parts && n.parts.every((v) => claim.facts.numbers.some((m) => m.value === v && (m.kind === "count" || m.kind === "label")))) || statesTotal(claim, n);
}

/**
 * A sum ("fined half a million pounds between them") is stated by a claim whose figures of the same kind add up to
 * it: "fined £320,000 and £180,000". Every such figure of the claim counts, or every one but one.
 */
function statesTotal(claim: Claim, n: NumberFact): boolean {
  if (!n.total) return false;
  const addends = claim.facts.numbers.filter((m) => m.kind === n.kind && !m.total && (m.kind === "count" || m.kind === "money") && (!n.unit.length || n.unit.some((u) => m.unit.includes(u))));
  if (addends.length < 2) return false;
  const sum = addends.reduce((a, m) => a + m.value, 0);
  const sums = [sum, ...(addends.length > 2 ? addends.map((m) => sum - m.value) : [])];
  return sums.some((value) => sameNumber(n, { ...addends[0], value, qualifier: "" }));
}

/** Some claim states this number (a year also as a date's year) or this date. */
function valueStated(f: NumberFact | DateFact, claims: Claim[]): boolean {
  if (isNumberFact(f)) {
    // "a majority of nine" is not stated by a sentence with a nine in it that never speaks of a majority.
    const speaksOf = (c: Claim) => !f.measure || c.facts.tokens.some((t) => t.stem === f.measure);
    return claims.some((c) => (c.facts.numbers.some((m) => sameNumber(f, m) && !capOnly(m, f)) && speaksOf(c)) || statesParts(c, f) || (f.kind === "year" && c.facts.dates.some((d) => d.year === f.value))) || derivedDuration(f, claims, () => claims);
  }
  // A day of the month is stated only by a claim that names a day: "in March 2025" does not state "4 March".
  return claims.some((c) => c.facts.dates.some((e) => sameDate(f, e) && statesAsPrecisely(e, f, ["day"])));
}

/**
 * A cap ("up to 60 guests", "a maximum of 40 boats") says how many there could be, not how many there were: it does not
 * state the bare figure. A floor does: "at least 30 people fell ill" is what a report of 30 people rests on.
 */
const capOnly = (cap: NumberFact, figure: NumberFact) => cap.qualifier === "less" && !figure.qualifier;

/**
 * The claim counts the draft's thing with another figure ("two kayakers" for "three kayakers"), and the draft's figure
 * is stated only of other things ("three swimmers"): the value is the claim's to correct, not backed.
 */
function countedOnlyAsAnother(sub: Substitution, related: Scored[]): boolean {
  const [n, m] = [sub.draftFact as NumberFact, sub.claimFact as NumberFact | undefined];
  if (!m || n.kind !== "count" || n.qualifier === "order" || !n.unit.length || !m.unit.includes(n.unit[0])) return false;
  // Only a count whose noun follows it ("three swimmers") counts another thing; a figure in a table does not say.
  const nounAfter = (claimFacts: SentenceFacts, x: NumberFact) => {
    const next = claimFacts.tokens.find((t) => t.start >= x.end);
    return !!next && !next.capitalised && next.stem === x.unit[0];
  };
  const stating = related.flatMap((s) => s.claim.facts.numbers.filter((x) => sameNumber(n, x)).map((x) => ({ x, claimFacts: s.claim.facts })));
  return stating.length > 0 && stating.every(({ x, claimFacts }) => nounAfter(claimFacts, x) && countsAnother(n, x));
}

/**
 * Two counts of different things: "three kayakers" is not stated by "three swimmers", though "300 members" may be by
 * "300 people" and "six boats" by "six vessels".
 */
function countsAnother(a: NumberFact, b: NumberFact): boolean {
  if (a.kind !== "count" || b.kind !== "count" || !a.unit.length || !b.unit.length || a.unit.some((u) => b.unit.includes(u))) return false;
  const [x, y] = [a.unit[0], b.unit[0]];
  return !GENERIC_COUNTED.has(x) && !GENERIC_COUNTED.has(y) && relation(x, y) === "none";
}
const GENERIC_COUNTED = new Set([stem("people"), stem("person"), stem("one"), stem("other"), stem("adult"), stem("individual")]);

/**
 * A length of time the claims give as two times or two days rather than as a figure: "eight minutes later" from a
 * report at 9.14pm and engines there at 9.22pm, "two days earlier" from a Tuesday and a Thursday. Only a figure said
 * plainly (no "more than") of minutes, hours, days or weeks.
 */
function derivedDuration(n: NumberFact, anchors: Claim[], others: () => Claim[]): boolean {
  if (n.kind !== "duration" || n.qualifier) return false;
  const unit = n.unit[0];
  const minutes = unit === "minut" ? n.value : unit === "hour" ? n.value * 60 : undefined;
  const days = unit === "dai" ? n.value : unit === "week" ? n.value * 7 : undefined;
  const months = unit === "month" ? n.value : unit === "year" ? n.value * 12 : undefined;
  if (months) return derivedMonths(months, anchors, others);
  const points = minutes !== undefined ? clockPoints : days !== undefined ? dayPoints : undefined;
  const gap = minutes ?? days;
  if (!points || !gap) return false;
  // One end is the claim that backs the sentence (the engines' arrival); the other may be anywhere around it. The
  // others are read only when the anchors hold a time at all.
  const starts = anchors.flatMap(points);
  if (!starts.length) return false;
  const ends = new Set(others().flatMap(points));
  return starts.some((v) => ends.has(v + gap) || ends.has(v - gap));
}

const MONTH_ROUNDING_DAYS = 3;

/**
 * "Three months after": two days of the documents that many calendar months apart, give or take a few days, as news
 * prose rounds a stretch of months.
 */
function derivedMonths(months: number, anchors: Claim[], others: () => Claim[]): boolean {
  const points = (c: Claim) => c.facts.dates.flatMap((d) => (d.day !== undefined && d.month !== undefined && d.year !== undefined ? [{ month: d.year * 12 + d.month - 1, day: d.day }] : []));
  const starts = anchors.flatMap(points);
  if (!starts.length) return false;
  const ends = others().flatMap(points);
  return starts.some((a) => ends.some((b) => Math.abs(b.month - a.month) === months && Math.abs(b.day - a.day) <= MONTH_ROUNDING_DAYS));
}
const clockPoints = (c: Claim) => c.facts.numbers.flatMap((m) => clockMinutes(m) ?? []);
const dayPoints = (c: Claim) => c.facts.dates.flatMap((d) => (d.day !== undefined && d.month !== undefined ? [Date.UTC(d.year ?? 2001, d.month - 1, d.day) / 86_400_000] : []));

/** Minutes after midnight of a clock time ("9.14pm", "08:05", "9am"); undefined for other numbers. */
function clockMinutes(n: NumberFact): number | undefined {
  if (n.kind !== "time") return undefined;
  const m = /^(\d{1,2})(?:[.:](\d{2}))?\s*([ap])?\.?m?\.?$/i.exec(n.text.trim());
  if (!m) return undefined;
  const hour = Number(m[1]) % 12 + (m[3]?.toLowerCase() === "p" ? 12 : m[3] ? 0 : Number(m[1]) >= 12 ? 12 : 0);
  return hour * 60 + Number(m[2] ?? 0);
}

/** The clauses of a quotation cut at its commas and semicolons, each of four words or more; none when it has no cut. */
function quotedParts(quoted: string): string[] {
  const parts = quoted.split(/[,;]\s+/);
  return parts.length > 1 && parts.every((p) => p.trim().split(/\s+/).length >= 4) ? parts : [];
}

/** A date gives every one of these fields the other gives: "17 August 2021" does, "the 2021 paper" does not. */
function statesAsPrecisely(e: DateFact, d: DateFact, fields: ReadonlyArray<(typeof DATE_FIELDS)[number]> = DATE_FIELDS): boolean {
  return fields.every((f) => d[f] === undefined || e[f] !== undefined);
}

/**
 * The year of a dated day or month ("August 2021") as a date of its own, spanning the year's digits, when the date
 * says more than a year; undefined otherwise.
 */
function yearOf(d: DateFact): DateFact | undefined {
  if (d.year === undefined || (d.month === undefined && d.day === undefined)) return undefined;
  const at = d.text.lastIndexOf(String(d.year));
  if (at < 0) return undefined;
  return { year: d.year, text: String(d.year), start: d.start + at, end: d.start + at + 4 };
}

/**
 * The negated word happens at the time the other sentence gives it: "will not sail until Friday" against "sails again
 * on Friday" (not against "was listed until 1990", where the other side's "until" bounds a state instead), or last
 * happened then: "has not been seen since Monday" against "was last seen on Monday".
 */
function happensThen(negatedSide: SentenceFacts, t: Token, other: SentenceFacts, partner: Token): boolean {
  const until = timedByUntil(negatedSide, t);
  if (until) return other.dates.some((d) => sameDate(until, d) && !UNTIL.has(wordBefore(other, d)));
  // "has not rowed for the club since May" against "last rowed for it in May".
  const since = negatedSince(negatedSide, t);
  const at = other.tokens.indexOf(partner);
  return !!since && other.tokens.slice(Math.max(0, at - 2), at).some((x) => x.norm === "last") && other.dates.some((d) => sameDate(since, d));
}

/**
 * The negated word was stopped, and the other side says it happened, not that it goes on: "has stopped using the
 * boatyard" leaves "had used it since 2010" standing; only "is still using it" is the opposite.
 */
function stoppedSince(negatedSide: SentenceFacts, t: Token, other: Token): boolean {
  const cue = cueBefore(negatedSide, t);
  return !!cue && STOPPING.has(cue.norm) && !other.norm.endsWith("ing");
}

/** The negation that governs `t`: the last cue before it. */
function cueBefore(facts: SentenceFacts, t: Token): Token | undefined {
  return facts.negations.filter((c) => c.start < t.start).pop();
}

const DATE_FIELDS = ["year", "month", "day", "hour"] as const;

function sameDate(a: DateFact, b: DateFact): boolean {
  let shared = 0;
  for (const f of DATE_FIELDS) {
    if (a[f] === undefined || b[f] === undefined) continue;
    // "three o'clock" is 3am or 3pm.
    const twelveHour = f === "hour" && (a.twelveHour || b.twelveHour);
    if (twelveHour ? a[f]! % 12 !== b[f]! % 12 : a[f] !== b[f]) return false;
    shared++;
  }
  // A full date has its weekday: "Monday 11 February" is not the 11 February 2025 a source calls "today" (a Tuesday).
  const wa = a.weekday ?? weekdayOf(a);
  const wb = b.weekday ?? weekdayOf(b);
  if (wa !== undefined && wb !== undefined) return wa === wb && (shared > 0 || (a.weekday !== undefined && b.weekday !== undefined));
  return shared > 0;
}

const weekdayOf = (d: DateFact) => (d.year !== undefined && d.month !== undefined && d.day !== undefined ? new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() : undefined);


/** The source's word `c` states the opposite of the draft's `t`, and both are said the same way round. */
function opposes(t: Token, draft: SentenceFacts, c: Token, claim: SentenceFacts): boolean {
  return t.kind === "word" && c.kind === "word" && t.stem !== c.stem && wordsOppose(t, draft, c, claim) && samePolarity(t, draft, c, claim) && !inName(t, draft) && !inName(c, claim);
}

/**
 * The claim also says the partner's word the other way round ("the pumps were switched off, and no pump was
 * running"): the draft's word is not flipped by whichever of the two the diff happened to pair it with.
 */
function saysEitherWay(claim: SentenceFacts, partner: Token, negated: boolean): boolean {
  return claim.content.some((c) => c.stem === partner.stem && claim.negated.has(c.start) === negated);
}

/** A word of a name states nothing: "Elm Street Primary" does not say "primary" against a draft's "secondary". */
function inName(t: Token, facts: SentenceFacts): boolean {
  return t.capitalised && facts.entities.some((e) => within(t, e));
}

function contentStems(text: string): Set<string> {
  return new Set(wordTokens(text).map((t) => stem(t.norm)));
}

/** A text's words and numbers, its punctuation left out. */
const wordTokens = (text: string, base = 0) => tokenize(text, base).filter((t) => t.kind !== "symbol");

/** The stems of a quotation's content words, by which its holders are looked up in the postings. */
const quotedWordStems = (quoted: string) => tokenize(quoted).filter(isContentToken).map((t) => t.stem);

/** The draft's words a word diff found changed, and whether they differ from the source's only in form ("relies"). */
function changedWords(diff: { found: { text: string }; expected: string }): { changed: Token[]; formOnly: boolean } {
  const changed = wordTokens(diff.found.text);
  const original = wordTokens(diff.expected);
  return { changed, formOnly: changed.length === original.length && changed.every((t, k) => t.stem === original[k].stem) };
}

const QUOTE_STEMS = new WeakMap<QuoteFact, Set<string>>();
/** A source's quotation's word stems, worked out once: every quoting draft sentence is compared with it. */
function quoteStems(quote: QuoteFact): Set<string> {
  let stems = QUOTE_STEMS.get(quote);
  if (!stems) QUOTE_STEMS.set(quote, (stems = contentStems(quote.text)));
  return stems;
}

/** How many words the two sets have in common. */
function sharedCount(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared;
}

/** The share of `part`'s words that `whole` has. */
function containedShare(part: Set<string>, whole: Set<string>): number {
  return part.size ? sharedCount(part, whole) / part.size : 0;
}

/**
 * Every word of a quoted fragment of three words or more but one is in the longer quotation; in a fragment of eight
 * words or more, every word but two ("call off" for "end"); of twelve or more, every word but three ("in no
 * uncertain terms" for "clearly").
 */
function fewWordsChanged(fragment: Set<string>, quotation: Set<string>): boolean {
  return fragment.size >= 3 && fragment.size < quotation.size && sharedCount(fragment, quotation) >= fragment.size - (fragment.size >= 12 ? 3 : fragment.size >= 8 ? 2 : 1);
}

function jaccard(a: Set<string>, b: Set<string>): number {
  const inter = sharedCount(a, b);
  return inter / (a.size + b.size - inter || 1);
}

/** The single stretch where a misquote differs from the source ("five" for "four"), when there is just one. */
function wordDiff(draft: QuoteFact, source: QuoteFact): { found: { text: string; start: number; end: number }; expected: string } | undefined {
  const a = wordTokens(draft.text, draft.start);
  const whole = wordTokens(source.text);
  // A fragment of a longer quotation is compared with the stretch of it that shares the most words at both ends.
  let b = whole;
  if (whole.length > a.length + 2) {
    let best = -1;
    for (let from = 0; from < whole.length; from++) {
      for (let length = Math.max(1, a.length - 2); length <= a.length + 2 && from + length <= whole.length; length++) {
        const window = whole.slice(from, from + length);
        const [head, tail] = sharedEdges(a, window);
        const shared = head + tail;
        // A stretch that is all shared words has nothing in the place of the draft's changed one.
        if (shared > best && shared < length && shared < a.length) [best, b] = [shared, window];
      }
    }
  }
  const [p, s] = sharedEdges(a, b);
  const da = a.slice(p, a.length - s);
  const db = b.slice(p, b.length - s);
  if (!da.length || !db.length || da.length > 3 || p + s < Math.max(2, a.length / 2)) return undefined;
  const found = { text: draft.text.slice(da[0].start - draft.start, da[da.length - 1].end - draft.start), start: da[0].start, end: da[da.length - 1].end };
  return { found, expected: source.text.slice(db[0].start, db[db.length - 1].end) };
}

/** How many tokens two runs share from their starts, and then from their ends. */
function sharedEdges(a: Token[], b: Token[]): [number, number] {
  let p = 0;
  while (p < a.length && p < b.length && a[p].norm === b[p].norm) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s].norm === b[b.length - 1 - s].norm) s++;
  return [p, s];
}

/** The same speaker: one key, or one name inside the other ("prime minister" in "Prime Minister Ines Calder"). */
function sameSpeaker(a: string, b: string): boolean {
  return a === b || oneWithinOther(a.split(/\s+/), b.split(/\s+/));
}

/** Every word of one list is in the other: one name the other shortened. */
function oneWithinOther(a: string[], b: string[]): boolean {
  return a.every((w) => b.includes(w)) || b.every((w) => a.includes(w));
}

/**
 * A title as its source gives it, with the body it is held in when the words after it name one ("head of the law
 * school", "cabinet member for housing"): the correction says where, not only what.
 */
function withOrganisation(title: { text: string; claim: Claim }): string {
  const rest = textAfterTitle(title);
  const after = rest === undefined ? null : ORGANISATION_AFTER.exec(rest);
  return after && after[1].split(/\s+/).length <= 7 ? `${title.text} ${after[1]}` : title.text;
}

/** The text of the title's claim after the title. */
/** The body a title of the sources names, read from its claim ("chair of Brimley Parish Council"). */
const bodyOfTitle = (title: { text: string; claim: Claim }) => organisationOf(title.text, textAfterTitle(title) ?? "");

/** "the former director", "its then chair": the office is put in the past, just before or in the title. */
const formerOffice = (title: { start: number; end: number }, text: string, base: number) => FORMER.test(text.slice(Math.max(0, title.start - base - 12), title.end - base));

function textAfterTitle(title: { text: string; claim: Claim }): string | undefined {
  const at = title.claim.text.indexOf(title.text);
  return at < 0 ? undefined : title.claim.text.slice(at + title.text.length);
}
/** "of/at/for" and the words up to the next punctuation, reporting verb or clause of time ("… until May"). */
const ORGANISATION_AFTER = /^\s+((?:of|at|for)\s+[^,.;:!?"“”()\n]+?)(?=\s*[,.;:!?"“”()\n]|\s+(?:said|says|told|added|warned|explained|stated|wrote|according|until|since|when|who|which)\b|$)/;

/**
 * The body a title is held in, named with capitals: "Kestrel Trust" in "the Kestrel Trust's chief executive" or in
 * "chief executive of the Kestrel Trust" (`after` is the text following the title).
 */
function organisationOf(title: string, after: string): string | undefined {
  const owner = /^(?:the\s+)?((?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*)['’]s?\s/u.exec(title);
  if (owner) return owner[1];
  // The whole name up to the end of the phrase: not "the Kestrel Union's Brimley branch", not "at" a workplace.
  const of = /^,?\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*)(?=\s*(?:[,.;:!?)]|$))/u.exec(after);
  return of?.[1];
}

/** Two names of one body: one's words within the other's ("the Trust" for "the Kestrel Lifeboat Trust"). */
const sameBody = (a: string, b: string) => sameSpeaker(a.toLowerCase(), b.toLowerCase());

/** "Prime Minister Ines Calder" → "ines calder": the name without the title in front of it, as names are keyed. */
function personKey(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  return words.slice(titleLength(words)).join(" ");
}

/** Words of a title that say nothing of which office it is: "former finance manager" is not "former repairs manager". */
const TITLE_NOISE = new Set(["mr", "mrs", "ms", "dr", "the", "a", "an", "of", "former", "formerly", "previously", "then", "acting", "interim", "current", "new", "senior"]);
/** What news prose calls whoever runs an organisation, whatever the office: agrees with any office of that kind. */
const GENERIC_HEADS = new Set(["boss", "chief", "leader", "head"]);
/** The offices of whoever runs an organisation, each its own ("CEO" is "chief executive", not "chairman"). */
const HEAD_OFFICES = new Map([["ceo", "executive"], ["executive", "executive"], ["chairman", "chair"], ["chairwoman", "chair"], ["chair", "chair"], ["president", "president"], ["director", "director"], ["manager", "manager"]]);
const ANY_HEAD = "head";
type TitleWords = { roles: Set<string>; modifiers: Set<string>; owners: Set<string>; field: Set<string>; ledActivity?: string };
function titleWords(title: string): TitleWords {
  const roles = new Set<string>();
  const modifiers = new Set<string>();
  // Whose office it is ("the council's director"): may match a word of the other title, never contradicts it.
  const owners = new Set<string>();
  // The field after "of" or "for" ("Head of Housing"): which office of the organisation it is.
  const field = new Set<string>();
  let generic = false;
  const heads: string[] = [];
  let ledActivity: string | undefined;
  let inField = false;
  // "non-executive director" is a director and no executive: "non-" and its word are one modifier.
  const written = title.replace(/\bnon-(?=\p{L})/giu, "non").split(/[\s-]+/);
  // In a title written in lower case, a capitalised word is a name: where the office is ("a Kestrel Ward nurse").
  const lowerCase = written.some((w) => /^\p{Ll}/u.test(w) && !TITLE_NOISE.has(w) && w !== "and");
  let previous: string | undefined;
  // The modifiers read since the last word of another kind.
  const run: string[] = [];
  for (const asWritten of written) {
    // One of several holders has the office of each: "one of the club's trustees" is a "trustee".
    const w = singularRole(asWritten.toLowerCase());
    const before = previous;
    previous = w;
    if ((w === "of" || w === "for") && (roles.size || generic)) inField = true;
    if (/['’]s?$/.test(w) || POSSESSIVE_DETERMINERS.has(w)) {
      owners.add(w.replace(/['’]s?$/, ""));
      // The words before the possessive name the owner with it: "the rowing club's head of sails".
      for (const m of run) {
        modifiers.delete(m);
        owners.add(m);
      }
      run.length = 0;
      continue;
    }
    if (!w || TITLE_NOISE.has(w) || w === "and" || w === "for") continue;
    if (inField) field.add(stem(w));
    if (lowerCase && !inField && /^\p{Lu}/u.test(asWritten) && !ROLE_WORDS.has(w) && !GENERIC_HEADS.has(w) && !HEAD_OFFICES.has(w)) {
      owners.add(w);
      continue;
    }
    if (GENERIC_HEADS.has(w)) {
      generic = true;
      heads.push(w);
      // "swim leader", "project leader": an act named right before the head word is what is led, not the body.
      if (before && modifiers.has(before) && isKindOf(before, "act")) ledActivity = before;
    } else if (HEAD_OFFICES.has(w)) roles.add(`${ANY_HEAD}:${HEAD_OFFICES.get(w)}`);
    else if (ROLE_WORDS.has(w)) roles.add(w);
    // A nationality or a country says where the office is, not which: "Dutch Prime Minister" is "Prime Minister".
    else if (!isPlaceName(w) && canonicalPlace(w) === w) {
      modifiers.add(w);
      run.push(w);
      continue;
    }
    run.length = 0;
  }
  // "chief executive" names its office; a bare "boss" or "chief" may be any head. Beside another role it is part of
  // that one: a "chief medical officer" is an officer, not the organisation's head.
  if (generic && !roles.size) roles.add(ANY_HEAD);
  // Yet it ranks that office: the "chief engineer" is not the "site engineer", nor the "head teacher" a teacher.
  else if (generic) for (const h of heads) modifiers.add(h);
  return { roles, modifiers, owners, field, ledActivity: roles.has(ANY_HEAD) && roles.size === 1 ? ledActivity : undefined };
}

const rolesAgree = (a: string, b: string) => a === b || (a === ANY_HEAD && b.startsWith(ANY_HEAD)) || (b === ANY_HEAD && a.startsWith(ANY_HEAD));

function titlesAgree(draft: string, source: string): boolean {
  if (collapseWhitespace(draft).trim().toLowerCase() === collapseWhitespace(source).trim().toLowerCase()) return true;
  const a = titleWords(draft);
  const b = titleWords(source);
  const held = (r: string, roles: Set<string>) => [...roles].some((q) => rolesAgree(r, q));
  if (![...a.roles].some((r) => held(r, b.roles))) return false;
  // One may be the other shortened ("Inspector" for "Detective Inspector"); each with a rank the other lacks
  // ("Detective Sergeant", "Detective Inspector") are two ranks.
  if (![...a.roles].every((r) => held(r, b.roles)) && ![...b.roles].every((r) => held(r, a.roles))) return false;
  // The "swim leader" leads the swims, not the club its "chairman" runs, unless the other title names the swims too.
  if (leadsOtherThan(a, b) || leadsOtherThan(b, a)) return false;
  // Two fields of the same office: "head of parks" is not "Head of Housing".
  if (a.field.size && b.field.size && ![...a.field].some((f) => b.field.has(f))) return false;
  // The draft's "head of swimming" runs a department, where the source's office heads the whole body ("Director").
  if (headsDepartment(a) && !b.field.size && namesHeadOffice(b)) return false;
  // The other way round: the source's "head of music" runs a department, not the school its "headteacher" runs.
  if (headsDepartment(b) && !a.field.size && !a.roles.has(ANY_HEAD)) return false;
  if (!a.modifiers.size || !b.modifiers.size) return true;
  // Two offices of one body: "Kestrel's managing director" is not "Kestrel's race director", though both are Kestrel's.
  // An owner may name what a modifier does: "the club's deputy leader" is the "Deputy Club Leader".
  const shared = [...a.modifiers].some((m) => b.modifiers.has(m) || b.owners.has(m)) || [...a.owners].some((m) => b.modifiers.has(m));
  // Each with a word of its own beside the shared ones: "harbour safety officer" is not the "road safety officer".
  return shared && !(ownModifier(a, b) && ownModifier(b, a));
}

/** A modifier of one title that the other has nowhere, in no related word. */
function ownModifier(a: TitleWords, b: TitleWords): boolean {
  const other = [...b.modifiers, ...b.owners, ...b.field];
  return [...a.modifiers].some((m) => !other.some((o) => o === m || stem(o) === stem(m) || relation(m, o) !== "none"));
}

/** `a` leads an activity ("swim leader") that `b`, an office heading a body ("chairman"), does not name. */
function leadsOtherThan(a: TitleWords, b: TitleWords): boolean {
  const activity = a.ledActivity;
  return !!activity && namesHeadOffice(b) && ![b.modifiers, b.owners, b.field].some((words) => words.has(activity) || words.has(stem(activity)));
}

/** "head of music": the head of one part of a body, its field named. */
const headsDepartment = (t: TitleWords) => t.field.size > 0 && t.roles.has(ANY_HEAD) && t.roles.size === 1;
/** The title names one of the offices that head a body ("chief executive", "chairman"), not a bare "head". */
const namesHeadOffice = (t: TitleWords) => [...t.roles].some((r) => r.startsWith(`${ANY_HEAD}:`));

/** Two names of one place: the same, or one a part of the other's name ("Linford" and "Linford Marsh"). */
function samePlace(a: string, b: string): boolean {
  const words = (x: string) => x.toLowerCase().split(/\s+/).map((w) => canonicalPlace(w));
  return oneWithinOther(words(a), words(b));
}

function titleOverlap(a: string, b: string): number {
  const x = titleWords(a);
  const y = titleWords(b);
  const describing = (t: { modifiers: Set<string>; owners: Set<string> }) => new Set([...t.modifiers, ...t.owners]);
  const yWords = describing(y);
  return [...x.roles].filter((r) => [...y.roles].some((q) => rolesAgree(r, q))).length * 2 + [...describing(x)].filter((m) => yWords.has(m)).length;
}
