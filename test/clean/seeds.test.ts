// The development seeds in ../shared (present beside the repository in CI and on the team's
// machines): what the gold says must be cut, kept and found, the clean stage cuts, keeps and finds.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readInputs } from "../../src/acquire/index.js";
import { cleanDocument } from "../../src/clean/index.js";
import type { Article } from "../../src/contract/types.js";
import { loadKnowledge } from "../../src/knowledge/index.js";

const SHARED = join(import.meta.dirname, "../../../shared");
if (!existsSync(SHARED)) console.warn(`test/clean/seeds.test.ts skipped: ${SHARED} is absent`);

interface GoldArticle {
  outlet?: string[];
  title?: string[] | null;
  published?: { earliest: string; latest: string };
  cut?: string[];
  keep?: string[];
}

const squash = (s: string) => s.replace(/\s+/g, " ");

describe.skipIf(!existsSync(SHARED))("clean stage on the seed articles", async () => {
  const gold = existsSync(SHARED)
    ? (JSON.parse(readFileSync(join(SHARED, "eval/seeds.gold.json"), "utf8")).articles as Record<
        string,
        GoldArticle
      >)
    : {};
  const kb = loadKnowledge();
  const articles = new Map<string, Article>();
  if (existsSync(SHARED)) {
    for await (const item of readInputs([join(SHARED, "corpus/seeds")])) {
      if (item.kind === "document") articles.set(item.document.id, cleanDocument(item.document, kb));
    }
  }

  it.each(Object.entries(gold))("%s", (id, g) => {
    const a = articles.get(id);
    expect(a).toBeDefined();
    if (!a) return;
    const text = squash(a.text);
    for (const s of g.cut ?? []) expect(text).not.toContain(squash(s));
    for (const s of g.keep ?? []) expect(text).toContain(squash(s));
    if (g.outlet) expect(g.outlet).toContain(a.outlet);
    if (g.title) expect(g.title).toContain(a.title);
    // One seed states no date at all: it is dated from its story at corpus level, not here.
    if (g.published && a.published) {
      expect(a.published.date.slice(0, 7) >= g.published.earliest.slice(0, 7)).toBe(true);
      expect(a.published.date.slice(0, 7) <= g.published.latest.slice(0, 7)).toBe(true);
    }
  });
});
