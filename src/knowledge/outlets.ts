// Placeholder: replaced by the owner of this knowledge section.
// biome-ignore lint/complexity/noBannedTypes: placeholder until the section is designed
export type OutletRegistry = {};

export function loadOutlets(_dir: string): OutletRegistry {
  return {};
}
