/**
 * Commitments across meetings: a made-up follow-up meeting (Oslo) takes up the Geneva meeting's
 * commitments; one timeline runs across both, and a commitment whose maker has left office is flagged,
 * as is the seed's Qin Gang visit (he ceased to be foreign minister in July 2023).
 */
import path from "node:path";
import { graphql } from "@readout/client";
import { loadDatasetFile } from "@readout/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type TestApi } from "../kit/api.ts";
import { countQueries } from "../kit/database.ts";

let api: TestApi;
const fixture = (name: string) => path.resolve(import.meta.dirname, "../fixtures", name, "dataset.yaml");
beforeAll(async () => {
  api = await createTestApi();
  await loadDatasetFile(api.db.prisma, fixture("2031-03-04-norland-sudria-geneva"));
  await loadDatasetFile(api.db.prisma, fixture("2031-09-16-norland-sudria-oslo"));
});
afterAll(() => api?.close());

const Commitments = graphql(`
  query Commitments($key: String!, $asOf: Date) {
    event(key: $key) {
      agreements(first: 20) {
        edges {
          node {
            summary
            follows { link note earlier { summary event { key } } evidence { exact } }
            followedBy { link later { summary event { key } } }
            timeline { on status link note agreement { summary event { key } } evidence { exact } }
            alerts(asOf: $asOf) { kind party { name } roles { title validTo } endedOn message }
          }
        }
      }
    }
  }
`);

const agreementsOf = async (key: string, asOf?: string) =>
  ((await api.execute(Commitments, { key, asOf })).expectData().event?.agreements.edges ?? []).map(
    (edge) => edge.node,
  );

