// Verity's VS Code extension: thin glue between the engine (src/core) and the editor.
import * as path from "node:path";
import * as vscode from "vscode";
import type { CheckResult, ReferenceSet } from "../core";
import { CheckScheduler, ResultStore, type DocResult } from "./checking";
import { VerityCodeActions, DISMISS_FINDING, LOOK_UP_CLAIM, MARK_VERIFIED, type DecisionArgs } from "./codeActions";
import { DecisionStore } from "./decisions";
import { DiagnosticsManager } from "./diagnostics";
import { OPEN_SOURCE, VerityHoverProvider } from "./hover";
import * as log from "./log";
import { lookUpClaim, lookupItems, type LookupArgs } from "./lookup";
import { ReferenceManager } from "./reference";
import { buildReport, ReportView, type DraftReport } from "./report";
import { readSettings } from "./settings";
import { addSourceDocument, openSource } from "./sources";
import { StatusBar } from "./statusBar";
import { checkWorkspace, type WorkspaceSummary } from "./workspaceCheck";

/** What `activate` returns: hooks for the integration tests and for other extensions. */
export interface VerityApi {
  /** The reference set, loading it if needed. */
  reference(): Promise<ReferenceSet>;
  reloadReference(): Promise<ReferenceSet>;
  /** Checks a document now (its buffer) and publishes diagnostics. */
  checkDocument(doc: vscode.TextDocument): Promise<CheckResult | undefined>;
  /** The latest result for a draft, with the text and version it was computed on. */
  result(uri: vscode.Uri): DocResult | undefined;
  /** The items "Look Up Claim" shows for a query. */
  lookup(query: string): Promise<Array<{ label: string; description?: string; detail?: string; claimText: string; documentId: string; line: number }>>;
  checkWorkspace(): Promise<WorkspaceSummary>;
  report(): DraftReport[];
  /** Absolute path of the decisions file that applies to a draft. */
  decisionsFile(uri: vscode.Uri): string;
  /** True when the document would be checked as a draft. */
  isDraft(doc: vscode.TextDocument): boolean;
  /** Fires after the reference set was reloaded (settings, file watchers, the command). */
  onDidReloadReference: vscode.Event<{ documents: number; claims: number }>;
}

const CHECKED_SCHEMES = new Set(["file", "untitled", "vscode-remote", "vscode-vfs"]);

