/** The coverage dashboard: one event's agreements across outlets, disputed claims, and who said what. */
import { createClient, type EventReport, getEventReport, listEvents } from "@readout/client";
import { renderClaimCharts } from "./charts.ts";
import { element, text } from "./dom.ts";

const client = createClient({ url: "/graphql" });
const picker = document.querySelector<HTMLSelectElement>("#event") as HTMLSelectElement;
const status = document.querySelector("#status") as HTMLElement;

/** Quoted words, without doubling the quotation marks that some quotes already carry. */
const quoted = (words: string) => (/^[“"‘]/.test(words) ? words : `“${words}”`);

const STRENGTH_LABELS: Record<string, string> = {
  AGREED: "agreed",
  WILL_WORK_TO: "will work to",
  WILL_EXPLORE: "will explore",
  WELCOMED: "welcomed",
};

function renderCoverage(report: EventReport) {
  const { coverage } = report;
  const counts = element("p", { className: "counts" }, [
    element("span", {}, [text(`${coverage.articleCount} articles from ${coverage.outletCount} outlets`)]),
    ...coverage.byKind.map((count) =>
      element("span", {}, [text(`${count.value ?? "unknown"}: ${count.outlets}`)]),
    ),
    ...coverage.byCountry.map((count) =>
      element("span", {}, [text(`${count.value ?? "??"}: ${count.outlets}`)]),
    ),
  ]);
  const rows = coverage.outlets.map((entry) =>
    element("tr", {}, [
      element("td", {}, [text(entry.outlet.name)]),
      element("td", {}, [text(entry.outlet.country ?? "")]),
      element("td", {}, [text(entry.outlet.kind)]),
      element("td", {}, [text(entry.stateAffiliation ?? "—")]),
      element("td", {}, [
        text(
          entry.firstPublishedAt
            ? entry.firstPublishedAt
                .slice(0, entry.firstPublishedPrecision === "DAY" ? 10 : 16)
                .replace("T", " ")
            : "—",
        ),
        element("span", { className: "meta" }, [text(` (${entry.firstPublishedPrecision.toLowerCase()})`)]),
      ]),
    ]),
  );
  const table = element("table", {}, [
    element("thead", {}, [
      element(
        "tr",
        {},
        ["Outlet", "Country", "Kind", "State affiliation", "First published"].map((h) =>
          element("th", {}, [text(h)]),
        ),
      ),
    ]),
    element("tbody", {}, rows),
  ]);
  document.querySelector("#coverage-body")?.replaceChildren(counts, table);
}

function renderMatrix(report: EventReport) {
  const outlets = report.coverage.outlets.map((entry) => entry.outlet);
  const evidence = document.querySelector("#evidence") as HTMLElement;
  const header = element("tr", {}, [
    element("th", {}, [text("Agreement")]),
    ...outlets.map((outlet) => element("th", { scope: "col" }, [text(outlet.name)])),
  ]);
  const rows = report.agreements.edges.map(({ node: agreement }) => {
    const byOutlet = new Map(agreement.comparison.outlets.map((row) => [row.outlet.id, row]));
    return element("tr", { dataset: { agreement: agreement.summary } }, [
      element("th", { scope: "row" }, [
        text(agreement.summary),
        element("div", { className: "meta" }, [
          text(
            agreement.statusHistory
              .map((change) => `${change.status.toLowerCase()} ${change.on}`)
              .join(" → "),
          ),
        ]),
      ]),
      ...outlets.map((outlet) => {
        const row = byOutlet.get(outlet.id);
        if (!row) return element("td", { className: "cell silent", title: "Not reported" }, [text("—")]);
        const words = row.reports.map((report) => quoted(report.evidence.exact)).join("\n");
        const cell = element(
          "td",
          { className: "cell", title: words, dataset: { strength: row.strongest } },
          [
            element("span", { className: `strength ${row.strongest}` }, [
              text(STRENGTH_LABELS[row.strongest] ?? row.strongest),
            ]),
          ],
        );
        cell.addEventListener("click", () => {
          evidence.hidden = false;
          evidence.replaceChildren(
            element("strong", {}, [text(`${outlet.name} on “${agreement.summary}”: `)]),
            text(words),
          );
        });
        return cell;
      }),
    ]);
  });
  document
    .querySelector("#matrix")
    ?.replaceChildren(
      element("table", { id: "matrix-table" }, [element("thead", {}, [header]), element("tbody", {}, rows)]),
    );
}

function renderStatements(report: EventReport) {
  const bySpeaker = new Map<string, EventReport["statements"]>();
  for (const statement of report.statements) {
    const speaker = statement.speaker?.name ?? statement.speakerLabel ?? "Unattributed";
    bySpeaker.set(speaker, [...(bySpeaker.get(speaker) ?? []), statement]);
  }
  const blocks = [...bySpeaker].map(([speaker, statements]) =>
    element("div", { className: "speaker" }, [
      element("h3", {}, [text(`${speaker} (${statements.length})`)]),
      element(
        "ul",
        {},
        statements.map((statement) =>
          element("li", {}, [
            text(quoted(statement.evidence.exact)),
            element("div", { className: "meta" }, [
              text(
                `${statement.article.outlet.name} · ${statement.mode.toLowerCase()}${statement.attribution ? ` · according to ${statement.attribution}` : ""}`,
              ),
            ]),
          ]),
        ),
      ),
    ]),
  );
  document.querySelector("#statements")?.replaceChildren(...blocks);
}

async function show(key: string) {
  status.textContent = "Loading…";
  const result = await getEventReport(client, key);
  if (!result.ok) {
    status.textContent = result.message;
    return;
  }
  renderCoverage(result.report);
  renderMatrix(result.report);
  renderClaimCharts(document.querySelector("#charts") as HTMLElement, result.report);
  renderStatements(result.report);
  status.textContent = "";
  document.body.dataset.loaded = result.report.key;
}

async function start() {
  try {
    const events = await listEvents(client);
    picker.replaceChildren(
      ...events.map((event) => element("option", { value: event.key }, [text(event.title)])),
    );
    const wanted = new URLSearchParams(location.search).get("event");
    picker.value = events.some((event) => event.key === wanted) ? (wanted as string) : (events[0]?.key ?? "");
    picker.addEventListener("change", () => {
      history.replaceState(null, "", `?event=${encodeURIComponent(picker.value)}`);
      void show(picker.value);
    });
    if (picker.value) await show(picker.value);
    else status.textContent = "No events in the corpus yet.";
  } catch (error) {
    status.textContent = `Cannot load: ${(error as Error).message}`;
  }
}

void start();
