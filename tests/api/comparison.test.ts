import { graphql } from "@readout/client";
import { sliceCodePoints } from "@readout/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type TestApi } from "../kit/api.ts";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api?.close());

const SEED_EVENT = "2023-06-18-blinken-qin-beijing";

describe("coverage of an event", () => {
  it("lists the outlets with country, kind and affiliation, first publication first, and counts them", async () => {
    const Coverage = graphql(`
      query Coverage($key: String!) {
        event(key: $key) {
          coverage {
            articleCount
            outletCount
            byKind { value outlets articles }
            byCountry { value outlets }
            byStateAffiliation { value outlets }
            outlets {
              outlet { name country kind }
              stateAffiliation
              firstPublishedAt
              firstPublishedPrecision
              articles { genre bylines { name isStaff } }
            }
          }
        }
      }
    `);
    const coverage = (await api.execute(Coverage, { key: SEED_EVENT })).expectData().event?.coverage;
    expect(coverage).toMatchObject({ articleCount: 4, outletCount: 4 });
    expect(coverage?.byKind).toContainEqual({ value: "PUBLIC_BROADCASTER", outlets: 2, articles: 2 });
    expect(coverage?.byCountry.map((count) => count.value).sort()).toEqual(["CN", "GB", "JP", "US"]);
    expect(coverage?.byStateAffiliation).toContainEqual({ value: "STATE_CONTROLLED", outlets: 1 });
    const outlets = coverage?.outlets ?? [];
    // Dated articles first, earliest first; "4 hours ago" and undated ones after. The commentary is
    // dated to the day only (18 June), so it is not known to precede the Global Times' 22:51 Beijing time
    // that same day, and comes after it.
    expect(outlets.map((o) => o.outlet.name)).toEqual([
      "Global Times",
      "US-China Energy Industry Forum",
      "NHK",
      "BBC News",
    ]);
    expect(outlets[1]).toMatchObject({
      firstPublishedAt: "2023-06-18T00:00:00.000Z",
      firstPublishedPrecision: "DAY",
    });
    expect(outlets[0]).toMatchObject({
      stateAffiliation: "STATE_CONTROLLED",
      firstPublishedAt: "2023-06-18T14:51:00.000Z",
      firstPublishedPrecision: "MINUTE",
      articles: [{ genre: "REPORT", bylines: [{ name: "GT staff reporters", isStaff: true }] }],
    });
    expect(outlets[2]).toMatchObject({ firstPublishedAt: null, firstPublishedPrecision: "RELATIVE" });
  });

  it("answers whatever a comparison's or a search hit's article is asked, as the article itself answers it", async () => {
    const Deep = graphql(`
      query ComparisonArticlesDeep($key: String!) {
        event(key: $key) {
          discrepancies { claims { article { key body events { totalCount } participants { totalCount }
            agreements { edges { node { summary } } } outlet { name affiliations { affiliation source } } } } }
          agreements(first: 50) { edges { node { comparison { outlets { reports { article { key body
            events { totalCount } participants { totalCount } agreements { edges { node { summary } } }
            outlet { name affiliations { affiliation source } } } } } } } } }
        }
        search(query: "Blinken", first: 3) { edges { node { article { key body events { totalCount }
          participants { totalCount } agreements { edges { node { summary } } }
          outlet { name affiliations { affiliation source } } } } } }
      }
    `);
    const answer = (await api.execute(Deep, { key: SEED_EVENT })).expectData();
    const served = [
      ...(answer.event?.discrepancies ?? []).flatMap((d) => d.claims.map((claim) => claim.article)),
      ...(answer.event?.agreements.edges ?? []).flatMap((edge) =>
        (edge?.node?.comparison.outlets ?? []).flatMap((o) => o.reports.map((report) => report.article)),
      ),
      ...answer.search.edges.map((edge) => edge.node.article),
    ];
    expect(served.length).toBeGreaterThan(8);
    // Each as the article answers when asked for by its own id.
    const ById = graphql(`
      query ArticleByKeyDeep($id: ID!) {
        node(id: $id) { ... on Article { key body events { totalCount } participants { totalCount }
          agreements { edges { node { summary } } } outlet { name affiliations { affiliation source } } } }
      }
    `);
    const ids = new Map(
      (await api.db.prisma.article.findMany({ select: { id: true, key: true } })).map((a) => [a.key, a.id]),
    );
    for (const article of served) {
      const id = Buffer.from(`Article:${ids.get(article.key)}`).toString("base64");
      expect(article).toEqual((await api.execute(ById, { id })).expectData().node);
    }
  });

  it("serves an article's whole body where a comparison lists it, though comparisons load articles without it", async () => {
    const Bodies = graphql(`
      query ComparisonBodies($key: String!) {
        event(key: $key) {
          coverage { outlets { firstArticle { key body } articles { key body } } }
          discrepancies { claims { article { key body } } }
          agreements(first: 50) { edges { node { comparison { outlets { reports { article { key body } } } } } } }
        }
      }
    `);
    const event = (await api.execute(Bodies, { key: SEED_EVENT })).expectData().event;
    const served = [
      ...(event?.coverage.outlets ?? []).flatMap((o) => [o.firstArticle, ...o.articles]),
      ...(event?.discrepancies ?? []).flatMap((d) => d.claims.map((claim) => claim.article)),
      ...(event?.agreements.edges ?? []).flatMap((edge) =>
        (edge?.node?.comparison.outlets ?? []).flatMap((o) => o.reports.map((report) => report.article)),
      ),
    ];
    const stored = new Map(
      (await api.db.prisma.article.findMany({ select: { key: true, body: true } })).map((a) => [
        a.key,
        a.body,
      ]),
    );
    expect(served.length).toBeGreaterThan(8);
    for (const article of served) {
      expect(article.body.length).toBeGreaterThan(500);
      expect(article.body).toBe(stored.get(article.key));
    }
  });
});

