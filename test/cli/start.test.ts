// `npm start` as a new user runs it: the built executable ingests the example corpus into the
// embedded store and prints the situation report; running it again stores nothing twice.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const BIN = join(ROOT, "bin", "sitrep.js");

function run(args: string[], home: string) {
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: {
      ...process.env,
      SITREP_HOME: home,
      SITREP_KNOWLEDGE: ["knowledge", join("examples", "knowledge")].join(delimiter),
      DATABASE_URL: "",
    },
  });
}

describe("the built executable on the example corpus", () => {
  it("is built by npm install (prepare)", () => {
    expect(existsSync(join(ROOT, "dist", "cli", "main.js"))).toBe(true);
  });

  it("ingests once, then reports stories, events and alerts", () => {
    const home = mkdtempSync(join(tmpdir(), "sitrep-start-"));
    const first = run(["ingest", "examples/corpus"], home);
    expect(first.stderr).toMatch(/14 added, 0 replaced, 0 unchanged, 0 failed; 14 articles stored/);
    expect(first.status).toBe(0);
    const again = run(["ingest", "examples/corpus"], home);
    expect(again.stderr).toMatch(/0 added, 0 replaced, 14 unchanged, 0 failed; 14 articles stored/);
    const report = run(["report"], home);
    expect(report.status).toBe(0);
    expect(report.stdout).toMatch(/^# Situation report/);
    expect(report.stdout).toMatch(/## Alerts/);
    expect(report.stdout).toMatch(/### Key events/);
    expect(report.stdout).toContain("Kharsa Brigades");
  });
});
