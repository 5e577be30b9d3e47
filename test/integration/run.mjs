// `npm run test:integration`: the extension's mocha suite inside a real VS Code extension host, then a browser test
// of the workbench, then the packaged .vsix installed the way a user would and smoke-tested.
//
// The VS Code is code-server (npm-installed into .vscode-test/code-server, reused), opened in Debian's Chromium via
// playwright-core; VERITY_TEST_ELECTRON=1 runs the host suite with @vscode/test-electron (desktop VS Code) instead.
//
//   node test/integration/run.mjs [--only host,browser,vsix] [--skip browser,...]
//
// Env: VERITY_TEST_ELECTRON=1, VERITY_INTEGRATION_GREP (mocha grep), VERITY_INTEGRATION_TIMEOUT_MS (per test),
// VERITY_HOST_TIMEOUT_MS (whole host run, default 5 min), VERITY_CHROMIUM (browser executable),
// VERITY_SKIP_BUILD=1 (use dist/ as it is), VERITY_KEEP_TMP=1 (keep user-data dirs), VERITY_CACHE_DIR (where
// code-server is installed; default .vscode-test/, worth caching in CI).
// Output: test-output/integration/ (logs), test-output/browser/ (screenshots).
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { bundleTests, findSuiteFiles } from "./lib/bundle.mjs";
import { ensureChromium, launchChromium } from "./lib/chromium.mjs";
import { CODE_SERVER_VERSION, ensureCodeServer, installExtension, startCodeServer, writeHarnessExtension } from "./lib/codeServer.mjs";
import { printResults, runHostTests } from "./lib/hostRun.mjs";
import { Timings, run, withTimeout } from "./lib/util.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const FIXTURE = path.join(ROOT, "test/fixtures/workspace");
const OUTPUT = path.join(ROOT, "test-output");
const CACHE = process.env.VERITY_CACHE_DIR ? path.resolve(process.env.VERITY_CACHE_DIR) : path.join(ROOT, ".vscode-test");
const PHASES = ["host", "browser", "vsix"];
const HOST_TIMEOUT_MS = Number(process.env.VERITY_HOST_TIMEOUT_MS) || 5 * 60_000;
const OVERALL_TIMEOUT_MS = Number(process.env.VERITY_INTEGRATION_OVERALL_TIMEOUT_MS) || 30 * 60_000;

function parseArgs(argv) {
  const list = (flag) => {
    const i = argv.indexOf(flag);
    return i >= 0 && argv[i + 1] ? argv[i + 1].split(",").map((s) => s.trim()) : undefined;
  };
  const only = list("--only");
  const skip = list("--skip") ?? [];
  for (const p of [...(only ?? []), ...skip]) if (!PHASES.includes(p)) throw new Error(`unknown phase "${p}" (phases: ${PHASES.join(", ")})`);
  return { phases: (only ?? PHASES).filter((p) => !skip.includes(p)) };
}

function ensureFixture() {
  if (existsSync(FIXTURE)) return;
  // Normally the suite's author provides it; a minimal stand-in keeps the harness runnable.
  mkdirSync(path.join(FIXTURE, "drafts"), { recursive: true });
  writeFileSync(
    path.join(FIXTURE, "drafts/story.md"),
    "# Albania cuts ties with Iran\n\nAlbania ordered Iranian diplomats and embassy staff to leave within 72 hours.\n",
  );
  console.log(`  created a minimal fixture workspace at ${path.relative(ROOT, FIXTURE)}`);
}

