// Alert rules over the escalation series: in a dyad's month, force or coercion (a threat, an
// attack, a seizure) raises a warning, friction (an accusation, a rejection) an information;
// force becomes critical when independent sources confirm an attack, or a sharp rise over the
// dyad's earlier level. A month known only from recollections long after it (background) raises
// nothing but still counts as the earlier level. Each alert says why in one sentence.
import type { Alert, Entity, Event, EventType } from "../contract/types.js";
import {
  type DyadSeries,
  escalationSeries,
  type SeriesInput,
  SeriesMemo,
  type SeriesPoint,
} from "./escalation.js";

/** Hostility is minus the Goldstein intensity: 2 = criticism, 4.4 = a threat, 9 = an armed attack. */
const INFO_HOSTILITY = 2;
const CRITICAL_HOSTILITY = 9;
/** A rise this large over the dyad's earlier peak is an escalation. */
const ESCALATION_STEP = 4;
/** Hostile acts confirmed by this many independent sources are taken as established. */
const CONFIRMED_SOURCES = 2;

export type AlertOptions = Pick<SeriesInput, "independentSources" | "published"> & {
  /** What the last call made of each dyad, for a caller that raises alerts again as a corpus grows. */
  memo?: AlertMemo;
};

/** A dyad's points and the names of its parties, by the alerts they gave. */
interface RaisedAlerts {
  names: string;
  alerts: Alert[];
}

/** Each dyad's series and alerts at the last call; a dyad whose points and names are as they were keeps its alerts. */
export class AlertMemo {
  readonly series = new SeriesMemo();
  readonly raised = new WeakMap<DyadSeries["points"], RaisedAlerts>();
}

export function raiseAlerts(
  events: readonly Event[],
  entities: readonly Entity[],
  { memo, ...options }: AlertOptions = {},
): Alert[] {
  const names = new Map(entities.map((e) => [e.id, e.name]));
  return escalationSeries({ events, entities, ...options }, memo?.series).flatMap((series) => {
    const partyNames = series.actors.map((id) => names.get(id) ?? id).join("\u0000");
    const raised = memo?.raised.get(series.points);
    if (raised?.names === partyNames) return raised.alerts;
    const alerts = dyadAlerts(series, names);
    memo?.raised.set(series.points, { names: partyNames, alerts });
    return alerts;
  });
}

function dyadAlerts(series: DyadSeries, names: ReadonlyMap<string, string>): Alert[] {
  const alerts: Alert[] = [];
  let earlierPeak: number | null = null; // no earlier point: no baseline to rise from
  for (const point of series.points) {
    const rise = earlierPeak === null ? 0 : point.hostility - earlierPeak;
    const level = point.news ? levelOf(point, rise) : null;
    if (level) {
      alerts.push({
        id: `a:${series.actors.join("|")}:${point.period}`,
        level,
        actors: [...series.actors],
        date: point.date,
        reason: reason(point, rise, earlierPeak, names),
        clusters: point.clusters,
      });
    }
    earlierPeak = Math.max(earlierPeak ?? 0, point.hostility);
  }
  return alerts;
}

function levelOf(point: SeriesPoint, rise: number): Alert["level"] | null {
  if (point.kind === "friction") return point.hostility >= INFO_HOSTILITY ? "info" : null;
  if (point.kind === "none") return null;
  const confirmed = point.sources >= CONFIRMED_SOURCES;
  // A planned or conditional attack is a threat, however violent: it warns, it is not critical by itself.
  const attack = !point.hypothetical && (point.type === "ASSAULT" || point.hostility >= CRITICAL_HOSTILITY);
  return confirmed && (attack || rise >= ESCALATION_STEP) ? "critical" : "warning";
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "United States threatened Iraq in 2 independent reports (Nov 2025); hostility 6/10, up from 2." */
function reason(
  point: SeriesPoint & { actor: string; target: string },
  rise: number,
  earlierPeak: number | null,
  names: ReadonlyMap<string, string>,
): string {
  const name = (id: string) => names.get(id) ?? id;
  const [year, month] = point.period.split("-");
  const when = month ? `${MONTHS[Number(month) - 1]} ${year}` : year;
  const reports = `${point.sources} independent report${point.sources === 1 ? "" : "s"}`;
  return `${name(point.actor)} ${PAST[point.type]} ${name(point.target)}${point.hypothetical ? " (planned or conditional)" : ""} in ${reports} (${when}); hostility ${format(point.hostility)}/10, ${trend(rise, earlierPeak)}.`;
}

function trend(rise: number, earlierPeak: number | null): string {
  if (earlierPeak === null) return "the first hostile report between them";
  return rise > 0 ? `up from ${format(earlierPeak)}` : `no rise over the earlier ${format(earlierPeak)}`;
}

const PAST: Record<EventType, string> = {
  AGREE: "agreed with",
  CONSULT: "held talks with",
  SUPPORT: "supported",
  CONCEDE: "made concessions to",
  COOPERATE: "cooperated with",
  AID: "aided",
  RETREAT: "withdrew from",
  REQUEST: "made demands of",
  ACCUSE: "accused",
  REJECT: "rejected",
  THREATEN: "threatened",
  PROTEST: "protested against",
  SANCTION: "sanctioned",
  MOBILIZE: "mobilized against",
  COERCE: "coerced",
  ASSAULT: "attacked",
};

function format(value: number): string {
  return String(Math.round(value * 10) / 10);
}
