/** Each disputed numeric claim (the length of the talks, say) as value intervals per outlet, coloured by scope. */
import type { EventReport } from "@readout/client";
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from "chart.js";
import { element, text } from "./dom.ts";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const PALETTE = ["#2f6fdb", "#d9822b", "#7a4cc2", "#1b998b", "#c2185b", "#6d7a8c"];
const charts: Chart[] = [];

/** Bars need some width to be seen: an exact value is drawn this wide, centred on it (the tooltip is exact). */
const MIN_WIDTH_SHARE = 0.01;

export function renderClaimCharts(container: HTMLElement, report: EventReport) {
  for (const chart of charts.splice(0)) chart.destroy();
  const numeric = report.discrepancies.filter((d) => d.sides.some((side) => side.min !== null));
  const blocks = numeric.map((discrepancy) => {
    const claims = discrepancy.sides
      .flatMap((side) => side.claims)
      .filter((claim) => claim.minValue !== null);
    const scopes = [...new Set(claims.map((claim) => claim.scope ?? "unstated"))];
    const highest = Math.max(...claims.map((claim) => claim.maxValue ?? claim.minValue ?? 0));
    const pad = highest * MIN_WIDTH_SHARE;
    const labels = claims.map((claim) => `${claim.article.outlet.name}: “${claim.value}”`);
    const unit = claims[0]?.unit ?? "";
    // The canvas is described in words too, for screen readers (and for anything else that reads the page).
    const description = claims
      .map(
        (claim) =>
          `${claim.article.outlet.name}: ${claim.minValue === claim.maxValue ? claim.minValue : `${claim.minValue}–${claim.maxValue ?? "∞"}`} ${unit}s (${claim.scope ?? "scope unstated"})`,
      )
      .join("; ");
    const canvas = element("canvas", {
      role: "img",
      "aria-label": `${discrepancy.attribute}: ${description}`,
      dataset: { attribute: discrepancy.attribute },
    });
    const chart = new Chart(canvas, {
      type: "bar",
      data: {
        labels,
        datasets: scopes.map((scope, index) => ({
          label: scope,
          backgroundColor: PALETTE[index % PALETTE.length] as string,
          data: claims.map((claim) => {
            if ((claim.scope ?? "unstated") !== scope) return null;
            const min = claim.minValue ?? 0;
            const max = claim.maxValue ?? highest * 1.2;
            return max - min < 2 * pad ? [min - pad, max + pad] : [min, max];
          }) as unknown as number[],
        })),
      },
      options: {
        indexAxis: "y",
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { title: { display: true, text: unit ? `${unit}s` : "value" }, beginAtZero: false },
          y: { stacked: true },
        },
        plugins: {
          legend: { title: { display: true, text: "scope" } },
          tooltip: {
            callbacks: {
              label: (item) => {
                const claim = claims[item.dataIndex];
                if (!claim) return "";
                const range =
                  claim.minValue === claim.maxValue
                    ? `${claim.minValue}`
                    : `${claim.minValue}–${claim.maxValue ?? "∞"}`;
                return `${range} ${unit}s (${claim.qualifier?.toLowerCase() ?? "as stated"}, ${claim.scope ?? "scope unstated"})`;
              },
            },
          },
        },
      },
    });
    charts.push(chart);
    return element("div", {}, [
      element("h3", {}, [
        text(`${discrepancy.attribute}: `),
        element("span", { className: `verdict ${discrepancy.verdict}` }, [
          text(discrepancy.verdict.toLowerCase().replaceAll("_", " ")),
        ]),
      ]),
      element("div", { className: "chart" }, [canvas]),
    ]);
  });
  const others = report.discrepancies
    .filter((d) => !numeric.includes(d))
    .map((d) =>
      element("p", {}, [
        text(`${d.attribute}: `),
        element("span", { className: `verdict ${d.verdict}` }, [
          text(d.verdict.toLowerCase().replaceAll("_", " ")),
        ]),
        text(
          ` — ${d.sides.map((side) => `${side.value} (${side.outlets.map((o) => o.name).join(", ")})`).join("; ")}`,
        ),
      ]),
    );
  container.replaceChildren(...blocks, ...others);
}
