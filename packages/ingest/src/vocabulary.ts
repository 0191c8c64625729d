/**
 * The reference data that import and extraction read: well-known outlets and the words extraction looks
 * for (packages/ingest/reference/*.yaml). Extending extraction to new kinds of text means editing those files.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { OutletKind, PROJECT_ROOT, StateAffiliation, WordingStrength } from "@readout/db";
import { CORE_SCHEMA, load } from "js-yaml";
import { z } from "zod";

const REFERENCE_DIR = new URL("packages/ingest/reference/", PROJECT_ROOT);

const outletSchema = z.strictObject({
  name: z.string().min(1),
  /** Other names, acronyms and mastheads the outlet goes by ("AP", "The Associated Press"). */
  aliases: z.array(z.string().min(1)).default([]),
  /** Its main domain (stored on the outlet), then any others it publishes under. */
  domain: z.string().optional(),
  domains: z.array(z.string().min(1)).default([]),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  kind: z.enum(OutletKind),
  /** It carries other publishers' articles (an aggregator): the publisher a text names wins over its domain. */
  republishes: z.boolean().default(false),
  /** Its domains name its own host only: the sites under a government's portal (gov.cn) are other bodies'. */
  hostOnly: z.boolean().default(false),
  /** How it stands towards the state, with the page that says so. */
  affiliation: z
    .strictObject({
      value: z.enum(StateAffiliation),
      source: z.url(),
      note: z.string().optional(),
    })
    .optional(),
});

