/** A few lines of DOM building, so the dashboard needs no framework. */
type Props = {
  className?: string;
  id?: string;
  title?: string;
  value?: string;
  scope?: string;
  role?: string;
  "aria-label"?: string;
  dataset?: Record<string, string>;
};

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  children: Node[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  const { dataset, ...attributes } = props;
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) node.setAttribute(name === "className" ? "class" : name, value);
  }
  Object.assign(node.dataset, dataset);
  node.append(...children);
  return node;
}

export const text = (value: string) => document.createTextNode(value);