export async function main(argv = process.argv.slice(2)) {
  const { phases } = parseArgs(argv);
  const timings = new Timings();
  const totals = { passed: 0, failed: 0, tests: 0 };
  const add = (results, label) => {
    printResults(results, { label });
    totals.passed += results.passed;
    totals.failed += results.failed;
    totals.tests += results.tests.length;
  };
  const cleanups = [];
  const cleanup = async () => {
    while (cleanups.length) await cleanups.pop()().catch((err) => console.error(`  cleanup: ${err.message}`));
  };
  const onSignal = (sig) => {
    console.error(`\n${sig}: stopping code-server and Chromium …`);
    cleanup().finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  const overall = setTimeout(() => {
    console.error(`\nintegration run exceeded ${OVERALL_TIMEOUT_MS / 60_000} min: aborting`);
    cleanup().finally(() => process.exit(1));
  }, OVERALL_TIMEOUT_MS);
  overall.unref();

  const tmp = mkdtempSync(path.join(os.tmpdir(), "verity-it-"));
  cleanups.push(async () => {
    if (!process.env.VERITY_KEEP_TMP) rmSync(tmp, { recursive: true, force: true });
  });
  const logs = path.join(OUTPUT, "integration");
  rmSync(logs, { recursive: true, force: true });
  mkdirSync(logs, { recursive: true });
  const electron = process.env.VERITY_TEST_ELECTRON === "1";
  const needsCodeServer = phases.some((p) => p !== "host") || !electron;

  try {
    if (process.env.VERITY_SKIP_BUILD !== "1" && phases.some((p) => p !== "vsix")) {
      await timings.time("build extension (development)", () => run(process.execPath, ["scripts/build.mjs"], { cwd: ROOT, timeoutMs: 5 * 60_000 }));
    }
    if (!existsSync(path.join(ROOT, "dist/extension.js")) && phases.some((p) => p !== "vsix")) {
      throw new Error("dist/extension.js is missing: run `npm run build` first");
    }
    ensureFixture();

    let cs;
    if (needsCodeServer) {
      cs = await timings.time(`code-server ${CODE_SERVER_VERSION}`, async () => {
        const installed = await ensureCodeServer(CACHE);
        console.log(`  ${installed.cached ? "cached" : "installed"}: ${path.relative(ROOT, installed.dir)}`);
        return installed;
      });
    }
    let browser;
    if (needsCodeServer) {
      const executablePath = await timings.time("chromium", async () => {
        const found = await ensureChromium();
        console.log(`  ${found}`);
        return found;
      });
      browser = await withTimeout(launchChromium(executablePath), 90_000, "launching Chromium");
      cleanups.push(() => withTimeout(browser.close(), 15_000, "closing Chromium"));
    }

    const bundles = await timings.time("bundle tests (esbuild)", async () => {
      const suiteFiles = findSuiteFiles(path.join(ROOT, "test/integration/suite"));
      console.log(`  ${suiteFiles.length} suite file(s): ${suiteFiles.map((f) => path.relative(ROOT, f)).join(", ")}`);
      const smokeFiles = suiteFiles.filter((f) => path.basename(f) === "smoke.test.ts");
      return {
        all: await bundleTests({ root: ROOT, suiteFiles, outfile: path.join(tmp, "bundle/index.cjs") }),
        smoke: await bundleTests({ root: ROOT, suiteFiles: smokeFiles, outfile: path.join(tmp, "bundle/smoke.cjs") }),
      };
    });

    // A code-server with throwaway state; stopped at the end of its phase and, failing that, by cleanup().
    const serve = async (name, { env, extensionsDir } = {}) => {
      const server = await startCodeServer(cs, {
        folder: FIXTURE,
        userDataDir: path.join(tmp, name, "user-data"),
        extensionsDir: extensionsDir ?? path.join(tmp, name, "extensions"),
        logFile: path.join(logs, `${name}-code-server.log`),
        env,
      });
      cleanups.push(server.stop);
      console.log(`  code-server ${server.origin} (pid ${server.pid})`);
      return server;
    };

    const phase = async (title, fn) => {
      try {
        await timings.time(title, fn);
      } catch (err) {
        totals.failed++;
        totals.tests++;
        console.log(`    ✗ ${title}\n${String(err?.stack || err).split("\n").map((l) => `        ${l}`).join("\n")}`);
      }
    };

    if (phases.includes("host")) {
      await phase(`host suite (${electron ? "test-electron" : "code-server"})`, async () => {
        const resultsFile = path.join(tmp, "host-results.json");
        let results;
        if (electron) {
          const { runWithTestElectron } = await import("./lib/electron.mjs");
          results = await runWithTestElectron({ root: ROOT, bundle: bundles.all, folder: FIXTURE, tmp, resultsFile, timeoutMs: HOST_TIMEOUT_MS + 5 * 60_000 });
        } else {
          const server = await serve("host", { env: { VERITY_INTEGRATION_RESULTS: resultsFile } });
          try {
            results = await runHostTests({
              browser, server, folder: FIXTURE, extensionDevelopmentPath: ROOT, extensionTestsPath: bundles.all,
              resultsFile, outputDir: logs, label: "host", timeoutMs: HOST_TIMEOUT_MS,
            });
          } finally {
            await server.stop();
          }
        }
        add(results, "extension host suite");
      });
    }

    if (phases.includes("browser")) {
      await phase("browser test (workbench)", async () => {
        const { runWorkbenchTest } = await import("../browser/workbench.mjs");
        const server = await serve("browser");
        try {
          const outputDir = path.join(OUTPUT, "browser");
          rmSync(outputDir, { recursive: true, force: true });
          const results = await withTimeout(
            runWorkbenchTest({ browser, server, folder: FIXTURE, extensionDevelopmentPath: ROOT, outputDir }),
            5 * 60_000, "the browser test",
          );
          add(results, `browser test (screenshots in ${path.relative(ROOT, outputDir)})`);
        } finally {
          await server.stop();
        }
      });
    }

    if (phases.includes("vsix")) {
      let vsix;
      await phase("package .vsix", async () => {
        await run(process.execPath, ["scripts/package.mjs"], { cwd: ROOT, timeoutMs: 5 * 60_000 });
        vsix = path.join(ROOT, "dist/verity.vsix");
        if (!existsSync(vsix)) throw new Error(`${vsix} was not written`);
        console.log(`  ${path.relative(ROOT, vsix)}`);
      });
      if (vsix) {
        await phase("install .vsix + smoke", async () => {
          const extensionsDir = path.join(tmp, "vsix", "extensions");
          const userDataDir = path.join(tmp, "vsix", "user-data");
          const output = await installExtension(cs, { vsix, userDataDir, extensionsDir });
          console.log(`  ${output.split("\n").filter((l) => /successfully installed|^Installing/i.test(l)).join("\n  ")}`);
          const resultsFile = path.join(tmp, "vsix-results.json");
          const server = await serve("vsix", { extensionsDir, env: { VERITY_INTEGRATION_RESULTS: resultsFile, VERITY_EXPECT_EXTENSION_ROOT: extensionsDir } });
          try {
            // Tests run only with an extensionDevelopmentPath: an empty stand-in, so Verity comes from extensionsDir.
            const harness = writeHarnessExtension(path.join(tmp, "vsix", "harness"));
            const results = await runHostTests({
              browser, server, folder: FIXTURE, extensionDevelopmentPath: harness, extensionTestsPath: bundles.smoke,
              resultsFile, outputDir: logs, label: "vsix", timeoutMs: HOST_TIMEOUT_MS,
            });
            add(results, "installed .vsix smoke");
          } finally {
            await server.stop();
          }
        });
      }
    }
  } catch (err) {
    totals.failed++;
    console.error(`\n✗ integration setup failed: ${err?.stack || err}`);
  } finally {
    await cleanup();
    clearTimeout(overall);
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }

  timings.print();
  if (totals.tests === 0 && totals.failed === 0) console.error("no tests ran");
  console.log(`${totals.passed} passed, ${totals.failed} failed`);
  return totals.failed > 0 || totals.passed + totals.failed === 0 ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (err) => {
      console.error(err);
      console.log("0 passed, 1 failed");
      process.exit(1);
    },
  );
}
