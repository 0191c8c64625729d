/**
 * The coverage dashboard: one event's coverage, agreements across outlets, who left out what, the claims and
 * their verdicts, statement groups with the words that differ, who said what through which channel, passage
 * search, and an export of what is on the page.
 */
import { createClient, listEvents } from "@readout/client";
import { diffWords } from "diff";
import { renderClaimCharts, resizeCharts } from "./charts.ts";
import { articleTitle, disclosure, element, text, words } from "./dom.ts";
import { downloadCsv, downloadJson } from "./export.ts";
import { countryName, day, groupLabel, label, publication } from "./labels.ts";
import {
  type Dashboard,
  type DashboardStatement,
  loadDashboard,
  type Omissions,
  OmissionsQuery,
  PassagesQuery,
} from "./queries.ts";

const client = createClient({ url: "/graphql" });
const picker = document.querySelector("#event") as HTMLSelectElement;
const status = document.querySelector("#status") as HTMLElement;
const grouping = document.querySelector("#group-by") as HTMLSelectElement;

let current: Dashboard | null = null;
let omissions: Omissions | null = null;

const section = (id: string) => document.querySelector(`#${id}`) as HTMLElement;

// Wide tables scroll inside their box: the box is a named region that takes keyboard focus, so that it can
// be scrolled without a mouse (set here rather than in the page's HTML, as the coverage table's box is).
for (const box of document.querySelectorAll<HTMLElement>("[data-scroll-label]")) {
  box.setAttribute("role", "region");
  box.setAttribute("aria-label", box.dataset.scrollLabel ?? "");
  box.tabIndex = 0;
}

function renderCoverage({ event }: Dashboard) {
  const { coverage } = event;
  const counts = element("p", { className: "counts" }, [
    element("span", {}, [`${coverage.articleCount} articles from ${coverage.outletCount} outlets`]),
    ...coverage.byKind.map((count) =>
      element("span", {}, [`${label("outletKind", count.value)}: ${count.outlets}`]),
    ),
    ...coverage.byCountry.map((count) =>
      element("span", {}, [`${countryName(count.value)}: ${count.outlets}`]),
    ),
  ]);
  const rows = coverage.outlets.map((entry) =>
    element("tr", { dataset: { outlet: entry.outlet.name } }, [
      element("th", { scope: "row" }, [entry.outlet.name]),
      element("td", {}, [countryName(entry.outlet.country)]),
      element("td", {}, [label("outletKind", entry.outlet.kind)]),
      element("td", {}, [label("affiliation", entry.stateAffiliation, "no assertion recorded")]),
      element(
        "td",
        {},
        entry.articles.map((article) =>
          element("div", { className: "article" }, [
            articleTitle(article),
            element("div", { className: "meta" }, [
              `${label("genre", article.genre)} · ${publication(article)}`,
            ]),
          ]),
        ),
      ),
    ]),
  );
  section("coverage-body").replaceChildren(
    counts,
    element(
      "div",
      { className: "scroll", tabindex: "0", role: "region", "aria-label": "Outlets that covered the event" },
      [
        element("table", { id: "coverage-table" }, [
          element("thead", {}, [
            element(
              "tr",
              {},
              ["Outlet", "Country", "Kind", "State affiliation", "Articles"].map((h) =>
                element("th", { scope: "col" }, [h]),
              ),
            ),
          ]),
          element("tbody", {}, rows),
        ]),
      ],
    ),
  );
}

