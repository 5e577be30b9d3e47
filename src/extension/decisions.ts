// "Mark as verified" and "Dismiss finding": recorded with who/when/why in `.verity/decisions.json` of the workspace
// folder, so a team can review them. Written atomically; a malformed file is reported and never overwritten.
import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as vscode from "vscode";
import * as log from "./log";
import { oneLine } from "./util";

export type DecisionAction = "verified" | "dismissed";

export interface Decision {
  action: DecisionAction;
  /** The finding kind dismissed; for "verified" the kind that prompted it (the whole sentence is accepted). */
  kind: string;
  /** The sentence as it stood in the draft. A decision applies while the sentence reads the same. */
  sentence: string;
  /** The draft's words at fault, for a dismissed finding. */
  found?: string;
  /** The draft, relative to the workspace folder ("" for an untitled buffer). */
  file: string;
  who: string;
  when: string;
  why?: string;
}

interface DecisionFile {
  version: 1;
  decisions: Decision[];
}

export const DECISIONS_RELATIVE = path.join(".verity", "decisions.json");

export function normalizeSentence(text: string): string {
  return oneLine(text);
}

class MalformedError extends Error {}

function parse(text: string, file: string): Decision[] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    throw new MalformedError(`${file} is not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  const list = Array.isArray(data) ? data : (data as { decisions?: unknown } | null)?.decisions;
  if (!Array.isArray(list)) throw new MalformedError(`${file} has no "decisions" list`);
  const out: Decision[] = [];
  list.forEach((d, i) => {
    const r = d as Partial<Decision> | null;
    if (!r || typeof r !== "object" || typeof r.sentence !== "string" || (r.action !== "verified" && r.action !== "dismissed")) {
      throw new MalformedError(`${file}: entry ${i + 1} needs "action" ("verified" or "dismissed") and "sentence"`);
    }
    out.push({
      action: r.action,
      kind: typeof r.kind === "string" ? r.kind : "",
      sentence: r.sentence,
      found: typeof r.found === "string" ? r.found : undefined,
      file: typeof r.file === "string" ? r.file : "",
      who: typeof r.who === "string" ? r.who : "",
      when: typeof r.when === "string" ? r.when : "",
      why: typeof r.why === "string" && r.why !== "" ? r.why : undefined,
    });
  });
  return out;
}

let cachedWho: Promise<string> | undefined;

/** git config user.name, else the OS user name. */
export function whoAmI(cwd?: string): Promise<string> {
  cachedWho ??= new Promise<string>((resolve) => {
    const fallback = () => {
      try {
        resolve(os.userInfo().username || "unknown");
      } catch {
        resolve(process.env.USER ?? process.env.USERNAME ?? "unknown");
      }
    };
    try {
      execFile("git", ["config", "user.name"], { cwd: cwd ?? os.homedir(), timeout: 3000, windowsHide: true }, (err, stdout) => {
        const name = String(stdout ?? "").trim();
        if (err || !name) fallback();
        else resolve(name);
      });
    } catch {
      fallback();
    }
  });
  return cachedWho;
}

interface FolderState {
  file: string;
  decisions: Decision[];
  /** Set when the file on disk could not be read as decisions: none are applied and it is not written. */
  broken?: string;
}

export class DecisionStore implements vscode.Disposable {
  private readonly states = new Map<string, FolderState>();
  private readonly watchers: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private loadedOnce: Promise<void> | undefined;

  constructor(private readonly fallbackDir: vscode.Uri) {}

  /** Where decisions about `uri` are kept: its workspace folder, the first folder for untitled drafts, else global storage. */
  fileFor(uri: vscode.Uri): string {
    const folder = vscode.workspace.getWorkspaceFolder(uri) ?? vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === "file");
    if (folder && folder.uri.scheme === "file") return path.join(folder.uri.fsPath, DECISIONS_RELATIVE);
    return path.join(this.fallbackDir.fsPath, "decisions.json");
  }

  relativeFile(uri: vscode.Uri): string {
    if (uri.scheme !== "file") return "";
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? path.relative(folder.uri.fsPath, uri.fsPath).split(path.sep).join("/") : uri.fsPath;
  }

  /** Loads every workspace folder's file once and starts watching them. */
  ready(): Promise<void> {
    this.loadedOnce ??= (async () => {
      for (const folder of vscode.workspace.workspaceFolders ?? []) {
        if (folder.uri.scheme !== "file") continue;
        const file = path.join(folder.uri.fsPath, DECISIONS_RELATIVE);
        await this.load(file);
        const reload = () => void this.load(file).then(() => this.changed.fire());
        // The file, and the folder (deleting `.verity/` reports only the folder).
        for (const glob of [".verity/decisions.json", ".verity"]) {
          const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob));
          this.watchers.push(w, w.onDidChange(reload), w.onDidCreate(reload), w.onDidDelete(reload));
        }
      }
    })().catch((err) => log.error("Loading decisions failed", err));
    return this.loadedOnce;
  }

  private async load(file: string): Promise<FolderState> {
    const state: FolderState = { file, decisions: [] };
    try {
      const text = await fs.readFile(file, "utf8");
      state.decisions = parse(text, file);
      log.resolved(`decisions-malformed:${file}`);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") {
        state.broken = err instanceof Error ? err.message : String(err);
        log.problem(
          `decisions-malformed:${file}`,
          `${state.broken}. Its decisions are not applied, and Verity will not write to it until it is fixed or removed.`,
          undefined,
          "warning",
        );
      }
    }
    this.states.set(file, state);
    return state;
  }

  private stateFor(uri: vscode.Uri): FolderState | undefined {
    return this.states.get(this.fileFor(uri));
  }

  /** Decisions that apply to a sentence of the draft `uri`. */
  lookup(uri: vscode.Uri, sentence: string): Decision[] {
    const state = this.stateFor(uri);
    if (!state || state.broken) return [];
    const key = normalizeSentence(sentence);
    return state.decisions.filter((d) => normalizeSentence(d.sentence) === key);
  }

  isVerified(uri: vscode.Uri, sentence: string): boolean {
    return this.lookup(uri, sentence).some((d) => d.action === "verified");
  }

  isDismissed(uri: vscode.Uri, sentence: string, kind: string, found?: string): boolean {
    return this.lookup(uri, sentence).some(
      (d) => d.action === "verified" || (d.action === "dismissed" && d.kind === kind && (d.found === undefined || found === undefined || d.found === found)),
    );
  }

  all(): Array<{ file: string; decisions: Decision[]; broken?: string }> {
    return [...this.states.values()].map((s) => ({ ...s }));
  }

  /** Adds a decision, re-reading the file first so that edits by others are kept. Throws with a clear message. */
  async record(uri: vscode.Uri, entry: Omit<Decision, "who" | "when" | "file"> & { who?: string }): Promise<Decision> {
    const file = this.fileFor(uri);
    const state = await this.load(file);
    if (state.broken) {
      throw new Error(`${file} is malformed (${state.broken}); fix or remove it before recording decisions`);
    }
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const decision: Decision = {
      ...entry,
      sentence: normalizeSentence(entry.sentence),
      file: this.relativeFile(uri),
      who: entry.who ?? (await whoAmI(folder?.uri.fsPath)),
      when: new Date().toISOString(),
    };
    if (decision.why === undefined || decision.why === "") delete decision.why;
    if (decision.found === undefined) delete decision.found;
    const data: DecisionFile = { version: 1, decisions: [...state.decisions, decision] };
    await writeAtomically(file, JSON.stringify(data, null, 2) + "\n");
    state.decisions = data.decisions;
    this.changed.fire();
    return decision;
  }

  dispose(): void {
    for (const w of this.watchers) w.dispose();
    this.changed.dispose();
  }
}

/** Write to a temporary file beside the target, flush, then rename over it: a crash never leaves half a file. */
export async function writeAtomically(file: string, content: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`;
  const handle = await fs.open(tmp, "w");
  try {
    await handle.writeFile(content, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
}
