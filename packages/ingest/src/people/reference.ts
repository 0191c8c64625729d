/**
 * The words that resolving people and linking events read (packages/ingest/reference/linking.yaml).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PROJECT_ROOT } from "@readout/db";
import { CORE_SCHEMA, load } from "js-yaml";
import { z } from "zod";

const weight = z.number().min(0).max(1);

const linkingSchema = z.strictObject({
  honorifics: z.array(z.string().min(1)),
  /**
   * Forms of address of several words before a name, read as a whole only ("Tan Sri Muhyiddin": "Tan" alone
   * is a family name).
   */
  addressForms: z.array(z.string().min(1)).default([]),
  titleWords: z.array(z.string().min(1)),
  /** Title words that give a person's gender ("King", "Queen"), where no honorific or first name does. */
  genderedTitles: z
    .strictObject({
      male: z.array(z.string().min(1)).default([]),
      female: z.array(z.string().min(1)).default([]),
    })
    .default({ male: [], female: [] }),
  messengerTitles: z.array(z.string().min(1)).default([]),
  /** Words after a name that are no part of it ("III", "Jr."). */
  nameSuffixes: z.array(z.string().min(1)).default([]),
  /** Letters after a name that mark an office or an honour, no part of it ("Lisa Chambers TD", "… MP"). */
  postNominals: z.array(z.string().min(1)).default([]),
  /** Styles of address in capitals before a title or a name, no part of either ("HE the Minister …"). */
  addressStyles: z.array(z.string().min(1)).default([]),
  /** Words that make a line a credit ("Reporting by", "Posted by"): its names take no part. */
  creditCues: z.array(z.string().min(1)).default([]),
  /** Words that make a sentence a report's credit ("… Patsy Widakuswara has this report."): its names wrote it. */
  reportCues: z.array(z.string().min(1)).default([]),
  givenNameForms: z.array(z.array(z.string().min(1)).min(2)).default([]),
  meetingCues: z.array(z.string().min(1)),
  /** Nouns of a meeting that a date may stand before and name ("Friday's meeting"). */
  meetingNouns: z.array(z.string().min(1)).default([]),
  /** Words that make a meeting's place an earlier meeting's ("since we met last time in Singapore"). */
  earlierMeetingCues: z.array(z.string().min(1)).default([]),
  /**
   * Words that set a meeting at another gathering ("on the margins of the council's ministerial") or apart
   * from any ("in a phone call"): a page that gives no day and no place is then no sign of the one stored
   * meeting of its people.
   */
  otherSettingCues: z.array(z.string().min(1)).default([]),
  /** Words that make a meeting's place a meeting's yet to come ("the upcoming summit … in Lindby"). */
  laterMeetingCues: z.array(z.string().min(1)).default([]),
  /** Words that never stand between a date and the meeting noun it names ("Sunday after the talks"). */
  meetingNounBreaks: z.array(z.string().min(1)).default([]),
  otherOccasionNouns: z.array(z.string().min(1)).default([]),
  /** Times long past, no part of the meeting reported ("last year", "years ago"). */
  pastTimeCues: z.array(z.string().min(1)).default([]),
  /** Words before a month's name that put it in the past ("last December"). */
  pastMonthCues: z.array(z.string().min(1)).default([]),
  /** Words of coming home that a date in their clause belongs to ("returned home on Tuesday night"). */
  homecomingCues: z.array(z.string().min(1)).default([]),
  participationCues: z.array(z.string().min(1)).default([]),
  /** Words right before a name that make its holder absent: "on behalf of President …", "a letter from …". */
  absenceCues: z.array(z.string().min(1)).default([]),
  /** Words right before a meeting's word that set it at another time ("had met", "will meet", "a possible summit"). */
  otherTimeCues: z.array(z.string().min(1)).default([]),
  /**
   * Verbs of a time to come that set a meeting's word at another time from further back in their clause
   * ("Marin will travel to Estonia to meet …"), where an adjective ("a possible summit") does so only right
   * before it.
   */
  otherTimeVerbs: z.array(z.string().min(1)).default([]),
  nameBreakTitleWords: z.array(z.string().min(1)).default([]),
  /** Words before a town that make it where something is ("in Riyadh", "visited Jeddah"). */
  placeCues: z.array(z.string().min(1)).default([]),
  /** Words after a town that make it where a meeting is ("the Bali summit", "Riyadh hosted"). */
  placeCuesAfter: z.array(z.string().min(1)).default([]),
  futureCues: z.array(z.string().min(1)),
  /** Regions that, like a country, hold many towns: where a meeting is held, they tell no meeting apart. */
  regionNames: z.array(z.string().min(1)).default([]),
  /** Well-known venues and the places that hold them ("Oval Office": White House, Washington). */
  venuePlaces: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)).default({}),
  eventMatch: z.strictObject({
    weights: z.strictObject({ people: weight, countries: weight, place: weight, date: weight }),
    threshold: weight,
    minPeopleShare: weight,
    dateToleranceDays: z.number().int().min(0),
    recentDays: z.number().int().min(0),
    windowDays: z.number().int().min(1),
  }),
});

export type Linking = z.infer<typeof linkingSchema>;

let cached: Linking | undefined;

/** The linking reference, read once. */
export function linkingReference(): Linking {
  if (cached) return cached;
  const path = fileURLToPath(new URL("packages/ingest/reference/linking.yaml", PROJECT_ROOT));
  const parsed = linkingSchema.safeParse(load(readFileSync(path, "utf8"), { schema: CORE_SCHEMA }));
  if (!parsed.success) throw new Error(`${path} is not valid: ${parsed.error.message}`);
  cached = parsed.data;
  return cached;
}

let laterCue: RegExp | undefined;
/**
 * Whether the words before a meeting's noun (`lead`) and the noun with its place (`words`) speak of a
 * meeting yet to come (linking.yaml laterMeetingCues): "the upcoming summit in Lindby", "offered to host a
 * summit in Budapest", "the upcoming G20 Summit, which Norland is hosting in Lindby". Not across a clause
 * of its own after the noun: "Turkey, which had offered to host the talks, welcomed both delegations in
 * Istanbul" places the talks.
 */
export function yetToCome(lead: string, words: string): boolean {
  // (Compiled once: the cues are read once.)
  laterCue ??= new RegExp(
    `(?<![\\p{L}])(?:${
      linkingReference()
        .laterMeetingCues.map((cue) => cue.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"))
        .join("|") || "(?!)"
    })(?![\\p{L}])`,
    "iu",
  );
  return laterCue.test(`${lead}${words}`) && (!words.includes(",") || /,\s*(?:which|where)\s/iu.test(words));
}
