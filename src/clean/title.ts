// The title a page gives itself, without the site name that <title> tags append
// ("Troops withdraw from border town | The Daily Example").

const SITE_SUFFIX = /\s+(?:[|–—·•»:]|-{1,2})\s+([^|–—·•»]{1,60})$/u;
const MAX_SUFFIX_WORDS = 4;

export function pageTitle(titles: readonly string[], siteNames: readonly string[]): string | null {
  const first = titles.find((t) => t.trim() !== "");
  return first ? withoutSiteName(first.trim(), siteNames) : null;
}

function withoutSiteName(title: string, siteNames: readonly string[]): string {
  const m = SITE_SUFFIX.exec(title);
  if (!m) return title;
  const rest = title.slice(0, m.index).trim();
  const suffix = m[1].trim().toLowerCase();
  const isSite =
    siteNames.some((s) => s.toLowerCase() === suffix) || suffix.split(/\s+/).length <= MAX_SUFFIX_WORDS;
  return isSite && rest.split(/\s+/).length >= 3 ? rest : title;
}
