/**
 * A hand-written dataset of a different (made-up) meeting, in the documented format, loads next to the
 * seed and gets sensible answers with no code written for it.
 */
import path from "node:path";
import { graphql } from "@readout/client";
import { loadDatasetFile } from "@readout/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type TestApi } from "../kit/api.ts";

let api: TestApi;
const EVENT = "2031-03-04-norland-sudria-geneva";
beforeAll(async () => {
  api = await createTestApi();
  await loadDatasetFile(
    api.db.prisma,
    path.resolve(import.meta.dirname, "../fixtures", EVENT, "dataset.yaml"),
  );
});
afterAll(() => api?.close());

const Comparison = graphql(`
  query OtherMeeting($key: String!) {
    event(key: $key) {
      title
      coverage {
        articleCount
        outletCount
        byKind { value outlets articles }
        outlets { outlet { name kind country } firstPublishedAt articles { genre } }
      }
      agreements(first: 10) {
        edges {
          node {
            summary
            statusHistory { status on note evidence { exact } }
            comparison {
              strongest
              weakest
              strengthDiffers
              silentOutlets { name }
              outlets { outlet { name } strongest }
            }
          }
        }
      }
      discrepancies {
        attribute
        verdict
        scopes { scope verdict }
        sides { min max value claims { value article { outlet { name } } } }
      }
      statementGroups { summary outletCount statements { mode evidence { exact } article { outlet { name } } } }
    }
  }
`);

describe("coverage of another meeting", () => {
  it("answers coverage, agreements, status history and discrepancies", async () => {
    const event = (await api.execute(Comparison, { key: EVENT })).expectData().event;
    expect(event?.coverage).toMatchObject({ articleCount: 4, outletCount: 3 });
    expect(event?.coverage.byKind).toContainEqual({ value: "WIRE", outlets: 1, articles: 2 });
    expect(event?.coverage.outlets.map((o) => o.outlet.name)).toEqual([
      "Lakeside Wire",
      "Ministry of Trade of Norland",
      "Le Quotidien du Soir",
    ]);
    expect(event?.coverage.outlets[1]?.articles).toEqual([{ genre: "READOUT" }]);

    const agreements = Object.fromEntries(
      event?.agreements.edges.map((edge) => [edge.node.summary, edge.node]) ?? [],
    );
    const rail = agreements["Reopen the rail freight corridor"];
    expect(rail?.comparison).toMatchObject({
      strongest: "AGREED",
      weakest: "WILL_EXPLORE",
      strengthDiffers: true,
    });
    expect(rail?.comparison.outlets.map((o) => [o.outlet.name, o.strongest])).toEqual([
      ["Ministry of Trade of Norland", "AGREED"],
      ["Lakeside Wire", "WILL_WORK_TO"],
      ["Le Quotidien du Soir", "WILL_EXPLORE"],
    ]);
    const june = agreements["Meet again in June"];
    expect(june?.comparison.silentOutlets.map((o) => o.name).sort()).toEqual([
      "Le Quotidien du Soir",
      "Ministry of Trade of Norland",
    ]);
    expect(june?.statusHistory.map((change) => [change.status, change.on])).toEqual([
      ["AGREED", "2031-03-04"],
      ["OVERTAKEN", "2031-06-20"],
    ]);
    expect(agreements["Cut tariffs on farm machinery"]?.statusHistory.at(-1)).toMatchObject({
      status: "LAPSED",
      evidence: { exact: "Sudria's parliament rejected the tariff deal" },
    });

    const discrepancies = Object.fromEntries(event?.discrepancies.map((d) => [d.attribute, d]) ?? []);
    // "about three hours" (wire) and "two and a half hours" (readout) both describe the talks: a conflict;
    // "nearly four hours" covers the talks and lunch.
    expect(discrepancies.duration?.verdict).toBe("CONFLICT");
    expect(discrepancies.duration?.scopes).toContainEqual({ scope: "talks", verdict: "CONFLICT" });
    expect(discrepancies.duration?.scopes).toContainEqual({
      scope: "talks and lunch",
      verdict: "CONSISTENT",
    });
    const camps = discrepancies.duration?.sides.map((side) =>
      side.claims.map((claim) => claim.article.outlet.name).sort(),
    );
    expect(camps).toContainEqual(["Ministry of Trade of Norland"]);
    // The venue and the city are different scopes of the same place.
    expect(discrepancies.place?.verdict).toBe("EXPLAINED_BY_SCOPE");

    const [group] = event?.statementGroups ?? [];
    expect(group).toMatchObject({ summary: "Okafor on reopening the rail freight corridor", outletCount: 2 });
  });

  it("resolves a misspelling in this coverage to the same participant", async () => {
    const Who = graphql(
      `query Who { participants(first: 5, name: "Ivo Brant") { edges { node { name articles(first: 10) { totalCount } } } } }`,
    );
    const found = (await api.execute(Who)).expectData().participants.edges;
    expect(found.map((edge) => [edge.node.name, edge.node.articles.totalCount])).toEqual([["Ivo Brandt", 3]]);
  });

  it("keeps the seed's answers unchanged beside it", async () => {
    const Count = graphql(
      `query Count { events(first: 10) { totalCount } articles(first: 1) { totalCount } }`,
    );
    expect((await api.execute(Count)).expectData()).toEqual({
      events: { totalCount: 2 },
      articles: { totalCount: 8 },
    });
  });
});
