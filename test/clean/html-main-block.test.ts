import { describe, expect, it } from "vitest";
import { blockStats, cutElement } from "../../src/clean/html/block-stats.js";
import { type DomElement, parseDocument } from "../../src/clean/html/dom.js";
import { clutterReason, findMainBlock, nameWeight } from "../../src/clean/html/main-block.js";
import { blockText } from "../../src/clean/html/to-text.js";

const SENTENCE =
  "The ministry said on Monday that the convoy, which left at dawn, reached the border crossing, where aid was unloaded.";

function body(html: string): DomElement {
  const b = parseDocument(`<html><body>${html}</body></html>`).body;
  if (!b) throw new Error("no body");
  return b;
}

function byId(root: DomElement, id: string): DomElement {
  const el = [root, ...root.getElementsByTagName("*")].find((e) => e.getAttribute("id") === id);
  if (!el) throw new Error(`no #${id}`);
  return el;
}

function mainText(html: string, titles: string[] = []): string {
  const root = body(html);
  const { elements, isClutter } = findMainBlock(root, blockStats(root), titles);
  return elements.map((el) => blockText(el, isClutter)).join("\n");
}

describe("blockStats", () => {
  it("counts text, link text, commas and paragraphs bottom-up", () => {
    const root = body(`<div id="d"><p>One, two, three.</p><p>See <a href="/x">this link</a></p></div>`);
    expect(blockStats(root).of.get(byId(root, "d"))).toMatchObject({
      chars: "One, two, three.".length + "See".length + "this link".length,
      linkChars: "this link".length,
      commas: 2,
      paragraphs: 2,
      hasBlockChild: true,
    });
  });

  it("counts a hidden element's text for none of its ancestors", () => {
    const root = body(`<div id="d"><div id="h" hidden><p>${SENTENCE}</p></div></div>`);
    const stats = blockStats(root);
    expect(stats.of.get(byId(root, "d"))?.chars).toBe(0);
    expect(stats.of.get(byId(root, "h"))).toMatchObject({
      chars: SENTENCE.length,
      proseRuns: 1,
      hidden: true,
    });
  });

  it("lists elements in document order and counts again after a cut", () => {
    const root = body(`<div id="a"><p id="b">${SENTENCE}</p><div id="c"><p>${SENTENCE}</p></div></div>`);
    const stats = blockStats(root);
    expect(stats.elements.map((el) => el.getAttribute("id"))).toEqual([null, "a", "b", "c", null]);
    cutElement(stats, byId(root, "c"), root);
    expect(stats.of.get(root)).toMatchObject({ chars: SENTENCE.length, paragraphs: 1, proseRuns: 1 });
    expect(stats.of.size).toBe(3);
  });
});

describe("nameWeight", () => {
  it.each([
    ["article-body", 25],
    ["share-bar", -25],
    ["post-sidebar", 0],
    ["", 0],
  ])("weighs class %j as %d", (name, weight) => {
    expect(nameWeight(byId(body(`<div id="x" class="${name}"></div>`), "x"))).toBe(weight);
  });
});

describe("clutterReason", () => {
  it.each([
    ["widget name", '<div id="x" class="share-tools"><span>Share</span> <span>this</span></div>'],
    ["gallery", '<div id="x"><img src="1.jpg"><img src="2.jpg"><img src="3.jpg"><p>Photos</p></div>'],
    [
      "list items, not paragraphs",
      '<div id="x"><ul><li>One</li><li>Two</li></ul><p>Text</p><span>tail</span></div>',
    ],
    ["form", '<div id="x"><input name="q"><p>Search the site</p></div>'],
    ["links", `<div id="x"><a href="/1">Another story on the convoy</a> and more</div>`],
    ["hidden", `<div id="x" hidden><p>${SENTENCE}</p></div>`],
    [null, `<div id="x"><p>${SENTENCE}</p><p>${SENTENCE}</p></div>`],
    [null, '<ul id="x"><li>Water: <a href="/w">shop</a></li><li>Rice: 5 kg</li></ul>'],
  ])("finds %s", (reason, html) => {
    const root = body(html);
    const el = byId(root, "x");
    expect(clutterReason(el, blockStats(root).of.get(el))).toBe(reason);
  });
});

