// The `Verity` output channel, and at most one notification per distinct problem.
import * as vscode from "vscode";

let channel: vscode.LogOutputChannel | undefined;
const notified = new Set<string>();

export function initLog(context: vscode.ExtensionContext): vscode.LogOutputChannel {
  channel = vscode.window.createOutputChannel("Verity", { log: true });
  context.subscriptions.push(channel);
  return channel;
}

function describe(err: unknown): string {
  if (err instanceof Error) return err.stack ?? `${err.name}: ${err.message}`;
  return String(err);
}

export function info(message: string): void {
  channel?.info(message);
}

export function warn(message: string): void {
  channel?.warn(message);
}

export function error(message: string, err?: unknown): void {
  channel?.error(err === undefined ? message : `${message}\n${describe(err)}`);
}

/**
 * Logs a problem and tells the user once per distinct `key` (a session-long memory): repeated failures of the
 * same kind stay in the output channel instead of flooding notifications.
 */
export function problem(key: string, message: string, err?: unknown, level: "error" | "warning" = "error"): void {
  if (level === "error") error(message, err);
  else warn(err === undefined ? message : `${message}\n${describe(err)}`);
  if (notified.has(key)) return;
  notified.add(key);
  const show = level === "error" ? vscode.window.showErrorMessage : vscode.window.showWarningMessage;
  void Promise.resolve(show(`Verity: ${message}`, "Show Log")).then(
    (choice) => {
      if (choice === "Show Log") channel?.show(true);
    },
    () => undefined,
  );
}

/** Forget that a problem was notified (it was fixed), so a recurrence is shown again. */
export function resolved(key: string): void {
  notified.delete(key);
}

/** Runs `fn`, routing any throw or rejection to the log: never an unhandled rejection. */
export function guard<A extends unknown[], R>(name: string, fn: (...args: A) => R | Promise<R>): (...args: A) => Promise<R | undefined> {
  return async (...args: A) => {
    try {
      return await fn(...args);
    } catch (err) {
      problem(`command:${name}`, `${name} failed: ${err instanceof Error ? err.message : String(err)}`, err);
      return undefined;
    }
  };
}

/** Fire-and-forget a promise safely. */
export function detach(what: string, p: PromiseLike<unknown>): void {
  Promise.resolve(p).catch((err) => problem(`task:${what}`, `${what} failed: ${err instanceof Error ? err.message : String(err)}`, err));
}
