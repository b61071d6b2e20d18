import { describe, expect, it } from "vitest";
import { extractHtml, PageError } from "../../src/clean/html/extract.js";
import { stripPage } from "../../src/clean/html/strip.js";
import { cleanRules } from "../../src/clean/rules.js";
import { defaultKnowledgeDir } from "../../src/knowledge/load.js";

const rules = cleanRules(defaultKnowledgeDir());
const PARAGRAPH =
  "The river authority said the water level had dropped by half a metre overnight, and that roads would reopen.";

describe("stripPage", () => {
  it.each([
    [
      "scripts and styles",
      "<p>a</p><script>var x = '<p>no</p>';</script><style>p{}</style><p>b</p>",
      "<p>a</p><p>b</p>",
    ],
    [
      "comments, without eating the next tag",
      "<html><!-- c --><head></head><body>x</body></html>",
      "<html><head></head><body>x</body></html>",
    ],
    ["an unclosed script to the end", "<p>a</p><script>never closed <p>b</p>", "<p>a</p>"],
    ["svg and noscript", "<p>a</p><svg><text>x</text></svg><noscript>enable js</noscript>", "<p>a</p>"],
    ["nothing else", "<scripts-list>kept</scripts-list>", "<scripts-list>kept</scripts-list>"],
    [
      "a navigation bar",
      '<nav class="menu"><a href="/">Home</a> <a href="/w">World</a></nav><p>x</p>',
      "<p>x</p>",
    ],
    [
      "white space next to block tags only",
      "<div>\n  <p>a <b>b</b>\n</p>\n</div>",
      "<div><p>a <b>b</b></p></div>",
    ],
    [
      "inline styles, turning hiding ones into hidden",
      '<p style="color:red">a</p><p style="display: none">b</p>',
      "<p>a</p><p hidden>b</p>",
    ],
    [
      "attributes no later step reads",
      '<div data-x="1" class="a" onclick=\'go()\' id=b><img src="x.jpg" alt="y"/></div>',
      '<div class="a" id=b><img/></div>',
    ],
    ["nothing from a doctype or a lone '<'", "<!DOCTYPE html><p>1 < 2</p>", "<!DOCTYPE html><p>1 < 2</p>"],
  ])("removes %s", (_name, html, expected) => {
    expect(stripPage(html).html).toBe(expected);
  });

  it("keeps a header that holds prose", () => {
    const html = `<header><p>${PARAGRAPH}</p></header>`;
    expect(stripPage(html).html).toBe(html);
  });

  it("keeps JSON-LD aside", () => {
    const page = stripPage('<script type="application/ld+json">{"@type":"NewsArticle"}</script><p>x</p>');
    expect(page).toEqual({ html: "<p>x</p>", jsonLd: ['{"@type":"NewsArticle"}'] });
  });
});

