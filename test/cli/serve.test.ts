// `sitrep serve` as a user runs it, on SQLite and on PostgreSQL: a real process listening on
// 127.0.0.1, a CLI ingest in a second process while it runs, and a clean stop on SIGTERM.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { availableBackends } from "../fuzz/backends.js";
import { syntheticRecords, toJsonl } from "../fuzz/synthetic.js";
import { sitrep } from "../helpers/sitrep.js";
import { startSitrep, until } from "../queue/processes.js";

const backends = await availableBackends("serve tests");
const dir = mkdtempSync(join(tmpdir(), "sitrep-serve-"));
const [first, second] = [syntheticRecords(12, 5).slice(0, 8), syntheticRecords(12, 5).slice(8)];
const firstBatch = join(dir, "first.jsonl");
const secondBatch = join(dir, "second.jsonl");
writeFileSync(firstBatch, toJsonl(first));
writeFileSync(secondBatch, toJsonl(second));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ADDRESS = /serving .* at (http:\/\/127\.0\.0\.1:\d+)/;

for (const backend of backends) {
  describe(`sitrep serve on ${backend.name}`, () => {
    afterAll(() => backend.cleanup());

    it("answers while another process ingests, then stops cleanly on SIGTERM", async () => {
      const env = await backend.freshEnv();
      expect(sitrep(["ingest", firstBatch], { env }).status).toBe(0);
      const server = startSitrep(["serve", "--port", "0"], env);
      let base = "";
      await until(async () => {
        if (server.child.exitCode !== null) throw new Error(`serve ended early: ${server.stderr()}`);
        base = ADDRESS.exec(server.stderr())?.[1] ?? "";
        return base !== "";
      });
      const status = async () => (await fetch(`${base}/api/status`)).json();
      expect(await status()).toMatchObject({ articles: 8 });

      expect(sitrep(["ingest", secondBatch], { env }).status).toBe(0);
      expect(await status()).toMatchObject({ articles: 12 });
      const served = await (await fetch(`${base}/api/report`)).text();
      expect(served).toBe(sitrep(["report"], { env }).stdout);
      expect(served).toMatch(/^12 articles from/m);

      server.child.kill("SIGTERM");
      const { code, stderr } = await server.ended;
      expect(code).toBe(0);
      expect(stderr).toMatch(/stopping on SIGTERM/);
    }, 60_000);
  });
}
