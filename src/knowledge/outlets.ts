// The outlet registry (knowledge/outlets.json): who publishes, under which names and domains.
// Placeholder implementation; the clean stage's owner extends it.
import { readKnowledgeFile } from "./load.js";

export interface Outlet {
  id: string;
  name: string;
  aliases: string[];
  domains: string[];
  /** ISO 3166-1 alpha-3 */
  country: string | null;
  ownership: string | null;
}

export interface OutletRegistry {
  outlets: readonly Outlet[];
  /** The outlet owning a host name ("www.jpost.com" -> Jerusalem Post), or null. */
  byDomain(host: string): Outlet | null;
  /** The outlet called this name or alias, case- and punctuation-insensitive, or null. */
  byName(name: string): Outlet | null;
}

export function loadOutlets(dir: string): OutletRegistry {
  const outlets = readKnowledgeFile<Outlet[]>(dir, "outlets.json");
  const nameKey = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  const byName = new Map<string, Outlet>();
  const byDomain = new Map<string, Outlet>();
  for (const o of outlets) {
    for (const n of [o.name, ...o.aliases]) byName.set(nameKey(n), o);
    for (const d of o.domains) byDomain.set(d.toLowerCase(), o);
  }
  return {
    outlets,
    byDomain(host) {
      const parts = host.toLowerCase().split(".");
      for (let i = 0; i < parts.length - 1; i++) {
        const hit = byDomain.get(parts.slice(i).join("."));
        if (hit) return hit;
      }
      return null;
    },
    byName: (name) => byName.get(nameKey(name)) ?? null,
  };
}
