// Unit tests of the verifier (`Checker`): over small in-memory source documents on made-up stories (a port strike,
// a council budget) and over the bundled reference set (BBC and Irish Times on Albania and Iran). Assertions are on
// statuses, finding kinds, found/expected text and ranges, never on confidence values.
import * as assert from "node:assert";
import * as path from "node:path";
import { analyse } from "../../src/core/facts/facts";
import { align } from "../../src/core/verify/align";
import { SentenceVerifier } from "../../src/core/verify/verify";
import type { Claim } from "../../src/core/reference/set";
import type { SentenceFacts } from "../../src/core/facts/facts";
import { Checker, Finding, FindingKind, loadReferenceSet, parseSourceDocument, ReferenceSet, SentenceResult, Status } from "../../src/core/index";

const GAZETTE = `---
title: Dockers walk out at Kestrel Bay port
outlet: Harbour Gazette
author: Ruth Mallory
date: 2024-03-14
---
Dockers walk out at Kestrel Bay port

About 1,200 dockers at Kestrel Bay port walked out on Tuesday in a dispute over pay.

The strike was called by the Coastal Workers Union after talks with the port authority broke down.

Union general secretary Tom Okafor said members had rejected a 4% pay offer.

"We will not go back until the offer is fair," Mr Okafor said.

The port handles 40 ships a week and employs 2,000 people.

Port director Helen Marsh said the walkout would cost the port £2.5 million a day.

Ms Marsh said the port had never lost a day to strikes since it opened in 1998.

Mr Okafor has led two previous strikes at the port.
`;

/** 2024-03-14 was a Thursday: the Gazette's "Tuesday" is 12 March. */
const COURIER = `---
title: Port strike halts shipping
outlet: Coastal Courier
date: 2024-03-14
---
Port strike halts shipping

Container traffic at Kestrel Bay has been suspended since the strike began.

Cruise passengers were diverted to the neighbouring town of Saltmarsh.
`;

const HERALD = `---
title: Council sets budget
outlet: Fenwick Herald
date: 2023-02-10
---
Council sets budget

Fenwick council approved a £48 million budget on Thursday.

The library on Mill Lane will stay open, the council confirmed.
`;

const POST = `---
title: Library to shut
outlet: Fenwick Post
date: 2023-02-10
---
Library to shut

Fenwick council approved a £48 million budget on Thursday.

The library on Mill Lane will close, the council confirmed.
`;

/** Two reports that disagree on a number. */
const STRIKE_LENGTH_A = `---
title: Strike to last three days
outlet: Harbour Gazette
date: 2024-03-14
---
Strike to last three days

The strike at Kestrel Bay port is expected to last 72 hours.
`;
const STRIKE_LENGTH_B = `---
title: Short strike at Kestrel Bay
outlet: Coastal Courier
date: 2024-03-14
---
Short strike at Kestrel Bay

The strike at Kestrel Bay port is expected to last 48 hours.
`;

/**
 * A document on other matters: with it the claims under test are weighed against a vocabulary wider than their own,
 * as in a real reference set, where two documents alone make every shared word rare.
 */
const UNRELATED_NOTES: [string, string] = [
  "notes.md",
  "The harbour master retired in June.\n\nFerries to the island run twice a day.\n\nThe quay was resurfaced last spring.\n\nParking charges rose by 20p.\n\nThe museum reopened after a refit.\n\nA new bus route links the station to the hospital.\n",
];

function checker(docs: Array<[string, string]>): Checker {
  return new Checker(ReferenceSet.build(docs.map(([id, text]) => parseSourceDocument(text, id, ""))));
}

/** 1-based line of `needle` in `text`. */
function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" not in the document`);
  return text.slice(0, at).split("\n").length;
}

function describeResult(s: SentenceResult): string {
  return JSON.stringify({
    status: s.status,
    findings: s.findings.map((f) => ({ kind: f.kind, found: f.found, expected: f.expected, message: f.message })),
    sources: s.sources.map((x) => `${x.document}:${x.line} ${x.stance}`),
  });
}

/** Checks a draft of one sentence and returns its verdict. */
function one(c: Checker, draft: string): SentenceResult {
  const { sentences } = c.check(draft);
  assert.equal(sentences.length, 1, `expected one sentence in ${JSON.stringify(draft)}, got ${sentences.map((s) => JSON.stringify(s.text))}`);
  return sentences[0];
}

function expectStatus(s: SentenceResult, status: Status): void {
  assert.equal(s.status, status, `${JSON.stringify(s.text)}: ${describeResult(s)}`);
}

function findingOf(s: SentenceResult, kind: FindingKind): Finding {
  const f = s.findings.find((x) => x.kind === kind);
  assert.ok(f, `${JSON.stringify(s.text)}: no ${kind} finding in ${describeResult(s)}`);
  return f!;
}

/** Disputed, citing `supports` for the draft's side and `contradicts` for the other, in that order. */
function expectDisputed(s: SentenceResult, supports: string, contradicts: string): void {
  expectStatus(s, "disputed");
  assert.deepEqual(s.sources.map((x) => [x.document, x.stance]), [[supports, "supports"], [contradicts, "contradicts"]], describeResult(s));
}

/** A conflict of `kind` whose range covers `found` in the draft and whose correction is `expected`. */
function expectConflict(draft: string, s: SentenceResult, kind: FindingKind, found: string, expected?: string | RegExp): Finding {
  expectStatus(s, "conflict");
  const f = findingOf(s, kind);
  assert.equal(f.found, found, describeResult(s));
  assert.equal(draft.slice(f.start, f.end), found, "the finding's range is on the words at fault");
  if (typeof expected === "string") assert.equal(f.expected, expected, describeResult(s));
  else if (expected) assert.match(f.expected ?? "", expected, describeResult(s));
  assert.ok(s.sources.length > 0 && s.sources.every((x) => x.stance === "contradicts"), describeResult(s));
  return f;
}

