/** The dashboard's data: its operations are the client's (@readout/client, operations/dashboard.ts). */
import {
  DashboardEventQuery,
  DashboardStatementsQuery,
  OmissionsQuery,
  PassagesQuery,
  type ReadoutClient,
  type ResultOf,
} from "@readout/client";

export { DashboardEventQuery, DashboardStatementsQuery, OmissionsQuery, PassagesQuery };

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
