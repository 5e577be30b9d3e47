import * as assert from "node:assert/strict";
import { collapseWhitespace, paragraphEnd, paragraphStart, sharedPrefix, sharedSuffix } from "../../src/core/text/lines";
import { maskMarkdown } from "../../src/core/text/markdown";
import { segment, type Segment } from "../../src/core/text/segment";
import { BBC_ARTICLE, IRISH_TIMES_ARTICLE } from "./seeds";


/** Checks the offset invariants every segment must satisfy, and returns the segments' texts. */
function texts(src: string, segs: Segment[]): string[] {
  const starts = [0];
  for (let i = 0; i < src.length; i++) if (src[i] === "\n") starts.push(i + 1);
  for (const s of segs) {
    assert.equal(src.slice(s.start, s.end), s.text, "text is original.slice(start, end)");
    assert.equal(s.masked.length, s.text.length, "masked has the same length as text");
    const line = starts.filter((o) => o <= s.start).length;
    assert.equal(s.line, line, `line of ${JSON.stringify(s.text.slice(0, 30))}`);
  }
  return segs.map((s) => s.text);
}

function split(src: string, markdown = true): string[] {
  return texts(src, segment(src, { markdown }));
}

describe("segment: real news text", () => {
  const bbc = BBC_ARTICLE;
  const bbcSegs = texts(bbc, segment(bbc));

  it("keeps a quoted ellipsis followed by lower case inside one sentence", () => {
    assert.ok(bbcSegs.includes(`Mr Rama described Albania's response as "extreme... but entirely forced on us".`));
  });

  it("keeps quoted phrases and a date inside one sentence", () => {
    assert.ok(
      bbcSegs.includes(
        `Prime Minister Edi Rama said a probe had found "incontrovertible evidence" that Iran "hired four groups to mount the attack on Albania" on 15 July.`,
      ),
    );
  });

  it("splits two sentences of one paragraph", () => {
    const i = bbcSegs.indexOf("There was no immediate comment from the Iranian government.");
    assert.ok(i >= 0);
    assert.equal(
      bbcSegs[i + 1],
      "But relations between Tirana and Tehran have been tense since Albania offered asylum to thousands of Iranian dissidents nine years ago.",
    );
  });

  it("keeps a headline without a full stop as its own segment, not merged with the next paragraph", () => {
    assert.equal(bbcSegs[0], "Albania severs diplomatic ties with Iran over cyber-attack");
  });

  it("keeps a closing question mark and quote with their sentence", () => {
    const i = bbcSegs.indexOf(`It said a ransomware sample also included the text: "Why should our taxes be spent on the benefit of DURRES terrorists?"`);
    assert.ok(i >= 0);
    assert.ok(bbcSegs[i + 1].startsWith("Manez is a town in the Durres County"));
  });

  it("handles curly quotes in the Irish Times text, including a detached closing quote", () => {
    const g = IRISH_TIMES_ARTICLE;
    const segs = texts(g, segment(g));
    assert.ok(
      segs.includes(
        "It said it would “take further action to hold Iran accountable for actions that threaten the security of a US ally and set a troubling precedent for cyberspace”.",
      ),
    );
    assert.ok(segs.includes("All systems came back fully operational and there was no irreversible wiping of data. ”"));
    assert.ok(segs.includes("The US said it “strongly condemned Iran’s cyberattack against our Nato ally Albania”."));
  });
});

describe("segment: a quotation of several sentences in a draft", () => {
  const texts = (text: string, keepQuotations: boolean) => segment(text, { markdown: false, keepQuotations }).map((x) => x.text);

  it("keeps the quotation whole with its attribution, straight or curly", () => {
    const straight = 'Jo Bell said: "We open at six. Most days the queue is out of the door." The cafe has ten tables.';
    assert.deepEqual(texts(straight, true), ['Jo Bell said: "We open at six. Most days the queue is out of the door."', "The cafe has ten tables."]);
    const curly = "“We open at six. Most days the queue is out of the door,” Jo Bell said. The cafe has ten tables.";
    assert.deepEqual(texts(curly, true), ["“We open at six. Most days the queue is out of the door,” Jo Bell said.", "The cafe has ten tables."]);
  });

  it("splits it as before unless asked, and when the quotation never closes", () => {
    assert.equal(texts('Jo Bell said: "We open at six. Most days the queue is out of the door."', false).length, 2);
    assert.equal(texts('Jo Bell said: "We open at six. Most days the queue is out of the door.', true).length, 2);
  });
});

