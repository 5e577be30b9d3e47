// code-server (VS Code 1.100.3 served to a browser) as a local, npm-installable VS Code: installed once into
// .vscode-test/code-server/ (gitignored, reused while the completion marker matches), started per phase on a free
// port with throwaway user-data and extensions dirs, and always killed (whole process group) at the end.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, createWriteStream, lstatSync, unlinkSync } from "node:fs";
import path from "node:path";
import { aptInstall, freePort, run, sleep, waitFor, which } from "./util.mjs";

export const CODE_SERVER_VERSION = process.env.VERITY_CODE_SERVER_VERSION || "4.100.3";

export function codeServerPaths(cacheRoot) {
  const dir = path.join(cacheRoot, "code-server");
  const pkg = path.join(dir, "node_modules", "code-server");
  return {
    dir,
    pkg,
    entry: path.join(pkg, "out", "node", "entry.js"),
    vscode: path.join(pkg, "lib", "vscode"),
    marker: path.join(dir, ".verity-complete"),
    lock: `${dir}.lock`,
  };
}

const npmInstallFlags = ["--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"];

async function withLock(lock, fn) {
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (err) {
      if (err.code !== "EEXIST") throw err;
      // Another run is installing; a lock older than 15 minutes is left over from a killed run.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 15 * 60_000) rmSync(lock, { recursive: true, force: true });
      } catch {
        /* raced */
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for the install lock ${lock}`);
      await sleep(1000);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function isComplete(p) {
  try {
    return readFileSync(p.marker, "utf8").trim() === CODE_SERVER_VERSION && existsSync(p.entry);
  } catch {
    return false;
  }
}

/**
 * VS Code's file search (Quick Open, Find in Files) runs @vscode/ripgrep's `bin/rg`, which that package's
 * postinstall downloads from GitHub; we install with --ignore-scripts, so link a system `rg` there instead
 * (Debian: `ripgrep`, installed with apt-get when root), falling back to the package's own download.
 */
async function ensureRipgrep(p) {
  const pkg = path.join(p.vscode, "node_modules", "@vscode", "ripgrep");
  const bin = path.join(pkg, "bin", "rg");
  if (existsSync(bin)) return;
  let rg = which("rg");
  if (!rg) {
    try {
      await aptInstall(["ripgrep"], "ripgrep (rg) not found");
      rg = which("rg");
    } catch (err) {
      console.log(`  ${err.message}; trying @vscode/ripgrep's own download …`);
    }
  }
  if (rg) {
    mkdirSync(path.dirname(bin), { recursive: true });
    symlinkSync(rg, bin);
    return;
  }
  await run(process.execPath, ["lib/postinstall.js"], { cwd: pkg, timeoutMs: 3 * 60_000, check: false });
  if (!existsSync(bin)) {
    throw new Error("no ripgrep for code-server's file search (Quick Open): install `ripgrep` (apt-get install ripgrep) and rerun");
  }
}

/**
 * code-server `require`s argon2 at start-up (even with --auth none). Its install script fetches a prebuilt binary
 * from GitHub and falls back to compiling, which needs make, g++ and python3: installed with apt-get when root.
 */
async function buildArgon2(dir, opts) {
  // node-gyp downloads Node's headers unless told where they are; use the local ones when Node ships them.
  const prefix = path.resolve(path.dirname(process.execPath), "..");
  if (!process.env.npm_config_nodedir && existsSync(path.join(prefix, "include", "node", "node.h"))) {
    opts = { ...opts, env: { ...process.env, npm_config_nodedir: prefix } };
  }
  const loads = async () => (await run(process.execPath, ["-e", "require('argon2')"], { cwd: dir, timeoutMs: 30_000, check: false })).code === 0;
  await run("npm", ["rebuild", "argon2", "--loglevel=error"], { ...opts, check: false });
  if (await loads()) return;
  await aptInstall(
    ["make", "g++", "python3"],
    "code-server's argon2 module did not build: install a C++ toolchain (make, g++, python3) and rerun",
  );
  await run("npm", ["rebuild", "argon2", "--loglevel=error"], opts);
  if (!(await loads())) throw new Error("argon2 (needed by code-server) still does not load after `npm rebuild argon2`");
}