describe("agreements across outlets", () => {
  const Agreements = graphql(`
    query AgreementsAcrossOutlets($key: String!) {
      event(key: $key) {
        coverage { outletCount }
        agreements(first: 50) {
          edges {
            node {
              summary
              statusHistory { status on evidence { exact } }
              comparison {
                strongest
                weakest
                strengthDiffers
                silentOutlets { name }
                outlets {
                  outlet { name }
                  strongest
                  reports { strength article { body } evidence { start end exact } }
                }
              }
            }
          }
        }
      }
    }
  `);

  it("gives every agreement its reports per outlet with wording strength, and the outlets that did not report it", async () => {
    const event = (await api.execute(Agreements, { key: SEED_EVENT })).expectData().event;
    const agreements = event?.agreements.edges.map((edge) => edge.node) ?? [];
    expect(agreements.length).toBeGreaterThanOrEqual(5);
    for (const agreement of agreements) {
      const reporting = agreement.comparison.outlets.map((o) => o.outlet.name);
      const silent = agreement.comparison.silentOutlets.map((o) => o.name);
      expect(reporting.length).toBeGreaterThan(0);
      expect(reporting.filter((name) => silent.includes(name))).toEqual([]);
      expect(reporting.length + silent.length).toBe(event?.coverage.outletCount);
      for (const outlet of agreement.comparison.outlets) {
        for (const report of outlet.reports) {
          expect(sliceCodePoints(report.article.body, report.evidence.start, report.evidence.end)).toBe(
            report.evidence.exact,
          );
        }
      }
    }
    const visit = agreements.find((agreement) => agreement.summary.includes("visit"));
    // The Global Times' "expressed his willingness to visit … when it is convenient" is the standard
    // formula of acceptance, graded AGREED like the other outlets' words (prisma/datasets/README.md).
    expect(visit?.comparison).toMatchObject({
      strongest: "AGREED",
      weakest: "AGREED",
      strengthDiffers: false,
      silentOutlets: [],
    });
    expect(visit?.comparison.outlets.find((row) => row.outlet.name === "Global Times")).toMatchObject({
      strongest: "AGREED",
    });
    expect(visit?.statusHistory.map((change) => change.status)).toEqual(["PROPOSED", "AGREED"]);
    const flights = agreements.find((agreement) => agreement.summary.includes("flights"));
    expect(flights?.comparison.strongest).toBe("WILL_EXPLORE");
    expect(flights?.comparison.silentOutlets.map((o) => o.name).sort()).toEqual([
      "BBC News",
      "NHK",
      "US-China Energy Industry Forum",
    ]);
  });
});

