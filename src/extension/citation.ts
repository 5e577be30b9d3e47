// Edits that put a citation or an attribution into a draft.
import * as vscode from "vscode";
import type { ClaimRef, SourceDocument, SourcePassage } from "../core";
import type { CitationStyle } from "./settings";
import { oneLine } from "./util";

export interface CitationSource {
  title?: string;
  outlet?: string;
  author?: string;
  date?: string;
  url?: string;
  document?: string;
  line?: number;
}

export function citationSource(p: SourcePassage, doc?: SourceDocument): CitationSource {
  return {
    title: p.title || doc?.title,
    outlet: p.outlet ?? doc?.outlet,
    author: p.author ?? doc?.author,
    date: p.date ?? doc?.date,
    url: p.url ?? doc?.url,
    document: p.document,
    line: p.line,
  };
}

export function citationFromClaim(claim: ClaimRef, doc?: SourceDocument): CitationSource {
  return { title: doc?.title, outlet: doc?.outlet, author: doc?.author, date: doc?.date, url: doc?.url, document: claim.documentId, line: claim.line };
}

function describe(c: CitationSource): string {
  const parts = [c.title ? `“${oneLine(c.title)}”` : c.document, c.outlet, c.author, c.date].filter((x): x is string => !!x && x.trim() !== "");
  return parts.map(oneLine).join(", ");
}

const END = /([.!?…])(["'”’)\]]*)\s*$/;

/** Offset just after the sentence's last visible character, and where its closing punctuation begins. */
function sentenceEnds(doc: vscode.TextDocument, start: number, end: number): { after: number; beforePunct: number } {
  const text = doc.getText(new vscode.Range(doc.positionAt(start), doc.positionAt(end)));
  const trimmed = text.replace(/\s+$/, "");
  const after = start + trimmed.length;
  const m = END.exec(trimmed);
  return { after, beforePunct: m ? start + m.index : after };
}

/** Inserts a citation after the sentence [start, end): a footnote or inline link in Markdown, brackets in plain text. */
export function citationEdit(doc: vscode.TextDocument, start: number, end: number, source: CitationSource, style: CitationStyle): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  const { after, beforePunct } = sentenceEnds(doc, start, end);
  const label = describe(source);
  if (doc.languageId === "plaintext") {
    edit.insert(doc.uri, doc.positionAt(beforePunct), ` [${label}]`);
    return edit;
  }
  if (style === "link") {
    const text = source.url ? ` ([${oneLine(source.outlet || source.title || source.document || "source")}](<${source.url}>))` : ` (${label})`;
    edit.insert(doc.uri, doc.positionAt(beforePunct), text);
    return edit;
  }
  const all = doc.getText();
  let n = 0;
  for (const m of all.matchAll(/\[\^(\d+)\]/g)) n = Math.max(n, Number(m[1]));
  n += 1;
  edit.insert(doc.uri, doc.positionAt(after), `[^${n}]`);
  const where = source.url ? ` <${source.url}>` : source.document ? ` (${oneLine(source.document)}${source.line ? `, line ${source.line}` : ""})` : "";
  const definition = `[^${n}]: ${label}.${where}`;
  const lastLine = doc.lineAt(doc.lineCount - 1);
  const lines = all.split(/\r?\n/).filter((l) => l.trim() !== "");
  const endsWithFootnotes = lines.length > 0 && /^\[\^\d+\]:/.test(lines[lines.length - 1]);
  const eol = doc.eol === vscode.EndOfLine.CRLF ? "\r\n" : "\n";
  let prefix = "";
  if (lastLine.text.length > 0) prefix = eol;
  if (!endsWithFootnotes) prefix += all.endsWith(eol + eol) || all.length === 0 ? "" : eol;
  edit.insert(doc.uri, doc.lineAt(doc.lineCount - 1).range.end, `${prefix}${definition}${eol}`);
  return edit;
}

/** Credits the sentence's claim to `speaker`: "…, Prime Minister Ines Calder said." */
export function attributionEdit(doc: vscode.TextDocument, start: number, end: number, speaker: string): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  const text = doc.getText(range);
  const trimmed = text.replace(/\s+$/, "");
  const who = oneLine(speaker);
  const m = END.exec(trimmed);
  let replacement: string;
  if (!m) replacement = `${trimmed}, ${who} said.`;
  else {
    const [, punct, closers] = m;
    const body = trimmed.slice(0, m.index);
    const quoted = /["'”’]/.test(closers);
    if (punct === "." || punct === "…") replacement = quoted ? `${body},${closers} ${who} said.` : `${body}, ${who} said.`;
    else replacement = `${body}${punct}${closers} ${who} said.`;
    if (punct === "…") replacement = replacement.replace(`${body},`, `${body}…,`);
  }
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(start), doc.positionAt(start + trimmed.length)), replacement);
  return edit;
}
