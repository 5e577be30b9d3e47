// Hover on a checked sentence: verdict, draft vs source, the source passage quoted, provenance and "Open source".
import * as vscode from "vscode";
import type { SentenceResult, SourcePassage } from "../core";
import type { ResultStore } from "./checking";
import type { DecisionStore } from "./decisions";
import type { ReferenceManager } from "./reference";
import { commandUri, escapeMarkdown as esc, openSourceArgs, truncate } from "./util";

export const OPEN_SOURCE = "verity.openSource";

const VERDICT: Record<string, string> = {
  supported: "$(check) Supported by the sources",
  conflict: "$(warning) In conflict with the sources",
  disputed: "$(law) Disputed: the sources disagree",
  unsourced: "$(question) Unsourced: no source covers this claim",
};

export function sentenceAt(sentences: SentenceResult[], offset: number): SentenceResult | undefined {
  return sentences.find((s) => s.status !== "unchecked" && offset >= s.start && offset <= s.end);
}

export class VerityHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly store: ResultStore,
    private readonly refs: ReferenceManager,
    private readonly decisions: DecisionStore,
  ) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const r = this.store.get(doc.uri);
    if (!r || r.version !== doc.version) return undefined;
    const s = sentenceAt(r.result.sentences, doc.offsetAt(position));
    if (!s) return undefined;
    const md = this.render(doc.uri, s);
    return new vscode.Hover(md, new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end)));
  }

  render(uri: vscode.Uri, s: SentenceResult): vscode.MarkdownString {
    const md = new vscode.MarkdownString("", true);
    md.isTrusted = { enabledCommands: [OPEN_SOURCE] };
    md.supportHtml = false;
    const lines: string[] = [];
    const verified = this.decisions.isVerified(uri, s.text);
    lines.push(`**Verity** · ${VERDICT[s.status] ?? esc(s.status)}${verified ? " · $(pass) marked as verified" : ""}`);
    for (const f of s.findings) {
      let line = `- **${esc(f.kind)}**: ${esc(f.message)}`;
      if (f.found !== undefined || f.expected !== undefined) {
        line += `  \n  Draft says: *${esc(f.found ?? "—")}* · Source says: *${esc(f.expected ?? "—")}*`;
      }
      if (f.speaker) line += `  \n  Credited to: *${esc(f.speaker)}*`;
      lines.push(line);
    }
    const sources = this.orderSources(s);
    if (s.status === "disputed") {
      const sup = sources.filter((p) => p.stance === "supports");
      const con = sources.filter((p) => p.stance === "contradicts");
      if (sup.length) lines.push("**One side**", ...sup.slice(0, 3).map((p) => this.passage(p)));
      if (con.length) lines.push("**The other side**", ...con.slice(0, 3).map((p) => this.passage(p)));
    } else if (sources.length) {
      lines.push(s.status === "supported" ? "**Citation**" : "**Source**", ...sources.slice(0, 3).map((p) => this.passage(p)));
    }
    md.appendMarkdown(lines.join("\n\n"));
    return md;
  }

  private orderSources(s: SentenceResult): SourcePassage[] {
    const want = s.status === "conflict" ? "contradicts" : "supports";
    return [...s.sources].sort((a, b) => (a.stance === b.stance ? b.score - a.score : a.stance === want ? -1 : 1));
  }

  private passage(p: SourcePassage): string {
    const doc = this.refs.loaded?.set.document(p.document);
    const title = p.title || doc?.title || p.document;
    const meta = [p.outlet ?? doc?.outlet, p.author ?? doc?.author, p.date ?? doc?.date].filter((x): x is string => !!x);
    const speaker = p.speaker ? ` (${esc(p.speaker)})` : "";
    const link = `[Open source](${commandUri(OPEN_SOURCE, openSourceArgs(p, doc))} "Open the source at line ${p.line}")`;
    const stance = p.stance === "contradicts" ? "says otherwise" : "supports";
    return [
      `> ${esc(truncate(p.text, 400))}`,
      "",
      `— *${esc(title)}*${meta.length ? `, ${meta.map(esc).join(", ")}` : ""}${speaker} · line ${p.line} · ${stance} · ${link}`,
    ].join("\n");
  }
}