describe("where the sources disagree", () => {
  it("separates the dinner-inclusive duration by scope instead of calling it a conflict", async () => {
    const Discrepancies = graphql(`
      query Discrepancies($key: String!) {
        event(key: $key) {
          discrepancies(attribute: "duration") {
            attribute
            verdict
            outletCount
            claims { value normalized qualifier minValue maxValue unit scope article { outlet { name } } }
            scopes { scope verdict }
            sides { scopes min max unit claims { evidence { exact } } }
          }
        }
      }
    `);
    const [duration] =
      (await api.execute(Discrepancies, { key: SEED_EVENT })).expectData().event?.discrepancies ?? [];
    expect(duration?.claims.length).toBeGreaterThanOrEqual(4);
    expect(duration?.outletCount).toBeGreaterThanOrEqual(3);
    expect(duration?.verdict).toBe("EXPLAINED_BY_SCOPE");
    expect(duration?.scopes).toEqual([
      { scope: "talks", verdict: "CONSISTENT" },
      { scope: "talks and dinner", verdict: "CONSISTENT" },
    ]);
    expect(duration?.claims).toContainEqual(
      expect.objectContaining({
        value: "nearly six-hour",
        normalized: "PT6H",
        qualifier: "NEARLY",
        minValue: 324,
        maxValue: 360,
      }),
    );
    const dinner = duration?.sides.find((side) => side.scopes.includes("talks and dinner"));
    expect(dinner).toMatchObject({ min: 450, max: 450, unit: "minute" });
    expect(dinner?.claims[0]?.evidence.exact).toBe("seven-and-a-half-hour meeting that included a dinner");
  });

  const Attributes = graphql(`
    query Attributes($key: String!) {
      event(key: $key) {
        discrepancies {
          attribute
          verdict
          explanation
          shared
          claims { key value attribution article { outlet { name } } }
          sides { value descriptors added missing scopes claims { article { outlet { name } } } }
        }
      }
    }
  `);

  it("compares start times by scope, characterisations as sets, and says why in one sentence", async () => {
    const all = (await api.execute(Attributes, { key: SEED_EVENT })).expectData().event?.discrepancies ?? [];
    const byAttribute = new Map(all.map((comparison) => [comparison.attribute, comparison]));

    // The commentary: talks "on time in the afternoon"; the BBC: Qin greeted Blinken "on Sunday morning".
    const start = byAttribute.get("start time");
    expect(start?.verdict).toBe("EXPLAINED_BY_SCOPE");
    expect(start?.explanation).toBe(
      "The values differ only between scopes: talks 12:00–17:59; welcome 06:00–11:59.",
    );

    const duration = byAttribute.get("duration");
    expect(duration?.explanation).toBe(
      "The values differ only between scopes: talks 330 minutes; talks and dinner 450 minutes.",
    );

    // "candid, in-depth and constructive" (Chinese readout, twice) / "candid and constructive" / "candid".
    const words = byAttribute.get("characterisation");
    expect(words?.verdict).toBe("DIFFERENT_WORDS");
    expect(words?.shared).toEqual(["candid"]);
    expect(words?.explanation).toBe(
      "Every claim uses “candid”; “constructive” and “in-depth” are used by some only.",
    );
    const bbc = words?.sides.find((side) => side.claims.some((c) => c.article.outlet.name === "BBC News"));
    expect(bbc).toMatchObject({ descriptors: ["candid"], added: [], missing: ["constructive", "in-depth"] });
    const nhk = words?.sides.find((side) => side.claims.some((c) => c.article.outlet.name === "NHK"));
    expect(nhk).toMatchObject({
      descriptors: ["candid", "constructive"],
      added: ["constructive"],
      missing: ["in-depth"],
    });
    const readout = words?.sides[0];
    expect(readout?.claims).toHaveLength(2);
    expect(readout).toMatchObject({ descriptors: ["candid", "constructive", "in-depth"], missing: [] });

    // A figure the Global Times credits to "some media" is not served as the paper's own.
    const credited = duration?.claims.find((claim) => claim.key === "gt-duration-media-reports");
    expect(credited).toMatchObject({
      attribution: "some media",
      article: { outlet: { name: "Global Times" } },
    });
    expect(duration?.claims.find((claim) => claim.key === "gt-duration-nearly-six")?.attribution).toBeNull();

    // A single claim explains itself too, and every comparison does.
    expect(byAttribute.get("days")?.explanation).toBe("One claim: 2 days (visit).");
    for (const comparison of all) expect(comparison.explanation.length).toBeGreaterThan(10);
  });
});

