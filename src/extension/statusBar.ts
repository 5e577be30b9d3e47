// The status bar item for the active draft: `$(check) 12 $(warning) 2 $(question) 3`; click opens the report.
import * as vscode from "vscode";
import type { ResultStore } from "./checking";
import type { DecisionStore } from "./decisions";
import { countSentences } from "./report";

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem("verity.status", vscode.StatusBarAlignment.Right, 100);
  private loading = false;

  constructor(
    private readonly store: ResultStore,
    private readonly decisions: DecisionStore,
    private readonly isDraft: (doc: vscode.TextDocument) => boolean,
  ) {
    this.item.name = "Verity";
    this.item.command = "verity.showReport";
  }

  setLoading(loading: boolean): void {
    this.loading = loading;
    this.update();
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !this.isDraft(doc)) {
      this.item.hide();
      return;
    }
    const skipped = this.store.skippedReason(doc.uri);
    const r = this.store.get(doc.uri);
    if (skipped) {
      this.item.text = "$(circle-slash) Verity: skipped";
      this.item.tooltip = `Verity did not check this draft: ${skipped}.`;
    } else if (!r) {
      this.item.text = this.loading ? "$(sync~spin) Verity" : "$(eye) Verity";
      this.item.tooltip = this.loading ? "Verity is loading the reference set…" : "Verity has not checked this draft yet (Verity: Check Document).";
    } else {
      const c = countSentences(doc.uri, r.result.sentences, this.decisions);
      const stale = r.version !== doc.version ? " $(sync~spin)" : this.loading ? " $(sync~spin)" : "";
      this.item.text = `$(check) ${c.supported} $(warning) ${c.conflict}${c.disputed ? ` $(law) ${c.disputed}` : ""} $(question) ${c.unsourced}${stale}`;
      const tip = new vscode.MarkdownString(
        `**Verity** — this draft against its sources\n\n` +
          `$(check) ${c.supported} supported · $(warning) ${c.conflict} in conflict · $(law) ${c.disputed} disputed · $(question) ${c.unsourced} unsourced` +
          `${c.verified ? ` · $(pass) ${c.verified} marked verified` : ""}\n\nClick for the sourcing report.`,
        true,
      );
      this.item.tooltip = tip;
    }
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
