/**
 * Serves the dashboard: its page, stylesheet and script. The command's build (`pnpm build`, run at
 * install) places a minified script beside the page; run from the sources, the script is bundled in
 * memory with esbuild when the handler is made (about a tenth of a second), so it never goes stale.
 */
import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";

const APP_DIR = new URL("./app/", import.meta.url);

export interface DashboardAssets {
  html: string;
  css: string;
  js: string;
}

/** The dashboard's script, bundled and minified. */
export async function bundleDashboardScript(): Promise<string> {
  const { build } = await import("esbuild");
  const bundle = await build({
    entryPoints: [new URL("main.ts", APP_DIR).pathname],
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  return bundle.outputFiles[0]?.text ?? "";
}

export async function buildDashboard(): Promise<DashboardAssets> {
  const [html, css, js] = await Promise.all([
    readFile(new URL("index.html", APP_DIR), "utf8"),
    readFile(new URL("app.css", APP_DIR), "utf8"),
    readFile(new URL("app.js", APP_DIR), "utf8").catch(() => bundleDashboardScript()),
  ]);
  return { html, css, js };
}

/** A request handler for the dashboard's paths; it answers false for any other path. */
export async function createDashboardHandler() {
  const assets = await buildDashboard();
  const routes: Record<string, [string, string]> = {
    "/": ["text/html; charset=utf-8", assets.html],
    "/index.html": ["text/html; charset=utf-8", assets.html],
    "/app.css": ["text/css; charset=utf-8", assets.css],
    "/app.js": ["text/javascript; charset=utf-8", assets.js],
  };
  return (request: IncomingMessage, response: ServerResponse): boolean => {
    const path = new URL(request.url ?? "/", "http://dashboard").pathname;
    const route = routes[path];
    if (!route || (request.method !== "GET" && request.method !== "HEAD")) return false;
    response.writeHead(200, { "content-type": route[0], "cache-control": "no-cache" });
    response.end(request.method === "HEAD" ? undefined : route[1]);
    return true;
  };
}
