import { listEvents, type ReadoutClient } from "@readout/client";
import { renderTables } from "../sections.ts";

export async function events(
  client: ReadoutClient,
  json: boolean,
  terminal: { width: number; color: boolean } = { width: 120, color: false },
): Promise<string> {
  const list = await listEvents(client);
  if (json) return `${JSON.stringify(list, null, 2)}\n`;
  return renderTables(
    [
      {
        title: `${list.length} event(s)`,
        headers: ["Key", "Title", "Starts", "Place"],
        rows: list.map((event) => [
          event.key,
          event.title,
          event.startsAt?.slice(0, 10) ?? "",
          event.place ?? "",
        ]),
      },
    ],
    terminal,
  );
}
