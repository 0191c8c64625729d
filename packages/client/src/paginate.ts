/** A page of a Relay connection, as every list of the API returns it. */
export interface Page<Node> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: readonly { node: Node }[];
}

export interface Progress {
  /** Items yielded so far. */
  done: number;
  /** Items in the whole list. */
  total: number;
}

/**
 * Follows a connection page by page, yielding its nodes; `onPage` hears after each page how far it got.
 * Stops at the first page that says there is no next one.
 */
export async function* paginate<Node>(
  fetchPage: (after: string | null) => Promise<Page<Node>>,
  onPage?: (progress: Progress) => void,
): AsyncGenerator<Node> {
  let after: string | null = null;
  let done = 0;
  do {
    const page: Page<Node> = await fetchPage(after);
    for (const edge of page.edges) {
      done += 1;
      yield edge.node;
    }
    onPage?.({ done, total: page.totalCount });
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
}