describe("commitments across meetings", () => {
  it("links a later meeting's agreement to the commitment it takes up, both ways", async () => {
    const geneva = await agreementsOf("2031-03-04-norland-sudria-geneva");
    const tariffs = geneva.find((a) => a.summary === "Cut tariffs on farm machinery");
    expect(tariffs?.followedBy).toEqual([
      {
        link: "RESTATES",
        later: {
          summary: "Cut tariffs on farm machinery from January",
          event: { key: "2031-09-16-norland-sudria-oslo" },
        },
      },
    ]);
    const oslo = await agreementsOf("2031-09-16-norland-sudria-oslo");
    const protocol = oslo.find((a) => a.summary.startsWith("Sign a protocol"));
    expect(protocol?.follows).toEqual([
      {
        link: "PROGRESSES",
        note: null,
        earlier: {
          summary: "Reopen the rail freight corridor",
          event: { key: "2031-03-04-norland-sudria-geneva" },
        },
        evidence: { exact: '"the next step"' },
      },
    ]);
  });

  it("tells a commitment's life across both meetings as one timeline, in time order, with evidence", async () => {
    const geneva = await agreementsOf("2031-03-04-norland-sudria-geneva");
    const tariffs = geneva.find((a) => a.summary === "Cut tariffs on farm machinery");
    expect(
      tariffs?.timeline.map((step) => [step.on, step.status ?? step.link, step.agreement.event.key]),
    ).toEqual([
      ["2031-03-04", "AGREED", "2031-03-04-norland-sudria-geneva"],
      ["2031-06-20", "LAPSED", "2031-03-04-norland-sudria-geneva"],
      ["2031-09-16", "AGREED", "2031-09-16-norland-sudria-oslo"],
      ["2031-09-16", "RESTATES", "2031-09-16-norland-sudria-oslo"],
    ]);
    expect(tariffs?.timeline.at(-1)?.evidence?.exact).toBe("that they had agreed in Geneva in March");
    // The same timeline from the Oslo end.
    const oslo = await agreementsOf("2031-09-16-norland-sudria-oslo");
    const again = oslo.find((a) => a.summary === "Cut tariffs on farm machinery from January");
    expect(again?.timeline).toEqual(tariffs?.timeline);
  });

  it("reads the timelines of all an event's agreements with as many statements as one agreement's", async () => {
    const Timelines = graphql(`
      query Timelines($key: String!, $first: Int!) {
        event(key: $key) {
          agreements(first: $first) { edges { node { summary timeline { on status link agreement { summary } } } } }
        }
      }
    `);
    const run = (first: number) =>
      countQueries(api.db, async () =>
        (await api.execute(Timelines, { key: "2023-06-18-blinken-qin-beijing", first })).expectData(),
      );
    const one = await run(1);
    const all = await run(20);
    const agreements = all.result.event?.agreements.edges ?? [];
    expect(agreements.length).toBeGreaterThan(2);
    expect(all.queries.length).toBe(one.queries.length);
    // Each agreement's timeline is the one it has when asked for alone.
    for (const edge of agreements) {
      const alone = (await api.execute(Commitments, { key: "2023-06-18-blinken-qin-beijing" }))
        .expectData()
        .event?.agreements.edges.find((other) => other.node.summary === edge.node.summary)?.node.timeline;
      expect(
        edge.node.timeline.map((step) => [step.on, step.status, step.link, step.agreement.summary]),
      ).toEqual(alone?.map((step) => [step.on, step.status, step.link, step.agreement.summary]));
    }
  });

  it("flags an open commitment whose maker no longer holds the role, from the day the role ended", async () => {
    const before = await agreementsOf("2031-09-16-norland-sudria-oslo", "2031-10-01");
    expect(before.flatMap((a) => a.alerts)).toEqual([]);
    const after = await agreementsOf("2031-09-16-norland-sudria-oslo", "2031-11-15");
    const protocol = after.find((a) => a.summary.startsWith("Sign a protocol"));
    expect(protocol?.alerts).toEqual([
      {
        kind: "PARTY_ROLE_ENDED",
        party: { name: "Lena Okafor" },
        roles: [{ title: "Trade Minister of Sudria", validTo: "2031-10-30" }],
        endedOn: "2031-10-30",
        message:
          "Lena Okafor no longer holds the role held when this was agreed (Trade Minister of Sudria until 2031-10-30), yet the commitment still reads AGREED.",
      },
    ]);
    // The Geneva meeting's next-meeting pledge is overtaken, so no longer open: no alert though Brandt left.
    const geneva = await agreementsOf("2031-03-04-norland-sudria-geneva", "2031-11-15");
    expect(geneva.find((a) => a.summary === "Meet again in June")?.alerts).toEqual([]);
  });

  it("flags the seed's accepted visit: Qin Gang ceased to be foreign minister in July 2023", async () => {
    const seed = await agreementsOf("2023-06-18-blinken-qin-beijing", "2024-01-01");
    const visit = seed.find((a) => /visit/i.test(a.summary));
    expect(visit?.alerts.map((alert) => [alert.party.name, alert.endedOn])).toEqual([
      ["Qin Gang", "2023-10-24"],
    ]);
    // Proposed and agreed on the same day: it stands agreed.
    expect(visit?.alerts[0]?.message).toMatch(/still reads AGREED\.$/);
    expect(visit?.alerts[0]?.roles.map((role) => role.title)).toEqual([
      "Foreign Minister of China",
      "State Councilor of China",
    ]);
    const atTheTime = await agreementsOf("2023-06-18-blinken-qin-beijing", "2023-07-01");
    expect(atTheTime.find((a) => /visit/i.test(a.summary))?.alerts).toEqual([]);
  });

  it("gives every verdict somewhere in the two made-up meetings, each explained", async () => {
    const Verdicts = graphql(`
      query Verdicts($key: String!) { event(key: $key) { discrepancies { attribute verdict explanation } } }
    `);
    const verdicts = new Map<string, string>();
    for (const key of ["2031-03-04-norland-sudria-geneva", "2031-09-16-norland-sudria-oslo"]) {
      const found = (await api.execute(Verdicts, { key })).expectData().event?.discrepancies ?? [];
      for (const comparison of found)
        verdicts.set(comparison.verdict, `${key} ${comparison.attribute}: ${comparison.explanation}`);
    }
    expect([...verdicts.keys()].sort()).toEqual([
      "CONFLICT",
      "CONSISTENT",
      "DIFFERENT_WORDS",
      "EXPLAINED_BY_SCOPE",
    ]);
    expect(verdicts.get("DIFFERENT_WORDS")).toBe(
      "2031-09-16-norland-sudria-oslo characterisation: Every claim uses “constructive”; “frank” is used by some only.",
    );
  });

  it("refuses a link to an agreement that does not exist, and writes nothing", async () => {
    const { mkdtemp, writeFile, readFile, copyFile } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const dir = await mkdtemp(path.join(tmpdir(), "readout-links-"));
    const source = path.dirname(fixture("2031-09-16-norland-sudria-oslo"));
    await copyFile(path.join(source, "page.txt"), path.join(dir, "page.txt"));
    const text = (await readFile(fixture("2031-09-16-norland-sudria-oslo"), "utf8"))
      .replaceAll("oslo-farm-machinery-tariffs", "oslo-farm-machinery-tariffs-2")
      .replace("agreement: farm-machinery-tariffs", "agreement: no-such-agreement");
    await writeFile(path.join(dir, "dataset.yaml"), text);
    const count = await api.db.prisma.agreementLink.count();
    await expect(loadDatasetFile(api.db.prisma, path.join(dir, "dataset.yaml"))).rejects.toMatchObject({
      code: "INVALID_REFERENCES",
    });
    expect(await api.db.prisma.agreementLink.count()).toBe(count);
    expect(await api.db.prisma.agreement.count({ where: { key: "oslo-farm-machinery-tariffs-2" } })).toBe(0);
  });
});
