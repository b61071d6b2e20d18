// Synthetic news records for the integrity, crash and fuzz tests: small articles written from a
// handful of invented sentence templates, deterministic for a given seed.

const ACTORS = ["Corvan", "Velmora", "the Red Dune militia", "the United Nations", "Ostrava Bay"];
const VERBS = ["warned", "accused", "met", "rejected a proposal from", "praised", "threatened"];
const PLACES = ["Geneva", "the northern strait", "the capital", "a border crossing"];
const OUTLETS = ["Example Daily", "Northwind Wire", "Harbor Herald"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

export interface SyntheticRecord {
  id: string;
  url: string;
  outlet: string;
  published: string;
  title: string;
  text: string;
}

/** A small deterministic pseudo-random generator (mulberry32), so every run writes the same corpus. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function sentence(random: () => number): string {
  const actor = pick(random, ACTORS);
  const target = pick(
    random,
    ACTORS.filter((a) => a !== actor),
  );
  const subject = actor.charAt(0).toUpperCase() + actor.slice(1);
  return `${subject} ${pick(random, VERBS)} ${target} in ${pick(random, PLACES)} on ${pick(random, DAYS)}.`;
}

export function syntheticRecord(n: number, random: () => number): SyntheticRecord {
  const sentences = Array.from({ length: 2 + Math.floor(random() * 3) }, () => sentence(random));
  const day = String(1 + (n % 28)).padStart(2, "0");
  return {
    id: `syn-${n}`,
    url: `https://news.example/syn/${n}`,
    outlet: pick(random, OUTLETS),
    published: `2026-03-${day}`,
    title: `Report ${n}: ${sentences[0].slice(0, 40)}`,
    // The number makes every text distinct, so no two records share content.
    text: `${sentences.join(" ")}\n\nDispatch ${n} was filed by our correspondent.`,
  };
}

export function syntheticRecords(count: number, seed = 1): SyntheticRecord[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, n) => syntheticRecord(n, random));
}

export function toJsonl(records: readonly object[]): string {
  return records.map((r) => `${JSON.stringify(r)}\n`).join("");
}
