// The Store over Kysely: one code path for SQLite and PostgreSQL; what differs is in the adapter.
import { type ExpressionBuilder, type Kysely, type Migration, Migrator, sql, type Transaction } from "kysely";
import { type PortableAnalysis, portableJson, withSegmentation } from "../analyze/portable.js";
import type { ArticleAnalysis } from "../analyze/types.js";
import type { DialectAdapter } from "./adapter.js";
import { reasonOf, StoreError } from "./errors.js";
import { highestVersion, MIGRATION_TABLE, migrations } from "./migrations.js";
import type { ArticlesTable, Database } from "./schema.js";
import type {
  AnalysisFilter,
  ArticleToStore,
  ArticleVersion,
  CheckReport,
  IngestResult,
  MetaToStore,
  MigrateResult,
  SearchHit,
  Store,
  StoreCapabilities,
  StoredArticle,
} from "./types.js";
import { byStoreOrder } from "./types.js";

const DEFAULT_SEARCH_LIMIT = 20;
const MAX_SEARCH_LIMIT = 1000;
/** Rows read per query while checking, so a large store is never read into memory at once. */
const CHECK_PAGE_SIZE = 500;
/** Ids bound per query when articles are read by id, well under either database's limit. */
const IDS_PER_QUERY = 500;

export interface KyselyStoreOptions {
  /** The clock for `ingested_at`; tests pass a fixed one. */
  now?: () => Date;
  /**
   * Where the migrator keeps its tables. Needed on PostgreSQL: without it Kysely's migrator finds
   * its tables in any schema of the database, another store's included.
   */
  migrationSchema?: string;
}

type ArticleRow = Omit<ArticlesTable, "seq">;

