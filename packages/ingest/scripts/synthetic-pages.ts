/**
 * Writes synthetic press pages (about 2 KB each, made-up countries, people and outlets, every page
 * different) to measure bulk import: `readout import <folder>` or the WARC written with `--warc`.
 *
 *   pnpm --filter @readout/ingest exec tsx scripts/synthetic-pages.ts <folder> [--pages 1000] [--warc]
 *
 * The text is generated from a fixed seed, so two runs write the same pages. It is not committed data.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { writeWarc } from "../src/bulk/warc-writer.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { pages: { type: "string", default: "1000" }, warc: { type: "boolean", default: false } },
});
const folder = positionals[0];
const count = Number(values.pages);
if (!folder || !Number.isSafeInteger(count) || count < 1) {
  console.error("Usage: synthetic-pages.ts <folder> [--pages N] [--warc]");
  process.exit(2);
}

/** mulberry32: a small seeded generator, so that the pages are the same on every run. */
function generator(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = generator(20311129);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const countries = ["Norland", "Sudria", "Estmark", "Valdoria", "Kestria", "Morvania", "Ostland", "Luria"];
const cities = ["Geneva", "Vienna", "Oslo", "Helsinki", "Lisbon", "Valletta", "Tallinn", "Ljubljana"];
const first = ["Ivo", "Mara", "Teodor", "Lena", "Anton", "Sofia", "Pavel", "Irina", "Jonas", "Elin"];
const last = [
  "Brandt",
  "Kovac",
  "Lindqvist",
  "Moreau",
  "Varga",
  "Halden",
  "Petrov",
  "Silva",
  "Novak",
  "Aalto",
];
const titles = [
  "Foreign Minister",
  "Trade Minister",
  "President",
  "Prime Minister",
  "envoy",
  "Defence Minister",
];
const outlets = [
  "Lakeside Wire",
  "Valley Post",
  "Hill Times",
  "Harbour Daily",
  "Northern Courier",
  "Plains Herald",
];
const topics = [
  "river water",
  "fishing quotas",
  "a rail link",
  "tariffs on steel",
  "border crossings",
  "grain exports",
  "a power line",
  "student visas",
  "climate finance",
  "air traffic rights",
];
const adjectives = ["candid", "constructive", "frank", "productive", "substantive", "difficult", "cordial"];
const verbs = ["agreed to", "committed to", "will work to", "will explore", "welcomed plans to"];
const actions = [
  "set up a joint commission on",
  "resume talks on",
  "review",
  "expand cooperation on",
  "study",
];
const months = ["January", "February", "March", "April", "May", "June", "July", "September", "October"];

const person = () => `${pick(first)} ${pick(last)}`;

function page(n: number): string {
  const [a, b] = [pick(countries), pick(countries)];
  const other = a === b ? "Luria" : b;
  const city = pick(cities);
  const [speakerA, speakerB] = [person(), person()];
  const [titleA, titleB] = [pick(titles), pick(titles)];
  const topic = pick(topics);
  const day = 1 + Math.floor(random() * 28);
  const month = pick(months);
  const hours = 2 + Math.floor(random() * 6);
  const paragraphs = [
    `${a}'s ${titleA} ${speakerA} met ${other}'s ${titleB} ${speakerB} in ${city} on ${day} ${month} 2031 for talks on ${topic}, the ${n}th meeting of its kind, which lasted about ${hours} hours.`,
    `"We had ${pick(adjectives)} and ${pick(adjectives)} discussions on ${topic}," ${speakerA} told reporters after the meeting. "There is more to do, and we will meet again before the end of the year."`,
    `According to a readout issued by ${other}'s ministry, ${speakerB} said the two sides ${pick(verbs)} ${pick(actions)} ${pick(topics)} and ${pick(topics)}.`,
    `Officials from both delegations said the sides ${pick(verbs)} ${pick(actions)} ${topic}. ${speakerB} described the talks as ${pick(adjectives)}, while analysts in ${pick(cities)} cautioned that round ${n} had raised hopes that earlier rounds had not met.`,
    `The two ministers also discussed ${pick(topics)}, ${pick(topics)} and ${pick(topics)}, and agreed that their deputies would meet in ${pick(cities)} within ${2 + Math.floor(random() * 10)} weeks to prepare a further round.`,
    `Relations between ${a} and ${other} have been strained since a dispute over ${pick(topics)} in ${2020 + Math.floor(random() * 10)}, when ${pick(["trade", "travel", "shipping", "flights"])} between the two countries was cut by ${10 + Math.floor(random() * 80)} percent for ${2 + Math.floor(random() * 20)} months.`,
    `"Our position on ${pick(topics)} has not changed," ${speakerB} said at a news conference in ${city}. "But we are ready to listen, and ${a} knows what we need to see."`,
    `The meeting was held at the ${pick(["old town hall", "foreign ministry", "lakeside palace", "conference centre"])} and began at ${8 + Math.floor(random() * 6)} a.m. local time, according to ${pick(outlets)}, which first reported the ${pick(adjectives)} atmosphere of the talks.`,
    `${pick(first)} ${pick(last)}, a former ambassador to ${other}, said the outcome on ${topic} would depend on ${pick(["parliament", "the courts", "the regions", "the unions"])} in ${a}, where ${pick(["elections", "a referendum", "budget talks"])} are due in ${pick(months)}.`,
    `${speakerA} later held a working dinner with business leaders, where ${pick(["he", "she"])} spoke about ${pick(topics)} for ${20 + Math.floor(random() * 40)} minutes.`,
  ];
  return `${speakerA} and ${speakerB} hold talks on ${topic} in ${city} (${n})

${pick(outlets)} — By ${person()} in ${city} — ${day} ${month} 2031, ${10 + Math.floor(random() * 10)}:${String(Math.floor(random() * 60)).padStart(2, "0")}

${paragraphs.join("\n\n")}
`;
}

const pages = Array.from({ length: count }, (_, i) => page(i + 1));
await mkdir(folder, { recursive: true });
if (values.warc) {
  const file = path.join(folder, `synthetic-${count}.warc.gz`);
  const data = await writeWarc(
    pages.map((content, i) => ({
      url: `https://example.org/synthetic/${i + 1}`,
      date: new Date(Date.UTC(2031, 2, 4, 12, 0, i)),
      content,
      contentType: "text/plain; charset=utf-8",
    })),
    { gzip: true, filename: path.basename(file) },
  );
  await writeFile(file, data);
  console.log(`wrote ${count} pages to ${file} (${data.byteLength} bytes)`);
} else {
  const width = String(count).length;
  for (const [i, content] of pages.entries()) {
    await writeFile(path.join(folder, `page-${String(i + 1).padStart(width, "0")}.txt`), content);
  }
  const bytes = pages.reduce((sum, content) => sum + Buffer.byteLength(content), 0);
  console.log(`wrote ${count} pages to ${folder} (${Math.round(bytes / count)} bytes a page on average)`);
}
