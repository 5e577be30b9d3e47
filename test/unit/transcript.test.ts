import * as assert from "node:assert";
import { transcriptTurns } from "../../src/core/reference/transcript";

describe("transcript: speaker labels", () => {
  it("finds each turn, names its speaker as the text writes the name, and tells the host from the guests", () => {
    const text = [
      "Presenter: Jo Bell.",
      "JO BELL: With me is Owen Brack. Mr Brack, what happened?",
      "OWEN BRACK: The crane failed.",
      "BELL: Why?",
      "**Brack:** Nobody checked it.",
    ].join("\n\n");
    const turns = transcriptTurns(text);
    assert.deepEqual(
      turns.map((t) => [t.speaker, t.host, text.slice(t.textStart, t.end)]),
      [
        ["Jo Bell", true, "With me is Owen Brack. Mr Brack, what happened?"],
        ["Owen Brack", false, "The crane failed."],
        ["Jo Bell", true, "Why?"],
        ["Owen Brack", false, "Nobody checked it."],
      ],
    );
  });

  it("takes an office for a speaker, and a councillor's label by the surname the text gives", () => {
    const text = ["Present: Cllr Jo Bell.", "THE CHAIR: Why was there no warning?", "CLLR BELL: The reservoirs were full in May.", "THE CHAIR: Thank you."].join("\n\n");
    assert.deepEqual(
      transcriptTurns(text).map((t) => [t.speaker, t.host]),
      [
        ["the chair", true],
        ["Bell", false],
        ["the chair", true],
      ],
    );
  });

  it("ends a turn at the next label on the following line", () => {
    const text = "JO BELL: Good morning, Owen Brack.\nOWEN BRACK: Good morning, Jo Bell.\n";
    assert.deepEqual(
      transcriptTurns(text).map((t) => text.slice(t.textStart, t.end).trim()),
      ["Good morning, Owen Brack.", "Good morning, Jo Bell."],
    );
  });

  it("reads no transcript into furniture, places, a single label, or capitals the text never names", () => {
    assert.deepEqual(transcriptTurns("UPDATE: The quay reopened.\n\nNOTES TO EDITORS: Photos on request.\n"), []);
    assert.deepEqual(transcriptTurns("LONDON: Talks resumed in London.\n\nPARIS: Talks ended in Paris.\n"), []);
    assert.deepEqual(transcriptTurns("OWEN BRACK: The crane failed, Owen Brack said.\n"), []);
    assert.deepEqual(transcriptTurns("ACME: One.\n\nACME: Two.\n"), []);
  });
});
