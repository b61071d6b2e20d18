// Opening a store with options that cannot work: clear errors, without a server or a file.
import { describe, expect, it } from "vitest";
import { openStore, StoreError } from "../../src/store/index.js";
import { redactedUrl } from "../../src/store/postgres.js";

async function failureOf(promise: Promise<unknown>): Promise<StoreError> {
  const failure = await promise.then(
    () => new Error("opened"),
    (e: unknown) => e,
  );
  expect(failure).toBeInstanceOf(StoreError);
  return failure as StoreError;
}

describe("openStore", () => {
  it("names the PostgreSQL host it cannot reach, never the password", async () => {
    const failure = await failureOf(
      openStore({ databaseUrl: "postgres://sitrep:s3cret@127.0.0.1:1/sitrep" }),
    );
    expect(failure.code).toBe("connect_failed");
    expect(failure.message).toMatch(/^cannot connect to PostgreSQL at 127\.0\.0\.1:1: /);
    expect(failure.message).not.toContain("s3cret");
  });

  it("refuses a database URL that is not postgres://", async () => {
    const failure = await failureOf(openStore({ databaseUrl: "mysql://root:s3cret@db/sitrep" }));
    expect(failure.code).toBe("bad_options");
    expect(failure.message).toBe("database URL mysql://root:***@db/sitrep is not a postgres:// URL");
  });

  it("refuses a PostgreSQL schema name that is not a plain identifier", async () => {
    const failure = await failureOf(
      openStore({ databaseUrl: "postgres://127.0.0.1:1/x", schema: "a; drop" }),
    );
    expect(failure.code).toBe("bad_options");
  });

  it.each([
    ["postgres://sitrep:s3cret@db.example:6543/sitrep", "postgres://sitrep:***@db.example:6543/sitrep"],
    ["postgresql://db.example/sitrep?sslmode=require", "postgresql://db.example/sitrep?sslmode=require"],
    ["not a url", "(unparsable URL)"],
  ])("shows %s as %s", (url, shown) => {
    expect(redactedUrl(url)).toBe(shown);
  });
});