describe("verify: a port strike (in-memory sources)", () => {
  let port: Checker;
  before(() => {
    port = checker([
      ["gazette.md", GAZETTE],
      ["courier.md", COURIER],
    ]);
  });

  it("supports a paraphrase and cites the source passage with its provenance", () => {
    const s = one(port, "Around 1,200 dock workers at Kestrel Bay port went on strike on Tuesday over pay.");
    expectStatus(s, "supported");
    assert.deepEqual(s.findings, []);
    const src = s.sources[0];
    assert.equal(src.document, "gazette.md");
    assert.equal(src.title, "Dockers walk out at Kestrel Bay port");
    assert.equal(src.outlet, "Harbour Gazette");
    assert.equal(src.author, "Ruth Mallory");
    assert.equal(src.date, "2024-03-14");
    assert.equal(src.stance, "supports");
    assert.equal(src.line, lineOf(GAZETTE, "About 1,200 dockers"));
    assert.ok(GAZETTE.slice(src.start, src.end).startsWith("About 1,200 dockers"), "source offsets index the document");
    assert.ok(src.text.includes("walked out on Tuesday"));
  });

  it("supports a sentence stated in the source word for word", () => {
    const s = one(port, "The port handles 40 ships a week and employs 2,000 people.");
    expectStatus(s, "supported");
    assert.equal(s.sources[0].line, lineOf(GAZETTE, "The port handles"));
  });

  it("supports a day of the month that is the source's weekday, resolved against its date", () => {
    expectStatus(one(port, "About 1,200 dockers at Kestrel Bay port walked out on 12 March in a dispute over pay."), "supported");
  });

  it("flags a wrong number, with the source's number as the correction and the range on the wrong number", () => {
    const draft = "About 1,500 dockers at Kestrel Bay port walked out on Tuesday in a dispute over pay.";
    expectConflict(draft, one(port, draft), "number", "1,500", "1,200");
  });

  it("flags a word of degree turned into its opposite (“fewer” ships for the source's “more”)", () => {
    const harbour = checker([["harbour.md", "The harbour now takes more ships a week than it did before the strike.\n"]]);
    const draft = "The harbour now takes fewer ships a week than it did before the strike.";
    expectConflict(draft, one(harbour, draft), "negation", "fewer", "more");
    expectStatus(one(harbour, "The harbour now takes more ships a week than it did before the strike."), "supported");
  });

  it("flags a wrong number spelt with a hyphen (“twenty-six” for the source's “twenty-five”)", () => {
    const c = checker([["depot.md", "Twenty-five inspectors visited the Kestrel depot on Monday.\n"]]);
    const draft = "Twenty-six inspectors visited the Kestrel depot on Monday.";
    expectConflict(draft, one(c, draft), "number", "Twenty-six", "Twenty-five");
  });

  it("flags a unit of time changed inside a fused number (“two-week” for the source's “two-day”)", () => {
    const c = checker([["notice.md", "The council announced a two-day closure of the Kestrel footbridge for repairs.\n"]]);
    const draft = "The council announced a two-week closure of the Kestrel footbridge for repairs.";
    expectConflict(draft, one(c, draft), "number", "two-week", "two-day");
    // The same duration written apart is no conflict.
    assert.notEqual(one(c, "The council announced a closure of the Kestrel footbridge for two days for repairs.").status, "conflict");
  });

  it("flags a wrong amount of money", () => {
    const draft = "Port director Helen Marsh said the walkout would cost the port £5 million a day.";
    const f = expectConflict(draft, one(port, draft), "number", "£5 million");
    assert.match(f.expected ?? "", /2\.5/);
  });

  it("flags a wrong weekday", () => {
    const draft = "About 1,200 dockers at Kestrel Bay port walked out on Thursday in a dispute over pay.";
    expectConflict(draft, one(port, draft), "date", "Thursday", "Tuesday");
  });

  it("flags a wrong day of the month against the source's weekday", () => {
    const draft = "About 1,200 dockers at Kestrel Bay port walked out on 10 March in a dispute over pay.";
    expectConflict(draft, one(port, draft), "date", "10 March");
  });

  it("flags a different organisation in the same slot, naming the source's", () => {
    const draft = "The strike was called by the Harbour Workers Union after talks with the port authority broke down.";
    expectConflict(draft, one(port, draft), "entity", "Harbour Workers Union", "Coastal Workers Union");
  });

  it("flags a different person in the same slot, naming the source's", () => {
    const draft = "Port director Helen Walsh said the walkout would cost the port £2.5 million a day.";
    expectConflict(draft, one(port, draft), "entity", "Helen Walsh", /Helen Marsh/);
  });

  it("flags a wrong title", () => {
    const draft = "Union president Tom Okafor said members had rejected a 4% pay offer.";
    expectConflict(draft, one(port, draft), "role", "Union president", "Union general secretary");
    const treasurer = "Union treasurer Tom Okafor said members had rejected a 4% pay offer.";
    expectConflict(treasurer, one(port, treasurer), "role", "Union treasurer", "Union general secretary");
  });

  it("flags a witness given another job than the sources give, in an appositive or after “is a”", () => {
    const court = checker([
      ["court.md", "Jo Bell, a count assistant, told the court that she saw a tray of ballot papers at about 7pm.\n\nThe judge ordered a new election.\n"],
      ["radio.md", "Kate Lyle is a teacher on Brimley. She was on the ferry that evening and broke her wrist.\n\nThe ferry company has apologised.\n"],
    ]);
    const bell = "Jo Bell, a count supervisor, said she saw a tray of ballot papers at about 7pm.";
    expectConflict(bell, one(court, bell), "role", "count supervisor", /count assistant/);
    const lyle = "Kate Lyle, a nurse who was on the ferry, broke her wrist.";
    expectConflict(lyle, one(court, lyle), "role", "nurse", /teacher/);
    expectStatus(one(court, "Jo Bell, a count assistant, said she saw a tray of ballot papers at about 7pm."), "supported");
  });

  it("compares the office of one of several holders with the office the sources give each", () => {
    const c = checker([
      ["notice.md", "# Notice\n\nJo Bell and Owen Brack were elected trustees of the Kestrel Rowing Club on Friday.\n\nJo Bell, trustee, said the boatyard would close.\n"],
      ["radio.md", "# Radio\n\nKate Lyle, 41, a boat builder, said she had lost her job.\n\nThe boatyard opened in 1962.\n"],
      UNRELATED_NOTES,
    ]);
    expectStatus(one(c, "Jo Bell, one of the club's trustees, said the boatyard would close."), "supported");
    const coaches = "Jo Bell, one of the club's coaches, said the boatyard would close.";
    expectConflict(coaches, one(c, coaches), "role", "club's coaches", /trustee/);
    const aged = "Kate Lyle, a 41-year-old driver, said she had lost her job.";
    expectConflict(aged, one(c, aged), "role", "driver", /boat builder/);
  });

  it("flags the wrong role after a long organisation's name in the possessive", () => {
    const union = checker([["union.md", "Owen Brack, district secretary of the Kestrel Bay Dockers Union, said the report confirmed what members had long suspected.\n\nThe port has 400 staff.\n"]]);
    const draft = "Owen Brack, the Kestrel Bay Dockers Union's regional organiser, said the report confirmed what members had long suspected.";
    expectConflict(draft, one(union, draft), "role", "Kestrel Bay Dockers Union's regional organiser", /district secretary/);
  });

  it("tells one head's office from another (“chairman” is not “director”), while “boss” may be any", () => {
    const draft = "Port chairman Helen Marsh said the walkout would cost the port £2.5 million a day.";
    expectConflict(draft, one(port, draft), "role", "Port chairman", "Port director");
    expectStatus(one(port, "Port boss Helen Marsh said the walkout would cost the port £2.5 million a day."), "supported");
  });

  it("tells two ranks that share a word apart, and takes a rank shortened for itself", () => {
    const police = checker([
      [
        "police.md",
        'Detective Inspector Ruth Mallory, who led the inquiry, said: "We never gave up."\n\nThe two men were jailed on Friday.\n\nThe stolen van was never found.\n',
      ],
    ]);
    const sergeant = "Detective Sergeant Ruth Mallory, who led the inquiry, said the team had never given up.";
    expectConflict(sergeant, one(police, sergeant), "role", "Detective Sergeant", "Detective Inspector");
    const shortened = one(police, "Inspector Ruth Mallory, who led the inquiry, said the team had never given up.");
    assert.ok(!shortened.findings.some((f) => f.kind === "role"), describeResult(shortened));
  });

  it("compares a role given after the name, with or without an article", () => {
    const labs = checker([
      [
        "release.md",
        'Dr Ines Calder, Chief Medical Officer of Kestrel Labs, said: "These are encouraging results."\n\n"We will keep going," said Jo Bell, the union\'s convenor at the depot.\n\nOwen Brack, 39, a former repairs manager at the trust, was jailed for two years.\n',
      ],
    ]);
    const chief = 'Dr Ines Calder, chief executive of Kestrel Labs, called the results "encouraging".';
    expectConflict(chief, one(labs, chief), "role", "chief executive", "Chief Medical Officer of Kestrel Labs");
    const secretary = 'Jo Bell, the union\'s regional secretary, said: "We will keep going."';
    expectConflict(secretary, one(labs, secretary), "role", "union's regional secretary", "union's convenor at the depot");
    const finance = "Owen Brack, the trust's former finance manager, was jailed for two years.";
    expectConflict(finance, one(labs, finance), "role", "trust's former finance manager", "former repairs manager at the trust");
    // The same office in other words is no conflict.
    expectStatus(one(labs, "Owen Brack, the trust's former repairs manager, was jailed for two years."), "supported");
  });

  it("tells two offices of one organisation apart by the field each covers (“head of parks” is not “Head of Housing”)", () => {
    const council = checker([
      ["statement.md", "Jo Bell, Head of Housing, said the flats would be empty by March.\n\nThe council owns 3,000 homes.\n"],
    ]);
    const parks = "Jo Bell, the council's head of parks, said the flats would be empty by March.";
    expectConflict(parks, one(council, parks), "role", "council's head of parks", "Head of Housing");
    // The head of a department is not the head of the whole body.
    const director = checker([["report.md", "The lido's director, Owen Brack, said the pool would reopen in May.\n"]]);
    const head = "Owen Brack, the lido's head of swimming, said the pool would reopen in May.";
    expectConflict(head, one(director, head), "role", "lido's head of swimming", /director/);
    // The same field in other words, or the office without its field, is no conflict.
    for (const same of ["Jo Bell, the council's head of housing and homes, said the flats would be empty by March.", "Jo Bell, the council's housing chief, said the flats would be empty by March.", "Jo Bell, the council's head, said the flats would be empty by March."]) {
      const s = one(council, same);
      assert.ok(!s.findings.some((f) => f.kind === "role"), describeResult(s));
    }
  });

  it("tells two offices of one owner apart (“Kestrel's managing director” is not “Kestrel's race director”)", () => {
    const race = checker([["statement.md", "Owen Brack, Kestrel's race director, said the course had been measured in March.\n\nThe race has run since 1998.\n"]]);
    const managing = "Owen Brack, Kestrel's managing director, said the course had been measured in March.";
    expectConflict(managing, one(race, managing), "role", "Kestrel's managing director", /race director/);
    // The owner said as a modifier is the same office: "the club's deputy leader" for the "Deputy Club Leader".
    const club = checker([["minutes.md", "Jo Bell, Deputy Club Leader, said the boathouse would reopen in May.\n"]]);
    const deputy = one(club, "Jo Bell, the club's deputy leader, said the boathouse would reopen in May.");
    assert.ok(!deputy.findings.some((f) => f.kind === "role"), describeResult(deputy));
  });

  it("tells apart two offices that share a word but each add one of their own (“harbour safety officer”, “road safety officer”)", () => {
    const police = checker([["release.md", "Sergeant Jo Bell, Tollmouth Police's road safety officer, said two quad bikes had been stolen.\n\nThe farm has 300 sheep.\n"]]);
    const harbour = "Sergeant Jo Bell, Tollmouth Police's harbour safety officer, said two quad bikes had been stolen.";
    expectConflict(harbour, one(police, harbour), "role", "Tollmouth Police's harbour safety officer", /road safety officer/);
    // A word only one of them has is the same office said more fully.
    const senior = one(police, "Sergeant Jo Bell, Tollmouth Police's safety officer, said two quad bikes had been stolen.");
    assert.ok(!senior.findings.some((f) => f.kind === "role"), describeResult(senior));
  });

  it("reads an office after a plural owner (“the trustees' chief executive”) and a dock master's office", () => {
    const port = checker([["minutes.md", "Panel: Jo Bell, chief executive; Captain Owen Brack, dock master.\n\nCaptain Brack said the Tollmouth dock would be drained in May.\n"]]);
    const draft = "Captain Owen Brack, the trustees' chief executive, said the Tollmouth dock would be drained in May.";
    expectConflict(draft, one(port, draft), "role", "trustees' chief executive", /dock master/);
    const right = one(port, "Captain Owen Brack, the dock master, said the Tollmouth dock would be drained in May.");
    assert.ok(!right.findings.some((f) => f.kind === "role"), describeResult(right));
  });

  it("finds a person said to be from another place than the sources say", () => {
    const c = checker([
      ["report.md", "Jo Bell, 54, of Brimley, said the lido had been closed all summer.\n\nThe council said the Tollmouth lido would reopen in May.\n"],
      ["forum.md", "Speakers: Owen Brack, Fenmore Green; Kate Lyle, Tollmouth.\n\nOwen Brack said he had swum at the lido for 40 years.\n"],
    ]);
    const moved = "Jo Bell, of Tollmouth, said the lido had been closed all summer.";
    expectConflict(moved, one(c, moved), "entity", "Tollmouth", "Brimley");
    const speaker = "Owen Brack, a swimmer from Brimley, said he had swum at the lido for 40 years.";
    expectConflict(speaker, one(c, speaker), "entity", "Brimley", "Fenmore Green");
    // The same place, or a part of its name, is no conflict.
    for (const same of ["Jo Bell, 54, from Brimley, said the lido had been closed all summer.", "Owen Brack, a swimmer from Fenmore, said he had swum at the lido for 40 years."]) {
      const r = one(c, same);
      assert.ok(!r.findings.some((f) => f.kind === "entity"), describeResult(r));
    }
  });

  it("reads a leader of an activity as that office, not as whoever runs the body (“swim leader” is not “chairman”)", () => {
    const club = checker([["report.md", "Owen Brack, chairman of the Tollmouth Rowing Club, said the boathouse would reopen in May.\n"]]);
    const swim = "Owen Brack, the club's swim leader, said the boathouse would reopen in May.";
    expectConflict(swim, one(club, swim), "role", "club's swim leader", /chairman/);
    // A leader of the body itself is its head, whatever that office is called.
    for (const head of ["Owen Brack, the club's leader, said the boathouse would reopen in May.", "Owen Brack, the rowing club's boss, said the boathouse would reopen in May."]) {
      const s = one(club, head);
      assert.ok(!s.findings.some((f) => f.kind === "role"), describeResult(s));
    }
  });

  it("compares a role a source gives in a relative clause, where a name in the draft's role says only where", () => {
    const inn = checker([
      [
        "report.md",
        "Jo Bell, who worked as a lifeguard at the Brimley lido until May, said the pool had been cold for weeks.\n\n" +
          "Owen Brack, who worked as a staff nurse on Kestrel Ward for six years, said the ward had closed without warning.\n",
      ],
    ]);
    const manager = "Jo Bell, the lido's former general manager, said the pool had been cold for weeks.";
    expectConflict(manager, one(inn, manager), "role", "lido's former general manager", "lifeguard at the Brimley lido");
    const nurse = one(inn, "Owen Brack, a former Kestrel Ward nurse, said the ward had closed without warning.");
    assert.ok(!nurse.findings.some((f) => f.kind === "role"), describeResult(nurse));
  });

  it("compares the office given after a name that has a rank before it too", () => {
    const hall = checker([
      [
        "hall.md",
        'Councillor Ines Calder, cabinet member for housing, said the council would "treat every tenant fairly".\n\nProfessor Owen Brack, head of the law school, said the ruling was sound.\n',
      ],
    ]);
    const leader = 'Councillor Ines Calder, the council leader, said the council would "treat every tenant fairly".';
    expectConflict(leader, one(hall, leader), "role", "council leader", "cabinet member for housing");
    const vice = "Professor Owen Brack, the university's vice-chancellor, said the ruling was sound.";
    expectConflict(vice, one(hall, vice), "role", "university's vice-chancellor", "head of the law school");
    expectStatus(one(hall, 'Councillor Ines Calder, the cabinet member for housing, said the council would "treat every tenant fairly".'), "supported");
    // The sources give Brack no office in a form read as a title, only his rank: nothing to set the draft's against.
    const paper = checker([["paper.md", "Professor Owen Brack, the study's lead and corresponding author, was cleared by the panel.\n"]]);
    expectStatus(one(paper, "Professor Owen Brack, the lead author, was cleared by the panel."), "supported");
  });

  it("compares the title of a person named with the body they serve (“Inspector X of Y Police”)", () => {
    const force = checker([["force.md", "Inspector Ruth Mallory of Tollmouth Police said the road would reopen on Friday.\n\nThe crash happened on Monday night.\n"]]);
    const draft = "Sergeant Ruth Mallory said the road would reopen on Friday.";
    expectConflict(draft, one(force, draft), "role", "Sergeant", "Inspector");
    expectStatus(one(force, "Inspector Ruth Mallory said the road would reopen on Friday."), "supported");
  });

  // A quotation's "not" in another claim about the same person is not a negation of this sentence.
  it("flags a wrong title with no spurious negation finding", () => {
    const s = one(port, "Union president Tom Okafor said members had rejected a 4% pay offer.");
    assert.deepEqual(s.findings.map((f) => f.kind), ["role"], describeResult(s));
  });

  it("flags a misquote, the source's words as the correction", () => {
    const draft = `"We will not go back until the offer is generous," Mr Okafor said.`;
    expectConflict(draft, one(port, draft), "quote", "generous", "fair");
  });

  // The speaker is known by name whatever the title in front of it says: one naming an organisation ("Harbour Board
  // spokesperson") is dropped like "Prime Minister", so the draft's quote is set against the same person's words.
  it("flags a reworded quote of a speaker whose title names an organisation", () => {
    const board = checker([["board.txt", `Harbour Board spokesperson Mara Quinn called the delay "regrettable but unavoidable".\n\nThe ferry service will resume in May.\n`]]);
    for (const draft of [`Harbour Board spokesperson Mara Quinn called the delay "a national scandal".`, `Mara Quinn called the delay "a national scandal".`]) {
      expectConflict(draft, one(board, draft), "quote", "a national scandal", "regrettable but unavoidable");
    }
  });

  // The quotation's own "not" is not set against the claim "… members had rejected a 4% pay offer."
  it("flags a misquote with no spurious negation finding", () => {
    const s = one(port, `"We will not go back until the offer is generous," Mr Okafor said.`);
    assert.deepEqual(s.findings.map((f) => f.kind), ["quote"], describeResult(s));
  });

  it("flags a verbatim quote credited to the wrong person", () => {
    const draft = `"We will not go back until the offer is fair," Ms Marsh said.`;
    const f = expectConflict(draft, one(port, draft), "attribution", "Marsh", /Tom Okafor/);
    assert.match(f.message, /Okafor/);
  });

  it("does not flag a verbatim quote credited to the right person", () => {
    const s = one(port, `"We will not go back until the offer is fair," union leader Tom Okafor said.`);
    assert.ok(!s.findings.some((f) => f.kind === "attribution" || f.kind === "quote"), describeResult(s));
  });

  it("flags “did not” where the source states it", () => {
    const draft = "Members had not rejected a 4% pay offer.";
    expectConflict(draft, one(port, draft), "negation", "not");
  });

  it("flags “never” where the source states it", () => {
    const draft = "Mr Okafor has never led a strike at the port.";
    expectConflict(draft, one(port, draft), "negation", "never");
  });

  it("flags a statement the source makes with “never”, stated positively", () => {
    const s = one(port, "The port had lost days to strikes since it opened in 1998, Ms Marsh said.");
    expectStatus(s, "conflict");
    findingOf(s, "negation");
  });

  it("flags an antonym: “accepted” where the source has “rejected”", () => {
    const draft = "Members had accepted a 4% pay offer.";
    expectConflict(draft, one(port, draft), "negation", "accepted", "rejected");
  });

  it("flags a refusal reported as agreement: “she agreed” where the source says “she refused”", () => {
    const appeal = checker([["appeal.md", "Kestrel Labs asked the inspector to order the council to pay its costs, but she refused.\n"]]);
    const draft = "Kestrel Labs asked the inspector to order the council to pay its costs, and she agreed.";
    expectConflict(draft, one(appeal, draft), "negation", "agreed", "refused");
  });

  it("flags an adjective of the opposite sentiment in the source's place (“thriving” for “struggling”), not one of the same", () => {
    const retail = checker([["retail.md", "The struggling retailer Hollow & Finch closed 40 stores on Monday, blaming weak sales.\n"]]);
    const draft = "The thriving retailer Hollow & Finch closed 40 stores on Monday.";
    expectConflict(draft, one(retail, draft), "negation", "thriving", "struggling");
    expectStatus(one(retail, "The ailing retailer Hollow & Finch closed 40 stores on Monday."), "supported");
  });

  it("flags one noun put in another's place between shared words (“cyanide” for “chloride”), not a synonym or an added clause", () => {
    const spill = checker([["spill.md", "Crews contained a leak of sodium chloride from a tanker near the Redfern depot on Friday.\n"]]);
    const draft = "Crews contained a leak of sodium cyanide from a tanker near the Redfern depot on Friday.";
    expectConflict(draft, one(spill, draft), "entity", "cyanide", "chloride");
    expectStatus(one(spill, "Crews contained a leak of sodium chloride from a truck near the Redfern depot on Friday."), "supported");
    // At the end of the sentence the draft's word has no shared word after it: it may be a clause of its own.
    expectStatus(one(spill, "Crews contained a leak of sodium chloride from a tanker near the Redfern depot on Friday evening."), "supported");
  });

  it("does not flag a more specific noun between shared words (“declaration” for “statement”)", () => {
    const council = checker([["council.md", "The council's statement on the closure of the harbour came late on Friday.\n"]]);
    assert.notEqual(one(council, "The council's declaration on the closure of the harbour came late on Friday.").status, "conflict");
  });

  it("flags a noun swapped beside one shared word where the sentence is reworded (“burger giant”, “pizza giant”)", () => {
    const chain = checker([
      [
        "chain.md",
        "Restaurant chain admits price rises\n\nThe chief executive of pizza giant Marlowe's admitted the firm had raised prices faster than its rivals as profits fell.\n\nThe council's statement on the closure of the harbour came late on Friday.\n",
      ],
    ]);
    const draft = "Shares in burger giant Marlowe's fell after its chief executive admitted the firm had raised prices faster than its rivals.";
    expectConflict(draft, one(chain, draft), "entity", "burger", "pizza");
    expectStatus(one(chain, "Shares in pizza giant Marlowe's fell after its chief executive admitted the firm had raised prices faster than its rivals."), "supported");
    // A word that is also an adjective may describe rather than replace: "sharp" beside "drop" is not a swapped noun.
    const markets = checker([["markets.md", "Shares in Kestrel Holdings tumbled after the business reported a drop in profit.\n"]]);
    expectStatus(one(markets, "Shares in Kestrel Holdings tumbled after a sharp drop in profit, the business reported."), "supported");
  });

  it("reads “in March 2019” as one date and backs its year only where a source states that year", () => {
    const audit = checker([
      ["audit.md", "The auditors began their review of the Redfern depot on 4 March last year.\n\nThe regional council received the findings in a letter of June 2019.\n"],
    ]);
    // The month is in the claim and the year in the same document: supported.
    expectStatus(one(audit, "Auditors began reviewing the Redfern depot in March 2019."), "supported");
    // Another year meets "4 March" on the month alone; no source has 2018.
    const draft = "Auditors began reviewing the Redfern depot in March 2018.";
    const s = one(audit, draft);
    expectStatus(s, "unsourced");
    assert.equal(findingOf(s, "unsourced").message, "No source mentions “2018”.");
    assert.equal(draft.slice(findingOf(s, "unsourced").start, findingOf(s, "unsourced").end), "2018");
  });

  it("flags a change in the opposite direction (“surged” where the source has “tumbled”), not one in the same", () => {
    const markets = checker([["markets.md", "Shares in Kestrel Holdings tumbled on Monday after the company reported a sharp drop in profit.\n"]]);
    const draft = "Shares in Kestrel Holdings surged on Monday after the company reported a sharp drop in profit.";
    expectConflict(draft, one(markets, draft), "negation", "surged", "tumbled");
    expectStatus(one(markets, "Shares in Kestrel Holdings fell on Monday after the company reported a sharp drop in profit."), "supported");
  });

  it("flags a word whose opposite the article says of the same thing elsewhere (“an old portrait”, “The portrait is new”)", () => {
    const museum = checker([["museum.md", "Kestrel Museum unveiled a portrait of its founder, Ada Kestrel, on Monday.\n\nThe portrait is new: Lin Moss painted it this spring.\n"]]);
    const draft = "Kestrel Museum unveiled an old portrait of its founder, Ada Kestrel, on Monday.";
    const s = one(museum, draft);
    const f = expectConflict(draft, s, "negation", "old", "new");
    assert.match(f.message, /portrait is new/);
    // A word the article does not contradict leaves the sentence supported by its backing claim.
    expectStatus(one(museum, "Kestrel Museum unveiled a large portrait of its founder, Ada Kestrel, on Monday."), "supported");
    // Nor does an article that denies the opposite: "does not describe the portrait as new" does not contradict "old".
    const denied = checker([["museum.md", "Kestrel Museum unveiled a portrait of its founder, Ada Kestrel, on Monday.\n\nThe museum does not describe the portrait as new.\n"]]);
    assert.notEqual(one(denied, draft).status, "conflict", describeResult(one(denied, draft)));
  });

  it("flags the opposite said elsewhere of a thing the backing claim does not name (“the new pier” against “an old pier”)", () => {
    const harbour = checker([
      ["harbour.md", "Harbour officials cut the ribbon on Monday after a two-year build.\n\nThe landing stage replaces an old pier that had served the town since 1950.\n"],
    ]);
    const draft = "Harbour officials cut the ribbon on the new pier on Monday after a two-year build.";
    expectConflict(draft, one(harbour, draft), "negation", "new", "old");
    expectStatus(one(harbour, "Harbour officials cut the ribbon on the rebuilt pier on Monday after a two-year build."), "supported");
  });

  it("flags opposite words said of one thing in another order (“a sharp rise in membership” for “membership fell”)", () => {
    const c = checker([["club.md", "# Rowing club\n\nThe rowing club raised its fees in April, and membership fell by a third over the summer.\n"], UNRELATED_NOTES]);
    const draft = "The rowing club raised its fees in April, and there was a sharp rise in membership over the summer.";
    expectConflict(draft, one(c, draft), "negation", "rise", "fell");
    // The same change in other words, the noun moved from one side of its verb to the other, is no swapped noun.
    expectStatus(one(c, "The rowing club raised its fees in April, and there was a sharp drop in membership over the summer."), "supported");
  });

  it("takes no opposite of one thing from what was only wished for, from other things of its kind, or from another compound", () => {
    const opposites = (draft: string, claim: string) =>
      align(analyse(draft, 0), analyse(claim, 0))
        .substitutions.filter((x) => x.kind === "opposite")
        .map((x) => `${x.draft[0].text}/${x.claim[0].text}`);
    assert.deepEqual(opposites("Residents saw a rise in membership over the summer.", "Membership fell by a third over the summer."), ["rise/fell"]);
    assert.deepEqual(opposites("Residents hope to see a rise in membership over the summer.", "Membership fell by a third over the summer."), []);
    assert.deepEqual(opposites("Other tenders were rejected by the harbour board.", "The harbour board approved the Kestrel Line tender."), []);
    assert.deepEqual(opposites("There was a fall in the mooring fee at the boathouse.", "The licence fee at the boathouse will rise."), []);
    assert.deepEqual(opposites("There was a fall in the licence fee at the boathouse.", "The licence fee at the boathouse will rise."), ["fall/rise"]);
  });

  it("reads a denied belief as the belief in a denial (“did not think the club should pay” for “the club should not pay”)", () => {
    const c = checker([["minutes.md", "# Minutes\n\nCllr Bell voted against, saying that she backed the rowing club but that club funds should not be used for a new slipway.\n"], UNRELATED_NOTES]);
    expectStatus(one(c, "Cllr Bell voted against, saying she backed the rowing club but did not think club funds should pay for a new slipway."), "supported");
    const draft = "Cllr Bell voted against, saying she backed the rowing club and thought club funds should pay for a new slipway.";
    assert.equal(one(c, draft).status, "conflict", describeResult(one(c, draft)));
  });

  it("takes no wrong name from the source's speaker for the name of a thing the draft describes", () => {
    const c = checker([
      ["pub.md", '# Pub\n\nKestrel Homes has told us the boathouse roof and gutters need "new work costing about £45,000".\n\nKestrel Homes bought the boathouse in 2019.\n'],
      UNRELATED_NOTES,
    ]);
    assert.notEqual(one(c, "The Brimley boathouse roof and gutters need new work costing around £45,000.").status, "conflict");
    assert.notEqual(one(c, "The Lido's roof and gutters need new work costing around £45,000.").status, "conflict");
    // Another speaker in the speaker's place is still the wrong name.
    const draft = "Fenmore Trust has told us the boathouse roof and gutters need new work costing about £45,000.";
    expectConflict(draft, one(c, draft), "entity", "Fenmore Trust", "Kestrel Homes");
  });

  it("checks whose words a quoted opinion is (““Nobody wants the lido to close,” said …”), as it would any quotation", () => {
    const c = checker([
      ["lido.md", '# Lido\n\n"Nobody wants the lido to close," said Jo Bell, the rowing club\'s chair.\n\nOwen Brack runs the boathouse café.\n'],
      UNRELATED_NOTES,
    ]);
    expectStatus(one(c, '"Nobody wants the lido to close," said Jo Bell.'), "supported");
    const draft = '"Nobody wants the lido to close," said Owen Brack.';
    expectConflict(draft, one(c, draft), "attribution", "Owen Brack", "Jo Bell");
    // The writer's own "nobody wants" is still opinion.
    expectStatus(one(c, "Nobody wants the lido to close."), "unchecked");
  });

  it("finds the opposite a word or two from the shared word (“acquitted of theft”, “pleaded guilty in court to theft”)", () => {
    const court = checker([["court.md", "The parish clerk was arrested in May after an audit of the church accounts.\n\nHe pleaded guilty in court to theft last week.\n"]]);
    const draft = "The parish clerk, arrested in May after an audit of the church accounts, was acquitted of theft.";
    expectConflict(draft, one(court, draft), "negation", "acquitted", "guilty");
    expectStatus(one(court, "The parish clerk, arrested in May after an audit of the church accounts, was charged with theft."), "supported");
  });

  it("reads “refused the application” as a decision against it, and only “refused to” as a denial of the act", () => {
    const c = checker([["council.md", "The planning committee refused the application for a boathouse in July by seven votes to two.\n\nThe site is owned by the rowing club.\n"]]);
    expectStatus(one(c, "The committee voted 7 to 2 to reject the application for a boathouse."), "supported");
    const s = one(c, "The committee approved the application for a boathouse in July.");
    expectStatus(s, "conflict");
    assert.equal(s.findings[0].kind, "negation", describeResult(s));
  });

  it("takes no opposite from a loosely related claim for a word a closer claim says as the draft does", () => {
    const c = checker([
      [
        "crew.md",
        'Owen Brack, crew leader, said: "Conditions on the estuary were as bad as anything we see in a winter. The mud was frozen hard, visibility was down to a few metres, and our people were working on mud in the dark for hours. I am proud of every one of them."\n\n' +
          "The Tollmouth Mud Rescue crew was founded in 1961. All its members are unpaid volunteers, on call 24 hours a day, every day of the year.\n",
      ],
      UNRELATED_NOTES,
    ]);
    expectStatus(one(c, "He said he was proud of every one of the volunteers, who had spent hours working on mud in the dark."), "supported");
  });

  it("reads “did not stop selling” as selling that went on, and only “stopped selling” as its opposite", () => {
    const bakery = checker([["bakery.md", "The Ashby bakery did not stop selling bread during the flood, its owner said.\n"]]);
    expectStatus(one(bakery, "The Ashby bakery kept selling bread during the flood, its owner said."), "supported");
    expectStatus(one(bakery, "The Ashby bakery sold bread during the flood, its owner said."), "supported");
    expectStatus(one(bakery, "The Ashby bakery stopped selling bread during the flood, its owner said."), "conflict");
  });

  it("reads a decision that was not changed as one that stands", () => {
    const trustees = checker([["club.md", "The trustees said they would not change their decision to sell the boathouse to the rowing club.\n\nThe boathouse flooded in March.\n"]]);
    assert.notEqual(one(trustees, "The trustees said they had decided to sell the boathouse to the rowing club.").status, "conflict");
  });

  it("does not read a verb in its progressive form as the adjective WordNet opposes (“is coming” against “the latest”)", () => {
    const flood = checker([["flood.md", "Ashby is counting the cost of the spring flood that swamped its high street.\n\nHere is the latest on the Ashby flood and the clean-up.\n"]]);
    expectStatus(one(flood, "Ashby is coming to terms with the cost of the spring flood that swamped its high street."), "supported");
  });

  it("flags “before” where the source has “after”", () => {
    const draft = "The strike was called by the Coastal Workers Union before talks with the port authority broke down.";
    expectConflict(draft, one(port, draft), "negation", "before", "after");
  });

  it("flags a negation of the very verb the source states (“did not walk out”, “was not called”)", () => {
    for (const draft of ["About 1,200 dockers at Kestrel Bay port did not walk out on Tuesday.", "The strike was not called by the Coastal Workers Union after talks with the port authority broke down."]) {
      expectConflict(draft, one(port, draft), "negation", "not");
    }
  });

  it("flags a negation of the name or number it governs (“was not in Leeds”, “was not £4m”)", () => {
    const mayor = checker([["mayor.md", "The mayor was in Leeds on Monday for the budget talks.\n\nThe budget gap was £4m this year, the treasurer said.\n"]]);
    for (const [draft, cue] of [["The mayor was not in Leeds on Monday for the budget talks.", "not"], ["The budget gap was not £4m this year, the treasurer said.", "not"]]) {
      expectConflict(draft, one(mayor, draft), "negation", cue);
    }
  });

  it("does not flag one negation moved to another word (“found no evidence” / “have not found any evidence”)", () => {
    const bridge = checker([["bridge.md", "Inspectors have not found any evidence of damage to the Millbrook footbridge.\n"]]);
    expectStatus(one(bridge, "Inspectors have found no evidence of damage to the Millbrook footbridge."), "supported");
  });

  it("takes an opposite said with the other polarity as agreement (“would not open” is the source's “would close”)", () => {
    const council = checker([["council.md", "The council said the Millbrook footbridge would close on Monday.\n"]]);
    expectStatus(one(council, "The council said the Millbrook footbridge would not open on Monday."), "supported");
    const draft = "The council said the Millbrook footbridge would open on Monday.";
    expectConflict(draft, one(council, draft), "negation", "open", "close");
  });

  it("flags two names that swap roles around the same verb (“Marlow bought Redfern” for “Redfern bought Marlow”)", () => {
    const deal = checker([["deal.md", "Redfern Logistics bought Marlow Freight on Monday for an undisclosed sum.\n"]]);
    const draft = "Marlow Freight bought Redfern Logistics on Monday for an undisclosed sum.";
    expectConflict(draft, one(deal, draft), "entity", "Marlow Freight", "Redfern Logistics");
    // The passive and the converse verb keep the roles: not flagged.
    expectStatus(one(deal, "Marlow Freight was bought by Redfern Logistics on Monday for an undisclosed sum."), "supported");
    expectStatus(one(deal, "Marlow Freight was sold to Redfern Logistics on Monday for an undisclosed sum."), "supported");
    // The converse verb with the roles kept is the opposite statement.
    const sold = "Redfern Logistics sold Marlow Freight on Monday for an undisclosed sum.";
    expectConflict(sold, one(deal, sold), "negation", "sold", "bought");
  });

  it("reads a swap across a list inside the clause (“red and white paint”)", () => {
    const ferry = checker([["ferry.md", "Dockers in Harwich loaded crates of red and white paint onto the Kestrel ferry on Friday.\n"]]);
    const draft = "Dockers in Kestrel loaded crates of red and white paint onto the Harwich ferry on Friday.";
    expectConflict(draft, one(ferry, draft), "entity", "Kestrel", "Harwich");
  });

  it("does not take a name moved with its clause for a swap (“On Monday, in Leeds, …”)", () => {
    const deal = checker([["deal.md", "Redfern Logistics of Leeds bought Marlow Freight on Monday, in support of its York depot.\n"]]);
    expectStatus(one(deal, "On Monday, for its York depot, Leeds firm Redfern Logistics bought Marlow Freight."), "supported");
  });

  it("finds a quotation with a hyphenated word verbatim (the index keeps “well-being” as one word)", () => {
    const budget = checker([["budget.md", "---\ntitle: Budget\ndate: 2024-03-01\n---\nThe mayor said the plan was \"a well-being first budget for every ward\".\n"]]);
    expectStatus(one(budget, 'The mayor said the plan was "a well-being first budget for every ward".'), "supported");
  });

  it("backs “nine years ago” from a dated source that says the same", () => {
    const budget = checker([["budget.md", "---\ntitle: Budget\ndate: 2024-03-01\n---\nThe council last raised the parking levy nine years ago.\n"]]);
    expectStatus(one(budget, "The council last raised the parking levy nine years ago."), "supported");
    const draft = "The council last raised the parking levy six years ago.";
    expectConflict(draft, one(budget, draft), "number", "six years", "nine years");
  });

  it("supports a source sentence that says a word twice, once negated, checked against itself", () => {
    const text = "The terminal handles container ships from Asia and does not handle cruise ships from Europe.";
    expectStatus(one(checker([["terminal.md", `${text}\n`]]), text), "supported");
  });

  it("does not flag a possessive title against the same title (“Editor's Note: …”)", () => {
    const text = "Editor's Note: Marta Kowal reported this story from the Kestrel Bay docks.";
    assert.notEqual(one(checker([["note.md", `${text}\n`]]), text).status, "conflict");
  });

  it("does not take “no fewer than” for a negation", () => {
    const s = one(port, "No fewer than 1,200 dockers walked out at Kestrel Bay port on Tuesday.");
    assert.notEqual(s.status, "conflict", describeResult(s));
    assert.ok(!s.findings.some((f) => f.kind === "negation"), describeResult(s));
  });

  // ENGINE GAP: "no fewer than 1,000" gets the qualifier "less" (see facts), so the source's "about 1,200" — which
  // satisfies "at least 1,000" — is reported as a number conflict ("Sources say 1,200, not 1,000").
  it("meets a bound only with a number of the same thing (“at least 100 ships” is not met by “2,000 people”)", () => {
    const draft = "The port handles at least 100 ships a week and employs 2,000 people.";
    expectConflict(draft, one(port, draft), "number", "100", "40");
    expectStatus(one(port, "The port handles at least 30 ships a week and employs 2,000 people."), "supported");
  });

  it("checks an order of magnitude against the source's value (“millions of pounds” for £2.5 million, not “billions”)", () => {
    expectStatus(one(port, "Port director Helen Marsh said the walkout would cost the port millions of pounds a day."), "supported");
    expectStatus(one(port, "Hundreds of dockers at Kestrel Bay port walked out on Tuesday in a dispute over pay."), "supported");
    const draft = "Port director Helen Marsh said the walkout would cost the port billions of pounds a day.";
    expectConflict(draft, one(port, draft), "number", "billions", "£2.5 million");
  });

  it("checks an order of magnitude by its range, whatever words name what it counts", () => {
    const recall = checker([["notice.md", "Kestrel Labs is recalling about 4,300 of its Lido 20 deck chairs because a hinge that holds them may not lock fully, the company said on Monday.\n"]]);
    const s = one(recall, "Kestrel Labs is recalling thousands of its folding garden chairs because a hinge that holds them may not lock fully.");
    assert.ok(!s.findings.some((f) => f.kind === "number"), describeResult(s));
    const draft = "Kestrel Labs is recalling millions of its folding garden chairs because a hinge that holds them may not lock fully.";
    expectConflict(draft, one(recall, draft), "number", "millions");
  });

  it("flags a figure bounded from the other side of the source's (“longer than 8 metres” for “up to 8 metres”)", () => {
    const shop = checker([["club.md", "# Notice\n\nThe rowing club's slipway at the boathouse takes boats measuring up to 8 metres on weekdays.\n"]]);
    const draft = "The rowing club's slipway at the boathouse takes boats longer than 8 metres on weekdays.";
    assert.match(expectConflict(draft, one(shop, draft), "number", "8").message, /up to 8 metres/);
    expectStatus(one(shop, "The rowing club's slipway at the boathouse takes boats measuring up to 8 metres on weekdays."), "supported");
  });

  it("does not flag “no fewer than 1,000” against a source's 1,200", () => {
    const s = one(port, "No fewer than 1,000 dockers walked out at Kestrel Bay port on Tuesday.");
    assert.notEqual(s.status, "conflict", describeResult(s));
  });

  it("marks a sentence with a name and a number no source has as unsourced, naming the new facts", () => {
    const draft = "The port has hired 300 extra security guards from Redfern Logistics.";
    const s = one(port, draft);
    expectStatus(s, "unsourced");
    assert.deepEqual(s.sources, []);
    const f = findingOf(s, "unsourced");
    assert.equal(f.severity, "information");
    assert.match(f.message, /Redfern Logistics/);
    assert.ok(f.found && draft.slice(f.start, f.end) === f.found);
  });

  it("backs a day or a number the backing claim leaves out when its own article states it elsewhere", () => {
    // The Gazette's strike sentence does not say when; its lead does ("walked out on Tuesday").
    expectStatus(one(port, "The Coastal Workers Union called the strike on Tuesday after talks with the port authority broke down."), "supported");
    expectStatus(one(port, "Okafor said the port, which employs 2,000 people, had made a pay offer."), "supported");
    // A day the article never gives, or its number counting something else, is still not backed.
    expectStatus(one(port, "The Coastal Workers Union called the strike on Friday after talks with the port authority broke down."), "unsourced");
    expectStatus(one(port, "Union general secretary Tom Okafor said the 2,000 members had rejected a pay offer."), "unsourced");
  });

  it("names a sentence-initial name no source has (“Brennick dockers …”) as unsourced", () => {
    const draft = "Brennick dockers at Kestrel Bay port walked out on Tuesday in a dispute over pay.";
    const s = one(port, draft);
    expectStatus(s, "unsourced");
    assert.equal(findingOf(s, "unsourced").found, "Brennick");
  });

  it("flags a statement credited to a name no source has when the sources credit it to someone (“Brennick said …”)", () => {
    const draft = "Brennick said members had rejected a 4% pay offer.";
    const f = expectConflict(draft, one(port, draft), "attribution", "Brennick", /Okafor/);
    assert.match(f.message, /credit this to .*Okafor, not Brennick/);
  });

  it("leaves a question unchecked", () => {
    const s = one(port, "Will the dockers at Kestrel Bay port accept the 4% pay offer?");
    expectStatus(s, "unchecked");
    assert.deepEqual(s.findings, []);
  });

  it("leaves an opinion unchecked", () => {
    const s = one(port, "It remains to be seen whether Kestrel Bay port will recover.");
    expectStatus(s, "unchecked");
    assert.deepEqual(s.findings, []);
  });

  it("leaves the question the writer poses unchecked", () => {
    for (const q of ["The question now is whether the dockers at Kestrel Bay port will accept.", "The question is who will pay the port's £2.5 million a day."]) {
      expectStatus(one(port, q), "unchecked");
    }
  });

  it("leaves the writer's judgement unchecked, and a fact said the same way checked", () => {
    for (const comment of ["It is a bitter blow for the dockers.", "For the port's families, it could be a long winter.", "For many dockers, the strike will decide whether they stay."]) {
      expectStatus(one(port, comment), "unchecked");
    }
    // A word of strong feeling judges whatever the sentence names; the writer speaking for a town comments.
    for (const comment of ["It was a dismal end to a strike that split Kestrel Bay.", "It is a pay offer few in Kestrel Bay will mourn.", "Then there is the matter of the ballot."]) {
      expectStatus(one(port, comment), "unchecked");
    }
    // A stretch of time judged for someone, whatever the word; the next topic announced and nothing said of it.
    for (const comment of ["It has been a punishing winter for Kestrel Bay's dockers.", "Then there are the pickets.", "Then there is the port's owner."]) {
      expectStatus(one(port, comment), "unchecked");
    }
    // A record is a fact; a topic announced and then described is checked.
    assert.notEqual(one(port, "It was a record year for Kestrel Bay port.").status, "unchecked");
    assert.notEqual(one(port, "Then there is the 4% pay offer the dockers rejected.").status, "unchecked");
    // A figure, or a name outside the frame, is a fact to check.
    assert.notEqual(one(port, "It is a 4% pay offer that the dockers rejected.").status, "unchecked");
    assert.notEqual(one(port, "It was a Coastal Workers Union ballot that ended the strike.").status, "unchecked");
    assert.notEqual(one(port, "For the dockers, the Coastal Workers Union will hold a ballot.").status, "unchecked");
  });

  it("leaves the writer's comment in news prose's set phrases unchecked, names and all, unless someone is quoted saying it", () => {
    for (const comment of [
      "The strike makes grim reading for Kestrel Bay port.",
      "Dockers at Kestrel Bay deserve answers.",
      "Families at the port will be hoping the talks succeed.",
      "The dispute shows no sign of dying down.",
      "Questions remain over how the port handled the talks.",
      "Whether the dockers accept is another matter.",
      "The full interview is available on the Kestrel Bay Radio website.",
      "It is hard to see the dockers accepting the offer.",
      "A new offer is one thing; the ballot will be the real test.",
      "What matters now for the dockers is whether the port listens.",
      "Why the talks failed has yet to be answered.",
    ]) {
      expectStatus(one(port, comment), "unchecked");
    }
    assert.notEqual(one(port, "The union said dockers deserve answers about the 4% pay offer.").status, "unchecked");
  });

  it("leaves the writer speaking for a whole town, or judging a stretch of time, unchecked", () => {
    for (const comment of [
      "Few in Kestrel Bay will forget the winter the port shut.",
      "Few of those on the picket line expect the talks to succeed.",
      "It has been a bitter winter for the port.",
      "For many dockers, it has been a long wait.",
      "Any docker with one of these contracts will want to read the small print.",
    ]) {
      expectStatus(one(port, comment), "unchecked");
    }
    assert.notEqual(one(port, "It has been a closed port since 2019.").status, "unchecked");
    assert.notEqual(one(port, "Few of the 300 dockers voted.").status, "unchecked");
  });

  it("leaves a comment after a concession, or with a manner-of-speaking quantity, unchecked; a figure or a date stays checked", () => {
    for (const comment of [
      "Whoever is to blame, it is the dockers who lose out.",
      "Whatever the port decides, Kestrel Bay is divided.",
      "Either way, the coming weeks will decide a lot.",
      "It is not hard to think of a worse week for Kestrel Bay port.",
      "It is a bitter blow for one of the region's oldest ports.",
      "For thousands of families, that could make all the difference.",
    ]) {
      expectStatus(one(port, comment), "unchecked");
    }
    assert.notEqual(one(port, "Whatever the port decides, the union will hold a ballot on 3 June.").status, "unchecked");
    assert.notEqual(one(port, "It is a blow for 2,000 dockers.").status, "unchecked");
  });

  it("hints at attribution when the draft states as fact what the source only reports someone saying", () => {
    const s = one(port, "The walkout would cost the port £2.5 million a day.");
    expectStatus(s, "supported");
    const f = findingOf(s, "attribution");
    assert.equal(f.severity, "hint");
    assert.match(f.speaker ?? "", /Helen Marsh/);
  });

  it("gives no attribution hint when the draft credits the speaker", () => {
    const s = one(port, "Helen Marsh said the walkout would cost the port £2.5 million a day.");
    expectStatus(s, "supported");
    assert.ok(!s.findings.some((f) => f.kind === "attribution"), describeResult(s));
  });

  it("gives no attribution hint when the draft reports a verbal act (“accused”, “described … as”, “were told”)", () => {
    const lido = checker([
      [
        "gazette.txt",
        "Jo Bell, chair of the Brimley swimmers' group, said the council had wasted £40,000 on the lido's failed heating system.\n\n" +
          "Owen Brack said the lido's changing rooms were the dirtiest in the county.\n\n" +
          "Kate Lyle said no other pool in the county had room for the club.\n\n" +
          "The auditors said the lido's new boiler had cut its gas bills by a quarter.\n",
      ],
    ]);
    for (const reported of [
      "The swimmers' group has accused the council of wasting £40,000 on the lido's failed heating system.",
      "Owen Brack described the lido's changing rooms as the dirtiest in the county.",
      "No other pool in the county had room for the club, members were told.",
      "The lido's new boiler has cut its gas bills by a quarter, an audit has found.",
    ]) {
      const s = one(lido, reported);
      assert.ok(!s.findings.some((f) => f.kind === "attribution"), describeResult(s));
    }
    // Stated as fact, it still gets the hint.
    const fact = one(lido, "The council wasted £40,000 on the lido's failed heating system.");
    assert.match(findingOf(fact, "attribution").speaker ?? "", /Jo Bell/, describeResult(fact));
  });

  // The draft takes its words from the subject that credits the claim ("Tollmouth Coastguard, which searched the bay …,
  // said …"), not from what is reported: nothing is stated as fact that the source only attributes.
  it("gives no attribution hint when the draft's words come from the crediting clause", () => {
    const coast = checker([["coast.txt", "Tollmouth Coastguard, which searched the bay near Brimley on Friday, said the missing fishing boat had been found.\n"]]);
    const s = one(coast, "Tollmouth Coastguard searched the bay near Brimley on Friday.");
    expectStatus(s, "supported");
    assert.ok(!s.findings.some((f) => f.kind === "attribution"), describeResult(s));
  });

  // A second, weaker claim backing one detail ("the rest centre") does not make the main claim a plain fact.
  it("hints at attribution when a weaker unattributed claim backs only a detail", () => {
    const shelter = checker([
      ["council.txt", "The district council said 230 people had spent Saturday night at the rest centre in Holm Hall.\n"],
      ["paper.txt", "Ann Tully spent Saturday night at the rest centre in Holm Hall before moving in with her son.\n"],
    ]);
    const s = one(shelter, "Some 230 people spent Saturday night at the rest centre in Holm Hall.");
    expectStatus(s, "supported");
    assert.match(findingOf(s, "attribution").speaker ?? "", /council/);
  });

  it("gives no attribution hint on a fact the source states itself", () => {
    const s = one(port, "Kestrel Bay port handles 40 ships a week.");
    expectStatus(s, "supported");
    assert.deepEqual(s.findings, []);
  });
});

