// What a user types, as the SQLite search sends it to FTS5: every term a quoted string.
import { describe, expect, it } from "vitest";
import { toFts5Query } from "../../src/store/search-query.js";

const CASES: [input: string, fts5: string | null][] = [
  ["drones", '(("drones"))'],
  ["drone strike", '(("drone" AND "strike"))'],
  ['"drone strike" base', '(("drone strike" AND "base"))'],
  ["drones or rockets", '(("drones") OR ("rockets"))'],
  ["drones OR rockets militia", '(("drones") OR ("rockets" AND "militia"))'],
  ["drones -training", '(("drones")) NOT "training"'],
  ['drones -"training flight"', '(("drones")) NOT "training flight"'],
  ['"unbalanced phrase', '(("unbalanced phrase"))'],
  ["'; DROP TABLE articles; --", '(("DROP" AND "TABLE" AND "articles;"))'],
  ["NEAR(a b) *", '(("NEAR(a" AND "b)"))'],
  ["صواريخ", '(("صواريخ"))'],
];

const NOTHING_TO_MATCH = ["", "   ", "-", '""', "--", "or", "-drones", "* ( )"];

describe("toFts5Query", () => {
  it.each(CASES)("%s", (input, fts5) => {
    expect(toFts5Query(input)).toBe(fts5);
  });

  it.each(NOTHING_TO_MATCH)("finds nothing to match in %j", (input) => {
    expect(toFts5Query(input)).toBeNull();
  });
});
