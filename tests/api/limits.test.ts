/**
 * Limits refused before execution, load shedding and HTTP defaults (README, "Limits and security"): every
 * operation that Readout itself sends stays under the limits, and each probe of the hardening review is
 * refused with its stable code.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { createApp, type ReadoutApp, readSecurityEnv, securityConfig } from "@readout/api";
import * as client from "@readout/client";
import { createApiKey } from "@readout/db";
import { type DocumentNode, getIntrospectionQuery, print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, GRAPHQL_URL, type TestApi } from "../kit/api.ts";

let api: TestApi;
let readKey = "";
beforeAll(async () => {
  api = await createTestApi();
  readKey = (await createApiKey(api.db.prisma, { name: "limits reader", scope: "READ" })).secret;
});
afterAll(() => api?.close());

const root = path.resolve(import.meta.dirname, "../..");
const JSON_HEADERS = { "content-type": "application/json" };
/** Codes that mean "refused by a limit", as opposed to an answer about the data. */
const LIMIT_CODES = [
  "BODY_TOO_LARGE",
  "QUERY_TOO_DEEP",
  "TOO_MANY_ALIASES",
  "TOO_MANY_TOKENS",
  "TOO_MANY_DIRECTIVES",
  "QUERY_TOO_COSTLY",
  "STRING_TOO_LONG",
  "PAGE_SIZE_OUT_OF_RANGE",
  "RATE_LIMITED",
  "REQUEST_TIMEOUT",
];

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  codes: string[];
}

/** From a given client address (what main.ts' HTTP server passes Yoga); in-process requests have none. */
const from = (address: string) => ({ req: { socket: { remoteAddress: address } } });

async function send(
  app: ReadoutApp,
  init: RequestInit & { duplex?: "half" },
  context: Record<string, unknown> = {},
): Promise<Answer> {
  const response = await app.fetch(GRAPHQL_URL, init, context);
  const text = await response.text();
  const body = text.startsWith("{") ? (JSON.parse(text) as Answer["body"]) : {};
  return {
    status: response.status,
    headers: response.headers,
    body,
    codes: (body.errors ?? []).map((error) => String(error.extensions?.code)),
  };
}

const post = (
  app: ReadoutApp,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
) =>
  send(app, {
    method: "POST",
    headers: { ...JSON_HEADERS, ...headers },
    body: JSON.stringify({ query, variables }),
  });

/** Every GraphQL document Readout ships: the README's examples and the client's operations. */
async function shippedOperations(): Promise<[string, string, Record<string, unknown>][]> {
  const readme = await readFile(path.join(root, "README.md"), "utf8");
  const fromReadme = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map(
    (match, index) =>
      [`README example ${index + 1}`, match[1] ?? "", {}] as [string, string, Record<string, unknown>],
  );
  // The CLI and the dashboard page through at most 100 items (`--page-size`); the client's documents
  // are sent with the largest page they can ask for.
  const variables = {
    first: 100,
    withBody: true,
    key: "2023-06-18-blinken-qin-beijing",
    event: "",
    groupBy: "KIND",
    query: "Taiwan",
  };
  const fromClient = Object.entries(client)
    .filter((entry): entry is [string, DocumentNode] => (entry[1] as DocumentNode)?.kind === "Document")
    .filter(([, document]) => document.definitions.some((d) => d.kind === "OperationDefinition"))
    .map(
      ([name, document]) =>
        [`client ${name}`, print(document), variables] as [string, string, Record<string, unknown>],
    );
  return [...fromReadme, ...fromClient];
}

