/**
 * Claims about a meeting, each with what it covers (its scope): durations ("a two-day visit", "talks that
 * lasted five and a half hours including a working dinner" → talks and dinner), start times ("on Sunday
 * morning", "at 4:30 p.m."), places ("at the Diaoyutai State Guest House", "talks in Geneva") and the
 * words each side used for the talks ("candid, in-depth and constructive"). Scope words, meals and the
 * adjectives of readouts are lists in vocabulary.yaml.
 */
import { parseDuration } from "@readout/db";
import { linkingReference, yetToCome } from "../people/reference.ts";
import { calendarNames, reference, type Vocabulary, wordAlternatives } from "../vocabulary.ts";
import { escapeRegExp, type Mention } from "./mentions.ts";
import { isGrammarWord } from "./nlp.ts";
import type { Sentence } from "./sentences.ts";

let calendarWords: Set<string> | undefined;
/** A month's or a day's name (calendar.yaml), in any case. */
function calendarWord(word: string): boolean {
  calendarWords ??= new Set(
    [...calendarNames("months"), ...calendarNames("days")].map((name) => name.toLowerCase()),
  );
  return calendarWords.has(word.toLowerCase());
}

export interface ClaimDraft {
  start: number;
  end: number;
  confidence: number;
  data: Record<string, unknown>;
}

const anyOf = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");

