// Output formats of `verity check`: a line per finding for people, JSON for pipelines (shared/contracts/cli-json.md),
// and SARIF 2.1.0 for code-scanning tools.
import type { CheckResult, Finding, SentenceResult } from "../types";

export interface FileReport {
  /** The path as the user gave it. */
  file: string;
  text: string;
  result: CheckResult;
}

export interface ReportContext {
  documents: number;
  claims: number;
  version: string;
}

/** 1-based line and column (UTF-16 units, as editors count) of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function sourceNote(s: SentenceResult): string {
  const src = s.sources[0];
  if (!src) return "";
  const by = [src.outlet, src.date].filter(Boolean).join(", ");
  return ` [${src.document}:${src.line}${by ? ` — ${by}` : ""}]`;
}

/** Findings worth a line: everything but hints on supported sentences are listed; supported ones are counted. */
export function formatText(reports: FileReport[]): string {
  const lines: string[] = [];
  const totals = { supported: 0, conflict: 0, disputed: 0, unsourced: 0, unchecked: 0 };
  for (const r of reports) {
    for (const s of r.result.sentences) {
      totals[s.status]++;
      for (const f of s.findings) {
        const { line, column } = lineAndColumn(r.text, f.start);
        lines.push(`${r.file}:${line}:${column} ${f.severity} ${f.message} (${f.kind})${sourceNote(s)}`);
      }
    }
  }
  lines.push(
    `${totals.supported} supported, ${totals.conflict} conflict, ${totals.disputed} disputed, ${totals.unsourced} unsourced, ${totals.unchecked} unchecked`,
  );
  return lines.join("\n") + "\n";
}

export function formatJson(reports: FileReport[], context: ReportContext): string {
  return (
    JSON.stringify(
      {
        version: 1,
        reference: { documents: context.documents, claims: context.claims, version: context.version },
        files: reports.map((r) => ({
          file: r.file,
          sentences: r.result.sentences.map((s) => ({
            start: s.start,
            end: s.end,
            line: lineAndColumn(r.text, s.start).line,
            text: s.text,
            status: s.status,
            confidence: s.confidence,
            findings: s.findings,
            sources: s.sources,
          })),
        })),
      },
      null,
      2,
    ) + "\n"
  );
}

const SARIF_LEVEL: Record<Finding["severity"], string> = { error: "error", warning: "warning", information: "note", hint: "note" };
const RULES: Record<string, string> = {
  number: "A number differs from what the sources say.",
  date: "A date differs from what the sources say.",
  entity: "A person, organisation or place differs from the sources.",
  role: "A title or role differs from the sources.",
  quote: "A quotation is not verbatim.",
  negation: "The sources state the opposite.",
  attribution: "A claim the sources attribute to someone is stated as fact, or credited to the wrong person.",
  unsourced: "A checkable claim no source covers.",
  disputed: "The sources disagree with each other.",
};

export function formatSarif(reports: FileReport[], toolVersion: string): string {
  const rules = Object.entries(RULES).map(([id, text]) => ({
    id,
    shortDescription: { text },
    helpUri: `https://github.com/verity-newsroom/verity#finding-${id}`,
  }));
  const results = reports.flatMap((r) =>
    r.result.sentences.flatMap((s) =>
      s.findings.map((f) => {
        const start = lineAndColumn(r.text, f.start);
        const end = lineAndColumn(r.text, f.end);
        return {
          ruleId: f.kind,
          ruleIndex: Object.keys(RULES).indexOf(f.kind),
          level: SARIF_LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: r.file.replace(/\\/g, "/") },
                region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column, charOffset: f.start, charLength: f.end - f.start },
              },
            },
          ],
          properties: { status: s.status, confidence: f.confidence, expected: f.expected, sources: s.sources.map((x) => `${x.document}:${x.line}`) },
        };
      }),
    ),
  );
  return (
    JSON.stringify(
      {
        $schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: [{ tool: { driver: { name: "Verity", version: toolVersion, informationUri: "https://github.com/verity-newsroom/verity", rules } }, columnKind: "utf16CodeUnits", results }],
      },
      null,
      2,
    ) + "\n"
  );
}
