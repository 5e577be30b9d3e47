// The engine's public shapes. Shared by the command line, the extension and the tests; no `vscode` import here.

/** Verdict on one draft sentence (see shared/contracts/cli-json.md). */
export type Status = "supported" | "conflict" | "disputed" | "unsourced" | "unchecked";

/** What a finding is about. `attribution` is a hint on an otherwise supported sentence. */
export type FindingKind =
  | "number"
  | "date"
  | "entity"
  | "role"
  | "quote"
  | "negation"
  | "attribution"
  | "unsourced"
  | "disputed";

export type Severity = "error" | "warning" | "information" | "hint";

/** A source document (or a verified-claims file) as loaded from disk. Offsets of its claims index `text`. */
export interface SourceDocument {
  /** Stable identifier: the file name, or the path relative to the reference root it was found under. */
  id: string;
  /** Absolute path on disk; "" for a document that only lives in memory (an untitled buffer, a test). */
  path: string;
  title: string;
  outlet?: string;
  author?: string;
  /** Publication date, ISO `YYYY-MM-DD`. Relative dates in the text ("on Wednesday") resolve against it. */
  date?: string;
  url?: string;
  /** Metadata fields that were inferred from the text rather than declared (e.g. ["author", "date"]). */
  inferred: string[];
  /** The text the claims' offsets refer to (BOM stripped, line endings as on disk). */
  text: string;
  /** `document`: prose split into claims by the engine; `claims`: a verified-claims file, one claim per entry. */
  kind: "document" | "claims";
  /**
   * For `claims` files: the claims as declared, with their spans in `text`. For `document`s: the spans of page
   * furniture (ads, "READ MORE", photo credits, repeated captions) that must not become claims.
   */
  declaredClaims?: DeclaredClaim[];
  excluded?: Array<{ start: number; end: number; reason: string }>;
}

/** One entry of a verified-claims file. */
export interface DeclaredClaim {
  text: string;
  start: number;
  end: number;
  line: number;
  source?: { title?: string; outlet?: string; url?: string; date?: string; author?: string };
  speaker?: string;
  verifiedBy?: string;
  verifiedAt?: string;
}

/** A problem met while loading input: always names the file, and the line where it can. */
export interface InputProblem {
  file: string;
  line?: number;
  message: string;
}

/** A sentence (or clause) of a source document with its provenance. */
export interface ClaimRef {
  id: string;
  documentId: string;
  text: string;
  start: number;
  end: number;
  /** 1-based line of `start` in the document. */
  line: number;
  /** Who is quoted or credited with the claim, when the source attributes it. */
  speaker?: string;
  verifiedBy?: string;
  verifiedAt?: string;
}

export interface SourcePassage {
  document: string;
  title: string;
  outlet?: string;
  author?: string;
  date?: string;
  url?: string;
  path?: string;
  line: number;
  start: number;
  end: number;
  text: string;
  score: number;
  stance: "supports" | "contradicts";
  speaker?: string;
  claimId: string;
}

export interface Finding {
  kind: FindingKind;
  severity: Severity;
  message: string;
  /** The draft's words at fault. */
  found?: string;
  /** What the sources say instead, where there is one: the value a quick fix puts in place of `found`. */
  expected?: string;
  /** Range of `found` in the draft (UTF-16 offsets into the whole file text, end exclusive). */
  start: number;
  end: number;
  /** 0..1: how sure the engine is of this finding. */
  confidence: number;
  /** For attribution hints: who the sources credit, e.g. "Prime Minister Ines Calder". */
  speaker?: string;
}

export interface SentenceResult {
  start: number;
  end: number;
  text: string;
  status: Status;
  /** 0..1: how sure the engine is of `status`. */
  confidence: number;
  findings: Finding[];
  sources: SourcePassage[];
}

export interface CheckResult {
  sentences: SentenceResult[];
  /** The reference set version the result was computed against. */
  referenceVersion: string;
}

export interface CheckOptions {
  /** Treat the text as Markdown (mask syntax, skip code, front matter, link targets, comments). Default true. */
  markdown?: boolean;
  /** Stops the check between sentences when it returns true (a newer edit superseded it). */
  isCancelled?: () => boolean;
  /**
   * Names the document being checked (its URI). The checker then remembers its last text and, on the next check,
   * segments only the paragraphs an edit touched: the typing path costs the edit, not the document.
   */
  documentKey?: string;
}
