// Run as its own process by sqlite.test.ts: opens the store in <home> and ingests <count> articles
// with ids <prefix>-<n>, to show that several processes can share one SQLite file.
import { openStore } from "../../src/store/index.js";
import { analysisOf, metaOf } from "./articles.js";

async function main(home: string, prefix: string, count: number): Promise<void> {
  const store = await openStore({ home });
  try {
    for (let n = 0; n < count; n++) {
      const analysis = analysisOf({ id: `${prefix}-${n}` });
      await store.ingest(analysis, metaOf(analysis));
    }
  } finally {
    await store.close();
  }
}

const [home, prefix, count] = process.argv.slice(2);
await main(home, prefix, Number(count));