describe("extractHtml", () => {
  it("keeps paragraph breaks and drops captions, share bars and related links", () => {
    const html = `<html><body><article>
      <div class="social-share"><a href="#">Share</a></div>
      <p>${PARAGRAPH}</p>
      <figure><img src="x.jpg"><figcaption>Cars wait at a closed road.</figcaption></figure>
      <p>${PARAGRAPH.replace("overnight", "by noon")}</p>
      <ul class="links"><li><a href="/1">Another story about something</a></li><li><a href="/2">And another one</a></li></ul>
    </article></body></html>`;
    const { text } = extractHtml(html, rules);
    expect(
      text
        .trim()
        .split(/\n+/)
        .map((l) => l.trim())
        .filter(Boolean),
    ).toEqual([PARAGRAPH, PARAGRAPH.replace("overnight", "by noon")]);
  });

  it("drops readers' comments even though they are prose, and paragraphs that are only a link", () => {
    const comment =
      "I have read this twice and I still think the authority waited far too long before it opened the roads again.";
    const html = `<html><body><article><p>${PARAGRAPH}</p><p>${PARAGRAPH.replace("overnight", "by noon")}</p>
      <p><a href="/other"><strong>SEE ALSO: ANOTHER STORY ENTIRELY</strong></a></p></article>
      <section id="comments"><div class="comment"><p>${comment}</p></div><div class="comment"><p>${comment}</p></div></section></body></html>`;
    const { text } = extractHtml(html, rules);
    expect(text).toContain("water level");
    expect(text).not.toContain("twice");
    expect(text).not.toContain("SEE ALSO");
  });

  it("keeps a post quoted from social media, though its wrappers read as a widget and a figure", () => {
    const post = "The bridge will reopen on Friday once the inspectors have finished their work.";
    const html = `<html><body><article><p>${PARAGRAPH}</p>
      <div class="article-widget social-box"><figure class="wp-embed"><blockquote class="twitter-tweet">
        <p>${post}</p>— Roads Authority (@roads_example) <a href="/s/1">June 2, 2031</a></blockquote></figure></div>
      <p>${PARAGRAPH.replace("overnight", "by noon")}</p>
      <div class="social-share"><a href="#">Share</a></div></article></body></html>`;
    const { text } = extractHtml(html, rules);
    expect(text).toContain(post);
    expect(text).toContain("(@roads_example)");
    expect(text).not.toContain("Share");
  });

  it("drops image sliders with their credits", () => {
    const html = `<html><body><article><p>${PARAGRAPH}</p>
      <div class="gallery-slider"><dl><dt>Photo:</dt><dd>private archive of the family</dd></dl></div>
      <p>${PARAGRAPH.replace("overnight", "by noon")}</p></article></body></html>`;
    expect(extractHtml(html, rules).text).not.toContain("private archive");
  });

  it("lists what it cut, once each, with reasons; page chrome too long to list is cut silently", () => {
    const html = `<html><body><article>
      <div class="byline">By Ada Brook</div>
      <figure><img src="x.jpg"><figcaption>Cars wait at a closed road.</figcaption></figure>
      <p>${PARAGRAPH}</p><p>${PARAGRAPH.replace("overnight", "by noon")}</p>
      <div class="related-links"><h3>Related</h3><a href="/1">Dam inspection ordered</a></div>
      <div class="promo-box">${"Win a holiday with our partners today. ".repeat(20)}</div>
    </article></body></html>`;
    expect(extractHtml(html, rules).removed).toEqual([
      { text: "Cars wait at a closed road.", reason: "photo credit" },
      { text: "By Ada Brook", reason: "byline" },
      { text: "Related Dam inspection ordered", reason: "related links" },
    ]);
  });

  it("reads the page's own metadata", () => {
    const html = `<html lang="fr"><head><title>T | Site</title><meta property="og:site_name" content="Site">
      <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"Headline","datePublished":"2030-01-02","author":[{"name":"A. Writer"}],"publisher":{"name":"Publisher"}}]}</script>
      <link rel="canonical" href="https://example.test/a"></head><body><p>${PARAGRAPH}</p></body></html>`;
    const { metadata } = extractHtml(html, rules);
    expect(metadata).toMatchObject({
      titles: ["Headline", "T | Site"],
      dates: [{ value: "2030-01-02", basis: "json-ld" }],
      siteNames: ["Publisher", "Site"],
      authors: ["A. Writer"],
      canonical: "https://example.test/a",
      language: "fr",
    });
  });

  it.each([
    [
      "a 50 MB page that is all script",
      `<html><body><script>${"x=1;".repeat(12_500_000)}</script></body></html>`,
    ],
    ["an empty body", "<html><head></head><body></body></html>"],
    ["no markup at all", ""],
    ["a page without a body tag", `<p>${PARAGRAPH}</p>`],
  ])("ends with a result for %s", (_name, html) => {
    expect(typeof extractHtml(html, rules).text).toBe("string");
  });

  it("reads deeply nested markup without overflowing the stack", () => {
    const depth = 20_000;
    const html = `<html><body>${"<div>".repeat(depth)}<p>${PARAGRAPH}</p>${"</div>".repeat(depth)}</body></html>`;
    expect(extractHtml(html, rules).text).toContain("water level");
  });

  it("refuses a page whose markup is beyond the limit, with a clear error", () => {
    const html = `<html><body>${`<p>${PARAGRAPH}</p>`.repeat(80_000)}</body></html>`;
    expect(() => extractHtml(html, rules)).toThrow(PageError);
    expect(() => extractHtml(html, rules)).toThrow(/too large/);
  });
});
