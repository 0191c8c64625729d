/**
 * Bringing in coverage and curating it: importing captured pages, confirming, editing or rejecting the
 * candidates extracted from them, creating and merging participants, agreements and reports, and
 * managing API keys. Reads are public; every mutation needs a key (EDITOR, or ADMIN for keys).
 */
import {
  type ApiScope,
  confirmCandidate,
  createAgreement,
  createAgreementReport,
  createApiKey,
  createParticipant,
  editCandidate,
  mergeParticipants,
  type Ref,
  rejectCandidate,
} from "@readout/db";
import { importPage, isWebAddress } from "@readout/ingest";
import { builder, requireKey } from "../builder.ts";
import { ParticipantKindEnum, SpeechModeEnum, WordingStrengthEnum } from "./enums.ts";
import { guarded, IDEMPOTENCY_KEY, idFor, type Outcome, payloadFields, Refusal } from "./mutation-kit.ts";

const CandidateKindEnum = builder.enumType("CandidateKind", {
  description: "What a candidate would become once confirmed.",
  values: {
    PARTICIPANT: { description: "A participant named in the article." },
    ROLE: { description: "A role a participant held, from an apposition." },
    STATEMENT: { description: "A quote or reported speech, with its speaker." },
    CLAIM: { description: "A claim about an event (duration, place…)." },
    AGREEMENT: { description: "A passage reporting an agreement, with its wording strength." },
    TOPIC: { description: "A passage raising a topic." },
    OUTLET: { description: "A publisher an import found on a page and did not know." },
  },
});

const CandidateStatusEnum = builder.enumType("CandidateStatus", {
  description: "Where a candidate stands in curation.",
  values: {
    EXTRACTED: { description: "Found by extraction; not yet curated." },
    CONFIRMED: { description: "Confirmed by a curator; the fact it stands for exists." },
    REJECTED: { description: "Rejected by a curator." },
  },
});

const ApiScopeEnum = builder.enumType("ApiScope", {
  description: "What an API key may do.",
  values: {
    READ: { description: "Read (which needs no key at all)." },
    EDITOR: { description: "Import coverage and curate it." },
    ADMIN: { description: "Everything, including managing keys." },
  },
});

export const Candidate = builder.prismaNode("Candidate", {
  id: { field: "id" },
  nullable: true,
  description: "A fact extracted from an imported article, awaiting curation.",
  fields: (t) => ({
    kind: t.expose("kind", { type: CandidateKindEnum, description: "What it would become." }),
    status: t.expose("status", { type: CandidateStatusEnum, description: "Where it stands." }),
    confidence: t.exposeFloat("confidence", { description: "How sure extraction is, from 0 to 1." }),
    data: t.string({
      description: "What was extracted (a name, a speaker, a strength, a value…), as JSON.",
      resolve: (candidate) => JSON.stringify(candidate.data),
    }),
    article: t.relation("article", { description: "The article it was found in." }),
    evidence: t.relation("evidence", { description: "The words it rests on." }),
    participant: t.relation("participant", {
      nullable: true,
      description: "The known participant it names or is said by.",
    }),
    result: t.exposeString("result", {
      nullable: true,
      description: "The global id of what confirming it created.",
    }),
  }),
});

const CandidateFilter = builder.inputType("CandidateFilter", {
  description: "Narrows a list of candidates.",
  fields: (t) => ({
    status: t.field({ type: CandidateStatusEnum, description: "In this state." }),
    kind: t.field({ type: CandidateKindEnum, description: "Of this kind." }),
    article: t.globalID({ description: "Found in this article." }),
  }),
});

builder.queryField("candidates", (t) =>
  t.prismaConnection({
    type: "Candidate",
    cursor: "id",
    description: "Extracted candidates, for curation (needs an API key of scope READ or more).",
    args: { filter: t.arg({ type: CandidateFilter, description: "Only candidates that match." }) },
    totalCount: async (_parent, args, ctx) => {
      await requireKey(ctx);
      return ctx.prisma.candidate.count({
        where: {
          status: args.filter?.status ?? undefined,
          kind: args.filter?.kind ?? undefined,
          articleId: idFor(args.filter?.article, "Article", "article"),
        },
      });
    },
    resolve: async (query, _parent, args, ctx) => {
      await requireKey(ctx);
      return ctx.prisma.candidate.findMany({
        ...query,
        where: {
          status: args.filter?.status ?? undefined,
          kind: args.filter?.kind ?? undefined,
          articleId: idFor(args.filter?.article, "Article", "article"),
        },
        orderBy: { id: "asc" },
      });
    },
  }),
);

