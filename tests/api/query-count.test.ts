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
    const { file } = await writeSyntheticDataset({ articles: 60, outlets: 12, prefix: "nplusone" });
    await loadDatasetFile(api.db.prisma, file);
    const large = await measure();
    expect(large.rows).toBeGreaterThan(small.rows * 3);
    expect(large.statements).toBe(small.statements);
    // One statement per level of the query, batched across parents, plus the root counts.
    expect(small.statements).toBeLessThanOrEqual(20);
    console.info(
      `deep query: ${small.statements} SQL statements for ${small.rows} rows, ${large.statements} for ${large.rows}`,
    );
  });
});