function renderAgreements({ event }: Dashboard) {
  const outlets = event.coverage.outlets.map((entry) => entry.outlet);
  const header = element("tr", {}, [
    element("th", { scope: "col" }, ["Agreement"]),
    ...outlets.map((outlet) => element("th", { scope: "col" }, [outlet.name])),
  ]);
  const rows = event.agreements.edges.map(({ node: agreement }) => {
    const byOutlet = new Map(agreement.comparison.outlets.map((row) => [row.outlet.id, row]));
    return element("tr", { dataset: { agreement: agreement.summary } }, [
      element("th", { scope: "row" }, [
        agreement.summary,
        element("div", { className: "meta" }, [
          agreement.statusHistory
            .map((change) => `${label("status", change.status)} ${day(change.on)}`)
            .join(" → "),
        ]),
      ]),
      ...outlets.map((outlet) => {
        const row = byOutlet.get(outlet.id);
        if (!row)
          return element("td", { className: "cell silent" }, [
            element("span", { className: "meta" }, ["not reported"]),
          ]);
        const strength = label("strength", row.strongest);
        return element("td", { className: "cell", dataset: { strength: row.strongest } }, [
          disclosure(
            [element("span", { className: `strength ${row.strongest}` }, [strength])],
            row.reports.map((report) =>
              element("p", {}, [
                words(report.evidence.exact),
                element("span", { className: "meta" }, [
                  ` (${label("strength", report.strength)}) — `,
                  articleTitle(report.evidence.article),
                ]),
              ]),
            ),
          ),
        ]);
      }),
    ]);
  });
  section("matrix").replaceChildren(
    element("table", { id: "matrix-table" }, [element("thead", {}, [header]), element("tbody", {}, rows)]),
  );
}

async function loadOmissions(key: string) {
  const result = await client.execute(OmissionsQuery, { key, groupBy: grouping.value as "OUTLET" });
  omissions = result.event?.omissions ?? null;
  renderOmissions();
}

function renderOmissions() {
  if (!omissions) return section("omissions-body").replaceChildren();
  const { groupBy, columns, rows } = omissions;
  const header = element("tr", {}, [
    element("th", { scope: "col" }, ["Fact"]),
    ...columns.map((column) =>
      element("th", { scope: "col", title: column.outlets.map((o) => o.name).join(", ") }, [
        groupLabel(groupBy, column.value),
        groupBy === "OUTLET"
          ? ""
          : element("div", { className: "meta" }, [column.outlets.map((o) => o.name).join(", ")]),
      ]),
    ),
  ]);
  const body = rows.map((row) =>
    element("tr", { dataset: { fact: row.key, kind: row.kind } }, [
      element("th", { scope: "row" }, [
        element("span", { className: "kind" }, [label("factKind", row.kind)]),
        ` ${row.label}`,
      ]),
      ...row.cells.map((cell) => {
        const presence = label("presence", cell.presence);
        const className = `cell presence ${cell.presence}`;
        if (!cell.evidence.length)
          return element("td", { className, dataset: { presence: cell.presence } }, [presence]);
        return element("td", { className, dataset: { presence: cell.presence } }, [
          disclosure(
            [presence, cell.reporting > 1 ? ` (${cell.reporting})` : ""],
            cell.evidence.map((span) =>
              element("p", {}, [
                words(span.exact),
                element("span", { className: "meta" }, [
                  ` — ${span.article.outlet.name}, `,
                  articleTitle(span.article),
                ]),
              ]),
            ),
          ),
        ]);
      }),
    ]),
  );
  section("omissions-body").replaceChildren(
    element("table", { id: "omissions-table" }, [element("thead", {}, [header]), element("tbody", {}, body)]),
  );
}

/**
 * The words of one version that the other does not use, marked. Word differences come from the `diff`
 * library's word diff; the API gives groups, not differences.
 */
function markedDifference(mine: string, other: string): Node[] {
  return diffWords(other, mine)
    .filter((part) => !part.removed)
    .map((part) => (part.added ? element("mark", {}, [part.value]) : text(part.value)));
}

