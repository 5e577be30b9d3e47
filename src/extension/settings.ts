// Typed access to the `verity.*` settings. Read fresh on every use so changes take effect at once.
import * as vscode from "vscode";
import type { FindingKind } from "../core";

export type SeveritySetting = "error" | "warning" | "information" | "hint" | "off";
export type Trigger = "onType" | "onSave" | "manual";
export type CitationStyle = "footnote" | "link";

export interface VeritySettings {
  referencePaths: string[];
  includeBundled: boolean;
  languages: string[];
  trigger: Trigger;
  debounceMs: number;
  severity: { conflict: SeveritySetting; disputed: SeveritySetting; unsourced: SeveritySetting; attribution: SeveritySetting };
  minConfidence: number;
  maxFileSizeKB: number;
  citationStyle: CitationStyle;
}

const SEVERITIES: SeveritySetting[] = ["error", "warning", "information", "hint", "off"];

function pick<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function num(value: unknown, fallback: number, min: number, max: number): number {
  return typeof value === "number" && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

function strings(value: unknown, fallback: string[]): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string" && v.trim() !== "") : fallback;
}

export function readSettings(scope?: vscode.ConfigurationScope): VeritySettings {
  const c = vscode.workspace.getConfiguration("verity", scope);
  return {
    referencePaths: strings(c.get("reference.paths"), []),
    includeBundled: c.get("reference.includeBundled") !== false,
    languages: strings(c.get("languages"), ["markdown", "plaintext"]),
    trigger: pick(c.get("check.trigger"), ["onType", "onSave", "manual"] as const, "onType"),
    debounceMs: num(c.get("check.debounceMs"), 400, 0, 60_000),
    severity: {
      conflict: pick(c.get("severity.conflict"), SEVERITIES, "warning"),
      disputed: pick(c.get("severity.disputed"), SEVERITIES, "warning"),
      unsourced: pick(c.get("severity.unsourced"), SEVERITIES, "information"),
      attribution: pick(c.get("severity.attribution"), SEVERITIES, "hint"),
    },
    minConfidence: num(c.get("minConfidence"), 0, 0, 1),
    maxFileSizeKB: num(c.get("maxFileSizeKB"), 1024, 1, 1_048_576),
    citationStyle: pick(c.get("citation.style"), ["footnote", "link"] as const, "footnote"),
  };
}

/** Which severity setting governs a finding kind: conflicts of every kind share one. */
export function severityFor(kind: FindingKind | string, settings: VeritySettings): SeveritySetting {
  switch (kind) {
    case "unsourced":
      return settings.severity.unsourced;
    case "disputed":
      return settings.severity.disputed;
    case "attribution":
      return settings.severity.attribution;
    default:
      return settings.severity.conflict;
  }
}

export function toDiagnosticSeverity(s: SeveritySetting): vscode.DiagnosticSeverity | undefined {
  switch (s) {
    case "error":
      return vscode.DiagnosticSeverity.Error;
    case "warning":
      return vscode.DiagnosticSeverity.Warning;
    case "information":
      return vscode.DiagnosticSeverity.Information;
    case "hint":
      return vscode.DiagnosticSeverity.Hint;
    default:
      return undefined;
  }
}
