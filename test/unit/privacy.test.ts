// Drafts are confidential: the engine and the command line must never touch the network, never read a `.env` file
// (from the working directory or a reference folder) and never pull in packages that do (`natural`'s root, `dotenv`).
// The network guard makes every socket, DNS, HTTP(S), TLS, UDP and fetch entry point throw and record the attempt;
// a case below proves it catches a deliberate call, so "no attempt recorded" means something.
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Checker, loadReferenceSet } from "../../src/core/index";

const ROOT = path.resolve(__dirname, "../..");
const CLI = path.join(ROOT, "dist", "cli.js");
const BUNDLED = path.join(ROOT, "reference");

/**
 * The guard, as a preload script (`node --require guard.js`) and as a module for this process (`install()`).
 * With VERITY_GUARD_LOG set it installs itself on load, appends each attempt to that file, and at exit writes to
 * VERITY_ENV_REPORT whether VERITY_CANARY is in process.env and which `.env` files were opened.
 */
const GUARD_SOURCE = String.raw`
"use strict";
const fs = require("fs");
let attempts = [];
let envReads = [];
let restorers = [];
const logFile = process.env.VERITY_GUARD_LOG;
function record(list, what) {
  list.push(what);
  if (logFile) try { fs.appendFileSync(logFile, what + "\n"); } catch {}
}
function patch(obj, key, name) {
  if (!obj || typeof obj[key] !== "function") return;
  const original = obj[key];
  obj[key] = function () {
    record(attempts, name);
    throw new Error("network access forbidden in this test: " + name);
  };
  restorers.push(() => { obj[key] = original; });
}
function watchEnv(obj, key, name) {
  if (!obj || typeof obj[key] !== "function") return;
  const original = obj[key];
  obj[key] = function (p) {
    try {
      const s = typeof p === "string" ? p : p instanceof URL ? p.pathname : Buffer.isBuffer(p) ? p.toString() : "";
      if (/(^|[\\/])\.env(\.|$)/.test(s)) record(envReads, name + " " + s);
    } catch {}
    return original.apply(this, arguments);
  };
  restorers.push(() => { obj[key] = original; });
}
function install() {
  attempts = [];
  envReads = [];
  restorers = [];
  const mine = { attempts, envReads, restorers };
  const net = require("net"), http = require("http"), https = require("https"), dns = require("dns");
  const tls = require("tls"), dgram = require("dgram");
  patch(net, "connect", "net.connect");
  patch(net, "createConnection", "net.createConnection");
  patch(net.Socket.prototype, "connect", "net.Socket.connect");
  for (const [mod, name] of [[http, "http"], [https, "https"]]) {
    patch(mod, "request", name + ".request");
    patch(mod, "get", name + ".get");
  }
  for (const key of Object.keys(dns)) if (key === "lookup" || key === "lookupService" || key.startsWith("resolve")) patch(dns, key, "dns." + key);
  if (dns.promises) for (const key of Object.keys(dns.promises)) if (key === "lookup" || key === "lookupService" || key.startsWith("resolve")) patch(dns.promises, key, "dns.promises." + key);
  patch(dns.Resolver && dns.Resolver.prototype, "resolve", "dns.Resolver.resolve");
  patch(tls, "connect", "tls.connect");
  patch(dgram, "createSocket", "dgram.createSocket");
  patch(globalThis, "fetch", "fetch");
  for (const key of ["readFileSync", "readFile", "openSync", "open", "createReadStream", "existsSync", "statSync"]) watchEnv(fs, key, "fs." + key);
  for (const key of ["readFile", "open", "stat"]) watchEnv(fs.promises, key, "fs.promises." + key);
  return {
    attempts: mine.attempts,
    envReads: mine.envReads,
    restore() { while (mine.restorers.length) mine.restorers.pop()(); },
  };
}
module.exports = { install };
if (logFile) {
  install();
  process.on("exit", () => {
    if (process.env.VERITY_ENV_REPORT) {
      fs.writeFileSync(process.env.VERITY_ENV_REPORT, JSON.stringify({ canary: "VERITY_CANARY" in process.env, envReads, attempts }));
    }
  });
}
`;

interface Guard {
  attempts: string[];
  envReads: string[];
  restore(): void;
}

const DRAFT = [
  "# Albania and Iran",
  "",
  "Iran's diplomats were told to leave Albania within 72 hours.",
  "",
  "Prime Minister Edi Rama said Iran hired four groups to mount the attack on 15 July.",
  "",
].join("\n");

let tmp: string;
let guardFile: string;

