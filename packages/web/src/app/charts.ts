/**
 * The claims about an event, attribute by attribute, each with its verdict's one-sentence explanation:
 * numeric claims (the length of the talks, the start time, the number of days) as value intervals per outlet
 * coloured by scope, where an exact value is a marker at the value rather than a bar; characterisations as the
 * descriptors each side shares, adds and leaves out; other claims as values with their words.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  PointElement,
  ScatterController,
  Tooltip,
} from "chart.js";
import { articleTitle, disclosure, element, text, words } from "./dom.ts";
import { clock, day, label, publication } from "./labels.ts";
import type { DashboardEvent } from "./queries.ts";

Chart.register(
  BarController,
  BarElement,
  ScatterController,
  PointElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
);

const PALETTE = ["#2f6fdb", "#b8621b", "#7a4cc2", "#13776c", "#c2185b", "#5b6778"];
const charts: Chart[] = [];

type Discrepancy = DashboardEvent["discrepancies"][number];
type Claim = Discrepancy["sides"][number]["claims"][number];

const CLOCK_UNIT = "minute of day";
const isClock = (unit: string | null | undefined) => unit === CLOCK_UNIT;

/** A value in the claim's unit, in words: 14:00 for a time of day, "330 minutes" otherwise. */
function amount(value: number, unit: string | null | undefined): string {
  if (isClock(unit)) return clock(value);
  return `${value} ${unit ?? ""}${unit && value !== 1 ? "s" : ""}`.trim();
}

function range(claim: Claim): string {
  const { minValue: min, maxValue: max, unit } = claim;
  if (min === null) return claim.value;
  if (max === min) return amount(min, unit);
  if (max === null) return `${amount(min, unit)} or more`;
  if (isClock(unit)) return `${clock(min)}–${clock(max)}`;
  return `${min}–${amount(max, unit)}`;
}

/** Who the outlet credits, where it credits someone else: "(credited to some media)". */
const credit = (claim: Claim) => (claim.attribution ? ` (credited to ${claim.attribution})` : "");

function claimEvidence(claims: readonly Claim[]) {
  return element(
    "ul",
    { className: "evidence-list" },
    claims.map((claim) =>
      element("li", {}, [
        element("strong", {}, [claim.article.outlet.name]),
        text(": "),
        words(claim.evidence.exact),
        text(`${credit(claim)} — `),
        articleTitle(claim.article),
        element("span", { className: "meta" }, [` · ${publication(claim.article)}`]),
      ]),
    ),
  );
}

function heading(discrepancy: Discrepancy) {
  return [
    element("h3", {}, [
      text(`${discrepancy.attribute}: `),
      element("span", { className: `verdict ${discrepancy.verdict}` }, [
        label("verdict", discrepancy.verdict),
      ]),
    ]),
    element("p", { className: "explanation" }, [discrepancy.explanation]),
  ];
}

