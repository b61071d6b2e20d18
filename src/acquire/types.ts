// What the acquire stage hands to clean: the raw content of one article and what we know of it.

/** Metadata given with the input (a JSON record, or --published/--outlet on the command line). */
export interface GivenMetadata {
  url: string | null;
  outlet: string | null;
  /** As given: an ISO date or date-time, or any date string the record carried. */
  published: string | null;
  title: string | null;
}

export interface SourceDocument extends GivenMetadata {
  /** The article id: a record's `id`, else derived from the file name. */
  id: string;
  /** File path or URL exactly as given (for records: "<file>#<line>" unless a url is given). */
  source: string;
  /** Exactly one of text/html is set. */
  format: "text" | "html";
  content: string;
}

/** A problem with one input; the batch goes on. */
export interface InputProblem {
  input: string;
  message: string;
}

export type AcquireItem =
  | { kind: "document"; document: SourceDocument }
  | { kind: "problem"; problem: InputProblem };
