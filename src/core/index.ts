// The engine's entry point: everything the command line and the extension use comes through here.
import { join } from "node:path";
import { loadReferenceDocuments } from "./reference/document";
import { Claim, ReferenceSetIndex } from "./reference/set";
import { segment } from "./text/segment";
import type { CheckOptions, CheckResult, ClaimRef, InputProblem, SentenceResult, SourceDocument } from "./types";
import { SentenceVerifier } from "./verify/verify";

export * from "./types";
export { InputError } from "./errors";
export { readTextFile, readTextFileAsync } from "./reference/files";
export { parseSourceDocument, parseClaimsFile } from "./reference/document";

export interface ClaimHit {
  claim: ClaimRef;
  document: SourceDocument;
  score: number;
}

/** The bundled reference set shipped with the extension and the command line (`<package root>/reference`). */
export function bundledReferenceDir(packageRoot: string): string {
  return join(packageRoot, "reference");
}

/** The loaded, indexed source documents and their claims. Immutable: reloading builds a new one. */
export class ReferenceSet {
  private constructor(private readonly index: ReferenceSetIndex) {}

  static build(documents: SourceDocument[]): ReferenceSet {
    return new ReferenceSet(new ReferenceSetIndex(documents));
  }
  get documents(): SourceDocument[] {
    return this.index.documents;
  }
  get claims(): ClaimRef[] {
    return this.index.claims;
  }
  /** Changes whenever any document's content or metadata changes; keys result caches. */
  get version(): string {
    return this.index.version;
  }
  document(id: string): SourceDocument | undefined {
    return this.index.documents.find((d) => d.id === id);
  }
  /** Search every claim by words, names and numbers (the claim lookup). Best first. */
  lookup(query: string, limit = 50): ClaimHit[] {
    return this.index.lookup(query, limit).map(publicHit);
  }
  /** @internal the engine's own view, for the verifier. */
  get internals(): ReferenceSetIndex {
    return this.index;
  }
}

function publicHit(hit: { claim: Claim; document: SourceDocument; score: number }): ClaimHit {
  const { claim, document, score } = hit;
  const ref: ClaimRef = {
    id: claim.id,
    documentId: claim.documentId,
    text: claim.text,
    start: claim.start,
    end: claim.end,
    line: claim.line,
    speaker: claim.speaker,
    verifiedBy: claim.verifiedBy,
    verifiedAt: claim.verifiedAt,
  };
  return { claim: ref, document, score };
}

export interface LoadOptions {
  /** Files larger than this are skipped with a problem naming them. */
  maxFileBytes?: number;
}

/** Loads folders/files of source documents and verified-claim files. Never throws for bad files: reports them. */
export async function loadReferenceSet(paths: string[], options: LoadOptions = {}): Promise<{ set: ReferenceSet; problems: InputProblem[] }> {
  const { documents, problems } = await loadReferenceDocuments(paths, { maxFileBytes: options.maxFileBytes });
  return { set: ReferenceSet.build(documents), problems };
}

/** How many sentence results a checker keeps: enough for every open draft, bounded for a long session. */
const CACHE_LIMIT = 20_000;
/** Longest stretch `checkAsync` runs before yielding to the event loop. */
const SLICE_MS = 15;

/** Checks drafts against one reference set, caching each sentence's verdict by its text and position-free content. */
export class Checker {
  private readonly verifier: SentenceVerifier;
  /** Verdicts by sentence text; offsets are re-based on reuse, so a sentence that moved is not re-checked. */
  private readonly cache = new Map<string, SentenceResult>();

  constructor(readonly reference: ReferenceSet) {
    this.verifier = new SentenceVerifier(reference.internals);
  }

  check(text: string, options: CheckOptions = {}): CheckResult {
    const sentences: SentenceResult[] = [];
    for (const s of segment(text, { markdown: options.markdown !== false })) {
      if (options.isCancelled?.()) break;
      sentences.push(this.checkSentence(s.masked.replace(/\s+$/, ""), s.start, s.text));
    }
    return { sentences, referenceVersion: this.reference.version };
  }

  /** Same as `check`, but yields to the event loop every few milliseconds; resolves undefined if cancelled. */
  async checkAsync(text: string, options: CheckOptions = {}): Promise<CheckResult | undefined> {
    const sentences: SentenceResult[] = [];
    let sliceStart = Date.now();
    for (const s of segment(text, { markdown: options.markdown !== false })) {
      if (Date.now() - sliceStart > SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = Date.now();
      }
      if (options.isCancelled?.()) return undefined;
      sentences.push(this.checkSentence(s.masked.replace(/\s+$/, ""), s.start, s.text));
    }
    if (options.isCancelled?.()) return undefined;
    return { sentences, referenceVersion: this.reference.version };
  }

  /** `masked` has Markdown syntax blanked (same length as `original`); the verdict is computed on it. */
  private checkSentence(masked: string, start: number, original: string): SentenceResult {
    const cached = this.cache.get(masked);
    if (cached) return rebase(cached, start, original);
    const result = this.verifier.verify(masked, 0);
    if (this.cache.size >= CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(masked, result);
    return rebase(result, start, original);
  }
}

/** A cached verdict computed at offset 0, moved to where the sentence now stands. */
function rebase(r: SentenceResult, start: number, original: string): SentenceResult {
  return {
    ...r,
    start: r.start + start,
    end: r.end + start,
    text: original,
    findings: r.findings.map((f) => ({ ...f, start: f.start + start, end: f.end + start })),
  };
}
