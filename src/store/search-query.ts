// Reads what a user types into a search box the way PostgreSQL's websearch_to_tsquery does
// (words, "quoted phrases", `or`, `-excluded`) and writes it as an FTS5 query in which every term
// is a quoted string, so nothing the user types can be taken for FTS5 syntax.

/** A word or phrase, optionally negated; an unbalanced quote runs to the end of the input. */
const TOKEN = /(-)?(?:"([^"]*)"?|([^\s"]+))/g;
const HAS_WORD = /[\p{L}\p{N}]/u;

interface ParsedQuery {
  /** Alternatives (joined by `or`), each a list of terms that must all match. */
  alternatives: string[][];
  excluded: string[];
}

function parseWebSearch(input: string): ParsedQuery {
  const alternatives: string[][] = [[]];
  const excluded: string[] = [];
  for (const [, minus, phrase, word] of input.matchAll(TOKEN)) {
    const term = phrase ?? word;
    if (!minus && word?.toLowerCase() === "or") alternatives.push([]);
    // A term with no letter or digit holds nothing the tokenizer would index.
    else if (HAS_WORD.test(term)) (minus ? excluded : alternatives[alternatives.length - 1]).push(term);
  }
  return { alternatives: alternatives.filter((terms) => terms.length > 0), excluded };
}

/** FTS5 string literal; TOKEN never lets a double quote into a term, the doubling is defence in depth. */
function quoted(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

/**
 * The FTS5 MATCH expression for a web-search style query, or null when nothing in it can match
 * (no positive term: FTS5 cannot express "everything but").
 */
export function toFts5Query(input: string): string | null {
  const { alternatives, excluded } = parseWebSearch(input);
  if (alternatives.length === 0) return null;
  const positive = alternatives.map((terms) => `(${terms.map(quoted).join(" AND ")})`).join(" OR ");
  return [`(${positive})`, ...excluded.map(quoted)].join(" NOT ");
}