describe("what Readout sends stays under the limits", async () => {
  const operations = await shippedOperations();

  it("finds the README's examples and the client's operations", () => {
    expect(operations.filter(([name]) => name.startsWith("README")).length).toBeGreaterThanOrEqual(7);
    expect(operations.map(([name]) => name)).toEqual(
      expect.arrayContaining(["client EventReportQuery", "client AgreementsQuery", "client ArticlesQuery"]),
    );
  });

  it("the CLI and the dashboard send no documents of their own (they use the client's)", async () => {
    const sources: string[] = [];
    for (const dir of ["packages/cli/src", "packages/web/src"]) {
      for (const entry of await readdir(path.join(root, dir), { recursive: true, withFileTypes: true })) {
        if (entry.isFile() && entry.name.endsWith(".ts"))
          sources.push(path.join(entry.parentPath, entry.name));
      }
    }
    for (const file of sources) {
      expect(await readFile(file, "utf8"), file).not.toMatch(/graphql\(`|gql`|query\s*\{|mutation\s*\{/);
    }
  });

  it.each(operations)("%s is accepted", async (_name, query, variables) => {
    const answer = await post(api.app, query, variables, { authorization: `Bearer ${readKey}` });
    expect(
      answer.codes.filter((code) => LIMIT_CODES.includes(code)),
      JSON.stringify(answer.body),
    ).toEqual([]);
    expect(answer.status).toBe(200);
  });

  it("GraphiQL's introspection is accepted", async () => {
    const answer = await post(
      api.app,
      getIntrospectionQuery({
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
        oneOf: true,
      }),
    );
    expect(answer.codes).toEqual([]);
  });
});

const nest = (levels: number) => {
  let selection = "name";
  for (let i = 0; i < levels; i++)
    selection = `articles(first: 1) { edges { node { outlet { ${selection} } } } }`;
  return `{ outlets(first: 1) { edges { node { ${selection} } } } }`;
};
const aliases = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: events(first: 1) { totalCount }`).join(" ")} }`;
const COST_BOMB = `{ outlets(first: 100) { edges { node { articles(first: 100) { edges { node {
  participants(first: 100) { edges { node { articles(first: 100) { edges { node { title } } } } } } } } } } } } }`;
const LONG = "x".repeat(10_001);
const CANDIDATE_ID = Buffer.from("Candidate:c0000000000000000000000000").toString("base64");

describe("limits refused before execution", () => {
  const probes: [string, string, Record<string, unknown> | undefined, string][] = [
    ["depth 64", nest(16), undefined, "QUERY_TOO_DEEP"],
    ["20 aliases", aliases(20), undefined, "TOO_MANY_ALIASES"],
    ["1,000 aliases", aliases(1000), undefined, "TOO_MANY_TOKENS"],
    ["3,000 tokens", `{ ${"__typename ".repeat(3000)} }`, undefined, "TOO_MANY_TOKENS"],
    ["25 directives", `{ __typename ${"@include(if: true) ".repeat(25)} }`, undefined, "TOO_MANY_DIRECTIVES"],
    ["a cost bomb within the page-size limit", COST_BOMB, undefined, "QUERY_TOO_COSTLY"],
    [
      "15 aliased searches of 100 with nested pages",
      aliases(15).replaceAll(
        "events(first: 1) { totalCount }",
        'search(query: "talks", first: 100) { edges { node { article { participants(first: 100) { edges { node { articles(first: 10) { edges { node { title } } } } } } } } } }',
      ),
      undefined,
      "QUERY_TOO_COSTLY",
    ],
    ["a page of 101", "{ events(first: 101) { totalCount } }", undefined, "PAGE_SIZE_OUT_OF_RANGE"],
    [
      "a long string argument",
      `{ participants(first: 1, name: "${LONG}") { totalCount } }`,
      undefined,
      "STRING_TOO_LONG",
    ],
    [
      "a long string variable",
      "query($name: String) { participants(first: 1, name: $name) { totalCount } }",
      { name: LONG },
      "STRING_TOO_LONG",
    ],
    [
      "a long string inside an input object",
      "query($filter: StatementFilter) { statements(first: 1, filter: $filter) { totalCount } }",
      { filter: { speakerName: LONG } },
      "STRING_TOO_LONG",
    ],
    ["an invalid cursor", '{ events(first: 1, after: "zzz") { totalCount } }', undefined, "INVALID_CURSOR"],
    [
      "a variable of the wrong type",
      "query($n: Int!) { events(first: $n) { totalCount } }",
      { n: "abc" },
      "BAD_USER_INPUT",
    ],
    ["a missing variable", "query($n: Int!) { events(first: $n) { totalCount } }", {}, "BAD_USER_INPUT"],
    [
      "uncurated candidates without a key",
      "{ candidates(first: 1) { totalCount } }",
      undefined,
      "UNAUTHENTICATED",
    ],
    [
      "a candidate by node(id:) without a key",
      `{ node(id: "${CANDIDATE_ID}") { id } }`,
      undefined,
      "UNAUTHENTICATED",
    ],
    [
      "candidates by nodes(ids:) without a key",
      `{ nodes(ids: ["${CANDIDATE_ID}"]) { id } }`,
      undefined,
      "UNAUTHENTICATED",
    ],
  ];

  it.each(probes)("%s is refused", async (_name, query, variables, code) => {
    const answer = await post(api.app, query, variables);
    expect(answer.codes, JSON.stringify(answer.body).slice(0, 500)).toContain(code);
    // Nothing is answered: no data, or null where the field may be null.
    expect(
      Object.values((answer.body.data ?? {}) as Record<string, unknown>).every((value) => value === null),
    ).toBe(true);
  });

  it("every error carries a code", async () => {
    for (const [, query, variables] of probes) {
      const answer = await post(api.app, query, variables);
      for (const error of answer.body.errors ?? [])
        expect(error.extensions?.code, error.message).toBeTypeOf("string");
    }
  });

  it("uncurated candidates are readable with a READ key", async () => {
    const answer = await post(api.app, "{ candidates(first: 1) { totalCount } }", undefined, {
      authorization: `Bearer ${readKey}`,
    });
    expect(answer.body.errors).toBeUndefined();
    const byId = await post(api.app, `{ node(id: "${CANDIDATE_ID}") { id } }`, undefined, {
      authorization: `Bearer ${readKey}`,
    });
    expect(byId.body).toEqual({ data: { node: null } });
  });

  it("an 11 MB body is refused with 413 before it is parsed, declared or streamed", async () => {
    const body = JSON.stringify({
      query: "{ __typename }",
      variables: { pad: "x".repeat(11 * 1024 * 1024) },
    });
    const declared = await send(api.app, {
      method: "POST",
      headers: { ...JSON_HEADERS, "content-length": String(Buffer.byteLength(body)) },
      body,
    });
    expect([declared.status, declared.codes]).toEqual([413, ["BODY_TOO_LARGE"]]);
    const bytes = new TextEncoder().encode(body);
    const chunk = 64 * 1024;
    let offset = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (offset >= bytes.length) return controller.close();
        controller.enqueue(bytes.subarray(offset, offset + chunk));
        offset += chunk;
      },
    });
    const streamed = await send(api.app, {
      method: "POST",
      headers: JSON_HEADERS,
      body: stream,
      duplex: "half",
    });
    expect([streamed.status, streamed.codes]).toEqual([413, ["BODY_TOO_LARGE"]]);
    expect(offset).toBeLessThan(bytes.length); // it stopped reading at the limit
  });

  it("a page's content may be longer than other strings (it has its own 2 MB check)", async () => {
    const mutation = `mutation($input: ImportDocumentInput!) { importDocument(input: $input) { ok error { code } } }`;
    const answer = await post(api.app, mutation, { input: { content: "y".repeat(50_000) } });
    expect(answer.codes).toEqual([]);
    expect(answer.body.data).toMatchObject({
      importDocument: { ok: false, error: { code: "UNAUTHENTICATED" } },
    });
  });

  it("checks one operation with new ids once, yet still refuses a long string or a wrong type in it", async () => {
    const lookup =
      "query Lookup($id: ID!, $name: String) { node(id: $id) { id } participants(first: 1, name: $name) { totalCount } }";
    for (const id of ["QXJ0aWNsZTph", "QXJ0aWNsZTpi", "QXJ0aWNsZTpj"]) {
      expect((await post(api.app, lookup, { id, name: "Blinken" })).codes).toEqual([]);
    }
    expect((await post(api.app, lookup, { id: "QXJ0aWNsZTph", name: "x".repeat(20_000) })).codes).toEqual([
      "STRING_TOO_LONG",
    ]);
    expect((await post(api.app, lookup, { id: "QXJ0aWNsZTph", name: 42 })).codes).toEqual(["BAD_USER_INPUT"]);
    expect((await post(api.app, lookup, { id: null })).codes).toEqual(["BAD_USER_INPUT"]);
  });

  it("limits follow the configuration and can be switched off", async () => {
    const strict = createApp({ prisma: api.db.prisma, security: { maxDepth: 3 } });
    expect((await post(strict, "{ events(first: 1) { edges { node { title } } } }")).codes).toContain(
      "QUERY_TOO_DEEP",
    );
    const open = createApp({ prisma: api.db.prisma, security: { maxCost: 0, maxAliases: 0 } });
    expect((await post(open, aliases(20))).codes).toEqual([]);
  });
});

