// The engine's entry point: everything the command line and the extension use comes through here.
// TEMPORARY STUB of the public API (the real implementation lands behind these same signatures).
import type { CheckOptions, CheckResult, ClaimRef, InputProblem, SourceDocument } from "./types";

export * from "./types";
export { InputError } from "./errors";

export interface ClaimHit {
  claim: ClaimRef;
  document: SourceDocument;
  score: number;
}

/** The loaded, indexed source documents and their claims. Immutable: reloading builds a new one. */
export class ReferenceSet {
  private constructor(
    readonly documents: SourceDocument[],
    readonly claims: ClaimRef[],
    /** Changes whenever any document's content or metadata changes; keys result caches. */
    readonly version: string,
  ) {}
  static build(documents: SourceDocument[]): ReferenceSet {
    return new ReferenceSet(documents, [], String(documents.length));
  }
  document(id: string): SourceDocument | undefined {
    return this.documents.find((d) => d.id === id);
  }
  /** Search every claim by words, names and numbers (the claim lookup). Best first. */
  lookup(_query: string, _limit = 50): ClaimHit[] {
    return [];
  }
}

export interface LoadOptions {
  /** Files larger than this are skipped with a problem naming them. */
  maxFileBytes?: number;
}

/** Loads folders/files of source documents and verified-claim files. Never throws for bad files: reports them. */
export async function loadReferenceSet(
  _paths: string[],
  _options: LoadOptions = {},
): Promise<{ set: ReferenceSet; problems: InputProblem[] }> {
  return { set: ReferenceSet.build([]), problems: [] };
}

/** Checks drafts against one reference set, caching each sentence's verdict by its text. */
export class Checker {
  constructor(readonly reference: ReferenceSet) {}
  check(_text: string, _options: CheckOptions = {}): CheckResult {
    return { sentences: [], referenceVersion: this.reference.version };
  }
  /** Same as `check`, but yields to the event loop every few milliseconds; resolves undefined if cancelled. */
  async checkAsync(text: string, options: CheckOptions = {}): Promise<CheckResult | undefined> {
    return this.check(text, options);
  }
}