export class KyselyStore implements Store {
  readonly kind: DialectAdapter["kind"];
  private readonly now: () => Date;
  private readonly migrations: Record<string, Migration>;
  private readonly migrator: Migrator;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly adapter: DialectAdapter,
    readonly location: string,
    options: KyselyStoreOptions = {},
  ) {
    this.kind = adapter.kind;
    this.now = options.now ?? (() => new Date());
    this.migrations = migrations(adapter);
    this.migrator = new Migrator({
      db,
      provider: { getMigrations: async () => this.migrations },
      migrationTableSchema: options.migrationSchema,
    });
  }

  get capabilities(): StoreCapabilities {
    return this.adapter.capabilities;
  }

  async hasContent(contentHash: string): Promise<boolean> {
    const row = await this.db
      .selectFrom("articles")
      .select("id")
      .where("content_hash", "=", contentHash)
      .executeTakeFirst();
    return row !== undefined;
  }

  /**
   * Same content under another id is "unchanged" too, and the result names the stored id. When a
   * concurrent writer stores the same article between our read and our write (PostgreSQL; SQLite
   * writers queue), the unique key refuses ours and one more attempt sees theirs.
   */
  async ingest(analysis: ArticleAnalysis, meta: MetaToStore): Promise<IngestResult> {
    const now = this.now().toISOString();
    const row = toRow(analysis, meta, now);
    // Most articles are new: one statement stores them, no transaction round trips around it.
    if (await insertIfNew(this.db, row)) return { id: row.id, status: "added" };
    try {
      return await this.ingestRow(row, now);
    } catch (e) {
      if (!this.adapter.isUniqueViolation(e)) throw e;
      return this.ingestRow(row, now);
    }
  }

  /**
   * A transaction that fails (a concurrent writer on PostgreSQL took an id or a content between our
   * read and our write) leaves nothing behind; each article is then stored on its own.
   */
  async ingestMany(items: readonly ArticleToStore[]): Promise<IngestResult[]> {
    const now = this.now().toISOString();
    const rows = items.map(({ analysis, meta }) => toRow(analysis, meta, now));
    try {
      return await this.db.transaction().execute(async (trx) => {
        const results: IngestResult[] = [];
        for (const row of rows) results.push(await storeRow(trx, row, now));
        return results;
      });
    } catch (e) {
      if (!this.adapter.isUniqueViolation(e)) throw e;
      const results: IngestResult[] = [];
      for (const { analysis, meta } of items) results.push(await this.ingest(analysis, meta));
      return results;
    }
  }

  private ingestRow(row: ArticleRow, now: string): Promise<IngestResult> {
    return this.db.transaction().execute((trx) => decideAndWrite(trx, row, now));
  }

  /**
   * In store order (`byStoreOrder`: publication date, or the day written when undated, then id;
   * both compare byte-wise). An article dated only to a month or a year is kept by `since` when
   * that month or year reaches `since`.
   */
  async articles(filter: AnalysisFilter = {}): Promise<StoredArticle[]> {
    let query = this.db
      .selectFrom("articles")
      .select(["id", "url", "content_hash", "analysis", "ingested_at"])
      .orderBy(sql`coalesce(published, substr(ingested_at, 1, 10))`)
      .orderBy("id");
    if (filter.since !== undefined) query = query.where(publishedOrIngestedSince(checkedSince(filter.since)));
    return (await query.execute()).map((r) => this.storedArticle(r));
  }

  async versionsSince(afterSeq: number, writtenSince: string): Promise<ArticleVersion[]> {
    const versions = () =>
      this.db.selectFrom("articles").select(["id", "content_hash", "seq", "ingested_at"]);
    // Two queries, each on its own index: an "or", or a union ordered by sequence, scans the table.
    const [added, written] = await Promise.all([
      versions().where("seq", ">", afterSeq).execute(),
      versions().where("ingested_at", ">=", writtenSince).execute(),
    ]);
    const bySeq = new Map([...added, ...written].map((r) => [Number(r.seq), r]));
    return [...bySeq.entries()]
      .sort(([x], [y]) => x - y)
      .map(([seq, r]) => ({ id: r.id, contentHash: r.content_hash, seq, writtenAt: r.ingested_at }));
  }

  async articlesWithIds(ids: readonly string[]): Promise<StoredArticle[]> {
    const found: StoredArticle[] = [];
    for (let start = 0; start < ids.length; start += IDS_PER_QUERY) {
      const rows = await this.db
        .selectFrom("articles")
        .select(["id", "url", "content_hash", "analysis", "ingested_at"])
        .where("id", "in", ids.slice(start, start + IDS_PER_QUERY))
        .execute();
      for (const row of rows) found.push(this.storedArticle(row));
    }
    return found.sort(byStoreOrder);
  }

  private storedArticle(
    row: Pick<ArticleRow, "id" | "url" | "content_hash" | "analysis" | "ingested_at">,
  ): StoredArticle {
    return {
      url: row.url,
      contentHash: row.content_hash,
      analysis: this.parseAnalysis(row),
      writtenAt: row.ingested_at,
    };
  }

  async count(): Promise<number> {
    const { n } = await this.db
      .selectFrom("articles")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    return Number(n);
  }

  async revision(): Promise<string> {
    const { n, last, written } = await this.db
      .selectFrom("articles")
      .select((eb) => [
        eb.fn.countAll().as("n"),
        eb.fn.max("seq").as("last"),
        eb.fn.max("ingested_at").as("written"),
      ])
      .executeTakeFirstOrThrow();
    return `${n}:${last ?? 0}:${written ?? ""}`;
  }

  async search(query: string, limit = DEFAULT_SEARCH_LIMIT): Promise<SearchHit[]> {
    const wanted = Number.isFinite(limit) ? Math.trunc(limit) : DEFAULT_SEARCH_LIMIT;
    const bounded = Math.min(Math.max(wanted, 1), MAX_SEARCH_LIMIT);
    return this.adapter.search(this.db, query, bounded);
  }

  async readSnapshot(name: string): Promise<Uint8Array | null> {
    const row = await this.db
      .selectFrom("link_snapshots")
      .select("state")
      .where("name", "=", name)
      .executeTakeFirst();
    return row?.state ?? null;
  }

  async writeSnapshot(name: string, state: Uint8Array): Promise<void> {
    const row = { name, state, written_at: this.now().toISOString() };
    await this.db
      .insertInto("link_snapshots")
      .values(row)
      .onConflict((oc) => oc.column("name").doUpdateSet({ state: row.state, written_at: row.written_at }))
      .execute();
  }

  async check(): Promise<CheckReport> {
    const problems = [
      ...(await this.adapter.engineProblems(this.db)),
      ...(await this.analysisProblems()),
      ...(await this.searchCountProblems()),
    ];
    return { ok: problems.length === 0, problems };
  }

  async migrate(): Promise<MigrateResult> {
    this.refuseNewerSchema(await this.appliedMigrations());
    const { error, results = [] } = await this.migrator.migrateToLatest();
    if (error) {
      const message = `cannot migrate the store at ${this.location}: ${reasonOf(error)}`;
      throw new StoreError("migration_failed", message, { cause: error });
    }
    return { applied: results.filter((r) => r.status === "Success").map((r) => r.migrationName) };
  }

  /** Migrates only when something is pending, so opening an up-to-date store never takes a write lock. */
  async migrateIfNeeded(): Promise<void> {
    const applied = await this.refuseNewerSchemaOnOpen();
    if (Object.keys(this.migrations).some((name) => !applied.includes(name))) await this.migrate();
  }

  /** Refuses a store written by a newer Sitrep; returns the migrations it has. */
  async refuseNewerSchemaOnOpen(): Promise<string[]> {
    const applied = await this.appliedMigrations();
    this.refuseNewerSchema(applied);
    return applied;
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  private async appliedMigrations(): Promise<string[]> {
    if (!(await this.adapter.hasTable(this.db, MIGRATION_TABLE))) return [];
    const db = this.db.withTables<{ [MIGRATION_TABLE]: { name: string } }>();
    const rows = await db.selectFrom(MIGRATION_TABLE).select("name").execute();
    return rows.map((r) => r.name);
  }

  private refuseNewerSchema(applied: string[]): void {
    const storeVersion = highestVersion(applied);
    const knownVersion = highestVersion(Object.keys(this.migrations));
    if (storeVersion > knownVersion) {
      throw new StoreError(
        "schema_too_new",
        `store at ${this.location} has schema version ${storeVersion}, this Sitrep knows up to ${knownVersion}: upgrade Sitrep`,
      );
    }
  }

  private parseAnalysis(row: { id: string; analysis: string }): ArticleAnalysis {
    try {
      return withSegmentation(JSON.parse(row.analysis) as PortableAnalysis);
    } catch (e) {
      throw new StoreError(
        "corrupt_row",
        `article ${row.id} in the store at ${this.location} cannot be read (${reasonOf(e)}): run a store check`,
      );
    }
  }

  /** Every row's analysis parses and names the row's id; read page by page in ingestion order. */
  private async analysisProblems(): Promise<string[]> {
    const problems: string[] = [];
    for (let after = 0; ; ) {
      const page = await this.db
        .selectFrom("articles")
        .select(["seq", "id", "analysis"])
        .where("seq", ">", after)
        .orderBy("seq")
        .limit(CHECK_PAGE_SIZE)
        .execute();
      for (const row of page) {
        const problem = analysisProblem(row);
        if (problem) problems.push(`article ${row.id}: ${problem}`);
      }
      if (page.length < CHECK_PAGE_SIZE) return problems;
      after = page[page.length - 1].seq;
    }
  }

  private async searchCountProblems(): Promise<string[]> {
    const [articles, indexed] = [await this.count(), await this.adapter.searchEntryCount(this.db)];
    return articles === indexed ? [] : [`search index holds ${indexed} articles, the store ${articles}`];
  }
}

