import { describe, expect, it } from "vitest";
import { analyzeDocument } from "../../src/analyze/document.js";
import {
  fromParcel,
  portableJson,
  toParcel,
  withoutSegmentation,
  withSegmentation,
} from "../../src/analyze/portable.js";
import { loadKnowledge } from "../../src/knowledge/index.js";

const TEXT =
  "The foreign minister of Kestria met his Halvan counterpart on Monday. He said the talks went well.";

describe("portable analyses", () => {
  const analysis = analyzeDocument(
    {
      id: "a1",
      source: "a1.txt",
      format: "text",
      content: TEXT,
      url: null,
      outlet: null,
      published: "2025-03-04",
      title: null,
    },
    loadKnowledge(),
  );

  it("travel without the segmentation and come back whole", () => {
    const portable = withoutSegmentation(analysis);
    expect(portable).not.toHaveProperty("segmentation");
    expect(JSON.stringify(portable).length).toBeLessThan(JSON.stringify(analysis).length);
    const back = withSegmentation(structuredClone(portable));
    expect(back.segmentation).toEqual(analysis.segmentation);
    expect({ ...back }).toEqual(analysis);
    expect(JSON.stringify(back)).toBe(JSON.stringify(analysis));
  });

  it("segment once, on first reading", () => {
    const back = withSegmentation(withoutSegmentation(analysis));
    expect(back.segmentation).toBe(back.segmentation);
  });

  it("cross threads as a parcel and come back whole, keeping the JSON they came as for the store", () => {
    const parcel = structuredClone(toParcel(analysis));
    const back = fromParcel(parcel);
    expect(JSON.stringify(back)).toBe(JSON.stringify(analysis));
    expect(portableJson(back)).toBe(parcel.json);
    expect(portableJson(analysis)).toBe(JSON.stringify(withoutSegmentation(analysis)));
  });
});