/** Installs code-server into `<cacheRoot>/code-server` unless a complete install of the pinned version is there. */
export async function ensureCodeServer(cacheRoot) {
  const p = codeServerPaths(cacheRoot);
  if (isComplete(p)) {
    await ensureRipgrep(p);
    return { ...p, cached: true };
  }
  mkdirSync(cacheRoot, { recursive: true });
  return withLock(p.lock, async () => {
    if (isComplete(p)) {
      await ensureRipgrep(p); // another run finished it while we waited
      return { ...p, cached: true };
    }
    console.log(`  installing code-server@${CODE_SERVER_VERSION} into ${p.dir} (npm; about a minute) …`);
    rmSync(p.dir, { recursive: true, force: true });
    mkdirSync(p.dir, { recursive: true });
    // Its own package.json, so npm installs here and not into the project above.
    writeFileSync(path.join(p.dir, "package.json"), JSON.stringify({ name: "verity-code-server-cache", private: true }, null, 2));
    const opts = { cwd: p.dir, timeoutMs: 10 * 60_000 };
    await run("npm", ["install", ...npmInstallFlags, `code-server@${CODE_SERVER_VERSION}`], opts);
    await buildArgon2(p.dir, opts);
    // code-server's postinstall (skipped above: it wants to download things) installs VS Code's own dependencies.
    await run("npm", ["install", "--omit=dev", ...npmInstallFlags], { ...opts, cwd: p.vscode });
    const asar = path.join(p.vscode, "node_modules.asar");
    try {
      if (lstatSync(asar)) unlinkSync(asar);
    } catch {
      /* absent */
    }
    symlinkSync("node_modules", asar);
    await run("npm", ["install", "--omit=dev", ...npmInstallFlags], { ...opts, cwd: path.join(p.vscode, "extensions") });
    if (!existsSync(p.entry)) throw new Error(`code-server installed but ${p.entry} is missing`);
    await ensureRipgrep(p);
    writeFileSync(p.marker, `${CODE_SERVER_VERSION}\n`);
    return { ...p, cached: false };
  });
}

function baseArgs({ userDataDir, extensionsDir, configFile }) {
  return [
    "--config", configFile,
    "--user-data-dir", userDataDir,
    "--extensions-dir", extensionsDir,
  ];
}

function writeConfig(dir) {
  mkdirSync(dir, { recursive: true });
  const configFile = path.join(dir, "config.yaml");
  // Keeps code-server from writing ~/.config/code-server/config.yaml.
  writeFileSync(configFile, "auth: none\ncert: false\n");
  return configFile;
}

