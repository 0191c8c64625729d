/** Typed operations the consumers of the API share. */
import type { ReadoutClient } from "./client.ts";
import { graphql, type ResultOf, readFragment } from "./graphql.ts";

export const ArticleSummaryFragment = graphql(`
  fragment ArticleSummary on Article {
    id
    title
    publishedAt
    publishedPrecision
    publishedText
    genre
    outlet { name country kind }
  }
`);

export const ArticlesQuery = graphql(
  `
  query Articles($first: Int!, $after: String) {
    articles(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...ArticleSummary } }
    }
  }
`,
  [ArticleSummaryFragment],
);

export const AgreementReportsQuery = graphql(`
  query AgreementReports($first: Int!, $after: String) {
    agreements(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          summary
          event { title }
          reports(first: 100) {
            totalCount
            edges {
              node {
                strength
                article { title outlet { name country } }
                evidence { start end exact }
              }
            }
          }
        }
      }
    }
  }
`);

export type AgreementWithReports = NonNullable<
  ResultOf<typeof AgreementReportsQuery>["agreements"]["edges"][number]
>["node"];

/** Every article, page by page. */
export async function* eachArticle(client: ReadoutClient, pageSize = 50) {
  let after: string | null = null;
  do {
    const page: ResultOf<typeof ArticlesQuery> = await client.execute(ArticlesQuery, {
      first: pageSize,
      after,
    });
    for (const edge of page.articles.edges) yield readFragment(ArticleSummaryFragment, edge.node);
    after = page.articles.pageInfo.hasNextPage ? page.articles.pageInfo.endCursor : null;
  } while (after);
}

/** Every agreement with every report of it, page by page. */
export async function* eachAgreement(client: ReadoutClient, pageSize = 20) {
  let after: string | null = null;
  do {
    const page: ResultOf<typeof AgreementReportsQuery> = await client.execute(AgreementReportsQuery, {
      first: pageSize,
      after,
    });
    for (const edge of page.agreements.edges) yield edge.node;
    after = page.agreements.pageInfo.hasNextPage ? page.agreements.pageInfo.endCursor : null;
  } while (after);
}
