/**
 * The channel a statement came through, read from the attribution its article gives ("according to a
 * readout issued by the Chinese Foreign Ministry", "told reporters", "state media said") by the cues of
 * packages/api/reference/channels.yaml.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PROJECT_ROOT } from "@readout/db";
import { parse } from "yaml";
import { z } from "zod";
import { builder } from "../builder.ts";

const channelsSchema = z.strictObject({
  kinds: z.array(
    z.strictObject({
      kind: z.enum(["READOUT", "STATEMENT", "BRIEFING", "INTERVIEW", "STATE_MEDIA", "SOCIAL_MEDIA", "MEDIA"]),
      why: z.string().min(1),
      cues: z.array(z.string().min(1)).min(1),
    }),
  ),
  issuers: z.array(z.string().min(1)),
});

export type ChannelKind = z.infer<typeof channelsSchema>["kinds"][number]["kind"] | "OTHER";

let channels: z.infer<typeof channelsSchema> | undefined;

/** The channel cues (packages/api/reference/channels.yaml), read once. */
export function channelCues() {
  if (!channels) {
    const file = fileURLToPath(new URL("packages/api/reference/channels.yaml", PROJECT_ROOT));
    const parsed = channelsSchema.safeParse(parse(readFileSync(file, "utf8")));
    if (!parsed.success) throw new Error(`${file} is not valid: ${parsed.error.message}`);
    channels = parsed.data;
  }
  return channels;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const wholeWords = (cue: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(cue)}(?![\\p{L}\\p{N}])`, "iu");

let patterns: { kinds: { kind: ChannelKind; cues: RegExp[] }[]; issuers: RegExp[] } | undefined;

/** The cues and issuer words as patterns, compiled once (a statement list reads many attributions). */
function channelPatterns() {
  if (!patterns) {
    const { kinds, issuers } = channelCues();
    patterns = {
      kinds: kinds.map((entry) => ({ kind: entry.kind, cues: entry.cues.map(wholeWords) })),
      issuers: issuers.map((word) => new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}\\s+(.+)$`, "iu")),
    };
  }
  return patterns;
}

export interface Channel {
  kind: ChannelKind;
  /** The attribution as the article words it. */
  label: string;
  /** The organisation that issued it ("the Chinese Foreign Ministry"), where the attribution names one. */
  issuer: string | null;
}

/** The channel that an attribution names, or null for a statement the article credits to no one. */
export function channelOf(attribution: string | null): Channel | null {
  const label = attribution?.trim();
  if (!label) return null;
  const { kinds, issuers } = channelPatterns();
  const kind = kinds.find((entry) => entry.cues.some((cue) => cue.test(label)))?.kind ?? "OTHER";
  let issuer: string | null = null;
  for (const pattern of issuers) {
    const match = pattern.exec(label);
    if (match?.[1]) {
      issuer = match[1].trim();
      break;
    }
  }
  // An attribution that names no channel at all ("The Chinese Foreign Ministry") names the issuer itself.
  if (kind === "OTHER" && !issuer) issuer = label;
  return { kind, label, issuer };
}

/** The cues of the given kinds: what a filter on channels looks for in attributions. */
export function cuesOf(kinds: readonly ChannelKind[]): string[] {
  return channelCues()
    .kinds.filter((entry) => kinds.includes(entry.kind))
    .flatMap((entry) => entry.cues);
}

export const ChannelKindEnum = builder.enumType("ChannelKind", {
  description: "How a statement reached the article: the kind of channel its attribution names.",
  values: {
    READOUT: { description: "A government's account of the meeting." },
    STATEMENT: { description: "A written statement, communiqué or release." },
    BRIEFING: { description: "Spoken to the press: a briefing, news conference, or 'told reporters'." },
    INTERVIEW: { description: "An interview with one outlet." },
    STATE_MEDIA: { description: "Relayed by media that a state owns or controls." },
    SOCIAL_MEDIA: { description: "A post on a social network." },
    MEDIA: { description: "Other outlets' reports." },
    OTHER: { description: "An attribution that names no known channel (an organisation, say)." },
  } as const,
});