const vocabularySchema = z.strictObject({
  topics: z.array(
    z.strictObject({ key: z.string(), name: z.string(), terms: z.array(z.string().min(1)).min(1) }),
  ),
  agreementCues: z.record(z.enum(WordingStrength), z.array(z.string().min(1))),
  speechVerbs: z.array(z.string().min(1)),
  roleWords: z.array(z.string().min(1)),
  /** Titles by their letters ("PM": prime minister), as the press writes them. */
  titleAbbreviations: z.record(z.string().min(1), z.string().min(1)).default({}),
  /** A people by its country's letters inside a title ("US": American), read in titles only. */
  peopleLetters: z.record(z.string().min(1), z.string().min(1)).default({}),
  titleEquivalents: z.record(z.string().min(1), z.array(z.string().min(1))).default({}),
  /**
   * Posts written as a phrase, each by the words of the same post ("Minister of Foreign Affairs": "Foreign
   * Minister"; "Head of State": "Leader"), so that "the Minister of Foreign Affairs" is the one titled
   * "Foreign Minister …".
   */
  titlePhrases: z.record(z.string().min(1), z.string().min(1)).default({}),
  /** A people's field by the post that leads it ("the head of US diplomacy": the US diplomat), and the nouns of who leads it. */
  fieldPosts: z.record(z.string().min(1), z.string().min(1)).default({}),
  fieldHeads: z.array(z.string().min(1)).default([]),
  /**
   * Nouns of the documents a meeting signs ("agreement", "memorandum", "minutes"): a list of them after
   * "including" is one agreement per document.
   */
  agreementDocuments: z.array(z.string().min(1)).default([]),
  /**
   * The verbs of signing a document: what `active` verbs do to any of agreementDocuments ("initialed 21
   * agreements", "signed a letter of intent") and what any of them was or were (`passive`: "three food
   * supply agreements were initialed") is agreed, whichever verb and noun go together.
   */
  signingVerbs: z
    .strictObject({
      active: z.array(z.string().min(1)),
      passive: z.array(z.string().min(1)),
      /** Verbs of making a document that are not signing ("The MoUs concluded include …"). */
      concluding: z.array(z.string().min(1)).default([]),
      /** Nouns of a signing, in a signing's own words ("witnessed the signing of a memorandum …, and …"). */
      nouns: z.array(z.string().min(1)).default([]),
      /** Words right before a signing's verb that make it one still to come ("The ministers will sign:"). */
      future: z.array(z.string().min(1)).default([]),
    })
    .default({ active: [], passive: [], concluding: [], nouns: [], future: [] }),
  /** The documents a list of what was signed names (readers of such lists; see vocabulary.yaml). */
  signedDocuments: z
    .strictObject({
      nouns: z.array(z.string().min(1)),
      plurals: z.array(z.string().min(1)).default([]),
      prose: z.array(z.string().min(1)).default([]),
      listItems: z.array(z.string().min(1)).default([]),
      /** Words of the place of the last of them, as an ordinal gives the others' ("The final MoU …"). */
      lastRanks: z.array(z.string().min(1)).default([]),
      /** Words after a signing's comma that open the list of its documents ("…, chief among them a …"). */
      listOpeners: z.array(z.string().min(1)).default([]),
      /** Words after several documents that open the list of their fields ("seven MoUs in the fields of …"). */
      topicOpeners: z.array(z.string().min(1)).default([]),
      /** Words that end such a list ("…, among others"). */
      topicEnds: z.array(z.string().min(1)).default([]),
      /** Words that make an item of such a list a clause rather than a field ("which", "will" …). */
      topicBreaks: z.array(z.string().min(1)).default([]),
    })
    .default({
      nouns: [],
      plurals: [],
      prose: [],
      listItems: [],
      lastRanks: [],
      listOpeners: [],
      topicOpeners: [],
      topicEnds: [],
      topicBreaks: [],
    }),
  /** Verbs in the past by which the sides agree, sign or undertake: after a comma, a series' next agreement. */
  seriesVerbs: z.array(z.string().min(1)).default([]),
  /** Nouns of an outcome a guest's possessive may own: "welcomed his counterpart Xi's commitment to …". */
  outcomeNouns: z.array(z.string().min(1)).default([]),
  /** Endings joined to a title by a hyphen that keep it a title ("President-elect", "Minister-designate"). */
  titleSuffixes: z.array(z.string().min(1)).default([]),
  /** Last words of the name of a body that speaks for a side ("the White House said"): a participant. */
  speakingBodies: z.array(z.string().min(1)).default([]),
  /**
   * Last words that make a run of capitalised words a body's name whatever the tagger reads ("National Oil
   * Corporation", "Harbour Cable Company").
   */
  organizationHeads: z.array(z.string().min(1)).default([]),
  /**
   * Words of the fields a minister's post is of ("Minister of Agriculture, Animal Husbandry and Fisheries"):
   * a name found where such a field runs on begins after them.
   */
  portfolioWords: z.array(z.string().min(1)).default([]),
  /**
   * Bodies known by a name that no body's word ends and the tagger may take for a person's ("Al Shabaab",
   * "Hamas"): movements, parties and armed groups, each an organisation wherever it is named.
   */
  namedOrganizations: z.array(z.string().min(1)).default([]),
  /** Names found in a text that are venues or things, not participants: by last word, or whole. */
  notParticipants: z
    .strictObject({
      lastWords: z.array(z.string().min(1)).default([]),
      /** Words no person's name holds: a run of capitalised words with one is a venue's or a body's name. */
      inNoName: z.array(z.string().min(1)).default([]),
      /** Words no person's name begins with: a region's ("West Java", "Northern Cape"). */
      firstWords: z.array(z.string().min(1)).default([]),
      names: z.array(z.string().min(1)).default([]),
      /** Words before the people a place or a thing is named after ("named after Queen Victoria"). */
      namesakeCues: z.array(z.string().min(1)).default([]),
      /** Words before people named as the story's background ("the government led by Gordon Brown"). */
      asideCues: z.array(z.string().min(1)).default([]),
      /** Things a person is named only as the owner of, as background ("Trump’s tariffs", "Prabowo’s administration"). */
      ownedThings: z.array(z.string().min(1)).default([]),
      /** Words that set a meeting apart from the story's ("earlier in the day he met with …"). */
      otherMeetingCues: z.array(z.string().min(1)).default([]),
      /** Places where a visitor arrives ("airport"), and the verbs of greeting them there ("welcomed"). */
      arrivalPlaces: z.array(z.string().min(1)).default([]),
      arrivalGreetings: z.array(z.string().min(1)).default([]),
    })
    .default({
      lastWords: [],
      inNoName: [],
      firstWords: [],
      names: [],
      namesakeCues: [],
      asideCues: [],
      ownedThings: [],
      otherMeetingCues: [],
      arrivalPlaces: [],
      arrivalGreetings: [],
    }),
  /**
   * Groupings of states that meet as one body (the Quad, NATO, ASEAN): their full name and the short names
   * texts use. A text that names one three times or more counts it among its participants.
   */
  groupings: z
    .array(z.strictObject({ name: z.string().min(1), aliases: z.array(z.string().min(1)).default([]) }))
    .default([]),
  meals: z.array(z.string().min(1)),
  /** Nouns of a place: "Norland's capital Port Halden" names a place, not a person described. */
  placeNouns: z.array(z.string().min(1)).default([]),
  /** Words before someone whose death the text speaks of ("the passing of …"): no one who takes part. */
  deceasedCues: z.array(z.string().min(1)).default([]),
  /** Small words that end no name: a run of capitalised words ending in one spans two phrases ("Kerry With"). */
  nameBreakWords: z.array(z.string().min(1)).default([]),
  noise: z.array(z.string().min(1)),
  /** Photo captions and credits: blanked before extraction even when they end a sentence. */
  captions: z.array(z.string().min(1)).default([]),
  /** Words and cues of extraction (packages/ingest/src/extract/). */
  honorifics: z.array(z.string().min(1)),
  /** Names of peoples the language tagger does not know as such ("Turkish", "British"). */
  demonyms: z.array(z.string().min(1)).default([]),
  /**
   * Names of peoples and of countries by ISO 3166 code, besides the ones the libraries give (extract/
   * nationality.ts): "Emirati" of AE, "Britain" for GB.
   */
  nationalities: z
    .strictObject({
      peoples: z.record(z.string().regex(/^[A-Z]{2}$/u), z.array(z.string().min(1))).default({}),
      countries: z.record(z.string().regex(/^[A-Z]{2}$/u), z.array(z.string().min(1))).default({}),
      /** Words that make a people a continent's part: "South American", "Latin American". */
      regionParts: z.array(z.string().min(1)).default([]),
    })
    .default({ peoples: {}, countries: {}, regionParts: [] }),
  abbreviations: z.array(z.string().min(1)),
  /** Initials of two letters that names written from the Cyrillic alphabet give ("Ya. Sodbaatar"). */
  digraphInitials: z.array(z.string().min(1)).default([]),
  agreementNegations: z.strictObject({
    before: z.array(z.string().min(1)),
    sentence: z.array(z.string().min(1)),
    /** A word right before the cue that makes it one side's standing position ("is committed to"). */
    standing: z.array(z.string().min(1)).default([]),
    /** A word right after the cue that empties it ("agreed on nothing", "agreed to disagree"). */
    after: z.array(z.string().min(1)).default([]),
    /** Words right before the cue that pursue what it names ("negotiating an agreement to", "seeking"). */
    pursuit: z.array(z.string().min(1)).default([]),
    /** Words of talks to come whose topic a cue in "-ing" after them is ("would talk about … working toward"). */
    upcomingTopics: z.array(z.string().min(1)).default([]),
    /** Both sides named as a subject ("both sides", "the two countries"): what they "will" do is agreed… */
    jointSubjects: z.array(z.string().min(1)).default([]),
    /** …unless it is the meeting still to come ("the two leaders will discuss …", "will meet"). */
    previewVerbs: z.array(z.string().min(1)).default([]),
    /** …or a hope, a belief or a doubt of it ("Orrin hopes both sides will find a solution"). */
    jointHedges: z.array(z.string().min(1)).default([]),
    /** Words of one side's proposal that both sides do something ("suggested the two sides speed up …"). */
    proposals: z.array(z.string().min(1)).default([]),
    /** Words right before "signed <documents>" that make the participle describe them ("of signed agreements"). */
    describedBy: z.array(z.string().min(1)).default([]),
    inducement: z.array(z.string().min(1)).default([]),
    /** Words of thanks before a cue and its "for": a deed already done ("thanked … for accepting …"). */
    thanks: z.array(z.string().min(1)).default([]),
    /** Words of an accusation, then whom and "of" before the cue: what one side charges another with. */
    accusations: z.array(z.string().min(1)).default([]),
    /** Words of both sides as the subject of a cue only both sides make ("they", "leaders", "host and guest"). */
    jointWords: z.array(z.string().min(1)).default([]),
    /** Nouns of a visit or meeting, and the words after them that give what it is for ("the visit aims to"). */
    purposeSubjects: z.array(z.string().min(1)).default([]),
    purposes: z.array(z.string().min(1)).default([]),
    /** Verbs of talking of something, right before a signing cue: a signing talked of is yet to come. */
    talkedOf: z.array(z.string().min(1)).default([]),
    /** Verbs of letting someone do something, before an exploring cue: what it lets them do. */
    enabling: z.array(z.string().min(1)).default([]),
    /** Words of what someone says must be done ("needed to …, explore"): a prescription, unless agreed. */
    necessity: z.array(z.string().min(1)).default([]),
    /** Words that say it is time someone did something ("it is time for the two countries to set …"). */
    exhortations: z.array(z.string().min(1)).default([]),
    /** Words the "…" of a cue never spans ("reached a peak after the pact"). */
    gapBreaks: z.array(z.string().min(1)).default([]),
    /** Words right after the cue that date the agreement before the meeting ("agreed a while back"). */
    earlier: z.array(z.string().min(1)).default([]),
    /** Words after the cue that make the agreement one with former office holders ("the previous government"). */
    formerParties: z.array(z.string().min(1)).default([]),
    /** Nouns a cue's participle describes ("the Joint Statement reaffirming …"): a document's wording… */
    documents: z.array(z.string().min(1)).default([]),
    /** …of an earlier document, when one of these words comes before it ("the recent … Statement"). */
    documentsBefore: z.array(z.string().min(1)).default([]),
    /** Words right before a cue's verb that date it before the meeting ("have previously reached"). */
    earlierBefore: z.array(z.string().min(1)).default([]),
    earlierOpening: z.array(z.string().min(1)).default([]),
    /** Words of all the time before, a few words after a cue ("signed … so far"): earlier agreements. */
    cumulative: z.array(z.string().min(1)).default([]),
    /** Words that join a sentence to the one before ("Furthermore,"), read past before a time that opens it. */
    connectives: z.array(z.string().min(1)).default([]),
    earlierMeeting: z.array(z.string().min(1)).default([]),
    /**
     * Openings of cues that only both sides together make ("pledg" of "pledged", "sign " of "sign … deals"):
     * one side's pledge, vow or plan is its own, no agreement.
     */
    bothSidesOnly: z.array(z.string().min(1)).default([]),
  }),
  attribution: z.strictObject({
    nonSpeakers: z.array(z.string().min(1)),
    channelNouns: z.array(z.string().min(1)),
    /** Channels that are a service of their own and speak where no body behind them is named. */
    bodyChannels: z.array(z.string().min(1)).default([]),
    audiences: z.array(z.string().min(1)),
    /** Occasions one speaks at, a channel after "at" or "during": "said at a news conference". */
    occasionChannels: z.array(z.string().min(1)).default([]),
    /** Nouns of a group that speaks together ("the two leaders"): "They" after it is that group. */
    groupNouns: z.array(z.string().min(1)).default([]),
    /** Words that open a clause before its subject and are no part of it ("But Blinken said"). */
    leadingConnectives: z.array(z.string().min(1)).default([]),
    /** Words of when that open a sentence before a title's subject, without a comma ("In recent days the …"). */
    leadingTimes: z.array(z.string().min(1)).default([]),
    /** Participles of a question put to the speakers, opening a sentence before them ("Asked about …, the …"). */
    questionOpenings: z.array(z.string().min(1)).default([]),
    /** Words that open a sentence with its topic before "he said" ("On when Lind and Orrin would meet, he said"). */
    topicOpenings: z.array(z.string().min(1)).default([]),
    /** Words that open a clause of circumstance before a sentence's subject ("After talks with X, …"). */
    circumstanceOpenings: z.array(z.string().min(1)).default([]),
    /** Headlines' words for a page of one person's remarks ("Opening Remarks by Minister …"). */
    remarksTitles: z.array(z.string().min(1)).default([]),
    /** Words that, right after a verb of speech, say when, where or how rather than what ("said on Friday"). */
    circumstanceWords: z.array(z.string().min(1)).default([]),
    /** Words that open a clause of circumstance after a comma that closes an attribution ("said, ahead of …"). */
    circumstanceClauses: z.array(z.string().min(1)).default([]),
    /** Nouns of a speaker described rather than named ("officials", "experts", "a spokesperson"). */
    speakerNouns: z.array(z.string().min(1)).default([]),
    /** Those who speak for a body, which takes part where they speak ("a senior official from the Ministry"). */
    bodySpeakerNouns: z.array(z.string().min(1)).default([]),
    /** Verbs of speech that greet someone when a name follows ("welcomed Chancellor Scholz"): no statement. */
    greetingVerbs: z.array(z.string().min(1)).default([]),
    /** Verbs of posting that say nothing when a picture is what was posted ("only posted photographs"). */
    postingVerbs: z.array(z.string().min(1)).default([]),
    /** What a posting verb may post that holds no words ("photographs", "a video"). */
    pictureNouns: z.array(z.string().min(1)).default([]),
    /** Verbs of speech only for a document's words ("“…,” read the statement"): none with another subject. */
    documentVerbs: z.array(z.string().min(1)).default([]),
    /** Nouns that name whatever document was named before: "the text" of "“…,” the text continues". */
    documentNouns: z.array(z.string().min(1)).default([]),
    /** Verbs of speech only where they close a quotation with its speaker ("“…,” she reported."). */
    closingOnlyVerbs: z.array(z.string().min(1)).default([]),
    /** Participles after a closing attribution that say more ("…,” he said, adding that …"). */
    continuingParticiples: z.array(z.string().min(1)).default([]),
    /** Title words of a head of state or government: "the Chinese leader" is the one the article so titles. */
    leaderTitles: z.array(z.string().min(1)).default([]),
    /** Nouns of a head of state or government besides "leader": "the Russian dictator". */
    leaderNouns: z.array(z.string().min(1)).default([]),
    /** Nouns of the one person of a people the article names, whatever the title: "the Myanmar official". */
    nationalNouns: z.array(z.string().min(1)).default([]),
    /** Title words that make another post of a title's last word: "prime" of "prime minister". */
    postQualifiers: z.array(z.string().min(1)).default([]),
    /** Nouns of one's opposite number: "Yoon's Japanese counterpart" is the one the article titles Japanese. */
    counterpartNouns: z.array(z.string().min(1)).default([]),
    /** Nouns of the head of a body: "the NATO chief" is the one the article titles with NATO's name. */
    headNouns: z.array(z.string().min(1)).default([]),
    guestNouns: z.array(z.string().min(1)).default([]),
    /** Who receives the meeting and who comes to it, by the country it is held in: "the host", "the guest". */
    hostNouns: z.array(z.string().min(1)).default([]),
    visitorNouns: z.array(z.string().min(1)).default([]),
    /** Words before a title that make its holder the guest ("visiting Indian Foreign Minister …"). */
    visitingWords: z.array(z.string().min(1)).default([]),
    /** Verbs whose subject receives a guest ("Albusaidi received …") and whose subject comes ("… arrived"). */
    hostingVerbs: z.array(z.string().min(1)).default([]),
    /** What a guest thanks the host for ("thanked Sihasak for the warm welcome"): the one thanked hosts. */
    hostingThanks: z.array(z.string().min(1)).default([]),
    arrivingVerbs: z.array(z.string().min(1)).default([]),
    /** Words that set one person beside another ("flanked by", "with", "and"): see extract.ts. */
    besideWords: z.array(z.string().min(1)).default([]),
    /** Occasions a subject may be placed at before its verb: "Albanese after the meeting said". */
    occasionNouns: z.array(z.string().min(1)).default([]),
    /** Heads of things agreed or set up, which never speak: "the … Defense Partnership announced in May". */
    thingNouns: z.array(z.string().min(1)).default([]),
    callVerbs: z.array(z.string().min(1)).default([]),
    /** Last words of a medium's name: "told Lakeside Radio" is a channel, "told Velkova" is not. */
    mediaNouns: z.array(z.string().min(1)).default([]),
    /** Verbs by which a person named as their subject meets another: "Ada Lind met …" names a person. */
    meetingVerbs: z.array(z.string().min(1)).default([]),
    /** Verbs of speech that may stand before their subject ("…,” said Blinken"); others take an object. */
    invertingVerbs: z.array(z.string().min(1)).default([]),
    /** Verbs of an outlet passing a statement on, at a sentence's end: "…, Xinhua reported" is a channel. */
    relayVerbs: z.array(z.string().min(1)).default([]),
  }),
  claims: z.strictObject({
    scopes: z.record(z.string(), z.array(z.string().min(1))),
    meetingWords: z.array(z.string().min(1)),
    characterisations: z.array(z.string().min(1)),
    /** Verbs of a stay: the days they go with are a visit's ("spent three days in Asia"). */
    stayVerbs: z.array(z.string().min(1)).default([]),
    /** Nouns that end a venue's name after "at"/"in" ("at the Peace House", "at Vostochny spaceport"). */
    venueNouns: z.array(z.string().min(1)).default([]),
    /** Words that make "two days" a distance in time ("two days before", "within an hour"), no duration. */
    offsetWords: z
      .strictObject({
        after: z.array(z.string().min(1)),
        before: z.array(z.string().min(1)),
        /** Verbs of lasting before the length that keep it a length ("lasted for 5.5 hours before …"). */
        unless: z.array(z.string().min(1)).default([]),
      })
      .default({ after: [], before: [], unless: [] }),
  }),
});

