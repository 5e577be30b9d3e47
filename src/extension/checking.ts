// Per-document checks: debounced, never two at once for one document, a newer edit cancels the older check.
// The engine caches verdicts per sentence, so a re-check only pays for the sentences that changed.
import * as vscode from "vscode";
import type { CheckResult } from "../core";
import * as log from "./log";
import type { ReferenceManager } from "./reference";
import { readSettings } from "./settings";

export interface DocResult {
  uri: vscode.Uri;
  /** The text the result's offsets refer to. */
  text: string;
  /** The document version checked; undefined for a file checked from disk (workspace check). */
  version: number | undefined;
  result: CheckResult;
  markdown: boolean;
}

/** Latest results per draft, from the editor and from workspace checks; plus drafts skipped for size. */
export class ResultStore implements vscode.Disposable {
  private readonly results = new Map<string, DocResult>();
  private readonly skipped = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  get(uri: vscode.Uri): DocResult | undefined {
    return this.results.get(uri.toString());
  }
  set(r: DocResult): void {
    this.results.set(r.uri.toString(), r);
    this.skipped.delete(r.uri.toString());
    this.changed.fire(r.uri);
  }
  skip(uri: vscode.Uri, reason: string): void {
    this.results.delete(uri.toString());
    this.skipped.set(uri.toString(), reason);
    this.changed.fire(uri);
  }
  skippedReason(uri: vscode.Uri): string | undefined {
    return this.skipped.get(uri.toString());
  }
  delete(uri: vscode.Uri): void {
    const had = this.results.delete(uri.toString()) || this.skipped.delete(uri.toString());
    if (had) this.changed.fire(uri);
  }
  all(): DocResult[] {
    return [...this.results.values()];
  }
  dispose(): void {
    this.changed.dispose();
  }
}

interface DocState {
  timer?: NodeJS.Timeout;
  generation: number;
  running?: Promise<CheckResult | undefined>;
  latest?: Promise<CheckResult | undefined>;
  closed: boolean;
}

export function isMarkdown(doc: vscode.TextDocument): boolean {
  return doc.languageId !== "plaintext";
}

export class CheckScheduler implements vscode.Disposable {
  private readonly states = new Map<string, DocState>();

  constructor(
    private readonly refs: ReferenceManager,
    private readonly store: ResultStore,
  ) {}

  private state(uri: vscode.Uri): DocState {
    const key = uri.toString();
    let s = this.states.get(key);
    if (!s) {
      s = { generation: 0, closed: false };
      this.states.set(key, s);
    }
    return s;
  }

  /** Check after `delayMs` of quiet; a later call restarts the wait and cancels a check in flight. */
  schedule(doc: vscode.TextDocument, delayMs: number): void {
    const st = this.state(doc.uri);
    st.closed = false;
    st.generation++; // cancels a running check: its result would be stale
    if (st.timer) clearTimeout(st.timer);
    st.timer = setTimeout(() => {
      st.timer = undefined;
      void this.checkNow(doc);
    }, delayMs);
  }

  /** Check now. Resolves with the result for the newest text, or undefined if the document went away. Never rejects. */
  checkNow(doc: vscode.TextDocument): Promise<CheckResult | undefined> {
    const st = this.state(doc.uri);
    st.closed = false;
    if (st.timer) {
      clearTimeout(st.timer);
      st.timer = undefined;
    }
    const gen = ++st.generation;
    let p: Promise<CheckResult | undefined> | undefined = undefined;
    p = (async (): Promise<CheckResult | undefined> => {
      // Never two checks of one document at once: wait for the older one, which sees it was superseded and stops.
      while (st.running) await st.running.catch(() => undefined);
      if (gen !== st.generation) return st.latest !== p ? st.latest : undefined;
      const run = this.run(doc, () => gen !== st.generation || st.closed || doc.isClosed);
      st.running = run;
      try {
        return await run;
      } finally {
        if (st.running === run) st.running = undefined;
      }
    })();
    st.latest = p;
    return p!;
  }

  private async run(doc: vscode.TextDocument, cancelled: () => boolean): Promise<CheckResult | undefined> {
    try {
      const { checker } = await this.refs.get();
      if (cancelled()) return undefined;
      const text = doc.getText();
      const version = doc.version;
      const limit = readSettings(doc.uri).maxFileSizeKB * 1024;
      if (text.length > limit) {
        const reason = `${Math.round(text.length / 1024)} KB is above verity.maxFileSizeKB (${limit / 1024} KB): not checked`;
        log.info(`Skipped ${doc.uri.toString(true)}: ${reason}`);
        this.store.skip(doc.uri, reason);
        return undefined;
      }
      const started = Date.now();
      // The document key lets the engine re-segment only the paragraphs this edit touched.
      const result = await checker.checkAsync(text, { markdown: doc.languageId !== "plaintext", isCancelled: cancelled, documentKey: doc.uri.toString() });
      if (!result || cancelled() || doc.version !== version) return undefined;
      log.info(`Checked ${doc.uri.toString(true)}: ${result.sentences.length} sentences in ${Date.now() - started} ms.`);
      this.store.set({ uri: doc.uri, text, version, result, markdown: doc.languageId !== "plaintext" });
      return result;
    } catch (err) {
      log.problem(`check:${err instanceof Error ? err.message : String(err)}`, `Checking ${doc.uri.toString(true)} failed: ${err instanceof Error ? err.message : String(err)}`, err);
      return undefined;
    }
  }

  /** The document was closed: cancel its check and forget it. */
  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const st = this.states.get(key);
    if (st) {
      st.closed = true;
      st.generation++;
      if (st.timer) clearTimeout(st.timer);
      st.timer = undefined;
      if (!st.running) this.states.delete(key);
      else void st.running.finally(() => {
        if (this.states.get(key) === st && st.closed) this.states.delete(key);
      }).catch(() => undefined);
    }
  }

  dispose(): void {
    for (const st of this.states.values()) {
      st.closed = true;
      st.generation++;
      if (st.timer) clearTimeout(st.timer);
    }
    this.states.clear();
  }
}
