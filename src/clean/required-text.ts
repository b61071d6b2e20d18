// What text every match of a pattern must contain, read from the pattern's source: a cheap test
// that rules a pattern out before it runs. Most boilerplate patterns name a word ("subscribe",
// "newsletter", "copyright") that a news text never holds, and a substring search over the
// text costs far less than a regular expression tried at every position of every line.
//
// The reading covers the syntax the knowledge files use: literals, escapes, character classes,
// groups, alternation, quantifiers and zero-width assertions. What it cannot vouch for, it
// leaves unknown (null), and an unknown pattern always runs.

/** What a piece of a pattern matches: the exact strings, when few; the strings one of which any match holds. */
interface Piece {
  exact: string[] | null;
  needs: string[] | null;
  zeroWidth: boolean;
}

// Past this many exact strings, a piece stands only for what it needs.
const MAX_EXACT = 32;
// A single character is found in nearly every text: no use as a test.
const MIN_NEEDED_LENGTH = 2;
const TELLING_LENGTH = 8;
const ANY: Piece = { exact: null, needs: null, zeroWidth: false };
const ZERO_WIDTH: Piece = { exact: [""], needs: null, zeroWidth: true };
const CHAR_ESCAPES: Record<string, string> = { n: "\n", r: "\r", t: "\t", f: "\f", v: "\v", "0": "\0" };
const CLASS_ESCAPES = new Set(["d", "D", "s", "S", "w", "W"]);

/**
 * Strings one of which every match of `pattern` contains (in lower case when the pattern ignores
 * case); null when its source gives no such strings.
 */
export function requiredText(pattern: RegExp): string[] | null {
  const reader = new Reader(pattern.source);
  const piece = reader.disjunction();
  if (reader.at < pattern.source.length || !piece.needs) return null;
  return pattern.ignoreCase ? piece.needs.map((s) => s.toLowerCase()) : piece.needs;
}

class Reader {
  at = 0;
  constructor(private readonly src: string) {}

  disjunction(): Piece {
    const alternatives = [this.sequence()];
    while (this.src[this.at] === "|") {
      this.at++;
      alternatives.push(this.sequence());
    }
    return alternatives.length === 1 ? alternatives[0] : anyOf(alternatives);
  }

  private sequence(): Piece {
    const pieces: Piece[] = [];
    while (this.at < this.src.length && this.src[this.at] !== "|" && this.src[this.at] !== ")") {
      pieces.push(this.quantified(this.atom()));
    }
    return allOf(pieces);
  }

  private atom(): Piece {
    const c = this.src[this.at++];
    if (c === "(") return this.group();
    if (c === "[") return this.skipClass();
    if (c === "\\") return this.escape();
    if (c === "^" || c === "$") return ZERO_WIDTH;
    if (c === ".") return ANY;
    return literal(c);
  }

  private group(): Piece {
    let lookaround = false;
    if (this.src.startsWith("?:", this.at)) this.at += 2;
    else if (/^\?<?[=!]/.test(this.src.slice(this.at, this.at + 3))) {
      lookaround = true;
      this.at += this.src[this.at + 1] === "<" ? 3 : 2;
    } else if (this.src.startsWith("?<", this.at)) this.at = this.src.indexOf(">", this.at) + 1;
    const inner = this.disjunction();
    this.at++; // ")"
    return lookaround ? ZERO_WIDTH : inner;
  }

  private skipClass(): Piece {
    while (this.at < this.src.length && this.src[this.at] !== "]") {
      this.at += this.src[this.at] === "\\" ? 2 : 1;
    }
    this.at++;
    return ANY;
  }

  private escape(): Piece {
    const c = this.src[this.at++];
    if (c === "b" || c === "B") return ZERO_WIDTH;
    if (c === "p" || c === "P") {
      this.at = this.src.indexOf("}", this.at) + 1;
      return ANY;
    }
    if (c === "u" || c === "x") {
      const digits = c === "u" ? 4 : 2;
      const code = Number.parseInt(this.src.slice(this.at, this.at + digits), 16);
      this.at += digits;
      return literal(String.fromCharCode(code));
    }
    if (c === "k") this.at = this.src.indexOf(">", this.at) + 1;
    else if (/[1-9]/.test(c)) while (/[0-9]/.test(this.src[this.at] ?? "")) this.at++;
    else if (c === "c") this.at++;
    if (CLASS_ESCAPES.has(c) || /[1-9ck]/.test(c)) return ANY;
    return literal(CHAR_ESCAPES[c] ?? c);
  }

