// "Check Workspace": every Markdown / plain-text draft of the workspace (not the sources) into the Problems panel.
import { promises as fs } from "node:fs";
import * as vscode from "vscode";
import type { CheckScheduler, ResultStore } from "./checking";
import * as log from "./log";
import type { ReferenceManager } from "./reference";
import { readSettings } from "./settings";
import { findFilesSafe } from "./util";

const EXTENSIONS: Record<string, string[]> = {
  markdown: ["md", "markdown", "mdown", "mkd", "mkdn"],
  plaintext: ["txt"],
};

export interface WorkspaceSummary {
  files: number;
  checked: number;
  skipped: number;
  failed: number;
  cancelled: boolean;
}

export async function checkWorkspace(refs: ReferenceManager, scheduler: CheckScheduler, store: ResultStore): Promise<WorkspaceSummary> {
  const summary: WorkspaceSummary = { files: 0, checked: 0, skipped: 0, failed: 0, cancelled: false };
  const settings = readSettings();
  const exts = settings.languages.flatMap((l) => EXTENSIONS[l] ?? []);
  if (!exts.length || !vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage("Verity: no Markdown or plain-text drafts to check in this workspace.");
    return summary;
  }
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: "Verity: checking the workspace", cancellable: true },
    async (progress, token) => {
      const { checker } = await refs.get();
      const include = `**/*.{${exts.join(",")}}`;
      const found: vscode.Uri[] = [];
      for (const folder of vscode.workspace.workspaceFolders ?? []) found.push(...(await findFilesSafe(folder, include, 10_000, token)));
      const uris = found.filter((u) => u.scheme === "file" && !refs.isReference(u));
      summary.files = uris.length;
      const limit = settings.maxFileSizeKB * 1024;
      for (const [i, uri] of uris.entries()) {
        if (token.isCancellationRequested) {
          summary.cancelled = true;
          break;
        }
        progress.report({ message: `${i + 1}/${uris.length} ${vscode.workspace.asRelativePath(uri)}`, increment: 100 / uris.length });
        try {
          const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
          if (open) {
            // The buffer, not the disk: it may hold unsaved edits.
            if ((await scheduler.checkNow(open)) !== undefined) summary.checked++;
            else summary.skipped++;
            continue;
          }
          const stat = await fs.stat(uri.fsPath);
          if (stat.size > limit) {
            store.skip(uri, `${Math.round(stat.size / 1024)} KB is above verity.maxFileSizeKB (${settings.maxFileSizeKB} KB): not checked`);
            summary.skipped++;
            continue;
          }
          const text = (await fs.readFile(uri.fsPath, "utf8")).replace(/^\uFEFF/, "");
          const markdown = !uri.path.toLowerCase().endsWith(".txt");
          const result = await checker.checkAsync(text, { markdown, isCancelled: () => token.isCancellationRequested });
          if (!result) {
            summary.cancelled = token.isCancellationRequested;
            if (summary.cancelled) break;
            continue;
          }
          store.set({ uri, text, version: undefined, result, markdown });
          summary.checked++;
        } catch (err) {
          summary.failed++;
          log.error(`Checking ${uri.fsPath} failed`, err);
        }
      }
    },
  );
  log.info(`Workspace check: ${summary.checked} checked, ${summary.skipped} skipped, ${summary.failed} failed of ${summary.files}${summary.cancelled ? " (cancelled)" : ""}.`);
  if (summary.failed) log.problem("workspace-check-failed", `${summary.failed} draft(s) could not be checked; see the Verity output.`, undefined, "warning");
  return summary;
}
