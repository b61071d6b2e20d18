// The schema, as migrations defined in code so that they ship inside dist/ with no file lookups.
// Names start with a zero-padded version number: the highest applied one is the schema version.
import type { Kysely, Migration } from "kysely";
import type { DialectAdapter } from "./adapter.js";

export const MIGRATION_TABLE = "kysely_migration";

export function migrations(adapter: DialectAdapter): Record<string, Migration> {
  return {
    "0001_articles": {
      up: (db) => createArticles(db, adapter),
    },
    "0002_search": {
      up: (db) => adapter.createSearchIndex(db),
    },
    "0003_link_snapshots": {
      up: (db) => createLinkSnapshots(db, adapter),
    },
    "0004_fast_compression": {
      up: (db) => adapter.useFastCompression(db),
    },
    // A long-running reader asks for the rows written since its last look (Store.versionsSince).
    "0005_written_index": {
      up: (db) =>
        db.schema.createIndex("articles_ingested_at").on("articles").column("ingested_at").execute(),
    },
  };
}

/** The version a migration name stands for ("0002_search" -> 2); names not led by digits count 0. */
function migrationVersion(name: string): number {
  return Number.parseInt(name, 10) || 0;
}

export function highestVersion(names: Iterable<string>): number {
  return Math.max(0, ...Array.from(names, migrationVersion));
}

async function createArticles(db: Kysely<unknown>, adapter: DialectAdapter): Promise<void> {
  const text = adapter.bytewiseText;
  // `id` is a unique key rather than the primary key: SQLite's full-text index needs a stable
  // integer rowid, which only an INTEGER PRIMARY KEY (here `seq`) guarantees across VACUUM.
  await adapter
    .addSequenceColumn(db.schema.createTable("articles"))
    .addColumn("id", text, (c) => c.notNull().unique())
    .addColumn("content_hash", text, (c) => c.notNull().unique())
    .addColumn("url", "text")
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("outlet", "text")
    .addColumn("title", "text")
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("published", text)
    .addColumn("published_precision", "text")
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("analysis", adapter.jsonText, (c) => c.notNull())
    .addColumn("ingested_at", text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex("articles_published_id").on("articles").columns(["published", "id"]).execute();
}

/** Saved corpus indexes (see src/link/snapshot.ts), by name: a cache that linking may always rebuild. */
async function createLinkSnapshots(db: Kysely<unknown>, adapter: DialectAdapter): Promise<void> {
  await db.schema
    .createTable("link_snapshots")
    .addColumn("name", adapter.bytewiseText, (c) => c.primaryKey())
    .addColumn("state", adapter.binary, (c) => c.notNull())
    .addColumn("written_at", "text", (c) => c.notNull())
    .execute();
}
