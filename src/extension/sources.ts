// "Add Source Document" (copy a file, or save the selection/clipboard with front matter) and "Open Source".
import { promises as fs } from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import * as log from "./log";
import type { ReferenceManager } from "./reference";
import { oneLine, type OpenSourceArgs } from "./util";

const DEFAULT_FOLDER = "sources";

function slug(title: string): string {
  const s = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return s || "source";
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.stat(p);
    return true;
  } catch {
    return false;
  }
}

async function freeName(folder: string, base: string, ext: string): Promise<string> {
  for (let i = 0; ; i++) {
    const candidate = path.join(folder, `${base}${i ? `-${i + 1}` : ""}${ext}`);
    if (!(await exists(candidate))) return candidate;
  }
}

/** The first reference folder inside the workspace; offers to create `sources/` (and configure it) if there is none. */
async function targetFolder(refs: ReferenceManager): Promise<string | undefined> {
  await refs.get();
  const folders = vscode.workspace.workspaceFolders?.filter((f) => f.uri.scheme === "file") ?? [];
  const inside = refs
    .folders()
    .filter((f) => !f.bundled && folders.some((w) => !path.relative(w.uri.fsPath, f.fsPath).startsWith("..")));
  if (inside.length) return inside[0].fsPath;
  if (!folders.length) {
    void vscode.window.showErrorMessage("Verity: open a folder first; source documents are kept in a folder of the workspace.");
    return undefined;
  }
  const choice = await vscode.window.showInformationMessage(
    `Verity: no reference folder is configured. Create "${DEFAULT_FOLDER}/" in ${folders[0].name} and add it to verity.reference.paths?`,
    { modal: true },
    "Create",
  );
  if (choice !== "Create") return undefined;
  const folder = path.join(folders[0].uri.fsPath, DEFAULT_FOLDER);
  await fs.mkdir(folder, { recursive: true });
  const config = vscode.workspace.getConfiguration("verity", folders[0].uri);
  const current = config.get<string[]>("reference.paths") ?? [];
  await config.update("reference.paths", [...current, DEFAULT_FOLDER], vscode.ConfigurationTarget.Workspace);
  return folder;
}

function yamlString(s: string): string {
  return JSON.stringify(oneLine(s));
}

export async function addSourceDocument(refs: ReferenceManager): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  const selection = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : "";
  const options = [
    { label: "$(file-add) Copy a file into the reference folder…", id: "file" },
    ...(selection ? [{ label: "$(selection) Save the current selection as a source", id: "selection" }] : []),
    { label: "$(clippy) Save the clipboard text as a source", id: "clipboard" },
  ];
  const how = await vscode.window.showQuickPick(options, { title: "Verity: Add Source Document" });
  if (!how) return undefined;

  let written: string;
  if (how.id === "file") {
    const picked = await vscode.window.showOpenDialog({
      canSelectMany: false,
      openLabel: "Add as source",
      filters: { "Source documents": ["txt", "md", "markdown", "json", "yaml", "yml"], "All files": ["*"] },
    });
    if (!picked?.length) return undefined;
    const folder = await targetFolder(refs);
    if (!folder) return undefined;
    const from = picked[0];
    const ext = path.extname(from.path);
    written = await freeName(folder, path.basename(from.path, ext), ext);
    await vscode.workspace.fs.copy(from, vscode.Uri.file(written), { overwrite: false });
  } else {
    const text = how.id === "selection" ? selection : await vscode.env.clipboard.readText();
    if (!text.trim()) {
      void vscode.window.showWarningMessage("Verity: the clipboard is empty.");
      return undefined;
    }
    const title = await vscode.window.showInputBox({
      title: "Source title (1/4)",
      prompt: "The headline or title of the source",
      validateInput: (v) => (v.trim() ? undefined : "A title is needed"),
    });
    if (title === undefined) return undefined;
    const outlet = await vscode.window.showInputBox({ title: "Outlet (2/4)", prompt: "Publication or organisation (optional)" });
    if (outlet === undefined) return undefined;
    const author = await vscode.window.showInputBox({ title: "Author (3/4)", prompt: "Who wrote or said it (optional)" });
    if (author === undefined) return undefined;
    const date = await vscode.window.showInputBox({
      title: "Date (4/4)",
      prompt: "Publication date, YYYY-MM-DD (optional)",
      value: new Date().toISOString().slice(0, 10),
      validateInput: (v) => (!v.trim() || /^\d{4}-\d{2}-\d{2}$/.test(v.trim()) ? undefined : "Use YYYY-MM-DD, or leave empty"),
    });
    if (date === undefined) return undefined;
    const folder = await targetFolder(refs);
    if (!folder) return undefined;
    const front = ["---", `title: ${yamlString(title)}`];
    if (outlet.trim()) front.push(`outlet: ${yamlString(outlet)}`);
    if (author.trim()) front.push(`author: ${yamlString(author)}`);
    if (date.trim()) front.push(`date: ${date.trim()}`);
    front.push("---", "");
    written = await freeName(folder, slug(title), ".md");
    await fs.writeFile(written, `${front.join("\n")}${text.replace(/\s+$/, "")}\n`, { encoding: "utf8", flag: "wx" });
  }
  log.info(`Added source document ${written}`);
  await refs.reload();
  void vscode.window.showInformationMessage(`Verity: added ${path.basename(written)} to the reference set.`, "Open").then(
    (open) => (open === "Open" ? vscode.window.showTextDocument(vscode.Uri.file(written)) : undefined),
    () => undefined,
  );
  return written;
}

function isArgs(a: unknown): a is OpenSourceArgs {
  const o = a as OpenSourceArgs | null;
  return !!o && typeof o === "object" && typeof (o.path ?? "") === "string";
}

/** Opens a source document (or a draft, from the report) at a line, selecting the passage when offsets are known. */
export async function openSource(refs: ReferenceManager, args: unknown): Promise<void> {
  if (!isArgs(args)) return;
  let doc: vscode.TextDocument;
  const refDoc = typeof args.document === "string" ? refs.loaded?.set.document(args.document) : undefined;
  if (typeof args.uri === "string" && args.uri) doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri, true));
  else if (args.path) doc = await vscode.workspace.openTextDocument(vscode.Uri.file(args.path));
  else if (refDoc?.path) doc = await vscode.workspace.openTextDocument(vscode.Uri.file(refDoc.path));
  else if (refDoc) doc = await vscode.workspace.openTextDocument({ content: refDoc.text, language: "plaintext" });
  else {
    void vscode.window.showWarningMessage("Verity: that source is no longer in the reference set.");
    return;
  }
  let range: vscode.Range;
  const text = doc.getText();
  const fits =
    typeof args.start === "number" && typeof args.end === "number" && args.end >= args.start && args.end <= text.length && (!refDoc || refDoc.text === text);
  if (fits) range = new vscode.Range(doc.positionAt(args.start!), doc.positionAt(args.end!));
  else {
    const line = Math.max(0, Math.min(doc.lineCount - 1, (typeof args.line === "number" ? args.line : 1) - 1));
    range = doc.lineAt(line).range;
  }
  await vscode.window.showTextDocument(doc, { selection: range, preview: true });
}