export function activate(context: vscode.ExtensionContext): VerityApi {
  log.initLog(context);
  const refs = new ReferenceManager(
    context.extensionPath,
    vscode.Uri.joinPath(context.globalStorageUri, "index-cache").fsPath,
    String(context.extension.packageJSON.version ?? ""),
  );
  const decisions = new DecisionStore(context.globalStorageUri);
  const store = new ResultStore();
  const scheduler = new CheckScheduler(refs, store);
  const diagnostics = new DiagnosticsManager(refs, decisions);
  const report = new ReportView(store, decisions);

  const isDraft = (doc: vscode.TextDocument): boolean => {
    if (!CHECKED_SCHEMES.has(doc.uri.scheme)) return false;
    if (!readSettings(doc.uri).languages.includes(doc.languageId)) return false;
    if (doc.uri.scheme === "file" && doc.uri.fsPath.split(path.sep).includes(".verity")) return false;
    return !refs.isReference(doc.uri);
  };
  const statusBar = new StatusBar(store, decisions, isDraft);
  context.subscriptions.push(refs, decisions, store, scheduler, diagnostics, report, statusBar);

  const openDoc = (uri: vscode.Uri) => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());

  // Results → diagnostics and status bar.
  const publish = (uri: vscode.Uri) => {
    const r = store.get(uri);
    if (r) diagnostics.publish(r, openDoc(uri));
    else diagnostics.clear(uri);
  };
  const republishAll = () => {
    for (const r of store.all()) diagnostics.publish(r, openDoc(r.uri));
    statusBar.update();
  };
  context.subscriptions.push(
    store.onDidChange((uri) => {
      publish(uri);
      statusBar.update();
    }),
    decisions.onDidChange(republishAll),
    refs.onDidChangeStatus((s) => statusBar.setLoading(s === "loading")),
  );

  const schedule = (doc: vscode.TextDocument, delay: number) => {
    if (!isDraft(doc)) return;
    scheduler.schedule(doc, delay);
  };
  const recheckOpen = () => {
    const settings = readSettings();
    republishAll();
    for (const doc of vscode.workspace.textDocuments) {
      if (isDraft(doc)) {
        if (settings.trigger !== "manual" || store.get(doc.uri)) scheduler.schedule(doc, 0);
      } else if (store.get(doc.uri) || store.skippedReason(doc.uri)) {
        scheduler.forget(doc.uri);
        store.delete(doc.uri);
      }
    }
  };

  // Document events.
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((doc) => {
      if (readSettings(doc.uri).trigger !== "manual") schedule(doc, 0);
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (!e.contentChanges.length || !isDraft(e.document)) return;
      const s = readSettings(e.document.uri);
      if (s.trigger === "onType") schedule(e.document, s.debounceMs);
      statusBar.update();
    }),
    vscode.workspace.onDidSaveTextDocument((doc) => {
      if (readSettings(doc.uri).trigger !== "manual") schedule(doc, 0);
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      scheduler.forget(doc.uri);
      refs.loaded?.checker.forget(doc.uri.toString());
      store.delete(doc.uri);
      diagnostics.clear(doc.uri);
    }),
    vscode.window.onDidChangeActiveTextEditor(() => statusBar.update()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration("verity")) return;
      log.info("Settings changed.");
      if (e.affectsConfiguration("verity.reference")) {
        void refs.reload().then(recheckOpen);
      } else recheckOpen();
    }),
    refs.onDidChange(() => recheckOpen()),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void refs.reload()),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void refs.reload()),
  );

  // Providers.
  const selector = [{ scheme: "file" }, { scheme: "untitled" }, { scheme: "vscode-remote" }, { scheme: "vscode-vfs" }];
  context.subscriptions.push(
    vscode.languages.registerHoverProvider(selector, new VerityHoverProvider(store, refs, decisions)),
    vscode.languages.registerCodeActionsProvider(selector, new VerityCodeActions(store, diagnostics, refs), {
      providedCodeActionKinds: VerityCodeActions.kinds,
    }),
  );

  // Commands.
  const recordDecision = (action: "verified" | "dismissed") => async (args?: DecisionArgs) => {
    if (!args || typeof args.uri !== "string" || typeof args.sentence !== "string") return undefined;
    let why = args.why;
    if (why === undefined) {
      why = await vscode.window.showInputBox({
        title: action === "verified" ? "Verity: Mark as verified" : "Verity: Dismiss finding",
        prompt: "Why? (optional; recorded in .verity/decisions.json with your name and the time)",
        placeHolder: action === "verified" ? "e.g. confirmed by phone with the ministry" : "e.g. the source is outdated",
      });
      if (why === undefined) return undefined;
    }
    const uri = vscode.Uri.parse(args.uri, true);
    try {
      return await decisions.record(uri, { action, kind: args.kind, sentence: args.sentence, found: args.found, why: why.trim() });
    } catch (err) {
      const file = decisions.fileFor(uri);
      const message = `Could not record the decision in ${file}: ${err instanceof Error ? err.message : String(err)}`;
      log.error(message, err);
      // Not awaited: the command returns at once, the button works whenever it is clicked.
      void vscode.window.showErrorMessage(`Verity: ${message}`, "Open File").then(
        (open) => (open === "Open File" ? vscode.window.showTextDocument(vscode.Uri.file(file)) : undefined),
        () => undefined,
      );
      return undefined;
    }
  };
  const reg = (id: string, fn: (...args: never[]) => unknown) =>
    context.subscriptions.push(vscode.commands.registerCommand(id, log.guard(id, fn as (...args: unknown[]) => unknown)));

  reg("verity.checkDocument", async (uriArg?: vscode.Uri | string) => {
    const doc = uriArg ? openDoc(typeof uriArg === "string" ? vscode.Uri.parse(uriArg) : uriArg) : vscode.window.activeTextEditor?.document;
    if (!doc) {
      void vscode.window.showInformationMessage("Verity: open a draft to check.");
      return undefined;
    }
    if (!isDraft(doc)) {
      void vscode.window.showInformationMessage(`Verity checks ${readSettings(doc.uri).languages.join(", ")} drafts (verity.languages); this is ${doc.languageId}.`);
      return undefined;
    }
    return scheduler.checkNow(doc);
  });
  reg("verity.checkWorkspace", () => checkWorkspace(refs, scheduler, store));
  reg("verity.reloadReference", async () => {
    const { set } = await refs.reload();
    void vscode.window.setStatusBarMessage(`Verity: ${set.documents.length} source documents, ${set.claims.length} claims`, 4000);
    return { documents: set.documents.length, claims: set.claims.length };
  });
  reg("verity.addSource", () => addSourceDocument(refs));
  reg("verity.showReport", () => report.show());
  reg(LOOK_UP_CLAIM, (args?: LookupArgs) => lookUpClaim(refs, args && typeof args === "object" ? args : {}));
  reg(OPEN_SOURCE, (args: unknown) => openSource(refs, args));
  reg(MARK_VERIFIED, recordDecision("verified"));
  reg(DISMISS_FINDING, recordDecision("dismissed"));

  // Start: decisions are small; the reference set loads on the first check.
  log.detach("loading decisions", decisions.ready().then(republishAll));
  if (readSettings().trigger !== "manual") for (const doc of vscode.workspace.textDocuments) schedule(doc, 0);
  statusBar.update();

  return {
    reference: async () => (await refs.get()).set,
    reloadReference: async () => (await refs.reload()).set,
    checkDocument: (doc) => scheduler.checkNow(doc),
    result: (uri) => store.get(uri),
    lookup: async (query) =>
      (await lookupItems(refs, query)).map((i) => ({
        label: i.label,
        description: i.description,
        detail: i.detail,
        claimText: i.claim.text,
        documentId: i.claim.documentId,
        line: i.claim.line,
      })),
    checkWorkspace: () => checkWorkspace(refs, scheduler, store),
    report: () => buildReport(store, decisions),
    decisionsFile: (uri) => decisions.fileFor(uri),
    isDraft,
    onDidReloadReference: (listener, thisArg, disposables) =>
      refs.onDidChange((l) => listener.call(thisArg, { documents: l.set.documents.length, claims: l.set.claims.length }), undefined, disposables),
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