/** One article whose sentences a summary sentence may draw on together. */
const LIFEBOAT = `---
title: Lifeboat station to get faster boat
outlet: Fenwick Herald
date: 2024-05-06
---
Lifeboat station to get faster boat

Fenwick's lifeboat station will get a faster boat in 2026.

The station said on Friday it has completed sea trials of the new hull and is now concentrating on fitting out the crew cabin.

Coxswain Dan Pryor said the crew had waited ten years for the change.

The charity that runs the station raised the money through a public appeal.
`;

describe("verify: a sentence that sums up several source sentences (in-memory)", () => {
  it("takes in a short source sentence that states the figure, however little else it says", () => {
    const meeting = checker([
      [
        "release.md",
        "The council will hold a public meeting at Brimley Village Hall on Thursday 5 March at 7pm, where residents can put their questions to councillors and engineers.\n\nThe sea wall on the Tollmouth road has been closed since the storm.\n",
      ],
      ["transcript.md", "Brimley Village Hall, Thursday 5 March 2026, 7pm.\n\nAbout 240 people attended.\n\nCLLR MALLORY: Thank you all for coming.\n"],
    ]);
    const s = one(meeting, "About 240 people packed into Brimley Village Hall on Thursday night to question councillors and engineers about the sea wall on the Tollmouth road.");
    expectStatus(s, "supported");
    assert.ok(s.sources.some((x) => x.text === "About 240 people attended."), describeResult(s));
    assert.notEqual(one(meeting, "About 420 people packed into Brimley Village Hall on Thursday night to question councillors and engineers.").status, "supported");
  });

  it("does not back a sentence with claims that each add one common word in another sense", () => {
    const hall = checker([
      [
        "trust.md",
        "# Brimley Hall\n\nThe guild rents the hall from us under a private lease, which allows either side to end it with nine months' notice.\n\nEvery stallholder will receive £250 towards the cost of moving, in addition to any compensation to which they are entitled by law.\n\nThe guild has used the hall since 1962.\n",
      ],
      UNRELATED_NOTES,
    ]);
    // "law" of the compensation clause is not the solicitor's field, and the lease is no hiring.
    expectStatus(one(hall, "The guild has hired a solicitor who specialises in property law."), "unsourced");
    // Claims that each add a fact of their own still back a sentence together.
    expectStatus(one(hall, "The guild rents the hall under a lease, and every stallholder will receive £250 towards the cost of moving."), "supported");
    expectStatus(one(hall, "The guild has used the hall since 1962 and rents it under a private lease."), "supported");
  });

  it("finds a figure changed in one clause that a short source sentence gives in the very same words", () => {
    const storm = checker([
      [
        "bulletin.md",
        "# Storm over Brimley\n\nThe squall lasted about 40 minutes.\n\nThe squall was first recorded at Fenmore and was last recorded at about 6pm, almost directly above Brimley.\n\nWeather stations in Fenmore and Tollmouth recorded it.\n",
      ],
      ["paper.md", "# Storm damage\n\nA boathouse roof near Brimley was damaged in the storm, the rowing club said.\n\nThe captain, Owen Brack, found it on Sunday.\n"],
    ]);
    const draft = "It lasted about 50 minutes and was last recorded at about 6pm above Brimley.";
    expectConflict(draft, one(storm, draft), "number", "50 minutes", /40 minutes/);
    expectStatus(one(storm, "It lasted about 40 minutes and was last recorded at about 6pm above Brimley."), "supported");
    // A figure in another slot of the short sentence is another figure, not this one changed.
    assert.notEqual(one(storm, "It was filmed by 7 stations and was last recorded at about 6pm above Brimley.").status, "conflict");
  });

  it("does not take a figure stated of other things for the count a close claim corrects", () => {
    const rescue = checker([
      ["lifeboat.md", "# Lifeboat\n\n\"We brought four swimmers and two kayakers ashore at Brimley slipway,\" the lifeboat's coxswain said.\n\nThe storm passed by evening.\n"],
      ["club.md", "# Club statement\n\nThree swimmers were brought ashore at Brimley slipway after the storm.\n\nThe club has ordered a review.\n"],
      UNRELATED_NOTES,
    ]);
    const s = one(rescue, "The coxswain said the lifeboat brought four swimmers and three kayakers ashore at Brimley slipway.");
    expectStatus(s, "conflict");
    assert.match(findingOf(s, "number").expected ?? "", /two/, describeResult(s));
    expectStatus(one(rescue, "The coxswain said the lifeboat brought four swimmers and two kayakers ashore at Brimley slipway."), "supported");
  });

  const lifeboat = checker([["herald.md", LIFEBOAT]]);

  it("is supported by their union, even when one of them backs only a few of its words", () => {
    // The boat sentence backs under half of it; the appeal sentence only "public appeal", which nothing else backs.
    const s = one(lifeboat, "Fenwick's volunteer lifeboat station will get a faster all-weather boat in 2026, funded by a public appeal.");
    expectStatus(s, "supported");
    assert.deepEqual(
      s.sources.map((x) => x.text).sort(),
      ["Fenwick's lifeboat station will get a faster boat in 2026.", "The charity that runs the station raised the money through a public appeal."],
      describeResult(s),
    );
  });

  it("does not oppose words of a clause the sentence does not share (“national” agency, “private” owners)", () => {
    const harbour = checker([
      [
        "wire.md",
        "Tollmouth's harbour authority will install a tracking system for small fishing boats in 2026.\n\nInes Calder says the trial ended in March with boats from private owners, and the scheme is now moving into the delivery phase.\n",
      ],
    ]);
    expectStatus(one(harbour, "National harbour authority in Tollmouth says it has moved from a trial to the delivery phase of a tracking system for small fishing boats."), "supported");
    // The same two words in one place still oppose: "crewed" against the source's "uncrewed".
    const crewed = "Tollmouth's harbour authority will test crewed survey boats in the estuary from May.";
    const s = one(checker([["wire.md", "Tollmouth's harbour authority will test uncrewed survey boats in the estuary from May.\n"]]), crewed);
    expectConflict(crewed, s, "negation", "crewed");
  });

  it("does not read a word the source says both ways as flipped (“the alarm was switched off, and no alarm sounded”)", () => {
    const ferry = checker([["log.md", "The depth alarm on the ferry's chart display had been switched off by the crew, and no alarm sounded on the bridge.\n"]]);
    expectStatus(one(ferry, "The crew switched off the alarm."), "supported");
  });

  it("does not oppose a draft's word to a word of a name (“secondary schools” against “Elm Street Primary”)", () => {
    const trust = checker([
      [
        "report.md",
        "Jo Bell, whose two children attend Elm Street Primary, one of the trust's schools, said her son's class had lost its teaching assistant.\n\nRuth Mallory, a former head of one of the trust's secondary schools, said staff had raised concerns in 2022. “Everyone knew the catering contract was going to the chair's brother,” she said.\n",
      ],
    ]);
    expectStatus(one(trust, "Ruth Mallory, a former head of one of the trust's secondary schools, said everyone knew the catering contract was going to the chair's brother."), "supported");
  });

  it("takes a more specific noun for a rewording, not a swap (“festival” for the source's “event”)", () => {
    const review = checker([["review.md", "The organiser must submit a new safety plan, with clear lines of responsibility, before any application for a 2027 event is considered.\n"]]);
    expectStatus(one(review, "The organisers must submit a new safety plan before any application for a 2027 festival is considered."), "supported");
  });

  it("flags a name put for another the same article names, when the rest of the sentence is the source's", () => {
    const water = checker([["notice.md", "Tollmouth Reservoir, the largest of the three, was 41% full on Monday.\n\nBrimley Reservoir, the smallest, was 63% full.\n"]]);
    const draft = "Brimley Reservoir, the largest of the three, was 41% full on Monday.";
    expectConflict(draft, one(water, draft), "entity", "Brimley Reservoir", "Tollmouth Reservoir");
  });

  it("flags a name put for another at the end of a sentence the source goes on past the name", () => {
    const survey = checker([
      [
        "survey.md",
        "# Hull survey\n\nOwen Brack inspected the hull on Tuesday at the request of the Kestrel Trust, a rowing group formed last spring.\n\nBrimley Council owns the boathouse.\n",
      ],
      UNRELATED_NOTES,
    ]);
    const draft = "Owen Brack inspected the hull on Tuesday at the request of Brimley Council.";
    expectConflict(draft, one(survey, draft), "entity", "Brimley Council", "Kestrel Trust");
    expectStatus(one(survey, "Owen Brack inspected the hull on Tuesday at the request of the Kestrel Trust."), "supported");
  });

  it("backs a figure written out in words by the same figure in digits (“Seventy-two per cent” for “72%”)", () => {
    const ballot = checker([["union.md", "In a ballot that closed on Monday, 72% of members who took part voted to strike, on a turnout of 58%.\n"]]);
    expectStatus(one(ballot, "Seventy-two per cent of the union members who voted backed strike action, on a turnout of 58%."), "supported");
  });

  it("takes “the Fenmore maker” for the company a source names with its brand, not for another company", () => {
    const sources = checker([
      ["results.md", "Kestrel Appliances plc, the maker of Fenmore dishwashers, today reports a loss for the quarter.\n"],
      ["wire.md", "Shares in Kestrel Appliances fell 6.1% on Thursday after the dishwasher maker reported a loss.\n"],
    ]);
    expectStatus(one(sources, "Shares in the Fenmore maker fell 6.1% on Thursday."), "supported");
    // A name no source ties to the company is another company in its place.
    const draft = "Shares in the Brimley maker fell 6.1% on Thursday.";
    assert.notEqual(one(sources, draft).status, "supported");
  });

  it("stays unsourced when the part no source backs is not backed by any other sentence either", () => {
    expectStatus(one(lifeboat, "Fenwick's volunteer lifeboat station will get a faster all-weather boat in 2026, funded by a national lottery grant."), "unsourced");
  });
});

describe("verify: a quotation several sentences long (in-memory)", () => {
  // The second sentence of the quotation carries no quotation mark of its own once split from the first.
  const town = checker([["budget.txt", 'Mayor Ada Penn said: "The budget is tight this year. Rising energy bills mean we cannot keep three libraries open at half capacity."\n']]);

  it("reads the same denial on both sides, however far each scope runs", () => {
    expectStatus(one(town, 'Ms Penn said rising energy bills meant they could not keep "three libraries open at half capacity".'), "supported");
  });

  it("flags the opposite word put inside the quotation as a misquote", () => {
    const draft = 'Ms Penn said rising energy bills meant they could not keep "three libraries open at full capacity".';
    const f = expectConflict(draft, one(town, draft), "quote", "full", "half");
    assert.match(f.message, /half capacity/);
  });
});

describe("verify: rankings (in-memory)", () => {
  const bakery = checker([["bakery.txt", "Marlow Foods opened its bakery in Kettby in 1998.\n\nThe Kettby bakery makes bread for supermarkets across the north.\n\nThe bakery employs 300 people.\n"]]);

  // Every other word is backed; the superlative is a fact no source states.
  it("does not support a superlative no source states", () => {
    expectStatus(one(bakery, "The Kettby bakery is the biggest maker of bread for supermarkets across the north."), "unsourced");
    expectStatus(one(bakery, "Marlow Foods opened its largest bakery in Kettby in 1998."), "unsourced");
    expectStatus(one(bakery, "The Kettby bakery makes bread for supermarkets across the north."), "supported");
  });

  it("compares a rank only with a rank, not with a bare figure such as an age", () => {
    const c = checker([
      ["paper.md", "The complaint concerns Owen Brack, 23, who rowed stroke for the Kestrel club in the final.\n\nThe club finished fourth in the regatta.\n"],
      ["notes.md", "The harbour master retired in June.\n\nFerries to the island run twice a day.\n\nThe quay was resurfaced last spring.\n"],
    ]);
    expectStatus(one(c, "Owen Brack first sat in a boat when he was ten."), "unsourced");
    expectStatus(one(c, "The club finished third in the regatta."), "conflict");
  });

  it("supports a superlative the source states in other words", () => {
    const works = checker([["works.txt", "The factory, which opened in 1963, is Dunford's largest private employer.\n"]]);
    expectStatus(one(works, "Opened in 1963, the factory is the town's biggest private employer."), "supported");
  });
});

describe("verify: which values count the same thing (in-memory)", () => {
  const plant = checker([
    [
      "works.txt",
      "The Ashby works employs 420 people.\n\nFoundry manager Lena Cross, who has worked at the site for 14 years, said staffing had never been so stretched.\n\nThe company spent £2 million on temporary staff last year.\n\nThe company will now begin a 30-day consultation with the workforce.\n",
    ],
  ]);

  it("does not set a count of others besides those named against a count of them all, nor against another noun", () => {
    const panel = checker([["club.md", "# Rowing club\n\nTrustees: Jo Bell (chair) and three other trustees.\n\nKestrel Builders laid off 12 joiners on Friday.\n"], UNRELATED_NOTES]);
    const whole = one(panel, "The club's four trustees are all volunteers.");
    assert.ok(!whole.findings.some((f) => f.kind === "number"), describeResult(whole));
    const others = one(panel, "Kestrel Builders has worked on four other boathouses.");
    assert.ok(!others.findings.some((f) => f.kind === "number"), describeResult(others));
    // A count of others against a count of others is still compared.
    const draft = "Trustees: Jo Bell (chair) and five other trustees.";
    expectConflict(draft, one(panel, draft), "number", "five", "three");
  });

  it("does not set a count of named things against a length of time", () => {
    const farm = checker([["farm.md", "The Brimley farmers had fifteen minutes to move their herds off the flooded fields.\n"]]);
    assert.ok(!one(farm, "The Brimley farmers had 400 cattle to move off the flooded fields.").findings.some((f) => f.kind === "number"));
    expectConflict(
      "The Brimley farmers had ten minutes to move their herds off the flooded fields.",
      one(farm, "The Brimley farmers had ten minutes to move their herds off the flooded fields."),
      "number",
      "ten minutes",
      "fifteen minutes",
    );
  });

  it("does not set a count of one thing against a count of another", () => {
    const s = one(plant, "The Ashby works covers 16 hectares.");
    assert.ok(!s.findings.some((f) => f.kind === "number"), describeResult(s));
  });

  it("does not set a value against one that fills another slot of a related claim", () => {
    // "three years" of doubling is not the "14 years" someone "has worked at the site", though "site" and "staff"
    // are backed there.
    const s = one(plant, "Spending on temporary staff at the site has doubled in three years.");
    assert.ok(!s.findings.some((f) => f.kind === "number"), describeResult(s));
  });

  it("takes a figure “a majority of five” as stated only by a sentence that speaks of a majority", () => {
    const count = checker([
      ["count.md", "Of the 17 ballots found, 12 were marked for Ms Quinn and five for Mr Brack.\n\nThe result is now: Mara Quinn 1,310; Owen Brack 1,302.\n\nMs Quinn has a majority of eight.\n"],
    ]);
    // The five ballots marked for Mr Brack do not make a majority of five; the source's majority is eight.
    const draft = "That gave Ms Quinn 1,310 votes to Mr Brack's 1,302, a majority of five.";
    expectConflict(draft, one(count, draft), "number", "five", "eight");
    // The right majority is not flagged (the vote totals against the ballot counts are a known false alarm).
    const right = one(count, "That gave Ms Quinn 1,310 votes to Mr Brack's 1,302, a majority of eight.");
    assert.ok(!right.findings.some((f) => f.found === "eight"), describeResult(right));
  });

  it("sets “a turnout of 64 per cent” against the source's turnout, not against another percentage", () => {
    const ballot = checker([["union.md", "Of the 540 members balloted, 384 voted, a 71 per cent turnout, and 88 per cent of them backed a strike.\n"]]);
    const draft = "Some 540 members were balloted, and 88 per cent of those who voted backed a strike, on a turnout of 64 per cent.";
    expectConflict(draft, one(ballot, draft), "number", "64 per cent", "71 per cent");
  });

  it("backs a ranking by another measure of the same thing (“strongest wind” for “highest wind”), not by its opposite", () => {
    const review = checker([["review.md", "The storm reached the harbour at 9pm.\n\nThe highest wind speed measured at the harbour mast was 61mph, at 9.40pm.\n"]]);
    expectStatus(one(review, "The strongest wind speed measured at the harbour mast was 61mph."), "supported");
    assert.notEqual(one(review, "The lowest wind speed measured at the harbour mast was 61mph.").status, "supported");
  });

  it("takes no flip of polarity from a word inside a name (“never registered the loss with the Kestrel Boat Register”)", () => {
    const set = ReferenceSet.build([parseSourceDocument("The Kestrel Boat Register is a database of stolen and missing boats.\n", "register.md", "")]);
    const verifier = new SentenceVerifier(set.internals) as unknown as { score(facts: SentenceFacts, claim: Claim): { polarityFlip: boolean } };
    const [register] = set.internals.claims;
    const named = analyse("The rowing club never registered the loss with the Kestrel Boat Register.", 0, { knownNames: set.internals.knownNames });
    assert.equal(verifier.score(named, register).polarityFlip, false);
    // The same words as words, denied, are still flipped against the claim's.
    const denied = analyse("The Kestrel Boat Register is not a database of stolen and missing boats.", 0, { knownNames: set.internals.knownNames });
    assert.equal(verifier.score(denied, register).polarityFlip, true);
  });

  it("takes no name a source says something of for the wrong name of the draft's speaker (“Jo Bell says her father …”)", () => {
    const set = ReferenceSet.build([
      parseSourceDocument("It was sold by the executors of Owen Bell, who was a boatbuilder in Brimley for 40 years and had owned the boat since 1996.\n", "sale.md", ""),
    ]);
    const verifier = new SentenceVerifier(set.internals) as unknown as {
      score(facts: SentenceFacts, claim: Claim): unknown;
      valueConflicts(facts: SentenceFacts, text: string, base: number, scored: unknown[], misquoted: boolean): Array<{ kind: string; found: { text: string } }>;
    };
    const conflictsOf = (text: string) => {
      const facts = analyse(text, 0, { knownNames: set.internals.knownNames });
      return verifier.valueConflicts(facts, text, 0, set.internals.claims.map((c) => verifier.score(facts, c)), false).map((c) => `${c.kind}:${c.found.text}`);
    };
    assert.deepEqual(conflictsOf("Jo Bell says her father, a boatbuilder in Brimley for 40 years, had owned the boat since 1996."), []);
    assert.deepEqual(conflictsOf("Jo Bell says her father, who spent 40 years in the boat trade, bought the boat at a harbour sale in 1996."), []);
    // Put in the place of the one the source speaks of, the name is wrong.
    assert.deepEqual(conflictsOf("The boat was sold by the executors of Jo Bell, who was a boatbuilder in Brimley for 40 years."), ["entity:Jo Bell"]);
  });

  it("does not take a word one backing claim backs for the opposite of a word elsewhere in the article", () => {
    const set = ReferenceSet.build([
      parseSourceDocument("The claimant's contract entitled him to three months' notice.\n\nHe was paid for two months.\n\nThe tribunal awarded him £6,000 in unpaid notice pay.\n", "ruling.md", ""),
    ]);
    // The verifier's own step, given the backers a union of claims would give: the contract's sentence first.
    const verifier = new SentenceVerifier(set.internals) as unknown as {
      score(facts: SentenceFacts, claim: Claim): unknown;
      oppositeElsewhere(facts: SentenceFacts, backers: unknown[]): Finding | undefined;
    };
    const facts = analyse("His contract gave him three months' notice, but he was paid for only two.", 0);
    const [contract, paid] = set.internals.claims.map((c) => verifier.score(facts, c));
    // Backed by the contract's sentence alone, “paid” meets the article's “unpaid notice”.
    assert.equal(verifier.oppositeElsewhere(facts, [contract])?.kind, "negation");
    // The second backer says she was paid.
    assert.equal(verifier.oppositeElsewhere(facts, [contract, paid]), undefined);
  });

  it("takes no reversal from a denied word paired only loosely, whose partner another word of the draft has", () => {
    const set = ReferenceSet.build([parseSourceDocument("Tollmouth Dairy: findings of the cheese labelling inquiry\n\nThe dairy runs 12 shops.\n", "decision.md", "")]);
    const verifier = new SentenceVerifier(set.internals) as unknown as { score(facts: SentenceFacts, claim: Claim): { polarityFlip: boolean } };
    const facts = analyse("Tollmouth Dairy has withdrawn two cheeses because they may hold walnuts that are not declared on their labels.", 0);
    // “declared” meets “labelling” only by a wide sense, and “labels” is the word “labelling” says.
    assert.equal(verifier.score(facts, set.internals.claims[0]).polarityFlip, false);
    // Denied outright, the same word reverses it.
    const denied = analyse("The dairy did not label its cheeses.", 0);
    assert.equal(verifier.score(denied, set.internals.claims[0]).polarityFlip, true);
  });

  it("sets an age written “91-year-old” against the same person's age set off by commas", () => {
    const home = checker([["report.md", "Owen Brack, whose father, 91, has lived at Fenmore Lodge for four years, set up a families' group last year.\n\nKestrel Care runs the home.\n"]]);
    const draft = (age: string) => `Owen Brack, whose ${age}-year-old father has lived at the home for four years, set up a families' group last year.`;
    assert.equal(findingOf(one(home, draft("19")), "number").expected, "91");
    expectStatus(one(home, draft("91")), "supported");
  });

  it("does not set a sum of money against a bare figure of another size (“£1.4 million” against someone aged 91)", () => {
    const home = checker([["report.md", "Owen Brack, whose father, 91, has lived at Fenmore Lodge for four years, set up a families' group last year.\n\nKestrel Care runs the home.\n"]]);
    const s = one(home, "Kestrel Care made a profit of £1.4 million last year.");
    assert.ok(!s.findings.some((f) => f.kind === "number"), describeResult(s));
  });

  it("takes a length of time in one unit for the same length in another, and flags a different length", () => {
    const works = checker([["notice.md", "Nurses will walk out for 48 hours from Tuesday.\n\nWe expect the repairs to take about 18 months.\n\nThe consultation will last a fortnight.\n"]]);
    expectStatus(one(works, "Nurses will walk out for two days from Tuesday."), "supported");
    expectStatus(one(works, "The repairs are expected to take around a year and a half."), "supported");
    expectStatus(one(works, "The consultation will last two weeks."), "supported");
    const draft = "The consultation will last three weeks.";
    expectConflict(draft, one(works, draft), "number", "three weeks", "a fortnight");
  });

  it("still flags a value in the same slot, worded the other way round", () => {
    const draft = "The consultation with the workforce will last 90 days.";
    expectConflict(draft, one(plant, draft), "number", "90 days", "30-day");
    expectConflict("The Ashby works employs 240 people.", one(plant, "The Ashby works employs 240 people."), "number", "240", "420");
  });

  it("flags a value whose only other mention is a loosely related claim's, for something else", () => {
    const mill = checker([
      [
        "mill.txt",
        "Brimley Holdings has committed to invest £8 million in the mill over the next three years.\n\nIts chairman said he wanted the mill back in profit \"within five years\".\n\nThe mill employs 140 people.\n\nThe town council welcomed the news.\n",
      ],
    ]);
    const draft = "Brimley will invest £8m in the mill over five years.";
    expectConflict(draft, one(mill, draft), "number", "five years", "three years");
  });

  it("flags the far end of a range whose first end agrees", () => {
    const club = checker([["club.txt", "Owen Brack, who made 280 appearances for Tollmouth between 1994 and 2006, joins the board.\n"]]);
    const draft = "Owen Brack made 280 appearances for Tollmouth between 1994 and 2008.";
    expectConflict(draft, one(club, draft), "number", "2008", "2006");
    expectStatus(one(club, "Owen Brack made 280 appearances for Tollmouth from 1994 to 2006."), "supported");
  });

  it("does not set a year against a count", () => {
    const trust = checker([["trust.txt", "The Brimley Learning Trust runs nine academies, with about 5,800 pupils.\n\nIts chief executive resigned in May.\n\nThe trust has appointed an interim leader.\n"]]);
    const s = one(trust, "The Brimley Learning Trust was formed in 2014 and took on its ninth academy in 2020.");
    assert.ok(!s.findings.some((f) => f.kind === "number"), describeResult(s));
  });

  it("does not set a year against a count written with a thousands comma", () => {
    const count = checker([["result.txt", "Tollmouth ward result\n\nJo Bell (Brimley First Party) 1,412\n\nOwen Brack (Independent) 611\n\nTurnout was 31%.\n"]]);
    const s = one(count, "Tollmouth ward has been held by the Brimley First Party since 2014.");
    assert.ok(!s.findings.some((f) => f.kind === "number"), describeResult(s));
  });

  it("flags a year the diff could not pair, in the slot of the source's year", () => {
    const ferry = checker([["ferry.txt", "MV Tollmouth Star is a 70-metre passenger ferry built in 2004.\n\nShe can carry up to 300 passengers and 50 cars.\n"]]);
    const draft = "Built in 2006, the Tollmouth Star can carry up to 300 passengers and 50 cars.";
    expectConflict(draft, one(ferry, draft), "number", "2006", "2004");
    expectStatus(one(ferry, "Built in 2004, the Tollmouth Star can carry up to 300 passengers and 50 cars."), "supported");
  });

  it("takes a bound as precise as the source's own bound for a figure, and a rounder one for a safe rounding", () => {
    const petition = checker([
      [
        "petition.txt",
        "A petition against the closure of Brimley pool had been signed by more than 6,400 people by Friday.\n\nThe council will debate it on Monday.\n\nSwimmers plan a protest.\n",
      ],
    ]);
    const wrong = "A petition against the closure of Brimley pool had been signed by more than 4,600 people by Friday.";
    expectConflict(wrong, one(petition, wrong), "number", "4,600", "6,400");
    expectStatus(one(petition, "A petition against the closure of Brimley pool had been signed by more than 6,000 people by Friday."), "supported");
    expectStatus(one(petition, "A petition against the closure of Brimley pool had been signed by more than 6,400 people by Friday."), "supported");
  });

  it("takes a cap for a figure: a looser cap is not the source's cap rounded", () => {
    const benches = checker([["minutes.txt", "The parish council agreed to spend no more than £450 on two new benches for the lido.\n\nThe benches will be oak.\n"]]);
    const draft = "The parish council agreed to spend no more than £700 on two new benches for the lido.";
    expectConflict(draft, one(benches, draft), "number", "£700", "£450");
    expectStatus(one(benches, "The parish council agreed to spend no more than £1,000 on two new benches for the lido."), "supported");
    expectStatus(one(benches, "The parish council agreed to spend no more than £450 on two new benches for the lido."), "supported");
  });

  it("flags a measure put for another between words both sentences share, with no other word in its slot", () => {
    const pools = checker([
      [
        "pools.txt",
        "The council's own figures showed that the Brimley pools were closed for 1,450 hours in 2024, up from 1,160 hours in 2023.\n\nSwimmers have started a petition.\n\nThe council will debate it on Monday.\n",
      ],
    ]);
    const draft = "Council figures showed that the Brimley pools were closed for 1,450 hours in 2024, up from 1,610 hours the year before.";
    expectConflict(draft, one(pools, draft), "number", "1,610 hours", "1,160 hours");
  });

  it("flags the last value of a list whose values before it agree", () => {
    const lab = checker([
      [
        "lab.txt",
        "The inquiry found that the readings in Tables 4, 7 and 11 had been altered.\n\nThe journal retracted the paper on Monday.\n\nIts authors said they would appeal.\n",
      ],
    ]);
    const draft = "The altered readings were in Tables 4, 7 and 12.";
    expectConflict(draft, one(lab, draft), "number", "12", "11");
  });

  it("flags the second part of a value written in two parts whose first part agrees", () => {
    const court = checker([["court.txt", "Kate Lyle, 52, the firm's finance director, was jailed for two years and eight months.\n"]]);
    const draft = "Kate Lyle, the firm's finance director, was jailed for two years and six months.";
    expectConflict(draft, one(court, draft), "number", "six months", "eight months");
    expectStatus(one(court, "Kate Lyle, the firm's finance director, was jailed for two years and eight months."), "supported");
  });
});

