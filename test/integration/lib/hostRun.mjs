// Runs a mocha bundle inside code-server's real extension host: opens the workbench in Chromium with the
// extensionDevelopmentPath / extensionTestsPath payload, then waits for the results file the bundle writes.
import { existsSync, mkdirSync, readFileSync, appendFileSync } from "node:fs";
import path from "node:path";
import { waitFor } from "./util.mjs";
import { workbenchUrl } from "./codeServer.mjs";

/**
 * @returns {Promise<import("../index").IntegrationResults>}
 */
export async function runHostTests({ browser, server, folder, extensionDevelopmentPath, extensionTestsPath, resultsFile, outputDir, label, timeoutMs }) {
  mkdirSync(outputDir, { recursive: true });
  const consoleLog = path.join(outputDir, `${label}-console.log`);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on("console", (msg) => appendFileSync(consoleLog, `[${msg.type()}] ${msg.text()}\n`));
  page.on("pageerror", (err) => appendFileSync(consoleLog, `[pageerror] ${err.message}\n`));
  const url = workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath });
  appendFileSync(consoleLog, `[runner] ${url}\n`);
  try {
    await page.goto(url, { waitUntil: "domcontentloaded", timeout: 60_000 });
    const readResults = () => {
      if (server.exitCode !== undefined) throw Object.assign(new Error(`code-server exited (${server.exitCode})`), { fatal: true });
      if (!existsSync(resultsFile)) return undefined;
      const results = JSON.parse(readFileSync(resultsFile, "utf8"));
      return results.finished ? results : undefined;
    };
    try {
      return await waitFor(`the extension host to run the tests (results in ${resultsFile})`, readResults, { timeoutMs, intervalMs: 250 });
    } catch (err) {
      await page.screenshot({ path: path.join(outputDir, `${label}-timeout.png`) }).catch(() => {});
      throw new Error(`${err.message}\n  workbench console: ${consoleLog}\n  code-server log: ${server.logFile}`);
    }
  } finally {
    await context.close().catch(() => {});
  }
}

/** Prints one line per test and the final `N passed, N failed` line. */
export function printResults(results, { label } = {}) {
  if (label) console.log(`  ${label}${results.vscodeVersion ? ` (VS Code ${results.vscodeVersion})` : ""}:`);
  for (const t of results.tests) {
    const mark = t.state === "passed" ? "✓" : t.state === "failed" ? "✗" : "-";
    const ms = t.durationMs !== undefined ? ` (${t.durationMs} ms)` : "";
    console.log(`    ${mark} ${t.title}${ms}`);
    if (t.error) console.log(t.error.split("\n").map((l) => `        ${l}`).join("\n"));
  }
}
