// A small story written for the tests: a phone call between two ministers told by two outlets
// (with a reprint of the first), and an unrelated article about a harbour strike.
import type { ArticleAnalysis } from "../../src/analyze/types.js";
import type { Entity, Event } from "../../src/contract/types.js";
import { analysis, article, entity, event, sentenceOf, span } from "./fixtures.js";

const ledgerText =
  "Ruritanian Defence Minister Karim al-Haddad said the foreign minister of Borduria warned him during a phone call that lasted about 20 minutes. " +
  "The warning reportedly concerned resistance militias near the border, which Borduria calls terrorist groups. " +
  "Al-Haddad said the call also covered drone cooperation and a pending helicopter deal.";

export const ledger = article("ledger", ledgerText, {
  outlet: "Daily Ledger",
  published: "2025-03-10",
  title: "Borduria warns Ruritania in tense call",
});
export const reprint = article("reprint", ledgerText, {
  outlet: "Morning Wire",
  published: "2025-03-10",
  title: "Borduria warns Ruritania",
});
export const courier = article(
  "courier",
  "Ruritania's defence minister, Kareem al-Haddad, described a tense phone call with Borduria's foreign minister, which lasted 18 to 20 minutes. " +
    "Bordurian officials allegedly warned that armed militias near the border would face strikes. " +
    "The call also discussed drone cooperation between the two defence ministries and a helicopter deal.",
  { outlet: "Evening Courier", published: "2025-03-11", title: null },
);
export const harbour = article(
  "harbour",
  "Fishermen in the northern harbour protested against new catch quotas on Tuesday. " +
    "Port authorities said about 300 boats stayed in the docks as the strike entered its second day, and the fish market closed early.",
  { outlet: "Harbour Times", published: "2025-03-10", title: "Fishermen strike over quotas" },
);

export const analyses: ArticleAnalysis[] = [ledger, reprint, courier, harbour].map(analysis);

export const entities: Entity[] = [
  entity("borduria", "COUNTRY", "BOR", [
    span(ledger, "Borduria"),
    span(reprint, "Borduria"),
    span(courier, "Borduria"),
  ]),
  entity("ruritania", "COUNTRY", "RUR", [span(courier, "Ruritania")]),
  entity(
    "haddad",
    "PERSON",
    "RUR",
    [span(ledger, "Karim al-Haddad"), span(courier, "Kareem al-Haddad")],
    "Karim al-Haddad",
  ),
  entity(
    "militias",
    "ARMED_GROUP",
    "RUR",
    [
      span(ledger, "resistance militias"),
      span(ledger, "terrorist groups"),
      span(reprint, "resistance militias"),
      span(courier, "armed militias"),
    ],
    "militias",
  ),
  entity("border", "LOCATION", null, [span(ledger, "border")]),
];

const warning = { type: "THREATEN", actor: "borduria", target: "ruritania", intensity: -6 } as const;
const call = { type: "CONSULT", mode: "call", actor: "borduria", target: "haddad", intensity: 1 } as const;

export const events: Event[] = [
  event({ id: "ledger#e1", article: "ledger", ...warning, evidence: [sentenceOf(ledger, "warned him")] }),
  event({ id: "ledger#e2", article: "ledger", ...call, evidence: [sentenceOf(ledger, "lasted")] }),
  event({ id: "reprint#e1", article: "reprint", ...warning, evidence: [sentenceOf(reprint, "warned him")] }),
  event({ id: "reprint#e2", article: "reprint", ...call, evidence: [sentenceOf(reprint, "lasted")] }),
  event({
    id: "courier#e1",
    article: "courier",
    ...warning,
    modality: "alleged",
    evidence: [sentenceOf(courier, "allegedly warned")],
  }),
  event({ id: "courier#e2", article: "courier", ...call, evidence: [sentenceOf(courier, "lasted")] }),
  event({
    id: "harbour#e1",
    article: "harbour",
    type: "PROTEST",
    intensity: -6.5,
    evidence: [sentenceOf(harbour, "protested")],
  }),
];