describe("who left out what", () => {
  const Omissions = graphql(`
    query Omissions($key: String!, $groupBy: OutletGrouping!) {
      event(key: $key) {
        omissions(groupBy: $groupBy) {
          groupBy
          columns { value outlets { name } }
          rows { kind key label absentIn cells { column { value } presence reporting evidence { exact } } }
        }
      }
    }
  `);

  it("lays out every fact × outlet as present, absent or contradicting, with the words", async () => {
    const matrix = (await api.execute(Omissions, { key: SEED_EVENT, groupBy: "OUTLET" })).expectData().event
      ?.omissions;
    expect(matrix?.columns.map((column) => column.value)).toEqual([
      "Global Times",
      "US-China Energy Industry Forum",
      "NHK",
      "BBC News",
    ]);
    const kinds = new Set(matrix?.rows.map((row) => row.kind));
    expect(kinds).toEqual(new Set(["AGREEMENT", "STATEMENT_GROUP", "CLAIM", "TOPIC"]));
    for (const row of matrix?.rows ?? []) {
      expect(row.cells).toHaveLength(4);
      expect(row.absentIn).toBe(row.cells.filter((cell) => cell.presence === "ABSENT").length);
      for (const cell of row.cells) {
        expect(cell.presence === "ABSENT").toBe(cell.reporting === 0);
        expect(cell.evidence.length > 0).toBe(cell.presence !== "ABSENT");
      }
    }
    // The dinner-inclusive duration is explained by scope, not a contradiction; the BBC gives no duration.
    const duration = matrix?.rows.find((row) => row.key === "claim:duration");
    expect(duration?.cells.map((cell) => cell.presence)).toEqual(["PRESENT", "PRESENT", "PRESENT", "ABSENT"]);
    expect(duration?.cells[2]?.evidence.map((span) => span.exact)).toEqual([
      "seven-and-a-half-hour meeting that included a dinner",
    ]);
    const visit = matrix?.rows.find((row) => row.kind === "AGREEMENT" && /visit/i.test(row.label));
    expect(visit?.cells.every((cell) => cell.presence === "PRESENT")).toBe(true);
  });

  it("groups the columns by outlet kind, country or affiliation in the same query", async () => {
    const byKind = (await api.execute(Omissions, { key: SEED_EVENT, groupBy: "KIND" })).expectData().event
      ?.omissions;
    const byOutlet = (await api.execute(Omissions, { key: SEED_EVENT, groupBy: "OUTLET" })).expectData().event
      ?.omissions;
    const broadcasters = byKind?.columns.find((column) => column.value === "PUBLIC_BROADCASTER");
    expect(broadcasters?.outlets.map((outlet) => outlet.name).sort()).toEqual(["BBC News", "NHK"]);
    expect(byKind?.rows.map((row) => row.key)).toEqual(byOutlet?.rows.map((row) => row.key));
    // A group carries a fact when any of its outlets does.
    for (const [index, row] of (byKind?.rows ?? []).entries()) {
      const outletRow = byOutlet?.rows[index];
      for (const cell of row.cells) {
        const names =
          byKind?.columns.find((c) => c.value === cell.column.value)?.outlets.map((o) => o.name) ?? [];
        const members = outletRow?.cells.filter((c) => names.includes(c.column.value ?? "")) ?? [];
        expect(cell.reporting).toBe(members.filter((c) => c.presence !== "ABSENT").length);
      }
    }
    const byAffiliation = (
      await api.execute(Omissions, { key: SEED_EVENT, groupBy: "AFFILIATION" })
    ).expectData().event?.omissions;
    expect(byAffiliation?.columns.map((column) => column.value)).toContain("STATE_CONTROLLED");
  });
});

