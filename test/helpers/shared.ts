// Where ../shared lives, and a visible notice when it does not (a user's clone has none).
import { existsSync } from "node:fs";
import { join } from "node:path";

export const SHARED = join(import.meta.dirname, "..", "..", "..", "shared");
export const HAS_SHARED = existsSync(SHARED);

export function noticeIfNoShared(what: string): void {
  if (!HAS_SHARED)
    console.warn(`NOTICE: ${what} skipped: ${SHARED} is absent (it sits beside the repository in CI)`);
}
