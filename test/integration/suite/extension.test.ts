// The Verity extension inside a real extension host, on the fixture workspace (test/fixtures/workspace):
// diagnostics, hover, quick fixes, decisions, settings, claim lookup, incremental re-checks and the workspace check.
import * as assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import type { VerityApi } from "../../../src/extension/extension";
import {
  activateVerity,
  codeActions,
  codeOf,
  hasCode,
  hoverText,
  lacksCode,
  openDraft,
  rangeOf,
  setSetting,
  verityDiagnostics,
  waitForDiagnostics,
  waitForEvent,
  workspaceUri,
} from "./helpers";

const CONFLICT = "Iran's diplomats were told to leave Albania within 72 hours.";
const SUPPORTED = "Albania severed diplomatic ties with Iran over a cyber-attack.";
const UNSOURCED = "The Iranian embassy in Skopje was also closed.";
const ATTRIBUTION = "Iran hired four groups to mount the attack on Albania.";

describe("Verity extension", function () {
  this.timeout(60_000);
  let api: VerityApi;
  let story: vscode.TextDocument;
  let storyDiags: vscode.Diagnostic[];
  const decisionsDir = () => path.join(workspaceUri().fsPath, ".verity");

  before(async function () {
    await fs.rm(decisionsDir(), { recursive: true, force: true });
    api = await activateVerity();
    story = await vscode.workspace.openTextDocument(workspaceUri("drafts", "story.md"));
    await vscode.window.showTextDocument(story);
    storyDiags = await waitForDiagnostics(story.uri, hasCode("number"), "the number conflict", 45_000);
  });

  after(async function () {
    await fs.rm(decisionsDir(), { recursive: true, force: true });
    await setSetting("severity.conflict", undefined);
    await setSetting("citation.style", undefined);
    await setSetting("maxFileSizeKB", undefined);
  });

  describe("diagnostics", function () {
    it("marks the wrong number, on the words at fault, with the source's value", function () {
      const d = storyDiags.find((x) => codeOf(x) === "number");
      assert.ok(d);
      assert.match(story.getText(d.range), /^72( hours)?$/);
      assert.match(d.message, /24/);
      assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
      assert.equal(d.source, "Verity");
      const code = d.code as { value: string; target: vscode.Uri };
      assert.equal(code.target.toString(true), "https://github.com/verity-newsroom/verity#finding-number");
      assert.ok(d.relatedInformation?.length, "points at the source passage");
      assert.ok(d.relatedInformation!.some((r) => r.location.uri.scheme === "file" && /reference|sources/.test(r.location.uri.fsPath)));
    });

    it("flags the unsourced sentence as information over the whole sentence", async function () {
      const diags = await waitForDiagnostics(story.uri, hasCode("unsourced"), "the unsourced sentence", 5_000);
      const d = diags.find((x) => codeOf(x) === "unsourced");
      assert.ok(d);
      // On the words no source covers, or on the whole sentence when there are none narrower.
      const sentence = rangeOf(story, UNSOURCED);
      assert.ok(sentence.contains(d.range), `${story.getText(d.range)} lies in the sentence`);
      assert.ok(["Skopje", UNSOURCED].includes(story.getText(d.range).trim()), story.getText(d.range));
      assert.equal(d.severity, vscode.DiagnosticSeverity.Information);
    });

    it("leaves the supported sentence alone and records it as supported", function () {
      const supported = rangeOf(story, SUPPORTED);
      assert.ok(!storyDiags.some((d) => d.range.intersection(supported) && codeOf(d) !== "attribution"));
      const r = api.result(story.uri);
      assert.ok(r);
      const s = r.result.sentences.find((x) => x.text.includes("severed diplomatic ties"));
      assert.equal(s?.status, "supported");
    });

    it("hints that a claim the sources attribute to Rama is stated as fact", function () {
      const d = storyDiags.find((x) => codeOf(x) === "attribution");
      assert.ok(d, "an attribution hint");
      assert.equal(d.severity, vscode.DiagnosticSeverity.Hint);
    });
  });

  describe("hover", function () {
    it("shows the citation of a supported sentence with an Open source link", async function () {
      const pos = rangeOf(story, SUPPORTED).start.translate(0, 3);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", story.uri, pos);
      const text = hoverText(hovers);
      assert.match(text, /Supported/);
      assert.match(text, /BBC News|Irish Times/);
      assert.match(text, /command:verity\.openSource\?/);
    });

    it("shows what the draft says against what the source says for a conflict", async function () {
      const pos = rangeOf(story, "72 hours").start;
      const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", story.uri, pos));
      assert.match(text, /conflict/i);
      assert.match(text, /72/);
      assert.match(text, /24/);
    });

    it("escapes a hostile source's text: no links, commands or HTML from it", async function () {
      const doc = await vscode.workspace.openTextDocument(workspaceUri("drafts", "harbour.md"));
      await vscode.window.showTextDocument(doc);
      const r = await api.checkDocument(doc);
      assert.ok(r);
      const pos = rangeOf(doc, "Dunmore harbour").start;
      const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", doc.uri, pos));
      assert.ok(text.length > 0, "a hover");
      assert.doesNotMatch(text, /\]\(command:workbench/);
      assert.doesNotMatch(text, /\]\(https:\/\/evil/);
      assert.doesNotMatch(text, /(^|[^\\])<(img|script|b)\b/, "HTML from the source stays escaped");
      for (const m of text.matchAll(/\(command:([\w.]+)/g)) assert.equal(m[1], "verity.openSource");
    });
  });

  describe("quick fixes", function () {
    it("Replace with sourced value puts the source's value in place of the wrong one", async function () {
      const doc = await openDraft(`# Draft\n\n${CONFLICT}\n`);
      const diags = await waitForDiagnostics(doc.uri, hasCode("number"), "the number conflict");
      const d = diags.find((x) => codeOf(x) === "number")!;
      const fix = (await codeActions(doc.uri, d.range)).find((a) => a.title.startsWith("Replace with sourced value"));
      assert.ok(fix?.edit, "a replace action");
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.equal(doc.getText(), `# Draft\n\n${CONFLICT.replace("72 hours", "24 hours")}\n`);
    });

    it("Add attribution credits the claim to the speaker", async function () {
      const doc = await openDraft(`# Draft\n\n${ATTRIBUTION}\n`);
      const diags = await waitForDiagnostics(doc.uri, hasCode("attribution"), "the attribution hint");
      const d = diags.find((x) => codeOf(x) === "attribution")!;
      const fix = (await codeActions(doc.uri, d.range)).find((a) => a.title.startsWith("Add attribution"));
      assert.ok(fix?.edit, "an attribution action");
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.match(doc.getText(), /^# Draft\n\nIran hired four groups to mount the attack on Albania, [^.]*Rama said\.\n$/);
    });

    it("Insert citation adds a Markdown footnote and its definition", async function () {
      const doc = await openDraft(`# Draft\n\n${SUPPORTED}\n`);
      const r = await api.checkDocument(doc);
      assert.equal(r?.sentences.find((s) => s.text.includes("severed"))?.status, "supported");
      const fix = (await codeActions(doc.uri, rangeOf(doc, "severed"))).find((a) => a.title.startsWith("Insert citation"));
      assert.ok(fix?.edit, "an insert-citation action");
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      const text = doc.getText();
      assert.ok(text.includes(`${SUPPORTED}[^1]`), text);
      assert.match(text, /\n\[\^1\]: .*(BBC News|Irish Times).*\n$/);
    });

    it("Insert citation in plain text is a bracketed citation", async function () {
      const doc = await openDraft(`${SUPPORTED}\n`, "plaintext");
      await api.checkDocument(doc);
      const fix = (await codeActions(doc.uri, rangeOf(doc, "severed"))).find((a) => a.title.startsWith("Insert citation"));
      assert.ok(fix?.edit);
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.match(doc.getText(), /^Albania severed diplomatic ties with Iran over a cyber-attack \[[^\]]*(BBC News|Irish Times)[^\]]*\]\.\n$/);
    });

    it("Insert citation as an inline link when citation.style is link", async function () {
      await setSetting("citation.style", "link");
      try {
        const doc = await openDraft(`# Draft\n\n${SUPPORTED}\n`);
        await api.checkDocument(doc);
        const fix = (await codeActions(doc.uri, rangeOf(doc, "severed"))).find((a) => a.title.startsWith("Insert citation"));
        assert.ok(fix?.edit);
        assert.ok(await vscode.workspace.applyEdit(fix.edit));
        assert.match(doc.getText(), /cyber-attack \(.+\)\.\n$/);
        assert.ok(!doc.getText().includes("[^1]"));
      } finally {
        await setSetting("citation.style", undefined);
      }
    });
  });

  describe("decisions", function () {
    const decisionsFile = () => path.join(decisionsDir(), "decisions.json");

    afterEach(async function () {
      await fs.rm(decisionsDir(), { recursive: true, force: true });
    });

    it("Dismiss finding is recorded with who/when/why and the finding no longer shows", async function () {
      const d = verityDiagnostics(story.uri).find((x) => codeOf(x) === "number");
      assert.ok(d);
      const dismiss = (await codeActions(story.uri, d.range)).find((a) => a.title.startsWith("Dismiss finding"));
      assert.ok(dismiss?.command, "a dismiss action");
      const gone = waitForDiagnostics(story.uri, lacksCode("number"), "the dismissed finding to disappear");
      const args = { ...(dismiss.command.arguments?.[0] as object), why: "confirmed with the ministry" };
      await vscode.commands.executeCommand(dismiss.command.command, args);
      await gone;
      assert.equal(api.decisionsFile(story.uri), decisionsFile());
      const data = JSON.parse(await fs.readFile(decisionsFile(), "utf8"));
      assert.equal(data.decisions.length, 1);
      const rec = data.decisions[0];
      assert.equal(rec.action, "dismissed");
      assert.equal(rec.kind, "number");
      assert.equal(rec.sentence, CONFLICT);
      assert.equal(rec.why, "confirmed with the ministry");
      assert.equal(rec.file, "drafts/story.md");
      assert.ok(rec.who);
      assert.ok(!Number.isNaN(Date.parse(rec.when)));
      const others = storyDiags.filter((x) => codeOf(x) !== "number").length;
      assert.equal(verityDiagnostics(story.uri).length, others, "other findings stay");
      // Removing the decision from the file brings the finding back (the file is watched).
      const back = waitForDiagnostics(story.uri, hasCode("number"), "the finding to come back");
      await fs.writeFile(decisionsFile(), JSON.stringify({ version: 1, decisions: [] }));
      await back;
    });

    it("Mark as verified hides every finding of the sentence", async function () {
      const sentence = rangeOf(story, UNSOURCED);
      const onSentence = (diags: vscode.Diagnostic[]) => diags.filter((x) => x.range.intersection(sentence) !== undefined);
      const before = onSentence(verityDiagnostics(story.uri));
      assert.ok(before.length, "a finding on the sentence");
      const verify = (await codeActions(story.uri, before[0].range)).find((a) => a.title === "Mark as verified");
      assert.ok(verify?.command);
      const gone = waitForDiagnostics(story.uri, (d) => onSentence(d).length === 0 && hasCode("number")(d), "the verified sentence's findings to disappear");
      await vscode.commands.executeCommand(verify.command.command, { ...(verify.command.arguments?.[0] as object), why: "" });
      await gone;
      const data = JSON.parse(await fs.readFile(decisionsFile(), "utf8"));
      assert.equal(data.decisions[0].action, "verified");
      assert.equal(data.decisions[0].sentence, UNSOURCED);
      assert.equal(data.decisions[0].why, undefined);
      const back = waitForDiagnostics(story.uri, (d) => onSentence(d).length > 0, "the findings to come back");
      await fs.writeFile(decisionsFile(), JSON.stringify({ version: 1, decisions: [] }));
      await back;
    });

    it("never overwrites a malformed decisions file", async function () {
      await fs.mkdir(decisionsDir(), { recursive: true });
      const broken = '{ "decisions": [ oops\n';
      await fs.writeFile(decisionsFile(), broken);
      const result = await vscode.commands.executeCommand(
        "verity.dismissFinding",
        { uri: story.uri.toString(), sentence: CONFLICT, kind: "number", found: "72 hours", why: "x" },
      );
      assert.equal(result, undefined);
      assert.equal(await fs.readFile(decisionsFile(), "utf8"), broken);
      assert.ok(verityDiagnostics(story.uri).some((x) => codeOf(x) === "number"));
    });
  });

  describe("settings", function () {
    it("severity off hides a kind at once, and turning it back shows it again", async function () {
      const hidden = waitForDiagnostics(story.uri, lacksCode("number"), "the conflict to be hidden");
      await setSetting("severity.conflict", "off");
      try {
        await hidden;
      } finally {
        await setSetting("severity.conflict", undefined);
      }
      await waitForDiagnostics(story.uri, hasCode("number"), "the conflict to be shown again");
    });

    it("severity error raises a kind", async function () {
      const raised = waitForDiagnostics(
        story.uri,
        (d) => d.some((x) => codeOf(x) === "number" && x.severity === vscode.DiagnosticSeverity.Error),
        "the conflict as an error",
      );
      await setSetting("severity.conflict", "error");
      try {
        await raised;
      } finally {
        await setSetting("severity.conflict", undefined);
      }
    });

    it("minConfidence hides the findings the engine is less sure of, and keeps the sure ones", async function () {
      const sure = (d: vscode.Diagnostic[]) => d.some((x) => codeOf(x) === "number");
      const hidden = waitForDiagnostics(
        story.uri,
        (d) => sure(d) && !d.some((x) => codeOf(x) === "unsourced" || codeOf(x) === "attribution"),
        "only the sure conflict",
      );
      await setSetting("minConfidence", 0.9);
      try {
        await hidden;
      } finally {
        await setSetting("minConfidence", undefined);
      }
      await waitForDiagnostics(story.uri, (d) => sure(d) && d.some((x) => codeOf(x) === "unsourced"), "the unsure finding back");
    });

    it("skips a draft above maxFileSizeKB without crashing", async function () {
      await setSetting("maxFileSizeKB", 1);
      try {
        const doc = await openDraft(`# Big\n\n${`${CONFLICT} `.repeat(40)}\n`);
        const r = await api.checkDocument(doc);
        assert.equal(r, undefined);
        assert.deepEqual(verityDiagnostics(doc.uri), []);
      } finally {
        await setSetting("maxFileSizeKB", undefined);
      }
    });
  });

  describe("claim lookup", function () {
    it("finds a claim by a number", async function () {
      const items = await api.lookup("3,000");
      assert.ok(items.some((i) => i.claimText.includes("3,000")), items.map((i) => i.claimText).join("\n"));
      const item = items.find((i) => i.claimText.includes("3,000"))!;
      assert.ok(item.description && item.description.length > 0, "shows the source");
    });

    it("finds a claim by a name", async function () {
      const items = await api.lookup("Watson");
      assert.ok(items.some((i) => i.claimText.includes("Watson")), items.map((i) => i.claimText).join("\n"));
    });
  });

  describe("editing", function () {
    it("re-checks an edited sentence and updates its verdict", async function () {
      const doc = await openDraft(`# Draft\n\n${CONFLICT}\n`);
      await waitForDiagnostics(doc.uri, hasCode("number"), "the conflict");
      const fixed = waitForDiagnostics(doc.uri, lacksCode("number"), "the conflict to clear after the edit");
      const edit = new vscode.WorkspaceEdit();
      edit.replace(doc.uri, rangeOf(doc, "72"), "24");
      assert.ok(await vscode.workspace.applyEdit(edit));
      await fixed;
      const s = api.result(doc.uri)?.result.sentences.find((x) => x.text.includes("24 hours"));
      assert.equal(s?.status, "supported");
    });

    it("keeps up with rapid successive edits (newer edits cancel older checks)", async function () {
      const doc = await openDraft(`# Draft\n\n${SUPPORTED}\n`);
      for (const piece of [" Iran's", " diplomats were told", " to leave within 72 hours."]) {
        const edit = new vscode.WorkspaceEdit();
        edit.insert(doc.uri, doc.lineAt(2).range.end, piece);
        assert.ok(await vscode.workspace.applyEdit(edit));
      }
      const r = await api.checkDocument(doc);
      assert.ok(r, "a result for the newest text");
      assert.equal(api.result(doc.uri)?.version, doc.version);
      await waitForDiagnostics(doc.uri, hasCode("number"), "the conflict in the typed sentence");
    });
  });

  describe("reference set", function () {
    const sub = () => path.join(workspaceUri().fsPath, "sources", "late-additions");

    afterEach(async function () {
      await fs.rm(sub(), { recursive: true, force: true });
    });

    it("reloads when a source is added, and keeps working when its folder is deleted", async function () {
      const before = (await api.reference()).documents.length;
      const added = waitForEvent(api.onDidReloadReference, (r) => r.documents === before + 1, "the reload with the new source");
      await fs.mkdir(sub(), { recursive: true });
      await fs.writeFile(
        path.join(sub(), "ferry-update.md"),
        "---\ntitle: Ferry update\noutlet: Dunmore Echo\ndate: 2024-03-02\n---\nThe Dunmore ferry was cancelled on Saturday because of high winds.\n",
      );
      await added;
      const items = await api.lookup("cancelled winds");
      assert.ok(items.some((i) => i.documentId.endsWith("ferry-update.md")), items.map((i) => i.documentId).join(", "));
      const removed = waitForEvent(api.onDidReloadReference, (r) => r.documents === before, "the reload without the deleted folder");
      await fs.rm(sub(), { recursive: true, force: true });
      await removed;
      const r = await api.checkDocument(story);
      assert.ok(r && r.sentences.length > 0, "still checks against what is left");
    });

    it("skips a binary source and a malformed claims file, and keeps checking with the rest", async function () {
      const before = (await api.reference()).documents.length;
      const reloaded = waitForEvent(api.onDidReloadReference, () => true, "the reload with the bad files");
      await fs.mkdir(sub(), { recursive: true });
      await fs.writeFile(path.join(sub(), "scan.txt"), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff]));
      await fs.writeFile(path.join(sub(), "desk.claims.json"), '{ "claims": [ { "text": "unterminated ');
      const r = await reloaded;
      assert.equal(r.documents, before, "neither bad file became a source");
      const checked = await api.checkDocument(story);
      assert.ok(checked && checked.sentences.some((s) => s.status === "conflict"), "still checks against the good sources");
    });

    it("a configured folder that does not exist is reported, not fatal", async function () {
      const original = vscode.workspace.getConfiguration("verity").inspect<string[]>("reference.paths")?.workspaceValue;
      const reloaded = waitForEvent(api.onDidReloadReference, () => true, "the reload");
      await setSetting("reference.paths", ["sources", "no-such-folder"]);
      try {
        const r = await reloaded;
        assert.ok(r.documents >= 3);
      } finally {
        const restored = waitForEvent(api.onDidReloadReference, () => true, "the reload");
        await setSetting("reference.paths", original);
        await restored;
      }
    });
  });

  describe("document lifecycle", function () {
    it("a draft closed mid-check neither throws nor keeps diagnostics", async function () {
      const doc = await openDraft(`# Draft\n\n${CONFLICT}\n`);
      const pending = api.checkDocument(doc);
      await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
      await pending; // resolves (a result or undefined), never rejects
      assert.deepEqual(verityDiagnostics(doc.uri), []);
    });
  });

  describe("workspace", function () {
    it("Check Workspace checks the drafts, not the source documents", async function () {
      const summary = await api.checkWorkspace();
      assert.ok(summary.checked >= 2, JSON.stringify(summary));
      const names = api.report().map((d) => d.name);
      assert.ok(names.includes("drafts/story.md"), names.join(", "));
      assert.ok(!names.some((n) => n.startsWith("sources/")), names.join(", "));
      const story = api.report().find((d) => d.name === "drafts/story.md")!;
      assert.ok(story.counts.conflict >= 1 && story.counts.supported >= 1 && story.counts.unsourced >= 1, JSON.stringify(story.counts));
    });

    it("contributes and registers its commands", async function () {
      const registered = new Set(await vscode.commands.getCommands(true));
      for (const id of ["verity.lookUpClaim", "verity.checkDocument", "verity.checkWorkspace", "verity.reloadReference", "verity.addSource", "verity.showReport", "verity.openSource"]) {
        assert.ok(registered.has(id), id);
      }
      const reloaded = await vscode.commands.executeCommand<{ documents: number; claims: number }>("verity.reloadReference");
      assert.ok(reloaded && reloaded.documents >= 3, JSON.stringify(reloaded));
    });
  });
});