const ApiKeyRef = builder.prismaObject("ApiKey", {
  description: "An API key (its secret is never shown again after creation).",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The key's id (not the key)." }),
    name: t.exposeString("name", { description: "What it is for." }),
    prefix: t.exposeString("prefix", { description: "The key's first characters, to tell keys apart." }),
    scope: t.expose("scope", { type: ApiScopeEnum, description: "What it may do." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was made." }),
    revokedAt: t.expose("revokedAt", {
      type: "DateTime",
      nullable: true,
      description: "When it was revoked.",
    }),
  }),
});

const resultId = (outcome: Outcome<Ref>, type: Ref["type"]) =>
  outcome.result?.type === type ? outcome.result.id : null;

const ParticipantPayload = builder.objectRef<Outcome<Ref>>("ParticipantPayload").implement({
  description: "The outcome of a change to participants.",
  fields: (t) => ({
    ...payloadFields(t),
    participant: t.prismaField({
      type: "Participant",
      nullable: true,
      description: "The participant, when done.",
      resolve: (query, outcome, _args, ctx) => {
        const id = resultId(outcome, "Participant");
        return id ? ctx.prisma.participant.findUnique({ ...query, where: { id } }) : null;
      },
    }),
  }),
});

const AgreementPayload = builder.objectRef<Outcome<Ref>>("AgreementPayload").implement({
  description: "The outcome of creating an agreement.",
  fields: (t) => ({
    ...payloadFields(t),
    agreement: t.prismaField({
      type: "Agreement",
      nullable: true,
      description: "The agreement, when done.",
      resolve: (query, outcome, _args, ctx) => {
        const id = resultId(outcome, "Agreement");
        return id ? ctx.prisma.agreement.findUnique({ ...query, where: { id } }) : null;
      },
    }),
  }),
});

const AgreementReportPayload = builder.objectRef<Outcome<Ref>>("AgreementReportPayload").implement({
  description: "The outcome of creating a report of an agreement.",
  fields: (t) => ({
    ...payloadFields(t),
    report: t.prismaField({
      type: "AgreementReport",
      nullable: true,
      description: "The report, when done.",
      resolve: (query, outcome, _args, ctx) => {
        const id = resultId(outcome, "AgreementReport");
        return id ? ctx.prisma.agreementReport.findUnique({ ...query, where: { id } }) : null;
      },
    }),
  }),
});

const CandidatePayload = builder
  .objectRef<Outcome<{ candidateId: string; created: Ref | null }>>("CandidatePayload")
  .implement({
    description: "The outcome of curating a candidate.",
    fields: (t) => ({
      ...payloadFields(t),
      candidate: t.prismaField({
        type: "Candidate",
        nullable: true,
        description: "The candidate, as it now stands.",
        resolve: (query, outcome, _args, ctx) =>
          outcome.result
            ? ctx.prisma.candidate.findUnique({ ...query, where: { id: outcome.result.candidateId } })
            : null,
      }),
      created: t.string({
        nullable: true,
        description: "The global id of what confirming it created (fetch it with node).",
        resolve: (outcome) =>
          outcome.result?.created
            ? Buffer.from(`${outcome.result.created.type}:${outcome.result.created.id}`).toString("base64")
            : null,
      }),
    }),
  });

