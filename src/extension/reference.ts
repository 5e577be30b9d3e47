// Loads the reference set lazily, watches its files and reloads (debounced) when they change.
import * as path from "node:path";
import { promises as fs } from "node:fs";
import * as vscode from "vscode";
import { Checker, loadReferenceSet, ReferenceSet } from "../core";
import * as log from "./log";
import { readSettings } from "./settings";
import { findFilesSafe } from "./util";

export interface Loaded {
  set: ReferenceSet;
  checker: Checker;
}

type Root =
  | { kind: "folder"; fsPath: string; configured: string; bundled: boolean }
  | { kind: "file"; fsPath: string; configured: string }
  | { kind: "glob"; base: vscode.Uri; pattern: string; files: string[]; configured: string };

const GLOB = /[*?{}[\]]/;
const RELOAD_DELAY_MS = 300;

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

async function statKind(p: string): Promise<"folder" | "file" | undefined> {
  try {
    const s = await fs.stat(p);
    return s.isDirectory() ? "folder" : s.isFile() ? "file" : undefined;
  } catch {
    return undefined;
  }
}

export class ReferenceManager implements vscode.Disposable {
  private current: Loaded | undefined;
  private loadPromise: Promise<Loaded> | undefined;
  private roots: Root[] = [];
  private watchers: vscode.Disposable[] = [];
  private reloadTimer: NodeJS.Timeout | undefined;
  private disposed = false;
  /** Reloads asked for so far: a load that a newer request superseded stops between documents. */
  private requested = 0;
  private readonly changed = new vscode.EventEmitter<Loaded>();
  private readonly status = new vscode.EventEmitter<"loading" | "ready">();
  /** Fires when a reload replaced an earlier reference set (not on the first, lazy load). */
  readonly onDidChange = this.changed.event;
  readonly onDidChangeStatus = this.status.event;

  /**
   * @param cacheDir where built indexes are cached (the extension's global storage: local, per user); a large archive
   * then loads in a fraction of the time it takes to analyse.
   */
  constructor(
    private readonly extensionPath: string,
    private readonly cacheDir?: string,
    private readonly version?: string,
  ) {}

  /** The loaded reference set, loading it on first need. Never rejects. */
  get(): Promise<Loaded> {
    if (this.current) return Promise.resolve(this.current);
    return this.loadPromise ?? this.reload();
  }

  get loaded(): Loaded | undefined {
    return this.current;
  }

  /** Reloads now; successive reloads run one after another. Never rejects. */
  reload(): Promise<Loaded> {
    this.requested++;
    const previous = this.loadPromise ?? Promise.resolve(undefined);
    const next = previous.then(
      () => this.load(),
      () => this.load(),
    );
    this.loadPromise = next;
    return next;
  }

  /** Reload after a short quiet period (a burst of file events makes one reload). */
  scheduleReload(): void {
    if (this.disposed) return;
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(() => {
      this.reloadTimer = undefined;
      void this.reload();
    }, RELOAD_DELAY_MS);
  }

  /** True when the file is one of the reference documents (or lies in a reference folder): not a draft. */
  isReference(uri: vscode.Uri): boolean {
    if (uri.scheme !== "file") return false;
    const p = uri.fsPath;
    for (const root of this.roots) {
      if (root.kind === "folder" && isInside(p, root.fsPath)) return true;
      if (root.kind === "file" && p === root.fsPath) return true;
      if (root.kind === "glob" && root.files.includes(p)) return true;
    }
    return this.current?.set.documents.some((d) => d.path === p) ?? false;
  }

  /** Folders holding reference documents, configured ones inside the workspace first (for "Add Source Document"). */
  folders(): Array<{ fsPath: string; bundled: boolean }> {
    return this.roots.flatMap((r) => (r.kind === "folder" ? [{ fsPath: r.fsPath, bundled: r.bundled }] : []));
  }

