// Smoke test of the harness and of the packaged extension: the extension is present, activates when a markdown
// document opens, and every command its manifest contributes is registered. Also run against the installed .vsix
// (then VERITY_EXPECT_EXTENSION_ROOT says where the installed copy must live).
import * as assert from "node:assert/strict";
import * as path from "node:path";
import * as vscode from "vscode";

const EXTENSION_ID = "verity-newsroom.verity";

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("smoke: Verity extension", function () {
  this.timeout(60_000);

  it("is installed", function () {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} not found; extensions seen: ${vscode.extensions.all.map((e) => e.id).join(", ")}`);
    const expectedRoot = process.env.VERITY_EXPECT_EXTENSION_ROOT;
    if (expectedRoot) {
      const rel = path.relative(path.resolve(expectedRoot), path.resolve(ext.extensionPath));
      assert.ok(rel && !rel.startsWith("..") && !path.isAbsolute(rel), `expected the installed copy under ${expectedRoot}, got ${ext.extensionPath}`);
    }
  });

  it("activates when a markdown document opens", async function () {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    const folder = vscode.workspace.workspaceFolders?.[0];
    const doc = folder
      ? await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, "drafts", "story.md"))
      : await vscode.workspace.openTextDocument({ language: "markdown", content: "# Draft\n\nThe bridge reopened on Monday.\n" });
    assert.equal(doc.languageId, "markdown");
    await vscode.window.showTextDocument(doc);
    await waitFor("the extension to activate", () => ext.isActive, 30_000);
  });

  it("registers every command it contributes", async function () {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    if (!ext.isActive) await ext.activate();
    const contributed: string[] = (ext.packageJSON?.contributes?.commands ?? []).map((c: { command: string }) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((id) => !registered.has(id));
    assert.deepEqual(missing, [], `contributed but not registered: ${missing.join(", ")}`);
  });
});
