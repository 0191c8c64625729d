/** An event and the comparison of its coverage, as the report and the dashboard show it. */
import type { ReadoutClient } from "../client.ts";
import { graphql, type ResultOf } from "../graphql.ts";

export const EventsQuery = graphql(`
  query Events {
    events(first: 100) {
      totalCount
      edges { node { id key title startsAt startPrecision place } }
    }
  }
`);

export const EventReportQuery = graphql(`
  query EventReport($key: String!) {
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
        byKind { value outlets articles }
        byCountry { value outlets articles }
        byStateAffiliation { value outlets articles }
        outlets {
          outlet { id name country kind }
          stateAffiliation
          firstPublishedAt
          firstPublishedPrecision
          articles { key title genre url publishedAt publishedPrecision publishedText sourceDocument { url } }
        }
      }
      agreements(first: 100) {
        totalCount
        edges {
          node {
            id
            summary
            statusHistory { status on note }
            comparison {
              strongest
              weakest
              strengthDiffers
              silentOutlets { id name }
              outlets {
                outlet { id name }
                strongest
                reports { strength evidence { exact } }
              }
            }
          }
        }
      }
      discrepancies {
        attribute
        verdict
        explanation
        scopes { scope verdict }
        sides {
          scopes
          min
          max
          unit
          value
          outlets { name }
          claims { value qualifier scope minValue maxValue unit attribution article { key outlet { id name } } evidence { exact } }
        }
      }
      statementGroups { summary outletCount speaker { name } statements { article { outlet { name } } evidence { exact } } }
    }
  }
`);

export const EventStatementsQuery = graphql(`
  query EventStatements($event: ID!) {
    statements(first: 100, filter: { event: $event }) {
      totalCount
      edges {
        node {
          mode
          attribution
          speakerLabel
          speaker { name }
          group { key }
          article { key outlet { name } }
          evidence { exact }
        }
      }
    }
  }
`);

export type EventReport = NonNullable<ResultOf<typeof EventReportQuery>["event"]> & {
  statements: ResultOf<typeof EventStatementsQuery>["statements"]["edges"][number]["node"][];
};

/** The expected ways a report can fail, as values rather than exceptions. */
export type EventReportResult =
  | { ok: true; report: EventReport }
  | { ok: false; code: "EVENT_NOT_FOUND"; message: string };

/** The comparison of one event's coverage: coverage, agreements across outlets, discrepancies, statements. */
export async function getEventReport(client: ReadoutClient, key: string): Promise<EventReportResult> {
  const { event } = await client.execute(EventReportQuery, { key });
  if (!event) return { ok: false, code: "EVENT_NOT_FOUND", message: `No event has the key "${key}".` };
  const { statements } = await client.execute(EventStatementsQuery, { event: event.id });
  return { ok: true, report: { ...event, statements: statements.edges.map((edge) => edge.node) } };
}

/** Every event, for pickers. */
export async function listEvents(client: ReadoutClient) {
  const { events } = await client.execute(EventsQuery);
  return events.edges.map((edge) => edge.node);
}