const ImportDocumentPayload = builder
  .objectRef<Outcome<{ documentId: string; created: boolean; articleIds: string[]; candidates: number }>>(
    "ImportDocumentPayload",
  )
  .implement({
    description: "The outcome of importing a captured page.",
    fields: (t) => ({
      ...payloadFields(t),
      created: t.boolean({
        nullable: true,
        description: "False when the same text was stored already (nothing was written).",
        resolve: (outcome) => outcome.result?.created ?? null,
      }),
      document: t.prismaField({
        type: "SourceDocument",
        nullable: true,
        description: "The stored page.",
        resolve: (query, outcome, _args, ctx) =>
          outcome.result
            ? ctx.prisma.sourceDocument.findUnique({ ...query, where: { id: outcome.result.documentId } })
            : null,
      }),
      articles: t.prismaField({
        type: ["Article"],
        description: "The articles found in it, in page order.",
        resolve: (query, outcome, _args, ctx) =>
          outcome.result
            ? ctx.prisma.article.findMany({
                ...query,
                where: { id: { in: outcome.result.articleIds } },
                orderBy: { sourceStart: "asc" },
              })
            : [],
      }),
      candidateCount: t.int({
        nullable: true,
        description: "How many candidates extraction found.",
        resolve: (outcome) => outcome.result?.candidates ?? null,
      }),
    }),
  });

const ApiKeyPayload = builder
  .objectRef<Outcome<{ id: string; secret: string | null }>>("ApiKeyPayload")
  .implement({
    description: "The outcome of creating or revoking an API key.",
    fields: (t) => ({
      ...payloadFields(t),
      apiKey: t.prismaField({
        type: ApiKeyRef,
        nullable: true,
        description: "The key.",
        resolve: (query, outcome, _args, ctx) =>
          outcome.result
            ? ctx.prisma.apiKey.findUnique({ ...query, where: { id: outcome.result.id } })
            : null,
      }),
      secret: t.string({
        nullable: true,
        description: "The key itself, shown this once when it is created: keep it.",
        resolve: (outcome) => outcome.result?.secret ?? null,
      }),
    }),
  });

const PageMediaTypeEnum = builder.enumType("PageMediaType", {
  description: "What a captured page is.",
  values: { TEXT: { description: "Plain text." }, HTML: { description: "HTML; its text is extracted." } },
});

const ImportDocumentInput = builder.inputType("ImportDocumentInput", {
  description: "A captured page to import.",
  fields: (t) => ({
    content: t.string({ required: true, description: "The page, as captured (at most 2 MB)." }),
    mediaType: t.field({
      type: PageMediaTypeEnum,
      description: "Plain text or HTML; guessed when left out.",
    }),
    fileName: t.string({ description: "The file it came from." }),
    url: t.string({ description: "Where it was captured." }),
    capturedAt: t.field({
      type: "DateTime",
      description: 'When it was captured: "4 hours ago" is read against it.',
    }),
    event: t.string({ description: "The key of the event it covers, if known." }),
  }),
});

const MAX_PAGE_BYTES = 2 * 1024 * 1024;

const toInput = <T>(value: T) => JSON.parse(JSON.stringify(value ?? null)) as unknown;

builder.mutationField("importDocument", (t) =>
  t.field({
    type: ImportDocumentPayload,
    description: "Imports a captured page: splits it into articles and extracts candidates (EDITOR).",
    args: {
      input: t.arg({ type: ImportDocumentInput, required: true, description: "The page." }),
      idempotencyKey: t.arg.string(IDEMPOTENCY_KEY),
    },
    resolve: (_root, { input, idempotencyKey }, ctx) =>
      guarded(
        ctx,
        { scope: "EDITOR", operation: "importDocument", idempotencyKey, input: toInput(input) },
        async () => {
          if (!input.content.trim()) throw new Refusal("INVALID_INPUT", "The page is empty.", "content");
          if (Buffer.byteLength(input.content) > MAX_PAGE_BYTES)
            throw new Refusal("INVALID_INPUT", "The page is over 2 MB.", "content");
          if (input.url != null && !isWebAddress(input.url))
            throw new Refusal("INVALID_INPUT", "url must be an http or https address.", "url");
          const result = await importPage(ctx.prisma, {
            content: input.content,
            mediaType:
              input.mediaType === "HTML"
                ? "text/html"
                : input.mediaType === "TEXT"
                  ? "text/plain"
                  : undefined,
            fileName: input.fileName ?? undefined,
            url: input.url ?? undefined,
            capturedAt: input.capturedAt ?? undefined,
            eventKey: input.event ?? undefined,
          });
          const candidates = Object.values(result.candidates).reduce((sum, n) => sum + (n ?? 0), 0);
          return {
            documentId: result.documentId,
            created: result.created,
            articleIds: result.articleIds,
            candidates,
          };
        },
      ),
  }),
);