/** An ISO date, optionally with a time: anything else would compare as text and filter nonsense. */
const ISO_DATE_OR_TIME = /^\d{4}(-\d{2}(-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

function checkedSince(since: string): string {
  if (!ISO_DATE_OR_TIME.test(since)) {
    throw new StoreError(
      "bad_options",
      `since ${JSON.stringify(since)}: expected an ISO date such as 2025-11-02`,
    );
  }
  return since;
}

/**
 * Dated articles whose date (cut to its own precision, so "2025-11" against "2025-11-15") is not
 * before `since`; undated ones ingested on or after it.
 */
function publishedOrIngestedSince(since: string) {
  return (eb: ExpressionBuilder<Database, "articles">) =>
    eb.or([
      eb(
        "published",
        ">=",
        eb.fn<string>("substr", [eb.val(since), eb.lit(1), eb.fn("length", ["published"])]),
      ),
      eb.and([eb("published", "is", null), eb("ingested_at", ">=", since)]),
    ]);
}

function analysisProblem(row: { id: string; analysis: string }): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(row.analysis);
  } catch (e) {
    return `analysis is not valid JSON (${reasonOf(e)})`;
  }
  const storedId = (parsed as Partial<ArticleAnalysis> | null)?.article?.id;
  return storedId === row.id ? null : `analysis is for article ${JSON.stringify(storedId ?? null)}`;
}

