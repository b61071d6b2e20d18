// The PostgreSQL store: the shared suite on the real server (SITREP_TEST_DATABASE_URL, else the
// local one), each store in a fresh schema dropped at the end. Skipped, with a notice, when no
// server answers.
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { type OpenStoreOptions, openStore } from "../../src/store/index.js";
import { redactedUrl } from "../../src/store/postgres.js";
import { TEST_DATABASE_URL as databaseUrl, unavailableReason, withClient } from "../helpers/postgres.js";
import { analysisOf, metaOf } from "./articles.js";
import { storeSuite } from "./store-suite.js";

const unavailable = await unavailableReason();
if (unavailable !== null) {
  console.warn(`PostgreSQL store tests SKIPPED: no server at ${redactedUrl(databaseUrl)} (${unavailable}).`);
}

const schemas: string[] = [];

/** A store location in a schema of its own, dropped by dropSchemas(). */
async function freshOptions(): Promise<OpenStoreOptions> {
  const schema = `sitrep_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  schemas.push(schema);
  return { databaseUrl, schema };
}

function dropSchemas(): Promise<void> {
  return withClient(async (client) => {
    for (const schema of schemas.splice(0)) await client.query(`drop schema if exists ${schema} cascade`);
  });
}

describe.skipIf(unavailable !== null)("PostgreSQL", () => {
  storeSuite("PostgreSQL store", {
    freshOptions,
    executeRaw: (options, statement) =>
      withClient((client) => client.query(statement), { schema: options.schema }).then(() => {}),
    cleanup: dropSchemas,
  });

  describe("PostgreSQL store, beyond the shared suite", () => {
    afterAll(dropSchemas);

    it("compresses large texts and analyses with lz4 when the server has it", async () => {
      const options = await freshOptions();
      const store = await openStore(options);
      try {
        const text = Array.from({ length: 400 }, (_, n) => `Convoy ${n} crossed the northern bridge.`).join(
          " ",
        );
        const analysis = analysisOf({ id: "long", text });
        await store.ingest(analysis, metaOf(analysis));
        const codecs = await withClient(
          async (client) => {
            const lz4 = await client.query(
              "select 'lz4' = any(enumvals) as ok from pg_settings where name = 'default_toast_compression'",
            );
            const used = await client.query("select pg_column_compression(text) as codec from articles");
            return { available: lz4.rows[0].ok as boolean, used: used.rows[0].codec as string };
          },
          { schema: options.schema },
        );
        expect(codecs.used).toBe(codecs.available ? "lz4" : "pglz");
      } finally {
        await store.close();
      }
    });

    it("stores an article that two connections ingest at the same moment once", async () => {
      const options = await freshOptions();
      const stores = [await openStore(options), await openStore(options)];
      try {
        for (let n = 0; n < 20; n++) {
          const analysis = analysisOf({ id: `a${n}` });
          const results = await Promise.all(stores.map((store) => store.ingest(analysis, metaOf(analysis))));
          expect(results.map((r) => r.status).sort()).toEqual(["added", "unchanged"]);
        }
        expect(await stores[0].count()).toBe(20);
      } finally {
        await Promise.all(stores.map((store) => store.close()));
      }
    });
  });
});
