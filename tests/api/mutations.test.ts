import { schema } from "@readout/api";
import { createApiKey } from "@readout/db";
import {
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, GRAPHQL_URL, type TestApi } from "../kit/api.ts";
import { tableCounts } from "../kit/database.ts";

let api: TestApi;
const keys: Record<"READ" | "EDITOR" | "ADMIN", string> = { READ: "", EDITOR: "", ADMIN: "" };
beforeAll(async () => {
  api = await createTestApi();
  for (const scope of ["READ", "EDITOR", "ADMIN"] as const) {
    keys[scope] = (await createApiKey(api.db.prisma, { name: `test ${scope}`, scope })).secret;
  }
});
afterAll(() => api?.close());

async function send(query: string, variables: Record<string, unknown>, key?: string) {
  const response = await api.app.fetch(GRAPHQL_URL, {
    method: "POST",
    headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: raw responses to operations built from the schema at run time are untyped JSON
  return (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
}

/** A value of the input type that passes GraphQL validation, whatever the schema holds. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sample(field.type)]),
    );
  }
  switch (getNamedType(type).name) {
    case "ID":
      return Buffer.from("Participant:nothing").toString("base64");
    case "Int":
    case "Float":
      return 1;
    case "Boolean":
      return true;
    case "DateTime":
      return "2031-01-01T00:00:00Z";
    case "Date":
      return "2031-01-01";
    default:
      return "words of the article";
  }
}

/** Every mutation of the schema, as an operation with sample variables for its required arguments. */
function everyMutation(graphqlSchema: GraphQLSchema) {
  const mutation = graphqlSchema.getMutationType();
  return Object.values(mutation?.getFields() ?? {}).map((field) => {
    const args = field.args.filter((arg) => isNonNullType(arg.type));
    const declared = args.map((arg) => `$${arg.name}: ${arg.type}`).join(", ");
    const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
    const payload = getNamedType(field.type);
    expect(isObjectType(payload) && Object.keys(payload.getFields())).toEqual(
      expect.arrayContaining(["ok", "error"]),
    );
    return {
      name: field.name,
      query: `mutation${declared ? `(${declared})` : ""} { ${field.name}${passed ? `(${passed})` : ""} { ok error { code } } }`,
      variables: Object.fromEntries(args.map((arg) => [arg.name, sample(arg.type)])),
      admin: /ADMIN/.test(field.description ?? ""),
    };
  });
}

describe("every mutation", () => {
  it("is refused without a valid key of the right scope, and changes nothing", async () => {
    const mutations = everyMutation(schema);
    expect(mutations.length).toBeGreaterThanOrEqual(10);
    const before = await tableCounts(api.db);
    for (const mutation of mutations) {
      const attempts: [string | undefined, string][] = [
        [undefined, "UNAUTHENTICATED"],
        ["rk_not-a-key-at-all", "UNAUTHENTICATED"],
        [keys.READ, "FORBIDDEN"],
        ...(mutation.admin ? ([[keys.EDITOR, "FORBIDDEN"]] as [string, string][]) : []),
      ];
      for (const [key, code] of attempts) {
        const result = await send(mutation.query, mutation.variables, key);
        expect(result.errors, mutation.name).toBeUndefined();
        expect(result.data?.[mutation.name], `${mutation.name} with ${key ?? "no key"}`).toEqual({
          ok: false,
          error: { code },
        });
      }
    }
    expect(await tableCounts(api.db)).toEqual(before);
  });
});

const IMPORT = `mutation Import($input: ImportDocumentInput!, $key: String) {
  importDocument(input: $input, idempotencyKey: $key) { ok error { code field } created candidateCount articles { id title } }
}`;

const PAGE = `Norland and Sudria trade envoys agree to resume talks

Lakeside Wire — 9 May 2031, 10:00

Trade envoys of Norland and Sudria agreed on Friday to resume talks on fishing quotas, after a meeting that lasted about two hours.

"The door is open," Norland's envoy Ivo Brandt said.
`;

describe("importing and curating through the API", () => {
  it("imports a page with an EDITOR key, and replays the outcome for the same idempotency key", async () => {
    const first = await send(
      IMPORT,
      { input: { content: PAGE, event: "2023-06-18-blinken-qin-beijing" }, key: "import-0001" },
      keys.EDITOR,
    );
    expect(first.data?.importDocument).toMatchObject({
      ok: true,
      created: true,
      articles: [{ title: "Norland and Sudria trade envoys agree to resume talks" }],
    });
    const before = await tableCounts(api.db);
    const replay = await send(
      IMPORT,
      { input: { content: PAGE, event: "2023-06-18-blinken-qin-beijing" }, key: "import-0001" },
      keys.EDITOR,
    );
    expect(replay.data?.importDocument).toEqual(first.data?.importDocument);
    const reused = await send(
      IMPORT,
      { input: { content: `${PAGE}\nMore.`, event: "2023-06-18-blinken-qin-beijing" }, key: "import-0001" },
      keys.EDITOR,
    );
    expect(reused.data?.importDocument.error).toEqual({ code: "CONFLICT", field: "idempotencyKey" });
    const unknownEvent = await send(
      IMPORT,
      { input: { content: `${PAGE}\nOther.`, event: "no-such-event" } },
      keys.EDITOR,
    );
    expect(unknownEvent.data?.importDocument.error.code).toBe("NOT_FOUND");
    const scriptAddress = await send(
      IMPORT,
      { input: { content: `${PAGE}\nAgain.`, url: "javascript:alert(1)" } },
      keys.EDITOR,
    );
    expect(scriptAddress.data?.importDocument.error).toEqual({ code: "INVALID_INPUT", field: "url" });
    expect(await tableCounts(api.db)).toEqual(before);
  });

  it("confirms, edits and rejects candidates, each only once", async () => {
    const Candidates = `query { candidates(first: 50, filter: { status: EXTRACTED }) { edges { node { id kind data evidence { exact } } } } }`;
    const list = (await send(Candidates, {}, keys.READ)).data?.candidates.edges.map(
      (edge: { node: unknown }) => edge.node,
    ) as {
      id: string;
      kind: string;
      data: string;
      evidence: { exact: string };
    }[];
    const claim = list.find((c) => c.kind === "CLAIM");
    const quote = list.find((c) => c.kind === "STATEMENT");
    const agreement = list.find((c) => c.kind === "AGREEMENT");
    expect(claim && quote && agreement).toBeTruthy();

    const Edit = `mutation($id: ID!, $input: EditCandidateInput!) { editCandidate(id: $id, input: $input) { ok candidate { data } } }`;
    const edited = await send(Edit, { id: claim?.id, input: { scope: "talks only" } }, keys.EDITOR);
    expect(JSON.parse(edited.data?.editCandidate.candidate.data).scope).toBe("talks only");

    const Confirm = `mutation($id: ID!, $input: ConfirmCandidateInput) { confirmCandidate(id: $id, input: $input) { ok error { code field } created candidate { status } } }`;
    const confirmed = await send(Confirm, { id: claim?.id }, keys.EDITOR);
    expect(confirmed.data?.confirmCandidate).toMatchObject({ ok: true, candidate: { status: "CONFIRMED" } });
    const Created = `query($id: ID!) { node(id: $id) { ... on Claim { attribute scope evidence { exact } event { key } } } }`;
    const created = await send(Created, { id: confirmed.data?.confirmCandidate.created });
    expect(created.data?.node).toMatchObject({
      attribute: "duration",
      scope: "talks only",
      event: { key: "2023-06-18-blinken-qin-beijing" },
    });
    const twice = await send(Confirm, { id: claim?.id }, keys.EDITOR);
    expect(twice.data?.confirmCandidate.error.code).toBe("CONFLICT");

    const needsAgreement = await send(Confirm, { id: agreement?.id }, keys.EDITOR);
    expect(needsAgreement.data?.confirmCandidate.error).toEqual({
      code: "INVALID_INPUT",
      field: "agreement",
    });
    const newAgreement = await send(
      Confirm,
      { id: agreement?.id, input: { summary: "Resume talks on fishing quotas" } },
      keys.EDITOR,
    );
    expect(newAgreement.data?.confirmCandidate.ok).toBe(true);

    const Reject = `mutation($id: ID!) { rejectCandidate(id: $id) { ok candidate { status } } }`;
    expect((await send(Reject, { id: quote?.id }, keys.EDITOR)).data?.rejectCandidate).toEqual({
      ok: true,
      candidate: { status: "REJECTED" },
    });
  });

  it("creates and merges participants, refusing duplicates", async () => {
    const Create = `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { ok error { code } participant { id name } } }`;
    const made = await send(
      Create,
      { input: { name: "Antony J. Blinken", kind: "PERSON", aliases: ["A. Blinken"] } },
      keys.EDITOR,
    );
    expect(made.data?.createParticipant.ok).toBe(true);
    const duplicate = await send(Create, { input: { name: "anthony blinken", kind: "PERSON" } }, keys.EDITOR);
    expect(duplicate.data?.createParticipant.error.code).toBe("DUPLICATE");

    const Find = `query { participants(first: 1, name: "Antony Blinken") { edges { node { id articles(first: 10) { totalCount } statements(first: 50) { totalCount } } } } }`;
    const keep = (await send(Find, {})).data?.participants.edges[0].node;
    const Merge = `mutation($keep: ID!, $merge: ID!) { mergeParticipants(keep: $keep, merge: $merge) { ok error { code } participant { aliases { alias } statements(first: 50) { totalCount } } } }`;
    const merged = await send(
      Merge,
      { keep: keep.id, merge: made.data?.createParticipant.participant.id },
      keys.EDITOR,
    );
    expect(merged.data?.mergeParticipants.ok).toBe(true);
    expect(merged.data?.mergeParticipants.participant.aliases.map((a: { alias: string }) => a.alias)).toEqual(
      expect.arrayContaining(["Antony J. Blinken", "A. Blinken"]),
    );
    expect(merged.data?.mergeParticipants.participant.statements.totalCount).toBe(keep.statements.totalCount);
    const again = await send(
      Merge,
      { keep: keep.id, merge: made.data?.createParticipant.participant.id },
      keys.EDITOR,
    );
    expect(again.data?.mergeParticipants.error.code).toBe("NOT_FOUND");
  });

  it("creates an agreement and a report from quoted words, refusing words the article lacks", async () => {
    const Ids = `query { events(first: 1) { edges { node { id } } } articles(first: 1, filter: { outletKinds: [PUBLIC_BROADCASTER], outletCountries: ["GB"] }) { edges { node { id } } } }`;
    const ids = (await send(Ids, {})).data as {
      events: { edges: { node: { id: string } }[] };
      articles: { edges: { node: { id: string } }[] };
    };
    const CreateAgreement = `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { ok error { code } agreement { id summary } } }`;
    const agreement = await send(
      CreateAgreement,
      { input: { event: ids.events.edges[0]?.node.id, summary: "Keep open channels of communication" } },
      keys.EDITOR,
    );
    expect(agreement.data?.createAgreement.ok).toBe(true);
    const Report = `mutation($input: CreateAgreementReportInput!) { createAgreementReport(input: $input) { ok error { code field } report { strength evidence { exact } } } }`;
    const input = {
      agreement: agreement.data?.createAgreement.agreement.id,
      article: ids.articles.edges[0]?.node.id,
      strength: "WELCOMED",
      quote: { exact: "keeping “open channels of communication”" },
    };
    const report = await send(Report, { input }, keys.EDITOR);
    expect(report.data?.createAgreementReport).toMatchObject({
      ok: true,
      report: { evidence: { exact: "keeping “open channels of communication”" } },
    });
    expect((await send(Report, { input }, keys.EDITOR)).data?.createAgreementReport.error).toEqual({
      code: "DUPLICATE",
      field: "quote",
    });
    const missing = await send(
      Report,
      { input: { ...input, quote: { exact: "words the BBC never printed" } } },
      keys.EDITOR,
    );
    expect(missing.data?.createAgreementReport.error).toEqual({ code: "INVALID_INPUT", field: "quote" });
  });

  it("lets an ADMIN key create and revoke keys; a revoked key stops working", async () => {
    const Create = `mutation($input: CreateApiKeyInput!, $key: String) { createApiKey(input: $input, idempotencyKey: $key) { ok secret apiKey { id scope } } }`;
    const created = await send(
      Create,
      { input: { name: "newsroom", scope: "EDITOR" }, key: "key-creation-1" },
      keys.ADMIN,
    );
    const secret = created.data?.createApiKey.secret as string;
    expect(secret).toMatch(/^rk_/);
    const replay = await send(
      Create,
      { input: { name: "newsroom", scope: "EDITOR" }, key: "key-creation-1" },
      keys.ADMIN,
    );
    expect(replay.data?.createApiKey).toMatchObject({
      ok: true,
      secret: null,
      apiKey: { id: created.data?.createApiKey.apiKey.id },
    });
    const stored = await api.db.prisma.apiKey.findUniqueOrThrow({
      where: { id: created.data?.createApiKey.apiKey.id },
    });
    expect(stored.hash).not.toContain(secret);
    expect(stored.hash).toHaveLength(64);
    const Reject = `mutation($id: ID!) { rejectCandidate(id: $id) { ok error { code } } }`;
    const nothing = Buffer.from("Candidate:none").toString("base64");
    expect((await send(Reject, { id: nothing }, secret)).data?.rejectCandidate.error.code).toBe("NOT_FOUND");
    const Revoke = `mutation($id: ID!) { revokeApiKey(id: $id) { ok apiKey { revokedAt } } }`;
    expect(
      (await send(Revoke, { id: created.data?.createApiKey.apiKey.id }, keys.ADMIN)).data?.revokeApiKey.ok,
    ).toBe(true);
    expect((await send(Reject, { id: nothing }, secret)).data?.rejectCandidate.error.code).toBe(
      "UNAUTHENTICATED",
    );
  });
});
