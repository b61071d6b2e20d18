// Quality floors on the development set and the public benchmarks in ../shared: once a goal is
// reached its floor lives here, so quality never silently falls. The shared scorers are the judge.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { benchmarks, isPresent, runBenchmark } from "../../bench/benchmarks.js";
import { noticeIfNoShared } from "../helpers/shared.js";

/** The lowest acceptable value of each metric (for counts in COUNTS_AT_MOST: the highest). */
const FLOORS: Record<string, Record<string, number>> = {
  seeds: {
    "spans.valid": 1,
    "clean.cut_recall": 1,
    "clean.keep_rate": 1,
    "meta.outlet_accuracy": 1,
    "meta.published_accuracy": 1,
    "meta.title_accuracy": 1,
    "entities.f1": 0.9,
    "entities.linking": 1,
    "timexes.recall": 0.9,
    "quotes.f1": 0.8,
    "quotes.speaker_accuracy": 0.85,
    "quotes.via_accuracy": 0.8,
    "events.f1": 0.7,
    "events.date_accuracy": 0.8,
    "events.modality_accuracy": 0.7,
    "stories.pair_f1": 1,
    "clusters.recall": 1,
    "discrepancies.recall": 1,
    "framing.recall": 0.8,
    "alerts.recall": 1,
  },
  "te3-platinum": { "timexes.recall": 0.8, "timexes.precision": 0.85 },
  re3d: { "entities.f1": 0.75, "entities.type_accuracy": 0.85 },
  "polnear-test": { "quotes.f1": 0.71, "quotes.speaker_accuracy": 0.74 },
  basil: { "quotes.f1": 0.95, "quotes.speaker_accuracy": 0.8, "stories.pair_f1": 0.95 },
  "plover-gsr": { "events.loose_f1": 0.93, "events.f1": 0.625 },
  "plv-test": { "events.loose_f1": 0.92, "events.f1": 0.485 },
  aeb: { f1: 0.975, precision: 0.96, recall: 0.97 },
};
const COUNTS_AT_MOST = new Set(["entities.wrong_merges"]);
const NEVER_MERGE = { "entities.wrong_merges": 0 };

const present = benchmarks().filter(isPresent);
if (!present.length) noticeIfNoShared("benchmark quality floors");
const out = mkdtempSync(join(tmpdir(), "sitrep-floors-"));

const failingFloors = (floors: Record<string, number>, metrics: Record<string, number | null>) =>
  Object.entries(floors).filter(([metric, floor]) => {
    const value = metrics[metric];
    if (COUNTS_AT_MOST.has(metric)) return value == null || value > floor;
    return (value ?? 0) < floor;
  });

describe.each(present)("quality floors on $name", (benchmark) => {
  it("stays at or above every floor", async () => {
    const metrics = await runBenchmark(benchmark, out);
    const floors = { ...FLOORS[benchmark.name], ...(benchmark.scorer === "score" ? NEVER_MERGE : {}) };
    expect({ failing: failingFloors(floors, metrics), metrics }).toMatchObject({ failing: [] });
  }, 180_000);
});
