import { describe, expect, it } from "vitest";
import { expectedOf, listCases, runCase } from "./golden.js";

describe("clean stage golden cases (test/fixtures/clean/*)", () => {
  it.each(listCases())("%s", (name) => {
    expect(runCase(name)).toEqual(expectedOf(name));
  });
});
