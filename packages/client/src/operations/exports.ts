/**
 * Page-by-page reads of the corpus for exports: agreements with their reports, statements and claims, each
 * fact with what a footnote needs — the article's title, outlet, address and publication date with its
 * precision — and the quoted words with the body's characters either side.
 */
import type { ReadoutClient } from "../client.ts";
import { graphql, type ResultOf, type VariablesOf } from "../graphql.ts";
import { paginate } from "../paginate.ts";
import type { ListOptions } from "./articles.ts";

/** What a citation of an article needs (CSL-JSON included). */
export const CitedArticleFragment = graphql(`
  fragment CitedArticle on Article @_unmask {
    key
    title
    url
    publishedAt
    publishedPrecision
    publishedText
    language
    genre
    bylines { name isStaff }
    outlet { name country kind homepage }
    sourceDocument { url capturedAt }
  }
`);
export type CitedArticle = ResultOf<typeof CitedArticleFragment>;

/** The quoted words, their offsets, and the body's characters just before and after them. */
export const QuotedWordsFragment = graphql(`
  fragment QuotedWords on EvidenceSpan @_unmask {
    start
    end
    exact
    prefix
    suffix
  }
`);
export type QuotedWords = ResultOf<typeof QuotedWordsFragment>;

export const AgreementsQuery = graphql(
  `
  query Agreements($first: Int!, $after: String, $filter: AgreementFilter) {
    agreements(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          key
          summary
          event { key title }
          statusHistory { status on }
          reports(first: 100) {
            totalCount
            edges {
              node {
                strength
                article { ...CitedArticle }
                evidence { ...QuotedWords }
              }
            }
          }
        }
      }
    }
  }
`,
  [CitedArticleFragment, QuotedWordsFragment],
);

export const StatementsQuery = graphql(
  `
  query Statements($first: Int!, $after: String, $filter: StatementFilter) {
    statements(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          key
          mode
          attribution
          channel { kind issuer }
          speakerLabel
          speaker { key name }
          group { key summary }
          article { ...CitedArticle }
          evidence { ...QuotedWords }
          topics { topic { key } }
        }
      }
    }
  }
`,
  [CitedArticleFragment, QuotedWordsFragment],
);

export const ClaimsQuery = graphql(
  `
  query Claims($first: Int!, $after: String, $filter: ClaimFilter) {
    claims(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          key
          attribute
          value
          normalized
          qualifier
          minValue
          maxValue
          unit
          scope
          attribution
          event { key }
          article { ...CitedArticle }
          evidence { ...QuotedWords }
        }
      }
    }
  }
`,
  [CitedArticleFragment, QuotedWordsFragment],
);

export function eachAgreement(
  client: ReadoutClient,
  options: ListOptions<VariablesOf<typeof AgreementsQuery>["filter"]> = {},
) {
  return paginate(async (after) => {
    const data = await client.execute(AgreementsQuery, {
      first: options.pageSize ?? 20,
      after,
      filter: options.filter,
    });
    return data.agreements;
  }, options.onPage);
}

export function eachStatement(
  client: ReadoutClient,
  options: ListOptions<VariablesOf<typeof StatementsQuery>["filter"]> = {},
) {
  return paginate(async (after) => {
    const data = await client.execute(StatementsQuery, {
      first: options.pageSize ?? 50,
      after,
      filter: options.filter,
    });
    return data.statements;
  }, options.onPage);
}

export function eachClaim(
  client: ReadoutClient,
  options: ListOptions<VariablesOf<typeof ClaimsQuery>["filter"]> = {},
) {
  return paginate(async (after) => {
    const data = await client.execute(ClaimsQuery, {
      first: options.pageSize ?? 50,
      after,
      filter: options.filter,
    });
    return data.claims;
  }, options.onPage);
}
