// Placeholder: replaced by the owner of this knowledge section.
// biome-ignore lint/complexity/noBannedTypes: placeholder until the section is designed
export type EventLexicon = {};

export function loadEventLexicon(_dir: string): EventLexicon {
  return {};
}
