/** Page-by-page reads of the corpus for exports: agreements with their reports, statements and claims. */
import type { ReadoutClient } from "../client.ts";
import { graphql, type VariablesOf } from "../graphql.ts";
import { paginate } from "../paginate.ts";
import type { ListOptions } from "./articles.ts";

export const AgreementsQuery = graphql(`
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
                article { key title outlet { name country } }
                evidence { start end exact }
              }
            }
          }
        }
      }
    }
  }
`);

export const StatementsQuery = graphql(`
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
          speakerLabel
          speaker { key name }
          group { key summary }
          article { key title outlet { name country } }
          evidence { start end exact }
          topics { topic { key } }
        }
      }
    }
  }
`);

export const ClaimsQuery = graphql(`
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
          event { key }
          article { key title outlet { name country } }
          evidence { start end exact }
        }
      }
    }
  }
`);

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