describe("verify: shares written as fractions or percentages (in-memory)", () => {
  const line = checker([["line.txt", "Ridership on the Calder tram line fell 19% last year, the operator said.\n\nThe operator will run a third tram on the line from May.\n"]]);

  const trial = checker([["trial.md", "# Brimley sheepdog trial\n\nJo Bell and her pony Kestrel scored 45 points out of 60 at the Brimley show on Saturday.\n"]]);

  it("backs “45 out of 60” by a source that gives both counts (“45 points out of 60”)", () => {
    expectStatus(one(trial, "Kestrel scored 45 out of 60 at the Brimley show on Saturday."), "supported");
    assert.notEqual(one(trial, "Kestrel scored 48 out of 60 at the Brimley show on Saturday.").status, "supported");
  });

  it("backs a fraction with the percentage it rounds", () => {
    expectStatus(one(line, "Ridership on the Calder tram line fell by almost a fifth last year."), "supported");
  });

  it("flags a fraction that is not the source's percentage", () => {
    const draft = "Ridership on the Calder tram line fell by a quarter last year.";
    expectConflict(draft, one(line, draft), "number", "a quarter", "19%");
  });

  it("meets “almost” a share only from below", () => {
    const riders = checker([["riders.txt", "Almost two-thirds of the Calder line's riders travel at peak times, the operator said.\n\nThe operator will run a third tram on the line from May.\n"]]);
    expectStatus(one(riders, "Some 62% of the Calder line's riders travel at peak times, the operator said."), "supported");
    const draft = "Some 68% of the Calder line's riders travel at peak times, the operator said.";
    expectConflict(draft, one(riders, draft), "number", "68%", "two-thirds");
  });

  it("does not pair a count of people with a share of something else", () => {
    const draft = analyse("Tollmouth Airport employs about 900 people.", 0, {});
    const claim = analyse("Jo Bell, chief executive of Tollmouth Airport, said Kestrel Air had operated about two in five of the airport's flights.", 0, {});
    assert.deepEqual(align(draft, claim).substitutions.filter((s) => s.kind === "number"), []);
  });

  it("reads an ordinal after “a” as a rank, not a share", () => {
    expectStatus(one(line, "The operator will run a third tram on the line from May."), "supported");
  });
});

describe("verify: what a speaker said, which another source disputes (in-memory)", () => {
  const rail = checker([
    [
      "statement.md",
      "---\ntitle: Update on the signalling failure\noutlet: Kestrel Rail\ndate: 2025-12-12\n---\n\nSignals across the Brimley line failed at 06:40 on Thursday.\n\nWherever it was safe to do so, trains were moved to the nearest station.\n\nNo passenger was held on a stopped train for more than 90 minutes.\n",
    ],
    [
      "review.md",
      "---\ntitle: Review of the Brimley line signalling failure\noutlet: Tollmouth Transport Authority\nauthor: Professor Ines Calder\ndate: 2026-03-17\n---\n\nThe 07:18 from Brimley stopped between stations at 06:55.\n\nIts passengers, about 410 people, were held on board for three hours and ten minutes.\n\nSome passengers left the train and walked along the track.\n",
    ],
  ]);

  it("finds the point disputed when the draft states it as fact", () => {
    expectStatus(one(rail, "No passenger was held on a stopped train for more than 90 minutes."), "disputed");
  });

  it("backs the report of what the source's own author said, with its citation", () => {
    const s = one(rail, "Kestrel Rail said no passenger had been held on a stopped train for more than 90 minutes.");
    expectStatus(s, "supported");
    assert.match(s.sources[0].text, /^No passenger was held/);
  });
});

describe("verify: phrasal verbs (in-memory)", () => {
  const college = checker([
    [
      "statement.md",
      "Brimley College switched off several systems after the break-in, including staff email, the payroll system and the college's online library.\n\n" +
        "Forensic analysts have found that about 40 gigabytes of files were copied from a server used by the college's nursing department.\n",
    ],
  ]);

  it("reads “carry on” as going on, the opposite of stopping", () => {
    const site = checker([["site.md", "# Boathouse works\n\nRepairs to the boathouse have stopped while Kestrel Builders waits for the insurers.\n"], UNRELATED_NOTES]);
    const draft = "Kestrel Builders said repairs to the boathouse were carrying on while it waited for the insurers.";
    expectConflict(draft, one(site, draft), "negation", "carrying");
  });

  it("reads “shut down” as closing, not as the “shut out” that opposes “including”", () => {
    expectStatus(one(college, "The break-in forced Brimley College to shut down staff email, the payroll system and the online library."), "supported");
  });

  it("does not take “could not rule out that more was taken” for a denial of what the source found", () => {
    const s = one(college, "Analysts confirmed that about 40 gigabytes of files had been copied from the nursing department's server, but could not rule out that more was taken.");
    assert.notEqual(s.status, "conflict", describeResult(s));
  });

  const hearing = checker([["court.md", "# Tollmouth Crown Court\n\nOwen Brack is expected to face a court hearing in June, when the trustees will try to recover the stolen boathouse funds.\n"]]);

  it("reads the “back” of “win back” as a particle, not the side that opposes “face”", () => {
    expectStatus(one(hearing, "The trustees will try to win back the stolen boathouse funds at a court hearing in June."), "supported");
    // As an adverb it still opposes "forward".
    const vote = checker([["club.md", "# Brimley Rowing Club\n\nThe trustees said the vote on the boathouse was brought forward to June.\n"]]);
    const late = "The trustees said the vote on the boathouse was put back to June.";
    expectConflict(late, one(vote, late), "negation", "back");
  });
});

describe("verify: a name with a plural possessive (in-memory)", () => {
  const court = checker([["court.md", "Two men and a woman have been charged over the burglary at the Tollmouth museum.\n\nAll three are due to appear before Tollmouth Magistrates' Court on Friday.\n"]]);

  it("finds the other court put in its place", () => {
    const draft = "All three men are due to appear before Tollmouth Crown Court on Friday.";
    expectConflict(draft, one(court, draft), "entity", "Tollmouth Crown Court", "Tollmouth Magistrates' Court");
  });

  it("takes the name written without its apostrophe as the same", () => {
    expectStatus(one(court, "All three are due to appear before Tollmouth Magistrates Court on Friday."), "supported");
  });
});

describe("verify: a figure changed beside one the source states as it is (in-memory)", () => {
  const c = checker([
    [
      "committee.md",
      "Present: Cllr Jo Bell (Chair). In attendance: Owen Brack, Managing Director, Kestrel Trains.\n\n" +
        "CHAIR (Cllr Bell): Mr Brack, how many refund claims have you paid since the failure?\n\n" +
        "OWEN BRACK: We have paid 2,300 refund claims, worth about £310,000, and we are still working through claims for taxis, hotels and meals from that night.\n\n" +
        "CHAIR (Cllr Bell): And who will pay for them in the end?\n\n" +
        "OWEN BRACK: Fenmore Rail has agreed to reimburse us in full.\n",
    ],
  ]);

  it("flags the changed count in a sentence that joins two claims", () => {
    const draft = "Kestrel Trains has paid 3,200 refund claims worth about £310,000, and Fenmore Rail has agreed to reimburse it in full.";
    expectConflict(draft, one(c, draft), "number", "3,200", "2,300");
  });

  it("does not take the shared sum alone for the same event", () => {
    expectStatus(one(c, "Kestrel Trains has spent about £310,000 on new ticket machines at 3,200 stations this year."), "unsourced");
  });
});

describe("verify: a fragment of a longer quotation (in-memory)", () => {
  const storm = checker([
    [
      "statement.md",
      '"This was a rare storm, and the lido\'s pumps worked normally throughout," said Owen Brack, the council\'s leisure manager.\n\n' +
        "The lido will reopen on Saturday.\n\nThe council has apologised to season ticket holders.\n",
    ],
  ]);

  it("flags one word changed in a fragment of a longer quotation, naming the source's word", () => {
    const draft = 'Owen Brack, the council\'s leisure manager, blamed "a freak storm".';
    expectConflict(draft, one(storm, draft), "quote", "freak", "rare");
  });

  it("flags a phrase of two words put for one in a long fragment of a longer quotation", () => {
    const lease = checker([
      ["council.md", '"If the rowing club cannot put this right, we will end the lease, and if it comes to that, the club will not see a penny of its deposit," said Jo Bell.\n\nThe boathouse was built in 1908.\n'],
    ]);
    const draft = '"If the rowing club cannot put this right, we will call off the lease," she said.';
    const s = one(lease, draft);
    expectStatus(s, "conflict");
    assert.equal(findingOf(s, "quote").found, "call off", describeResult(s));
  });

  it("flags a phrase of three words put for one in a fragment of twelve words or more", () => {
    const minutes = checker([
      [
        "radio.md",
        "# Phone-in\n\nPresenter: Jo Bell. Guest: Owen Brack, the boatyard's owner.\n\nJO BELL: Owen, the report says your letter gave no warning.\n\nOWEN BRACK: We warned them clearly in our first letter to the club: once the hull is opened up, the bill could treble.\n\nJO BELL: Thank you.\n\nOWEN BRACK: The boat will sail again.\n",
      ],
      UNRELATED_NOTES,
    ]);
    const draft = '"We warned them in no uncertain terms in our first letter to the club," Owen Brack said.';
    const s = one(minutes, draft);
    expectStatus(s, "conflict");
    assert.match(findingOf(s, "quote").message, /clearly/, describeResult(s));
    expectStatus(one(minutes, '"We warned them clearly in our first letter to the club," Owen Brack said.'), "supported");
  });

  it("leaves a fragment quoted word for word, and one reworded throughout, to the other checks", () => {
    const exact = one(storm, 'Owen Brack, the council\'s leisure manager, blamed "a rare storm".');
    assert.ok(!exact.findings.some((f) => f.kind === "quote"), describeResult(exact));
    const reworded = one(storm, 'Owen Brack said the pumps had "kept going the whole time".');
    assert.ok(!reworded.findings.some((f) => f.kind === "quote" && f.expected === "rare"), describeResult(reworded));
  });
});

describe("verify: a quotation of two sentences (in-memory)", () => {
  const c = checker([["ruling.md", "Giving judgment, Judge Jo Bell said: \"A landlord is entitled to end a tenancy.\"\n\n\"It is not entitled to end it by stealth and without notice.\"\n"]]);

  it("finds the changed word in its second sentence, which the source holds apart", () => {
    const draft = 'Judge Jo Bell said: "A landlord is entitled to end a tenancy. It is not entitled to end it by ambush and without notice."';
    const s = one(c, draft);
    expectStatus(s, "conflict");
    const f = findingOf(s, "quote");
    assert.equal(f.found, "ambush", describeResult(s));
    assert.equal(draft.slice(f.start, f.end), "ambush");
    assert.match(f.message, /stealth/);
  });

  it("passes both sentences quoted as the source has them", () => {
    const s = one(c, 'Judge Jo Bell said: "A landlord is entitled to end a tenancy. It is not entitled to end it by stealth and without notice."');
    assert.ok(!s.findings.some((f) => f.kind === "quote"), describeResult(s));
  });
});

describe("verify: a bound met only by a figure of the same thing (in-memory)", () => {
  const doc = "Kestrel Labs took part in the inquiry as an interested party.\n\nKestrel Labs says the true figure is closer to 14,000.\n";

  it("does not take a bare figure for the members a bound counts", () => {
    expectStatus(one(checker([["report.md", doc]]), "Kestrel Labs has more than 600 members."), "unsourced");
  });

  it("still takes a figure of the same thing", () => {
    expectStatus(one(checker([["report.md", doc + "\nKestrel Labs has 14,000 members.\n"]]), "Kestrel Labs has more than 600 members."), "supported");
  });
});

describe("verify: a count of the names a source lists (in-memory)", () => {
  const c = checker([["statement.md", "The main, which was laid in 1958, carries water from the Brimley service reservoir to Fenmore, Tollmouth and Kestrel Green.\n"]]);

  it("backs “three communities” by a list of three names", () => {
    expectStatus(one(c, "The pipe, which was laid in 1958, carries water from the Brimley service reservoir to three communities."), "supported");
  });

  it("does not back another count of them", () => {
    assert.notEqual(one(c, "The pipe, which was laid in 1958, carries water from the Brimley service reservoir to four communities.").status, "supported");
  });
});

describe("verify: one who disputes a figure is not the one who gave it (in-memory)", () => {
  const c = checker([
    ["report.md", "# Brimley Gazette\n\nOwen Brack, 61, closed the kiosk at the Brimley lido on Saturday.\n\nMr Brack also disputes Kestrel's figure of around 90 swimmers a day.\n"],
    [
      "meeting.md",
      "---\ntitle: Public meeting (transcript)\n---\nTranscript of the public meeting. Chair: Kate Lyle. Guest: Rhys Bell, area manager, Kestrel.\n\n" +
        "KATE LYLE: Where does your figure of 90 swimmers a day come from?\n\nRHYS BELL: From the turnstile counts over the past year. That's the mean, and it's right.\n",
    ],
  ]);

  it("does not take the disputer for the speaker of the figure", () => {
    const s = one(c, "Mr Bell said the figure of 90 swimmers a day was a mean taken from the turnstile counts over the past year.");
    assert.notEqual(s.status, "conflict", describeResult(s));
  });
});

describe("verify: a place the sources name elsewhere put in another's place (in-memory)", () => {
  const c = checker([
    [
      "notice.md",
      "# Notice to customers\n\nThe Kestrel pumping station on the moor usually serves about 6,500 houses and farms in Brimley, which are now being served by tankers from Fenmore and Calder while engineers inspect the pumps.\n\n" +
        "The Tollmouth pumping station serves about 2,000 houses, which are now being served by other stations.\n\nA public meeting was held at Tollmouth Village Hall on Tuesday.\n",
    ],
  ]);

  it("finds it though one verb of the sentence is reworded", () => {
    const draft = "The Kestrel pumping station on the moor usually serves about 6,500 houses and farms in Tollmouth, which are now being fed by tankers from Fenmore and Calder while engineers examine the pumps.";
    expectConflict(draft, one(c, draft), "entity", "Tollmouth", "Brimley");
  });

  it("does not take “other” for a word that adds a place to the source's", () => {
    const draft = "The Brimley pumping station serves about 2,000 houses, which are now being served by other stations.";
    expectConflict(draft, one(c, draft), "entity", "Brimley", "Tollmouth");
  });

  it("finds a place set off by commas after a shared name, each sentence going on its own way after it", () => {
    const c = checker([
      ["report.md", "# Regatta\n\nThe Kestrel crew finished first at Weir Meadow, Brimley, on Saturday 3 May, but was disqualified for a false start.\n\nThe crew trains at Tollmouth, where its coach Jo Bell lives.\n"],
      UNRELATED_NOTES,
    ]);
    const draft = "The Kestrel crew had finished first at Weir Meadow, Tollmouth, before it was disqualified.";
    expectConflict(draft, one(c, draft), "entity", "Tollmouth", "Brimley");
  });

  it("finds a place closed by a comma put for the source's place and the kind of place it is", () => {
    const c = checker([
      ["blog.md", "# Live\n\nThe crews rowed back upstream to Kestrel Mill boathouse, followed by the safety launch.\n\nThe race was due to finish at Brimley Lock.\n"],
      UNRELATED_NOTES,
    ]);
    const draft = "The crews rowed back upstream to Brimley Lock, followed by the launch.";
    expectConflict(draft, one(c, draft), "entity", "Brimley Lock", "Kestrel Mill");
  });

  it("finds one firm put for another that the source opens with and describes between commas", () => {
    const c = checker([
      [
        "letter.md",
        "# Letter to members\n\nFenmore Surveys, the firm the rowing club hired, will survey the weir and the slipway from Monday 9 March.\n\nKestrel Water will send a diver while the survey goes on.\n",
      ],
      UNRELATED_NOTES,
    ]);
    const draft = "Kestrel Water will survey the weir and the slipway from Monday 9 March.";
    expectConflict(draft, one(c, draft), "entity", "Kestrel Water", "Fenmore Surveys");
  });
});

describe("verify: a name in the possessive put for another (in-memory)", () => {
  it("finds the other act's set in the headliner's place, though the sources name the act elsewhere", () => {
    const c = checker([["festival.md", "The line-up included Owen Brack, Ines Calder and the Brimley Ensemble.\n\nOwen Brack's headline set on the Main Stage was stopped at 9.52pm for safety reasons.\n"]]);
    const draft = "Ines Calder's headline set on the Main Stage was stopped at 9.52pm for safety reasons.";
    expectConflict(draft, one(c, draft), "entity", "Ines Calder", "Owen Brack");
  });
});

describe("verify: the two ends of a stretch of time (in-memory)", () => {
  const lido = checker([
    [
      "lido.md",
      "The Brimley Trust has run the lido since 2015 under a contract with the parish council, which pays it £80,000 a year.\n\n" +
        "The lido opens at 7am.\n\nSwimmers want a longer season.\n",
    ],
  ]);

  it("does not take the year a contract ends for the year it began", () => {
    const s = one(lido, "The Brimley Trust's contract with the parish council runs until 2031.");
    assert.ok(!s.findings.some((f) => f.kind === "number"), describeResult(s));
  });

  it("still flags the year it began, given wrong", () => {
    const draft = "The Brimley Trust has run the lido since 2013 under a contract with the parish council.";
    expectConflict(draft, one(lido, draft), "number", "2013", "2015");
  });
});

describe("verify: days of the week a thing runs on (in-memory)", () => {
  it("does not take a weekly schedule for a date", () => {
    const lido = checker([["notice.md", "The lido's summer timetable began on Monday 2 June, with longer opening hours.\n\nThe café is closed.\n\nLifeguards are on duty all day.\n"]]);
    const s = one(lido, "Under the lido's summer timetable, which began on Monday 2 June, it opens from Monday to Saturday.");
    assert.ok(!s.findings.some((f) => f.kind === "date"), describeResult(s));
  });
});

describe("verify: what a year dates (in-memory)", () => {
  const boathouse = checker([
    [
      "history.md",
      "The boathouse was taken over by the Brimley Rowing Club in 1998, the council said.\n\n" +
        "The club's clubhouse was built in 1935.\n\nThe club has 140 members.\n",
    ],
  ]);

  it("does not take the year of another event for the sentence's year", () => {
    for (const draft of ["The boathouse used by the Brimley Rowing Club was rebuilt in 2004.", "The boathouse used by the Brimley Rowing Club was flooded in 2004."]) {
      const s = one(boathouse, draft);
      assert.ok(!s.findings.some((f) => f.kind === "number"), describeResult(s));
    }
  });

  it("flags the year of the same event, given wrong", () => {
    const draft = "The boathouse was taken over by the Brimley Rowing Club in 2001.";
    expectConflict(draft, one(boathouse, draft), "number", "2001", "1998");
  });

  it("reads “the 1930s” as any year of the decade", () => {
    assert.deepEqual(
      (({ value, kind, qualifier }) => ({ value, kind, qualifier }))(analyse("It was built in the 1930s.", 0).numbers[0]),
      { value: 1930, kind: "year", qualifier: "decade" },
    );
    expectStatus(one(boathouse, "The club's clubhouse was built in the 1930s."), "supported");
    const draft = "The club's clubhouse was built in the 1940s.";
    expectConflict(draft, one(boathouse, draft), "number", "1940s", "1935");
  });
});

describe("verify: a titled person with one name changed (in-memory)", () => {
  const club = checker([
    [
      "club.md",
      "The Brimley Swimmers' Club says the lido must reopen before the summer.\n\n" +
        "The club's chair, Kate Lyle, said members had collected 2,000 signatures.\n\n" +
        "Owen Brack, the council's leisure manager, said the pump would be repaired in May.\n\nKate Finch, a lifeguard, backed the petition.\n",
    ],
  ]);

  it("flags a name the sources never give, where one person they name shares a name and the title", () => {
    const draft = "Kate Pell, chair of the Brimley Swimmers' Club, said members had collected 2,000 signatures.";
    expectConflict(draft, one(club, draft), "entity", "Kate Pell", "Kate Lyle");
    const surname = "Owen Bracken, the council's leisure manager, said the pump would be repaired in May.";
    expectConflict(surname, one(club, surname), "entity", "Owen Bracken", "Owen Brack");
  });

  it("leaves a new name alone when no one named so holds the title, or the title is missing", () => {
    for (const draft of [
      "Kate Pell, a swimming teacher, said the water had been too cold all week.",
      "Kate Pell said the water had been too cold all week.",
      "Ines Calder, chair of the Brimley Swimmers' Club, said the water had been too cold all week.",
    ]) {
      const s = one(club, draft);
      assert.ok(!s.findings.some((f) => f.kind === "entity"), describeResult(s));
    }
  });
});

