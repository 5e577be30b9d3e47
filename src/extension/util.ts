// Small helpers shared by the extension's modules.
import * as vscode from "vscode";
import { collapseWhitespace, type SourceDocument, type SourcePassage } from "../core";

/** Maps UTF-16 offsets of a text to VS Code positions without a TextDocument (CRLF counts as one line break). */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  position(offset: number): vscode.Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    let character = o - this.starts[lo];
    // An offset between \r and \n belongs at the end of the line.
    if (character > 0 && this.text.charCodeAt(o - 1) === 13 && this.text.charCodeAt(o) === 10) character--;
    return new vscode.Position(lo, character);
  }
  range(start: number, end: number): vscode.Range {
    return new vscode.Range(this.position(start), this.position(Math.max(start, end)));
  }
}

/** Escapes every ASCII punctuation mark for Markdown, so text from a document can never become a link, HTML or a command. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, " ")
    .replace(/[\\`*_{}[\]()#+\-.!|<>~:&"'=@$%^;,?/]/g, (c) => `\\${c}`);
}

/** Text on one line: runs of whitespace, line breaks included, as one space; no space at either end. */
export function oneLine(text: string): string {
  return collapseWhitespace(text).trim();
}

export function truncate(text: string, max: number): string {
  const t = oneLine(text);
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

/** Arguments of the internal `verity.openSource` command: JSON-serialisable for command links. */
export interface OpenSourceArgs {
  /** Absolute path of the file, or "" for a document only in memory. */
  path: string;
  /** A draft's URI (any scheme, e.g. untitled), used instead of `path` when set. */
  uri?: string;
  document?: string;
  line?: number;
  start?: number;
  end?: number;
}

export function openSourceArgs(p: SourcePassage, doc?: SourceDocument): OpenSourceArgs {
  return { path: p.path ?? doc?.path ?? "", document: p.document, line: p.line, start: p.start, end: p.end };
}

/** A `command:` link target; every character that could end a Markdown link or attribute is percent-encoded. */
export function commandUri(command: string, args: unknown): string {
  const query = encodeURIComponent(JSON.stringify([args])).replace(/[()'!*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `command:${command}?${query}`;
}

/** "Title", Outlet, Author, Date — the parts that exist. */
export function describeSource(p: { title?: string; outlet?: string; author?: string; date?: string; document?: string }): string {
  const parts = [p.title ? `“${p.title}”` : p.document, p.outlet, p.author, p.date].filter((x): x is string => !!x && x.trim() !== "");
  return parts.join(", ");
}

/** A glob (`*`, `**`, `?`, `{a,b}`, `[...]`) as a RegExp over `/`-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
  let re = "";
  let inBraces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*") {
      if (glob[i + 1] === "*") {
        const slash = glob[i + 2] === "/";
        re += slash ? "(?:.*/)?" : ".*";
        i += slash ? 2 : 1;
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else if (c === "{") {
      inBraces++;
      re += "(?:";
    } else if (c === "}" && inBraces) {
      inBraces--;
      re += ")";
    } else if (c === "," && inBraces) re += "|";
    else if (c === "[") {
      const close = glob.indexOf("]", i + 1);
      if (close < 0) re += "\\[";
      else {
        re += `[${glob.slice(i + 1, close).replace(/^!/, "^").replace(/\\/g, "\\\\")}]`;
        i = close;
      }
    } else re += c.replace(/[.+^$()|\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

const SKIP_DIRS = new Set(["node_modules", ".git", ".verity", ".vscode-test"]);

/**
 * Files under `root` whose root-relative path matches `include`: `workspace.findFiles` when it works, else a walk of
 * the file system (some hosts ship without the search service's ripgrep).
 */
export async function findFilesSafe(root: vscode.WorkspaceFolder, include: string, limit = 10_000, token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  try {
    return await vscode.workspace.findFiles(new vscode.RelativePattern(root, include), "{**/node_modules/**,**/.git/**,**/.verity/**,**/.vscode-test/**}", limit, token);
  } catch {
    if (root.uri.scheme !== "file") return [];
    const { promises: fs } = await import("node:fs");
    const nodePath = await import("node:path");
    const re = globToRegExp(include);
    const out: vscode.Uri[] = [];
    const walk = async (dir: string, rel: string): Promise<void> => {
      if (out.length >= limit || token?.isCancellationRequested) return;
      let entries: import("node:fs").Dirent[];
      try {
        entries = await fs.readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        const r = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name)) await walk(nodePath.join(dir, e.name), r);
        } else if (e.isFile() && re.test(r)) out.push(vscode.Uri.file(nodePath.join(dir, e.name)));
        if (out.length >= limit) return;
      }
    };
    await walk(root.uri.fsPath, "");
    return out;
  }
}