/** The row of a new article: written now, or when the article was first stored, as an import gives it. */
function toRow(analysis: ArticleAnalysis, meta: MetaToStore, now: string): ArticleRow {
  const { article } = analysis;
  return {
    id: article.id,
    content_hash: meta.contentHash,
    url: meta.url,
    source: article.source,
    outlet: article.outlet,
    title: article.title,
    language: article.language,
    published: article.published?.date ?? null,
    published_precision: article.published?.precision ?? null,
    text: article.text,
    analysis: portableJson(analysis),
    ingested_at: meta.writtenAt ?? now,
  };
}

/**
 * Rewrites the row with this id in place, keeping its ingestion position; a replacement is
 * written now, whatever time the row brought (readers find changes by their write time). The hash
 * condition matters on PostgreSQL only: an UPDATE sees rows committed after our read, and when a
 * concurrent writer has just stored this very content there is nothing left to replace.
 */
async function replaceExisting(
  trx: Transaction<Database>,
  row: ArticleRow,
  now: string,
): Promise<IngestResult> {
  const result = await trx
    .updateTable("articles")
    .set({ ...row, ingested_at: now })
    .where("id", "=", row.id)
    .where("content_hash", "<>", row.content_hash)
    .executeTakeFirst();
  return { id: row.id, status: result.numUpdatedRows > 0n ? "replaced" : "unchanged" };
}

/** Inside a transaction: the one-statement insert of a new article, else the read that decides. */
async function storeRow(trx: Transaction<Database>, row: ArticleRow, now: string): Promise<IngestResult> {
  if (await insertIfNew(trx, row)) return { id: row.id, status: "added" };
  return decideAndWrite(trx, row, now);
}

/** One read decides (same content, same id, or neither), then one write. */
async function decideAndWrite(
  trx: Transaction<Database>,
  row: ArticleRow,
  now: string,
): Promise<IngestResult> {
  const stored = await trx
    .selectFrom("articles")
    .select(["id", "content_hash"])
    .where((eb) => eb.or([eb("content_hash", "=", row.content_hash), eb("id", "=", row.id)]))
    .execute();
  const sameContent = stored.find((r) => r.content_hash === row.content_hash);
  if (sameContent) return { id: sameContent.id, status: "unchanged" };
  return stored.length === 0 ? insertNew(trx, row) : replaceExisting(trx, row, now);
}

/** Inserts the row unless its id or content is stored already; whether it did. */
async function insertIfNew(db: Kysely<Database>, row: ArticleRow): Promise<boolean> {
  const result = await db
    .insertInto("articles")
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return result.numInsertedOrUpdatedRows === 1n;
}

async function insertNew(trx: Transaction<Database>, row: ArticleRow): Promise<IngestResult> {
  await trx.insertInto("articles").values(row).execute();
  return { id: row.id, status: "added" };
}
