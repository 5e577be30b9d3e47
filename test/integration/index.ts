// In-host mocha entry. The extension host `require`s the CommonJS bundle built from this file
// (test/integration/lib/bundle.mjs) and calls its `run()`; that `run()` passes the suite modules here as lazy
// loaders, so each test file's top level runs only after mocha has set up `describe`/`it`.
//
// Results go to a JSON file the runner reads (env VERITY_INTEGRATION_RESULTS, else results.json beside the bundle),
// because in code-server the extension host's console is not the runner's.
import * as fs from "node:fs";
import * as path from "node:path";
import Mocha from "mocha";

export interface SuiteModule {
  /** Path of the test file, for mocha's titles and error messages. */
  file: string;
  /** Evaluates the test file (its `describe`/`it` calls register with mocha). */
  load: () => unknown;
}

export interface TestOutcome {
  title: string;
  state: "passed" | "failed" | "pending";
  durationMs?: number;
  error?: string;
}

export interface IntegrationResults {
  passed: number;
  failed: number;
  pending: number;
  tests: TestOutcome[];
  errors: string[];
  durationMs: number;
  vscodeVersion?: string;
  finished: boolean;
}

function resultsPath(): string {
  return process.env.VERITY_INTEGRATION_RESULTS || path.join(__dirname, "results.json");
}

function writeResults(results: IntegrationResults): void {
  const file = resultsPath();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(results, null, 2));
  fs.renameSync(tmp, file); // atomic: the runner never reads half a file
}

function describeError(err: unknown): string {
  if (err instanceof Error) return err.stack || `${err.name}: ${err.message}`;
  return String(err);
}

export async function runSuites(suites: SuiteModule[]): Promise<void> {
  const started = Date.now();
  const results: IntegrationResults = { passed: 0, failed: 0, pending: 0, tests: [], errors: [], durationMs: 0, finished: false };
  try {
    // `vscode` is only resolvable inside the extension host; load it lazily so this module stays importable.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    results.vscodeVersion = (require("vscode") as typeof import("vscode")).version;
  } catch {
    /* not in a host */
  }

  const mocha = new Mocha({
    ui: "bdd",
    timeout: Number(process.env.VERITY_INTEGRATION_TIMEOUT_MS) || 30_000,
    color: false,
    reporter: "spec",
    grep: process.env.VERITY_INTEGRATION_GREP || undefined,
  });

  for (const suite of suites) {
    mocha.suite.emit("pre-require", globalThis, suite.file, mocha);
    try {
      suite.load();
    } catch (err) {
      results.failed++;
      const message = `could not load ${suite.file}: ${describeError(err)}`;
      results.errors.push(message);
      results.tests.push({ title: `load ${path.basename(suite.file)}`, state: "failed", error: message });
    }
    mocha.suite.emit("require", undefined, suite.file, mocha);
    mocha.suite.emit("post-require", globalThis, suite.file, mocha);
  }

  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on("pass", (test) => {
      results.passed++;
      results.tests.push({ title: test.fullTitle(), state: "passed", durationMs: test.duration });
    });
    runner.on("fail", (test, err) => {
      results.failed++;
      const error = describeError(err);
      results.errors.push(`${test.fullTitle()}: ${error}`);
      results.tests.push({ title: test.fullTitle(), state: "failed", durationMs: test.duration, error });
    });
    runner.on("pending", (test) => {
      results.pending++;
      results.tests.push({ title: test.fullTitle(), state: "pending" });
    });
  }).catch((err: unknown) => {
    results.failed++;
    results.errors.push(`mocha crashed: ${describeError(err)}`);
  });

  results.durationMs = Date.now() - started;
  results.finished = true;
  writeResults(results);
  if (results.failed > 0) {
    // Rejecting tells a test-electron run to exit non-zero; the code-server runner reads the file instead.
    throw new Error(`${results.failed} integration test(s) failed`);
  }
}
