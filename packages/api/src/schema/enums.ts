import {
  AgreementStatus,
  ArticleGenre,
  OutletKind,
  ParticipantKind,
  SpeechMode,
  StateAffiliation,
  TimePrecision,
  WordingStrength,
} from "@readout/db";
import { builder } from "../builder.ts";

// The GraphQL enums mirror the Prisma ones; every value carries a description.

export const OutletKindEnum = builder.enumType(OutletKind, {
  name: "OutletKind",
  description: "What kind of publisher an outlet is.",
  values: {
    STATE_MEDIA: { description: "Media controlled by a state or ruling party." },
    PUBLIC_BROADCASTER: { description: "A publicly funded broadcaster." },
    PRIVATE: { description: "A privately owned news organisation." },
    WIRE: { description: "A news agency that supplies other outlets." },
    GOVERNMENT: { description: "A government body publishing its own material (readouts, transcripts)." },
    THINK_TANK: { description: "A research institute or forum." },
    BLOG: { description: "A personal or group blog." },
    UNKNOWN: { description: "Not yet known: an outlet found by an import, awaiting curation." },
  },
});

export const StateAffiliationEnum = builder.enumType(StateAffiliation, {
  name: "StateAffiliation",
  description: "An outlet's relation to the state.",
  values: {
    STATE_CONTROLLED: { description: "Editorially controlled by a state or ruling party." },
    STATE_FUNDED_EDITORIALLY_INDEPENDENT: {
      description: "Funded by the state but editorially independent by charter or law.",
    },
    INDEPENDENT: { description: "Neither funded nor controlled by a state." },
  },
});

export const TimePrecisionEnum = builder.enumType(TimePrecision, {
  name: "TimePrecision",
  description: "How precisely a time is known.",
  values: {
    MINUTE: { description: "Known to the minute." },
    HOUR: { description: "Known to the hour." },
    DAY: { description: "Known to the day." },
    MONTH: { description: "Known to the month." },
    YEAR: { description: "Known to the year." },
    RELATIVE: {
      description: 'Only known relative to another moment, such as "4 hours ago" relative to a capture time.',
    },
    UNKNOWN: { description: "Not known." },
  },
});

export const ArticleGenreEnum = builder.enumType(ArticleGenre, {
  name: "ArticleGenre",
  description: "What kind of text an article is.",
  values: {
    REPORT: { description: "A news report." },
    ANALYSIS: { description: "Analysis or explanation." },
    OPINION: { description: "Opinion or commentary." },
    READOUT: { description: "An official account of a meeting issued by a participant." },
    TRANSCRIPT: { description: "A record of what was said." },
  },
});

export const ParticipantKindEnum = builder.enumType(ParticipantKind, {
  name: "ParticipantKind",
  description: "What kind of actor a participant is.",
  values: {
    PERSON: { description: "A person." },
    ORGANIZATION: { description: "An organisation: a ministry, a company, a forum." },
    COUNTRY: { description: "A country or state." },
  },
});

export const WordingStrengthEnum = builder.enumType(WordingStrength, {
  name: "WordingStrength",
  description: "How strongly a report words an agreement, strongest first.",
  values: {
    AGREED: { description: "Agreed, committed or accepted." },
    WILL_WORK_TO: { description: "Will work to, will encourage, expressed willingness." },
    WILL_EXPLORE: { description: "Will explore or discuss." },
    WELCOMED: { description: "Welcomed or hoped for." },
  },
});

export const AgreementStatusEnum = builder.enumType(AgreementStatus, {
  name: "AgreementStatus",
  description: "Where an agreement stands.",
  values: {
    PROPOSED: { description: "Proposed by one side." },
    AGREED: { description: "Agreed by the parties." },
    IN_PROGRESS: { description: "Being carried out." },
    FULFILLED: { description: "Carried out." },
    OVERTAKEN: { description: "Overtaken by events." },
    LAPSED: { description: "Allowed to lapse." },
  },
});

export const SpeechModeEnum = builder.enumType(SpeechMode, {
  name: "SpeechMode",
  description: "How an article carries a statement.",
  values: {
    DIRECT: { description: "Quoted in the speaker's words." },
    REPORTED: { description: "Reported or paraphrased." },
  },
});
