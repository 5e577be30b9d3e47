// Turns check results into diagnostics: one per finding, plus one per unsourced or disputed sentence.
import * as vscode from "vscode";
import type { Finding, SentenceResult, SourcePassage } from "../core";
import type { DocResult } from "./checking";
import type { DecisionStore } from "./decisions";
import type { ReferenceManager } from "./reference";
import { readSettings, severityFor, toDiagnosticSeverity, type VeritySettings } from "./settings";
import { describeSource, LineIndex } from "./util";

export const SOURCE = "Verity";
export const README = "https://github.com/verity-newsroom/verity";

export function codeFor(kind: string): { value: string; target: vscode.Uri } {
  return { value: kind, target: vscode.Uri.parse(`${README}#finding-${kind}`) };
}

/** A diagnostic with the finding and sentence it came from (for quick fixes). */
export interface Entry {
  diagnostic: vscode.Diagnostic;
  sentence: SentenceResult;
  finding: Finding;
  /** True when the finding was made by the extension for a sentence-level verdict. */
  synthetic: boolean;
}

export function codeValue(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === "object" ? String(c.value) : String(c);
}

/** The findings of a sentence to show, with a sentence-level one for unsourced/disputed verdicts. */
export function findingsOf(s: SentenceResult): Array<{ finding: Finding; synthetic: boolean }> {
  const out = s.findings.map((finding) => ({ finding, synthetic: false }));
  if ((s.status === "unsourced" || s.status === "disputed") && !s.findings.some((f) => f.kind === s.status)) {
    const sides = s.sources.map((p) => `${p.stance === "supports" ? "for" : "against"}: ${describeSource(p)}`);
    out.push({
      synthetic: true,
      finding: {
        kind: s.status,
        severity: s.status === "unsourced" ? "information" : "warning",
        message:
          s.status === "unsourced"
            ? "Unsourced: no source document supports or contradicts this claim."
            : `Disputed: the sources disagree on this${sides.length ? ` (${sides.join("; ")})` : ""}.`,
        start: s.start,
        end: s.end,
        confidence: s.confidence,
      },
    });
  }
  return out;
}

export class DiagnosticsManager implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection("verity");
  private readonly entries = new Map<string, Entry[]>();

  constructor(
    private readonly refs: ReferenceManager,
    private readonly decisions: DecisionStore,
  ) {}

  /** Visible findings of a result after settings and decisions, in document order. */
  publish(r: DocResult, doc?: vscode.TextDocument): void {
    const settings = readSettings(r.uri);
    const index = doc && doc.version === r.version ? undefined : new LineIndex(r.text);
    const toRange = (start: number, end: number) =>
      index ? index.range(start, end) : new vscode.Range(doc!.positionAt(start), doc!.positionAt(Math.max(start, end)));
    const entries: Entry[] = [];
    for (const sentence of r.result.sentences) {
      if (sentence.status === "unchecked" && sentence.findings.length === 0) continue;
      for (const { finding, synthetic } of findingsOf(sentence)) {
        const diagnostic = this.toDiagnostic(r, sentence, finding, settings, toRange);
        if (diagnostic) entries.push({ diagnostic, sentence, finding, synthetic });
      }
    }
    this.entries.set(r.uri.toString(), entries);
    this.collection.set(r.uri, entries.map((e) => e.diagnostic));
  }

  private toDiagnostic(
    r: DocResult,
    sentence: SentenceResult,
    finding: Finding,
    settings: VeritySettings,
    toRange: (start: number, end: number) => vscode.Range,
  ): vscode.Diagnostic | undefined {
    const severity = toDiagnosticSeverity(severityFor(finding.kind, settings));
    if (severity === undefined) return undefined;
    const confidence = Number.isFinite(finding.confidence) ? finding.confidence : sentence.confidence;
    if (confidence < settings.minConfidence) return undefined;
    if (this.decisions.isDismissed(r.uri, sentence.text, finding.kind, finding.found)) return undefined;
    const narrow = finding.end > finding.start && finding.start >= sentence.start - 1 && finding.end <= sentence.end + 1;
    const range = narrow ? toRange(finding.start, finding.end) : toRange(sentence.start, sentence.end);
    const d = new vscode.Diagnostic(range, finding.message, severity);
    d.source = SOURCE;
    d.code = codeFor(finding.kind);
    const related = this.related(sentence.sources, finding);
    if (related.length) d.relatedInformation = related;
    return d;
  }

  private related(sources: SourcePassage[], finding: Finding): vscode.DiagnosticRelatedInformation[] {
    const set = this.refs.loaded?.set;
    const ordered =
      finding.kind === "attribution" ? sources : [...sources].sort((a, b) => (a.stance === b.stance ? 0 : a.stance === "contradicts" ? -1 : 1));
    const out: vscode.DiagnosticRelatedInformation[] = [];
    for (const p of ordered.slice(0, 4)) {
      const doc = set?.document(p.document);
      const file = p.path || doc?.path;
      if (!file) continue;
      const range = doc?.text
        ? new LineIndex(doc.text).range(p.start, p.end)
        : new vscode.Range(Math.max(0, p.line - 1), 0, Math.max(0, p.line - 1), 0);
      const label = p.stance === "supports" ? "Source agrees" : "Source says";
      out.push(new vscode.DiagnosticRelatedInformation(new vscode.Location(vscode.Uri.file(file), range), `${label}: ${describeSource(p)}`));
    }
    return out;
  }

  /** The entries behind diagnostics that VS Code hands back (copies, so matched by range, code and message). */
  match(uri: vscode.Uri, diagnostics: readonly vscode.Diagnostic[]): Entry[] {
    const list = this.entries.get(uri.toString()) ?? [];
    const out: Entry[] = [];
    for (const d of diagnostics) {
      if (d.source !== SOURCE) continue;
      const e = list.find((x) => x.diagnostic.range.isEqual(d.range) && x.diagnostic.message === d.message && codeValue(x.diagnostic) === codeValue(d));
      if (e && !out.includes(e)) out.push(e);
    }
    return out;
  }

  entriesFor(uri: vscode.Uri): Entry[] {
    return this.entries.get(uri.toString()) ?? [];
  }

  clear(uri: vscode.Uri): void {
    this.entries.delete(uri.toString());
    this.collection.delete(uri);
  }

  dispose(): void {
    this.collection.dispose();
    this.entries.clear();
  }
}