describe("verify: the right office in another body (in-memory)", () => {
  const trust = checker([
    ["trust.md", "The boathouse was opened on Friday by the Kestrel Trust's chief executive, Dr Jo Bell, and the mayor.\n\nThe lido opened in 1934.\n"],
    ["notes.md", "The harbour master retired in June.\n\nFerries to the island run twice a day.\n"],
  ]);

  it("flags an office put in a body the sources do not give it", () => {
    const draft = "The boathouse was opened by Dr Jo Bell, chief executive of Brimley Council.";
    const f = findingOf(one(trust, draft), "role");
    assert.match(f.message, /Kestrel Trust's chief executive/);
  });

  it("accepts the body named another way, or not named", () => {
    expectStatus(one(trust, "The boathouse was opened by Dr Jo Bell, chief executive of the Kestrel Trust."), "supported");
    expectStatus(one(trust, "The boathouse was opened by Dr Jo Bell, chief executive of the Trust."), "supported");
    expectStatus(one(trust, "The boathouse was opened by Dr Jo Bell, chief executive of the company."), "supported");
  });
});

describe("verify: an office one person holds, given to someone the sources give none (in-memory)", () => {
  const minutes = checker([
    [
      "minutes.md",
      "# Rowing club meeting\n\nMinutes taken by Jo Bell, secretary.\n\nOwen Brack, a Brimley resident, said the club had been ignored by the council.\n\nKate Lyle, the trust's chair, thanked members for coming.\n",
    ],
    UNRELATED_NOTES,
  ]);

  it("flags the office given to the wrong person, naming its holder", () => {
    const draft = "Owen Brack, the rowing club's secretary, said the club had been ignored by the council.";
    const f = findingOf(one(minutes, draft), "role");
    assert.match(f.message, /Jo Bell as secretary, not Owen Brack/);
  });

  it("leaves an office of another body, a former office and an office many hold", () => {
    expectStatus(one(minutes, "Owen Brack, chair of Brimley Rovers, said the club had been ignored by the council."), "supported");
    expectStatus(one(minutes, "Owen Brack, the club's former secretary, said the club had been ignored by the council."), "supported");
    expectStatus(one(minutes, "Owen Brack, a trustee, said the club had been ignored by the council."), "supported");
  });
});

describe("verify: an office the sources give another in the body named (in-memory)", () => {
  const hall = checker([
    [
      "notice.md",
      "# Boathouse roof\n\nJo Bell, chair of the governors, said about half of the boathouse roof had come down.\n\nCllr Owen Brack, chairman of Brimley Parish Council, said the council had offered a grant of £2,000.\n",
    ],
    UNRELATED_NOTES,
  ]);

  it("flags a person given the office the sources give someone else, where their own body is left unnamed", () => {
    const f = findingOf(one(hall, "Jo Bell, chairman of Brimley Parish Council, said about half of the boathouse roof had come down."), "role");
    assert.match(f.message, /chair of the governors/);
  });

  it("leaves the unnamed body alone when nobody else holds the office there, or the office is a former one", () => {
    expectStatus(one(hall, "Jo Bell, chair of the Brimley Rowing Trust, said about half of the boathouse roof had come down."), "supported");
    assert.ok(!one(hall, "Jo Bell, the former chairman of Brimley Parish Council, said about half of the boathouse roof had come down.").findings.some((f) => f.kind === "role"));
  });
});

describe("verify: a named body where the source describes another (in-memory)", () => {
  const trust = checker([
    ["trust.md", "Owen Brack, the trust's chairman, said: “We'll hand the repair plan to the ombudsman by Friday 10 July.”\n\nBrimley County Council has paid for the lido since 1998.\n\nThe lido's roof was repaired in May.\n"],
    ["notes.md", "The harbour master retired in June.\n\nFerries to the island run twice a day.\n"],
  ]);

  it("flags a body named in the slot where the source has another kind of body", () => {
    const s = one(trust, "Owen Brack said the trust would hand the repair plan to Brimley County Council by Friday 10 July.");
    const f = findingOf(s, "entity");
    assert.match(f.message, /the ombudsman/);
  });

  it("flags a body named where the source describes someone of another kind in two words (“a marine surveyor”)", () => {
    const c = checker([
      ["firm.md", "# Coaches\n\nSince the storm, each of the other 12 boats has been checked by a marine surveyor and found sound.\n\nBrimley Police are investigating the crash.\n"],
      UNRELATED_NOTES,
    ]);
    const draft = "The club says its 12 other boats have since been checked by Brimley Police and found sound.";
    const f = findingOf(one(c, draft), "entity");
    assert.match(f.message, /a marine surveyor/);
    expectStatus(one(c, "The club says its 12 other boats have since been checked by a surveyor and found sound."), "supported");
  });

  it("accepts the body the source describes by its own kind", () => {
    const c = checker([
      ["trust.md", "Owen Brack, the trust's chairman, said: “We'll hand the repair plan to the council by Friday 10 July.”\n\nBrimley County Council has paid for the lido since 1998.\n"],
      ["notes.md", "The harbour master retired in June.\n\nFerries to the island run twice a day.\n"],
    ]);
    expectStatus(one(c, "Owen Brack said the trust would hand the repair plan to Brimley County Council by Friday 10 July."), "supported");
  });
});

describe("verify: a title that ends in “lead” (in-memory)", () => {
  const trust = checker([
    ["trust.md", "Dr Jo Bell, harbour safety lead for the Kestrel Trust, said the lido's closure was the council's choice.\n\nThe lido opened in 1934.\n"],
    ["notes.md", "The harbour master retired in June.\n\nFerries to the island run twice a day.\n"],
  ]);

  it("reads the office and flags another put in its place", () => {
    const f = findingOf(one(trust, "Dr Jo Bell, the trust's chief safety officer, said the lido's closure was the council's choice."), "role");
    assert.match(f.message, /harbour safety lead/);
    expectStatus(one(trust, "Dr Jo Bell, the trust's harbour safety lead, said the lido's closure was the council's choice."), "supported");
  });
});

describe("verify: a “non-” office (in-memory)", () => {
  it("does not take a non-executive director for the chief executive", () => {
    const c = checker([
      ["minutes.md", "# Trust board\n\nPresent: Kate Lyle (chair), Owen Brack (non-executive director).\n\nOwen Brack said the regatta had lost money for the first time.\n"],
      UNRELATED_NOTES,
    ]);
    const f = findingOf(one(c, "Owen Brack, the trust's chief executive, said the regatta had lost money for the first time."), "role");
    assert.match(f.message, /non-executive director/);
    expectStatus(one(c, "Owen Brack, a non-executive director, said the regatta had lost money for the first time."), "supported");
  });
});

describe("verify: a role given in brackets (in-memory)", () => {
  it("takes a person's role from a list of those present, beside the one a report gives", () => {
    const c = checker([
      ["minutes.md", "Present: Owen Brack (chair, independent member), Dr Kate Lyle (staff member of the board), Jo Bell (independent member).\n"],
      ["paper.md", "Dr Kate Lyle, president of the Brimley branch of the teachers' union, said staff had raised the leak in writing in May.\n"],
    ]);
    expectStatus(one(c, "Dr Kate Lyle, a staff member of the board, said staff had raised the leak in writing in May."), "supported");
    expectStatus(one(c, "Dr Kate Lyle, the board's treasurer, said staff had raised the leak in writing in May."), "conflict");
  });
});

describe("verify: a denial in one clause and the claim's word said again in the next (in-memory)", () => {
  const noise = checker([
    ["inspection.md", "# Noise checks\n\nHowever, officers heard loud music from the boathouse on four occasions in May.\n\nThe rowing club says there have been no noise complaints since the new wall went up.\n"],
    UNRELATED_NOTES,
  ]);

  it("reads “four times” as “on four occasions”", () => {
    expectStatus(one(noise, "Officers heard loud music from the boathouse four times in May."), "supported");
  });

  it("does not set the denial against a claim whose word the next clause says at the claim's polarity", () => {
    const yard = checker([
      [
        "yard.md",
        '# Scrap\n\n"The lorries neighbours have seen are taking sorted scrap away to be melted down at Fenmore," said Jo Bell of Kestrel Metals.\n\nKestrel Metals said it does not accept scrap from other yards.\n',
      ],
      UNRELATED_NOTES,
    ]);
    // "bring" is denied and "taking" is not; the claim's "taking" pairs with both.
    const draft = "Kestrel Metals says it does not bring in scrap from any other yards, and that the lorries neighbours have seen are taking sorted scrap away to be melted down at Fenmore.";
    expectStatus(one(yard, draft), "supported");
  });
});

describe("verify: a reversal another claim says as the draft does (in-memory)", () => {
  it("does not set a denial against a loosely related word of another matter that a claim states word for word", () => {
    const regatta = checker([
      [
        "regatta.md",
        "# Regatta\n\nStewards went to the boathouse on Saturday at the rowing club's request.\n\nA petition calling for the lido's closure to be stopped, with 2,100 signatures, will go before the rowing club on Saturday.\n\nNobody was arrested.\n",
      ],
      UNRELATED_NOTES,
    ]);
    expectStatus(one(regatta, "Stewards were sent to the boathouse at the rowing club's request, and nobody was arrested."), "supported");
  });
});

describe("verify: denials said another way (in-memory)", () => {
  const inspection = checker([
    [
      "report.md",
      "The inspectors found there were not enough wardens on duty at weekends and that keys were not stored securely.\n\n" +
        "The Brimley kennels have been banned from taking new dogs without the council's agreement.\n",
    ],
  ]);

  it("takes “too few” as the source's “not enough”", () => {
    expectStatus(one(inspection, "The inspectors found that too few wardens were on duty at weekends and that keys were not being stored securely."), "supported");
  });

  it("takes “may not take” as the source's “banned from taking”", () => {
    expectStatus(one(inspection, "The Brimley kennels may not take in any new dogs without the council's agreement."), "supported");
  });

  const lido = checker([["notice.md", "Ines Calder, chair of the swimming club, said the members wanted to keep the lido open through the winter.\n"]]);

  it("takes a negation spent on an opposite verb as the source's statement (“nobody wanted it to close” for “wanted to keep it open”)", () => {
    expectStatus(one(lido, "Ines Calder, chair of the swimming club, said nobody wanted the members to lose the lido through the winter."), "supported");
    // The same verb denied is still the opposite.
    const kept = "Ines Calder, chair of the swimming club, said nobody there wanted to keep the lido open through the winter.";
    expectConflict(kept, one(lido, kept), "negation", "nobody");
  });

  const denial = checker([["gazette.md", "Fenmore Glass has denied that its furnace caused the fire at the Tollmouth warehouse last month.\n"]]);

  it("takes “rejected the claim that” as the source's “denied that”", () => {
    expectStatus(one(denial, "Fenmore Glass has rejected the insurer's claim that its furnace caused the fire at the Tollmouth warehouse last month."), "supported");
  });

  const trophy = checker([["club.md", "“I'll keep the shield in the trophy cabinet at the clubhouse, not in the bank vault,” said Jo Bell.\n\nOwen Brack asked whether the club had insured the shield.\n"]]);

  it("takes “rather than” as the source's “not”, and what someone asked as no statement", () => {
    expectStatus(one(trophy, "Jo Bell said she would keep the shield in the trophy cabinet at the clubhouse rather than in the bank vault."), "supported");
    const s = one(trophy, "The club has not insured the shield, Jo Bell said.");
    assert.notEqual(s.status, "conflict", describeResult(s));
  });

  const bonus = checker([["minutes.md", "The winter bonus would not count towards sick leave, annual leave allowances or pensions, the depot manager said.\n"]]);

  it("does not read words said twice, once as the source says them, as reversed (“not … leave allowances … leave allowances”)", () => {
    const s = one(bonus, "The winter bonus would not be added to annual leave allowances and would not count towards sick leave, annual leave allowances or pensions.");
    assert.notEqual(s.status, "conflict", describeResult(s));
  });

  const towpath = checker([["gazette.md", "A rowing club whose crews rowed the flooded Tollmouth river on Saturday has denied that its rowers were poorly trained.\n"]]);

  it("does not read the subject of a denied clause as the word denied (“denied that its rowers were …”)", () => {
    const s = one(towpath, "The rowing club's rowers rowed the flooded Tollmouth river on Saturday.");
    assert.ok(s.status !== "conflict" && s.status !== "disputed", describeResult(s));
  });

  const dismissal = checker([["courier.md", "Driver Kate Lyle, 44, was dismissed without notice by the depot board on Monday after it found she had lied when she said she never used her phone at the wheel.\n"]]);

  it("does not read the board of “dismissed without notice by the board” as denied", () => {
    expectStatus(one(dismissal, "Driver Kate Lyle, 44, was sacked without notice on Monday after the depot board found she had lied in claiming she never used her phone at the wheel."), "supported");
  });

  const boiler = checker([["bulletin.md", "Owen Brack, the caretaker, suggested the school's boiler may have flooded.\n\nJo Bell said the boiler had not flooded, as the floor of the plant room was dry.\n"]]);

  it("does not read a guess (“might have flooded”) as stated, against a source that denies it", () => {
    const s = one(boiler, "Owen Brack suggested the boiler might have flooded, but Jo Bell said the floor of the plant room was dry.");
    assert.notEqual(s.status, "conflict", describeResult(s));
  });

  it("reads “no record of” a thing as denying the thing", () => {
    const depot = checker([
      ["review.md", "Staffing on that day was at its normal level, and there is no record of any fire at Brimley Depot.\n"],
      ["gazette.md", "The council apologised to both families on Friday.\n\nA driver has been suspended while the council investigates.\n\nThe review was written by Jo Bell.\n"],
    ]);
    const draft = "There had been a fire at Brimley Depot before.";
    expectConflict(draft, one(depot, draft), "negation", "fire");
    // The record itself, said to exist, is what the source denies.
    const desk = checker([
      ["notice.md", "The council's planning desk has no record of any message from the owner or its agents on Friday 6 March.\n\nThe builder, Kestrel Homes, knocked down the boathouse on Saturday 7 March.\n"],
    ]);
    const record = "The council said its planning desk had a record of a visit from the builder on Friday 6 March.";
    expectConflict(record, one(desk, record), "negation", "record");
  });

  it("reads “no evidence that” a thing is so as denying the clause's predicate", () => {
    const panel = checker([["ruling.md", "# Ruling\n\nThe trustees found no evidence that Ines Calder had opened the letter from Owen Brack.\n"]]);
    const draft = "Ines Calder admitted at the meeting that she had opened the letter from Owen Brack.";
    expectConflict(draft, one(panel, draft), "negation", "opened");
    expectStatus(one(panel, "The trustees found no evidence that Ines Calder had opened the letter from Owen Brack."), "supported");
  });

  it("takes “without” a thing as the source's taking it away, and not a reversal", () => {
    const lake = checker([
      ["statement.md", "About 2 million litres of water were let out of the boating lake at Brimley Park, draining it for repairs.\n"],
      ["gazette.md", "The council apologised to rowers on Friday.\n\nThe cafe at Brimley Park stays open.\n"],
    ]);
    expectStatus(one(lake, "The repairs left the boating lake at Brimley Park without water."), "supported");
    const full = checker([["log.md", "The boating lake at Brimley Park was full of water on Monday morning.\n"]]);
    const draft = "The boating lake at Brimley Park was without water on Monday morning.";
    expectConflict(draft, one(full, draft), "negation", "without");
  });

  it("reads “no one” as the source's “nobody”, not as the number one", () => {
    const harbour = checker([["harbour.md", "Staff went door to door to warn residents. Nobody was hurt.\n\nThe Kestrel coach is parked above the junction. It is one of nine coaches damaged on the hill road.\n"]]);
    expectStatus(one(harbour, "No one was hurt."), "supported");
  });

  const market = checker([["post.md", "“The first time anyone suggested changing the venue was on Thursday morning,” said Mara Quinn, the market's organiser.\n"]]);

  it("needs a word said outright on both sides to read a denial, not only loosely related ones", () => {
    const s = one(market, "Mara Quinn, the market's organiser, has denied receiving any such warning, saying the first suggestion of changing the venue came on Thursday morning.");
    assert.notEqual(s.status, "conflict", describeResult(s));
  });
});

describe("verify: a denied predicate with another in its place (in-memory)", () => {
  const notice = checker([["notice.md", "Households in the Brimley and Fenmore parishes are not affected by the parking ban, because their streets are private roads.\n"]]);

  it("reads another predicate where the source denies one, between the same words, as reversed", () => {
    const draft = "Households in the Brimley and Fenmore parishes are also covered by the parking ban.";
    expectConflict(draft, one(notice, draft), "negation", "covered");
  });

  it("reads it the other way round too: the draft denies, the source asserts another predicate", () => {
    const report = checker([["report.md", "Staff at the Brimley library branch welcomed the plan, according to their union.\n"]]);
    const draft = "Staff at the Brimley library branch did not support the plan.";
    expectConflict(draft, one(report, draft), "negation", "not");
  });

  it("takes a word that denies in itself (“spared”, “unaffected”) as the source's denial", () => {
    for (const draft of ["Households in the Brimley and Fenmore parishes are unaffected by the parking ban.", "Households in the Brimley and Fenmore parishes are spared by the parking ban."]) {
      expectStatus(one(notice, draft), "supported");
    }
    const longer = checker([["notice.md", "Households in Brimley are not affected by the resident-parking ban, because their streets are private roads.\n"]]);
    expectStatus(one(longer, "Households in Brimley are unaffected by the resident-parking ban, because their streets are private roads."), "supported");
  });

  it("finds a thing said to be on offer that the source lists among what will not be offered", () => {
    const c = checker([["notice.md", "# Kiosk\n\nThe new kiosk at the weir would not offer fishing permits, boat hire, maps or ice creams.\n"], UNRELATED_NOTES]);
    const draft = "Boat hire and maps would also be offered at the kiosk.";
    expectConflict(draft, one(c, draft), "negation", "hire");
  });
});

describe("verify: a quotation stitched from two of the source's sentences (in-memory)", () => {
  const choir = checker([["courier.md", "The choir has given £300 to the hospice.\n\nMr Owen Brack, the choir's secretary, said: \"We are proud of the singers. We only want the record to be straight.\"\n\nJo Bell, 58, who sings in the choir, said the concert had sold out.\n"]]);

  it("takes the two sentences joined at a comma as verbatim, from their speaker", () => {
    expectStatus(one(choir, "\"We are proud of the singers, we only want the record to be straight,\" said Mr Brack."), "supported");
  });

  it("flags the stitched quotation credited to someone else", () => {
    const s = one(choir, "\"We are proud of the singers, we only want the record to be straight,\" said Jo Bell.");
    expectStatus(s, "conflict");
    assert.match(findingOf(s, "attribution").message, /Owen Brack/, describeResult(s));
  });
});

describe("verify: a part of the same whole (in-memory)", () => {
  const stewards = checker([["statement.md", "Altogether, 12 of our 30 stewards worked the Saturday shift, along with our first-aid van.\n"]]);

  it("flags another part of the same whole: “21 of the club's 30” against “12 of our 30”", () => {
    const draft = "Some 21 of the club's 30 stewards worked the Saturday shift, along with the first-aid van.";
    expectConflict(draft, one(stewards, draft), "number", "21", /12/);
  });

  it("backs the same part", () => {
    expectStatus(one(stewards, "Altogether, 12 of the club's 30 stewards worked the Saturday shift, along with the first-aid van."), "supported");
  });

  it("flags another whole with the same part after it: “52 people, 11 of them children” against “25 walkers, including 11 children”", () => {
    const walk = checker([["report.md", "On the day there were 25 walkers, including 11 children, on the ridge above Brimley.\n"]]);
    const draft = "There were 52 people, 11 of them children, on the ridge above Brimley.";
    expectConflict(draft, one(walk, draft), "number", "52", /25/);
    expectStatus(one(walk, "There were 25 people, 11 of them children, on the ridge above Brimley."), "supported");
  });

  it("backs the part put before its whole (“12 of the 30 were watertight” for “Of the 30 boats I surveyed, 12 were watertight”)", () => {
    const survey = checker([["survey.md", '# Survey\n\n"Of the 30 boats I surveyed, 12 were fully watertight," said Jo Bell.\n'], UNRELATED_NOTES]);
    expectStatus(one(survey, "Jo Bell, who surveyed the boats, says 12 of the 30 were fully watertight."), "supported");
  });
});

describe("verify: a date the sources give only to something else (in-memory)", () => {
  const notice = checker([
    [
      "notice.md",
      "New permits will be posted to residents by Monday 9 March and to businesses by Friday 13 March.\n\n" +
        "The permit helpline for businesses is open from 9am to 5pm, Monday to Friday, until Friday 20 March.\n\nThe parking ban covers 14 streets.\n",
    ],
  ]);

  it("flags a date the close claim puts another in place of, though a looser claim gives it to something else", () => {
    const draft = "New permits will be posted to businesses by Friday 20 March.";
    expectConflict(draft, one(notice, draft), "date", "Friday 20 March", /13 March/);
  });

  it("backs the date where the close claim gives it", () => {
    const s = one(notice, "New permits will be posted to businesses by Friday 13 March.");
    assert.ok(!s.findings.some((f) => f.kind === "date"), describeResult(s));
  });

  const lido = checker([
    [
      "inspection.md",
      "The lido's main pump was taken apart for cleaning on Monday 14 July and restarted that evening.\n\n" +
        "The water sample that showed the bacteria was taken on Tuesday 15 July.\n\nThe pool reopened on Friday.\n",
    ],
  ]);

  it("flags a date a claim gives, in the same words, to something the sentence does not name", () => {
    const draft = "The water sample had been taken on Monday 14 July.";
    expectConflict(draft, one(lido, draft), "date", "Monday 14 July", /Tuesday 15 July/);
  });

  it("holds no dispute between a source's date for one thing and another source's date for another", () => {
    const two = checker([
      [
        "lab.md",
        "---\noutlet: Brimley Courier\n---\nThe water sample that showed the bacteria was taken for testing on Tuesday 15 July, the laboratory said.\n\n" +
          "The pool reopened on Friday.\n\nSwimmers were told to shower before entering.\n\nThe council apologised to season ticket holders.\n",
      ],
      [
        "council.md",
        "---\noutlet: Brimley Council\n---\nThe lido's main pump was taken for testing on Monday 14 July and restarted that evening.\n\n" +
          "The lido has 40 lanes of lockers.\n\nA new café opens in August.\n",
      ],
    ]);
    const draft = "The sample was taken for testing on Monday 14 July.";
    expectConflict(draft, one(two, draft), "date", "Monday 14 July", /Tuesday 15 July/);
  });

  it("backs the date the claim naming the same thing gives", () => {
    expectStatus(one(lido, "The water sample had been taken on Tuesday 15 July."), "supported");
    expectStatus(one(lido, "The main pump had been taken apart on Monday 14 July."), "supported");
  });
});

describe("verify: a count of times against a count of the events (in-memory)", () => {
  const log = checker([
    [
      "log.md",
      "The lido's pump alarm raised 14 alerts in June, mostly set off by leaves in the filter.\n\nThe lido reopened on Monday after repairs.\n\n" +
        "Owen Brack, the manager, said swimmers had been patient.\n\nThe council spent £40,000 on a new boiler.\n\nAbout 300 people swam on the first day.\n",
    ],
  ]);

  it("compares “went off 41 times” with “raised 14 alerts”", () => {
    const draft = "The pump alarm had gone off 41 times in June, mostly because of leaves in the filter.";
    expectConflict(draft, one(log, draft), "number", "41", /14/);
    expectStatus(one(log, "The pump alarm had gone off 14 times in June, mostly because of leaves in the filter."), "supported");
  });
});

describe("verify: a short claim that gives one figure of a pair (in-memory)", () => {
  const minutes = checker([
    [
      "minutes.md",
      "Brimley Parish Council: minutes of the meeting held in the village hall.\n\n4.1 It was RESOLVED, by seven votes to three, that:\n\n" +
        "(a) the boating lake stay closed.\n\nBrimley Parish Council owns the boating lake, and its chair said the decision had been difficult.\n",
    ],
  ]);

  it("flags the other figure of the pair, and only that one, though the claim holds little else of the sentence", () => {
    const draft = "The parish council, which owns the boating lake, made the decision by six votes to three at a meeting in the village hall.";
    const s = one(minutes, draft);
    expectConflict(draft, s, "number", "six", /seven/);
    assert.equal(s.findings.filter((f) => f.kind === "number").length, 1, describeResult(s));
  });
});

describe("verify: one kind of thing put for another (in-memory)", () => {
  const timetable = checker([["notice.md", "The 7.10am bus from Tollmouth to Fenmore was cancelled on Tuesday because of the flooding.\n"]]);

  it("flags another kind of the same thing in its place", () => {
    const draft = "The 7.10am train from Tollmouth to Fenmore was cancelled on Tuesday because of the flooding.";
    expectConflict(draft, one(timetable, draft), "entity", "train", /bus/);
  });

  const works = checker([["notice.md", "County engineer Jo Bell announced the closure of the Tollmouth footbridge on Monday.\n"]]);

  it("reports a wrong title once, as a title, not again as a word put for another", () => {
    const s = one(works, "Council leader Jo Bell announced the closure of the Tollmouth footbridge on Monday.");
    assert.deepEqual(s.findings.map((f) => f.kind), ["role"], describeResult(s));
  });
});

describe("verify: a count of the thing a source counts, in a sentence saying little else (in-memory)", () => {
  const towpath = checker([
    [
      "report.md",
      "Mara Quinn, secretary of the Tollmouth Rowers, said the club now had about 300 members and a waiting list.\n\nAbout 40 metres of the towpath and the fence beside it slid into the river on Monday.\n\nThe council said the towpath would stay shut until the spring.\n\nRowers have been told to launch from the ferry steps instead.\n",
    ],
  ]);

  it("flags another count of the same metres though little else of the sentence lines up", () => {
    const draft = "About 60 metres of towpath slid into the river, taking lamp posts with it.";
    expectConflict(draft, one(towpath, draft), "number", "60", /40/);
  });

  it("leaves a count of something else unsourced", () => {
    expectStatus(one(towpath, "The council's sports centre has about 500 members."), "unsourced");
  });
});

describe("verify: a length of time the sources give as two times (in-memory)", () => {
  const log = checker([
    ["log.md", "The first report of smoke at the Brimley bus depot came at 9.14pm on Sunday.\n\nThe first fire engines arrived at 9.22pm.\n\nKate Lyle found the flooded cellar on Tuesday 3 June.\n\nShe reported the flooding to the council on Thursday 5 June.\n"],
  ]);

  it("backs “eight minutes later” by a report at 9.14pm and engines there at 9.22pm", () => {
    expectStatus(one(log, "Fire engines arrived eight minutes later."), "supported");
  });

  it("backs “two days after” by a Tuesday and the Thursday after it", () => {
    expectStatus(one(log, "Kate Lyle reported the flooding to the council two days after she found the cellar."), "supported");
  });

  it("backs “three months after” by two days three calendar months apart, and not by days two months apart", () => {
    const notice = checker([
      ["notice.md", "# Notice\n\nAlgae was found in the Brimley reservoir on Thursday 4 June 2026.\n\nThe ban on swimming in the Brimley reservoir was lifted on Friday 4 September 2026.\n"],
      UNRELATED_NOTES,
    ]);
    expectStatus(one(notice, "The ban on swimming in the Brimley reservoir was lifted three months after algae was found."), "supported");
    assert.notEqual(one(notice, "The ban on swimming in the Brimley reservoir was lifted two months after algae was found.").status, "supported");
  });

  it("does not back a length the two times do not give", () => {
    assert.notEqual(one(log, "Fire engines arrived eleven minutes later.").status, "supported");
    assert.notEqual(one(log, "Kate Lyle reported the flooding to the council four days after she found the cellar.").status, "supported");
  });
});

describe("verify: disputed sources (in-memory)", () => {
  it("marks a sentence disputed when two sources contradict each other, with both sides", () => {
    const council = checker([
      ["herald.md", HERALD],
      ["post.md", POST],
    ]);
    for (const [draft, backer, against] of [
      ["The library on Mill Lane will stay open.", "herald.md", "post.md"],
      ["The library on Mill Lane will close.", "post.md", "herald.md"],
    ]) {
      const s = one(council, draft);
      expectStatus(s, "disputed");
      assert.equal(s.findings[0].kind, "disputed");
      assert.equal(s.sources.find((x) => x.stance === "supports")?.document, backer, describeResult(s));
      assert.equal(s.sources.find((x) => x.stance === "contradicts")?.document, against, describeResult(s));
    }
  });

  const HARBOUR_NOTES =
    "The harbour master retired in June.\n\nFerries to the island run twice a day.\n\nThe quay was resurfaced last spring.\n\n" +
    "Parking charges rose by 20p.\n\nThe museum reopened after a refit.\n\nA new bus route links the station to the hospital.\n";

  it("is not disputed by a question a source asks", () => {
    const c = checker([
      ["minutes.md", "4.2 The operator has enough spare buses to cover every school route this winter.\n"],
      ["radio.md", "ANNA BRENT: So the operator has no spare buses to cover the school routes this winter?\n\nCLLR HOLT: I would not put it that way.\n"],
      ["notes.md", HARBOUR_NOTES],
    ]);
    expectStatus(one(c, "The operator has enough spare buses to cover every school route this winter."), "supported");
  });

  it("is not disputed by a denial that shares only a name or two with the sentence", () => {
    const c = checker([
      ["union.md", "The depot's sprinkler system failed on the night of the blaze.\n"],
      ["council.md", "No sprinkler engineer visited the depot.\n"],
      ["notes.md", HARBOUR_NOTES],
    ]);
    expectStatus(one(c, "The depot's sprinkler system failed on the night of the blaze."), "supported");
  });

  it("marks a point disputed when the source's next sentence calls it untrue, pointing back at it", () => {
    const c = checker([
      [
        "paper.md",
        "The Kestrel Trust said every swimmer had been refunded in full. Jo Bell, who swims at the lido daily, said that was not true.\n\n" +
          "Owen Brack said the lido's pumps had been switched off for several weeks before the leak. \"Every lifeguard saw it,\" he said.\n\nThe trust denied this.\n\n" +
          "The lido opened in 1934 and has 300 members.\n",
      ],
      ["notes.md", HARBOUR_NOTES],
    ]);
    const refund = one(c, "Every swimmer had been refunded in full.");
    expectStatus(refund, "disputed");
    assert.match(refund.findings[0].message, /said that was not true/, describeResult(refund));
    // A denial after a paragraph rebuts all that one person said in it.
    expectStatus(one(c, "The pumps at the lido had been switched off for several weeks before the leak."), "disputed");
    // Reporting who said it tells the reader whose side it is.
    expectStatus(one(c, "The Kestrel Trust said every swimmer had been refunded in full."), "supported");
    // A sentence that borrows a few words from the disputed claim does not take its side.
    expectStatus(one(c, "The lido opened in 1934 and every swimmer is a member."), "supported");
  });

  it("marks disputed what the draft states as fact and a party denies", () => {
    const c = checker([
      ["radio.md", "ANNA BRENT: A swimming coach has told this programme that the Kestrel Trust shut the diving pool in January.\n\nOWEN BRACK: We did not shut any pool.\n"],
      ["trust.md", "The Kestrel Trust denied shutting the pool. A spokesperson said diving had moved to the morning sessions.\n\nThe trust has run the lido since 2010.\n"],
      ["notes.md", HARBOUR_NOTES],
    ]);
    const pool = one(c, "The Kestrel Trust shut the diving pool at the start of the year.");
    expectStatus(pool, "disputed");
    assert.deepEqual(pool.sources.map((x) => x.document).sort(), ["radio.md", "trust.md"], describeResult(pool));
    // The writer's own "not" is the record, not a party's side.
    const record = checker([
      ["trust.md", "The Kestrel Trust did not shut the diving pool in March.\n\nThe trust has run the lido since 2010.\n"],
      ["notes.md", HARBOUR_NOTES],
    ]);
    expectStatus(one(record, "The Kestrel Trust shut the diving pool in March."), "conflict");
  });

  it("reads “not … until” a date as the act happening then, not as a denial of it", () => {
    const c = checker([
      ["trust.md", "The Kestrel Trust said the ferry could sail again from 4 May at the soonest, once its new engine was fitted.\n\nThe boathouse was a listed building until 1990.\n"],
      ["notes.md", HARBOUR_NOTES],
    ]);
    expectStatus(one(c, "The ferry will not sail again until 4 May at the soonest."), "supported");
    expectStatus(one(c, "The ferry will not sail again until 14 May at the soonest."), "conflict");
    // Against a state the source bounds by "until", the negation stands.
    expectStatus(one(c, "The boathouse was not a listed building until 1990."), "conflict");
  });

  it("reads “declined to” as a denial of the act, and “declined” alone as a predicate", () => {
    const c = checker([
      ["court.md", "The magistrate declined to close the Kestrel boathouse, saying the trust had since repaired the slipway.\n\nMembership of the rowing club declined for a third year.\n"],
      ["notes.md", HARBOUR_NOTES],
    ]);
    expectStatus(one(c, "The magistrate agreed to close the Kestrel boathouse."), "conflict");
    expectStatus(one(c, "The magistrate did not close the Kestrel boathouse."), "supported");
    expectStatus(one(c, "Membership of the rowing club declined for a third year."), "supported");
  });

  it("reads “stopped using” as the use ended: against “still using”, not against the use before", () => {
    const c = checker([
      ["club.md", "Owen Brack said: “We've stopped using the Tollmouth boatyard for repairs after the hull was patched badly.”\n\nThe rowing club finished fourth in the regatta.\n"],
      ["notes.md", HARBOUR_NOTES],
    ]);
    expectStatus(one(c, "Owen Brack said the club was still using the Tollmouth boatyard for repairs."), "conflict");
    assert.notEqual(one(c, "The club has used the Tollmouth boatyard for repairs since 2010.").status, "conflict");
  });

  it("takes a date said less precisely as agreeing where it speaks", () => {
    const c = checker([
      ["paper.md", "“The trust weighed a loan, and in May the trustees found the sum too big a gamble for a small charity,” she said.\n\nThe lido opened in 1934.\n"],
      ["notes.md", HARBOUR_NOTES],
    ]);
    assert.notEqual(one(c, "Meeting on Tuesday 13 May, the trustees found the sum too big a gamble for a small charity.").status, "conflict");
    expectStatus(one(c, "Meeting in June, the trustees found the sum too big a gamble for a small charity."), "conflict");
  });

  it("reads “not … since” a date as the last time, as “last … in” that date says it", () => {
    const c = checker([
      ["paper.md", "Owen Brack says he last coached the Kestrel crew in May.\n\nThe club finished fourth in the regatta.\n"],
      ["notes.md", HARBOUR_NOTES],
    ]);
    expectStatus(one(c, "Owen Brack has not coached the Kestrel crew since May."), "supported");
    expectStatus(one(c, "Owen Brack has not coached the Kestrel crew since June."), "conflict");
  });

  it("finds no reversal in a choice a source leaves open", () => {
    const c = checker([
      ["club.md", "The rowing club will decide on Monday whether to repair the boathouse or rebuild it on higher ground.\n"],
      ["notes.md", HARBOUR_NOTES],
    ]);
    assert.notEqual(one(c, "The rowing club has decided to rebuild the boathouse on higher ground rather than repair it.").status, "conflict");
  });

  it("takes no rebuttal from a denial of something else or a negated one", () => {
    const c = checker([
      [
        "paper.md",
        "The council said the software update caused the billing fault. The supplier denied that its engineers had made any change.\n\n" +
          "The boathouse roof was repaired in May. Nobody has disputed this.\n\nThe rowing club voted to buy two boats. The trustees had rejected it in March.\n",
      ],
      ["notes.md", HARBOUR_NOTES],
    ]);
    expectStatus(one(c, "The software update caused the billing fault."), "supported");
    expectStatus(one(c, "The boathouse roof was repaired in May."), "supported");
    expectStatus(one(c, "The rowing club voted to buy two boats."), "supported");
  });

  it("finds a source that disputes the claim the draft makes, however closely it ranks", () => {
    const c = checker([
      ["company.md", "# Brimley solar farm\n\nTogether the 12,000 panels will generate enough clean electricity to power about 2,000 homes every year.\n\nBuilding work starts in May.\n"],
      ["campaign.md", "# Campaigners\n\nJo Bell, who chairs the Brimley Hills Society, said the panels would spoil the view from the ridge.\n\nShe also disputed the company's claim that the 12,000 panels would power about 2,000 homes.\n"],
      ["notes.md", HARBOUR_NOTES],
    ]);
    expectDisputed(one(c, "Together they will generate enough electricity to power about 2,000 homes."), "company.md", "campaign.md");
    expectStatus(one(c, "Jo Bell said the panels would spoil the view from the ridge."), "supported");
  });

  it("takes a dissenting claim's names from the sentences around it", () => {
    // "The company" is the firm the sentence before names.
    const c = checker([
      ["trust.md", "# Booking errors\n\nThe errors in the bookings were caused by a fault in a software update installed by our booking supplier, Kestrel Systems, on Friday 20 June.\n\nRefunds will be paid within a month.\n"],
      [
        "paper.md",
        "# Software firm hits back\n\nKestrel Systems said its engineers had checked every line of the update.\n\n" +
          "The company has rejected the trust's claim that its update caused the errors in the bookings.\n\n" +
          "It said trust staff had entered the wrong session codes.\n",
      ],
      ["notes.md", HARBOUR_NOTES],
    ]);
    expectDisputed(one(c, "The errors in the bookings were caused by a faulty software update supplied by Kestrel Systems."), "trust.md", "paper.md");
  });

  it("is not disputed when the draft reports whose words it gives", () => {
    const c = checker([
      ["club.md", "# Rowing club\n\nThe club said the boathouse roof had been repaired in May and was safe.\n\nMembership rose by a third.\n"],
      ["survey.md", "# Survey\n\nThe marine surveyor said the boathouse roof had not been repaired and was not safe.\n\nThe slipway needs new timber.\n"],
      ["notes.md", HARBOUR_NOTES],
    ]);
    expectStatus(one(c, "The boathouse roof was repaired in May and is safe."), "disputed");
    // Whoever she is, the sentence gives her word for it, and takes no side.
    expectStatus(one(c, "She said the boathouse roof had been repaired in May and was safe."), "supported");
    expectStatus(one(c, "Ines Calder said the boathouse roof had been repaired in May and was safe."), "supported");
  });

  it("takes a passive of telling for what someone was told, not for someone's report", () => {
    const c = checker([
      ["club.md", "# Rowing club\n\nThe rowing club was never told that its boathouse insurance had been cancelled.\n\nMembership rose by a third.\n"],
      ["insurer.md", "# Insurer\n\nThe insurer said it had told the rowing club in March that its boathouse insurance had been cancelled.\n\nThe slipway needs new timber.\n"],
      ["notes.md", HARBOUR_NOTES],
    ]);
    expectDisputed(one(c, "The rowing club was never told that its boathouse insurance had been cancelled."), "club.md", "insurer.md");
  });

  it("is disputed when the claim saying it backs the sentence as well as the one denying it", () => {
    const c = checker([
      ["club.md", "# Message from the rowing club\n\nEvery subscription was held in a ring-fenced account, as we told members it would be.\n\nWe are sorry the boathouse has closed.\n"],
      ["auditor.md", "# Auditor's report\n\nWe found no ring-fenced account holding members' subscriptions.\n\nAll payments went into the club's main account and paid for day-to-day costs.\n"],
      ["notes.md", HARBOUR_NOTES],
    ]);
    expectDisputed(one(c, "Members' subscriptions were held in a ring-fenced account, apart from the money the club spent."), "club.md", "auditor.md");
  });

  it("reads no contradiction in an order to do something", () => {
    const paper = "# Stolen oars\n\nThe rowing club never reported the theft of its oars to the Tollmouth Boat Watch, which was set up in 2001.\n\nThe oars were worth £4,000.\n";
    const c = checker([
      ["paper.md", paper],
      ["interview.md", "# Interview with Ines Calder\n\nInes Calder runs the Tollmouth Boat Watch.\n\n“Report every theft of oars to the Boat Watch, whatever it is worth.”\n"],
      ["notes.md", HARBOUR_NOTES],
    ]);
    expectStatus(one(c, "The rowing club never reported the theft of its oars to the Tollmouth Boat Watch."), "supported");
    // Said as a fact, the same words are the opposite.
    const fact = checker([
      ["paper.md", paper],
      ["interview.md", "# Interview with Ines Calder\n\nInes Calder runs the Tollmouth Boat Watch.\n\nShe said the rowing club reported every theft of oars to the Boat Watch.\n"],
      ["notes.md", HARBOUR_NOTES],
    ]);
    expectStatus(one(fact, "The rowing club never reported the theft of its oars to the Tollmouth Boat Watch."), "disputed");
  });

  it("is not disputed where the sources agree", () => {
    const council = checker([
      ["herald.md", HERALD],
      ["post.md", POST],
    ]);
    const s = one(council, "Fenwick council approved a £48 million budget on Thursday.");
    expectStatus(s, "supported");
    assert.deepEqual(new Set(s.sources.map((x) => x.document)), new Set(["herald.md", "post.md"]));
  });

  // A number backed by one source is no conflict; the other source's value for the same thing makes it disputed.
  it("marks a number disputed when two sources give different values", () => {
    const c = checker([
      ["a.md", STRIKE_LENGTH_A],
      ["b.md", STRIKE_LENGTH_B],
    ]);
    expectStatus(one(c, "The strike at Kestrel Bay port is expected to last 72 hours."), "disputed");
  });

  it("marks a figure disputed when the claim that gives it is not the one that backs the rest of the sentence", () => {
    const c = checker([
      ["court.md", "In total, the scheme cost Kestrel Homes £2.4 million, money which should have been spent on repairs to its 5,000 homes.\n"],
      ["trust.md", "In total, the scheme cost the association £1.9 million.\n\nThe association has 120 staff.\n"],
    ]);
    expectDisputed(one(c, "In all, the scheme cost Kestrel Homes £1.9m."), "trust.md", "court.md");
  });

  it("finds no dispute between sources that share words but not the point", () => {
    const court = checker([
      ["agency.md", "A roofer who billed a school trust for jobs that were never carried out has been jailed for four years.\n\nThe trust has since brought in spot checks on every job over £800.\n"],
      ["release.md", "Two men have been jailed for a total of more than seven years for a fraud in which a roofer billed a school trust for jobs that were never carried out.\n\nPolice in Tollmouth carried out a year-long inquiry into the fraud.\n"],
    ]);
    // Another sentence's total is no rival value; a value in a relative clause's negation is no reversal.
    expectStatus(one(court, "A roofer who billed a school trust for jobs that were never carried out has been jailed for four years."), "supported");
    // "brought in checks" and "jobs were never carried out" are not one matter.
    expectStatus(one(court, "The trust has since brought in spot checks on every job costing more than £800."), "supported");
  });

  it("finds no dispute in a negated claim about something else the sentence does not name", () => {
    const c = checker([
      ["a.md", "Jo Bell, who runs Tollmouth Airport, said Kestrel Air had operated about one in three of the airport's flights.\n\nKestrel Air employs 300 people.\n"],
      ["b.md", "The government has said it will not run rescue flights from the airport.\n\nMinisters met on Monday.\n"],
    ]);
    // Who ran the rescue flights (nobody) is not how many of the airport's flights the airline operated.
    expectStatus(one(c, "Jo Bell said Kestrel Air had operated about 33% of the airport's flights."), "supported");
    expectStatus(one(c, "The government will run rescue flights from the airport."), "conflict");
  });

  it("still marks a value disputed when the two sources set it against each other", () => {
    const c = checker([
      ["release.md", "Two men were jailed at Tollmouth Crown Court on Friday.\n\nIn total, the fraud cost the school trust £1.2 million.\n\nThe judge said the men had shown no remorse.\n"],
      ["paper.md", "Parents said they were shocked by the verdict.\n\nIn total, the fraud cost the Brimley school trust £1.7 million, money meant for its 40 schools.\n\nThe trust has since changed how it pays builders.\n"],
    ]);
    const s = one(c, "The fraud cost the school trust £1.2m in all.");
    expectStatus(s, "disputed");
    assert.equal(s.sources.find((x) => x.stance === "contradicts")?.document, "paper.md", describeResult(s));
  });

  it("marks a figure disputed when the other source puts its own in the figure's place and quotes the first as someone else's", () => {
    const c = checker([
      ["wire.md", "The administrators, Owen Brack and Co, said about 4,200 Kestrel Air passengers were overseas when the company stopped trading.\n\nThe airline had flown from Tollmouth since 2009.\n"],
      ["paper.md", "The consumer group Fair Skies estimates that about 6,500 passengers were abroad when the airline stopped flying, far more than the administrators' figure of 4,200.\n\nRefunds may take weeks.\n"],
    ]);
    expectDisputed(one(c, "About 4,200 passengers were abroad when the airline stopped trading."), "wire.md", "paper.md");
    // The consumer group's own figure is disputed the other way round.
    expectStatus(one(c, "About 6,500 passengers were abroad when the airline stopped trading."), "disputed");
  });

  it("reads a count dated by a year no source gives, against an undated claim, as another event's count", () => {
    const c = checker([["plan.md", "The trust plans to sell the boatyard to Kestrel Homes for 38 homes, 15 of which would be affordable.\n\nThe boatyard closed last winter.\n"], UNRELATED_NOTES]);
    expectStatus(one(c, "Kestrel Homes built 120 homes on the edge of the town in 2016."), "unsourced");
    // Undated, the count is the plan's, and wrong.
    expectStatus(one(c, "Kestrel Homes plans to build 40 homes at the boatyard."), "conflict");
  });

  it("reads “one steward” as a count a draft's “two stewards” contradicts", () => {
    const c = checker([["club.md", "One steward has been suspended while the complaint is looked into.\n\nThe rowing club has 200 members.\n"], UNRELATED_NOTES]);
    expectConflict("Two stewards have been suspended.", one(c, "Two stewards have been suspended."), "number", "Two", "One");
    expectStatus(one(c, "One steward has been suspended."), "supported");
  });

  it("reads “halved” as “cut by half”, and against “fell by a third”", () => {
    const c = checker([["club.md", "The mooring fees the rowing club pays, £2,400 a season, will be cut by half from April.\n\nFerry ticket sales fell by a third over the summer.\n"], UNRELATED_NOTES]);
    expectStatus(one(c, "The rowing club's mooring fees of £2,400 a season will be halved from April."), "supported");
    expectConflict("Ferry ticket sales were halved over the summer.", one(c, "Ferry ticket sales were halved over the summer."), "number", "halved", "a third");
  });

  it("flags a subject's name put for the source's where the source describes its subject and the draft adds “now”", () => {
    const c = checker([
      ["club.md", "# Regatta news\n\nTollmouth Sailing is the county champion and will sail for Brimley at the open regatta on Saturday 5 July.\n\nKestrel Sea Cadets came second in the county race.\n"],
      UNRELATED_NOTES,
    ]);
    const draft = "Kestrel Sea Cadets will now sail for Brimley at the open regatta on Saturday 5 July.";
    expectConflict(draft, one(c, draft), "entity", "Kestrel Sea Cadets", "Tollmouth Sailing");
    expectStatus(one(c, "Tollmouth Sailing will now sail for Brimley at the open regatta on Saturday 5 July."), "supported");
  });

  it("reads “without having to apply” as “without needing to apply”, not its opposite", () => {
    const c = checker([["club.md", "# Club news\n\nSeason-ticket holders who renewed early will be repaid by the end of March, without needing to register.\n\nThe boathouse reopens in August.\n"], UNRELATED_NOTES]);
    expectStatus(one(c, "Season-ticket holders who renewed early will be repaid by the end of March without having to register, and those who have not renewed need do nothing."), "supported");
  });

  it("does not read a denial that someone was warned as denying what the warning was about", () => {
    const c = checker([
      ["club.md", "# Club news\n\nThe operator ran the Kestrel ferry from 2021 under a contract with Tollmouth Council, which paid it £40,000 a year.\n\nTollmouth Council says it had “no sign that the operator was in difficulty”.\n"],
      UNRELATED_NOTES,
    ]);
    expectStatus(one(c, "Tollmouth Council has denied that it had been told the operator of the Kestrel ferry was short of money."), "supported");
  });

  it("does not read what someone was asked to do as done, against a draft that denies it", () => {
    const c = checker([
      ["club.md", "# Club news\n\nThe captain said the rowing club had asked Kestrel Ferries to use the north slipway at Brimley.\n\nAll club outings by ferry have been called off.\n"],
      UNRELATED_NOTES,
    ]);
    const s = one(c, "All club outings by ferry have been called off, and the club will not use Kestrel Ferries again until the review is complete.");
    assert.notEqual(s.status, "conflict", describeResult(s));
  });

  it("takes no place from a letterhead for where the draft's event happened", () => {
    const c = checker([
      ["letter.md", "---\ntitle: Letter to members\n---\nKestrel Rowing Club\nQuay Street, Brimley\n\nDear members,\n\nNine rowers were hurt when their minibus left the road on Friday.\n"],
      UNRELATED_NOTES,
    ]);
    const s = one(c, "Nine rowers from Kestrel Rowing Club were hurt when their minibus left the road on Tollmouth Hill.");
    assert.notEqual(s.status, "conflict", describeResult(s));
  });

  it("reads a department's head as another office than the head of the whole body, either way round", () => {
    const c = checker([["school.md", "# Choir tour\n\nMs Jo Bell, head of music at Kestrel Academy, conducted the choir on its tour of Brimley and sang the solo herself.\n"], UNRELATED_NOTES]);
    const draft = "Jo Bell, the academy's deputy headteacher, conducted the choir on its tour of Brimley and sang the solo herself.";
    expectConflict(draft, one(c, draft), "role", "academy's deputy headteacher", /head of music/);
    expectStatus(one(c, "Jo Bell, head of music at Kestrel Academy, conducted the choir on its tour of Brimley."), "supported");
  });

  it("reads “our head of sails” as the office the draft names as its body's (“the rowing club's head of sails”)", () => {
    const c = checker([["statement.md", "# Statement\n\nThe dinghy was rigged in February by Jo Bell, our head of sails and oars.\n"], UNRELATED_NOTES]);
    expectStatus(one(c, "The dinghy was rigged in February by Jo Bell, the rowing club's head of sails and oars."), "supported");
    const draft = "The dinghy was rigged in February by Jo Bell, the rowing club's head of engines.";
    expectConflict(draft, one(c, draft), "role", "rowing club's head of engines", /head of sails and oars/);
  });

  it("takes no figure the draft itself states for a rival to its other figure", () => {
    const c = checker([
      ["radio.md", "“I have driven for Kestrel Buses for 17 years, and I have worked seven days a week for the last five weeks because there are not enough drivers.”\n\nThe depot has 200 buses.\n"],
      ["union.md", "“They are tired of being told there is no money while they work seven-day weeks to keep Tollmouth moving.”\n\nThe union has 300 members.\n"],
      UNRELATED_NOTES,
    ]);
    expectStatus(one(c, "He said he had worked seven days a week for the past five weeks because there were not enough drivers."), "supported");
  });

  it("marks a point disputed when one person's word is against another's, however the draft words it", () => {
    const c = checker([
      ["paper.md", "Owen Brack, 64, who was in the party, said two members of the group had asked to turn back at the point below the headland at about 10.30am.\n\nThe club has 200 members.\n"],
      ["radio.md", "The swim leader, Jo Bell, said no one had asked to turn back. \"We stopped at the point and we agreed as a group to go on to the headland,\" she said.\n\nThe swim went ahead in a strong wind.\n"],
    ]);
    expectDisputed(one(c, "Two members of the group had asked the swim leader to turn back."), "paper.md", "radio.md");
    // Crediting the statement to the one who denied it misreports her, whoever else says it.
    const s = one(c, "Jo Bell confirmed that two members of the group had asked to turn back.");
    expectStatus(s, "conflict");
    assert.equal(s.sources.find((x) => x.stance === "contradicts")?.document, "radio.md", describeResult(s));
  });

  it("supports a draft reporting one person's side of a disagreement in their name, joined to more of what they said", () => {
    const c = checker([
      ["paper.md", "Kate Lyle, 52, who was on board, said the crew had ordered passengers up to the top deck before the ferry struck the sandbank.\n\nThe ferry carried 80 passengers.\n"],
      ["radio.md", "The ferry's master, Owen Brack, said no passengers had been ordered up to the top deck. \"We kept everyone in their seats and we waited for the tide to lift us off,\" he said.\n\nThe crossing resumed the next day.\n"],
      UNRELATED_NOTES,
    ]);
    const s = one(c, "Owen Brack, the ferry's master, said nobody had been ordered up to the top deck and everyone had waited for the tide to lift the ferry off.");
    expectStatus(s, "supported");
    assert.ok(s.sources.some((x) => x.document === "radio.md"), describeResult(s));
    // Stated as fact, it takes a side the sources disagree on.
    expectStatus(one(c, "Nobody had been ordered up to the top deck."), "disputed");
  });

  it("reads a figure no source states, whose digits in another order are the sources' count of the same thing, as a transposed figure", () => {
    const c = checker([
      ["club.md", "All 4,213 swimmers who finished will be offered a free place next year.\n\nThe lake was 14C on the day.\n"],
      ["council.md", "Times from the Brimley lake swim will not count towards the county rankings.\n\nThe course was found to be 200 metres short.\n"],
    ]);
    const s = one(c, "Times recorded by the 4,132 swimmers who finished the Brimley lake swim will not count towards rankings.");
    expectStatus(s, "conflict");
    assert.equal(s.findings[0].expected, "4,213", describeResult(s));
    // Other digits, or the same digits counting something else, are no slip in copying.
    expectStatus(one(c, "Times recorded by the 3,800 swimmers who finished the Brimley lake swim will not count towards rankings."), "unsourced");
    expectStatus(one(c, "The 4,132 boats on the Brimley lake will be moved."), "unsourced");
    // Two digits, a decimal or a sum of money, its point and scale kept.
    const lido = checker([
      [
        "council.md",
        "The Brimley lido's new pool, which opened in May after two years of work, measures 21.5 metres from end to end.\n\n" +
          "The council will spend £312.4m on leisure, parks and libraries in 2027, its budget papers show.\n\n" +
          "Owen Brack, who has swum at Brimley since 1990, told the meeting he cycled 13 miles to the lido every week.\n",
      ],
    ]);
    for (const [draft, expected] of [
      ["Swimmers will find the new pool is 25.1 metres long.", "21.5"],
      ["Leisure spending will reach £314.2m.", "£312.4m"],
      ["Mr Brack said he would not give up the 31 miles to the lido.", "13"],
    ]) {
      const r = one(lido, draft);
      expectStatus(r, "conflict");
      assert.equal(r.findings[0].expected, expected, describeResult(r));
    }
  });

  it("finds a figure the source gives put against the words of the source's other figure", () => {
    const c = checker([
      ["council.md", "The boathouse repairs will cost £90,000: £60,000 from a council grant and £30,000 raised by rowing club members.\n\nThe rowing club will increase its coaches from 14 to 22 by May.\n"],
    ]);
    const swapped = one(c, "The boathouse repairs will cost £90,000, with £30,000 from a council grant and £60,000 raised by rowing club members.");
    expectStatus(swapped, "conflict");
    assert.equal(swapped.findings[0].kind, "number", describeResult(swapped));
    assert.equal(swapped.findings[0].expected, "£60,000", describeResult(swapped));
    expectStatus(one(c, "The boathouse repairs will cost £90,000, with £60,000 from a council grant and £30,000 raised by rowing club members."), "supported");
    // A figure with no words of its own beside it ("from 14 to 22") is not told from the other.
    expectStatus(one(c, "The rowing club plans to have 22 coaches by May, up from 14."), "supported");
  });

  it("reads a month after “the first week of” as a date, and tells a deadline from a point in time", () => {
    const c = checker([
      ["club.md", "Owen Brack said the rowing club's new boat would arrive at the Tollmouth boathouse by the first week of September.\n"],
    ]);
    const late = one(c, "Owen Brack said the rowing club's new boat would arrive at the Tollmouth boathouse by the first week of October.");
    expectStatus(late, "conflict");
    assert.equal(late.findings[0].kind, "date", describeResult(late));
    expectStatus(one(c, "Owen Brack said the rowing club's new boat would arrive at the Tollmouth boathouse by the first week of September."), "supported");
    // A day before the deadline keeps it; a day after it breaks it.
    const plan = checker([["club.md", "The rowing club will submit its plan for the boathouse to the council by Friday 24 July.\n"]]);
    const early = one(plan, "The rowing club submitted its plan for the boathouse to the council on Monday 6 July.");
    assert.ok(!early.findings.some((f) => f.kind === "date"), describeResult(early));
    expectStatus(one(plan, "The rowing club will submit its plan for the boathouse to the council by Friday 31 July."), "conflict");
  });

  it("weighs an event and its date, not the words that say it happened (“took place”, “occurred”)", () => {
    const station = checker([
      [
        "station.md",
        [
          "On Saturday 7 February, the Tollmouth lifeboat and her crew rescued four swimmers from the sea off Brimley Point.",
          "The station has been open since 1868.",
          "Its crew are all volunteers who live within ten minutes of the boathouse.",
          "The Trust plans to close the station in the spring.",
          "Councillors will discuss the closure at their meeting in March.",
          "The boathouse needs a new roof and a longer slipway.",
          "A petition against the closure has been signed by 2,400 people.",
          "Owen Brack has been coxswain for eleven years.",
        ].join("\n\n") + "\n",
      ],
    ]);
    const late = one(station, "The rescue took place on Saturday 14 February.");
    expectStatus(late, "conflict");
    assert.equal(late.findings[0].kind, "date", describeResult(late));
    expectStatus(one(station, "The rescue took place on Saturday 7 February."), "supported");
  });

  it("reads “after a year” as twelve months and “more than a thousand” as a floor", () => {
    const c = checker([["council.md", "The lido's new opening hours will be reviewed after 12 months.\n\nIn all, 1,180 swimmers signed the Brimley petition.\n"]]);
    expectStatus(one(c, "The lido's new opening hours will be reviewed after a year."), "supported");
    expectStatus(one(c, "More than a thousand swimmers signed the Brimley petition."), "supported");
    expectStatus(one(c, "The lido's new opening hours will be reviewed after a month."), "conflict");
  });

  it("finds no rival in another source's figure that holds for the draft's", () => {
    const c = checker([
      ["university.md", "In all, 1,236 swimmers aged over 60 took part in the Brimley trial.\n\nThe trial ran for 18 months.\n"],
      ["paper.md", "More than 1,200 swimmers aged over 60 took part in the Brimley trial, the university said.\n\nThe results were published on Tuesday.\n"],
    ]);
    expectStatus(one(c, "In all, 1,236 swimmers aged over 60 took part in the Brimley trial."), "supported");
  });

  it("finds no rival in the size of the group the draft's figure counts part of", () => {
    const c = checker([
      ["court.md", "On Saturday 3 May, at least 30 people who ate lunch at the Brimley boathouse café became ill with food poisoning.\n\nThe owner was fined £20,000.\n"],
      ["inspectors.md", "The café's till receipts identified 75 people who ate lunch at the Brimley boathouse café on 3 May. Of these, 61 answered a survey. Thirty were counted as cases.\n\nThe kitchen has been deep cleaned.\n"],
    ]);
    expectStatus(one(c, "The inspectors found that 30 of the people who ate lunch at the boathouse café on 3 May were counted as cases."), "supported");
  });

  it("compares a figure a verb counts (“lodged 58 claims”) with the draft's", () => {
    const c = checker([["paper.md", "Kate Pell, a solicitor, said 58 claims had been lodged against the rowing club so far.\n\nThe club denies negligence.\n"]]);
    const s = one(c, "Kate Pell's firm has lodged 85 claims against the rowing club so far.");
    expectStatus(s, "conflict");
    assert.equal(s.findings[0].expected, "58", describeResult(s));
  });

  it("marks a figure disputed by a source that gives another, against a claim that opens “In total, 23 people”", () => {
    const c = checker([
      ["report.md", "The Fenmore Star ran aground on rocks near Tollmouth.\n\nIn total, 23 people on the Fenmore Star were injured, four of them seriously.\n\nThe ship was refloated two days later.\n"],
      ["radio.md", "Kate Lyle said the report found that 23 people on the Fenmore Star were injured, four of them seriously.\n\nOwen Brack of Fenmore Ferries said: “Our records show that 17 people on the Fenmore Star were injured.”\n\nHe said the company had apologised to every passenger.\n\nThe ferry returns to service in May.\n"],
    ]);
    expectDisputed(one(c, "Twenty-three people on the Fenmore Star were injured, four of them seriously."), "report.md", "radio.md");
  });

  it("marks a figure disputed when the draft opens with its qualifier (“Around 300 porters”)", () => {
    const c = checker([
      ["union.md", "Porters at Brimley General have voted to strike over pay.\n\nThe union said about 300 porters would take part in the walkout.\n\nThe strike begins on Monday.\n"],
      ["trust.md", "The trust said it had plans in place to keep the hospital running.\n\nBased on the rotas, we expect fewer than 180 porters to take part in the walkout.\n\nEmergency care will not be affected.\n"],
    ]);
    expectDisputed(one(c, "Around 300 porters will take part in the walkout."), "union.md", "trust.md");
  });

  it("does not set a count of people against a count of residents because both are “aged” something", () => {
    const c = checker([
      ["study.md", "In Fenmore, around 2,300 people aged over 80 go to A&E after a fall every winter.\n"],
      ["council.md", "Fenmore has around 61,000 residents aged 85 and over, and the number going to A&E after a fall every winter is expected to rise.\n"],
    ]);
    expectStatus(one(c, "Around 2,300 people aged over 80 in Fenmore go to A&E after a fall every winter."), "supported");
  });

  it("finds no dispute between two figures of sentences that share nothing else", () => {
    const c = checker([
      ["report.md", "The Fenmore Star grounded on rocks near Tollmouth harbour.\n\nAt the time of the grounding she was about 250 metres north of her planned track.\n\nThe master was not on the bridge.\n"],
      ["owner.md", "MV Fenmore Star is a 72-metre roll-on roll-off passenger ferry built in 2004.\n\nShe sails between Tollmouth and Brimley.\n"],
    ]);
    const s = one(c, "The ferry Fenmore Star was about 250 metres off its planned course when it ran aground near Tollmouth, according to investigators.");
    assert.notEqual(s.status, "disputed", describeResult(s));
  });

  it("shows a quoted source sentence once in its own quotation marks, not wrapped in a second pair", () => {
    const c = checker([
      ["release.md", "Two men were jailed at Tollmouth Crown Court on Friday.\n\n\"In total, the fraud cost the school trust £1.2 million,\" the prosecutor said.\n"],
      ["paper.md", "Parents said they were shocked by the verdict.\n\nIn total, the fraud cost the Brimley school trust £1.7 million, money meant for its 40 schools.\n"],
    ]);
    const s = one(c, "The fraud cost the school trust £1.2m in all.");
    expectStatus(s, "disputed");
    const message = s.findings[0].message;
    assert.match(message, / says "In total, the fraud cost the school trust £1\.2 million," the prosecutor said\./, message);
    assert.match(message, / says “In total, the fraud cost the Brimley school trust £1\.7 million, money meant for its 40 schools\.”$/, message);
    assert.doesNotMatch(message, /“"/, message);
  });

  it("finds a dispute where the draft says in a denial's words what someone else says happened", () => {
    const denial: [string, string] = ["club.md", "# Statement from the rowing club\n\nSome members say boats were sold. They are wrong. No regatta boats have ever been taken out of the Brimley boathouse, and every boat there belongs to the club.\n"];
    const word: [string, string] = ["radio.md", "# Kestrel Radio\n\nJo Bell, a former member, said: \"They sold the old sculls to a scrapyard in Tollmouth in June.\"\n"];
    const draft = "The regatta boats were taken out of the Brimley boathouse and sold to a scrapyard in Tollmouth in June.";
    const s = one(checker([denial, word, UNRELATED_NOTES]), draft);
    expectStatus(s, "disputed");
    assert.deepEqual(s.sources.map((x) => x.document).sort(), ["club.md", "radio.md"]);
    // Without anyone's word that it happened, the denial stands against the draft.
    expectStatus(one(checker([denial, UNRELATED_NOTES]), draft), "conflict");
  });
});

describe("verify: the side taken (in-memory)", () => {
  const council = checker([["post.md", "Councillor Ines Calder, who voted for the budget, said the library would stay open.\n\nThe new roof was paid for by the Kestrel Trust.\n"]]);

  it("opposes “voted against” to “voted for”", () => {
    const draft = "Councillor Ines Calder, who voted against the budget, said the library would stay open.";
    expectConflict(draft, one(council, draft), "negation", "against", "for");
  });

  it("still backs a “for” that takes no side", () => {
    expectStatus(one(council, "Councillor Ines Calder, who voted for the budget, said the library would stay open."), "supported");
    expectStatus(one(council, "The Kestrel Trust paid for the new roof."), "supported");
  });
});

describe("verify: who said a quotation the source does not credit in the same sentence (in-memory)", () => {
  const vote = checker([
    [
      "wire.md",
      [
        "Councillor Ines Calder, leader of the Liberal group, backed the plan.",
        'Councillor Owen Brack, leader of the Green group, called the scheme "a gamble".',
        '"Nobody has shown us where the money comes from, and I see no reason to think it will appear," he said. "If the bridge runs over budget, it will be Tollmouth\'s tenants who pay for it."',
        'Ruth Mallory, who runs the food bank, said demand had never been so high. "Most days we feed 80 families from one room. We open at six and the queue is already out of the door," she said.',
        "Kestrel Labs has blamed Brimley Council for the delay.",
        'It said it would "take the council to court to recover every penny".',
      ].join("\n\n") + "\n",
    ],
  ]);
  const attribution = (draft: string, right: string) => {
    const s = one(vote, draft);
    expectStatus(s, "conflict");
    assert.equal(findingOf(s, "attribution").expected, right, describeResult(s));
  };

  it("credits a quoted sentence to the speaker of the quoted sentence before it (a verb inside the quote is not the speaker's)", () => {
    attribution("Councillor Ines Calder warned that if the bridge ran over budget, it would be Tollmouth's tenants who paid for it.", "Owen Brack");
    expectStatus(one(vote, "Councillor Owen Brack warned that if the bridge ran over budget, it would be Tollmouth's tenants who paid for it."), "supported");
  });

  it("credits the first sentence of a quotation to the speaker its last sentence names", () => {
    attribution("Ines Calder said that most days they fed 80 families from one room.", "Ruth Mallory");
    expectStatus(one(vote, '"Most days we feed 80 families from one room," Ruth Mallory said.'), "supported");
  });

  it("reads “it said” as the organisation the sentence before opens with", () => {
    attribution('Brimley Council said it would "take the council to court to recover every penny".', "Kestrel Labs");
    expectStatus(one(vote, 'Kestrel Labs said it would "take the council to court to recover every penny".'), "supported");
  });
});

describe("verify: reported words whose speaker the source names, credited to another (in-memory)", () => {
  const minutes = checker([
    [
      "minutes.md",
      "# Rowing club minutes\n\nPresent: Owen Brack (chair), Cllr Jo Bell, Kate Lyle.\n\n" +
        "Cllr Jo Bell reported that the insurers had not yet paid for the repairs to the boathouse roof.\n\n" +
        "But Ines Calder, of the charity Kestrel Rivers Network, said a dozen crews had written to it asking for moorings.\n",
    ],
    UNRELATED_NOTES,
  ]);

  it("names the one the source says reported them", () => {
    const draft = "The chair, Owen Brack, told the meeting that the insurers had not yet paid for the repairs to the boathouse roof.";
    const f = expectConflict(draft, one(minutes, draft), "attribution", "Owen Brack");
    assert.match(f.expected ?? "", /Jo Bell/);
    expectStatus(one(minutes, "Cllr Jo Bell told the meeting that the insurers had not yet paid for the repairs to the boathouse roof."), "supported");
  });

  it("credits “He said” after a sentence about an office to the one who holds it, not to the last speaker", () => {
    const c = checker([
      [
        "minutes.md",
        "# Trust board minutes\n\nPresent: Kate Lyle (chair), Owen Brack (treasurer), Jo Bell (secretary).\n\n" +
          "4.1 Jo Bell reported that the boathouse roof had been repaired.\n\n" +
          '4.2 The treasurer referred to the cost of the regatta. He said: "We lost money on the regatta for the first time."\n',
      ],
      UNRELATED_NOTES,
    ]);
    const draft = '"We lost money on the regatta for the first time," Jo Bell told the board.';
    const f = expectConflict(draft, one(c, draft), "attribution", "Jo Bell");
    assert.match(f.expected ?? "", /Owen Brack/);
    expectStatus(one(c, '"We lost money on the regatta for the first time," Owen Brack told the board.'), "supported");
  });

  it("lets the body a speaker belongs to say what the speaker said", () => {
    const s = one(minutes, "Kestrel Rivers Network says a dozen crews have written to it asking for moorings.");
    assert.ok(!s.findings.some((f) => f.kind === "attribution"), describeResult(s));
  });
});

describe("verify: a source's quotation cut into sentences (in-memory)", () => {
  const inquiry = checker([
    [
      "wire.md",
      'Judge Ruth Mallory said: "You took money meant for the children\'s classrooms and spent it on cars. Not one pupil in Tollmouth gained from it."\n\nThe trust has 40 schools.\n',
    ],
  ]);

  it("checks the words of its first sentence as a quotation", () => {
    const draft = '"You took money meant for the children\'s playgrounds and spent it on cars," Judge Ruth Mallory said.';
    expectConflict(draft, one(inquiry, draft), "quote", "playgrounds");
  });

  it("backs the words of its later sentences verbatim", () => {
    expectStatus(one(inquiry, 'Judge Ruth Mallory said "not one pupil in Tollmouth gained from it".'), "supported");
  });
});

describe("verify: a source's “today” in a correction (in-memory)", () => {
  it("gives the day the source was issued, which a later draft can use", () => {
    const port = checker([["notice.md", "---\ntitle: Notice\ndate: 2024-03-14\n---\nThe Kestrel Bay ferry terminal reopened today after repairs.\n"]]);
    const draft = "The Kestrel Bay ferry terminal reopened on Monday 11 March after repairs.";
    expectConflict(draft, one(port, draft), "date", "Monday 11 March", "Thursday 14 March 2024");
    // The right day of the month on the wrong day of the week: 14 March 2024 was a Thursday.
    const weekday = "The Kestrel Bay ferry terminal reopened on Wednesday 14 March after repairs.";
    expectConflict(weekday, one(port, weekday), "date", "Wednesday 14 March", "Thursday 14 March 2024");
    expectStatus(one(port, "The Kestrel Bay ferry terminal reopened on Thursday 14 March after repairs."), "supported");
  });
});

describe("verify: a quotation that runs on over several sentences (in-memory)", () => {
  const wire = checker([
    [
      "wire.md",
      [
        'Ines Calder, leader of Brimley Council, said: "We had no choice. The money has run out. We will reopen the library when we can."',
        '"We open at six. We close at ten. Nobody is turned away," said Ruth Mallory.',
        'Kate Lyle, chief executive of Kestrel Labs, said: "The trial worked."',
      ].join("\n\n") + "\n",
    ],
  ]);

  it("checks a middle sentence, which has no quotation mark of its own, as quoted words", () => {
    const draft = '"The money has gone," Ines Calder said.';
    expectConflict(draft, one(wire, draft), "quote", "gone", "run out");
  });

  it("credits the later sentences to the speaker who opened the quotation", () => {
    expectConflict('"We will reopen the library when we can," Owen Brack said.', one(wire, '"We will reopen the library when we can," Owen Brack said.'), "attribution", "Owen Brack", "Ines Calder");
    expectStatus(one(wire, '"We will reopen the library when we can," Ines Calder said.'), "supported");
  });

  it("credits every earlier sentence to the speaker the last one names", () => {
    assert.equal(findingOf(one(wire, "Jo Bell said they closed at ten."), "attribution").expected, "Ruth Mallory");
    assert.equal(findingOf(one(wire, "Jo Bell said they opened at six."), "attribution").expected, "Ruth Mallory");
  });

  it("credits “she said” to the person the sentence before names, where the last speaker came earlier", () => {
    const paper = checker([
      [
        "paper.md",
        'Owen Brack, the club captain, said the result was a blow. "We rowed well and lost," he said.\n\n' +
          'The objection came from Jo Bell, secretary of Tollmouth Rowing Club. "It gave us no satisfaction, but the handicaps bind every crew," she said.\n\n' +
          '"We knew about the ferry at six," she said, "and the car park at eight."\n',
      ],
      ["notes.md", "The harbour master retired in June.\n\nFerries to the island run twice a day.\n"],
    ]);
    expectStatus(one(paper, '"It gave us no satisfaction, but the handicaps bind every crew," Jo Bell said.'), "supported");
    assert.equal(findingOf(one(paper, '"It gave us no satisfaction, but the handicaps bind every crew," Owen Brack said.'), "attribution").expected, "Jo Bell");
  });

  it("takes no speaker from a name a place phrase ends, nor “she” for a name after “at”", () => {
    const paper = checker([
      [
        "paper.md",
        "# Regatta collision\n\nA rower hurt when two boats collided at the Tollmouth Spring Regatta says there were no marker buoys.\n\n" +
          "Jo Bell, 58, was sitting at Kestrel Point when the boats met. She was thrown into the water and needed stitches.\n\n" +
          '"Nobody moved the buoys back after the storm," she said. "I have coached on this river since 2009 and I will keep coaching, but the club owes us an explanation."\n',
      ],
      UNRELATED_NOTES,
    ]);
    const draft = "Ms Bell, who has coached on the river since 2009, said she would carry on coaching but that the club owed them an explanation.";
    const s = one(paper, draft);
    assert.ok(!s.findings.some((f) => f.kind === "attribution"), describeResult(s));
    assert.equal(findingOf(one(paper, draft.replace("Ms Bell", "Owen Brack")), "attribution").expected, "Jo Bell");
  });

  it("credits words that several quotations back together to one who said one of them", () => {
    const paper = checker([
      [
        "paper.md",
        "Owen Brack, who chairs the rowing club, said the season was lost.\n\nCould a temporary boathouse go on the car park by the quay?\n\n" +
          "Kate Lyle, the council's estates manager, said: “Renting one can be done. We were quoted some £25,000 a week to rent one.”\n",
      ],
      ["notes.md", "The harbour master retired in June.\n\nFerries to the island run twice a day.\n\nThe quay was resurfaced last spring.\n"],
    ]);
    const draft = (who: string) => `${who} said the council had been quoted some £25,000 a week to rent a temporary boathouse for the car park.`;
    assert.equal(findingOf(one(paper, draft("Owen Brack")), "attribution").expected, "Kate Lyle");
    expectStatus(one(paper, draft("Kate Lyle")), "supported");
  });

  it("credits words backed by a quotation and its reporting clause, with another beside it, to whoever said them", () => {
    const paper = checker([
      [
        "paper.md",
        "Owen Brack, who chairs the rowing club, said the regatta would go ahead.\n\n" +
          'Jo Bell, of the Tollmouth swimmers\' group, said three crews had pulled out. "A few crews were tiny and never raced," she said. "It is the reason the count counts," she said.\n',
      ],
      ["notes.md", "The harbour master retired in June.\n\nFerries to the island run twice a day.\n\nThe quay was resurfaced last spring.\n"],
    ]);
    const draft = (who: string) => `${who} said a few crews were tiny and never raced, the reason the count counts.`;
    assert.equal(findingOf(one(paper, draft("Owen Brack")), "attribution").expected, "Jo Bell");
    expectStatus(one(paper, draft("Jo Bell")), "supported");
  });

  it("takes no title from a sentence linking two people: one named “Mr” speaks for no one", () => {
    const paper = checker([
      [
        "paper.md",
        "Owen Brack says Mr Calder is an old friend of Mr Hale.\n\nMr Hale, 41, denied it. \"We have met twice, and I would hand the trophy back today if the judges asked,\" he said.\n",
      ],
      ["notes.md", "The harbour master retired in June.\n\nFerries to the island run twice a day.\n"],
    ]);
    assert.equal(findingOf(one(paper, '"We have met twice, and I would hand the trophy back today if the judges asked," said Mr Calder.'), "attribution").expected, "Hale");
  });

  it("lets an organisation say what its officer said, and no other organisation", () => {
    expectStatus(one(wire, 'Kestrel Labs said "the trial worked".'), "supported");
    assert.equal(findingOf(one(wire, 'Brimley Council said "the trial worked".'), "attribution").expected, "Kate Lyle");
    // The office as a list of those present gives it, in another sentence than the words.
    const minutes = checker([["minutes.md", 'In attendance: Owen Brack, Director, Brimley Trust; Jo Bell, Secretary, Tollmouth Rowing Club.\n\n"The roof is safe," said Jo Bell.\n']]);
    expectStatus(one(minutes, 'Tollmouth Rowing Club said "the roof is safe".'), "supported");
    assert.equal(findingOf(one(minutes, 'Brimley Trust said "the roof is safe".'), "attribution").expected, "Jo Bell");
  });
});

describe("verify: a denial of the whole event beside the backing claim (in-memory)", () => {
  const fire = checker([
    [
      "report.md",
      "Two cleaners who were in the boathouse when the fire started got out before crews arrived. Nobody was hurt.\n\n" +
        "The boathouse at Brimley lake was built in 1931.\n\nFirefighters from Tollmouth were at the scene for six hours. Nobody was seriously hurt in the second fire.\n",
    ],
  ]);

  it("flags an event the next sentence of the source says did not happen to anyone", () => {
    const draft = "Two cleaners who were in the boathouse when the fire started were hurt.";
    const f = expectConflict(draft, one(fire, draft), "negation", "hurt", "Nobody was hurt");
    assert.match(f.message, /Nobody was hurt/);
  });

  it("leaves the event alone when the draft denies it too, or the denial says more than the draft", () => {
    expectStatus(one(fire, "Two cleaners who were in the boathouse when the fire started were not hurt."), "supported");
    const hurt = one(fire, "Firefighters from Tollmouth were at the scene for six hours, and two were hurt.");
    assert.ok(!hurt.findings.some((f) => f.kind === "negation"), describeResult(hurt));
  });
});

describe("verify: a quotation of a source's own unquoted words (in-memory)", () => {
  const review = checker([
    [
      "review.md",
      "---\ntitle: Review of the Tollmouth bus depot\noutlet: Fenmore County Council\nauthor: Jo Bell, independent reviewer\ndate: 2026-03-27\n---\n" +
        "The depot's checks depended entirely on one driver inspecting every bus before it left.\n\n" +
        "No second check was made, and the council had not tested the checks for six years.\n\n" +
        "Three buses left the depot with faulty brakes in January.\n\n" +
        "I recommend that a second member of staff signs off every inspection.\n",
    ],
    [
      "gazette.md",
      "Owen Brack, the depot manager, said the checks depended entirely on one driver inspecting every bus.\n\n" +
        "The council apologised to passengers on Friday.\n\nThe depot runs 40 buses on twelve routes.\n",
    ],
  ]);

  it("holds a quotation of what the author wrote to the letter", () => {
    const draft = 'Ms Bell wrote that the checks had "depended wholly on one driver inspecting every bus".';
    const f = expectConflict(draft, one(review, draft), "quote", "wholly", "entirely");
    assert.match(f.message, /“depended entirely on one driver inspecting every bus”/);
  });

  it("accepts the author's words as written, or changed only in form", () => {
    expectStatus(one(review, 'Ms Bell wrote that the checks had "depended entirely on one driver inspecting every bus".'), "supported");
    const s = one(review, 'Ms Bell wrote that the checks "depend entirely on one driver inspecting every bus".');
    assert.notEqual(s.status, "conflict", describeResult(s));
  });

  it("holds to the letter what a second author of the document wrote", () => {
    const jointReview = checker([
      [
        "review.md",
        "---\ntitle: Review of the Tollmouth bus depot\nauthor:\n  - Jo Bell\n  - Kate Lyle\ndate: 2026-03-27\n---\n" +
          "The depot's checks depended entirely on one driver inspecting every bus before it left.\n\n" +
          "Three buses left the depot with faulty brakes in January.\n",
      ],
    ]);
    const draft = 'Ms Lyle wrote that the checks had "depended wholly on one driver inspecting every bus".';
    expectConflict(draft, one(jointReview, draft), "quote", "wholly", "entirely");
  });

  it("does not hold words a source only reports someone saying to the letter", () => {
    const s = one(review, 'Mr Brack said the checks had "depended wholly on one driver inspecting every bus".');
    assert.ok(!s.findings.some((f) => f.kind === "quote"), describeResult(s));
  });
});

describe("verify: a transcript's turns (in-memory)", () => {
  const radio = checker([
    [
      "radio.md",
      [
        "Transcript: Harbour Hour",
        "Presenter: Jo Bell.",
        "JO BELL: Good morning. With me is Owen Brack, harbour master at Tollmouth. Mr Brack, what happened?",
        "OWEN BRACK: The crane failed at ten past six. Nobody was hurt, and I am grateful for that.",
        "BELL: When will the quay reopen?",
        "BRACK: We expect to reopen the quay on Monday.",
      ].join("\n\n") + "\n",
    ],
  ]);

  it("holds a guest's words to the letter, as a quotation", () => {
    const draft = '"Nobody was hurt, and I am relieved about that," Owen Brack said.';
    expectConflict(draft, one(radio, draft), "quote", "relieved about", "grateful for");
    expectStatus(one(radio, '"Nobody was hurt, and I am grateful for that," Owen Brack said.'), "supported");
  });

  it("credits a turn to the speaker its label names, by the full name the transcript gives", () => {
    const draft = '"We expect to reopen the quay on Monday," Jo Bell said.';
    expectConflict(draft, one(radio, draft), "attribution", "Jo Bell", "Owen Brack");
    expectStatus(one(radio, "Owen Brack said he expected to reopen the quay on Monday."), "supported");
    assert.match(findingOf(one(radio, "The quay will reopen on Monday."), "attribution").message, /Owen Brack/);
  });

  it("reads a short answer with the question it answers, and cites the two together", () => {
    const docs: Array<[string, string]> = [
      [
        "phone-in.md",
        [
          "Presenter: Jo Bell.",
          "JO BELL: Owen Brack runs the Tollmouth ferry. Owen, would you sign the ferry lease again?",
          "OWEN BRACK: Not on these terms.",
          "JO BELL: Did the ferry's radar break down on Friday?",
          "OWEN BRACK: No, it didn't.",
          "JO BELL: Who runs the slipway these days?",
          "OWEN BRACK: The harbour trust does.",
        ].join("\n\n") + "\n",
      ],
      UNRELATED_NOTES,
    ];
    const sources = ReferenceSet.build(docs.map(([id, text]) => parseSourceDocument(text, id, "")));
    const phoneIn = new Checker(sources);
    const declined = one(phoneIn, "Owen Brack said he would not sign the ferry lease again on these terms.");
    expectStatus(declined, "supported");
    assert.match(declined.sources[0].text, /would you sign .*OWEN BRACK: Not on these terms\./, describeResult(declined));
    const signing = "Owen Brack said he would sign the ferry lease again on these terms.";
    const reversed = expectConflict(signing, one(phoneIn, signing), "negation", "sign");
    assert.match(reversed.message, /OWEN BRACK: Not on these terms\./);
    expectStatus(one(phoneIn, "Owen Brack denied that the ferry's radar had broken down on Friday."), "supported");
    expectStatus(one(phoneIn, "These days the slipway is run by the harbour trust."), "supported");
    // The exchange is the checker's reading: the claim lookup lists the sources' own sentences only.
    assert.deepEqual(
      sources.lookup("slipway").map((h) => h.claim.text),
      ["Who runs the slipway these days?"],
    );
    assert.ok(sources.claims.every((c) => !/harbour trust runs/i.test(c.text)));
  });

  it("reads the presenter's introductions as the programme's own account, not a claim to credit", () => {
    const s = one(radio, "Owen Brack is harbour master at Tollmouth.");
    expectStatus(s, "supported");
    assert.ok(!s.findings.some((f) => f.kind === "attribution"), describeResult(s));
  });
});

describe("verify: how precisely a date is backed (in-memory)", () => {
  it("does not set a month written alone against a weekday the document's date gives a day", () => {
    const show = checker([
      [
        "show.md",
        "---\ntitle: Storm ends Brimley show\noutlet: Tollmouth Post\ndate: 2026-08-08\n---\n\nThe Brimley Show, which has been held at Fenmore Park since 2013, was due to end on Sunday with a parade.\n\nOrganisers cancelled the rest of the show on Saturday morning.\n\nRefunds will be offered.\n",
      ],
    ]);
    const s = one(show, "Fenmore Park's owners will decide in October whether to host the Brimley Show again.");
    assert.ok(!s.findings.some((f) => f.kind === "date"), describeResult(s));
  });

  it("does not take a month for the day of the month a sentence gives", () => {
    const agency = checker([
      [
        "agency.txt",
        "The Schools Oversight Agency published a report on Brimley Academy after a complaint in March 2025.\n\nThe academy has appointed a new finance director.\n\nParents had raised concerns about spending.\n",
      ],
    ]);
    const s = one(agency, "The Schools Oversight Agency published its report on Brimley Academy on Wednesday 4 March.");
    assert.notEqual(s.status, "supported", describeResult(s));
    expectStatus(one(agency, "The Schools Oversight Agency published its report on Brimley Academy after a complaint in March 2025."), "supported");
  });
});

describe("verify: the outlet a source is from (in-memory)", () => {
  it("knows the outlet and author of a source as names the sources give", () => {
    const radio = checker([
      [
        "interview.md",
        "---\ntitle: Breakfast show interview\noutlet: Brimley Radio\nauthor: Brimley Radio, Breakfast programme\ndate: 2026-03-02\n---\n\nINES CALDER: The plant will close in May, and 140 jobs will go.\n\nHOST: Is there any chance of a buyer?\n\nINES CALDER: We have looked for one for two years.\n",
      ],
    ]);
    const named = (draft: string, name: string) => one(radio, draft).findings.some((f) => f.kind === "unsourced" && f.message.includes(name));
    assert.equal(named("Ines Calder told Brimley Radio that the plant would close in May and 140 jobs would go.", "Brimley Radio"), false);
    assert.equal(named("Ines Calder told Fenmore Radio that the plant would close in May and 140 jobs would go.", "Fenmore Radio"), true);
  });
});

describe("verify: clock times written two ways (in-memory)", () => {
  it("backs a time said in words with the same time in figures, and the other way round", () => {
    const call = checker([
      [
        "call.md",
        'Ruth Mallory said she rang the council at about 3pm to report the leak, and was told it was "nothing to worry about".\n\n"The engineer arrived at about four o\'clock," she said.\n\nThe road was closed on Friday.\n',
      ],
    ]);
    expectStatus(one(call, "Ruth Mallory said she phoned the council at around three o'clock to report the leak and was told it was nothing to worry about."), "supported");
    const wrong = "Ruth Mallory said she phoned the council at around five o'clock to report the leak and was told it was nothing to worry about.";
    expectConflict(wrong, one(call, wrong), "date", "five o'clock", "3pm");
  });
});

describe("verify: a bare hour of something done daily (in-memory)", () => {
  it("reads “at nine every night” as the hour, not a count", () => {
    const vote = checker([["minutes.md", "# Minutes\n\nThe trustees agreed to shut the boathouse at nine every night through the winter.\n"], UNRELATED_NOTES]);
    expectStatus(one(vote, "The boathouse will be shut at 9pm every night through the winter."), "supported");
    const wrong = "The boathouse will be shut at 10pm every night through the winter.";
    assert.equal(one(vote, wrong).status, "conflict", describeResult(one(vote, wrong)));
  });
});

describe("verify: a date the draft gives to something else (in-memory)", () => {
  it("does not set the draft's other date against a claim date the draft states too", () => {
    const survey = checker([["survey.md", "# Weir survey\n\nThe weir was surveyed by the river trust on Friday 3 April and found sound.\n"], UNRELATED_NOTES]);
    const s = one(survey, "At Monday's meeting Owen Brack said the weir had been surveyed on Friday 3 April and found sound.");
    assert.ok(!s.findings.some((f) => f.kind === "date"), describeResult(s));
    const wrong = "Owen Brack said the weir had been surveyed on Saturday 4 April and found sound.";
    expectConflict(wrong, one(survey, wrong), "date", "Saturday 4 April", "Friday 3 April");
  });
});

describe("verify: what someone only asked for, beside the backing claim (in-memory)", () => {
  it("does not take a request for the opposite as the record", () => {
    const minutes = checker([
      [
        "minutes.md",
        "# Minutes\n\nThe boathouse at Brimley Quay opened in June 2019.\n\nIt cost £180,000, of which £75,000 was a grant from the Kestrel Trust.\n\n" +
          "The committee heard from Jo Bell, who asked for the boathouse to close at nine.\n",
      ],
      UNRELATED_NOTES,
    ]);
    expectStatus(one(minutes, "The boathouse opened in June 2019 at a cost of £180,000, of which £75,000 came from the Kestrel Trust."), "supported");
    const wrong = "The boathouse closed in June 2019 at a cost of £180,000, of which £75,000 came from the Kestrel Trust.";
    assert.equal(one(minutes, wrong).status, "conflict", describeResult(one(minutes, wrong)));
  });
});

describe("verify: a press conference's transcript (in-memory)", () => {
  const conference = checker([
    [
      "transcript.md",
      "# Press conference\n\nSpeakers: Owen Brack, chair of the trust; Jo Bell, general manager.\n\n" +
        "OWEN BRACK: Good morning. Yesterday one of our boats overturned on the weir. Can I say first how sorry we are?\n\n" +
        "REPORTER (Brimley Echo): A rower tells us the cox ignored the warning flags. Did the crew see them?\n\n" +
        "JO BELL: Yes. The crew saw the flags and turned back.\n\n" +
        "REPORTER (Kestrel FM): And the motor regatta?\n\n" +
        "OWEN BRACK: The regatta will not go ahead in July. Our members give their time for nothing, and they take safety as seriously as anyone.\n",
    ],
    ["statement.md", "# Statement\n\nThe trust says the motor regatta planned for Saturday 11 July is under review.\n"],
  ]);

  it("does not read a reporter's label into the question, nor a reporter's question as the guest's words", () => {
    const s = one(conference, "Kate Lyle, a rower, said the cox had ignored the warning flags.");
    assert.ok(!s.findings.some((f) => f.kind === "entity" || f.kind === "attribution"), describeResult(s));
  });

  it("credits the words to the named speaker who said them, where a reporter asked the questions", () => {
    const f = findingOf(one(conference, '"Our members give their time for nothing, and they take safety as seriously as anyone," said Ms Bell.'), "attribution");
    assert.equal(f.expected, "Owen Brack");
  });

  it("names the reversed predicate, not a word WordNet loosely relates to it, and keeps the reversal", () => {
    const draft = "The motor regatta planned for July will still go ahead as usual.";
    expectConflict(draft, one(conference, draft), "negation", "go");
  });
});

describe("verify: an opposite the draft says in other words elsewhere (in-memory)", () => {
  it("does not set a word against a claim word another draft word already stands for", () => {
    const inquiry = checker([
      ["inquiry.md", '# Inquiry\n\nJo Bell said a pair of swans had nested by the weir. "One of our members filmed the swans taking weed to the nest in April that year. We gave the film to the inquiry."\n'],
      UNRELATED_NOTES,
    ]);
    const s = one(inquiry, "Jo Bell said one of the club's members had filmed the swans carrying weed to the nest that April, and that the film had been given to the inquiry.");
    expectStatus(s, "supported");
  });
});

describe("verify: the 24-hour clock (in-memory)", () => {
  it("backs a rounded time said in words with the minute in figures, and flags another hour", () => {
    const ferry = checker([["report.md", "At 18:31 the master left the bridge to look after a passenger who had been taken ill in the lounge.\n\nThe ferry grounded at 18:47.\n"]]);
    expectStatus(one(ferry, "Shortly after half past six, the master left the bridge to look after a passenger who had been taken ill in the lounge."), "supported");
    const wrong = "Shortly after half past eight, the master left the bridge to look after a passenger who had been taken ill in the lounge.";
    expectConflict(wrong, one(ferry, wrong), "date", "half past eight", "18:31");
  });
});

describe("verify: a figure's warning (in-memory)", () => {
  it("says the source's figure with what qualifies it and what it counts, and offers the figure alone as the fix", () => {
    const tram = checker([["tram.md", "The Kestrel Line extension is forecast to carry around 38,000 passengers a day.\n\nAt the height of the fire, 12 fire engines were at the scene.\n"]]);
    const draft = "The Kestrel Line extension is forecast to carry around 14,000 passengers a day.";
    const f = expectConflict(draft, one(tram, draft), "number", "14,000", "38,000");
    assert.match(f.message, /^Sources say around 38,000 passengers, not 14,000\.$/);
    const engines = "At the height of the fire, 14 fire engines were at the scene.";
    assert.match(expectConflict(engines, one(tram, engines), "number", "14", "12").message, /Sources say 12 fire engines, not 14\./);
  });
});

describe("verify: a weekday in a dated source (in-memory)", () => {
  it("reads a bare weekday as the coming one in a sentence about what will happen, the last one otherwise", () => {
    const notice = checker([["notice.md", "---\ntitle: Notice\ndate: 2026-07-09\n---\nThe Brimley committee will meet again on Wednesday to decide on the ban.\n\nThe committee met on Monday to hear evidence.\n"]]);
    expectStatus(one(notice, "The Brimley committee will meet again on Wednesday 15 July to decide on the ban."), "supported");
    expectStatus(one(notice, "The committee met on Monday 6 July to hear evidence."), "supported");
  });
});

describe("verify: seasons (in-memory)", () => {
  it("flags one season put for another, as a date", () => {
    const inquiry = checker([
      [
        "inquiry.txt",
        "The inquiry into the Brimley flooding is continuing, and its final report is expected to be published in autumn 2026.\n\nResidents have asked to give evidence.\n\nThe council has set aside £2m for repairs.\n",
      ],
    ]);
    const draft = "The final report of the Brimley flooding inquiry is expected in spring 2026.";
    expectConflict(draft, one(inquiry, draft), "date", "spring", "autumn");
    expectStatus(one(inquiry, "The final report of the Brimley flooding inquiry is expected in autumn 2026."), "supported");
  });
});

describe("verify: sentences with too little to contradict (in-memory)", () => {
  const trial = checker([["trial.md", "The inquiry found that the ledgers had not been kept at the office.\n\nThe jury heard exactly how the fraud worked.\n"]]);

  it("does not reverse a sentence on a single shared word", () => {
    // One source says the ledgers were kept, another that they were not: a sentence that says only "kept" makes
    // neither point.
    const ledgers = checker([
      ["auditor.md", "The ledgers were kept.\n\nCash was kept in a tin.\n\nKeys were kept in a drawer.\n\nRecords were kept for years.\n\nInvoices were kept too.\n"],
      ["paper.md", "The ledgers had not been kept at any point, a former clerk of the Brimley firm told the Tollmouth Echo on Friday.\n"],
    ]);
    const s = one(ledgers, "That is what was kept.");
    assert.ok(s.status !== "conflict" && s.status !== "disputed", describeResult(s));
  });

  it("leaves a transition that promises what follows unchecked", () => {
    expectStatus(one(trial, "Here is how the fraud worked."), "unchecked");
    expectStatus(one(trial, "Here is what the inquiry found."), "unchecked");
  });
});

describe("verify: the per-sentence cache and offsets", () => {
  let port: Checker;
  before(() => {
    port = checker([["gazette.md", GAZETTE]]);
  });
  const DRAFT = [
    "# Kestrel Bay strike",
    "",
    "About 1,500 dockers at Kestrel Bay port walked out on Tuesday in a dispute over pay. The port handles 40 ships a week and employs 2,000 people.",
    "",
    "Union president Tom Okafor said members had rejected a 4% pay offer.",
    "",
  ].join("\n");

  it("gives equal results when the same text is checked twice", () => {
    const first = port.check(DRAFT);
    const second = port.check(DRAFT);
    assert.deepStrictEqual(second, first);
    assert.deepStrictEqual(checker([["gazette.md", GAZETTE]]).check(DRAFT), first, "a fresh checker agrees with the cached one");
  });

  it("shifts every offset when a paragraph is inserted before", () => {
    const before = port.check(DRAFT);
    const inserted = "🚢 Late news: dockers gathered at the gates before dawn.\n\n";
    const at = DRAFT.indexOf("About 1,500");
    const edited = DRAFT.slice(0, at) + inserted + DRAFT.slice(at);
    const after = port.check(edited);
    const moved = after.sentences.filter((s) => s.start >= at + inserted.length);
    assert.equal(moved.length, before.sentences.filter((s) => s.start >= at).length);
    const old = before.sentences.filter((s) => s.start >= at);
    moved.forEach((s, i) => {
      assert.equal(s.start, old[i].start + inserted.length);
      assert.equal(s.end, old[i].end + inserted.length);
      assert.equal(s.status, old[i].status);
      assert.equal(edited.slice(s.start, s.end), s.text);
      assert.deepEqual(
        s.findings.map((f) => [f.kind, f.start - inserted.length, f.end - inserted.length]),
        old[i].findings.map((f) => [f.kind, f.start, f.end]),
      );
      for (const f of s.findings) if (f.found) assert.equal(edited.slice(f.start, f.end), f.found);
    });
    const wrong = moved.find((s) => s.findings.some((f) => f.kind === "number"))!;
    const f = findingOf(wrong, "number");
    assert.equal(edited.slice(f.start, f.end), "1,500");
  });

  it("gives offsets into the whole file for a sentence after an emoji and CRLF line endings", () => {
    const text = "🚢 Port news\r\n\r\nAbout 1,500 dockers at Kestrel Bay port walked out on Tuesday in a dispute over pay.\r\n";
    const s = port.check(text).sentences.find((x) => x.text.startsWith("About"))!;
    assert.equal(text.slice(s.start, s.end), s.text);
    const f = findingOf(s, "number");
    assert.equal(text.slice(f.start, f.end), "1,500");
  });
});

describe("verify: Markdown", () => {
  let port: Checker;
  before(() => {
    port = checker([["gazette.md", GAZETTE]]);
  });

  it("does not take a front-matter headline's first word for a name", () => {
    const trial = checker([
      ["trial.md", "---\ntitle: Weekly classes cut falls, trial finds\noutlet: Tollmouth Gazette\ndate: 2025-02-11\n---\nExercise classes cut falls among older people in Tollmouth by 27%, a trial has found.\n\nThe trial was run by Kestrel Labs.\n"],
    ]);
    expectStatus(one(trial, "Weekly exercise classes cut falls among older people in Tollmouth by 27%."), "supported");
  });

  it("does not check a sentence inside a fenced code block", () => {
    const draft = ["Kestrel Bay port handles 40 ships a week.", "", "```", "About 1,500 dockers at Kestrel Bay port walked out on Tuesday.", "```", ""].join("\n");
    const { sentences } = port.check(draft);
    const inCode = draft.indexOf("About 1,500");
    assert.ok(!sentences.some((s) => s.status !== "unchecked" && s.start <= inCode && s.end > inCode), JSON.stringify(sentences.map((s) => [s.text, s.status])));
    assert.ok(!sentences.some((s) => s.findings.some((f) => f.start >= inCode && f.start < inCode + 60)));
    assert.ok(sentences.some((s) => s.status === "supported"));
  });

  it("checks the same sentence as plain text when Markdown is off", () => {
    const draft = ["```", "About 1,500 dockers at Kestrel Bay port walked out on Tuesday.", "```"].join("\n");
    const { sentences } = port.check(draft, { markdown: false });
    assert.ok(sentences.some((s) => s.status === "conflict"), JSON.stringify(sentences.map((s) => [s.text, s.status])));
  });

  it("does not read facts from a link target", () => {
    const draft = "About 1,200 dockers at [Kestrel Bay port](https://example.com/2019/9999-dockers-48-hours-Redfern) walked out on Tuesday.";
    const s = one(port, draft);
    expectStatus(s, "supported");
    const target = draft.indexOf("https://");
    assert.ok(!s.findings.some((f) => f.end > target && f.start < draft.indexOf(")", target)), describeResult(s));
    assert.equal(s.text, draft, "the sentence text is the original, link and all");
  });

  it("checks the words of an inline code span's sentence around it", () => {
    expectStatus(one(port, "The port handles `40` ships a week and employs 2,000 people."), "supported");
  });
});

describe("verify: the bundled reference set (Albania and Iran)", () => {
  let bundled: Checker;
  before(async () => {
    const { set, problems } = await loadReferenceSet([path.resolve(__dirname, "../../reference")]);
    assert.deepEqual(problems, []);
    assert.ok(set.documents.length >= 2);
    bundled = new Checker(set);
  });

  it("supports a paraphrase and cites a dated source", () => {
    const s = one(bundled, "Albania cut its diplomatic relations with Iran after a large cyberattack.");
    expectStatus(s, "supported");
    const src = s.sources[0];
    assert.ok(["bbc-albania-severs-ties.md", "irish-times-us-blames-iran.md"].includes(src.document));
    assert.ok(src.title && src.outlet && src.date === "2022-09-07", JSON.stringify(src));
    assert.equal(src.stance, "supports");
    assert.ok(src.line > 1);
  });

  it("supports “since 2013” and “about 3,000” from a source sentence", () => {
    expectStatus(one(bundled, "Manez has housed MEK members since 2013."), "supported");
    expectStatus(one(bundled, "About 3,000 MEK members live in a camp near Manez."), "supported");
  });

  it("flags a wrong count inside a report", () => {
    const draft = "Mr Rama said Iran had hired six hacking groups to attack his country.";
    expectConflict(draft, one(bundled, draft), "number", "six", "four");
  });

  it("flags an approximate count that is still wrong", () => {
    const draft = "Roughly 5,000 MEK members live in a camp near Manez.";
    expectConflict(draft, one(bundled, draft), "number", "5,000", "3,000");
  });

  it("flags a wrong day-month date", () => {
    const draft = "The attack on Albania happened on 25 July.";
    expectConflict(draft, one(bundled, draft), "date", "25 July", /15/);
  });

  it("flags a wrong weekday", () => {
    const draft = "The Albanian government on Tuesday severed diplomatic ties with Iran.";
    expectConflict(draft, one(bundled, draft), "date", "Tuesday", "Wednesday");
  });

  it("flags a negation put before a quotation the source states (seed: “proportionate to the seriousness …”)", () => {
    const draft = 'Mr Rama said the decision to sever diplomatic relations with Iran was not "proportionate to the seriousness and danger posed by the cyber-attack".';
    expectStatus(one(bundled, draft), "conflict");
    assert.ok(one(bundled, draft).findings.some((f) => f.kind === "negation"), describeResult(one(bundled, draft)));
  });

  it("flags a wrong title for a known person", () => {
    const draft = "Foreign Minister Edi Rama said a probe had found evidence against Iran.";
    expectConflict(draft, one(bundled, draft), "role", "Foreign Minister", "Prime Minister");
    // The nationality says where the office is, not which: it does not make "Foreign" agree with "Albanian Prime".
    const national = "Albanian Foreign Minister Edi Rama said a probe had found evidence against Iran.";
    expectConflict(national, one(bundled, national), "role", "Albanian Foreign Minister", /Prime Minister/);
  });

  it("flags a misquote of Mr Rama", () => {
    const draft = `Mr Rama described the response as "extreme but entirely justified".`;
    const f = expectConflict(draft, one(bundled, draft), "quote", "justified");
    assert.match(f.expected ?? "", /forced on us/);
  });

  it("flags Mr Rama's words credited to Adrienne Watson", () => {
    const draft = `Adrienne Watson said Iran "hired four groups to mount the attack on Albania".`;
    expectConflict(draft, one(bundled, draft), "attribution", "Adrienne Watson", "Edi Rama");
  });

  // ENGINE GAP: a quote credited to an organisation is not checked for its speaker (wrongSpeaker resolves people
  // only): Rama's words credited to Mandiant come back "supported".
  it("flags Mr Rama's words credited to Mandiant", () => {
    const s = one(bundled, `Mandiant said a probe had found "incontrovertible evidence" that Iran hired four groups.`);
    expectStatus(s, "conflict");
    findingOf(s, "attribution");
  });

  it("flags the opposite of what the sources say: “succeeded” against “failed”", () => {
    const draft = "Mr Rama said the attack had succeeded in its purpose.";
    expectConflict(draft, one(bundled, draft), "negation", "succeeded", "failed");
  });

  it("flags “did not fail” against “failed”", () => {
    const draft = "The attack did not fail its purpose, Mr Rama said.";
    expectConflict(draft, one(bundled, draft), "negation", "not");
  });

  it("does not support a draft that names Iraq where the sources say Iran", () => {
    const draft = "Tirana cut diplomatic ties with Iraq after the hacking.";
    const s = one(bundled, draft);
    assert.notEqual(s.status, "supported", describeResult(s));
    expectConflict(draft, s, "entity", "Iraq", "Iran");
  });

  it("does not support Iraqi for Iranian", () => {
    const draft = "Albanian police stood outside the Iraqi embassy in Tirana.";
    expectConflict(draft, one(bundled, draft), "entity", "Iraqi", "Iranian");
  });

  it("never supports a sentence about Iraq from the Iran sources", () => {
    const s = one(bundled, "Iraq hired four groups to attack Albania, Edi Rama said.");
    assert.notEqual(s.status, "supported", describeResult(s));
  });

  it("hints at attribution for Rama's claim stated as fact, and not when credited to him", () => {
    const bare = one(bundled, "Four groups were hired by Iran to carry out the attack.");
    expectStatus(bare, "supported");
    assert.match(findingOf(bare, "attribution").speaker ?? "", /Edi Rama/);
    const credited = one(bundled, "Four groups were hired by Iran to carry out the attack, according to Mr Rama.");
    expectStatus(credited, "supported");
    assert.ok(!credited.findings.some((f) => f.kind === "attribution"), describeResult(credited));
  });

  it("does not flag an attempt as asserted (seed: “tried to paralyse”)", () => {
    const s = one(bundled, "The hackers tried to paralyse public services, he said.");
    assert.notEqual(s.status, "conflict", describeResult(s));
  });
});

describe("verify: caps on figures, and a quotation reported in other words", () => {
  it("does not take a cap (“up to 60 people”) as the count itself", () => {
    const c = checker([
      ["report.md", "# Inspection\n\nService: a hostel for up to 60 older people.\n\nOn the night of 4 June, two wardens and one cook were on duty for 52 people.\n"],
      UNRELATED_NOTES,
    ]);
    expectConflict("On the night of 4 June, two wardens and one cook were looking after 60 residents on three floors.", one(c, "On the night of 4 June, two wardens and one cook were looking after 60 residents on three floors."), "number", "60", "52");
    // A floor is met by its own figure: at least 52 people is what a count of 52 rests on.
    const floor = checker([["report.md", "# Inspection\n\nAt least 30 people who stayed at the hostel fell ill with norovirus.\n"], UNRELATED_NOTES]);
    expectStatus(one(floor, "Some 30 of the people who stayed at the hostel fell ill with norovirus."), "supported");
  });

  const club = () =>
    checker([
      [
        "interview.md",
        "# Radio interview\n\nThe appeal against the result was lodged by Jo Bell, secretary of Kestrel Rowing Club. " +
          '"We did not enjoy protesting, but the rules bind every crew alike," she said.\n\n' +
          'Owen Brack, the coach of Brimley Rowing Club, said his crew had been told not to celebrate. "Nobody wants to win like this," he said.\n',
      ],
      UNRELATED_NOTES,
    ]);

  it("flags a quotation credited, in the draft's own words, to someone else the sources quote", () => {
    const draft = "Owen Brack, Brimley's coach, said his club had not enjoyed lodging the appeal but that the rules bound every crew alike.";
    expectConflict(draft, one(club(), draft), "attribution", "Owen Brack", "Jo Bell");
    expectStatus(one(club(), "Jo Bell, Kestrel's secretary, said her club had not enjoyed lodging the appeal but that the rules bound every crew alike."), "supported");
  });

  it("does not credit to another words spoken to “you”", () => {
    const c = checker([
      [
        "phone-in.md",
        "# Phone-in\n\nTom Okafor rang in from Tollmouth about his water bill.\n\n" +
          'Ruth Mallory answered him. "If anyone told you your bill was right in March, you were misled, and I will look into it," she said.\n',
      ],
      UNRELATED_NOTES,
    ]);
    const s = one(c, "Tom Okafor, who rang in from Tollmouth, said he had phoned the water company twice in March about his bill and been told it was right.");
    assert.ok(!s.findings.some((f) => f.kind === "attribution"), describeResult(s));
  });
});

describe("verify: rules, letters' greetings and offices set before a name", () => {
  it("does not read what a rule says must happen as a statement that it did", () => {
    const c = checker([
      ["fund.md", "# Grant letter\n\nEvery scheme the fund backs must pass its value test: it must return £3 for each £1 spent.\n\nThe agency wrote on Tuesday 12 May to withdraw the grant, because the scheme no longer met the value test.\n"],
      UNRELATED_NOTES,
    ]);
    const s = one(c, "The agency told the council that the scheme no longer passed the fund's value test.");
    assert.ok(!s.findings.some((f) => f.kind === "negation"), describeResult(s));
    // A rule that forbids something still says the opposite of doing it.
    const forbids = checker([["notice.md", "# Notice\n\nThe home must not admit any new residents until the inspectors return.\n"], UNRELATED_NOTES]);
    expectConflict("The home can admit new residents until the inspectors return.", one(forbids, "The home can admit new residents until the inspectors return."), "negation", "admit");
  });

  it("takes no letter's greeting (“Dear Mrs Quill,”) for a title", () => {
    const [quill] = analyse("Dear Mrs Quill,", 0).entities;
    assert.equal(quill?.text, "Quill");
    assert.equal(quill.title, undefined);
    const c = checker([
      [
        "letter.md",
        "# Open letter\n\nDear Mrs Quill,\n\nWe write as the Brimley Rowing Club about the closure of the weir.\n\nThe chair of the trust, Ines Quill, said the weir would stay closed all summer.\n",
      ],
      UNRELATED_NOTES,
    ]);
    const s = one(c, "In a letter to the trust's chair, Ines Quill, the rowing club wrote about the closure of the weir.");
    assert.ok(!s.findings.some((f) => f.kind === "role"), describeResult(s));
  });

  it("reads “The chair of the trust, Ines Quill, said” as her office, and checks a draft that gives her another", () => {
    const c = checker([
      ["trust.md", "# Trust meeting\n\nThe chair of the trust, Ines Quill, said the weir would stay closed all summer.\n\nOwen Brack, the trust's chief officer, said repairs would start in June.\n"],
      UNRELATED_NOTES,
    ]);
    const draft = "Ines Quill, the trust's chief officer, said the weir would stay closed all summer.";
    expectConflict(draft, one(c, draft), "role", "trust's chief officer", /chair of the trust/);
    expectStatus(one(c, "Ines Quill, the trust's chair, said the weir would stay closed all summer."), "supported");
    // She is credited by her name alone: words of hers credited to another are hers, not "the chair of the trust …"'s.
    expectConflict("Owen Brack said the weir would stay closed all summer.", one(c, "Owen Brack said the weir would stay closed all summer."), "attribution", "Owen Brack", "Ines Quill");
  });
});

describe("verify: a head word ranks the office beside it", () => {
  const c = () =>
    checker([
      [
        "trust.md",
        "# Trust meeting\n\nOwen Brack, the trust's chief engineer, said the survey had covered every weir.\n\nThe trust's interim chief executive, Ines Quill, said the weir would reopen in June.\n\nInes Quill was previously head of Brimley Rowing Club.\n",
      ],
      UNRELATED_NOTES,
    ]);

  it("tells a “chief engineer” from a “site engineer”", () => {
    const draft = "Owen Brack, the trust's site engineer, said the survey had covered every weir.";
    expectConflict(draft, one(c(), draft), "role", "trust's site engineer", /chief engineer/);
    expectStatus(one(c(), "Owen Brack, the trust's chief engineer, said the survey had covered every weir."), "supported");
  });

  it("reads “formerly” as no part of the office", () => {
    const s = one(c(), "Ines Quill, formerly head of the rowing club, said the weir would reopen in June.");
    assert.ok(!s.findings.some((f) => f.kind === "role"), describeResult(s));
  });
});

describe("verify: which time a sentence speaks of", () => {
  const c = () =>
    checker([
      [
        "club.md",
        "# Rowing club\n\nThe weir at Brimley will stay closed for the whole of 2026, the trust said.\n\nLast year the club raced 40 crews through the weir.\n\nThe club withheld the Kestrel Cup in 2024.\n",
      ],
      UNRELATED_NOTES,
    ]);

  it("reads “last year” and “the coming year” as two times, not opposites", () => {
    const s = one(c(), "The weir at Brimley will stay closed for the whole of the coming year.");
    expectStatus(s, "supported");
  });

  it("does not hold this time's date against a date of an earlier time the same thing happened", () => {
    for (const draft of ["The Kestrel Cup was last withheld in 1998.", "The club has withheld the Kestrel Cup twice before, in 2003."]) {
      const s = one(c(), draft);
      assert.notEqual(s.status, "conflict", describeResult(s));
    }
    // Without the marker, the year is this time's, and wrong.
    expectConflict("The club withheld the Kestrel Cup in 2003.", one(c(), "The club withheld the Kestrel Cup in 2003."), "number", "2003", "2024");
  });

  it("leaves unchecked what an event means for someone (“It is a big setback for …”)", () => {
    expectStatus(one(c(), "It is a big setback for Brimley's rowers."), "unchecked");
    expectStatus(one(c(), "This is a welcome boost for the club."), "unchecked");
  });
});

describe("verify: whose words a message or a first-person document holds", () => {
  const emails =
    "# Emails about the weir\n\nFrom: Ines Quill (rowing club secretary)\nTo: Owen Brack\nSent: Monday 2 March 2026\n\nThe weir gates have been stuck open since January. Our crews cannot train on the lower reach until they are mended.\n\nFrom: Owen Brack\nTo: Ines Quill\nSent: Tuesday 3 March 2026\n\nThe trust will send an engineer to the weir next week. New gates are planned for the autumn.\n";
  const column =
    '---\ntitle: "Why the weir must be mended"\nauthor: Kate Lyle\n---\n# Why the weir must be mended\n\nBy Kate Lyle, captain of Brimley Rowing Club.\n\nWe have rowed on this river for ninety years. Our juniors lost a whole season when the weir gates jammed in 2024.\n\n2.1 The weir is a danger to every crew. It needs new gates before the winter floods.\n\nI have written to the trust three times and had no reply.\n';
  const c = (text: string) => checker([["a.md", text], UNRELATED_NOTES]);

  it("credits a message's words to its sender", () => {
    const draft = '"Our crews cannot train on the lower reach until they are mended," said Owen Brack.';
    expectConflict(draft, one(c(emails), draft), "attribution", "Owen Brack", "Ines Quill");
    expectStatus(one(c(emails), '"Our crews cannot train on the lower reach until they are mended," said Ines Quill.'), "supported");
    // The next message is the other sender's.
    expectStatus(one(c(emails), '"The trust will send an engineer to the weir next week," said Owen Brack.'), "supported");
  });

  it("credits the words of a document written as “I” or “we” to its author", () => {
    const draft = '"Our juniors lost a whole season when the weir gates jammed in 2024," said Owen Brack.';
    expectConflict(draft, one(c(column), draft), "attribution", "Owen Brack", "Kate Lyle");
    expectStatus(one(c(column), '"Our juniors lost a whole season when the weir gates jammed in 2024," said Kate Lyle.'), "supported");
    // A report by a newsroom is nobody's words: the same sentences under an organisation's byline credit no one.
    const report = column.replace("author: Kate Lyle", "author: Brimley News staff");
    assert.notEqual(one(c(report), draft).status, "conflict");
  });

  it("compares a quoted sentence with the source sentence beside the one the next quoted sentence is", () => {
    const draft = '"The weir is a danger to every boat. It needs new gates before the winter floods," Ms Lyle wrote.';
    expectConflict(draft, one(c(column), draft), "quote", "boat", "crew");
    expectStatus(one(c(column), '"The weir is a danger to every crew. It needs new gates before the winter floods," Ms Lyle wrote.'), "supported");
    // A fragment from the middle of a source sentence runs on into nothing: no neighbour to compare with.
    assert.notEqual(one(c(column), '"Our juniors lost a whole season. The weir is a danger to everyone," Ms Lyle wrote.').status, "conflict");
  });
});

describe("verify: a sum of the sources' figures", () => {
  const c = () =>
    checker([
      ["court.md", "# Fines\n\nAt Brimley Crown Court on Friday, the rowing club was fined £320,000 and the boatyard £180,000 over the collapse of the slipway.\n"],
      UNRELATED_NOTES,
    ]);

  it("backs a figure said as a sum (“between them”, “a combined”) by the figures that add up to it", () => {
    expectStatus(one(c(), "The rowing club and the boatyard were fined half a million pounds between them over the collapse of the slipway."), "supported");
    const wrong = "The rowing club and the boatyard were fined a combined £700,000 over the collapse of the slipway.";
    assert.equal(one(c(), wrong).status, "conflict", describeResult(one(c(), wrong)));
    // Not said as a sum, the figure is one party's, and wrong.
    const one_ = "The rowing club was fined half a million pounds over the collapse of the slipway.";
    expectConflict(one_, one(c(), one_), "number", "half a million", "£320,000");
  });
});

describe("verify: a length of time said in another unit", () => {
  const c = () => checker([["weir.md", "# Weir\n\nThe inspector visited the weir on Monday, twelve days before it failed.\n"], UNRELATED_NOTES]);

  it("compares “a fortnight” with “twelve days” as values, not as two nouns", () => {
    expectStatus(one(c(), "The inspector visited the weir less than a fortnight before it failed."), "supported");
    const draft = "The inspector visited the weir more than a fortnight before it failed.";
    expectConflict(draft, one(c(), draft), "number", "a fortnight", "twelve days");
  });
});

describe("verify: what ought to be", () => {
  const c = () =>
    checker([["weir.md", "# Weir\n\nThe weir gates jammed open in January, and the lower reach flooded twice before they were mended.\n\nThe trust's review found that the alarm, which should have sounded at once, had not been tested since 2023.\n"], UNRELATED_NOTES]);

  it("leaves unchecked what the writer says ought to be or have been, said by no one and of no one named", () => {
    for (const draft of ["Nobody should have to wade through the lower reach to get to the boathouse.", "The lower reach should never have flooded twice in one winter.", "Somebody at the trust should have looked at the gates."]) {
      expectStatus(one(c(), draft), "unchecked");
    }
  });

  it("still checks what a source or a named party says ought to have happened", () => {
    assert.notEqual(one(c(), "The trust's review found that the alarm, which should have sounded at once, had not been tested since 2021.").status, "unchecked");
    assert.notEqual(one(c(), "Brimley Rowing Club says the weir gates should never have jammed open in January.").status, "unchecked");
  });
});

describe("verify: a quotation that passes on another's words", () => {
  const doc = (quote: string) =>
    checker([["weir.md", `# Weir\n\n"${quote}," said Ines Quill, the rowing club secretary.\n\nOwen Brack, the trust's chief engineer, said: "The gates are being replaced this spring."\n`], UNRELATED_NOTES]);
  const draft = "Owen Brack, the trust's chief engineer, told the meeting on Monday that the weir would reopen to crews in June.";

  it("does not hold the words against another speaker when the quoted speaker reports them as someone else's", () => {
    const s = one(doc("At Monday's meeting the trust said the weir would reopen to crews in June"), draft);
    assert.ok(!s.findings.some((f) => f.kind === "attribution"), describeResult(s));
  });

  it("still credits the quoted speaker's own words to them", () => {
    expectConflict(draft, one(doc("The weir will reopen to crews in June, after the meeting on Monday"), draft), "attribution", "Owen Brack", "Ines Quill");
  });
});

describe("verify: a name swapped, or the sentence of the draft's own party", () => {
  const c = () =>
    checker([
      [
        "court.md",
        "# Fines\n\nAt Brimley Crown Court, Corbel Marine and Kestrel Boatyard were sentenced over the slipway collapse.\n\nCorbel, which has an annual turnover of about £3 million, is fined £48,000 and ordered to pay costs of £9,500.\n\nKestrel, a much smaller firm with a turnover of about £400,000, is fined £12,000 and ordered to pay costs of £2,100.\n",
      ],
      UNRELATED_NOTES,
    ]);

  it("reads a sentence a claim about the draft's own party backs whole as that party's, not the other's with the name swapped", () => {
    expectStatus(one(c(), "Kestrel, which has a turnover of about £400,000, was fined £12,000 and ordered to pay £2,100 in costs."), "supported");
    // The other party's sentence with the name swapped is still a wrong name.
    const swapped = "Kestrel, which has an annual turnover of about £3 million, was fined £48,000 and ordered to pay costs of £9,500.";
    expectConflict(swapped, one(c(), swapped), "entity", "Kestrel", "Corbel");
  });
});
