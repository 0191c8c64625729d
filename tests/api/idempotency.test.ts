/**
 * Exact idempotency under concurrency: one idempotency key sent many times at once does the work once and
 * every send gets the same answer; identical requests without a key are told DUPLICATE by the database's
 * unique constraints; a refusal is recorded and replayed with nothing written. Runs on PGlite (one
 * connection, so the sends are serialised) and on PostgreSQL (a pool, so they really race).
 */
import { createApp } from "@readout/api";
import { createApiKey, type PrismaClient } from "@readout/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, GRAPHQL_URL, type TestApi } from "../kit/api.ts";
import { tableCounts } from "../kit/database.ts";

let api: TestApi;
let editor: string;
let eventId: string;
let eventDbId: string;
beforeAll(async () => {
  api = await createTestApi();
  editor = (await createApiKey(api.db.prisma, { name: "curator", scope: "EDITOR" })).secret;
  const event = await api.db.prisma.event.findFirstOrThrow({ select: { id: true } });
  eventDbId = event.id;
  eventId = Buffer.from(`Event:${event.id}`).toString("base64");
});
afterAll(() => api?.close());

const CreateAgreement = `mutation($input: CreateAgreementInput!, $key: String) {
  createAgreement(input: $input, idempotencyKey: $key) { ok error { code field } agreement { id summary } }
}`;

async function send(query: string, variables: Record<string, unknown>) {
  const response = await api.app.fetch(GRAPHQL_URL, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${editor}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: await response.text() };
}

const agreementsWith = (summary: string) =>
  api.db.prisma.agreement.count({ where: { eventId: eventDbId, summary } });

describe("idempotency keys under concurrency", () => {
  it("does the work once for 50 concurrent sends of one key, and answers all 50 alike", async () => {
    const summary = "Hold a second round of talks in Washington";
    const variables = { input: { event: eventId, summary }, key: "concurrent-key-0001" };
    const answers = await Promise.all(Array.from({ length: 50 }, () => send(CreateAgreement, variables)));

    expect(await agreementsWith(summary)).toBe(1);
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    expect(new Set(answers.map((answer) => answer.body)).size).toBe(1);
    expect(JSON.parse(answers[0]?.body ?? "{}")).toMatchObject({
      data: { createAgreement: { ok: true, error: null, agreement: { summary } } },
    });
    expect(await api.db.prisma.idempotencyRecord.count({ where: { key: "concurrent-key-0001" } })).toBe(1);

    // A later retry (say, after an answer lost on the way back) replays the stored outcome.
    expect((await send(CreateAgreement, variables)).body).toBe(answers[0]?.body);
    // The same key with other input is a conflict, and writes nothing.
    const other = await send(CreateAgreement, {
      input: { event: eventId, summary: "Something else entirely" },
      key: "concurrent-key-0001",
    });
    expect(JSON.parse(other.body).data.createAgreement.error).toEqual({
      code: "CONFLICT",
      field: "idempotencyKey",
    });
    expect(await agreementsWith("Something else entirely")).toBe(0);
  });

  it("writes one of 10 identical requests without a key; the other 9 are DUPLICATE", async () => {
    const summary = "Set up a hotline between the two foreign ministries";
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => send(CreateAgreement, { input: { event: eventId, summary } })),
    );
    const codes = answers.map((answer) => {
      const payload = JSON.parse(answer.body).data?.createAgreement;
      return payload?.ok ? "OK" : (payload?.error?.code ?? answer.body);
    });
    expect(codes.filter((code) => code === "OK")).toHaveLength(1);
    expect(codes.filter((code) => code === "DUPLICATE")).toHaveLength(9);
    expect(await agreementsWith(summary)).toBe(1);
  });

  it("records a refusal with its key, undoing any write, and replays it to every concurrent send", async () => {
    const before = await tableCounts(api.db);
    // The summary exists already: a refusal that the database's constraint gives, inside the key's transaction.
    const existing = await api.db.prisma.agreement.findFirstOrThrow({ where: { eventId: eventDbId } });
    const variables = { input: { event: eventId, summary: existing.summary }, key: "refused-key-0001" };
    const answers = await Promise.all(Array.from({ length: 20 }, () => send(CreateAgreement, variables)));
    expect(new Set(answers.map((answer) => answer.body)).size).toBe(1);
    expect(JSON.parse(answers[0]?.body ?? "{}").data.createAgreement).toMatchObject({
      ok: false,
      error: { code: "DUPLICATE", field: "summary" },
    });
    const after = await tableCounts(api.db);
    expect(after).toEqual({ ...before, IdempotencyRecord: (before.IdempotencyRecord ?? 0) + 1 });
  });

  it("confirms a candidate once when two curators confirm it at the same moment", async () => {
    const candidate = await api.db.prisma.candidate.findFirst({
      where: { status: "EXTRACTED", kind: "STATEMENT" },
      select: { id: true },
    });
    if (!candidate) {
      // The seed corpus carries no candidates: import a page to get some.
      const Import = `mutation($input: ImportDocumentInput!) { importDocument(input: $input) { ok error { code } } }`;
      const page = `Norland Times\nNorland and Sudria resume fishing talks\nBy Staff Reporter\n\n"We agreed to meet again next month," said Foreign Minister Ana Berg after the talks.\n`;
      const imported = await send(Import, { input: { content: page, mediaType: "TEXT" } });
      expect(JSON.parse(imported.body).data.importDocument).toEqual({ ok: true, error: null });
    }
    const target = await api.db.prisma.candidate.findFirstOrThrow({
      where: { status: "EXTRACTED", kind: "STATEMENT" },
      select: { id: true },
    });
    const Confirm = `mutation($id: ID!) { confirmCandidate(id: $id) { ok error { code } } }`;
    const id = Buffer.from(`Candidate:${target.id}`).toString("base64");
    const answers = await Promise.all(Array.from({ length: 5 }, () => send(Confirm, { id })));
    const codes = answers.map((answer) => {
      const payload = JSON.parse(answer.body).data?.confirmCandidate;
      return payload?.ok ? "OK" : (payload?.error?.code ?? answer.body);
    });
    expect(codes.sort()).toEqual(["CONFLICT", "CONFLICT", "CONFLICT", "CONFLICT", "OK"]);
    expect(await api.db.prisma.statement.count({ where: { key: `candidate-${target.id}` } })).toBe(1);
  });
});

