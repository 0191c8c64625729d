/**
 * What the dashboard asks the API for. It asks for more than the report the CLI prints (evidence with its
 * article, channels and chains, the omission matrix, passages), so it has operations of its own; they live
 * here with the others, so that every document Readout sends is typed against the committed schema and
 * checked against the API's limits by the test suite.
 */
import { graphql } from "../graphql.ts";

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
