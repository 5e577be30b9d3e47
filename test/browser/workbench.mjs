// Drives the code-server workbench the way a person would: Quick Open the fixture draft, wait for Verity's
// squiggles, hover the wrong number and read the source passage, run "Verity: Look Up Claim" from the command
// palette. A screenshot per step goes to test-output/browser/. Each step is a test in the runner's totals.
//
// Run by test/integration/run.mjs after the host suite; standalone: `node test/browser/workbench.mjs`
// (installs/starts code-server and Chromium itself, with the development build in dist/).
import { mkdirSync, appendFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { workbenchUrl } from "../integration/lib/codeServer.mjs";

// What the fixture draft (test/fixtures/workspace/drafts/story.md) holds: a wrong figure the sources contradict.
export const DRAFT = "drafts/story.md";
export const WRONG_TEXT = process.env.VERITY_BROWSER_WRONG_TEXT || "72 hours";
// The source passage quoted in the hover (not just the diagnostic message, which says "Sources say 24 hours, …").
export const SOURCE_TEXT = new RegExp(process.env.VERITY_BROWSER_SOURCE_TEXT || "leave within 24 hours", "i");
const LOOK_UP_COMMAND = "Verity: Look Up Claim";

const SQUIGGLES = ".monaco-editor .squiggly-error, .monaco-editor .squiggly-warning, .monaco-editor .squiggly-info, .monaco-editor .squiggly-hint";
const QUICK_INPUT = ".quick-input-widget";
const QUICK_ROWS = ".quick-input-widget .monaco-list-row";

class StepFailure extends Error {}
const expect = (cond, message) => {
  if (!cond) throw new StepFailure(message);
};

/**
 * @returns {Promise<{passed:number, failed:number, pending:number, tests:{title:string,state:string,durationMs?:number,error?:string}[], errors:string[]}>}
 */
export async function runWorkbenchTest({ browser, server, folder, extensionDevelopmentPath, outputDir }) {
  mkdirSync(outputDir, { recursive: true });
  const results = { passed: 0, failed: 0, pending: 0, tests: [], errors: [] };
  const consoleLog = path.join(outputDir, "console.log");
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.on("console", (msg) => appendFileSync(consoleLog, `[${msg.type()}] ${msg.text()}\n`));
  page.on("pageerror", (err) => appendFileSync(consoleLog, `[pageerror] ${err.message}\n`));
  let shot = 0;
  const screenshot = (name) =>
    page.screenshot({ path: path.join(outputDir, `${String(++shot).padStart(2, "0")}-${name}.png`) }).catch(() => {});

  let blocked; // a failed step that later steps cannot do without
  const step = async (title, fn, { needs } = {}) => {
    const started = Date.now();
    const name = title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
    if (needs && blocked) {
      results.failed++;
      const error = `skipped: "${blocked}" failed`;
      results.tests.push({ title: `browser: ${title}`, state: "failed", error });
      results.errors.push(`browser: ${title}: ${error}`);
      return;
    }
    try {
      await fn();
      results.passed++;
      results.tests.push({ title: `browser: ${title}`, state: "passed", durationMs: Date.now() - started });
      await screenshot(name);
    } catch (err) {
      results.failed++;
      const error = err instanceof StepFailure ? err.message : (err?.stack || String(err)).split("\n").slice(0, 6).join("\n");
      results.tests.push({ title: `browser: ${title}`, state: "failed", durationMs: Date.now() - started, error });
      results.errors.push(`browser: ${title}: ${error}`);
      await screenshot(`${name}-FAILED`);
      if (needs !== false) blocked ??= title;
      await page.keyboard.press("Escape").catch(() => {});
    }
  };

  try {
    await step("workbench opens the fixture workspace", async () => {
      await page.goto(workbenchUrl(server, { folder, extensionDevelopmentPath }), { waitUntil: "domcontentloaded", timeout: 60_000 });
      await page.locator(".monaco-workbench").waitFor({ timeout: 60_000 });
      // The explorer lists the workspace's top-level folder once the remote file system is up.
      await page.locator(".explorer-folders-view .monaco-list-row", { hasText: "drafts" }).first().waitFor({ timeout: 60_000 });
    });

    await step(`Quick Open ${DRAFT}`, async () => {
      await page.locator(".monaco-workbench").click({ position: { x: 700, y: 400 } }).catch(() => {});
      await page.keyboard.press("Control+P");
      const input = page.locator(`${QUICK_INPUT} input`);
      await input.waitFor({ state: "visible" });
      await input.fill(path.basename(DRAFT));
      await page.locator(QUICK_ROWS, { hasText: path.basename(DRAFT) }).first().waitFor();
      await page.keyboard.press("Enter");
      await page.locator(".tabs-container .tab.active", { hasText: path.basename(DRAFT) }).waitFor();
      const editor = page.locator(".editor-instance .monaco-editor .view-lines").first();
      await editor.waitFor();
      const text = await editor.innerText();
      expect(text.replace(/\u00a0/g, " ").includes(WRONG_TEXT), `the editor shows ${DRAFT} but not "${WRONG_TEXT}": ${text.slice(0, 300)}`);
    });

    await step("Verity marks the draft with squiggles", async () => {
      await page.locator(SQUIGGLES).first().waitFor({ state: "attached", timeout: 60_000 });
      const count = await page.locator(SQUIGGLES).count();
      expect(count > 0, "no squiggles in the editor");
    }, { needs: true });

    let hoverText = "";
    await step(`hover "${WRONG_TEXT}" shows the source passage`, async () => {
      // Find the wrong figure's on-screen box from the rendered text, then move the mouse there like a person.
      const box = await page.evaluate((needle) => {
        const lines = document.querySelector(".editor-instance .monaco-editor .view-lines");
        if (!lines) return null;
        const walker = document.createTreeWalker(lines, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = (node.textContent || "").replace(/\u00a0/g, " ");
          const at = text.indexOf(needle.split(" ")[0]);
          if (at >= 0 && (text.includes(needle) || node.parentElement?.parentElement?.textContent?.replace(/\u00a0/g, " ").includes(needle))) {
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + needle.split(" ")[0].length);
            const r = range.getBoundingClientRect();
            return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
          }
        }
        return null;
      }, WRONG_TEXT);
      expect(box, `"${WRONG_TEXT}" is not visible in the editor`);
      await page.mouse.move(box.x - 40, box.y);
      await page.mouse.move(box.x, box.y, { steps: 5 });
      const hover = page.locator(".monaco-hover").filter({ hasText: /\S/ }).first();
      await hover.waitFor({ state: "visible", timeout: 20_000 });
      // Hover content arrives from several providers; give it a moment to settle.
      await page.waitForFunction(
        (re) => [...document.querySelectorAll(".monaco-hover")].some((h) => new RegExp(re, "i").test(h.textContent || "")),
        SOURCE_TEXT.source,
        { timeout: 15_000 },
      ).catch(() => {});
      hoverText = (await page.locator(".monaco-hover").allInnerTexts()).join("\n");
      appendFileSync(path.join(outputDir, "hover.txt"), hoverText);
      expect(/verity/i.test(hoverText) || SOURCE_TEXT.test(hoverText), `the hover is not Verity's: ${hoverText.slice(0, 400)}`);
      expect(SOURCE_TEXT.test(hoverText), `the hover does not quote the source (${SOURCE_TEXT}): ${hoverText.slice(0, 600)}`);
    }, { needs: true });
    await page.mouse.move(5, 5).catch(() => {});
    await page.keyboard.press("Escape").catch(() => {});

    await step(`"${LOOK_UP_COMMAND}" lists claims`, async () => {
      await page.locator(".editor-instance .monaco-editor").first().click({ position: { x: 200, y: 10 } }).catch(() => {});
      await page.keyboard.press("F1");
      const input = page.locator(`${QUICK_INPUT} input`);
      await input.waitFor({ state: "visible" });
      await input.fill(`>${LOOK_UP_COMMAND}`);
      const row = page.locator(QUICK_ROWS, { hasText: LOOK_UP_COMMAND }).first();
      await row.waitFor({ timeout: 15_000 });
      await screenshot("command-palette");
      await page.keyboard.press("Enter");
      // The command's own quick pick replaces the palette: rows that are claims, not commands.
      await page.waitForFunction(
        (cmd) => {
          const rows = [...document.querySelectorAll(".quick-input-widget .monaco-list-row")];
          return rows.length > 0 && rows.every((r) => !(r.textContent || "").includes(cmd));
        },
        LOOK_UP_COMMAND,
        { timeout: 30_000 },
      );
      const rows = await page.locator(QUICK_ROWS).allInnerTexts();
      appendFileSync(path.join(outputDir, "claims.txt"), rows.join("\n---\n"));
      expect(rows.length > 0, "the claim list is empty");
      expect(rows.some((r) => r.trim().length > 20), `the rows do not look like claims: ${rows.slice(0, 3).join(" | ")}`);
    }, { needs: false });
    await page.keyboard.press("Escape").catch(() => {});
  } finally {
    await context.close().catch(() => {});
  }
  return results;
}

// Standalone: node test/browser/workbench.mjs
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // Not a top-level await: run.mjs imports this module, which must finish evaluating first.
  import("../integration/run.mjs")
    .then(({ main }) => main(["--only", "browser"]))
    .then((code) => process.exit(code), (err) => {
      console.error(err);
      process.exit(1);
    });
}
