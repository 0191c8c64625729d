import { graphql } from "@readout/client";
import { loadDatasetFile } from "@readout/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type TestApi } from "../kit/api.ts";
import { countQueries } from "../kit/database.ts";
import { writeSyntheticDataset } from "../kit/synthetic.ts";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api?.close());

const Deep = graphql(`
  query DeepCoverage {
    outlets(first: 100) {
      totalCount
      edges {
        node {
          name
          affiliations { affiliation }
          articles(first: 20) {
            totalCount
            edges {
              node {
                title
                bylines { name }
                participants(first: 10) { totalCount edges { node { name roles { title } } } }
                agreements(first: 10) { edges { node { summary } } }
                statements(first: 10) { totalCount edges { node { speaker { name } evidence { exact } } } }
              }
            }
          }
        }
      }
    }
    agreements(first: 100) {
      totalCount
      edges {
        node {
          summary
          reports(first: 20) {
            totalCount
            edges { node { strength evidence { exact } article { title outlet { name country } } } }
          }
        }
      }
    }
  }
`);

const Comparison = graphql(`
  query DeepComparison {
    events(first: 100) {
      edges {
        node {
          title
          coverage {
            outletCount
            byKind { value outlets }
            outlets { outlet { name country } stateAffiliation firstPublishedAt articles { title } }
          }
          agreements(first: 50) {
            totalCount
            edges {
              node {
                summary
                comparison {
                  strengthDiffers
                  silentOutlets { name }
                  outlets { outlet { name } strongest reports { strength evidence { exact } } }
                }
              }
            }
          }
          discrepancies { attribute verdict sides { min max claims { value evidence { exact } article { outlet { name } } } } }
          statementGroups { summary outletCount statements { article { outlet { name } } evidence { exact } } }
        }
      }
    }
  }
`);

async function measureComparison() {
  const { result, queries } = await countQueries(api.db, () => api.execute(Comparison));
  const data = result.expectData();
  const rows = data.events.edges.reduce(
    (sum, edge) =>
      sum +
      edge.node.coverage.outlets.length +
      edge.node.agreements.edges.length +
      edge.node.discrepancies.length,
    0,
  );
  return { statements: queries.length, rows };
}

async function measure() {
  const { result, queries } = await countQueries(api.db, () => api.execute(Deep));
  const data = result.expectData();
  const rows =
    data.outlets.edges.reduce((sum, edge) => sum + edge.node.articles.edges.length, 0) +
    data.agreements.edges.reduce((sum, edge) => sum + edge.node.reports.edges.length, 0);
  return { statements: queries.length, rows };
}

describe("nested queries", () => {
  it("issue a fixed number of SQL statements, however many rows they return", async () => {
    const small = await measure();
    const smallComparison = await measureComparison();
    const { file } = await writeSyntheticDataset({ articles: 60, outlets: 12, prefix: "nplusone" });
    await loadDatasetFile(api.db.prisma, file);
    const second = await writeSyntheticDataset({ articles: 30, outlets: 6, prefix: "second" });
    await loadDatasetFile(api.db.prisma, second.file);
    const large = await measure();
    const largeComparison = await measureComparison();
    expect(largeComparison.rows).toBeGreaterThan(smallComparison.rows * 3);
    expect(largeComparison.statements).toBe(smallComparison.statements);
    console.info(
      `deep comparison query: ${smallComparison.statements} SQL statements for ${smallComparison.rows} rows, ${largeComparison.statements} for ${largeComparison.rows}`,
    );
    expect(large.rows).toBeGreaterThan(small.rows * 3);
    expect(large.statements).toBe(small.statements);
    // Prisma joins the levels of what the compiled reads leave to the resolvers (the comparison fields,
    // an article's distinct agreements), so the counts stay a small constant.
    expect(small.statements).toBeLessThanOrEqual(5);
    // The events with their agreements; every comparison's facts (event-facts.ts); the statement groups.
    expect(smallComparison.statements).toBeLessThanOrEqual(3);
    console.info(
      `deep query: ${small.statements} SQL statements for ${small.rows} rows, ${large.statements} for ${large.rows}`,
    );
  });
});