describe("segment: abbreviations and numbers", () => {
  it("does not split after titles and U.S.", () => {
    assert.deepEqual(split("Mr. Smith met Dr. Jones and Mrs. Brown in the U.S. capital on Monday. They spoke for an hour."), [
      "Mr. Smith met Dr. Jones and Mrs. Brown in the U.S. capital on Monday.",
      "They spoke for an hour.",
    ]);
  });

  it("splits after U.S. when a common sentence opener follows", () => {
    assert.deepEqual(split("He flew back to the U.S. The talks had failed."), ["He flew back to the U.S.", "The talks had failed."]);
  });

  it("ends a sentence at a company's “Ltd.” or “plc.” before any capitalised word, but not before a lower-case one", () => {
    assert.deepEqual(split("The boathouse is leased to Kestrel Boats Ltd. Repairs start in June."), ["The boathouse is leased to Kestrel Boats Ltd.", "Repairs start in June."]);
    assert.deepEqual(split("Fenmore Holdings plc. said the weir was safe."), ["Fenmore Holdings plc. said the weir was safe."]);
  });

  it("treats No. as an abbreviation only before a digit", () => {
    assert.deepEqual(split("A spokesman for No. 10 said no. Then he left the room."), [
      "A spokesman for No. 10 said no.",
      "Then he left the room.",
    ]);
  });

  it("matches abbreviations on word boundaries only (St. vs first.)", () => {
    assert.deepEqual(split("St. Louis came first. Boston was second."), ["St. Louis came first.", "Boston was second."]);
  });

  it("handles Dr without a full stop and initials", () => {
    assert.deepEqual(split("Dr Jones arrived at 9 a.m. on Friday. J. K. Rowling was there too. So was Gen. Lee."), [
      "Dr Jones arrived at 9 a.m. on Friday.",
      "J. K. Rowling was there too.",
      "So was Gen. Lee.",
    ]);
  });

  it("ends a sentence after a unit written on to a number (“4C.”), which is no initial", () => {
    assert.deepEqual(split("The water in the lido fell to 4C. The council keeps it at 26C or warmer."), ["The water in the lido fell to 4C.", "The council keeps it at 26C or warmer."]);
  });

  it("does not split an all-caps dotted acronym or e.g.", () => {
    assert.deepEqual(split("Agents of the F.B.I. Arrested him, e.g. Smith. Others fled."), [
      "Agents of the F.B.I. Arrested him, e.g. Smith.",
      "Others fled.",
    ]);
  });

  it("does not split decimals and currency amounts", () => {
    assert.deepEqual(split("The deal was worth £3.6 million. It covered 1.5m shares at 2.75 each. 2024 was a record year."), [
      "The deal was worth £3.6 million.",
      "It covered 1.5m shares at 2.75 each.",
      "2024 was a record year.",
    ]);
  });

  it("splits sentences whose space was lost in pasting, but not abbreviations, decimals or names", () => {
    assert.deepEqual(split('Rates will stay high for longer.Markets in Asia fell on Jan. 18.Tokyo was shut. He said it was "not cooling yet."The index rose.'), [
      "Rates will stay high for longer.",
      "Markets in Asia fell on Jan. 18.",
      "Tokyo was shut.",
      'He said it was "not cooling yet."',
      "The index rose.",
    ]);
    assert.deepEqual(split("Mrs.Smith met Dr.Jones in St.Louis at 3.6 km from Yahoo!Inc and the U.S.Navy base."), [
      "Mrs.Smith met Dr.Jones in St.Louis at 3.6 km from Yahoo!Inc and the U.S.Navy base.",
    ]);
  });

  it("splits after ! and ? but not before a lower-case word", () => {
    assert.deepEqual(split("Is it true? Yes! it is, he said. Really."), ["Is it true?", "Yes! it is, he said.", "Really."]);
  });
});

