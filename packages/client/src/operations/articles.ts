import type { ReadoutClient } from "../client.ts";
import { graphql, readFragment, type VariablesOf } from "../graphql.ts";
import { type Progress, paginate } from "../paginate.ts";

export const ArticleSummaryFragment = graphql(`
  fragment ArticleSummary on Article {
    id
    key
    title
    url
    publishedAt
    publishedPrecision
    publishedText
    genre
    language
    bylines { name isStaff }
    outlet { key name country kind homepage }
    sourceDocument { url capturedAt }
  }
`);

export const ArticlesQuery = graphql(
  `
  query Articles($first: Int!, $after: String, $filter: ArticleFilter, $withBody: Boolean!) {
    articles(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...ArticleSummary body @include(if: $withBody) } }
    }
  }
`,
  [ArticleSummaryFragment],
);

export interface ListOptions<Filter> {
  filter?: Filter | undefined;
  pageSize?: number | undefined;
  onPage?: ((progress: Progress) => void) | undefined;
}

/** Every article (optionally narrowed), page by page; with `withBody` each carries its full text. */
export async function* eachArticle(
  client: ReadoutClient,
  options: ListOptions<VariablesOf<typeof ArticlesQuery>["filter"]> & { withBody?: boolean } = {},
) {
  const pages = paginate(async (after) => {
    const data = await client.execute(ArticlesQuery, {
      first: options.pageSize ?? 50,
      after,
      filter: options.filter,
      withBody: options.withBody ?? false,
    });
    return data.articles;
  }, options.onPage);
  for await (const node of pages) yield { ...readFragment(ArticleSummaryFragment, node), body: node.body };
}
