import * as assert from "node:assert";
import { answerAsStatement, transcriptTurns } from "../../src/core/reference/transcript";

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

  it("reads a role's label, with the outlet in brackets, as the one who asks, and no named speaker as the host then", () => {
    const text = [
      "Speakers: Owen Brack, chair of the trust; Jo Bell, secretary.",
      "OWEN BRACK: Good morning. Can I say first how sorry we are?",
      "REPORTER (Brimley Echo): One of your rowers says the cox ignored the flags. Did the crew see them?",
      "JO BELL: No.",
    ].join("\n\n");
    assert.deepEqual(
      transcriptTurns(text).map((t) => [t.speaker, t.host, text.slice(t.textStart, t.end)]),
      [
        ["Owen Brack", false, "Good morning. Can I say first how sorry we are?"],
        ["reporter", true, "One of your rowers says the cox ignored the flags. Did the crew see them?"],
        ["Jo Bell", false, "No."],
      ],
    );
    // A role's turns alone make no transcript.
    assert.deepEqual(transcriptTurns("REPORTER: Was it late?\n\nCALLER: Yes.\n"), []);
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

describe("transcript: a short answer read with its question", () => {
  it("makes a statement of a yes-or-no question and its answer, the denial on the verb", () => {
    assert.equal(answerAsStatement("Did the kiosk's freezer break down?", "No, it didn't."), "the kiosk's freezer did not break down");
    assert.equal(answerAsStatement("Owen, would you sign the lease again?", "Not on these terms."), "I would not sign the lease again on these terms");
    assert.equal(answerAsStatement("Has Kestrel had its invoice settled?", "Not yet."), "Kestrel has not had its invoice settled yet");
    assert.equal(answerAsStatement("Will you stand again next year?", "Yes."), "I will stand again next year");
    assert.equal(answerAsStatement("Could the boathouse open in winter?", "Never."), "the boathouse could never open in winter");
  });

  it("puts the answer where the question word stood", () => {
    assert.equal(answerAsStatement("Who runs the slipway these days?", "The harbour trust does."), "the harbour trust runs the slipway these days");
    assert.equal(answerAsStatement("Where did the fire start?", "The boathouse kitchen."), "the fire start the boathouse kitchen");
    assert.equal(answerAsStatement("When do the works begin, and who pays?", "In late May."), "the works begin in late May");
    assert.equal(answerAsStatement("How many rowers signed the letter?", "Forty-two."), "forty-two rowers signed the letter");
    assert.equal(answerAsStatement("How much did the club pay?", "About £9,000."), "the club pay about £9,000");
    assert.equal(answerAsStatement("Jo, how long have you run the café?", "For eleven years."), "I run the café for eleven years");
  });

  it("leaves an answer that is a clause of its own, a hedge, a question tag or a reason alone", () => {
    assert.equal(answerAsStatement("Did the club pay the deposit?", "We paid it in March."), undefined);
    assert.equal(answerAsStatement("Will the ferry run on Sunday?", "I expect it will."), undefined);
    assert.equal(answerAsStatement("That wasn't the plan, was it?", "No."), undefined);
    assert.equal(answerAsStatement("Why did the lido close?", "Money."), undefined);
    assert.equal(answerAsStatement("What failed?", "Nothing failed at all."), undefined);
  });
});