function ensureBuilt(): void {
  if (!fs.existsSync(CLI)) {
    const r = spawnSync(process.execPath, ["scripts/build.mjs"], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
    assert.equal(r.status, 0, `build failed: ${r.stderr}`);
  }
}

interface ChildRun {
  status: number | null;
  stdout: string;
  stderr: string;
  log: string[];
  report: { canary: boolean; envReads: string[]; attempts: string[] } | undefined;
}

/** Runs node with the guard preloaded; `args` follow the preload. */
function runGuarded(args: string[], cwd: string, name: string): ChildRun {
  const log = path.join(tmp, `${name}.log`);
  const reportFile = path.join(tmp, `${name}.report.json`);
  fs.rmSync(log, { force: true });
  fs.rmSync(reportFile, { force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, VERITY_GUARD_LOG: log, VERITY_ENV_REPORT: reportFile };
  delete env.VERITY_CANARY;
  delete env.NODE_OPTIONS;
  const r = spawnSync(process.execPath, ["--require", guardFile, ...args], { cwd, env, encoding: "utf8", timeout: 30_000 });
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    log: fs.existsSync(log) ? fs.readFileSync(log, "utf8").split("\n").filter(Boolean) : [],
    report: fs.existsSync(reportFile) ? JSON.parse(fs.readFileSync(reportFile, "utf8")) : undefined,
  };
}

describe("privacy: no network, no .env", function () {
  this.timeout(60_000);

  before(() => {
    ensureBuilt();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "verity-privacy-"));
    guardFile = path.join(tmp, "guard.js");
    fs.writeFileSync(guardFile, GUARD_SOURCE);
  });
  after(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  function inProcessGuard(): Guard {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    return (require(guardFile) as { install(): Guard }).install();
  }

  describe("the guard itself", () => {
    it("catches a deliberate fetch, http.get, net.connect and dns.lookup in this process", async () => {
      const guard = inProcessGuard();
      try {
        await assert.rejects(async () => fetch("http://example.invalid/"), /forbidden/);
        assert.throws(() => require("node:http").get("http://example.invalid/"), /forbidden/);
        assert.throws(() => require("node:net").connect(80, "example.invalid"), /forbidden/);
        assert.throws(() => require("node:dns").lookup("example.invalid", () => undefined), /forbidden/);
        assert.deepEqual(guard.attempts, ["fetch", "http.get", "net.connect", "dns.lookup"]);
      } finally {
        guard.restore();
      }
      assert.notEqual(require("node:http").get.name, "", "restored");
    });

    it("catches a deliberate http.get and fetch in a child process and records it", () => {
      const http = runGuarded(["-e", "try { require('http').get('http://example.invalid/'); } catch (e) { console.log(e.message); }"], tmp, "deliberate-http");
      assert.deepEqual(http.log, ["http.get"]);
      assert.match(http.stdout, /forbidden/);
      const f = runGuarded(["-e", "(async () => { try { await fetch('http://example.invalid/'); } catch (e) { console.log(e.message); } })();"], tmp, "deliberate-fetch");
      assert.deepEqual(f.log, ["fetch"]);
      assert.match(f.stdout, /forbidden/);
    });
  });

  describe("the engine in-process", () => {
    it("loads the bundled reference set and checks a draft with networking forbidden", async () => {
      const guard = inProcessGuard();
      try {
        const { set } = await loadReferenceSet([BUNDLED]);
        const result = new Checker(set).check(DRAFT);
        const async = await new Checker(set).checkAsync(DRAFT);
        assert.ok(set.documents.length >= 2);
        assert.ok(result.sentences.length >= 2, "the check produced sentences");
        assert.ok(result.sentences.some((s) => s.status === "conflict"), "the 72-hours sentence is a conflict");
        assert.equal(async?.sentences.length, result.sentences.length);
        set.lookup("Edi Rama");
        assert.deepEqual(guard.attempts, [], "no network attempt");
        assert.deepEqual(guard.envReads, [], "no .env read");
      } finally {
        guard.restore();
      }
    });

    it("never reads a .env in a reference folder nor loads it as a document", async () => {
      const dir = path.join(tmp, "engine-ref");
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, ".env"), "VERITY_CANARY=leaked\n");
      fs.writeFileSync(path.join(dir, ".env.local"), "VERITY_CANARY=leaked\n");
      fs.copyFileSync(path.join(BUNDLED, "bbc-albania-severs-ties.md"), path.join(dir, "bbc.md"));
      const guard = inProcessGuard();
      const cwd = process.cwd();
      try {
        process.chdir(dir);
        const { set, problems } = await loadReferenceSet([dir]);
        new Checker(set).check(DRAFT);
        assert.deepEqual(
          set.documents.map((d) => path.basename(d.path || d.id)),
          ["bbc.md"],
          "only the source document is loaded",
        );
        assert.ok(!problems.some((p) => /\.env/.test(p.file)), `no problem about .env: ${JSON.stringify(problems)}`);
        assert.ok(!set.documents.some((d) => d.text.includes("VERITY_CANARY")));
        assert.equal(process.env.VERITY_CANARY, undefined, "process.env untouched");
        assert.deepEqual(guard.envReads, [], "no .env file was opened");
        assert.deepEqual(guard.attempts, []);
      } finally {
        process.chdir(cwd);
        guard.restore();
      }
    });
  });

  describe("the command line", () => {
    it("checks a draft with networking forbidden and makes no attempt", () => {
      const sample = path.join(ROOT, "media", "sample-draft.md");
      const draft = fs.existsSync(sample) ? sample : path.join(tmp, "draft.md");
      if (draft !== sample) fs.writeFileSync(draft, DRAFT);
      const r = runGuarded([CLI, "check", "--format", "json", draft], tmp, "cli-net");
      assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
      const json = JSON.parse(r.stdout);
      assert.ok(json.files[0].sentences.length > 0, "the check produced results");
      assert.deepEqual(r.log, [], "no network attempt");
      assert.ok(r.report, "the preload reported at exit");
      assert.deepEqual(r.report!.attempts, []);
    });

    it("never reads a .env from its working directory or a reference folder", () => {
      const work = path.join(tmp, "cli-work");
      const ref = path.join(work, "sources");
      fs.mkdirSync(ref, { recursive: true });
      fs.writeFileSync(path.join(work, ".env"), "VERITY_CANARY=leaked\n");
      fs.writeFileSync(path.join(ref, ".env"), "VERITY_CANARY=leaked\n");
      fs.copyFileSync(path.join(BUNDLED, "bbc-albania-severs-ties.md"), path.join(ref, "bbc.md"));
      fs.writeFileSync(path.join(work, "draft.md"), DRAFT);
      for (const args of [["check", "--format", "json", "draft.md"], ["check", "--format", "json", "--reference", "sources", "draft.md"]]) {
        const r = runGuarded([CLI, ...args], work, "cli-env");
        assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
        const json = JSON.parse(r.stdout);
        assert.ok(json.files[0].sentences.length > 0, "the check produced results");
        if (args.includes("--reference")) assert.equal(json.reference.documents, 1, "the .env is not a document");
        assert.ok(r.report, "the preload reported at exit");
        assert.equal(r.report!.canary, false, "VERITY_CANARY is not in the child's environment");
        assert.deepEqual(r.report!.envReads, [], "no .env file was opened");
        assert.deepEqual(r.log, []);
        assert.doesNotMatch(r.stdout + r.stderr, /leaked|VERITY_CANARY/);
      }
    });
  });

  describe("dependencies (static)", () => {
    function sourceFiles(dir: string): string[] {
      return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const p = path.join(dir, e.name);
        return e.isDirectory() ? sourceFiles(p) : /\.(ts|js|mjs|cjs)$/.test(e.name) ? [p] : [];
      });
    }

    it("no file in src/ requires the root of `natural` or `dotenv`", () => {
      const offenders: string[] = [];
      const patterns = [
        /require\(\s*["']natural["']\s*\)/,
        /from\s+["']natural["']/,
        /import\(\s*["']natural["']\s*\)/,
        /require\(\s*["']dotenv(\/[^"']*)?["']\s*\)/,
        /from\s+["']dotenv(\/[^"']*)?["']/,
        /import\(\s*["']dotenv/,
        /import\s+["']dotenv/,
      ];
      for (const file of sourceFiles(path.join(ROOT, "src"))) {
        const text = fs.readFileSync(file, "utf8");
        for (const re of patterns) if (re.test(text)) offenders.push(`${path.relative(ROOT, file)}: ${re}`);
      }
      assert.deepEqual(offenders, []);
    });

    it("the built bundles hold no dotenv nor database clients", () => {
      for (const bundle of ["cli.js", "extension.js"]) {
        const file = path.join(ROOT, "dist", bundle);
        if (!fs.existsSync(file)) continue;
        const text = fs.readFileSync(file, "utf8");
        for (const needle of ["dotenv", "node_modules/pg/", "node_modules/mongoose/", "node_modules/redis/", "node_modules/memjs/"]) {
          assert.ok(!text.includes(needle), `${bundle} contains ${needle}`);
        }
      }
    });
  });
});
