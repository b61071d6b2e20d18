// Placeholder: replaced by the owner of this knowledge section.
// biome-ignore lint/complexity/noBannedTypes: placeholder until the section is designed
export type ActorKnowledge = {};

export function loadActors(_dir: string): ActorKnowledge {
  return {};
}