function renderStatementGroups({ event }: Dashboard) {
  const groups = event.statementGroups.map((group) => {
    const [first, second] = group.statements;
    return element("article", { className: "group", dataset: { group: group.key } }, [
      element("h3", {}, [group.summary]),
      element("p", { className: "meta" }, [
        `${group.speaker?.name ?? "Unattributed"} · carried by ${group.outletCount} outlets · words that differ from the first version are marked`,
      ]),
      element(
        "ul",
        {},
        group.statements.map((statement) => {
          const other = statement === first ? second : first;
          return element("li", {}, [
            element("strong", {}, [statement.article.outlet.name]),
            text(": "),
            element(
              "span",
              { className: "words" },
              other
                ? markedDifference(statement.evidence.exact, other.evidence.exact)
                : [statement.evidence.exact],
            ),
            element("div", { className: "meta" }, [
              `${label("mode", statement.mode)}${statement.attribution ? ` · source as written: ${statement.attribution}` : ""} · `,
              articleTitle(statement.article),
            ]),
          ]);
        }),
      ),
    ]);
  });
  section("groups").replaceChildren(
    ...(groups.length
      ? groups
      : [element("p", { className: "meta" }, ["No statement is carried by several outlets."])]),
  );
}

/** Who said it, through which channel, and how the article words its source ("told reporters on Friday"). */
function sourceLine(statement: DashboardStatement): string {
  const parts = [label("mode", statement.mode)];
  if (statement.channel) parts.push(`via ${label("channel", statement.channel.kind)}`);
  if (statement.attribution) parts.push(`source as written: “${statement.attribution}”`);
  return parts.join(" · ");
}

function renderStatements({ statements }: Dashboard) {
  const bySpeaker = new Map<string, DashboardStatement[]>();
  for (const statement of statements) {
    const speaker = statement.speaker?.name ?? statement.speakerLabel ?? "Unattributed";
    bySpeaker.set(speaker, [...(bySpeaker.get(speaker) ?? []), statement]);
  }
  const blocks = [...bySpeaker].map(([speaker, list]) =>
    element("div", { className: "speaker" }, [
      element("h3", {}, [`${speaker} (${list.length})`]),
      element(
        "ul",
        {},
        list.map((statement) =>
          element("li", { dataset: { statement: statement.key } }, [
            words(statement.evidence.exact),
            element("div", { className: "meta" }, [
              `${statement.article.outlet.name} · ${sourceLine(statement)} · `,
              articleTitle(statement.article),
            ]),
            statement.chain.some((link) => link.role !== "SPEAKER" && link.role !== "CARRIED_BY")
              ? disclosure(
                  ["How it reached ", statement.article.outlet.name],
                  [
                    element(
                      "ol",
                      { className: "chain" },
                      statement.chain.map((link) =>
                        element("li", {}, [
                          element("span", { className: "meta" }, [`${label("chainRole", link.role)} `]),
                          link.label,
                          link.channelKind ? ` (${label("channel", link.channelKind)})` : "",
                        ]),
                      ),
                    ),
                  ],
                  "chain",
                )
              : "",
          ]),
        ),
      ),
    ]),
  );
  section("statements").replaceChildren(...blocks);
}

function renderSearchOutlets({ event }: Dashboard) {
  const select = document.querySelector("#search-outlet") as HTMLSelectElement;
  select.replaceChildren(
    element("option", { value: "" }, ["All outlets"]),
    ...event.coverage.outlets.map((entry) =>
      element("option", { value: entry.outlet.id }, [entry.outlet.name]),
    ),
  );
  const kinds = document.querySelector("#search-kind") as HTMLSelectElement;
  kinds.replaceChildren(
    element("option", { value: "" }, ["All kinds"]),
    ...event.coverage.byKind.flatMap((count) =>
      count.value ? [element("option", { value: count.value }, [label("outletKind", count.value)])] : [],
    ),
  );
  section("passages").replaceChildren();
}

/** Splits a passage at its highlights (code-point offsets into the article body) and marks the matches. */
function highlighted(passage: { text: string; start: number; highlights: { start: number; end: number }[] }) {
  const points = Array.from(passage.text);
  const nodes: Node[] = [];
  let at = 0;
  for (const highlight of passage.highlights) {
    const from = Math.max(at, highlight.start - passage.start);
    const to = Math.min(points.length, highlight.end - passage.start);
    if (to <= from) continue;
    nodes.push(text(points.slice(at, from).join("")), element("mark", {}, [points.slice(from, to).join("")]));
    at = to;
  }
  nodes.push(text(points.slice(at).join("")));
  return nodes;
}

