// Job ids and payloads of the ingest queue: no database needed.
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/acquire/types.js";
import { contentHash } from "../../src/analyze/ingest.js";
import { isIngestJobData, jobIdForContent } from "../../src/queue/index.js";

const DOCUMENT: SourceDocument = {
  id: "harbor-1",
  source: "feed.jsonl#1",
  format: "text",
  content: "Port officials said the ferry service would resume on Monday.",
  url: null,
  outlet: "Harbor Ledger",
  published: "2026-03-02",
  title: null,
};

describe("jobIdForContent", () => {
  it("is a UUID that only the content hash decides", () => {
    const id = jobIdForContent(contentHash(DOCUMENT));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(jobIdForContent(contentHash({ ...DOCUMENT }))).toBe(id);
    expect(jobIdForContent(contentHash({ ...DOCUMENT, content: `${DOCUMENT.content} ` }))).not.toBe(id);
  });
});

describe("isIngestJobData", () => {
  it.each<[string, unknown, boolean]>([
    ["a source document", DOCUMENT, true],
    [
      "one with every metadata field set",
      { ...DOCUMENT, url: "https://news.example/1", title: "Ferries" },
      true,
    ],
    ["null", null, false],
    ["a string", "feed.jsonl#1", false],
    ["one without content", { ...DOCUMENT, content: undefined }, false],
    ["one of an unknown format", { ...DOCUMENT, format: "pdf" }, false],
    ["one with a numeric outlet", { ...DOCUMENT, outlet: 7 }, false],
    ["one missing a metadata field", { ...DOCUMENT, title: undefined }, false],
  ])("%s: %s", (_, data, expected) => {
    expect(isIngestJobData(data)).toBe(expected);
  });
});