const genreCues = z.strictObject({
  titles: z.array(z.string().min(1)).default([]),
  openings: z.array(z.string().min(1)).default([]),
  /** Matched against the page's address when its words give no genre ("/opinion/", "editorials."). */
  urls: z.array(z.string().min(1)).default([]),
});

const pageSchema = z.strictObject({
  furniture: z.array(z.string().min(1)),
  /** Lines that state the headline inside a sentence (a feed footer, a citation): group `title`. */
  titleLines: z.array(z.string().min(1)).default([]),
  /** A service's line that hands on another's text ("The Prime Minister … issued the following"): group `source`. */
  releaseLines: z.array(z.string().min(1)).default([]),
  genres: z.strictObject({
    READOUT: genreCues,
    TRANSCRIPT: genreCues,
    OPINION: genreCues,
    ANALYSIS: genreCues,
  }),
  transcriptTurns: z.number().int().min(1),
  labels: z.array(z.string().min(1)),
  /** Labels before a publisher's name on a metadata line ("Source: Xinhua"). */
  sourceLabels: z.array(z.string().min(1)).default([]),
  /** Labels of a date a capture opens with, run into its first line ("date 2024-11-16 Xi Jinping told …"). */
  dateLabels: z.array(z.string().min(1)).default([]),
  /** Words that open a publication time on a date line ("Published September 16, 2024"). */
  publicationLabels: z.array(z.string().min(1)).default([]),
  /** The same labels in other languages, by what they stand for ("입력", "Pubblicato il"). */
  translatedPublicationLabels: z
    .strictObject({
      published: z.array(z.string().min(1)).default([]),
      updated: z.array(z.string().min(1)).default([]),
    })
    .default({ published: [], updated: [] }),
  /** Words of a photo's credit ("[Yonhap Photo]", "Photograph: X/Reuters"): such a line names no publisher. */
  photoCreditWords: z.array(z.string().min(1)).default([]),
  /** Words of an edition after a paper's name in a reading service's path ("us edition"). */
  editionWords: z.array(z.string().min(1)).default([]),
  /** Words of an image's label after a site's name at the top of a capture ("Overview Logo"). */
  logoWords: z.array(z.string().min(1)).default([]),
  breadcrumbRoots: z.array(z.string().min(1)).default([]),
  /** Words of a picture taken before the story ("a file photo"): its line dates no meeting. */
  archivePhotoWords: z.array(z.string().min(1)).default([]),
  /** Marks that open a copyright line ("©", "Copyright"): a line at the foot of a page that may name its publisher. */
  copyrightMarks: z.array(z.string().min(1)).default([]),
  /** Words of a copyright line that are no name ("All rights reserved"). */
  rightsNotices: z.array(z.string().min(1)).default([]),
  /** Labels before a publisher's name on a masthead or copyright line ("Published by …", "By …"). */
  mastheadLabels: z.array(z.string().min(1)).default([]),
  /** Labels that make a line at the foot of a page name its publisher, whatever its length ("Source: …"). */
  footLabels: z.array(z.string().min(1)).default([]),
  /** Patterns of a syndication notice, no part of the story, whose "publisher" group names the publisher. */
  syndicationNotices: z.array(z.string().min(1)).default([]),
  /**
   * The kinds of document a readout's title may name ("Joint Statement", "Press Release"): the channel of the
   * words it tells, "readout" where its title names none.
   */
  readoutDocuments: z.array(z.string().min(1)).default([]),
  /** Headings over other stories' teasers below a story ("more recommended stories"): the story ends above. */
  storyEndHeadings: z.array(z.string().min(1)).default([]),
  /** Invitations to follow the publisher ("Follow … on"), and the networks named after them ("Facebook"). */
  followInvitations: z.array(z.string().min(1)).default([]),
  socialNetworks: z.array(z.string().min(1)).default([]),
  mastheadPosts: z.array(z.string().min(1)).default([]),
  /** Words of a photo's caption in brackets ("(Ilse Varnow, left, …)", "(File Photo)"): no speaker's line. */
  captionWords: z.array(z.string().min(1)).default([]),
  /** Captions that look like a headline, matched case-sensitively (segment.ts). */
  captionHeadlines: z.array(z.string().min(1)).default([]),
  mainZones: z.record(z.string().regex(/^[A-Z]{2}$/), z.string().min(1)).default({}),
  staffWords: z.array(z.string().min(1)),
  outletWords: z.array(z.string().min(1)),
  /** Words that open the names of papers run together in a domain ("dailyittehad": "Daily Ittehad"). */
  outletLeadWords: z.array(z.string().min(1)).default([]),
  /** Sites that host others' publications under a subdomain each ("caixinchinawatch.substack.com"). */
  publishingPlatforms: z.array(z.string().min(1)).default([]),
  /**
   * Sites that carry others' publications under a path, with the place of the publication's name among the
   * path's parts, from 1 ("pressreader.com/usa/the-pueblo-chieftain/…": 2).
   */
  publicationPaths: z.record(z.string().min(1), z.number().int().min(1)).default({}),
  /** Words of an address's last part that name the kind of page ("amp", "print"), not its title. */
  addressPageWords: z.array(z.string().min(1)).default([]),
  /** Hosts that name no publisher (cloud servers, content networks): the page's own words tell. */
  anonymousHosts: z.array(z.string().min(1)).default([]),
});

