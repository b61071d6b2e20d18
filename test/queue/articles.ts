// Articles generated for the queue tests and the queue benchmark: each one distinct, written from
// templates made up for these tests, as JSONL records that `sitrep ingest` reads.
import { writeFileSync } from "node:fs";

const ACTORS = ["NATO", "Hezbollah", "UNICEF", "Hamas", "OPEC"];
const PLACES = ["Basra", "Mosul", "Erbil", "Kirkuk", "Najaf", "Samarra"];
const OUTLETS = ["Queue Test Wire", "Harbor Ledger", "Valley Courier"];

export interface GeneratedRecord {
  id: string;
  outlet: string;
  published: string;
  title: string;
  text: string;
}

function pick<T>(items: readonly T[], n: number): T {
  return items[n % items.length];
}

/** Article n: its actors, place, numbers and date vary with n, so no two share content. */
export function generatedRecord(n: number): GeneratedRecord {
  const actor = pick(ACTORS, n);
  const other = pick(ACTORS, n + 2);
  const place = pick(PLACES, n);
  const day = String((n % 28) + 1).padStart(2, "0");
  const text = [
    `Officials said on Tuesday that ${actor} had accused ${other} of moving ${n + 3} armed vehicles toward ${place}.`,
    `"We will not accept any attack on the city," a spokesman for ${actor} told reporters in ${place}.`,
    `${other} denied the report and said that its units had left the area ${(n % 9) + 2} days earlier.`,
    `Talks between the two sides are planned for next week, according to a statement issued in ${place} (item ${n}).`,
  ].join("\n\n");
  return {
    id: `queue-${n}`,
    outlet: pick(OUTLETS, n),
    published: `2026-03-${day}`,
    title: `${actor} accuses ${other} over ${place} (${n})`,
    text,
  };
}

/** Writes `count` generated articles as one JSONL file. */
export function writeGeneratedArticles(file: string, count: number): GeneratedRecord[] {
  const records = Array.from({ length: count }, (_, n) => generatedRecord(n));
  writeFileSync(file, `${records.map((r) => JSON.stringify(r)).join("\n")}\n`);
  return records;
}
