/**
 * Curation: turning extracted candidates into curated facts, and creating or merging participants,
 * agreements and reports. Every operation runs in one transaction and refuses what it cannot do with a
 * CurationError carrying a stable code, having changed nothing.
 */
import { normalizeName } from "../dataset/load.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { ParticipantKind, SpeechMode, WordingStrength } from "../generated/prisma/enums.ts";
import { resolveQuote, type TextQuote } from "../spans.ts";
import { type DbClient, inTransaction, isUniqueViolation } from "./transaction.ts";

export type CurationErrorCode = "NOT_FOUND" | "INVALID_INPUT" | "DUPLICATE" | "CONFLICT";

export class CurationError extends Error {
  constructor(
    readonly code: CurationErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

type Tx = Prisma.TransactionClient;

/** A reference to what an operation created or changed, as model name and id. */
export interface Ref {
  type:
    | "Participant"
    | "Statement"
    | "Claim"
    | "AgreementReport"
    | "Agreement"
    | "Topic"
    | "Outlet"
    | "Candidate";
  id: string;
}

async function found<T>(value: T | null, what: string, field: string): Promise<T> {
  if (value === null) throw new CurationError("NOT_FOUND", `No ${what} has that id.`, field);
  return value;
}

/**
 * A candidate that no curator has confirmed or rejected yet; anything else is a CONFLICT. Its row stays
 * locked until the transaction ends, so that of two curators acting at once the second sees the first's
 * decision instead of curating the candidate twice.
 */
async function uncuratedCandidate(tx: Tx, candidateId: string) {
  await tx.$queryRaw`SELECT "id" FROM "Candidate" WHERE "id" = ${candidateId} FOR UPDATE`;
  const candidate = await found(
    await tx.candidate.findUnique({
      where: { id: candidateId },
      include: { article: { select: { id: true, events: { select: { eventId: true } } } } },
    }),
    "candidate",
    "id",
  );
  if (candidate.status !== "EXTRACTED") {
    throw new CurationError("CONFLICT", `The candidate was ${candidate.status.toLowerCase()} already.`, "id");
  }
  return candidate;
}

export interface ConfirmInput {
  participantId?: string | undefined;
  eventId?: string | undefined;
  agreementId?: string | undefined;
  summary?: string | undefined;
  topicId?: string | undefined;
}

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null);

/** Confirms a candidate: creates the fact it stands for, and records what was created. */
export async function confirmCandidate(
  prisma: DbClient,
  candidateId: string,
  input: ConfirmInput,
): Promise<Ref> {
  return inTransaction(prisma, async (tx) => {
    const candidate = await uncuratedCandidate(tx, candidateId);
    const data = candidate.data as Record<string, unknown>;
    const participantId = input.participantId ?? candidate.participantId ?? undefined;
    const eventId = input.eventId ?? candidate.article.events[0]?.eventId;
    const evidenceId = candidate.evidenceId;
    const articleId = candidate.articleId;
    const key = `candidate-${candidate.id}`;
    let result: Ref;
    switch (candidate.kind) {
      case "PARTICIPANT": {
        const id =
          participantId ??
          (
            await createParticipantIn(tx, {
              name: text(data.name) ?? "",
              kind: (data.kind as ParticipantKind) ?? "PERSON",
            })
          ).id;
        await found(
          await tx.participant.findUnique({ where: { id }, select: { id: true } }),
          "participant",
          "participant",
        );
        await tx.articleParticipant.upsert({
          where: { articleId_participantId: { articleId, participantId: id } },
          create: { articleId, participantId: id, evidenceId },
          update: {},
        });
        result = { type: "Participant", id };
        break;
      }
      case "ROLE": {
        if (!participantId)
          throw new CurationError("INVALID_INPUT", "Say whose role this is (participant).", "participant");
        const title = text(data.title);
        if (!title)
          throw new CurationError("INVALID_INPUT", "The role has no title; edit it first.", "title");
        await tx.role.upsert({
          where: { participantId_title: { participantId, title } },
          create: { participantId, title, evidenceId },
          update: { evidenceId },
        });
        result = { type: "Participant", id: participantId };
        break;
      }
      case "STATEMENT": {
        const statement = await tx.statement.create({
          data: {
            key,
            articleId,
            speakerId: participantId ?? null,
            speakerLabel: participantId ? null : (text(data.speaker) ?? "unknown speaker"),
            mode: (data.mode as SpeechMode) ?? "REPORTED",
            attribution: text(data.attribution),
            evidenceId,
          },
        });
        result = { type: "Statement", id: statement.id };
        break;
      }
      case "CLAIM": {
        if (!eventId)
          throw new CurationError("INVALID_INPUT", "Say which event the claim is about (event).", "event");
        const claim = await tx.claim.create({
          data: {
            key,
            eventId,
            articleId,
            attribute: text(data.attribute) ?? "unknown",
            value: text(data.value) ?? "",
            normalized: text(data.normalized),
            qualifier: text(data.qualifier),
            unit: text(data.unit),
            minValue: typeof data.min === "number" ? data.min : null,
            maxValue: typeof data.max === "number" ? data.max : null,
            scope: text(data.scope),
            evidenceId,
          },
        });
        result = { type: "Claim", id: claim.id };
        break;
      }
      case "AGREEMENT": {
        let agreementId = input.agreementId;
        if (!agreementId) {
          const summary = input.summary?.trim();
          if (!summary || !eventId) {
            throw new CurationError(
              "INVALID_INPUT",
              "Name an agreement, or give a summary and an event for a new one.",
              "agreement",
            );
          }
          agreementId = (await tx.agreement.create({ data: { key, eventId, summary } })).id;
        }
        await found(
          await tx.agreement.findUnique({ where: { id: agreementId }, select: { id: true } }),
          "agreement",
          "agreement",
        );
        const report = await tx.agreementReport.create({
          data: {
            agreementId,
            articleId,
            evidenceId,
            strength: (data.strength as WordingStrength) ?? "AGREED",
          },
        });
        result = { type: "AgreementReport", id: report.id };
        break;
      }
      case "TOPIC": {
        const topicKey = text(data.topic) ?? "topic";
        const topicId =
          input.topicId ??
          (
            await tx.topic.upsert({
              where: { key: topicKey },
              create: { key: topicKey, name: text(data.name) ?? topicKey },
              update: {},
            })
          ).id;
        await tx.topicMention.upsert({
          where: { articleId_topicId_evidenceId: { articleId, topicId, evidenceId } },
          create: { articleId, topicId, evidenceId },
          update: {},
        });
        result = { type: "Topic", id: topicId };
        break;
      }
      case "OUTLET": {
        // The outlet import proposed for the article is the publisher a curator confirms: it stops being proposed.
        const { outletId } = await tx.article.findUniqueOrThrow({
          where: { id: articleId },
          select: { outletId: true },
        });
        await tx.outlet.update({ where: { id: outletId }, data: { proposed: false } });
        result = { type: "Outlet", id: outletId };
        break;
      }
    }
    await tx.candidate.update({
      where: { id: candidate.id },
      data: {
        status: "CONFIRMED",
        result: `${result.type}:${result.id}`,
        participantId: participantId ?? null,
      },
    });
    return result;
  });
}

export interface CandidateEdit {
  participantId?: string | undefined;
  fields?: Record<string, string | number | null> | undefined;
}

export async function editCandidate(
  prisma: DbClient,
  candidateId: string,
  edit: CandidateEdit,
): Promise<Ref> {
  return inTransaction(prisma, async (tx) => {
    const candidate = await uncuratedCandidate(tx, candidateId);
    if (edit.participantId) {
      await found(
        await tx.participant.findUnique({ where: { id: edit.participantId }, select: { id: true } }),
        "participant",
        "participant",
      );
    }
    await tx.candidate.update({
      where: { id: candidateId },
      data: {
        participantId: edit.participantId ?? candidate.participantId,
        data: { ...(candidate.data as object), ...edit.fields },
      },
    });
    return { type: "Candidate", id: candidateId };
  });
}

export async function rejectCandidate(prisma: DbClient, candidateId: string): Promise<Ref> {
  return inTransaction(prisma, async (tx) => {
    await uncuratedCandidate(tx, candidateId);
    await tx.candidate.update({ where: { id: candidateId }, data: { status: "REJECTED" } });
    return { type: "Candidate", id: candidateId };
  });
}

async function createParticipantIn(
  tx: Tx,
  input: {
    name: string;
    kind: ParticipantKind;
    aliases?: string[] | undefined;
    description?: string | undefined;
  },
) {
  const name = input.name.trim();
  const normalized = normalizeName(name);
  if (!normalized) throw new CurationError("INVALID_INPUT", "A participant needs a name.", "name");
  const duplicate = () =>
    new CurationError("DUPLICATE", `A participant is already known as "${name}".`, "name");
  const clash = await tx.participantAlias.findFirst({
    where: { normalized },
    select: { participantId: true },
  });
  if (clash) throw duplicate();
  const aliases = [
    ...new Map([name, ...(input.aliases ?? [])].map((alias) => [normalizeName(alias), alias.trim()])),
  ]
    .filter(([key]) => key)
    .map(([normalizedAlias, alias]) => ({ alias, normalized: normalizedAlias }));
  let key = `participant-${normalized.replace(/\s+/g, "-").slice(0, 50)}`;
  if (await tx.participant.findUnique({ where: { key }, select: { id: true } }))
    key = `${key}-${Date.now().toString(36)}`;
  // Two requests creating the same name at once both pass the alias check; the key's unique constraint
  // refuses the second.
  return tx.participant
    .create({
      data: {
        key,
        name,
        kind: input.kind,
        description: input.description ?? null,
        aliases: { create: aliases },
      },
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? duplicate() : error;
    });
}

export async function createParticipant(
  prisma: DbClient,
  input: {
    name: string;
    kind: ParticipantKind;
    aliases?: string[] | undefined;
    description?: string | undefined;
  },
): Promise<Ref> {
  return inTransaction(prisma, async (tx) => ({
    type: "Participant",
    id: (await createParticipantIn(tx, input)).id,
  }));
}

/** Merges `mergeId` into `keepId`: every mention, role, statement and alias moves over; `mergeId` goes. */
export async function mergeParticipants(prisma: DbClient, keepId: string, mergeId: string): Promise<Ref> {
  if (keepId === mergeId)
    throw new CurationError("INVALID_INPUT", "A participant cannot be merged into itself.", "merge");
  return inTransaction(prisma, async (tx) => {
    const keep = await found(
      await tx.participant.findUnique({ where: { id: keepId }, include: { aliases: true, roles: true } }),
      "participant",
      "keep",
    );
    const merge = await found(
      await tx.participant.findUnique({ where: { id: mergeId }, include: { aliases: true } }),
      "participant",
      "merge",
    );
    const keptAliases = new Set(keep.aliases.map((alias) => alias.normalized));
    for (const alias of [
      ...merge.aliases,
      { alias: merge.name, normalized: normalizeName(merge.name), isMisspelling: false },
    ]) {
      if (keptAliases.has(alias.normalized)) continue;
      keptAliases.add(alias.normalized);
      await tx.participantAlias.create({
        data: {
          participantId: keepId,
          alias: alias.alias,
          normalized: alias.normalized,
          isMisspelling: alias.isMisspelling,
        },
      });
    }
    const keptTitles = new Set(keep.roles.map((role) => role.title));
    for (const role of await tx.role.findMany({ where: { participantId: mergeId } })) {
      if (keptTitles.has(role.title)) await tx.role.delete({ where: { id: role.id } });
      else await tx.role.update({ where: { id: role.id }, data: { participantId: keepId } });
    }
    for (const mention of await tx.articleParticipant.findMany({ where: { participantId: mergeId } })) {
      const both = await tx.articleParticipant.findUnique({
        where: { articleId_participantId: { articleId: mention.articleId, participantId: keepId } },
      });
      await tx.articleParticipant.delete({
        where: { articleId_participantId: { articleId: mention.articleId, participantId: mergeId } },
      });
      if (!both) await tx.articleParticipant.create({ data: { ...mention, participantId: keepId } });
    }
    for (const attendance of await tx.eventParticipant.findMany({ where: { participantId: mergeId } })) {
      const both = await tx.eventParticipant.findUnique({
        where: { eventId_participantId: { eventId: attendance.eventId, participantId: keepId } },
      });
      await tx.eventParticipant.delete({
        where: { eventId_participantId: { eventId: attendance.eventId, participantId: mergeId } },
      });
      if (!both) await tx.eventParticipant.create({ data: { ...attendance, participantId: keepId } });
    }
    for (const party of await tx.agreementParty.findMany({ where: { participantId: mergeId } })) {
      await tx.agreementParty.delete({ where: { agreementId_participantId: party } });
      await tx.agreementParty.upsert({
        where: { agreementId_participantId: { agreementId: party.agreementId, participantId: keepId } },
        create: { agreementId: party.agreementId, participantId: keepId },
        update: {},
      });
    }
    await tx.eventParticipant.updateMany({ where: { sideId: mergeId }, data: { sideId: keepId } });
    await tx.role.updateMany({ where: { organizationId: mergeId }, data: { organizationId: keepId } });
    await tx.byline.updateMany({ where: { participantId: mergeId }, data: { participantId: keepId } });
    await tx.statement.updateMany({ where: { speakerId: mergeId }, data: { speakerId: keepId } });
    await tx.statementGroup.updateMany({ where: { speakerId: mergeId }, data: { speakerId: keepId } });
    await tx.candidate.updateMany({ where: { participantId: mergeId }, data: { participantId: keepId } });
    await tx.participant.delete({ where: { id: mergeId } });
    return { type: "Participant", id: keepId };
  });
}

export async function createAgreement(
  prisma: DbClient,
  input: { eventId: string; summary: string; topicId?: string | undefined; partyIds?: string[] | undefined },
): Promise<Ref> {
  const summary = input.summary.trim();
  if (!summary) throw new CurationError("INVALID_INPUT", "An agreement needs a summary.", "summary");
  return inTransaction(prisma, async (tx) => {
    await found(
      await tx.event.findUnique({ where: { id: input.eventId }, select: { id: true } }),
      "event",
      "event",
    );
    // The unique constraint on (event, summary) refuses a duplicate, also one created at the same moment.
    const agreement = await tx.agreement
      .create({
        data: {
          key: `agreement-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
          eventId: input.eventId,
          summary,
          topicId: input.topicId ?? null,
          parties: { create: (input.partyIds ?? []).map((participantId) => ({ participantId })) },
        },
      })
      .catch((error: unknown) => {
        throw isUniqueViolation(error)
          ? new CurationError("DUPLICATE", "The event has an agreement with that summary already.", "summary")
          : error;
      });
    return { type: "Agreement", id: agreement.id };
  });
}

export async function createAgreementReport(
  prisma: DbClient,
  input: { agreementId: string; articleId: string; strength: WordingStrength; quote: TextQuote },
): Promise<Ref> {
  return inTransaction(prisma, async (tx) => {
    await found(
      await tx.agreement.findUnique({ where: { id: input.agreementId }, select: { id: true } }),
      "agreement",
      "agreement",
    );
    const article = await found(
      await tx.article.findUnique({ where: { id: input.articleId }, select: { id: true, body: true } }),
      "article",
      "article",
    );
    const resolved = resolveQuote(article.body, input.quote);
    if (!resolved.ok) {
      throw new CurationError(
        "INVALID_INPUT",
        resolved.reason === "NOT_FOUND"
          ? "The quoted words are not in the article."
          : `The quoted words occur ${resolved.matches} times; add a prefix or suffix.`,
        "quote",
      );
    }
    // INSERT … ON CONFLICT DO NOTHING: two reports of one new passage at once share its span.
    await tx.evidenceSpan.createMany({
      data: [{ articleId: article.id, ...resolved.span }],
      skipDuplicates: true,
    });
    const evidence = await tx.evidenceSpan.findUniqueOrThrow({
      where: {
        articleId_start_end: { articleId: article.id, start: resolved.span.start, end: resolved.span.end },
      },
      select: { id: true },
    });
    const report = await tx.agreementReport
      .create({
        data: {
          agreementId: input.agreementId,
          articleId: article.id,
          evidenceId: evidence.id,
          strength: input.strength,
        },
      })
      .catch((error: unknown) => {
        throw isUniqueViolation(error)
          ? new CurationError("DUPLICATE", "That passage already reports the agreement.", "quote")
          : error;
      });
    return { type: "AgreementReport", id: report.id };
  });
}
