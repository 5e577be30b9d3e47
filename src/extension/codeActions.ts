// Quick fixes on Verity diagnostics, and "Insert citation" on a supported sentence.
import * as vscode from "vscode";
import type { SentenceResult, SourcePassage } from "../core";
import type { ResultStore } from "./checking";
import { attributionEdit, citationEdit, citationSource } from "./citation";
import type { DiagnosticsManager, Entry } from "./diagnostics";
import type { ReferenceManager } from "./reference";
import { readSettings } from "./settings";

export const MARK_VERIFIED = "verity.markVerified";
export const DISMISS_FINDING = "verity.dismissFinding";
export const LOOK_UP_CLAIM = "verity.lookUpClaim";

/** Arguments of the decision commands (JSON-serialisable). `why` given skips the input box. */
export interface DecisionArgs {
  uri: string;
  sentence: string;
  kind: string;
  found?: string;
  why?: string;
}

export function bestSource(s: SentenceResult, stance: "supports" | "contradicts" = "supports"): SourcePassage | undefined {
  return [...s.sources].sort((a, b) => (a.stance === b.stance ? b.score - a.score : a.stance === stance ? -1 : 1))[0];
}

export class VerityCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, vscode.CodeActionKind.RefactorRewrite];

  constructor(
    private readonly store: ResultStore,
    private readonly diagnostics: DiagnosticsManager,
    private readonly refs: ReferenceManager,
  ) {}

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const r = this.store.get(doc.uri);
    if (!r || r.version !== doc.version) return [];
    const actions: vscode.CodeAction[] = [];
    const entries = this.diagnostics.match(doc.uri, context.diagnostics);
    for (const e of entries) actions.push(...this.fixes(doc, e));
    // A supported sentence under the cursor with no finding: offer its citation.
    const offset = doc.offsetAt(range.start);
    const supported = r.result.sentences.find((s) => s.status === "supported" && offset >= s.start && offset <= s.end);
    if (supported && !entries.some((e) => e.sentence === supported)) {
      const cite = this.citation(doc, supported, "supports", []);
      if (cite) {
        cite.kind = vscode.CodeActionKind.RefactorRewrite;
        actions.push(cite);
      }
    }
    return actions;
  }

  private fixes(doc: vscode.TextDocument, e: Entry): vscode.CodeAction[] {
    const { finding: f, sentence: s, diagnostic } = e;
    const out: vscode.CodeAction[] = [];
    if (f.expected !== undefined && f.expected !== f.found && f.end > f.start && !e.synthetic && f.kind !== "attribution") {
      const a = new vscode.CodeAction(`Replace with sourced value: “${f.expected}”`, vscode.CodeActionKind.QuickFix);
      a.edit = new vscode.WorkspaceEdit();
      a.edit.replace(doc.uri, new vscode.Range(doc.positionAt(f.start), doc.positionAt(f.end)), f.expected);
      a.diagnostics = [diagnostic];
      a.isPreferred = true;
      out.push(a);
    }
    if (f.kind === "attribution") {
      const speaker = f.speaker ?? s.sources.find((p) => p.speaker)?.speaker;
      if (speaker) {
        const a = new vscode.CodeAction(`Add attribution: “…, ${speaker} said.”`, vscode.CodeActionKind.QuickFix);
        a.edit = attributionEdit(doc, s.start, s.end, speaker);
        a.diagnostics = [diagnostic];
        a.isPreferred = true;
        out.push(a);
      }
    }
    const cite = this.citation(doc, s, s.status === "conflict" ? "contradicts" : "supports", [diagnostic]);
    if (cite && s.status !== "disputed") out.push(cite);
    if (s.status === "unsourced") {
      const a = new vscode.CodeAction("Find a source for this claim…", vscode.CodeActionKind.QuickFix);
      a.command = { title: a.title, command: LOOK_UP_CLAIM, arguments: [{ query: s.text, uri: doc.uri.toString(), offset: s.start, end: s.end }] };
      a.diagnostics = [diagnostic];
      out.push(a);
    }
    const args: DecisionArgs = { uri: doc.uri.toString(), sentence: s.text, kind: f.kind, found: f.found };
    const verify = new vscode.CodeAction("Mark as verified", vscode.CodeActionKind.QuickFix);
    verify.command = { title: verify.title, command: MARK_VERIFIED, arguments: [args] };
    verify.diagnostics = [diagnostic];
    const dismiss = new vscode.CodeAction(`Dismiss finding (${f.kind})`, vscode.CodeActionKind.QuickFix);
    dismiss.command = { title: dismiss.title, command: DISMISS_FINDING, arguments: [args] };
    dismiss.diagnostics = [diagnostic];
    out.push(verify, dismiss);
    return out;
  }

  private citation(doc: vscode.TextDocument, s: SentenceResult, stance: "supports" | "contradicts", diagnostics: vscode.Diagnostic[]): vscode.CodeAction | undefined {
    const p = bestSource(s, stance);
    if (!p) return undefined;
    const source = citationSource(p, this.refs.loaded?.set.document(p.document));
    const a = new vscode.CodeAction(`Insert citation: ${source.title ?? p.document}`, vscode.CodeActionKind.QuickFix);
    a.edit = citationEdit(doc, s.start, s.end, source, readSettings(doc.uri).citationStyle);
    if (diagnostics.length) a.diagnostics = diagnostics;
    return a;
  }
}
