// Finds Chromium for playwright-core (no Playwright browser download: the CI machine reaches only npm and Debian),
// installing Debian's `chromium` with apt-get when it is missing and we are root.
import { chromium } from "playwright-core";
import { existsSync } from "node:fs";
import { aptInstall, which } from "./util.mjs";

const CANDIDATES = ["chromium", "chromium-browser", "google-chrome-stable", "google-chrome"];

export function findChromium() {
  const fromEnv = process.env.VERITY_CHROMIUM || process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`VERITY_CHROMIUM=${fromEnv} does not exist`);
    return fromEnv;
  }
  for (const name of CANDIDATES) {
    const found = which(name);
    if (found) return found;
  }
  return undefined;
}

export async function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  await aptInstall(
    ["chromium"],
    "Chromium not found. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set VERITY_CHROMIUM " +
      "to a Chromium/Chrome executable. (The test runner installs it itself only when running as root with apt-get.)",
  );
  const installed = findChromium();
  if (!installed) throw new Error("apt-get install chromium succeeded but no chromium executable is on PATH");
  return installed;
}

export async function launchChromium(executablePath) {
  return chromium.launch({
    executablePath,
    headless: true,
    timeout: 60_000,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
  });
}