describe("findMainBlock", () => {
  it("picks the block of prose over navigation and teasers", () => {
    const text = mainText(`
      <div class="menu"><a href="/a">World</a> <a href="/b">Politics</a> <a href="/c">Sport</a></div>
      <div id="story"><p>${SENTENCE}</p><p>${SENTENCE}</p><p>${SENTENCE}</p></div>
      <div class="teasers"><p><a href="/1">Another story</a> short text</p></div>`);
    expect(text).toContain("convoy");
    expect(text).not.toContain("Politics");
    expect(text).not.toContain("Another story");
  });

  it("leaves out link blocks, hidden copies and the title heading inside the article", () => {
    const text = mainText(
      `<div id="story"><h1>Convoy reaches border</h1><p>${SENTENCE}</p><p>${SENTENCE}</p>
        <div><a href="/1">More news on the convoy</a> <a href="/2">Border crossings</a> today</div>
        <div hidden><p>${SENTENCE.replace("Monday", "Sunday")}</p></div><p>${SENTENCE}</p></div>`,
      ["Convoy reaches border | Example News"],
    );
    expect(text).toContain("convoy");
    expect(text).not.toContain("Convoy reaches border");
    expect(text).not.toContain("More news");
    expect(text).not.toContain("Sunday");
  });

  it("keeps a sibling paragraph that reads as prose", () => {
    const text = mainText(
      `<div><div id="story"><p>${SENTENCE}</p><p>${SENTENCE}</p></div><p>A closing paragraph that is plain prose and long enough to count as text.</p></div>`,
    );
    expect(text).toContain("closing paragraph");
  });

  it.each([
    [
      "a lead paragraph in a wrapper whose class names a widget",
      '<div class="el-media"><p>The lead paragraph, which opens the story, is kept.</p></div>',
      "The lead paragraph",
    ],
    [
      "a list of short items with a link",
      '<ul><li>Water: <a href="/w">shop</a></li><li>Rice: 5 kg</li></ul>',
      "Rice: 5 kg",
    ],
  ])("keeps %s inside the article", (_name, inner, kept) => {
    expect(
      mainText(`<div id="story"><p>${SENTENCE}</p>${inner}<p>${SENTENCE}</p><p>${SENTENCE}</p></div>`),
    ).toContain(kept);
  });

  it("joins the parts of an article cut by figures into blocks of one class", () => {
    const part = (n: number, paragraphs: number) =>
      `<div class="story-part"><section class="frame"><div class="col"><div class="inner"><div class="text-body"><p>Part ${n}.</p>${`<p>${SENTENCE}</p>`.repeat(paragraphs)}</div><div class="spacer"></div></div></div></section></div>`;
    const text =
      mainText(`<div class="page">${part(1, 6)}<figure><img src="a.jpg"></figure>${part(2, 3)}${part(3, 2)}
      <div class="story-part"><p><a href="/x">Another story</a></p></div></div>`);
    for (const n of [1, 2, 3]) expect(text).toContain(`Part ${n}.`);
    expect(text).not.toContain("Another story");
  });

  it("does not take a section of blocks for one paragraph with all its commas", () => {
    const teaser = (n: number) =>
      `<div class="card"><div class="inner"><div class="blurb"><p>Teaser ${n}, with words, commas, more commas, and more, until it ends.</p></div></div></div>`;
    const text =
      mainText(`<section><article><div class="text"><p>${SENTENCE}</p><p>${SENTENCE}</p><p>${SENTENCE}</p></div></article></section>
      <section><div class="grid">${[1, 2, 3, 4, 5, 6].map(teaser).join("")}</div></section>`);
    expect(text).toContain("convoy");
    expect(text).not.toContain("Teaser");
  });

  it("joins a sibling that wraps one paragraph of prose (a lead in a media box)", () => {
    const text =
      mainText(`<div class="column"><div class="lead-media"><p>The lead paragraph, which opens the story, sits in its own box.</p></div>
      <div class="story-text"><p>${SENTENCE}</p><p>${SENTENCE}</p><p>${SENTENCE}</p></div></div>`);
    expect(text).toContain("The lead paragraph");
  });

  it("falls back to the body when nothing scores", () => {
    const root = body("<span>tiny</span>");
    expect(findMainBlock(root, blockStats(root)).elements).toEqual([root]);
  });

  it("produces nothing from an empty body", () => {
    expect(mainText("").trim()).toBe("");
  });
});