  /** A quantifier after `piece`: optional pieces need nothing; repeated ones need what they need once. */
  private quantified(piece: Piece): Piece {
    const min = this.quantifierMin();
    if (min === null) return piece;
    if (this.src[this.at] === "?") this.at++; // lazy
    if (min === 0) return piece.zeroWidth ? ZERO_WIDTH : ANY;
    return { exact: null, needs: piece.needs ?? usefulExact(piece.exact), zeroWidth: piece.zeroWidth };
  }

  /** The least count the quantifier at the reading point allows (read past it); null if none is there. */
  private quantifierMin(): number | null {
    const c = this.src[this.at];
    if (c === "?" || c === "*" || c === "+") {
      this.at++;
      return c === "+" ? 1 : 0;
    }
    const bounds = c === "{" ? /^\{(\d+)(,\d*)?\}/.exec(this.src.slice(this.at)) : null;
    if (!bounds) return null;
    this.at += bounds[0].length;
    return Number(bounds[1]);
  }
}

function literal(c: string): Piece {
  return { exact: [c], needs: null, zeroWidth: false };
}

/** One of several alternatives: exact when all are, and needs what any of them needs. */
function anyOf(alternatives: Piece[]): Piece {
  const exact = alternatives.every((a) => a.exact) ? alternatives.flatMap((a) => a.exact ?? []) : null;
  const needs = alternatives.map((a) => a.needs ?? usefulExact(a.exact));
  return {
    exact: exact && exact.length <= MAX_EXACT ? exact : null,
    needs: needs.every((n) => n) ? needs.flatMap((n) => n ?? []) : null,
    zeroWidth: alternatives.every((a) => a.zeroWidth),
  };
}

/**
 * Pieces in a row: runs of exact pieces join into longer strings (zero-width assertions do not
 * break a run). What the row needs is chosen among each run as a whole, the single strings
 * within it ("support our journalism" or "journalism"), each piece with several strings, and
 * what the other pieces need.
 */
function allOf(pieces: Piece[]): Piece {
  const options: string[][] = [];
  const add = (strings: string[] | null) => {
    const useful = usefulExact(strings);
    if (useful) options.push(useful);
  };
  let run: string[] | null = [""];
  let single = "";
  let exact = true;
  for (const p of pieces) {
    if (p.exact?.length === 1) single += p.exact[0];
    else {
      add([single]);
      single = "";
      if (p.exact) add(p.exact);
    }
    if (p.exact && run && run.length * p.exact.length <= MAX_EXACT) {
      run = run.flatMap((a) => (p.exact ?? []).map((b) => a + b));
      continue;
    }
    exact = false;
    add(run);
    if (p.needs) options.push(p.needs);
    run = p.exact ? [...p.exact] : [""];
  }
  add([single]);
  add(run);
  return {
    exact: exact ? run : null,
    needs: mostTelling(options),
    zeroWidth: pieces.every((p) => p.zeroWidth),
  };
}

function usefulExact(strings: string[] | null): string[] | null {
  return strings?.every((s) => s.length >= MIN_NEEDED_LENGTH) ? strings : null;
}

/**
 * The option that best rules texts out: few strings, each long enough to be rare (past
 * TELLING_LENGTH, a longer string tells little more).
 */
function mostTelling(options: string[][]): string[] | null {
  let best: string[] | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const o of options) {
    const score = Math.min(TELLING_LENGTH, ...o.map((s) => s.length)) * 10 - o.length;
    if (score > bestScore) {
      best = o;
      bestScore = score;
    }
  }
  return best;
}

/** A pattern with what any match of it must contain (null: unknown). */
export interface ScreenedPattern {
  pattern: RegExp;
  needs: readonly string[] | null;
}

