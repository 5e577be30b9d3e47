// Small helpers shared by the integration runner and the browser test.
import { execFileSync, spawn } from "node:child_process";
import { createServer } from "node:net";

export const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

export function which(name) {
  try {
    return execFileSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).trim() || undefined;
  } catch {
    return undefined;
  }
}

let aptUpdated = false;
/** apt-get install, only as root on a Debian-like system; otherwise throws `hint`. */
export async function aptInstall(packages, hint) {
  if (!isRoot() || !which("apt-get")) throw new Error(hint);
  console.log(`  apt-get install -y ${packages.join(" ")} …`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  if (!aptUpdated) {
    await run("apt-get", ["update", "-qq"], { env, timeoutMs: 5 * 60_000 });
    aptUpdated = true;
  }
  await run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...packages], { env, timeoutMs: 10 * 60_000 });
}

/** A free TCP port on 127.0.0.1 (asks the OS, then releases it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probe` until it returns a truthy value; throws after `timeoutMs`. */
export async function waitFor(what, probe, { timeoutMs = 30_000, intervalMs = 200 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}${lastError ? ` (last error: ${lastError.message})` : ""}`);
    }
    await sleep(intervalMs);
  }
}

/** Rejects after `ms` unless `promise` settles first. */
export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${Math.round(ms / 1000)} s: ${what}`)), ms);
    }),
  ]);
}

/**
 * Runs a command to completion with a time limit, capturing output. Resolves with { code, stdout, stderr };
 * rejects on spawn failure, timeout (the process group is killed) or, with `check`, on a non-zero exit.
 */
export function run(cmd, args, { cwd, env, timeoutMs = 10 * 60_000, check = true, echo = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: env ?? process.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
      if (echo) process.stdout.write(d);
    });
    child.stderr.on("data", (d) => {
      stderr += d;
      if (echo) process.stderr.write(d);
    });
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        /* already gone */
      }
      reject(new Error(`${cmd} ${args.join(" ")}: timed out after ${Math.round(timeoutMs / 1000)} s\n${stderr.slice(-2000)}`));
    }, timeoutMs);
    child.on("error", (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      if (check && code !== 0) {
        reject(new Error(`${cmd} ${args.join(" ")} exited with ${code}\n${(stderr || stdout).slice(-3000)}`));
      } else resolve({ code, stdout, stderr });
    });
  });
}

/** Phase timings, printed as a table at the end. */
export class Timings {
  constructor() {
    this.rows = [];
  }
  async time(name, fn) {
    const started = Date.now();
    process.stdout.write(`\n▶ ${name}\n`);
    try {
      return await fn();
    } finally {
      const ms = Date.now() - started;
      this.rows.push([name, ms]);
      process.stdout.write(`  ⏱  ${name}: ${(ms / 1000).toFixed(1)} s\n`);
    }
  }
  print() {
    const width = Math.max(...this.rows.map(([n]) => n.length), 5);
    const lines = ["", "Timings:"];
    let total = 0;
    for (const [name, ms] of this.rows) {
      total += ms;
      lines.push(`  ${name.padEnd(width)}  ${(ms / 1000).toFixed(1).padStart(6)} s`);
    }
    lines.push(`  ${"total".padEnd(width)}  ${(total / 1000).toFixed(1).padStart(6)} s`);
    console.log(lines.join("\n"));
  }
}
