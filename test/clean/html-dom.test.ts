import { describe, expect, it } from "vitest";
import { childList, classAttribute, type DomText, parseDocument } from "../../src/clean/html/dom.js";

const page = (body: string, head = "<title>Harbour notes</title>") =>
  parseDocument(`<html><head>${head}</head><body>${body}</body></html>`);

describe("parseDocument", () => {
  it("keeps a text node per text event: an entity is one of its own", () => {
    const p = page("<p>Salt &amp; pepper</p>").body?.firstChild;
    expect(p && childList(p).map((n) => (n as DomText).data)).toEqual(["Salt ", "&", " pepper"]);
  });

  it("matches attribute names as written, and keeps the first of repeated ones", () => {
    const div = page(`<div ID="upper" id="first" id="second"></div>`).body?.getElementsByTagName("div")[0];
    expect(div?.getAttribute("id")).toBe("first");
    expect(div?.getAttribute("ID")).toBe("upper");
    expect(div?.getAttribute("title")).toBeNull();
    expect(div?.getAttribute("constructor")).toBeNull();
  });

  it("gives the class names once each, joined by single spaces", () => {
    const div = page(`<div class=" tide  chart tide "></div>`).body?.getElementsByTagName("div")[0];
    expect(div && classAttribute(div)).toBe("tide chart");
  });

  it("leaves comments out of the text", () => {
    expect(page("<p>low<!-- note -->tide</p>").body?.textContent).toBe("lowtide");
  });

  it("reads a fragment as the body of a page", () => {
    const doc = parseDocument("<p>The ferry left late.</p>");
    expect(doc.body?.textContent).toBe("The ferry left late.");
    expect(doc.title).toBe("");
  });

  it("reads the title from the head", () => {
    expect(page("<p>Text</p>").title).toBe("Harbour notes");
  });

  it("adds an empty head, then a body after it, when the page has none where they belong", () => {
    const doc = parseDocument(
      "<html><title>Buoys</title><div>Stray block</div><body><p>Body text</p></body></html>",
    );
    expect(doc.title).toBe("");
    expect(doc.body?.textContent).toBe("");
    expect(
      doc.documentElement && childList(doc.documentElement).map((n) => doc.documentElement && n.textContent),
    ).toEqual(["", "", "Buoys", "Stray block", "Body text"]);
  });

  it("unlinks a removed element from its parent and siblings", () => {
    const body = page("<p>one</p><p>two</p><p>three</p>").body;
    const middle = body?.getElementsByTagName("p")[1];
    middle?.remove();
    expect(body?.textContent).toBe("onethree");
    expect(middle?.parentNode).toBeNull();
    expect(body && childList(body).length).toBe(2);
  });
});