describe("HTTP defaults", () => {
  const query = JSON.stringify({ query: "{ __typename }" });

  it("reflects no foreign origin, null included, and never allows credentials", async () => {
    for (const origin of ["null", "https://elsewhere.example"]) {
      const answer = await send(api.app, {
        method: "POST",
        headers: { ...JSON_HEADERS, origin },
        body: query,
      });
      expect(answer.headers.get("access-control-allow-origin")).toBeNull();
      expect(answer.headers.get("access-control-allow-credentials")).toBeNull();
      const preflight = await send(api.app, {
        method: "OPTIONS",
        headers: {
          origin,
          "access-control-request-method": "POST",
          "access-control-request-headers": "content-type",
        },
      });
      expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    }
  });

  it("allows the origins it is configured with, without credentials", async () => {
    const app = createApp({ prisma: api.db.prisma, security: { corsOrigins: ["https://analysts.example"] } });
    const answer = await send(app, {
      method: "OPTIONS",
      headers: { origin: "https://analysts.example", "access-control-request-method": "POST" },
    });
    expect(answer.headers.get("access-control-allow-origin")).toBe("https://analysts.example");
    expect(answer.headers.get("access-control-allow-credentials")).toBeNull();
    const other = await send(app, {
      method: "POST",
      headers: { ...JSON_HEADERS, origin: "null" },
      body: query,
    });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("refuses form-encoded, multipart and header-less GET requests (CSRF), and runs none of them", async () => {
    const mutation = 'mutation { revokeApiKey(id: "nothing") { ok } }';
    const form = await send(api.app, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ query: mutation }).toString(),
    });
    const multipart = new FormData();
    multipart.set("operations", JSON.stringify({ query: mutation }));
    multipart.set("map", "{}");
    const parts = await send(api.app, { method: "POST", body: multipart });
    for (const answer of [form, parts]) {
      expect([answer.status, answer.codes]).toEqual([403, ["CSRF_HEADER_REQUIRED"]]);
    }
    const getQuery = await api.app.fetch(`${GRAPHQL_URL}?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { accept: "application/json" },
    });
    expect(getQuery.status).toBe(403);
    const withHeader = await api.app.fetch(`${GRAPHQL_URL}?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { accept: "application/json", "x-graphql-yoga-csrf": "1" },
    });
    expect(await withHeader.json()).toEqual({ data: { __typename: "Query" } });
  });

  it("in production: no GraphiQL, no introspection, no suggestions, unless configured", async () => {
    const production = createApp({
      prisma: api.db.prisma,
      security: { production: true, graphiql: false, introspection: false, suggestions: false },
    });
    const page = await production.fetch(GRAPHQL_URL, { headers: { accept: "text/html" } });
    expect(await page.text()).not.toMatch(/<html/i);
    const introspection = await post(production, "{ __schema { queryType { name } } }");
    expect(introspection.codes).toContain("GRAPHQL_VALIDATION_FAILED");
    expect(introspection.body.data ?? null).toBeNull();
    const typo = await post(production, "{ evnts { totalCount } }");
    expect(JSON.stringify(typo.body)).not.toMatch(/Did you mean/);
    const development = await post(api.app, "{ evnts { totalCount } }");
    expect(JSON.stringify(development.body)).toMatch(/Did you mean/);
  });
});

