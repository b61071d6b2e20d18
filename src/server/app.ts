// The HTTP API (`sitrep serve`): read-only JSON and Markdown over one store, described by an
// OpenAPI document built from the same route table that registers the routes. Every parameter is
// checked against its schema before a handler runs (sort keys and levels are closed lists) and
// reaches the store only as a bound value.
import Fastify, { type FastifyError, type FastifyInstance } from "fastify";
import type { AlertLevel } from "../contract/types.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { renderMarkdown } from "../report/markdown.js";
import { ISO_DATE, type Store } from "../store/types.js";
import { GENERATOR } from "../version.js";
import { LivePicture } from "./live-picture.js";
import { ALERT_LEVELS, alertsFrom, STORY_SORTS, type StorySort, storyDetail, storyList } from "./views.js";

type Query = Record<string, string | number | undefined>;

/** What a handler answers: a body, or null for "not found". */
type Handler = (query: Query, params: Record<string, string>) => Promise<unknown>;

interface Route {
  url: string;
  summary: string;
  /** JSON Schema of each query parameter. */
  query?: Record<string, object>;
  required?: string[];
  /** Path parameters, each a string. */
  params?: Record<string, string>;
  type: "application/json" | "text/markdown";
  handler: Handler;
}

const SINCE = {
  type: "string",
  pattern: ISO_DATE.source,
  description: "only articles published on or after this ISO date (year, month or day)",
};
const LIMIT = { type: "integer", minimum: 1, maximum: 500, default: 50 };
const OFFSET = { type: "integer", minimum: 0, default: 0 };

export interface ServerOptions {
  store: Store;
  kb: KnowledgeBase;
}

export function buildServer({ store, kb }: ServerOptions): FastifyInstance {
  const live = new LivePicture(store, kb);
  // Unknown parameters are refused, not dropped: a misspelt one would otherwise pass unnoticed.
  const app = Fastify({ logger: false, ajv: { customOptions: { removeAdditional: false } } });
  const routes = apiRoutes(store, live);
  for (const route of routes) register(app, route);
  // The first picture is computed as soon as the server is up, not when the first request waits
  // for it; a failure is not kept, so that request tries again and answers with the error.
  app.addHook("onReady", async () => {
    live.current().catch(() => {});
  });
  const openapi = openApiDocument(routes);
  app.get("/api/openapi.json", async () => openapi);
  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send({ error: `no such resource: ${request.method} ${request.url}` });
  });
  app.setErrorHandler((error: FastifyError, _request, reply) => {
    if (error.validation) return reply.code(400).send({ error: `bad request: ${error.message}` });
    reply.code(500).send({ error: error.message.split("\n")[0] });
  });
  return app;
}

function apiRoutes(store: Store, live: LivePicture): Route[] {
  const picture = (q: Query) => live.current(q.since as string | undefined);
  return [
    {
      url: "/api/status",
      summary: "the store, how many articles it holds and its revision",
      type: "application/json",
      handler: async () => ({
        generator: GENERATOR,
        store: { kind: store.kind, location: store.location },
        articles: await store.count(),
        revision: await store.revision(),
      }),
    },
    {
      url: "/api/analysis",
      summary: "the sitrep.analysis/1 document of the stored articles",
      query: { since: SINCE },
      type: "application/json",
      handler: async (query) => (await picture(query)).document,
    },
    {
      url: "/api/report",
      summary: "the situation report in Markdown, as `sitrep report` prints it",
      query: { since: SINCE },
      type: "text/markdown",
      handler: async (query) => renderMarkdown(await picture(query)),
    },
    {
      url: "/api/stories",
      summary: "the stories, sorted and paged",
      query: {
        since: SINCE,
        sort: { type: "string", enum: STORY_SORTS, default: "latest" },
        limit: LIMIT,
        offset: OFFSET,
      },
      type: "application/json",
      handler: async (query) =>
        storyList(await picture(query), query.sort as StorySort, {
          limit: query.limit as number,
          offset: query.offset as number,
        }),
    },
    {
      url: "/api/stories/:id",
      summary: "one story with its clusters (corroboration), discrepancies, framing and articles",
      params: { id: "the story id, as the story list gives it" },
      query: { since: SINCE },
      type: "application/json",
      handler: async (query, params) => storyDetail(await picture(query), params.id),
    },
    {
      url: "/api/alerts",
      summary: "the alerts at a level or above, newest first",
      query: { since: SINCE, level: { type: "string", enum: ALERT_LEVELS, default: "info" } },
      type: "application/json",
      handler: async (query) => ({ alerts: alertsFrom(await picture(query), query.level as AlertLevel) }),
    },
    {
      url: "/api/search",
      summary: 'full-text search of titles and texts: words, "phrases", or, -excluded',
      query: {
        q: { type: "string", minLength: 1, maxLength: 500 },
        limit: { type: "integer", minimum: 1, maximum: 100, default: 20 },
      },
      required: ["q"],
      type: "application/json",
      handler: async (query) => ({ hits: await store.search(query.q as string, query.limit as number) }),
    },
  ];
}

function register(app: FastifyInstance, route: Route): void {
  app.get(route.url, {
    schema: {
      querystring: {
        type: "object",
        properties: route.query ?? {},
        required: route.required ?? [],
        additionalProperties: false,
      },
    },
    handler: async (request, reply) => {
      const body = await route.handler(request.query as Query, request.params as Record<string, string>);
      if (body === null) return reply.code(404).send({ error: `not found: ${request.url}` });
      reply.type(route.type === "text/markdown" ? "text/markdown; charset=utf-8" : route.type);
      return body;
    },
  });
}

/** OpenAPI 3.1 description of the routes. */
function openApiDocument(routes: readonly Route[]): object {
  const paths = Object.fromEntries(
    routes.map((route) => [
      route.url.replace(/:(\w+)/g, "{$1}"),
      {
        get: {
          summary: route.summary,
          parameters: [
            ...Object.entries(route.params ?? {}).map(([name, description]) => ({
              name,
              in: "path",
              required: true,
              description,
              schema: { type: "string" },
            })),
            ...Object.entries(route.query ?? {}).map(([name, schema]) => ({
              name,
              in: "query",
              required: route.required?.includes(name) ?? false,
              schema,
            })),
          ],
          responses: {
            200: { description: "OK", content: { [route.type]: {} } },
            400: { description: "a parameter is not valid; the body says which" },
            ...(route.params ? { 404: { description: "no such item" } } : {}),
          },
        },
      },
    ]),
  );
  return { openapi: "3.1.0", info: { title: "Sitrep API", version: GENERATOR.version }, paths };
}