const ConfirmCandidateInput = builder.inputType("ConfirmCandidateInput", {
  description: "What confirming a candidate needs beyond what was extracted.",
  fields: (t) => ({
    participant: t.globalID({
      description: "The participant it names or is said by, overriding extraction's.",
    }),
    event: t.globalID({
      description: "The event a claim or a new agreement is about (default: the article's).",
    }),
    agreement: t.globalID({ description: "The agreement an agreement passage reports." }),
    summary: t.string({ description: "The summary of a new agreement, when no agreement is given." }),
    topic: t.globalID({ description: "The topic a topic passage raises, overriding extraction's." }),
  }),
});

builder.mutationField("confirmCandidate", (t) =>
  t.field({
    type: CandidatePayload,
    description: "Confirms a candidate, creating the fact it stands for (EDITOR).",
    args: {
      id: t.arg.globalID({ required: true, description: "The candidate." }),
      input: t.arg({ type: ConfirmCandidateInput, description: "What confirming it needs." }),
      idempotencyKey: t.arg.string(IDEMPOTENCY_KEY),
    },
    resolve: (_root, { id, input, idempotencyKey }, ctx) =>
      guarded(
        ctx,
        { scope: "EDITOR", operation: "confirmCandidate", idempotencyKey, input: toInput({ id, input }) },
        async () => {
          const candidateId = idFor(id, "Candidate", "id") as string;
          const created = await confirmCandidate(ctx.prisma, candidateId, {
            participantId: idFor(input?.participant, "Participant", "participant"),
            eventId: idFor(input?.event, "Event", "event"),
            agreementId: idFor(input?.agreement, "Agreement", "agreement"),
            summary: input?.summary ?? undefined,
            topicId: idFor(input?.topic, "Topic", "topic"),
          });
          return { candidateId, created };
        },
      ),
  }),
);

const EditCandidateInput = builder.inputType("EditCandidateInput", {
  description: "Corrections to a candidate before it is confirmed.",
  fields: (t) => ({
    participant: t.globalID({ description: "The participant it names or is said by." }),
    name: t.string({ description: "The name (participants, roles)." }),
    title: t.string({ description: "The role's title." }),
    speaker: t.string({ description: "How the article names an unnamed speaker." }),
    mode: t.field({ type: SpeechModeEnum, description: "Quoted directly or reported." }),
    attribution: t.string({ description: "Whom the article credits." }),
    strength: t.field({ type: WordingStrengthEnum, description: "The wording's strength." }),
    attribute: t.string({ description: "The claim's attribute." }),
    value: t.string({ description: "The claim's value as written." }),
    scope: t.string({ description: "What the claim's value covers." }),
  }),
});

builder.mutationField("editCandidate", (t) =>
  t.field({
    type: CandidatePayload,
    description: "Corrects what was extracted for a candidate that is not yet curated (EDITOR).",
    args: {
      id: t.arg.globalID({ required: true, description: "The candidate." }),
      input: t.arg({ type: EditCandidateInput, required: true, description: "The corrections." }),
      idempotencyKey: t.arg.string(IDEMPOTENCY_KEY),
    },
    resolve: (_root, { id, input, idempotencyKey }, ctx) =>
      guarded(
        ctx,
        { scope: "EDITOR", operation: "editCandidate", idempotencyKey, input: toInput({ id, input }) },
        async () => {
          const candidateId = idFor(id, "Candidate", "id") as string;
          const { participant, ...rest } = input;
          const fields = Object.fromEntries(
            Object.entries(rest).filter(([, value]) => value !== undefined && value !== null),
          ) as Record<string, string>;
          await editCandidate(ctx.prisma, candidateId, {
            participantId: idFor(participant, "Participant", "participant"),
            fields,
          });
          return { candidateId, created: null };
        },
      ),
  }),
);

