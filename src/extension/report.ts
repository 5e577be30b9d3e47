// "Show Sourcing Report": per-draft counts of supported / conflict / disputed / unsourced, with links.
import * as path from "node:path";
import * as vscode from "vscode";
import type { SentenceResult } from "../core";
import type { DocResult, ResultStore } from "./checking";
import type { DecisionStore } from "./decisions";
import { OPEN_SOURCE } from "./hover";
import { commandUri, LineIndex, truncate } from "./util";

export interface Counts {
  supported: number;
  conflict: number;
  disputed: number;
  unsourced: number;
  unchecked: number;
  verified: number;
}

export interface DraftReport {
  uri: string;
  name: string;
  counts: Counts;
  /** Sentences that need attention (conflict, disputed, unsourced) with their 1-based line. */
  issues: Array<{ status: string; line: number; text: string; message?: string }>;
}

export function emptyCounts(): Counts {
  return { supported: 0, conflict: 0, disputed: 0, unsourced: 0, unchecked: 0, verified: 0 };
}

export function countSentences(uri: vscode.Uri, sentences: SentenceResult[], decisions: DecisionStore): Counts {
  const c = emptyCounts();
  for (const s of sentences) {
    if (s.status !== "unchecked" && s.status !== "supported" && decisions.isVerified(uri, s.text)) c.verified++;
    else c[s.status]++;
  }
  return c;
}

function displayName(uri: vscode.Uri): string {
  if (uri.scheme === "file") {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? path.relative(folder.uri.fsPath, uri.fsPath).split(path.sep).join("/") : uri.fsPath;
  }
  return uri.toString(true);
}

export function buildReport(store: ResultStore, decisions: DecisionStore): DraftReport[] {
  const out = store.all().map((r: DocResult) => {
    const index = new LineIndex(r.text);
    const issues = r.result.sentences
      .filter((s) => (s.status === "conflict" || s.status === "disputed" || s.status === "unsourced") && !decisions.isVerified(r.uri, s.text))
      .map((s) => ({ status: s.status, line: index.position(s.start).line + 1, text: s.text, message: s.findings[0]?.message }));
    return { uri: r.uri.toString(), name: displayName(r.uri), counts: countSentences(r.uri, r.result.sentences, decisions), issues };
  });
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

export function reportMarkdown(drafts: DraftReport[]): string {
  const lines = ["# Verity sourcing report", "", "| Draft | Supported | Conflict | Disputed | Unsourced | Verified |", "| --- | ---: | ---: | ---: | ---: | ---: |"];
  for (const d of drafts) {
    const c = d.counts;
    lines.push(`| ${d.name.replace(/\|/g, "\\|")} | ${c.supported} | ${c.conflict} | ${c.disputed} | ${c.unsourced} | ${c.verified} |`);
  }
  return lines.join("\n") + "\n";
}

const html = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function renderHtml(drafts: DraftReport[], cspSource: string): string {
  const total = emptyCounts();
  for (const d of drafts) for (const k of Object.keys(total) as Array<keyof Counts>) total[k] += d.counts[k];
  const link = (d: DraftReport, line: number) => html(commandUri(OPEN_SOURCE, { path: "", uri: d.uri, line }));
  const rows = drafts
    .map((d) => {
      const c = d.counts;
      return `<tr><td><a href="${link(d, 1)}">${html(d.name)}</a></td><td>${c.supported}</td><td class="bad">${c.conflict}</td><td>${c.disputed}</td><td>${c.unsourced}</td><td>${c.verified}</td></tr>`;
    })
    .join("\n");
  const details = drafts
    .filter((d) => d.issues.length)
    .map(
      (d) =>
        `<h2>${html(d.name)}</h2><ul>${d.issues
          .map((i) => `<li><a href="${link(d, i.line)}">line ${i.line}</a> <b>${html(i.status)}</b>: ${html(truncate(i.text, 200))}${i.message ? ` <i>${html(i.message)}</i>` : ""}</li>`)
          .join("")}</ul>`,
    )
    .join("\n");
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'unsafe-inline';">
<title>Verity sourcing report</title>
<style>body{font-family:var(--vscode-font-family);color:var(--vscode-foreground)}table{border-collapse:collapse}td,th{padding:2px 10px;border-bottom:1px solid var(--vscode-panel-border);text-align:right}td:first-child,th:first-child{text-align:left}.bad{color:var(--vscode-errorForeground)}</style>
</head><body><h1>Verity sourcing report</h1>
<p>${drafts.length} draft(s): ${total.supported} supported, ${total.conflict} in conflict, ${total.disputed} disputed, ${total.unsourced} unsourced, ${total.verified} marked verified.</p>
<table><tr><th>Draft</th><th>Supported</th><th>Conflict</th><th>Disputed</th><th>Unsourced</th><th>Verified</th></tr>
${rows}</table>${details}
${drafts.length === 0 ? "<p>No draft has been checked yet. Open a draft, or run <b>Verity: Check Workspace</b>.</p>" : ""}
</body></html>`;
}

export class ReportView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private readonly subs: vscode.Disposable[] = [];

  constructor(
    private readonly store: ResultStore,
    private readonly decisions: DecisionStore,
  ) {
    this.subs.push(store.onDidChange(() => this.refresh()), decisions.onDidChange(() => this.refresh()));
  }

  show(): DraftReport[] {
    const drafts = buildReport(this.store, this.decisions);
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel("verity.report", "Verity: Sourcing Report", vscode.ViewColumn.Beside, {
        enableScripts: false,
        enableCommandUris: [OPEN_SOURCE],
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
    } else this.panel.reveal(undefined, true);
    this.panel.webview.html = renderHtml(drafts, this.panel.webview.cspSource);
    return drafts;
  }

  private refresh(): void {
    if (this.panel) this.panel.webview.html = renderHtml(buildReport(this.store, this.decisions), this.panel.webview.cspSource);
  }

  dispose(): void {
    this.panel?.dispose();
    for (const s of this.subs) s.dispose();
  }
}