export function claimsOf(
  body: string,
  sentences: Sentence[],
  mentions: Mention[],
  vocabulary: Vocabulary,
): ClaimDraft[] {
  const result: ClaimDraft[] = [];
  const scopes = Object.entries(vocabulary.claims.scopes);
  const scopeWord = new RegExp(
    `(?<![\\p{L}])(${anyOf(scopes.flatMap(([, words]) => words))})(?![\\p{L}])`,
    "giu",
  );
  const scopeOf = (word: string) =>
    scopes.find(([, words]) => words.some((w) => w.toLowerCase() === word.toLowerCase()))?.[0] ?? null;
  // The words of a call that say so, whatever else the scope's words hold ("conversation"); with none, a
  // call's scope stays as found.
  const callWords = (vocabulary.claims.scopes.call ?? []).filter((word) => /call|phone|video/iu.test(word));
  const callWord = callWords.length
    ? new RegExp(`(?<![\\p{L}])(?:${anyOf(callWords)})(?![\\p{L}])`, "iu")
    : null;
  // Words of another meeting than the one reported: an earlier one, or one yet to come ("the upcoming summit,
  // which Norland is hosting in Lindby").
  const { earlierMeetingCues } = linkingReference();
  const earlierMeetingCue = new RegExp(
    `(?<![\\p{L}])(?:${wordAlternatives(earlierMeetingCues) || "(?!)"})(?![\\p{L}])`,
    "iu",
  );
  const meal = anyOf(vocabulary.meals);
  const mealIncluded = new RegExp(
    // ("one and a half hours plus a working lunch": the lunch came on top, the length is the talks'.)
    `\\b(?:includ\\w*|with|over|into|and)\\s+(?:a\\s+|an\\s+|the\\s+)?(?:working\\s+|state\\s+|private\\s+|official\\s+)?(${meal})\\b`,
    "iu",
  );
  const meeting = new RegExp(`(?<![\\p{L}])(?:${anyOf(vocabulary.claims.meetingWords)})(?![\\p{L}])`, "iu");
  const adjective = anyOf(vocabulary.claims.characterisations);
  // "at the Peace House", "at Vostochny spaceport": capitalised words ending in a venue's noun (as the list
  // writes it: "Nations" only capitalised, "spaceport" in either case), or "Palais des Nations".
  const venueNoun = vocabulary.claims.venueNouns.map(escapeRegExp).join("|");
  const venue = new RegExp(
    `\\b(?:at|in)\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}'’-]*\\s+){1,5}(?:${venueNoun || "(?!)"}|Palais des \\p{Lu}\\p{L}+))(?![\\p{L}])`,
    "gu",
  );
  const characterisation = new RegExp(
    `(?<![\\p{L}])((?:very\\s+|highly\\s+|extremely\\s+)?[“"‘]?(?:${adjective})[”"’]?(?:(?:\\s*,\\s*|\\s+and\\s+|\\s*,\\s*and\\s+)(?:very\\s+|highly\\s+)?[“"‘]?(?:${adjective})[”"’]?)*)[,”"’]*\\s+(?:[\\p{L}-]+\\s+){0,2}?(${anyOf(scopes.flatMap(([key, words]) => (key === "visit" ? [] : words)))})(?![\\p{L}])`,
    "giu",
  );
  // Days and months by their full names (reference/calendar.yaml): short forms are too often other words.
  const { days, months } = reference().calendar;
  const fullNames = (entries: { name: string }[]) => entries.map((entry) => entry.name).join("|");
  const startTime = new RegExp(
    `\\b(?:(?:on\\s+)?(?:${fullNames(days)})\\s+|in\\s+the\\s+|this\\s+|late\\s+|early\\s+)(morning|afternoon|evening|night)\\b|\\bat\\s+(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?)(?:\\s+(?:[A-Z]{2,4}T|local\\s+time))?`,
    "giu",
  );
  // "met in May": a month, and "in The …" a phrase, never a town.
  const notAPlace = new RegExp(`^(?:The|This|That|${fullNames(months)})\\b`, "u");
  const countries = new Set(mentions.filter((m) => m.kind === "COUNTRY").map((m) => m.start));
  // "spent three days in Asia", "in Sudria for three days" (claims.stayVerbs): days of a stay.
  const stayVerb = new RegExp(
    `(?<![\\p{L}])(?:${anyOf(vocabulary.claims.stayVerbs) || "(?!)"})(?![\\p{L}])`,
    "iu",
  );
  const offsetAfter = new RegExp(`^\\s+(?:${anyOf(vocabulary.claims.offsetWords.after)})(?![\\p{L}])`, "iu");
  const lastingBefore = new RegExp(
    `(?<![\\p{L}])(?:${anyOf(vocabulary.claims.offsetWords.unless)})(?![\\p{L}])[^.;]*$`,
    "iu",
  );
  const offsetBefore = new RegExp(
    `(?<![\\p{L}])(?:(?:${anyOf(vocabulary.claims.offsetWords.before)})|(?:${anyOf(vocabulary.claims.offsetWords.before.filter((words) => /\s(?:for|last)$/u.test(words)))})\\s+an?)\\s+$`,
    "iu",
  );

  for (const [index, sentence] of sentences.entries()) {
    const text = sentence.text;
    const next = sentences[index + 1];
    const fromHere = result.length;
    const mine = () => result.slice(fromHere);
    // Durations.
    // Where the length before ended: "scheduled for 30 minutes but lasted less than an hour" holds two.
    let previousEnd = sentence.start;
    let windowStartBefore = sentence.start;
    // ("hourlong talks", "a weeklong visit": one unit, as AP writes it.)
    for (const unit of text.matchAll(/\b(hours?|minutes?|days?|hrs?|weeks?)(?:\b(?:[\s-]long)?|long\b)/giu)) {
      // ("an hour and a half": the half after the unit is the length's.)
      const half = /^\s+and\s+a\s+half(?![\p{L}-])/u.exec(
        body.slice(sentence.start + unit.index + unit[0].length),
      );
      const unitEnd = sentence.start + unit.index + unit[0].length + (half?.[0].length ?? 0);
      // "a week’s quiet", "an hour's drive": a possessive length qualifies something else, unless what it
      // qualifies is a scope ("an hour’s talk", "a week's visit").
      const owned = /^[’']s\s+([\p{L}-]+)/u.exec(body.slice(unitEnd, unitEnd + 40));
      if (owned && !scopeOf(owned[1] ?? "")) continue;
      // "two hours and 15 minutes", "1 hour 40 minute" is one length: only a clause break ("but", ";")
      // starts another.
      const between = body.slice(previousEnd, sentence.start + unit.index);
      const joined =
        previousEnd > sentence.start &&
        /^\s*(?:(?:and|,)\s+[\p{L}\d.-]+(?:\s+[\p{L}]+)?|\d+(?:\.\d+)?)\s*$/u.test(between);
      const windowStart = Math.max(sentence.start, joined ? windowStartBefore : previousEnd, unitEnd - 60);
      windowStartBefore = windowStart;
      previousEnd = unitEnd;
      const window = body.slice(windowStart, unitEnd);
      const reading = parseDuration(window);
      if (!reading) continue;
      // The phrase: the shortest tail of the window that still reads the same.
      let phraseStart = unitEnd - window.length;
      for (let at = phraseStart; at < unitEnd; at++) {
        if (at > phraseStart && /\S/.test(body[at - 1] ?? "") && /\S/.test(body[at] ?? "")) continue;
        const tail = parseDuration(body.slice(at, unitEnd));
        if (tail && tail.minutes === reading.minutes && tail.qualifier === reading.qualifier)
          phraseStart = at;
        else if (at > phraseStart) break;
      }
      while (/\s/.test(body[phraseStart] ?? "")) phraseStart++;
      // "two days before the summit", "10 days after", "within an hour of landing", "three weeks ago": a
      // distance in time, not how long anything lasted (words of vocabulary.yaml claims.offsetWords).
      const following = body.slice(unitEnd, Math.min(sentence.end, unitEnd + 20));
      const preceding = body.slice(Math.max(sentence.start, phraseStart - 20), phraseStart);
      // "lasted for 5.5 hours before they moved to dinner" is a length all the same.
      // "talked for over two hours before their delegations joined": a length after "for" is one.
      const lasting =
        lastingBefore.test(body.slice(Math.max(sentence.start, phraseStart - 30), phraseStart)) ||
        (/\bfor\s+$/iu.test(body.slice(Math.max(sentence.start, phraseStart - 5), phraseStart)) &&
          /^(?:h|m)/iu.test(unit[1] ?? "") &&
          !offsetBefore.test(preceding));
      // "meet again in two weeks" is a distance in time; "in four hours of talks" a length.
      const inTime = /(?<![\p{L}])in\s+$/iu.test(preceding) && !/^\s+of\b/iu.test(following);
      if (!lasting && (offsetAfter.test(following) || offsetBefore.test(preceding) || inTime)) continue;
      // What it covers: the scope word right after ("five-hour talks", "hours of talks"), else the
      // nearest before ("the meeting lasted …"), else talks for hours and a visit for days.
      const after = body.slice(unitEnd, Math.min(sentence.end, unitEnd + 80));
      // The scope word after the length, past its modifiers ("a 90-minute phone call", "a nearly six-hour
      // candid, in-depth and constructive talk") up to a word of another phrase ("for three hours during
      // the visit": the visit is not what lasted three hours).
      const afterWords = after
        .replace(/^\s*(?:of|long)\s+/iu, "")
        .split(/[\s,]+/)
        // Quotation marks around the words ("about five and half hour “candid … talk,”") are no break.
        .map((word) => word.replace(/^[“"‘]+|[”"’]+$/gu, ""))
        .filter(Boolean)
        .slice(0, 6);
      // "their two-day summit.": a sentence's last word is the scope's all the same, and the last one read.
      const ending = afterWords.findIndex((word) => /^[\p{L}-]+[.!?]+$/u.test(word));
      if (ending >= 0)
        afterWords.splice(ending, afterWords.length, (afterWords[ending] ?? "").replace(/[.!?]+$/u, ""));
      const stop = afterWords.findIndex(
        (word) =>
          !/^[\p{L}-]+$/u.test(word) ||
          /^(?:at|in|on|during|the|a|an|with|before|after|for|to|by|from|or|while|as|his|her|their|its|that|which|was|were|is)$/i.test(
            word,
          ),
      );
      const modifiers = stop < 0 ? afterWords : afterWords.slice(0, stop);
      let scope = modifiers.map(scopeOf).find((found) => found !== null) ?? null;
      // "a two-hour working dinner": the meal is what lasted.
      const mealWord = scope === "meal" ? modifiers.find((word) => scopeOf(word) === "meal") : undefined;
      const mealScope = mealWord
        ? (vocabulary.meals.find((m) => m.toLowerCase() === mealWord.toLowerCase()) ?? mealWord.toLowerCase())
        : null;
      // "a 30-minute drive", "a 24-hour news cycle": a length that qualifies a noun other than a meeting.
      const compound = body[sentence.start + unit.index - 1] === "-";
      if (
        !scope &&
        compound &&
        modifiers.length > 0 &&
        /^\s+\p{Ll}/u.test(after) &&
        !/^\s+(?:and|or)\b/iu.test(after)
      )
        continue;
      if (!scope) {
        const before = body.slice(sentence.start, phraseStart);
        const words = [...before.matchAll(scopeWord)];
        const last = words.at(-1)?.[1];
        scope = last ? scopeOf(last) : null;
        // "Lind, who met Kovac in May, spent three days in Asia": a verb of meeting before a length of days
        // is no noun of what lasted them; days stay a visit.
        if (/^met$/i.test(last ?? "") && /^[dw]/i.test(unit[1] ?? "")) scope = null;
      }
      const named = scope !== null;
      if (!scope || scope === "meal")
        scope = /^d/i.test(unit[1] ?? "") || /^w/i.test(unit[1] ?? "") ? "visit" : "talks";
      // "After three and a half hours of conversation": a conversation is a call only where the text speaks
      // of one; face to face it is the talks.
      if (scope === "call" && callWord && !callWord.test(body)) scope = "talks";
      // A meal it takes in: in the clause after the duration, or in the next sentence about the same talks.
      const rest = body.slice(unitEnd, sentence.end);
      const before = /\bbefore\b/i.test(rest.split(mealIncluded)[0] ?? "");
      let withMeal = !before ? mealIncluded.exec(rest)?.[1] : undefined;
      if (!withMeal && !before) withMeal = mealIncluded.exec(body.slice(sentence.start, phraseStart))?.[1];
      if (!withMeal && next && /^(?:the\s+)?(?:talks|meeting|discussions?|it|they)\b/i.test(next.text)) {
        withMeal = mealIncluded.exec(next.text)?.[1];
      }
      const mealName = withMeal
        ? (vocabulary.meals.find((m) => m.toLowerCase() === withMeal?.toLowerCase()) ??
          withMeal.toLowerCase())
        : null;
      // "two hours" then "two hours and 15 minutes": the longer reading of the same words replaces it.
      const shorter = result.findIndex(
        (claim, at) =>
          at >= fromHere &&
          (claim.data.attribute === "duration" || claim.data.attribute === "days") &&
          claim.start >= phraseStart &&
          claim.end <= unitEnd,
      );
      if (shorter >= 0) result.splice(shorter, 1);
      // "two days of meetings", "a two-day summit", "a week-long trip": a number of days (the dataset
      // format's `days`), which stays the visit's, as the seed counts it; hours and minutes are a duration.
      if (/^[dw]/i.test(unit[1] ?? "") && reading.min !== null) {
        // Days that no word of a meeting or a stay goes with ("extend the truce by no less than 90 days",
        // "in two weeks' time") are the length of something else.
        // ("in Sudria for three days", "spent three days in Asia" are a stay.)
        const lead = body.slice(sentence.start, phraseStart);
        if (
          !named &&
          !stayVerb.test(lead) &&
          !/(?<![\p{L}])for\s+(?:(?:about|some|nearly|almost|over|more\s+than)\s+)?$/iu.test(lead)
        )
          continue;
        result.push({
          start: phraseStart,
          end: unitEnd,
          confidence: 0.7,
          data: {
            attribute: "days",
            value: body.slice(phraseStart, unitEnd),
            normalized: reading.iso,
            qualifier: reading.qualifier,
            min: reading.min / 1440,
            max: reading.max === null ? null : reading.max / 1440,
            unit: "day",
            scope: "visit",
          },
        });
        continue;
      }
      result.push({
        start: phraseStart,
        end: unitEnd,
        confidence: 0.7,
        data: {
          attribute: "duration",
          value: body.slice(phraseStart, unitEnd),
          normalized: reading.iso,
          qualifier: reading.qualifier,
          min: reading.min,
          max: reading.max,
          unit: "minute",
          // Talks or a meeting that take in a meal are "talks and dinner".
          scope:
            mealScope ??
            (mealName && (scope === "talks" || scope === "meeting") ? `talks and ${mealName}` : scope),
        },
      });
    }

    const aboutMeeting = meeting.test(text);
    if (aboutMeeting) {
      const scope = (() => {
        const found = [...text.matchAll(scopeWord)][0]?.[1];
        return (found && scopeOf(found)) ?? "meeting";
      })();
      // Start times: a part of the day or a clock time.
      for (const time of text.matchAll(startTime)) {
        // A part of the day is spanned by its own word: "Sunday morning" as a whole is the meeting's date.
        const start = sentence.start + time.index + (time[1] ? time[0].lastIndexOf(time[1]) : 0);
        const end = time[1] ? start + time[1].length : sentence.start + time.index + time[0].length;
        let normalized: string;
        if (time[1]) normalized = time[1].toLowerCase();
        else {
          const hour = (Number(time[2]) % 12) + (/^p/i.test(time[4] ?? "") ? 12 : 0);
          normalized = `${String(hour).padStart(2, "0")}:${time[3] ?? "00"}`;
        }
        result.push({
          start,
          end,
          confidence: 0.6,
          data: { attribute: "start time", value: time[0].trim(), normalized, scope },
        });
      }
      // Places: a venue, or a city after a word of meeting; not where they met before ("since we met last
      // time in Singapore", "their previous talks in Bali") nor where they will ("the upcoming summit in …").
      const earlier = (index: number, words: string) => {
        const lead =
          text
            .slice(Math.max(0, index - 20), index)
            .split(/[.!?]/u)
            .at(-1) ?? "";
        return earlierMeetingCue.test(`${lead}${words}`) || yetToCome(lead, words);
      };
      for (const place of text.matchAll(venue)) {
        if (earlier(place.index, place[0])) continue;
        const start = sentence.start + place.index + place[0].indexOf(place[1] ?? "");
        result.push({
          start,
          end: start + (place[1]?.length ?? 0),
          confidence: 0.6,
          data: { attribute: "place", value: place[1], scope: "venue" },
        });
      }
      for (const place of text.matchAll(
        /\b(?:met|meet|meets|meeting|talks|held|hosted|visit(?:ed|ing)?|summit|arrived|gathered)\b[^.;]{0,40}?\bin\s+(\p{Lu}[\p{L}'’-]+(?:,?\s+\p{Lu}[\p{L}.'’-]+(?<![’']s)(?![\p{L}'’]))?)/gu,
      )) {
        // ("in Russia’s Sochi": the place after its country's possessive; "in Washington, September 19": a
        // date after the comma is no part of it.)
        const value = (place[1] ?? "")
          .replace(/^\p{Lu}[\p{L}-]*[’']s\s+(?=\p{Lu})/u, "")
          .replace(/,\s*(\p{L}+)$/u, (tail, word: string) => (calendarWord(word) ? "" : tail))
          // (Nor the sentence's full stop after a region: "in Lindby, Norland."; "D.C." keeps its own.)
          .replace(/(?<=,\s*\p{Lu}\p{Ll}+)\.$/u, "");
        // "in South Korea's port city of Busan": a possessive is no place of the meeting ("in Peru, Seoul's
        // foreign ministry said" keeps "Peru").
        const next = place.index + place[0].length;
        if (
          /[’']s$/u.test(value) ||
          /^(?:\s+\p{Lu}[\p{L}.-]*)?[’']s(?![\p{L}])/u.test(text.slice(next, next + 40))
        )
          continue;
        const start = sentence.start + place.index + place[0].lastIndexOf(value);
        if (countries.has(start) || notAPlace.test(value) || earlier(place.index, place[0])) continue;
        // ("for talks in No 10": a word of grammar opens no town's name.)
        if (isGrammarWord(value.split(/[\s,]/u)[0] ?? "")) continue;
        if (mine().some((c) => c.data.attribute === "place" && c.start <= start && c.end > start)) continue;
        result.push({
          start,
          end: start + value.length,
          confidence: 0.5,
          data: { attribute: "place", value, scope: "city" },
        });
      }
    }
    // How the talks were characterised.
    for (const found of text.matchAll(characterisation)) {
      const value = (found[1] ?? "").trim();
      // "the forthcoming Strategic Dialogue": an adjective and the meeting's word in capitals inside the
      // sentence name a forum, not how talks went.
      if (found.index > 0 && /^\p{Lu}/u.test(value) && /^\p{Lu}/u.test(found[2] ?? "")) continue;
      const start = sentence.start + found.index + found[0].indexOf(value);
      const normalized = [...value.matchAll(new RegExp(`(?:${adjective})`, "giu"))].map((m) =>
        m[0].toLowerCase(),
      );
      result.push({
        start,
        end: start + value.length,
        confidence: 0.6,
        data: {
          attribute: "characterisation",
          value,
          normalized: normalized.join(", "),
          scope: scopeOf(found[2] ?? "") ?? "talks",
        },
      });
    }
    // "The talks … were described by Sudrian officials as “frank”": the adjective after the talks.
    if (meeting.test(text)) {
      for (const found of text.matchAll(
        new RegExp(
          `\\b(?:described|characteri[sz]ed|called)\\b[^.;]{0,40}?\\bas\\s+[“"‘]?((?:very\\s+)?(?:${adjective})(?:[”"’]?(?:\\s*,\\s*|\\s+and\\s+|\\s*,\\s*and\\s+)[“"‘]?(?:very\\s+)?(?:${adjective}))*)`,
          "giu",
        ),
      )) {
        const value = found[1] ?? "";
        const start = sentence.start + found.index + found[0].lastIndexOf(value);
        if (mine().some((c) => c.data.attribute === "characterisation" && c.start === start)) continue;
        result.push({
          start,
          end: start + value.length,
          confidence: 0.5,
          data: {
            attribute: "characterisation",
            value,
            normalized: value
              .toLowerCase()
              .replace(/[“”"‘’]/gu, "")
              .split(/\s*,\s*and\s+|\s*,\s*|\s+and\s+/)
              .join(", "),
            scope: "talks",
          },
        });
      }
    }
  }
  return result;
}
