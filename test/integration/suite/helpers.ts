// Helpers for the Verity integration suite: waiting on events with a timeout, never fixed sleeps.
import * as vscode from "vscode";
import type { VerityApi } from "../../../src/extension/extension";

export const EXTENSION_ID = "verity-newsroom.verity";

export async function activateVerity(): Promise<VerityApi> {
  const ext = vscode.extensions.getExtension<VerityApi>(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not installed`);
  return ext.isActive ? ext.exports : await ext.activate();
}

export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error("the integration suite needs the fixture workspace open");
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

export function verityDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === "Verity");
}

export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  return c === undefined ? undefined : typeof c === "object" ? String(c.value) : String(c);
}

function describe(diags: vscode.Diagnostic[]): string {
  return diags.map((d) => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`).join("\n  ") || "(none)";
}

/** Resolves with the Verity diagnostics of `uri` once `predicate` holds (checked now and on every change). */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diags: vscode.Diagnostic[]) => boolean,
  what = "diagnostics",
  timeoutMs = 20_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const now = verityDiagnostics(uri);
    if (predicate(now)) return resolve(now);
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} on ${uri.toString(true)}; have:\n  ${describe(verityDiagnostics(uri))}`));
    }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const diags = verityDiagnostics(uri);
      if (predicate(diags)) {
        clearTimeout(timer);
        sub.dispose();
        resolve(diags);
      }
    });
  });
}

/** Resolves once an event fires with a value passing `predicate`, or rejects after the timeout. */
export function waitForEvent<T>(event: vscode.Event<T>, predicate: (value: T) => boolean, what: string, timeoutMs = 20_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const sub = event((value) => {
      if (!predicate(value)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(value);
    });
  });
}

export function hasCode(kind: string): (diags: vscode.Diagnostic[]) => boolean {
  return (diags) => diags.some((d) => codeOf(d) === kind);
}

export function lacksCode(kind: string): (diags: vscode.Diagnostic[]) => boolean {
  return (diags) => !diags.some((d) => codeOf(d) === kind);
}

export async function openDraft(content: string, language: "markdown" | "plaintext" = "markdown"): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument({ language, content });
  await vscode.window.showTextDocument(doc);
  return doc;
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === "string" ? c : "value" in c ? c.value : ""))
    .join("\n");
}

export async function codeActions(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = (await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>("vscode.executeCodeActionProvider", uri, range)) ?? [];
  return actions.filter((a): a is vscode.CodeAction => "title" in a && !("command" in a && typeof a.command === "string"));
}

/** Offset range of `needle` in the document (first occurrence). */
export function rangeOf(doc: vscode.TextDocument, needle: string): vscode.Range {
  const i = doc.getText().indexOf(needle);
  if (i < 0) throw new Error(`"${needle}" is not in the document`);
  return new vscode.Range(doc.positionAt(i), doc.positionAt(i + needle.length));
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration("verity").update(key, value, vscode.ConfigurationTarget.Workspace);
}
