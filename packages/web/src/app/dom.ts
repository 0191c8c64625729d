/** A few lines of DOM building, so the dashboard needs no framework. */
type Props = {
  [attribute: string]: string | Record<string, string> | undefined;
  dataset?: Record<string, string>;
};

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  const { dataset, ...attributes } = props;
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === "string") node.setAttribute(name === "className" ? "class" : name, value);
  }
  Object.assign(node.dataset, dataset);
  node.append(...children);
  return node;
}

export const text = (value: string) => document.createTextNode(value);

/**
 * Words as an article prints them, set off by style rather than by added quotation marks, so quotes that
 * carry their own marks (or end inside a quotation) are never doubled.
 */
export const words = (exact: string, className = "words") => element("span", { className }, [exact]);

export interface ArticleLike {
  title: string;
  url: string | null;
  sourceDocument?: { url: string | null };
  outlet?: { name: string };
}

/**
 * An address that is safe to link: http or https only. Addresses come from the pages themselves (a canonical
 * link, og:url), so a `javascript:` one must never become a link on this page.
 */
export function webAddress(address: string | null | undefined): string | null {
  if (!address) return null;
  try {
    const url = new URL(address);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** An article's headline, linked to where it was published (or the captured page) when that is known. */
export function articleTitle(article: ArticleLike): HTMLElement {
  const href = webAddress(article.url) ?? webAddress(article.sourceDocument?.url ?? null);
  const title = element("cite", {}, [article.title]);
  return href ? element("a", { href, rel: "noopener" }, [title]) : title;
}

/**
 * A disclosure: the summary is always shown, the body on click, Enter or Space, and always in print
 * (app.css opens closed details for print).
 */
export function disclosure(
  summary: (Node | string)[],
  body: (Node | string)[],
  className = "",
): HTMLDetailsElement {
  return element("details", { className }, [
    element("summary", {}, summary),
    element("div", { className: "detail" }, body),
  ]);
}
