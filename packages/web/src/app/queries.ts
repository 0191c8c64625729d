/**
 * What the dashboard asks the API for, typed against the committed schema. The dashboard asks for more than
 * the report the CLI prints (evidence with its article, channels, the omission matrix, passages), so it keeps
 * its own operations rather than widening the shared report query.
 */
import { graphql, type ReadoutClient, type ResultOf } from "@readout/client";

export const DashboardEventQuery = graphql(`
  query DashboardEvent($key: String!) {
    event(key: $key) {
      id
      key
      title
      startsAt
      startPrecision
      place
      country
      coverage {
        articleCount
        outletCount
        byKind { value outlets }
        byCountry { value outlets }
        outlets {
          outlet { id name country kind }
          stateAffiliation
          firstPublishedAt
          firstPublishedPrecision
          articles { key title genre url publishedAt publishedPrecision publishedText sourceDocument { url capturedAt } }
        }
      }
      agreements(first: 100) {
        edges {
          node {
            id
            summary
            statusHistory { status on note }
            comparison {
              outlets {
                outlet { id name }
                strongest
                reports { strength evidence { exact prefix suffix article { title url publishedAt publishedPrecision publishedText sourceDocument { url capturedAt } outlet { id name } } } }
              }
            }
          }
        }
      }
      discrepancies {
        attribute
        verdict
        explanation
        shared
        sides {
          scopes
          min
          max
          unit
          value
          descriptors
          added
          missing
          outlets { name }
          claims {
            value qualifier scope minValue maxValue unit normalized attribution
            article { title url publishedAt publishedPrecision publishedText sourceDocument { url capturedAt } outlet { id name } }
            evidence { exact prefix suffix }
          }
        }
      }
      statementGroups {
        key
        summary
        outletCount
        speaker { name }
        statements {
          mode
          attribution
          channel { kind label issuer }
          article { title url publishedAt publishedPrecision publishedText sourceDocument { url capturedAt } outlet { id name } }
          evidence { exact }
        }
      }
    }
  }
`);

export const DashboardStatementsQuery = graphql(`
  query DashboardStatements($event: ID!) {
    statements(first: 100, filter: { event: $event }) {
      edges {
        node {
          key
          mode
          attribution
          speakerLabel
          speaker { name }
          channel { kind label issuer }
          chain { role label channelKind }
          group { key }
          article { title url publishedAt publishedPrecision publishedText sourceDocument { url capturedAt } outlet { id name } }
          evidence { exact prefix suffix }
        }
      }
    }
  }
`);

export const OmissionsQuery = graphql(`
  query DashboardOmissions($key: String!, $groupBy: OutletGrouping!) {
    event(key: $key) {
      omissions(groupBy: $groupBy) {
        groupBy
        columns { value outlets { name } }
        rows {
          key
          kind
          label
          absentIn
          cells { presence reporting evidence { exact article { title url outlet { name } } } }
        }
      }
    }
  }
`);

export const PassagesQuery = graphql(`
  query DashboardPassages($query: String!, $filter: PassageFilter) {
    passages(query: $query, filter: $filter, first: 30) {
      articleCount
      edges {
        node {
          text
          start
          kind
          complete
          highlights { start end exact }
          article { title url publishedAt publishedPrecision publishedText sourceDocument { url capturedAt } outlet { id name } }
        }
      }
    }
  }
`);

export type DashboardEvent = NonNullable<ResultOf<typeof DashboardEventQuery>["event"]>;
export type DashboardStatement = ResultOf<
  typeof DashboardStatementsQuery
>["statements"]["edges"][number]["node"];
export type Omissions = NonNullable<ResultOf<typeof OmissionsQuery>["event"]>["omissions"];
export type Passage = ResultOf<typeof PassagesQuery>["passages"]["edges"][number]["node"];
export type ArticleRef = DashboardStatement["article"];

export interface Dashboard {
  event: DashboardEvent;
  statements: DashboardStatement[];
}

/** The event's report and its statements; null when no event has the key. */
export async function loadDashboard(client: ReadoutClient, key: string): Promise<Dashboard | null> {
  const { event } = await client.execute(DashboardEventQuery, { key });
  if (!event) return null;
  const { statements } = await client.execute(DashboardStatementsQuery, { event: event.id });
  return { event, statements: statements.edges.map((edge) => edge.node) };
}