/** `code-server --install-extension <vsix>`, the way a user installs a .vsix. */
export async function installExtension(cs, { vsix, userDataDir, extensionsDir }) {
  const configFile = writeConfig(path.join(userDataDir, "..", "config"));
  const result = await run(process.execPath, [cs.entry, ...baseArgs({ userDataDir, extensionsDir, configFile }), "--install-extension", vsix, "--force"], {
    timeoutMs: 2 * 60_000,
    check: false,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.code !== 0 || !/successfully installed/i.test(output)) {
    throw new Error(`code-server --install-extension ${vsix} failed (exit ${result.code}):\n${output.slice(-3000)}`);
  }
  return output.trim();
}

/**
 * Starts code-server on a free port and waits until it answers. Returns { port, origin, stop(), logFile, exited }.
 * `stop()` kills the whole process group (code-server forks its server and the extension host).
 */
export async function startCodeServer(cs, { folder, userDataDir, extensionsDir, logFile, env = {} }) {
  const port = await freePort();
  const configFile = writeConfig(path.join(userDataDir, "..", "config"));
  mkdirSync(path.join(userDataDir, "User"), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  mkdirSync(path.dirname(logFile), { recursive: true });
  // A quiet profile: no welcome page over the editor, no update or gallery checks.
  const settings = path.join(userDataDir, "User", "settings.json");
  if (!existsSync(settings)) {
    writeFileSync(settings, JSON.stringify({
      "workbench.startupEditor": "none",
      "workbench.tips.enabled": false,
      "telemetry.telemetryLevel": "off",
      "extensions.autoCheckUpdates": false,
      "extensions.autoUpdate": false,
      "update.mode": "none",
      "security.workspace.trust.enabled": false,
    }, null, 2));
  }
  const log = createWriteStream(logFile);
  const args = [
    cs.entry,
    ...baseArgs({ userDataDir, extensionsDir, configFile }),
    "--auth", "none",
    "--bind-addr", `127.0.0.1:${port}`,
    "--disable-telemetry",
    "--disable-update-check",
    "--disable-workspace-trust",
    "--disable-getting-started-override",
    ...(folder ? [folder] : []),
  ];
  const childEnv = { ...process.env, ...env };
  delete childEnv.PASSWORD;
  delete childEnv.HASHED_PASSWORD;
  delete childEnv.VSCODE_IPC_HOOK_CLI; // when run from a VS Code terminal, don't talk to that VS Code
  const child = spawn(process.execPath, args, { env: childEnv, stdio: ["ignore", "pipe", "pipe"], detached: true });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  let exitCode;
  const exited = new Promise((resolve) => child.on("exit", (code, signal) => resolve((exitCode = code ?? signal))));

  let stopped = false;
  const kill = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      /* gone */
    }
  };
  const onExit = () => kill("SIGKILL"); // last resort if the runner dies without stop()
  process.on("exit", onExit);
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off("exit", onExit);
    if (exitCode === undefined) {
      kill("SIGTERM");
      const gone = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
      if (!gone) kill("SIGKILL");
      await Promise.race([exited, sleep(2000)]);
    }
    kill("SIGKILL"); // stragglers in the group (extension host, file watcher)
    log.end();
  };

  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`code-server on ${origin}`, async () => {
      if (exitCode !== undefined) throw Object.assign(new Error(`code-server exited (${exitCode}); see ${logFile}`), { fatal: true });
      const res = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(2000) });
      return res.ok;
    }, { timeoutMs: 60_000, intervalMs: 250 });
  } catch (err) {
    await stop();
    let tail = "";
    try {
      tail = readFileSync(logFile, "utf8").slice(-2000);
    } catch {
      /* none */
    }
    throw new Error(`${err.message}\n${tail}`);
  }
  return { port, origin, stop, logFile, exited, get exitCode() { return exitCode; }, pid: child.pid };
}

/**
 * VS Code runs extension tests only in an extension-development window: the host's test entry throws unless both
 * extensionDevelopmentPath and extensionTestsPath are set. To test an *installed* extension we pass an empty
 * stand-in extension (a manifest, no code, its own id) as the development path; the extension under test then
 * comes from --extensions-dir like any user-installed one.
 */
export function writeHarnessExtension(dir) {
  mkdirSync(dir, { recursive: true });
  const manifest = {
    name: "integration-harness",
    displayName: "Verity integration test harness (empty)",
    publisher: "verity-test",
    version: "0.0.0",
    engines: { vscode: "^1.90.0" },
  };
  writeFileSync(path.join(dir, "package.json"), JSON.stringify(manifest, null, 2));
  return dir;
}

/** The workbench URL that opens `folder` and passes extension-development / extension-test paths to the host. */
export function workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath }) {
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${path.resolve(p)}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(["extensionDevelopmentPath", remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(["extensionTestsPath", remote(extensionTestsPath)]);
  const params = new URLSearchParams();
  if (folder) params.set("folder", path.resolve(folder));
  if (payload.length) params.set("payload", JSON.stringify(payload));
  return `${server.origin}/?${params.toString()}`;
}
