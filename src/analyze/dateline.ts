// A wire dateline at the head of a paragraph: "KYIV, June 1 (Reuters) - ", "GAZA CITY, Gaza Strip
// (AP) — ", "KHARTOUM — ". The place is in capitals and a dash ends it; a region, a date and the
// agency may come between. It says where the story was filed, not what anyone stated, so the
// stages keep it out of what they report (the text keeps it: benchmarks quote sentences whole).

const DATELINE =
  /\p{Lu}[\p{Lu}\p{M}'’.-]+(?: \p{Lu}[\p{Lu}\p{M}'’.-]*){0,3}(?:, ?[^,()\n—–]{2,30}?){0,3} ?(?:\([^()\n]{1,40}\) ?)?[—–-]{1,2} ?(?=["“‘]?\p{Lu})/uy;

/** The length of the dateline starting at `start`, or 0. */
export function datelineLength(text: string, start: number): number {
  DATELINE.lastIndex = start;
  return DATELINE.exec(text)?.[0].length ?? 0;
}
