// Code points classified by Unicode property, each tested once and then looked up.

/**
 * `classify` (a small number, -1 and up, for a code point) remembered for each code point: the
 * Unicode property patterns it runs cost far more than a table look-up.
 */
export function remembered(classify: (codePoint: number) => number): (codePoint: number) => number {
  const UNSEEN = -2;
  const basic = new Int8Array(0x10000).fill(UNSEEN);
  const astral = new Map<number, number>();
  return (cp) => {
    if (cp >= 0x10000) {
      let i = astral.get(cp);
      if (i === undefined) {
        i = classify(cp);
        astral.set(cp, i);
      }
      return i;
    }
    if (basic[cp] === UNSEEN) basic[cp] = classify(cp);
    return basic[cp];
  };
}