  /** Glob patterns (workspace-relative) that cover the reference set, to exclude them from a workspace check. */
  private async resolveRoots(): Promise<{ roots: Root[]; missing: string[]; outside: string[] }> {
    const settings = readSettings();
    const folders = vscode.workspace.workspaceFolders ?? [];
    const trusted = vscode.workspace.isTrusted;
    const roots: Root[] = [];
    const missing: string[] = [];
    const outside: string[] = [];
    const inWorkspace = (p: string) => folders.some((f) => f.uri.scheme === "file" && isInside(p, f.uri.fsPath));

    for (const configured of settings.referencePaths) {
      const raw = configured.trim();
      if (GLOB.test(raw) && !path.isAbsolute(raw)) {
        for (const folder of folders) {
          const uris = await findFilesSafe(folder, raw.replace(/^\.\//, ""), 5000);
          const files = uris.filter((u) => u.scheme === "file").map((u) => u.fsPath);
          roots.push({ kind: "glob", base: folder.uri, pattern: raw, files, configured: raw });
        }
        continue;
      }
      const candidates = path.isAbsolute(raw)
        ? [path.normalize(raw)]
        : folders.filter((f) => f.uri.scheme === "file").map((f) => path.join(f.uri.fsPath, raw));
      let found = false;
      for (const candidate of candidates) {
        if (!trusted && !inWorkspace(candidate)) {
          outside.push(configured);
          continue;
        }
        const kind = await statKind(candidate);
        if (kind === "folder") roots.push({ kind: "folder", fsPath: candidate, configured, bundled: false });
        else if (kind === "file") roots.push({ kind: "file", fsPath: candidate, configured });
        else {
          // Keep watching a missing path so that creating it brings it in.
          roots.push({ kind: "folder", fsPath: candidate, configured, bundled: false });
          continue;
        }
        found = true;
      }
      if (!found && !outside.includes(configured)) missing.push(configured);
      else if (found) log.resolved(`reference-missing:${configured}`);
    }
    if (settings.includeBundled) {
      const bundled = path.join(this.extensionPath, "reference");
      if ((await statKind(bundled)) === "folder") roots.push({ kind: "folder", fsPath: bundled, configured: bundled, bundled: true });
    }
    return { roots, missing, outside };
  }

  private async load(): Promise<Loaded> {
    this.status.fire("loading");
    try {
      const { roots, missing, outside } = await this.resolveRoots();
      this.roots = roots;
      this.rewatch();
      for (const m of missing) {
        log.problem(
          `reference-missing:${m}`,
          `Reference path "${m}" was not found (deleted or renamed?). Checking against the remaining sources.`,
          undefined,
          "warning",
        );
      }
      for (const o of outside) {
        log.problem(
          `reference-untrusted:${o}`,
          `Reference path "${o}" lies outside the workspace and is ignored until you trust this workspace.`,
          undefined,
          "warning",
        );
      }
      const paths: string[] = [];
      for (const r of roots) {
        if (r.kind === "glob") paths.push(...r.files);
        else if ((await statKind(r.fsPath)) !== undefined) paths.push(r.fsPath);
      }
      const started = Date.now();
      // Source files have the engine's own size limit; verity.maxFileSizeKB is about drafts. Indexing yields to the
      // editor between documents, shows progress in the status bar, and stops if a newer reload was asked for.
      const generation = this.requested;
      const { set, problems, cancelled } = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: "Verity: indexing sources" },
        (progress) =>
          loadReferenceSet(paths, {
            cacheDir: this.cacheDir,
            engineVersion: this.version,
            isCancelled: () => this.disposed || generation !== this.requested,
            onProgress: (done, total) => progress.report({ message: `${done}/${total}` }),
          }),
      );
      if (cancelled && this.current) return this.current;
      for (const p of problems) {
        const where = `${p.file}${p.line ? `:${p.line}` : ""}`;
        log.problem(`reference-problem:${where}:${p.message}`, `Reference file ${where}: ${p.message}`, undefined, "warning");
      }
      log.info(
        `Reference set loaded: ${set.documents.length} documents, ${set.claims.length} claims from ${paths.length} path(s) in ${Date.now() - started} ms.`,
      );
      const loaded: Loaded = { set, checker: new Checker(set) };
      const replaced = this.current !== undefined;
      this.current = loaded;
      if (replaced && !this.disposed) this.changed.fire(loaded);
      return loaded;
    } catch (err) {
      log.problem("reference-load", `Could not load the reference set: ${err instanceof Error ? err.message : String(err)}`, err);
      if (!this.current) this.current = { set: ReferenceSet.build([]), checker: new Checker(ReferenceSet.build([])) };
      return this.current;
    } finally {
      this.status.fire("ready");
    }
  }

  private rewatch(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    if (this.disposed) return;
    const patterns: vscode.RelativePattern[] = [];
    for (const r of this.roots) {
      if (r.kind === "folder") {
        patterns.push(new vscode.RelativePattern(vscode.Uri.file(r.fsPath), "**/*"));
        // The folder itself being deleted, renamed or (re)created.
        patterns.push(new vscode.RelativePattern(vscode.Uri.file(path.dirname(r.fsPath)), path.basename(r.fsPath)));
      } else if (r.kind === "file") {
        patterns.push(new vscode.RelativePattern(vscode.Uri.file(path.dirname(r.fsPath)), path.basename(r.fsPath)));
      } else {
        patterns.push(new vscode.RelativePattern(r.base, r.pattern));
      }
    }
    for (const pattern of patterns) {
      try {
        const w = vscode.workspace.createFileSystemWatcher(pattern);
        const onEvent = () => this.scheduleReload();
        this.watchers.push(w, w.onDidCreate(onEvent), w.onDidChange(onEvent), w.onDidDelete(onEvent));
      } catch (err) {
        log.error(`Could not watch ${pattern.baseUri.fsPath}/${pattern.pattern}`, err);
      }
    }
  }

  dispose(): void {
    this.disposed = true;
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    this.changed.dispose();
    this.status.dispose();
  }
}