builder.mutationField("rejectCandidate", (t) =>
  t.field({
    type: CandidatePayload,
    description: "Rejects a candidate (EDITOR).",
    args: {
      id: t.arg.globalID({ required: true, description: "The candidate." }),
      idempotencyKey: t.arg.string(IDEMPOTENCY_KEY),
    },
    resolve: (_root, { id, idempotencyKey }, ctx) =>
      guarded(
        ctx,
        { scope: "EDITOR", operation: "rejectCandidate", idempotencyKey, input: toInput({ id }) },
        async () => {
          const candidateId = idFor(id, "Candidate", "id") as string;
          await rejectCandidate(ctx.prisma, candidateId);
          return { candidateId, created: null };
        },
      ),
  }),
);

const CreateParticipantInput = builder.inputType("CreateParticipantInput", {
  description: "A new participant.",
  fields: (t) => ({
    name: t.string({ required: true, description: "The usual name." }),
    kind: t.field({
      type: ParticipantKindEnum,
      required: true,
      description: "Person, organisation or country.",
    }),
    aliases: t.stringList({ description: "Other names it goes by." }),
    description: t.string({ description: "A short description." }),
  }),
});

builder.mutationField("createParticipant", (t) =>
  t.field({
    type: ParticipantPayload,
    description: "Creates a participant; refused as DUPLICATE when one is known by that name (EDITOR).",
    args: {
      input: t.arg({ type: CreateParticipantInput, required: true, description: "The participant." }),
      idempotencyKey: t.arg.string(IDEMPOTENCY_KEY),
    },
    resolve: (_root, { input, idempotencyKey }, ctx) =>
      guarded(
        ctx,
        { scope: "EDITOR", operation: "createParticipant", idempotencyKey, input: toInput(input) },
        () =>
          createParticipant(ctx.prisma, {
            name: input.name,
            kind: input.kind,
            aliases: input.aliases ?? undefined,
            description: input.description ?? undefined,
          }),
      ),
  }),
);

builder.mutationField("mergeParticipants", (t) =>
  t.field({
    type: ParticipantPayload,
    description:
      "Merges one participant into another: mentions, roles, statements and aliases move over (EDITOR).",
    args: {
      keep: t.arg.globalID({ required: true, description: "The participant that stays." }),
      merge: t.arg.globalID({ required: true, description: "The participant merged into it, then removed." }),
      idempotencyKey: t.arg.string(IDEMPOTENCY_KEY),
    },
    resolve: (_root, { keep, merge, idempotencyKey }, ctx) =>
      guarded(
        ctx,
        { scope: "EDITOR", operation: "mergeParticipants", idempotencyKey, input: toInput({ keep, merge }) },
        () =>
          mergeParticipants(
            ctx.prisma,
            idFor(keep, "Participant", "keep") as string,
            idFor(merge, "Participant", "merge") as string,
          ),
      ),
  }),
);

const CreateAgreementInput = builder.inputType("CreateAgreementInput", {
  description: "A new agreement.",
  fields: (t) => ({
    event: t.globalID({ required: true, description: "Where it was agreed." }),
    summary: t.string({ required: true, description: "What was agreed, in neutral words." }),
    topic: t.globalID({ description: "What it is about." }),
    parties: t.globalIDList({ description: "Who agreed." }),
  }),
});

builder.mutationField("createAgreement", (t) =>
  t.field({
    type: AgreementPayload,
    description: "Creates an agreement of an event (EDITOR).",
    args: {
      input: t.arg({ type: CreateAgreementInput, required: true, description: "The agreement." }),
      idempotencyKey: t.arg.string(IDEMPOTENCY_KEY),
    },
    resolve: (_root, { input, idempotencyKey }, ctx) =>
      guarded(
        ctx,
        { scope: "EDITOR", operation: "createAgreement", idempotencyKey, input: toInput(input) },
        () =>
          createAgreement(ctx.prisma, {
            eventId: idFor(input.event, "Event", "event") as string,
            summary: input.summary,
            topicId: idFor(input.topic, "Topic", "topic"),
            partyIds: input.parties?.map((party) => idFor(party, "Participant", "parties") as string),
          }),
      ),
  }),
);

