// Placeholder: replaced by the owner of this knowledge section.
// biome-ignore lint/complexity/noBannedTypes: placeholder until the section is designed
export type CueLexicon = {};

export function loadCues(_dir: string): CueLexicon {
  return {};
}
