// The engine's entry point: everything the command line and the extension use comes through here.
import { join } from "node:path";
import { cacheFileFor, readCache, writeCache } from "./reference/cache";
import { loadReferenceDocuments } from "./reference/document";
import { collectReferenceFiles } from "./reference/files";
import { Claim, ReferenceSetIndex } from "./reference/set";
import { paragraphEnd, paragraphStart, sharedPrefix, sharedSuffix } from "./text/lines";
import { Segment, segment } from "./text/segment";
import type { CheckOptions, CheckResult, ClaimRef, InputProblem, SentenceResult, SourceDocument } from "./types";
import { SentenceVerifier } from "./verify/verify";

export * from "./types";
export { InputError } from "./errors";
export { readTextFile, readTextFileAsync } from "./reference/files";
export { parseSourceDocument, parseClaimsFile } from "./reference/document";
export { collapseWhitespace } from "./text/lines";

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
  /** @internal a set around an index restored from the on-disk cache. */
  static restore(index: ReferenceSetIndex): ReferenceSet {
    return new ReferenceSet(index);
  }
  /** `build`, yielding to the event loop between documents; undefined when cancelled. */
  static async buildAsync(documents: SourceDocument[], options: BuildOptions = {}): Promise<ReferenceSet | undefined> {
    const index = await ReferenceSetIndex.buildAsync(documents, options);
    return index && new ReferenceSet(index);
  }
  get documents(): SourceDocument[] {
    return this.index.documents;
  }
  /** The sources' sentences (see `ReferenceSetIndex.sourceSentences`). */
  get claims(): ClaimRef[] {
    return this.index.sourceSentences;
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

export interface BuildOptions {
  /** Stops building between documents when it returns true (a newer reload superseded this one). */
  isCancelled?: () => boolean;
  /** Called now and then with the documents indexed so far. */
  onProgress?: (done: number, total: number) => void;
}

export interface LoadOptions extends BuildOptions {
  /** Files larger than this are skipped with a problem naming them. */
  maxFileBytes?: number;
  /**
   * A folder for the on-disk index cache. When the reference files (paths, sizes, modification times) are as when
   * the cache was written, the set is restored from it instead of analysed again.
   */
  cacheDir?: string;
  /** Distinguishes caches of different engine builds (the package version). */
  engineVersion?: string;
}

/**
 * Loads folders/files of source documents and verified-claim files. Never throws for bad files: reports them. The
 * index is built in slices that yield to the event loop; when cancelled, resolves with an empty set.
 */
export async function loadReferenceSet(
  paths: string[],
  options: LoadOptions = {},
): Promise<{ set: ReferenceSet; problems: InputProblem[]; cancelled?: boolean; cached?: boolean; cacheWritten?: Promise<void> }> {
  // The folders are walked once: the cache key and the loader use the same list of files.
  const collected = collectReferenceFiles(paths);
  const cacheFile = options.cacheDir
    ? await cacheFileFor(options.cacheDir, collected.files, `${options.engineVersion ?? ""}\0${options.maxFileBytes ?? ""}`)
    : undefined;
  const cached = cacheFile ? await readCache(cacheFile) : undefined;
  if (cached) return { set: ReferenceSet.restore(ReferenceSetIndex.fromSnapshot(cached.index)), problems: cached.problems, cached: true };
  const { documents, problems } = await loadReferenceDocuments(paths, { maxFileBytes: options.maxFileBytes, collected });
  const set = await ReferenceSet.buildAsync(documents, options);
  if (!set) return { set: ReferenceSet.build([]), problems, cancelled: true };
  if (!cacheFile) return { set, problems };
  // The set is ready now; its cache is written on the next turn of the event loop, while the caller starts checking.
  const cacheWritten = new Promise((resolve) => setImmediate(resolve))
    .then(() => writeCache(cacheFile, set.internals.snapshot(), problems))
    .catch(() => undefined); // a cache that cannot be written is only a slower next load
  return { set, problems, cacheWritten };
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
  /** The last text and result per document key, for incremental re-checks while typing. */
  private readonly lastChecked = new Map<string, { text: string; result: CheckResult; markdown: boolean }>();

  constructor(readonly reference: ReferenceSet) {
    this.verifier = new SentenceVerifier(reference.internals);
  }

  check(text: string, options: CheckOptions = {}): CheckResult {
    const sentences: SentenceResult[] = [];
    for (const s of this.segments(text, options)) {
      if (options.isCancelled?.()) break;
      sentences.push(this.sentence(s));
    }
    return this.remember(text, { sentences, referenceVersion: this.reference.version }, options);
  }

  /** Same as `check`, but yields to the event loop every few milliseconds; resolves undefined if cancelled. */
  async checkAsync(text: string, options: CheckOptions = {}): Promise<CheckResult | undefined> {
    const sentences: SentenceResult[] = [];
    let sliceStart = Date.now();
    for (const s of this.segments(text, options)) {
      if (Date.now() - sliceStart > SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = Date.now();
      }
      if (options.isCancelled?.()) return undefined;
      sentences.push(this.sentence(s));
    }
    if (options.isCancelled?.()) return undefined;
    return this.remember(text, { sentences, referenceVersion: this.reference.version }, options);
  }

  /** Forgets what `documentKey` was last checked as (the document was closed). */
  forget(documentKey: string): void {
    this.lastChecked.delete(documentKey);
  }

  private remember(text: string, result: CheckResult, options: CheckOptions): CheckResult {
    if (options.documentKey) {
      this.lastChecked.delete(options.documentKey);
      this.lastChecked.set(options.documentKey, { text, result, markdown: options.markdown !== false });
      if (this.lastChecked.size > 200) this.lastChecked.delete(this.lastChecked.keys().next().value!);
    }
    return result;
  }

  /**
   * The sentences to check: re-used results for the paragraphs an edit did not touch (shifted to where they now
   * stand), segments for the rest. Falls back to the whole text when the edit touches Markdown that changes how
   * later lines read (a code fence, front matter, an HTML comment).
   */
  private segments(text: string, options: CheckOptions): Array<Segment | SentenceResult> {
    const markdown = options.markdown !== false;
    const last = options.documentKey ? this.lastChecked.get(options.documentKey) : undefined;
    if (!last || last.markdown !== markdown || last.result.referenceVersion !== this.reference.version) return segment(text, { markdown, keepQuotations: true });
    const before = last.text;
    const p = sharedPrefix(before, text);
    const q = sharedSuffix(before, text, Math.min(before.length, text.length) - p);
    // Widen to whole paragraphs: blank lines bound every block the segmenter makes.
    const from = paragraphStart(text, p);
    const toNew = paragraphEnd(text, text.length - q);
    const toOld = toNew - text.length + before.length;
    const changedOld = before.slice(from, toOld);
    const changedNew = text.slice(from, toNew);
    if (markdown && (MARKDOWN_CONTEXT.test(changedOld) || MARKDOWN_CONTEXT.test(changedNew) || from === 0 || fenceOpen(text, from))) {
      return segment(text, { markdown, keepQuotations: true });
    }
    const delta = text.length - before.length;
    const kept = last.result.sentences.filter((s) => s.end <= from);
    const moved = last.result.sentences.filter((s) => s.start >= toOld).map((s) => rebase(s, delta, text.slice(s.start + delta, s.end + delta)));
    const fresh = segment(changedNew, { markdown, keepQuotations: true }).map((s) => ({ ...s, start: s.start + from, end: s.end + from }));
    return [...kept, ...fresh, ...moved];
  }

  private sentence(s: Segment | SentenceResult): SentenceResult {
    return "masked" in s ? this.checkSentence(s.masked.replace(/\s+$/, ""), s.start, s.text) : s;
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

/** Markdown whose change alters how the rest of the file reads. */
const MARKDOWN_CONTEXT = /```|~~~|<!--|-->|^---\s*$|^\s{4}/m;

/** An odd number of fences before `at`: the paragraph sits inside a code block. */
function fenceOpen(text: string, at: number): boolean {
  return ((text.slice(0, at).match(/^\s*(```|~~~)/gm) || []).length & 1) === 1;
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