function numericChart(discrepancy: Discrepancy) {
  const claims = discrepancy.sides.flatMap((side) => side.claims).filter((claim) => claim.minValue !== null);
  const unit = claims[0]?.unit ?? "";
  const clockAxis = isClock(unit);
  const scopes = [...new Set(claims.map((claim) => claim.scope ?? "unstated"))];
  const highest = Math.max(...claims.map((claim) => claim.maxValue ?? claim.minValue ?? 0));
  const lowest = Math.min(...claims.map((claim) => claim.minValue ?? 0));
  // Values close together (two days, two days) read better against zero than against a magnified axis.
  const fromZero = !isClock(unit) && highest - lowest < highest * 0.1;
  const labels = claims.map((claim) => `${claim.article.outlet.name}: ${claim.value}${credit(claim)}`);
  // The canvas is described in words too, for screen readers (and for anything else that reads the page).
  const description = claims
    .map(
      (claim) =>
        `${claim.article.outlet.name}: ${range(claim)} (${claim.scope ?? "scope unstated"})${credit(claim)}`,
    )
    .join("; ");
  const canvas = element("canvas", {
    role: "img",
    "aria-label": `${discrepancy.attribute}: ${description}`,
    dataset: { attribute: discrepancy.attribute },
  });
  const colour = (index: number) => PALETTE[index % PALETTE.length] as string;
  const exact = (claim: Claim) => claim.maxValue !== null && claim.maxValue === claim.minValue;
  const chart = new Chart(canvas, {
    data: {
      labels,
      datasets: [
        // Intervals as bars…
        ...scopes.map((scope, index) => ({
          type: "bar" as const,
          label: scope,
          backgroundColor: colour(index),
          data: claims.map((claim) =>
            (claim.scope ?? "unstated") === scope && !exact(claim)
              ? [claim.minValue ?? 0, claim.maxValue ?? highest * 1.2]
              : null,
          ) as unknown as number[],
        })),
        // …and an exact value as a marker at the value, not a bar of made-up width.
        ...scopes.map((scope, index) => ({
          type: "scatter" as const,
          label: `${scope} (exact)`,
          backgroundColor: colour(index),
          borderColor: "#111",
          pointStyle: "rectRot" as const,
          pointRadius: 9,
          pointHoverRadius: 11,
          data: claims.flatMap((claim, row) =>
            (claim.scope ?? "unstated") === scope && exact(claim)
              ? [{ x: claim.minValue as number, y: labels[row] as unknown as number }]
              : [],
          ) as unknown as number[],
        })),
      ] as never,
    },
    options: {
      indexAxis: "y",
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: {
          type: "linear",
          title: { display: true, text: clockAxis ? "time of day (local)" : unit ? `${unit}s` : "value" },
          beginAtZero: fromZero,
          grace: "5%",
          ticks: clockAxis ? { stepSize: 120, callback: (value) => clock(Number(value)) } : {},
        },
        y: { type: "category", stacked: true },
      },
      plugins: {
        legend: {
          title: { display: true, text: "scope (◆ exact value, bar range)" },
          labels: { filter: (item) => !item.text.endsWith("(exact)") },
        },
        tooltip: {
          callbacks: {
            label: (item) => {
              const claim = claims.find((_, row) => labels[row] === item.label) ?? claims[item.dataIndex];
              if (!claim) return "";
              return `${range(claim)} (${label("qualifier", claim.qualifier, "as stated")}, ${claim.scope ?? "scope unstated"})${credit(claim)}`;
            },
          },
        },
      },
    },
  });
  charts.push(chart);
  return element("div", { className: "claim", dataset: { attribute: discrepancy.attribute } }, [
    ...heading(discrepancy),
    element("div", { className: "chart", style: `height: ${Math.max(160, 48 * claims.length + 90)}px` }, [
      canvas,
    ]),
    disclosure(["The words"], [claimEvidence(claims)]),
  ]);
}

/** Characterisations compared as sets: what every side says, and what each adds or leaves out. */
function descriptorTable(discrepancy: Discrepancy) {
  const tags = (list: readonly string[] | null | undefined, className: string) =>
    list?.length
      ? list.map((descriptor) => element("span", { className: `tag ${className}` }, [descriptor]))
      : [element("span", { className: "meta" }, ["—"])];
  const rows = discrepancy.sides.map((side) =>
    element("tr", {}, [
      element("th", { scope: "row" }, [side.outlets.map((outlet) => outlet.name).join(", ")]),
      element("td", {}, tags(discrepancy.shared, "shared")),
      element("td", {}, tags(side.added, "added")),
      element("td", {}, tags(side.missing, "missing")),
    ]),
  );
  return element("div", { className: "claim", dataset: { attribute: discrepancy.attribute } }, [
    ...heading(discrepancy),
    element("table", { className: "descriptors" }, [
      element("thead", {}, [
        element(
          "tr",
          {},
          ["Outlets", "Shared by all", "Added", "Left out"].map((h) => element("th", { scope: "col" }, [h])),
        ),
      ]),
      element("tbody", {}, rows),
    ]),
    disclosure(["The words"], [claimEvidence(discrepancy.sides.flatMap((side) => side.claims))]),
  ]);
}

/** A calendar date as "18 June 2023"; any other value as it is. */
const shownValue = (value: string | null) =>
  value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? day(value) : value;

function otherClaim(discrepancy: Discrepancy) {
  return element("div", { className: "claim", dataset: { attribute: discrepancy.attribute } }, [
    ...heading(discrepancy),
    element(
      "ul",
      {},
      discrepancy.sides.map((side) =>
        element("li", {}, [
          element("strong", {}, [
            shownValue(side.value) ?? side.claims.map((claim) => claim.value).join(" / "),
          ]),
          text(
            `${side.scopes.length ? ` (${side.scopes.join(", ")})` : ""} — ${side.outlets.map((o) => o.name).join(", ")}`,
          ),
        ]),
      ),
    ),
    disclosure(["The words"], [claimEvidence(discrepancy.sides.flatMap((side) => side.claims))]),
  ]);
}

export function renderClaimCharts(container: HTMLElement, event: DashboardEvent) {
  for (const chart of charts.splice(0)) chart.destroy();
  const blocks = event.discrepancies.map((discrepancy) => {
    if (discrepancy.sides.some((side) => side.descriptors)) return descriptorTable(discrepancy);
    if (discrepancy.sides.some((side) => side.claims.some((claim) => claim.minValue !== null)))
      return numericChart(discrepancy);
    return otherClaim(discrepancy);
  });
  container.replaceChildren(...blocks);
}

/** Charts redraw to the printed page's width. */
export function resizeCharts() {
  for (const chart of charts) chart.resize();
}