describe("who said what, according to whom", () => {
  it("filters statements by speaker name, topic, outlet and mode", async () => {
    const Statements = graphql(`
      query Statements($filter: StatementFilter) {
        statements(first: 50, filter: $filter) {
          totalCount
          edges { node { mode attribution speaker { name } speakerLabel article { outlet { id name } } evidence { exact } topics { topic { id key } } } }
        }
      }
    `);
    const all = (await api.execute(Statements, {})).expectData().statements;
    const qin = (await api.execute(Statements, { filter: { speakerName: "Mr Qin" } })).expectData()
      .statements;
    expect(qin.totalCount).toBeGreaterThanOrEqual(5);
    expect(new Set(qin.edges.map((edge) => edge.node.speaker?.name))).toEqual(new Set(["Qin Gang"]));
    const taiwan = all.edges.flatMap((edge) => edge.node.topics).find((topic) => topic.topic.key === "taiwan")
      ?.topic.id;
    const onTaiwan = (
      await api.execute(Statements, { filter: { topic: taiwan, mode: "REPORTED" } })
    ).expectData().statements;
    expect(onTaiwan.totalCount).toBeGreaterThan(0);
    for (const edge of onTaiwan.edges) {
      expect(edge.node.mode).toBe("REPORTED");
      expect(edge.node.topics.map((topic) => topic.topic.key)).toContain("taiwan");
    }
    const bbc = all.edges.find((edge) => edge.node.article.outlet.name === "BBC News")?.node.article.outlet
      .id;
    const fromBbc = (await api.execute(Statements, { filter: { outlet: bbc } })).expectData().statements;
    expect(fromBbc.totalCount).toBe(
      all.edges.filter((edge) => edge.node.article.outlet.name === "BBC News").length,
    );
    const unnamed = all.edges.find((edge) => edge.node.speakerLabel === "a senior State Department official");
    expect(unnamed?.node).toMatchObject({ speaker: null, article: { outlet: { name: "NHK" } } });
  });

  it("groups the same statement carried by several outlets, each in its own words", async () => {
    const Groups = graphql(`
      query Groups {
        statementGroups(first: 10, filter: { speakerName: "Qin Gang" }) {
          totalCount
          edges { node { summary outletCount speaker { name } statements { attribution article { outlet { name } } evidence { exact } } } }
        }
      }
    `);
    const groups = (await api.execute(Groups)).expectData().statementGroups;
    const taiwan = groups.edges.find((edge) => edge.node.summary.includes("Taiwan"))?.node;
    expect(taiwan?.outletCount).toBe(3);
    expect(taiwan?.statements.map((s) => s.article.outlet.name).sort()).toEqual([
      "BBC News",
      "Global Times",
      "NHK",
    ]);
    expect(new Set(taiwan?.statements.map((s) => s.evidence.exact)).size).toBe(3);
  });

  it("compares the versions of a statement word by word, and finds the same groups from the coverage", async () => {
    const Wordings = graphql(`
      query Wordings($key: String!, $threshold: Float!) {
        statementGroups(first: 20) {
          edges { node { key wording { similarity shared versions { similarity differing statement { key } } } } }
        }
        event(key: $key) {
          computedStatementGroups(threshold: $threshold) {
            speaker { name }
            curated { key }
            wording { similarity shared versions { statement { key article { outlet { name } } } differing } }
          }
        }
      }
    `);
    const data = (await api.execute(Wordings, { key: SEED_EVENT, threshold: 0.4 })).expectData();
    const taiwan = data.statementGroups.edges.find(
      (edge) => edge.node.key === "qin-taiwan-most-prominent-risk",
    )?.node.wording;
    expect(taiwan?.versions).toHaveLength(3);
    expect(taiwan?.shared).toEqual(expect.arrayContaining(["taiwan", "prominent", "risk"]));
    expect(taiwan?.similarity).toBeGreaterThan(0.5);
    for (const version of taiwan?.versions ?? []) {
      expect(version.differing.some((word) => taiwan?.shared.includes(word))).toBe(false);
    }
    // From the coverage alone, the two curated Qin groups come back, and nothing else.
    const computed = data.event?.computedStatementGroups ?? [];
    expect(computed.map((group) => [group.speaker.name, group.curated?.key]).sort()).toEqual([
      ["Qin Gang", "qin-stable-relationship"],
      ["Qin Gang", "qin-taiwan-most-prominent-risk"],
    ]);
    const stable = computed.find((group) => group.curated?.key === "qin-stable-relationship");
    expect(stable?.wording.versions.map((v) => v.statement.article.outlet.name).sort()).toEqual([
      "BBC News",
      "Global Times",
    ]);
    const bad = await api.execute(Wordings, { key: SEED_EVENT, threshold: 0 });
    expect(bad.errors?.[0]?.extensions?.code).toBe("INVALID_INPUT");
  });

  it("traces how a statement reached each outlet, and finds what reached the BBC through Chinese state media", async () => {
    const Chains = graphql(`
      query Chains($filter: StatementFilter) {
        statements(first: 50, filter: $filter) {
          totalCount
          edges {
            node {
              key
              channel { kind label issuer }
              chain { role label channelKind participant { name } outlet { name } }
              article { outlet { id name } }
            }
          }
        }
      }
    `);
    const Sides = graphql(`
      query Sides($key: String!) { event(key: $key) { participants { participant { name } side { id name } } } }
    `);
    const all = (await api.execute(Chains, {})).expectData().statements.edges.map((edge) => edge.node);
    const byKey = new Map(all.map((statement) => [statement.key, statement]));

    // The Global Times cites the Chinese Foreign Ministry's readout.
    const gt = all.find((s) => s.article.outlet.name === "Global Times" && s.channel?.kind === "READOUT");
    expect(gt?.channel).toEqual({
      kind: "READOUT",
      label: "a readout issued by the Chinese Foreign Ministry",
      issuer: "the Chinese Foreign Ministry",
    });
    // The BBC's "state media" is the state-controlled Global Times, which had it from the readout.
    const bbc = byKey.get("bbc-qin-stable-relationship");
    expect(bbc?.chain.map((link) => [link.role, link.label])).toEqual([
      ["SPEAKER", "Qin Gang"],
      ["ISSUER", "the Chinese Foreign Ministry"],
      ["CHANNEL", "a readout issued by the Chinese Foreign Ministry"],
      ["RELAYED_BY", "Global Times"],
      ["CHANNEL", "state media"],
      ["CARRIED_BY", "BBC News"],
    ]);
    expect(bbc?.chain[0]?.participant?.name).toBe("Qin Gang");
    expect(bbc?.chain[4]?.channelKind).toBe("STATE_MEDIA");
    // A statement credited to no one is the speaker and the outlet only.
    const plain = all.find((s) => s.channel === null);
    expect(plain?.chain.map((link) => link.role)).toEqual(["SPEAKER", "CARRIED_BY"]);

    const sides = (await api.execute(Sides, { key: SEED_EVENT })).expectData().event?.participants ?? [];
    const china = sides.find((entry) => entry.participant.name === "Qin Gang")?.side?.id;
    const bbcId = bbc?.article.outlet.id;
    const reached = (
      await api.execute(Chains, { filter: { outlet: bbcId, channels: ["STATE_MEDIA"], speakerSide: china } })
    ).expectData().statements;
    expect(reached.edges.map((edge) => edge.node.key).sort()).toEqual([
      "bbc-qin-stable-relationship",
      "bbc-qin-taiwan-risk",
    ]);
    // The channel filter agrees with each statement's channel, for every kind.
    for (const kind of ["READOUT", "BRIEFING", "STATE_MEDIA", "MEDIA", "OTHER"] as const) {
      const found = (await api.execute(Chains, { filter: { channels: [kind] } })).expectData().statements;
      expect(found.edges.map((edge) => edge.node.key).sort()).toEqual(
        all
          .filter((s) => s.channel?.kind === kind)
          .map((s) => s.key)
          .sort(),
      );
    }
  });
});

