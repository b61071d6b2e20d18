// Which outlet published the article, with the evidence it rests on. An outlet the article
// merely cites ("told Maariv", "Asharq Al-Awsat reported") is never taken for its publisher:
// only the record, the URL, the page's own metadata, and the publisher's own voice count.
import type { Removed } from "../contract/types.js";
import type { Outlet, OutletMention, OutletRegistry } from "../knowledge/outlets.js";

export type OutletBasis =
  | "record"
  | "url domain"
  | "page metadata"
  | "self-reference"
  | "own boilerplate"
  | "embedded post";

export interface OutletFinding {
  name: string;
  basis: OutletBasis;
}

export interface OutletEvidence {
  given: string | null;
  url: string | null;
  /** og:site_name, JSON-LD publisher and the like. */
  pageNames: readonly string[];
  text: string;
  removed: readonly Removed[];
}

// The publisher asks for comment in its own name: "did not respond to a Reuters request for comment".
const ASKS_FOR_COMMENT =
  /^\s*(?:['’]s?\s+)?(?:requests? for comment|inquir(?:y|ies)|(?:emailed |written )?questions)\b/iu;
// Words every such request holds: without them, no mention needs to be looked at.
const ASKING_WORD = /requests? for comment|inquir(?:y|ies)|questions/iu;
// The publisher's own boilerplate (paywall, appeals, newsletter) names it.
const OWN_VOICE = new Set(["paywall", "donation appeal", "newsletter"]);
// "— The Outlet (@handle) November 2, 2025": the signature of an embedded post.
const POST_SIGNATURE = /^[—–-]{1,2}\s*(.{1,100}?)\s*\(@(\w{1,15})\)/u;

export function findOutlet(e: OutletEvidence, registry: OutletRegistry): OutletFinding | null {
  if (e.given) return { name: e.given, basis: "record" };
  const byUrl = hostOf(e.url);
  const fromUrl = byUrl ? registry.byDomain(byUrl) : null;
  if (fromUrl) return { name: fromUrl.name, basis: "url domain" };
  const page = e.pageNames.find((n) => n.trim() !== "");
  if (page) return { name: registry.byName(page)?.name ?? page.trim(), basis: "page metadata" };
  // Searching the text for every outlet name is costly: done once, and only when needed.
  let inText: readonly OutletMention[] | null = null;
  const textMentions = () => (inText ??= registry.mentions(e.text));
  const asking = ASKING_WORD.test(e.text) ? mostMentioned(selfReferences(e.text, textMentions())) : null;
  if (asking) return { name: asking.name, basis: "self-reference" };
  const voice = mostMentioned(
    e.removed.filter((r) => OWN_VOICE.has(r.reason)).flatMap((r) => mentioned(r.text, registry)),
  );
  if (voice) return { name: voice.name, basis: "own boilerplate" };
  const poster = ownPostSigner(e.removed, textMentions, registry);
  return poster ? { name: poster.name, basis: "embedded post" } : null;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

function mentioned(text: string, registry: OutletRegistry): Outlet[] {
  return registry.mentions(text).map((m) => m.outlet);
}

/** `mentions`: the outlets named in `text`. */
function selfReferences(text: string, mentions: readonly OutletMention[]): Outlet[] {
  return mentions.filter((m) => ASKS_FOR_COMMENT.test(text.slice(m.end, m.end + 40))).map((m) => m.outlet);
}

/** The outlet named most often; ties go to the one named first. */
function mostMentioned(outlets: readonly Outlet[]): Outlet | null {
  const counts = new Map<Outlet, number>();
  for (const o of outlets) counts.set(o, (counts.get(o) ?? 0) + 1);
  let best: Outlet | null = null;
  for (const [o, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = o;
  return best;
}

/**
 * An outlet that signs an embedded post but is never named in the article's own text is the
 * article's publisher sharing its own post; a cited outlet is named where it is cited.
 */
function ownPostSigner(
  removed: readonly Removed[],
  inText: () => readonly OutletMention[],
  registry: OutletRegistry,
): Outlet | null {
  for (const r of removed) {
    if (r.reason !== "embedded post") continue;
    const m = POST_SIGNATURE.exec(r.text);
    if (!m) continue;
    const outlet = registry.byHandle(m[2]) ?? registry.byName(m[1]);
    if (outlet && !inText().some((mention) => mention.outlet === outlet)) return outlet;
  }
  return null;
}