describe("segment: quotes", () => {
  it("keeps a closing straight quote with the sentence it ends", () => {
    assert.deepEqual(split(`He said "we will win." Then he left.`), [`He said "we will win."`, "Then he left."]);
  });

  it("keeps a closing curly quote with the sentence it ends", () => {
    assert.deepEqual(split("He said “we will win.” Then he left."), ["He said “we will win.”", "Then he left."]);
  });

  it("does not split a quoted question followed by lower-case attribution", () => {
    assert.deepEqual(split("“Really?” she asked. ‘Yes,’ he said."), ["“Really?” she asked.", "‘Yes,’ he said."]);
  });

  it("splits a quotation spanning sentences, closing quote with the last", () => {
    assert.deepEqual(split(`She said: "The attack failed. All systems are back." Officials agreed.`), [
      `She said: "The attack failed.`,
      `All systems are back."`,
      "Officials agreed.",
    ]);
  });

  it("splits before an opening quote", () => {
    assert.deepEqual(split(`He paused. "We are ready," he said.`), ["He paused.", `"We are ready," he said.`]);
  });
});

describe("segment: offsets, line endings and edge cases", () => {
  it("handles CRLF line endings: a single line break is not a boundary, a blank line is", () => {
    const src = "First line here\r\nstill the same sentence. Next one.\r\n\r\nNew paragraph\r\n";
    const segs = segment(src);
    assert.deepEqual(texts(src, segs), ["First line here\r\nstill the same sentence.", "Next one.", "New paragraph"]);
    assert.deepEqual(
      segs.map((s) => s.line),
      [1, 2, 4],
    );
    assert.ok(segs.every((s) => !s.text.endsWith("\r")));
  });

  it("gives true UTF-16 offsets after emoji and surrogate pairs", () => {
    const src = "🎉🎉 Party time at 𝒳 Hall. 👍 Thumbs up! Next sentence here.";
    const segs = segment(src);
    // An emoji is not a capital letter, so "Hall. 👍" is not a boundary; "up! Next" is.
    assert.deepEqual(texts(src, segs), ["🎉🎉 Party time at 𝒳 Hall. 👍 Thumbs up!", "Next sentence here."]);
    assert.equal(segs[0].start, 0);
    assert.equal(segs[0].end, src.indexOf("!") + 1);
    assert.equal(segs[1].start, src.indexOf("Next"));
    assert.equal(segs[1].start, 42); // 3 surrogate pairs before it count twice
    assert.equal(segs[1].end, src.length);
  });

  it("offsets after emoji when the next sentence starts with a capital", () => {
    const src = "Fire 🔥 spread fast. Crews arrived.";
    const segs = segment(src);
    assert.deepEqual(texts(src, segs), ["Fire 🔥 spread fast.", "Crews arrived."]);
    assert.equal(segs[1].start, src.indexOf("Crews"));
  });

  it("returns one segment for text with no sentence end", () => {
    assert.deepEqual(split("just some words without any end"), ["just some words without any end"]);
  });

  it("returns no segments for empty or whitespace-only text", () => {
    assert.deepEqual(segment(""), []);
    assert.deepEqual(segment("   \n\t\r\n  \n"), []);
    assert.deepEqual(segment("  \n ", { markdown: false }), []);
  });

  it("trims surrounding whitespace from segments", () => {
    const src = "   Leading spaces here.    Trailing too.   ";
    const segs = segment(src);
    assert.deepEqual(texts(src, segs), ["Leading spaces here.", "Trailing too."]);
    assert.equal(segs[0].start, 3);
  });
});

describe("maskMarkdown", () => {
  const check = (src: string): string => {
    const m = maskMarkdown(src);
    assert.equal(m.length, src.length);
    for (let i = 0; i < src.length; i++) if (src[i] === "\n" || src[i] === "\r") assert.equal(m[i], src[i]);
    return m;
  };

  it("blanks front matter, code and inline syntax while keeping length and newlines", () => {
    const src = "---\ntitle: Draft\n---\n# Title\n\nSome **bold** and `code` and [text](http://x.org/a).\n";
    const m = check(src);
    assert.ok(!m.includes("title"));
    assert.ok(!m.includes("#"));
    assert.ok(!m.includes("*"));
    assert.ok(!m.includes("code"));
    assert.ok(!m.includes("http"));
    assert.ok(!m.includes("[") && !m.includes("]") && !m.includes("("));
    assert.ok(m.includes("text"));
    assert.ok(m.includes("Title"));
  });

  it("keeps apostrophes and intraword underscores, blanks emphasis underscores", () => {
    const m = check("Albania's snake_case _emph_ ~~gone~~ ~50");
    assert.equal(m, "Albania's snake_case  emph    gone   ~50");
  });

  it("blanks images entirely, HTML comments, tags, footnote refs and reference definitions", () => {
    const src = "![a chart](c.png) Text<sup>1</sup>[^1] <!-- note -->.\n\n[ref]: http://example.com\n[^1]: The note.\n";
    const m = check(src);
    assert.equal(m.split("\n")[0].trim().replace(/ +/g, " "), "Text 1 .");
    assert.ok(!m.includes("example.com"));
    assert.ok(m.includes("The note."));
    assert.ok(!m.includes("[^1]"));
  });

  it("blanks heading, list, block-quote markers and table pipes", () => {
    const m = check("## Heading ##\n- item\n1. first\n> quoted\n\n| a | b |\n|---|---|\n| c | d |\n");
    assert.equal(m, "   Heading   \n  item\n   first\n  quoted\n\n  a   b  \n         \n  c   d  \n");
  });
});

