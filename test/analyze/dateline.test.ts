import { describe, expect, it } from "vitest";
import { datelineLength } from "../../src/analyze/dateline.js";

describe("datelineLength", () => {
  it.each([
    ["OLDPORT, March 3 (Harbor Wire) - Two ferries collided.", "OLDPORT, March 3 (Harbor Wire) - "],
    ["SAN MIREO, Costa Verde (NW) — The port reopened.", "SAN MIREO, Costa Verde (NW) — "],
    ["KESTRA — The council met on Monday.", "KESTRA — "],
    ["NORTHBAY, Nov. 2, 2031 (Wire) -- “We are ready,” he said.", "NORTHBAY, Nov. 2, 2031 (Wire) -- "],
  ])("%s", (text, dateline) => {
    expect(datelineLength(text, 0)).toBe(dateline.length);
  });

  it.each([
    "NATO - the alliance - said on Monday it would meet.",
    "Oldport, March 3 - Two ferries collided.",
    "The council met on Monday - and voted.",
  ])("no dateline: %s", (text) => {
    expect(datelineLength(text, 0)).toBe(0);
  });

  it("reads at a position, not only at the start", () => {
    const text = "Ferries collide\n\nOLDPORT — Two ferries collided.";
    expect(datelineLength(text, text.indexOf("OLDPORT"))).toBe("OLDPORT — ".length);
  });
});