describe("load shedding", () => {
  /** A request whose body arrives only when `finish` is called: it holds its slot until then. */
  function heldRequest(
    app: ReadoutApp,
    context: Record<string, unknown>,
    headers: Record<string, string> = {},
  ) {
    let finish!: () => void;
    let started!: () => void;
    const gate = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const reading = new Promise<void>((resolve) => {
      started = resolve;
    });
    const stream = new ReadableStream<Uint8Array>(
      {
        async pull(controller) {
          started();
          await gate;
          controller.enqueue(new TextEncoder().encode(JSON.stringify({ query: "{ __typename }" })));
          controller.close();
        },
      },
      { highWaterMark: 0 },
    );
    const answer = send(
      app,
      { method: "POST", headers: { ...JSON_HEADERS, ...headers }, body: stream, duplex: "half" },
      context,
    );
    return { answer, reading, finish };
  }
  const typename = (
    app: ReadoutApp,
    context: Record<string, unknown>,
    headers: Record<string, string> = {},
  ) =>
    send(
      app,
      {
        method: "POST",
        headers: { ...JSON_HEADERS, ...headers },
        body: JSON.stringify({ query: "{ __typename }" }),
      },
      context,
    );

  it("answers 429 RATE_LIMITED with Retry-After over the rate, per client", async () => {
    const app = createApp({ prisma: api.db.prisma, security: { ratePerMinute: 2, concurrencyPerClient: 0 } });
    expect((await typename(app, from("192.0.2.1"))).status).toBe(200);
    expect((await typename(app, from("192.0.2.1"))).status).toBe(200);
    const refused = await typename(app, from("192.0.2.1"));
    expect([refused.status, refused.codes]).toEqual([429, ["RATE_LIMITED"]]);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect((await typename(app, from("192.0.2.2"))).status).toBe(200);
  });

  it("queues a client's requests over its concurrency, and refuses past the queue", async () => {
    const app = createApp({
      prisma: api.db.prisma,
      security: { ratePerMinute: 0, concurrencyPerClient: 1, queuePerClient: 1 },
    });
    const client = from("192.0.2.3");
    const held = heldRequest(app, client);
    await held.reading;
    const queued = typename(app, client);
    const refused = await typename(app, client);
    expect([refused.status, refused.codes]).toEqual([429, ["RATE_LIMITED"]]);
    expect(refused.headers.get("retry-after")).toBe("1");
    // Another client is not held up by this one.
    expect((await typename(app, from("192.0.2.4"))).status).toBe(200);
    held.finish();
    expect((await held.answer).status).toBe(200);
    expect((await queued).status).toBe(200);
    expect((await typename(app, client)).status).toBe(200);
  });

  it("answers REQUEST_TIMEOUT to a request whose deadline passes while it waits for its turn", async () => {
    const app = createApp({
      prisma: api.db.prisma,
      security: { ratePerMinute: 0, concurrencyPerClient: 1, queuePerClient: 1, requestTimeoutMs: 200 },
    });
    const client = from("192.0.2.6");
    const held = heldRequest(app, client);
    await held.reading;
    const waited = await typename(app, client);
    expect([waited.status, waited.codes]).toEqual([503, ["REQUEST_TIMEOUT"]]);
    held.finish();
    await held.answer;
  });

  it("counts API keys apart from the address they come from", async () => {
    const app = createApp({
      prisma: api.db.prisma,
      security: { ratePerMinute: 0, concurrencyPerClient: 1, queuePerClient: 0 },
    });
    const client = from("192.0.2.5");
    const held = heldRequest(app, client);
    await held.reading;
    expect((await typename(app, client)).status).toBe(429);
    expect((await typename(app, client, { authorization: `Bearer ${readKey}` })).status).toBe(200);
    held.finish();
    await held.answer;
  });
});

