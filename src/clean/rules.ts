// The clean stage's knowledge (knowledge/boilerplate.json), compiled once per knowledge directory.
import { KnowledgeError, readKnowledgeFile } from "../knowledge/load.js";
import { type ScreenedPattern, screened } from "./required-text.js";

interface LineClassData {
  reason: string;
  maxLength: number;
  patterns: string[];
}

interface BoilerplateData {
  lineClasses: LineClassData[];
  inline: { reason: string; patterns: string[] }[];
  appeal: { reason: string; minCues: number; cues: string[] };
  tailSections: { reason: string; minShare: number; patterns: string[] };
  html: {
    dropTags: string[];
    noiseClassPattern: string;
    embeddedPostPattern: string;
    commentSectionPattern: string;
    reasons: { pattern: string; reason: string }[];
  };
}

export interface LineClass {
  reason: string;
  maxLength: number;
  /** A line is of the class when one of them matches; each is screened (required-text.ts). */
  patterns: readonly ScreenedPattern[];
}

/** Words cut out of a line that stays (an embedded post's link; its text is a statement). */
export interface InlineClass {
  reason: string;
  /** Global: every match in the line. */
  pattern: ScreenedPattern;
}

export interface CleanRules {
  lineClasses: readonly LineClass[];
  inline: readonly InlineClass[];
  appeal: { reason: string; minCues: number; cues: readonly string[] };
  /** Headings that open end matter (related links, comments, "About the author") running to the end. */
  tailSections: { reason: string; minShare: number; heading: RegExp };
  dropTags: string;
  noiseClass: RegExp;
  /** Posts quoted from social media: statements, kept even where a class also names a widget. */
  embeddedPost: RegExp;
  /** Readers' comments: prose, but never the article. */
  commentSection: RegExp;
  /** What a removed element was, from "tag class id"; the first match wins. */
  elementReasons: readonly { pattern: RegExp; reason: string }[];
}

const FILE = "boilerplate.json";
/** Reads and compiles knowledge/boilerplate.json; loaded once with the knowledge base. */
export function cleanRules(dir: string): CleanRules {
  return compile(readKnowledgeFile<BoilerplateData>(dir, FILE), dir);
}

function compile(data: BoilerplateData, dir: string): CleanRules {
  return {
    // Each line pattern on its own: one that names a word absent from the text is never run.
    lineClasses: data.lineClasses.map((c) => ({
      reason: c.reason,
      maxLength: c.maxLength,
      patterns: c.patterns.map((p) => screened(regex(p, dir))),
    })),
    inline: data.inline.map((c) => ({
      reason: c.reason,
      pattern: screened(regex(c.patterns.map((p) => `(?:${p})`).join("|"), dir, "giu")),
    })),
    appeal: { ...data.appeal, cues: data.appeal.cues.map((c) => c.toLowerCase()) },
    tailSections: {
      reason: data.tailSections.reason,
      minShare: data.tailSections.minShare,
      heading: regex(data.tailSections.patterns.map((p) => `(?:${p})`).join("|"), dir),
    },
    dropTags: data.html.dropTags.join(","),
    noiseClass: regex(data.html.noiseClassPattern, dir),
    embeddedPost: regex(data.html.embeddedPostPattern, dir),
    commentSection: regex(data.html.commentSectionPattern, dir),
    elementReasons: data.html.reasons.map((r) => ({ pattern: regex(r.pattern, dir), reason: r.reason })),
  };
}

function regex(source: string, dir: string, flags = "iu"): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (e) {
    throw new KnowledgeError(`${dir}/${FILE}`, `bad pattern ${source}: ${(e as Error).message}`);
  }
}
