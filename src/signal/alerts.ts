// Placeholder: replaced by escalation series and alert rules.
import type { Alert, Entity, Event } from "../contract/types.js";

export function raiseAlerts(_events: readonly Event[], _entities: readonly Entity[]): Alert[] {
  return [];
}