const calendarName = z.strictObject({
  name: z.string().min(1),
  /** Short forms, without their full stop ("Sept", "Thurs"). */
  short: z.array(z.string().min(1)).default([]),
});

const calendarSchema = z.strictObject({
  months: z.array(calendarName).length(12),
  days: z.array(calendarName).length(7),
});

export type ReferenceOutlet = z.infer<typeof outletSchema>;
export type Vocabulary = z.infer<typeof vocabularySchema>;
/** How pages are read around their articles (packages/ingest/reference/page.yaml). */
export type PageVocabulary = z.infer<typeof pageSchema>;
/** Names of months and days (packages/ingest/reference/calendar.yaml). */
export type Calendar = z.infer<typeof calendarSchema>;

function readReference<T>(file: string, schema: z.ZodType<T>): T {
  const path = fileURLToPath(new URL(file, REFERENCE_DIR));
  const parsed = schema.safeParse(load(readFileSync(path, "utf8"), { schema: CORE_SCHEMA }));
  if (!parsed.success) throw new Error(`${path} is not valid: ${parsed.error.message}`);
  return parsed.data;
}

let cached:
  | { outlets: ReferenceOutlet[]; vocabulary: Vocabulary; page: PageVocabulary; calendar: Calendar }
  | undefined;

/** The reference outlets and vocabulary, read once. */
export function reference() {
  cached ??= {
    outlets: readReference("outlets.yaml", z.array(outletSchema)),
    vocabulary: readReference("vocabulary.yaml", vocabularySchema),
    page: readReference("page.yaml", pageSchema),
    calendar: readReference("calendar.yaml", calendarSchema),
  };
  return cached;
}

