// The outlet registry (knowledge/outlets.json): who publishes, under which names, domains and
// social handles, from which country and under what ownership.
import { readKnowledgeFile } from "./load.js";
import { firstCharacterOf, matchesOf } from "./patterns.js";

export interface Outlet {
  id: string;
  name: string;
  aliases: string[];
  domains: string[];
  /** ISO 3166-1 alpha-3 */
  country: string | null;
  ownership: string | null;
  /** Social media handles without "@", as the outlet signs its posts. */
  handles?: string[];
}

export interface OutletMention {
  outlet: Outlet;
  start: number;
  end: number;
}

export interface OutletRegistry {
  outlets: readonly Outlet[];
  /** The outlet owning a host name ("www.jpost.com" -> Jerusalem Post), or null. */
  byDomain(host: string): Outlet | null;
  /** The outlet called this name or alias, case- and punctuation-insensitive, or null. */
  byName(name: string): Outlet | null;
  /** The outlet signing posts as this handle ("@TheCradleMedia" or "thecradlemedia"), or null. */
  byHandle(handle: string): Outlet | null;
  /** Every mention of a registered name or alias in a text, longest names first, no overlaps. */
  mentions(text: string): OutletMention[];
}

const nameKey = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function loadOutlets(dir: string): OutletRegistry {
  return buildOutletRegistry(readKnowledgeFile<Outlet[]>(dir, "outlets.json"));
}

export function buildOutletRegistry(outlets: readonly Outlet[]): OutletRegistry {
  const byName = new Map<string, Outlet>();
  const byDomain = new Map<string, Outlet>();
  const byHandle = new Map<string, Outlet>();
  // The first entry wins a shared key, so the file's order settles ambiguity.
  const put = (map: Map<string, Outlet>, key: string, o: Outlet) => {
    if (key && !map.has(key)) map.set(key, o);
  };
  for (const o of outlets) {
    for (const n of [o.name, ...o.aliases]) put(byName, nameKey(n), o);
    for (const d of o.domains) put(byDomain, d.toLowerCase(), o);
    for (const h of o.handles ?? []) put(byHandle, h.toLowerCase(), o);
  }
  const mentionPattern = namesPattern(outlets);
  return {
    outlets,
    byDomain(host) {
      const parts = host.toLowerCase().replace(/\.$/, "").split(".");
      for (let i = 0; i < parts.length - 1; i++) {
        const hit = byDomain.get(parts.slice(i).join("."));
        if (hit) return hit;
      }
      return null;
    },
    byName: (name) => byName.get(nameKey(name)) ?? null,
    byHandle: (handle) => byHandle.get(handle.replace(/^@/, "").toLowerCase()) ?? null,
    mentions(text) {
      if (!mentionPattern) return [];
      const found: OutletMention[] = [];
      for (const m of matchesOf(mentionPattern, text)) {
        const outlet = byName.get(nameKey(m[1]));
        if (outlet)
          found.push({ outlet, start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
      }
      return found;
    },
  };
}

/**
 * One alternation of every name and alias, longest first so "The Jerusalem Post" wins over
 * "Jerusalem Post". Names must start and end at word boundaries; case must match, because
 * many outlet names are also common words ("The Hill", "Mint", "The Nation"). A look-ahead at
 * the names' first characters opens it: the costly alternation runs at few positions.
 */
function namesPattern(outlets: readonly Outlet[]): RegExp | null {
  const names = [...new Set(outlets.flatMap((o) => [o.name, ...o.aliases]))].filter((n) => n.length >= 2);
  if (names.length === 0) return null;
  names.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const alternatives = names.map(escapeRegExp).join("|");
  return new RegExp(`${firstCharacterOf(names)}(?<![\\p{L}\\p{N}])(${alternatives})(?![\\p{L}\\p{N}])`, "gu");
}
