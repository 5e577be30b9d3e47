// "Look Up Claim": a searchable quick pick over every claim of the reference set.
import * as vscode from "vscode";
import type { ClaimRef, SourceDocument } from "../core";
import { citationEdit, citationFromClaim } from "./citation";
import * as log from "./log";
import type { ReferenceManager } from "./reference";
import { readSettings } from "./settings";
import { OPEN_SOURCE } from "./hover";
import { truncate, type OpenSourceArgs } from "./util";

export interface LookupItem extends vscode.QuickPickItem {
  claim: ClaimRef;
  document?: SourceDocument;
  score: number;
}

export interface LookupArgs {
  query?: string;
  /** Draft to cite in, and the sentence to put the citation after (from the "Find a source" quick fix). */
  uri?: string;
  offset?: number;
  end?: number;
}

const LIMIT = 50;

function toItem(claim: ClaimRef, document: SourceDocument | undefined, score: number): LookupItem {
  const meta = [document?.title, document?.outlet, document?.date].filter((x): x is string => !!x && x.trim() !== "");
  return {
    label: truncate(claim.text, 160),
    description: meta.join(" · "),
    detail: `${document?.id ?? claim.documentId}, line ${claim.line}${claim.speaker ? ` · ${claim.speaker}` : ""}`,
    alwaysShow: true,
    claim,
    document,
    score,
  };
}

/** The items the quick pick shows for `query` (testable without UI). */
export async function lookupItems(refs: ReferenceManager, query: string, limit = LIMIT): Promise<LookupItem[]> {
  const { set } = await refs.get();
  const q = query.trim();
  if (!q) return set.claims.slice(0, limit).map((c) => toItem(c, set.document(c.documentId), 0));
  return set.lookup(q, limit).map((h) => toItem(h.claim, h.document, h.score));
}

export function openArgsFor(item: LookupItem): OpenSourceArgs {
  return { path: item.document?.path ?? "", document: item.claim.documentId, line: item.claim.line, start: item.claim.start, end: item.claim.end };
}

export async function lookUpClaim(refs: ReferenceManager, args: LookupArgs = {}): Promise<void> {
  const target = args.uri
    ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri)
    : vscode.window.activeTextEditor?.document;
  const cursor = vscode.window.activeTextEditor?.selection.active;
  const pick = vscode.window.createQuickPick<LookupItem>();
  pick.title = "Verity: Look Up Claim";
  pick.placeholder = "Search every claim of the sources by words, names or numbers";
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  pick.busy = true;
  let seq = 0;
  let timer: NodeJS.Timeout | undefined;
  const update = (value: string) => {
    const mine = ++seq;
    pick.busy = true;
    lookupItems(refs, value)
      .then((items) => {
        if (mine !== seq) return;
        pick.items = items;
        pick.busy = false;
      })
      .catch((err) => log.problem("lookup", `Claim lookup failed: ${err instanceof Error ? err.message : String(err)}`, err));
  };
  const chosen = await new Promise<LookupItem | undefined>((resolve) => {
    pick.onDidChangeValue((v) => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => update(v), 80);
    });
    pick.onDidAccept(() => {
      resolve(pick.selectedItems[0]);
      pick.hide();
    });
    pick.onDidHide(() => resolve(undefined));
    if (args.query) pick.value = truncate(args.query, 200);
    update(pick.value);
    pick.show();
  });
  if (timer) clearTimeout(timer);
  pick.dispose();
  if (!chosen) return;

  const actions = [
    { label: "$(quote) Insert Citation", id: "cite", description: target ? undefined : "no draft open" },
    { label: "$(go-to-file) Open Source", id: "open" },
    { label: "$(copy) Copy Text", id: "copy" },
  ].filter((a) => a.id !== "cite" || target);
  const action = await vscode.window.showQuickPick(actions, { title: truncate(chosen.claim.text, 80) });
  if (!action) return;
  if (action.id === "open") {
    await vscode.commands.executeCommand(OPEN_SOURCE, openArgsFor(chosen));
  } else if (action.id === "copy") {
    const source = citationFromClaim(chosen.claim, chosen.document);
    const by = [source.outlet, source.date].filter(Boolean).join(", ");
    await vscode.env.clipboard.writeText(`${chosen.claim.text}${by ? ` (${by})` : ""}`);
    void vscode.window.setStatusBarMessage("Verity: claim copied", 2000);
  } else if (target) {
    const source = citationFromClaim(chosen.claim, chosen.document);
    let start: number;
    let end: number;
    if (args.offset !== undefined && args.end !== undefined) {
      start = args.offset;
      end = args.end;
    } else {
      start = end = target.offsetAt(cursor ?? target.lineAt(target.lineCount - 1).range.end);
    }
    const edit = citationEdit(target, start, end, source, readSettings(target.uri).citationStyle);
    if (!(await vscode.workspace.applyEdit(edit))) log.warn("Inserting the citation was refused by the editor.");
  }
}