async function search(event: SubmitEvent) {
  event.preventDefault();
  if (!current) return;
  const query = (document.querySelector("#search-query") as HTMLInputElement).value.trim();
  const outlet = (document.querySelector("#search-outlet") as HTMLSelectElement).value;
  const kind = (document.querySelector("#search-kind") as HTMLSelectElement).value;
  const results = section("passages");
  if (!query) return results.replaceChildren();
  results.replaceChildren(element("p", { className: "meta" }, ["Searching…"]));
  try {
    const { passages } = await client.execute(PassagesQuery, {
      query,
      filter: {
        event: current.event.id,
        ...(outlet ? { outlet } : {}),
        ...(kind ? { outletKinds: [kind as "WIRE"] } : {}),
      },
    });
    const items = passages.edges.map(({ node }) =>
      element("li", { dataset: { outlet: node.article.outlet.name } }, [
        element("p", { className: "passage" }, highlighted(node)),
        element("div", { className: "meta" }, [
          `${node.article.outlet.name} · `,
          articleTitle(node.article),
          ` · ${publication(node.article)}${node.complete ? "" : " · some of the words only"}`,
        ]),
      ]),
    );
    results.replaceChildren(
      element("p", { className: "meta", role: "status" }, [
        `${passages.edges.length} passages from ${passages.articleCount} articles`,
      ]),
      element("ol", { id: "passage-list" }, items),
    );
  } catch (error) {
    results.replaceChildren(element("p", { className: "error" }, [(error as Error).message]));
  }
}

async function show(key: string) {
  status.textContent = "Loading…";
  const loaded = await loadDashboard(client, key);
  if (!loaded) {
    status.textContent = `No event has the key "${key}".`;
    return;
  }
  current = loaded;
  renderCoverage(loaded);
  renderAgreements(loaded);
  renderClaimCharts(section("charts"), loaded.event);
  renderStatementGroups(loaded);
  renderStatements(loaded);
  renderSearchOutlets(loaded);
  await loadOmissions(key);
  status.textContent = "";
  document.body.dataset.loaded = loaded.event.key;
}

/** Printing opens every disclosure, so the evidence is on paper; the reader's choice comes back after. */
let closedForPrint: HTMLDetailsElement[] = [];
window.addEventListener("beforeprint", () => {
  closedForPrint = [...document.querySelectorAll<HTMLDetailsElement>("details:not([open])")];
  for (const details of closedForPrint) details.open = true;
  resizeCharts();
});
window.addEventListener("afterprint", () => {
  for (const details of closedForPrint) details.open = false;
  closedForPrint = [];
});

async function start() {
  try {
    const list = await listEvents(client);
    picker.replaceChildren(...list.map((event) => element("option", { value: event.key }, [event.title])));
    const wanted = new URLSearchParams(location.search).get("event");
    picker.value = list.some((event) => event.key === wanted) ? (wanted as string) : (list[0]?.key ?? "");
    picker.addEventListener("change", () => {
      history.replaceState(null, "", `?event=${encodeURIComponent(picker.value)}`);
      void show(picker.value);
    });
    grouping.addEventListener("change", () => {
      if (current) void loadOmissions(current.event.key);
    });
    document
      .querySelector("#search-form")
      ?.addEventListener("submit", (event) => void search(event as SubmitEvent));
    document.querySelector("#print")?.addEventListener("click", () => window.print());
    document.querySelector("#export-json")?.addEventListener("click", () => {
      if (current) downloadJson(current, omissions);
    });
    document.querySelector("#export-csv")?.addEventListener("click", () => {
      if (current) downloadCsv(current, omissions);
    });
    if (picker.value) await show(picker.value);
    else status.textContent = "No events in the corpus yet.";
  } catch (error) {
    status.textContent = `Cannot load: ${(error as Error).message}`;
  }
}

void start();