describe("a retry after an unexpected error that came after the commit", () => {
  it("replays the committed outcome instead of doing the work again or answering DUPLICATE", async () => {
    // The work's transaction commits, then the client loses the answer (the connection drops while
    // COMMIT's reply is on its way, as in a database restart): the request fails with "Unexpected error."
    // although the agreement and the key's record are stored.
    let loseNextCommit = false;
    const prisma = api.db.prisma;
    const flaky = new Proxy(prisma, {
      get(target, property, receiver) {
        if (property !== "$transaction") return Reflect.get(target, property, receiver);
        return async (...args: Parameters<PrismaClient["$transaction"]>) => {
          const result = await (prisma.$transaction as (...a: unknown[]) => Promise<unknown>)(...args);
          if (loseNextCommit) {
            loseNextCommit = false;
            throw new Error("Connection terminated unexpectedly");
          }
          return result;
        };
      },
    }) as PrismaClient;
    const app = createApp({ prisma: flaky, readJson: api.db.readJson });
    const sendTo = async (variables: Record<string, unknown>) => {
      const response = await app.fetch(GRAPHQL_URL, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${editor}` },
        body: JSON.stringify({ query: CreateAgreement, variables }),
      });
      return JSON.parse(await response.text());
    };
    const summary = "Resume consultations on maritime safety";
    const variables = { input: { event: eventId, summary }, key: "lost-answer-key-0001" };

    loseNextCommit = true;
    const lost = await sendTo(variables);
    expect(lost.data?.createAgreement ?? null).toBeNull();
    expect(lost.errors?.[0]).toMatchObject({
      message: "Unexpected error.",
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
    expect(await agreementsWith(summary)).toBe(1);

    const retry = await sendTo(variables);
    expect(retry.errors).toBeUndefined();
    expect(retry.data.createAgreement).toMatchObject({ ok: true, error: null, agreement: { summary } });
    expect(await agreementsWith(summary)).toBe(1);
    expect(await api.db.prisma.idempotencyRecord.count({ where: { key: "lost-answer-key-0001" } })).toBe(1);
  });
});
