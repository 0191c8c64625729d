/**
 * Builds a dataset of made-up coverage of a made-up meeting, of any size, in the documented format: for
 * tests that need many rows (query counting) or coverage the seed does not have.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

export interface SyntheticDataset {
  file: string;
  articles: number;
}

export async function writeSyntheticDataset(options: { articles: number; outlets: number; prefix: string }) {
  const { articles, outlets, prefix } = options;
  const bodies = Array.from(
    { length: articles },
    (_, i) =>
      `Report ${prefix}-${i}. Minister Alpha ${prefix} met Envoy Beta ${prefix} for talks number ${i}. ` +
      `Both sides agreed to resume ferry service (${prefix}-${i}). The envoy said the talks were "useful, item ${i}". ` +
      `The meeting lasted about ${2 + (i % 3)} hours.`,
  );
  const page = bodies.join("\n\n");
  const dir = await mkdtemp(path.join(tmpdir(), `readout-${prefix}-`));
  await writeFile(path.join(dir, "page.txt"), page);
  const dataset = {
    version: 1,
    sources: [{ key: `${prefix}-page`, file: "page.txt" }],
    outlets: Array.from({ length: outlets }, (_, i) => ({
      key: `${prefix}-outlet-${i}`,
      name: `${prefix} Outlet ${i}`,
      country: i % 2 ? "FR" : "BR",
      kind: i % 2 ? "PRIVATE" : "WIRE",
    })),
    participants: [
      { key: `${prefix}-alpha`, name: `Minister Alpha ${prefix}`, kind: "PERSON" },
      { key: `${prefix}-beta`, name: `Envoy Beta ${prefix}`, kind: "PERSON" },
    ],
    events: [{ key: `${prefix}-meeting`, title: `${prefix} meeting`, startPrecision: "DAY" }],
    articles: bodies.map((_, i) => ({
      key: `${prefix}-article-${i}`,
      source: `${prefix}-page`,
      outlet: `${prefix}-outlet-${i % outlets}`,
      title: `Talks ${i}`,
      bodyStart: { exact: `Report ${prefix}-${i}.` },
      bodyEnd: { exact: `"useful, item ${i}". The meeting lasted about ${2 + (i % 3)} hours.` },
      genre: "REPORT",
      publishedPrecision: "UNKNOWN",
      events: [`${prefix}-meeting`],
      mentions: [
        { participant: `${prefix}-alpha`, quote: { exact: `Minister Alpha ${prefix}` } },
        { participant: `${prefix}-beta`, quote: { exact: `Envoy Beta ${prefix}` } },
      ],
    })),
    agreements: Array.from({ length: Math.max(1, Math.floor(articles / 4)) }, (_, a) => ({
      key: `${prefix}-agreement-${a}`,
      event: `${prefix}-meeting`,
      summary: `Resume ferry service, part ${a}`,
      reports: bodies
        .map((_, i) => i)
        .filter((i) => i % Math.max(1, Math.floor(articles / 4)) === a)
        .map((i) => ({
          article: `${prefix}-article-${i}`,
          strength: "AGREED",
          quote: { exact: `agreed to resume ferry service (${prefix}-${i})` },
        })),
    })),
    statements: bodies.map((_, i) => ({
      key: `${prefix}-statement-${i}`,
      article: `${prefix}-article-${i}`,
      speaker: `${prefix}-beta`,
      mode: "DIRECT",
      quote: { exact: `"useful, item ${i}"` },
    })),
  };
  Object.assign(dataset, {
    statementGroups: [
      { key: `${prefix}-useful`, summary: "The envoy calls the talks useful", speaker: `${prefix}-beta` },
    ],
    claims: bodies.map((_, i) => ({
      key: `${prefix}-claim-${i}`,
      event: `${prefix}-meeting`,
      article: `${prefix}-article-${i}`,
      attribute: "duration",
      value: `about ${2 + (i % 3)} hours`,
      scope: i % 2 ? "talks" : "talks and lunch",
      quote: { exact: `about ${2 + (i % 3)} hours` },
    })),
  });
  for (const statement of dataset.statements) Object.assign(statement, { group: `${prefix}-useful` });
  const file = path.join(dir, "dataset.json");
  await writeFile(file, JSON.stringify(dataset, null, 2));
  return { file, articles } satisfies SyntheticDataset;
}

/**
 * A captured page of two articles about round `n` of made-up talks, each round's text its own: what the
 * tests that import many pages (interrupted runs, the queue) feed in.
 */
export function roundPage(n: number): string {
  return `Envoys meet for round ${n} of river talks

Lakeside Wire — By Ana Lee in Geneva — ${1 + (n % 28)} April 2031, 10:00

Envoys of Norland and Sudria met on Monday for round ${n} of talks on river water, which lasted about ${2 + (n % 3)} hours.

"We made progress in round ${n}," the Norland envoy Ivo Brandt said. Both sides agreed to meet again.


Sudria welcomes round ${n} of talks

Le Quotidien du Soir — ${1 + (n % 28)} avril 2031

Sudria welcomed the ${n}th round of talks with Norland, which officials said had lasted nearly three hours.
`;
}