const QuoteInput = builder.inputType("QuoteInput", {
  description:
    "Words of an article (W3C TextQuoteSelector): the exact words, with context where they repeat.",
  fields: (t) => ({
    exact: t.string({ required: true, description: "The words." }),
    prefix: t.string({ description: "Words just before them." }),
    suffix: t.string({ description: "Words just after them." }),
  }),
});

const CreateAgreementReportInput = builder.inputType("CreateAgreementReportInput", {
  description: "A new report of an agreement: which article says so, in which words.",
  fields: (t) => ({
    agreement: t.globalID({ required: true, description: "The agreement." }),
    article: t.globalID({ required: true, description: "The article." }),
    strength: t.field({
      type: WordingStrengthEnum,
      required: true,
      description: "How strongly the words commit.",
    }),
    quote: t.field({ type: QuoteInput, required: true, description: "The words." }),
  }),
});

builder.mutationField("createAgreementReport", (t) =>
  t.field({
    type: AgreementReportPayload,
    description: "Records that an article reports an agreement, in words of its body (EDITOR).",
    args: {
      input: t.arg({ type: CreateAgreementReportInput, required: true, description: "The report." }),
      idempotencyKey: t.arg.string(IDEMPOTENCY_KEY),
    },
    resolve: (_root, { input, idempotencyKey }, ctx) =>
      guarded(
        ctx,
        { scope: "EDITOR", operation: "createAgreementReport", idempotencyKey, input: toInput(input) },
        () =>
          createAgreementReport(ctx.prisma, {
            agreementId: idFor(input.agreement, "Agreement", "agreement") as string,
            articleId: idFor(input.article, "Article", "article") as string,
            strength: input.strength,
            quote: {
              exact: input.quote.exact,
              prefix: input.quote.prefix ?? undefined,
              suffix: input.quote.suffix ?? undefined,
            },
          }),
      ),
  }),
);

const CreateApiKeyInput = builder.inputType("CreateApiKeyInput", {
  description: "A new API key.",
  fields: (t) => ({
    name: t.string({ required: true, description: "What it is for." }),
    scope: t.field({ type: ApiScopeEnum, required: true, description: "What it may do." }),
  }),
});

builder.mutationField("createApiKey", (t) =>
  t.field({
    type: ApiKeyPayload,
    description: "Creates an API key; its secret is in the payload, once (ADMIN).",
    args: {
      input: t.arg({ type: CreateApiKeyInput, required: true, description: "The key." }),
      idempotencyKey: t.arg.string(IDEMPOTENCY_KEY),
    },
    resolve: (_root, { input, idempotencyKey }, ctx) =>
      guarded(
        ctx,
        {
          scope: "ADMIN",
          operation: "createApiKey",
          idempotencyKey,
          input: toInput(input),
          // A replay must not hand the secret out again: only the first outcome carries it.
          keep: (outcome) =>
            outcome.ok ? { ...outcome, result: { ...outcome.result, secret: null } } : outcome,
        },
        async (): Promise<{ id: string; secret: string | null }> => {
          const name = input.name.trim();
          if (!name || name.length > 100)
            throw new Refusal("INVALID_INPUT", "A key needs a name of 1 to 100 characters.", "name");
          const key = await createApiKey(ctx.prisma, { name, scope: input.scope as ApiScope });
          return { id: key.id, secret: key.secret };
        },
      ),
  }),
);

builder.mutationField("revokeApiKey", (t) =>
  t.field({
    type: ApiKeyPayload,
    description: "Revokes an API key (ADMIN).",
    args: {
      id: t.arg.id({ required: true, description: "The key's id." }),
      idempotencyKey: t.arg.string(IDEMPOTENCY_KEY),
    },
    resolve: (_root, { id, idempotencyKey }, ctx) =>
      guarded(
        ctx,
        { scope: "ADMIN", operation: "revokeApiKey", idempotencyKey, input: toInput({ id }) },
        async () => {
          const key = await ctx.prisma.apiKey.findUnique({ where: { id: String(id) } });
          if (!key) throw new Refusal("NOT_FOUND", "No key has that id.", "id");
          await ctx.prisma.apiKey.update({
            where: { id: key.id },
            data: { revokedAt: key.revokedAt ?? new Date() },
          });
          return { id: key.id, secret: null };
        },
      ),
  }),
);