describe("segment: Markdown", () => {
  it("does not segment front matter or fenced code, and makes headings their own segment", () => {
    const src = [
      "---",
      "title: Draft. With a full stop.",
      "---",
      "# Albania cuts ties",
      "Albania cut ties with Iran. The US agreed.",
      "",
      "```js",
      "const x = 1. Not a sentence.",
      "```",
      "",
      "    indented code. Also not.",
      "",
      "***",
      "",
      "Last paragraph.",
    ].join("\n");
    const segs = segment(src);
    assert.deepEqual(texts(src, segs), ["Albania cuts ties", "Albania cut ties with Iran.", "The US agreed.", "Last paragraph."]);
    assert.equal(segs[0].block, "heading");
    assert.equal(segs[0].line, 4);
    assert.equal(segs[1].block, "paragraph");
  });

  it("does not split a heading even if it has several sentences, and never merges across blocks", () => {
    const src = "## Iran denies it. Albania insists\nBody text without end\n\nSecond block";
    assert.deepEqual(split(src), ["Iran denies it. Albania insists", "Body text without end", "Second block"]);
  });

  it("masks link targets and HTML comments in the segment's masked text", () => {
    const src = "See [the report](https://example.com/Report.Final) now <!-- TODO. Check --> please. Then go.";
    const segs = segment(src);
    assert.deepEqual(texts(src, segs), [
      "See [the report](https://example.com/Report.Final) now <!-- TODO. Check --> please.",
      "Then go.",
    ]);
    assert.ok(segs[0].masked.includes("the report"));
    assert.ok(!segs[0].masked.includes("example"));
    assert.ok(!segs[0].masked.includes("TODO"));
  });

  it("makes each list item its own block", () => {
    const src = "Intro:\n\n- First item\n- Second item. It has two sentences.\n* Third\n1. Numbered one\n";
    const segs = segment(src);
    assert.deepEqual(texts(src, segs), [
      "Intro:",
      "First item",
      "Second item.",
      "It has two sentences.",
      "Third",
      "Numbered one",
    ]);
    assert.deepEqual(
      segs.map((s) => s.block),
      ["paragraph", "list-item", "list-item", "list-item", "list-item", "list-item"],
    );
  });

  it("recognises block quotes and table rows", () => {
    const src = "> Quoted words. More quoted.\n\n| Who | When |\n|-----|------|\n| Rama | 15 July |\n";
    const segs = segment(src);
    assert.deepEqual(texts(src, segs), ["Quoted words.", "More quoted.", "Who | When", "Rama | 15 July"]);
    assert.deepEqual(
      segs.map((s) => s.block),
      ["blockquote", "blockquote", "table", "table"],
    );
  });

  it("trims markup around a sentence and keeps emphasis inside", () => {
    const src = "**Bold claim.** *Another one.*";
    const segs = segment(src);
    assert.deepEqual(texts(src, segs), ["Bold claim.", "Another one."]);
    assert.equal(segs[1].start, src.indexOf("Another"));
  });

  it("treats text literally with markdown: false", () => {
    const src = "# Not a heading. Just text.";
    const segs = segment(src, { markdown: false });
    assert.deepEqual(texts(src, segs), ["# Not a heading.", "Just text."]);
    assert.ok(segs.every((s) => s.block === "paragraph" && s.masked === s.text));
  });
});

