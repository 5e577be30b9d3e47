// `npm run package`: production build, then dist/verity.vsix with @vscode/vsce, holding only what runs
// (.vscodeignore is an allowlist). Fails if anything that should not ship would be packaged.
//   node scripts/package.mjs [--out dist/verity.vsix]
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outArg = process.argv.indexOf("--out");
const out = path.resolve(root, outArg >= 0 ? process.argv[outArg + 1] : "dist/verity.vsix");
const vsce = path.join(root, "node_modules/@vscode/vsce/vsce");
const node = (args, opts = {}) => execFileSync(process.execPath, args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], timeout: 5 * 60_000, ...opts });

const started = Date.now();
node(["scripts/build.mjs", "--production"], { stdio: "inherit" });
// The production build writes no source maps; drop the development build's so they cannot go stale beside it.
for (const name of readdirSync(path.join(root, "dist"))) if (name.endsWith(".map")) rmSync(path.join(root, "dist", name));

const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
const flags = ["--no-dependencies"]; // the esbuild bundles carry their dependencies
if (!manifest.repository) flags.push("--allow-missing-repository"); // a private repo: no public URL to point at
if (!existsSync(path.join(root, "LICENSE"))) flags.push("--skip-license");

const files = node([vsce, "ls", "--no-dependencies"]).split("\n").map((l) => l.trim()).filter(Boolean);
const forbidden = files.filter((f) => /^(src|test|scripts|node_modules|out|\.ci|\.vscode-test|test-output|docs)\/|\.map$|\.ts$|^tsconfig|\.vsix$/.test(f));
if (forbidden.length) {
  console.error(`refusing to package files that do not run: ${forbidden.join(", ")} (fix .vscodeignore)`);
  process.exit(1);
}
if (!files.includes(manifest.main.replace(/^\.\//, ""))) {
  console.error(`the package would not contain its entry point ${manifest.main}`);
  process.exit(1);
}

rmSync(out, { force: true });
node([vsce, "package", ...flags, "--out", out], { stdio: "inherit" });
const kb = (statSync(out).size / 1024).toFixed(0);
console.log(`${path.relative(root, out)}: ${files.length} files, ${kb} KB, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
