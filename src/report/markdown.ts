// The situation report in Markdown: alerts first, then each story with its key events, where the
// outlets disagree and how each names the actors, with how many independent sources stand behind
// each event and how each outlet hedges.
import type { AnalysisDocument, Article, Entity, Event, Story } from "../contract/types.js";
import type { ClusterSummary } from "../link/corroboration.js";
import type { CorpusPicture } from "../link/document.js";

const MAX_EVENTS_PER_STORY = 12;

export function renderMarkdown(picture: CorpusPicture): string {
  const doc = picture.document;
  const view = new DocumentView(picture);
  const out: string[] = ["# Situation report", "", summaryLine(doc), ""];
  out.push(...alertsSection(doc, view));
  for (const story of doc.stories) out.push(...storySection(story, view));
  return `${out.join("\n").trimEnd()}\n`;
}

/** Lookups over one document. */
class DocumentView {
  readonly articles: Map<string, Article>;
  readonly entities: Map<string, Entity>;
  readonly eventsByCluster = new Map<string, Event[]>();
  readonly clusters: Map<string, ClusterSummary>;
  readonly hedgesOf: Map<string, string[]>;

  constructor(picture: CorpusPicture) {
    const doc = picture.document;
    this.clusters = new Map(picture.clusters.map((c) => [c.id, c]));
    this.hedgesOf = new Map(
      picture.voices.map((v) => [v.article, [...v.hedges, ...v.loaded].map((t) => t.term)]),
    );
    this.articles = new Map(doc.articles.map((a) => [a.id, a]));
    this.entities = new Map(doc.entities.map((e) => [e.id, e]));
    for (const e of doc.events) {
      const list = this.eventsByCluster.get(e.cluster) ?? [];
      list.push(e);
      this.eventsByCluster.set(e.cluster, list);
    }
  }

  name(id: string | null): string {
    return id === null ? "?" : (this.entities.get(id)?.name ?? id);
  }

  outlet(articleId: string): string {
    const a = this.articles.get(articleId);
    return a?.outlet ?? a?.source ?? articleId;
  }
}

function summaryLine(doc: AnalysisDocument): string {
  const outlets = new Set(doc.articles.map((a) => a.outlet).filter(Boolean));
  const dates = doc.articles.flatMap((a) => (a.published ? [a.published.date] : [])).sort();
  const span = dates.length ? `, published ${dates[0]} to ${dates[dates.length - 1]}` : "";
  const events = new Set(doc.events.map((e) => e.cluster)).size;
  return (
    `${counted(doc.articles.length, "article")} from ${counted(outlets.size, "outlet")}${span}: ` +
    `${counted(doc.stories.length, "story", "stories")}, ${counted(events, "distinct event")}, ` +
    `${counted(doc.alerts.length, "alert")}.`
  );
}

/** "1 story", "3 stories". */
function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function alertsSection(doc: AnalysisDocument, view: DocumentView): string[] {
  if (!doc.alerts.length) return ["## Alerts", "", "No alerts.", ""];
  const rank = { critical: 0, warning: 1, info: 2 };
  const alerts = [...doc.alerts].sort(
    (a, b) => rank[a.level] - rank[b.level] || b.date.localeCompare(a.date),
  );
  return [
    "## Alerts",
    "",
    ...alerts.map(
      (a) =>
        `- **${a.level.toUpperCase()}** ${a.date} — ${a.actors.map((x) => view.name(x)).join(" / ")}: ${a.reason}`,
    ),
    "",
  ];
}

function storySection(story: Story, view: DocumentView): string[] {
  const articles = story.articles.map((id) => view.articles.get(id)).filter((a): a is Article => Boolean(a));
  const dates = articles.flatMap((a) => (a.published ? [a.published.date] : [])).sort();
  const outlets = [...new Set(story.articles.map((id) => view.outlet(id)))];
  const out = [
    `## ${story.title}`,
    "",
    `${counted(articles.length, "article")} from ${outlets.join(", ")}` +
      (dates.length ? `; first report ${dates[0]}, last ${dates[dates.length - 1]}.` : "."),
    "",
  ];
  out.push(
    ...eventsTable(story, view),
    ...discrepancyList(story),
    ...framingTable(story, view),
    ...hedges(story, view),
  );
  return out;
}

function hedges(story: Story, view: DocumentView): string[] {
  const rows = story.articles.flatMap((id) => {
    const terms = [...new Set(view.hedgesOf.get(id) ?? [])];
    return terms.length ? [`- ${view.outlet(id)}: ${terms.map((t) => `“${t}”`).join(", ")}`] : [];
  });
  return rows.length ? ["### Hedges and loaded words", "", ...rows, ""] : [];
}

function eventsTable(story: Story, view: DocumentView): string[] {
  const clusters = story.clusters
    .map((c) => view.eventsByCluster.get(c) ?? [])
    .filter((events) => events.length > 0)
    .sort(
      (a, b) =>
        b.length - a.length ||
        Math.min(...a.map((e) => e.intensity)) - Math.min(...b.map((e) => e.intensity)),
    )
    .slice(0, MAX_EVENTS_PER_STORY);
  if (!clusters.length) return [];
  const rows = clusters.map((events) => {
    const e = events[0];
    const summary = view.clusters.get(e.cluster);
    const outlets = [...new Set(events.map((x) => view.outlet(x.article)))];
    const independent = summary?.independentSources ?? outlets.length;
    const evidence = cell(e.evidence[0]?.text ?? "", 110);
    return `| ${e.date?.value ?? "?"} | ${e.type}${e.mode ? ` (${e.mode})` : ""} | ${cell(view.name(e.actor))} → ${cell(
      view.name(e.target),
    )} | ${summary?.status ?? e.modality} | ${independent} | ${events.length}: ${cell(outlets.join(", "))} | ${evidence} |`;
  });
  return [
    "### Key events",
    "",
    "| date | event | who → whom | status | independent sources | reports: outlets | evidence |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
  ];
}

function discrepancyList(story: Story): string[] {
  if (!story.discrepancies.length) return [];
  return [
    "### Where the accounts differ",
    "",
    ...story.discrepancies.map(
      (d) => `- ${d.about}: ${d.values.map((v) => `“${v.text}” (${v.article})`).join(" vs ")}`,
    ),
    "",
  ];
}

function framingTable(story: Story, view: DocumentView): string[] {
  const rows = story.framing
    .filter((f) => new Set(f.terms.map((t) => t.term.toLowerCase())).size > 1)
    .map((f) => {
      const terms = f.terms.map((t) => `${view.outlet(t.article)}: “${t.term}” ×${t.count}`).join("; ");
      return `| ${cell(view.name(f.referent))} | ${cell(terms, 400)} |`;
    });
  if (!rows.length) return [];
  return ["### How each outlet names the actors", "", "| actor | terms |", "| --- | --- |", ...rows, ""];
}

/** Text made safe for one Markdown table cell. */
function cell(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, " ").replace(/\|/g, "\\|").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