describe("configuration", () => {
  it("has defaults, and production mode turns GraphiQL, introspection and suggestions off", () => {
    expect(securityConfig(readSecurityEnv({}))).toMatchObject({
      production: false,
      graphiql: true,
      introspection: true,
      suggestions: true,
      corsOrigins: [],
      maxBodyBytes: 4 * 1024 * 1024,
      requestTimeoutMs: 10_000,
    });
    expect(securityConfig(readSecurityEnv({ READOUT_ENV: "production" }))).toMatchObject({
      graphiql: false,
      introspection: false,
      suggestions: false,
    });
    expect(
      securityConfig(readSecurityEnv({ READOUT_ENV: "production", READOUT_INTROSPECTION: "true" }))
        .introspection,
    ).toBe(true);
    expect(readSecurityEnv({ READOUT_MAX_DEPTH: "", READOUT_MAX_COST: "0" })).toMatchObject({
      READOUT_MAX_DEPTH: 15,
      READOUT_MAX_COST: 0,
    });
  });

  it("refuses a CORS list with null or with what is not an origin, and bad numbers", () => {
    expect(
      readSecurityEnv({ READOUT_CORS_ORIGINS: "https://a.example, http://b.example:8080" })
        .READOUT_CORS_ORIGINS,
    ).toEqual(["https://a.example", "http://b.example:8080"]);
    expect(() => readSecurityEnv({ READOUT_CORS_ORIGINS: "null" })).toThrow(/READOUT_CORS_ORIGINS/);
    expect(() => readSecurityEnv({ READOUT_CORS_ORIGINS: "https://a.example/path" })).toThrow(
      /READOUT_CORS_ORIGINS/,
    );
    expect(() => readSecurityEnv({ READOUT_MAX_DEPTH: "deep" })).toThrow(/READOUT_MAX_DEPTH/);
    expect(() => readSecurityEnv({ READOUT_RATE_LIMIT_PER_MINUTE: "-1" })).toThrow(
      /READOUT_RATE_LIMIT_PER_MINUTE/,
    );
  });
});
