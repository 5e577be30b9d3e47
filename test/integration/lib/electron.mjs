// The host suite through @vscode/test-electron (downloads a desktop VS Code): used when VERITY_TEST_ELECTRON=1.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export async function runWithTestElectron({ root, bundle, folder, tmp, resultsFile, timeoutMs }) {
  const { runTests } = await import("@vscode/test-electron");
  let exitError;
  try {
    await Promise.race([
      runTests({
        extensionDevelopmentPath: root,
        extensionTestsPath: bundle,
        launchArgs: [
          folder,
          "--disable-workspace-trust",
          "--skip-welcome",
          "--skip-release-notes",
          "--user-data-dir", path.join(tmp, "electron-user-data"),
          "--extensions-dir", path.join(tmp, "electron-extensions"),
        ],
        extensionTestsEnv: { VERITY_INTEGRATION_RESULTS: resultsFile },
      }),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`test-electron: timed out after ${timeoutMs / 1000} s`)), timeoutMs).unref()),
    ]);
  } catch (err) {
    exitError = err;
  }
  if (existsSync(resultsFile)) {
    const results = JSON.parse(readFileSync(resultsFile, "utf8"));
    if (results.finished) return results;
  }
  throw exitError ?? new Error(`test-electron finished without writing ${resultsFile}`);
}