describe("segment: large inputs", () => {
  it("segments a 2 MB single line correctly", () => {
    const sentence = "Mr. Rama said the £3.6 million deal was “extreme... but forced on us”. ";
    const copies = Math.ceil(2_000_000 / sentence.length);
    const src = sentence.repeat(copies);
    const segs = segment(src);
    assert.equal(segs.length, copies);
    const want = sentence.trim();
    for (let i = 0; i < segs.length; i++) {
      assert.equal(segs[i].text, want);
      assert.equal(segs[i].start, i * sentence.length);
      assert.equal(segs[i].line, 1);
    }
  });

  it("segments a 5 MB Markdown file correctly", () => {
    const bbc = BBC_ARTICLE.replace(/\s+$/, "");
    const chunk = `## Section\n\n${bbc}\n\n- a *list* item with [a link](http://x.y). Second.\n\n`;
    const per = segment(chunk);
    const copies = Math.ceil(5_000_000 / chunk.length);
    const src = chunk.repeat(copies);
    const segs = segment(src);
    assert.equal(segs.length, per.length * copies);
    const linesPerChunk = chunk.split("\n").length - 1;
    const last = segs[segs.length - 1];
    const lastPer = per[per.length - 1];
    assert.equal(last.text, lastPer.text);
    assert.equal(last.start, (copies - 1) * chunk.length + lastPer.start);
    assert.equal(last.line, (copies - 1) * linesPerChunk + lastPer.line);
    assert.equal(src.slice(last.start, last.end), last.text);
  });

  it("stays correct on a 2 MB line of unmatched Markdown openers", () => {
    const src = "a [b](c `d <e **f ".repeat(120_000);
    const segs = segment(src);
    assert.equal(segs.length, 1);
    assert.equal(segs[0].start, 0);
  });
});

describe("collapseWhitespace", () => {
  it("gives what replacing every run of whitespace with a space gives, on any mix of spaces, tabs and breaks", () => {
    const pieces = [" ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2028", "a", "Iran", "3,000"];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 5000; i++) {
      let text = "";
      for (let k = Math.floor(next() * 10); k > 0; k--) text += pieces[Math.floor(next() * pieces.length)];
      assert.strictEqual(collapseWhitespace(text), text.replace(/\s+/g, " "), JSON.stringify(text));
    }
  });
});

describe("sharedPrefix / sharedSuffix", () => {
  // Character by character, as the block-wise comparison must agree with.
  const naivePrefix = (a: string, b: string) => {
    let p = 0;
    while (p < Math.min(a.length, b.length) && a[p] === b[p]) p++;
    return p;
  };
  const naiveSuffix = (a: string, b: string, max: number) => {
    let q = 0;
    while (q < max && a[a.length - 1 - q] === b[b.length - 1 - q]) q++;
    return q;
  };

  it("agree with a character-by-character comparison for an edit at every offset of a long text", () => {
    const text = Array.from({ length: 1200 }, (_, i) => String.fromCharCode(97 + ((i * 7) % 26))).join("");
    for (let o = 0; o <= text.length; o++) {
      for (const edited of [`${text.slice(0, o)}#${text.slice(o)}`, text.slice(0, o) + text.slice(o + 1), `${text.slice(0, o)}#${text.slice(o + 1)}`]) {
        const p = sharedPrefix(text, edited);
        assert.equal(p, naivePrefix(text, edited), `prefix, edit at ${o}`);
        const max = Math.min(text.length, edited.length) - p;
        assert.equal(sharedSuffix(text, edited, max), naiveSuffix(text, edited, max), `suffix, edit at ${o}`);
      }
    }
    assert.equal(sharedPrefix(text, text), text.length);
    assert.equal(sharedSuffix(text, text, text.length), text.length);
  });
});

describe("paragraphStart / paragraphEnd", () => {
  it("find the blank lines around an offset, LF and CRLF alike, and look no further than asked", () => {
    for (const br of ["\n", "\r\n"]) {
      const text = `One.${br}Two.${br}${br}Three.${br} ${br}Four.`;
      const three = text.indexOf("Three");
      assert.equal(paragraphStart(text, three + 2), three);
      assert.equal(paragraphEnd(text, 0), text.indexOf(`${br}${br}`) + br.length - 1);
      assert.equal(text.slice(paragraphEnd(text, three)).trim(), "Four.");
      // No blank line between "One." and "Two.": the look-up stops at the limit.
      assert.equal(paragraphEnd(text, 0, text.indexOf("Two")), text.length);
      assert.equal(paragraphStart(text, 2), 0);
    }
  });
});