/** Every name and short form of the months (or of the days), longest first. */
export function calendarNames(which: "months" | "days", calendar: Calendar = reference().calendar): string[] {
  return calendar[which].flatMap((entry) => [entry.name, ...entry.short]).sort((a, b) => b.length - a.length);
}

/** The month (0 for January) a month's name or short form stands for ("Dec", "December"), or -1. */
export function monthOf(word: string, calendar: Calendar = reference().calendar): number {
  const written = word.toLowerCase().replace(/\.$/u, "");
  return calendar.months.findIndex((entry) =>
    [entry.name, ...entry.short].some((name) => name.toLowerCase() === written),
  );
}

/** A list of words or phrases as alternatives of a regular expression: escaped, longest first, any spacing. */
export function wordAlternatives(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"))
    .join("|");
}

/**
 * Abbreviations after which a full stop ends no sentence: vocabulary.yaml's, and the short forms of the
 * months (calendar.yaml: "Sept."). Days' short forms are left out ("Sun." ends a sentence more often than
 * it shortens Sunday). Lower case.
 */
export function abbreviationsOf(vocabulary: Vocabulary, calendar: Calendar = reference().calendar): string[] {
  return [...vocabulary.abbreviations, ...calendar.months.flatMap((month) => month.short)].map((word) =>
    word.toLowerCase(),
  );
}
