// The "Field: value" block that opens many scraped plain texts: read as metadata, cut from the text.
import { describe, expect, it } from "vitest";
import { readTextHeader } from "../../src/clean/header.js";
import { cleanDocument } from "../../src/clean/index.js";
import { loadKnowledge } from "../../src/knowledge/index.js";

const HEADED = [
  "",
  "Title: Ferry service to the islands suspended after storm",
  "Source: Coastline Courier",
  "Author: Ana Ribeiro",
  "Published: 2031-02-11",
  "URL: https://coastline.example/ferry-suspended",
  "",
  "The harbour authority suspended all ferry crossings on Tuesday after a storm damaged two piers.",
].join("\n");

describe("readTextHeader", () => {
  it("reads the fields of the opening block and cuts its lines", () => {
    const header = readTextHeader(HEADED);
    expect(header.fields).toEqual({
      title: "Ferry service to the islands suspended after storm",
      outlet: "Coastline Courier",
      published: "2031-02-11",
      url: "https://coastline.example/ferry-suspended",
    });
    expect(header.removed.map((r) => r.reason)).toEqual(Array(5).fill("header field"));
    expect(header.removed[3].text).toBe("Published: 2031-02-11");
    expect(header.body.trim()).toMatch(/^The harbour authority suspended/);
  });

  it.each([
    [
      "a place before a colon",
      "Kestrel Bay: two piers damaged as storm hits the coast\n\nThe storm hit at dawn.",
    ],
    [
      "running text after a field's name",
      "Updated: The harbour authority said on Tuesday that crossings would resume within a week.\nMore follows.",
    ],
    ["a date field without a date", "Date: to be confirmed\nThe meeting was postponed."],
    ["a link that is no address", "Link: see below\nThe meeting was postponed."],
    ["no header at all", "The harbour authority suspended all crossings."],
  ])("leaves the text alone: %s", (_name, text) => {
    expect(readTextHeader(text)).toEqual({
      fields: { title: null, outlet: null, published: null, url: null },
      body: text,
      removed: [],
    });
  });
});

describe("cleanDocument with a text header", () => {
  it("takes title, outlet and date from it, and keeps it out of the text", () => {
    const article = cleanDocument(
      {
        id: "ferry",
        source: "ferry.txt",
        format: "text",
        content: HEADED,
        url: null,
        outlet: null,
        published: null,
        title: null,
      },
      loadKnowledge(),
    );
    expect(article).toMatchObject({
      title: "Ferry service to the islands suspended after storm",
      outlet: "Coastline Courier",
      published: { date: "2031-02-11", precision: "day", inferred: false, basis: "text header" },
    });
    expect(article.text).toMatch(/^The harbour authority suspended/);
    expect(article.removed.filter((r) => r.reason === "header field")).toHaveLength(5);
  });
});