describe("search", () => {
  it('finds "Taiwan" in articles and statements, with offsets that slice to the matched words', async () => {
    const Search = graphql(`
      query Search($query: String!, $filter: SearchFilter) {
        search(query: $query, first: 50, filter: $filter) {
          totalCount
          edges { node { kind rank article { body outlet { name } } statement { evidence { start end } } matches { start end exact } } }
        }
      }
    `);
    const result = (await api.execute(Search, { query: "Taiwan" })).expectData().search;
    const kinds = new Set(result.edges.map((edge) => edge.node.kind));
    expect(kinds).toEqual(new Set(["ARTICLE", "STATEMENT"]));
    expect(result.totalCount).toBe(result.edges.length);
    for (const { node } of result.edges) {
      expect(node.matches.length).toBeGreaterThan(0);
      for (const match of node.matches) {
        expect(sliceCodePoints(node.article.body, match.start, match.end)).toBe(match.exact);
        expect(match.exact.toLowerCase()).toBe("taiwan");
        if (node.statement) {
          expect(match.start).toBeGreaterThanOrEqual(node.statement.evidence.start);
          expect(match.end).toBeLessThanOrEqual(node.statement.evidence.end);
        }
      }
    }
    const ranks = result.edges.map((edge) => edge.node.rank);
    expect(ranks).toEqual(ranks.toSorted((a, b) => b - a));
  });

  it("narrows hits by outlet, kind and date, and refuses bad input with a code", async () => {
    const Search = graphql(`
      query NarrowSearch($query: String!, $filter: SearchFilter) {
        search(query: $query, first: 50, filter: $filter) { totalCount edges { node { kind article { outlet { name } publishedAt } } } }
      }
    `);
    const gtFrom = "2023-06-18T12:00:00Z";
    const dated = (
      await api.execute(Search, { query: "Taiwan", filter: { kinds: ["ARTICLE"], publishedFrom: gtFrom } })
    ).expectData();
    expect(dated.search.edges.map((edge) => edge.node.article.outlet.name)).toEqual(["Global Times"]);
    const bad = await api.execute(Search, {
      query: "Taiwan",
      filter: { publishedFrom: gtFrom, publishedTo: "2020-01-01T00:00:00Z" },
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe("INVALID_INPUT");
    const empty = await api.execute(Search, { query: "   " });
    expect(empty.errors?.[0]?.extensions?.code).toBe("INVALID_INPUT");
  });
});

describe("filtering and ordering", () => {
  const Articles = graphql(`
    query FilteredArticles($filter: ArticleFilter, $orderBy: ArticleOrder) {
      articles(first: 20, filter: $filter, orderBy: $orderBy) {
        totalCount
        edges { node { title publishedAt outlet { name country kind } } }
      }
    }
  `);

  it("filters by outlet country and kind, publication dates, participant, topic and event", async () => {
    const byCountry = (
      await api.execute(Articles, { filter: { outletCountries: ["gb", "JP"] } })
    ).expectData().articles;
    expect(byCountry.edges.map((edge) => edge.node.outlet.name).sort()).toEqual(["BBC News", "NHK"]);
    expect(byCountry.totalCount).toBe(2);
    const byKind = (
      await api.execute(Articles, { filter: { outletKinds: ["STATE_MEDIA", "THINK_TANK"] } })
    ).expectData().articles;
    expect(byKind.totalCount).toBe(2);
    const dated = (
      await api.execute(Articles, {
        filter: { publishedFrom: "2023-06-18T12:00:00Z", publishedTo: "2023-06-19T00:00:00Z" },
      })
    ).expectData().articles;
    expect(dated.edges.map((edge) => edge.node.outlet.name)).toEqual(["Global Times"]);

    const Ids = graphql(`
      query Ids { participants(first: 1, name: "Joe Biden") { edges { node { id } } } topics(first: 20) { edges { node { id key } } } events(first: 1) { edges { node { id } } } }
    `);
    const ids = (await api.execute(Ids)).expectData();
    const biden = ids.participants.edges[0]?.node.id;
    const fentanyl = ids.topics.edges.find((edge) => edge.node.key === "fentanyl")?.node.id;
    const event = ids.events.edges[0]?.node.id;
    const naming = (await api.execute(Articles, { filter: { participant: biden } })).expectData().articles;
    expect(naming.edges.map((edge) => edge.node.outlet.name).sort()).toEqual([
      "BBC News",
      "US-China Energy Industry Forum",
    ]);
    const raising = (await api.execute(Articles, { filter: { topic: fentanyl, event } })).expectData()
      .articles;
    expect(raising.edges.map((edge) => edge.node.outlet.name)).toEqual(["BBC News"]);
  });

  it("orders by publication, undated last, and keeps totalCount on nested connections", async () => {
    // The commentary's "June 18" (day precision) may be any time that day, so it is the newest.
    const newest = (await api.execute(Articles, { orderBy: "PUBLISHED_DESC" })).expectData().articles;
    expect(newest.edges.map((edge) => edge.node.publishedAt)).toEqual([
      "2023-06-18T00:00:00.000Z",
      "2023-06-18T14:51:00.000Z",
      null,
      null,
    ]);
    const Nested = graphql(`
      query Nested { events(first: 1) { edges { node { articles(first: 10, filter: { outletKinds: [PUBLIC_BROADCASTER] }) { totalCount edges { node { outlet { kind } } } } } } } }
    `);
    const nested = (await api.execute(Nested)).expectData().events.edges[0]?.node.articles;
    expect(nested?.totalCount).toBe(2);
    expect(nested?.edges.every((edge) => edge.node.outlet.kind === "PUBLIC_BROADCASTER")).toBe(true);
  });

  it("refuses a bad filter at the edge with a stable code", async () => {
    for (const [filter, code] of [
      [{ outletCountries: ["Britain"] }, "INVALID_INPUT"],
      [{ publishedFrom: "2024-01-01T00:00:00Z", publishedTo: "2023-01-01T00:00:00Z" }, "INVALID_INPUT"],
      [{ participant: Buffer.from("Outlet:x").toString("base64") }, "INVALID_ID"],
    ] as const) {
      const result = await api.execute(Articles, { filter: filter as never });
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(filter)).toBe(code);
    }
  });
});

describe("participants over time", () => {
  it("gives roles with dates, events with sides and statements, whichever alias is asked", async () => {
    const Participant = graphql(`
      query ParticipantOverTime($name: String!) {
        participants(first: 2, name: $name) {
          edges {
            node {
              name
              roles { title validFrom validTo organization { name } evidence { exact } }
              events { side { name } event { title } }
              statements(first: 20) { totalCount }
              articles(first: 10) { totalCount }
            }
          }
        }
      }
    `);
    const qin = (await api.execute(Participant, { name: "qin" })).expectData().participants.edges;
    expect(qin).toHaveLength(1);
    const node = qin[0]?.node;
    expect(node?.roles.map((role) => [role.title, role.validFrom, role.validTo])).toEqual([
      ["Chinese Ambassador to the United States", "2021-07-28", "2022-12-30"],
      ["Foreign Minister of China", "2022-12-30", "2023-07-25"],
      ["State Councilor of China", "2023-03-12", "2023-10-24"],
    ]);
    expect(node?.events).toEqual([
      { side: { name: "China" }, event: { title: "Blinken–Qin talks in Beijing" } },
    ]);
    expect(node?.statements.totalCount).toBeGreaterThanOrEqual(5);
    expect(node?.articles.totalCount).toBe(4);
    const misspelt = (await api.execute(Participant, { name: "Anthony Blinken" })).expectData().participants
      .edges;
    expect(misspelt.map((edge) => edge.node.name)).toEqual(["Antony Blinken"]);
  });
});