export function screened(pattern: RegExp): ScreenedPattern {
  return { pattern, needs: requiredText(pattern) };
}

// Characters that a case-insensitive pattern matches as another letter while lower-casing keeps
// them apart (long s, final sigma, dotless i, Greek and Cyrillic letter variants): a text with
// any of them is not screened, so that screening never changes a result.
const SPECIAL_FOLDS =
  /\u0345|[\u00b5\u0131\u017f\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u1c80-\u1c88\u1e9b\u1fbe]/u;

/**
 * Tells which patterns may match somewhere in one text: those whose needed text it may hold. The
 * text's three-character sequences (lower case) are hashed into a bit set once; a string is
 * surely absent when one of its sequences is missing (a false "present" only runs a pattern).
 */
export class TextScreen {
  protected readonly lower: string;
  private readonly trigrams: Uint32Array | null;

  constructor(text: string) {
    const exact = !SPECIAL_FOLDS.test(text);
    this.lower = exact ? text.toLowerCase() : "";
    this.trigrams = exact ? trigramSet(this.lower) : null;
  }

  mayMatch(p: ScreenedPattern): boolean {
    return p.needs === null || p.needs.some((s) => this.mayHold(s));
  }

  /** Whether the text may hold `s` (lower case), in any case. */
  mayHold(s: string): boolean {
    const set = this.trigrams;
    if (!set) return true;
    if (s.length < 3) return this.lower.includes(s);
    for (let i = 0; i + 3 <= s.length; i++) {
      const h = trigramHash(s, i);
      if ((set[h >>> 5] & (1 << (h & 31))) === 0) return false;
    }
    return true;
  }
}

/**
 * A screen over the lines of a text that also tells which lines may match a pattern not anchored
 * at the line's start: those that hold its needed text (an anchored pattern fails fast anyway).
 */
export class LineScreen extends TextScreen {
  private readonly lineStarts: number[] = [0];
  private readonly lineSets = new Map<ScreenedPattern, Set<number> | null>();

  constructor(lines: readonly string[]) {
    super(lines.join("\n"));
    for (let i = this.lower.indexOf("\n"); i >= 0; i = this.lower.indexOf("\n", i + 1)) {
      this.lineStarts.push(i + 1);
    }
  }

  /** Whether line `i` (of those given) may match `p`. */
  mayMatchLine(p: ScreenedPattern, i: number): boolean {
    let lines = this.lineSets.get(p);
    if (lines === undefined) {
      lines = this.linesHolding(p);
      this.lineSets.set(p, lines);
    }
    return lines === null || lines.has(i);
  }

  /** The lines that hold one of the strings `p` needs; null for every line. */
  private linesHolding(p: ScreenedPattern): Set<number> | null {
    if (p.needs === null || p.pattern.source.startsWith("^") || this.lower === "") return null;
    const lines = new Set<number>();
    // A string the trigrams rule out needs no search.
    for (const s of p.needs.filter((n) => this.mayHold(n))) {
      for (let at = this.lower.indexOf(s); at >= 0; at = this.lower.indexOf(s, at + 1)) {
        lines.add(this.lineAt(at));
      }
    }
    return lines;
  }

  private lineAt(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}

const TRIGRAM_BITS = 1 << 16;

/** The text's trigram hashes, each character read once (the two before it carried along). */
function trigramSet(text: string): Uint32Array {
  const set = new Uint32Array(TRIGRAM_BITS / 32);
  let a = text.charCodeAt(0);
  let b = text.charCodeAt(1);
  for (let i = 2; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const h = hashOf(a, b, c);
    set[h >>> 5] |= 1 << (h & 31);
    a = b;
    b = c;
  }
  return set;
}

function trigramHash(s: string, i: number): number {
  return hashOf(s.charCodeAt(i), s.charCodeAt(i + 1), s.charCodeAt(i + 2));
}

function hashOf(a: number, b: number, c: number): number {
  const h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ c;
  return (h ^ (h >>> 16)) & (TRIGRAM_BITS - 1);
}
