/**
 * Request metrics from Yoga's hooks: time from arrival to the answer per operation name, the answer's
 * HTTP status, and the errors of each result by code. First in the plugin list, so that requests that an
 * earlier plugin refuses are timed too; an answer from the response cache is counted under the operation
 * name its request gives. Per request: three symbol-keyed properties on the request, one
 * histogram observation, a counter increment, and a loop over the result's errors when it has any: about
 * a microsecond. (Not WeakMaps keyed by request: V8 grows and sweeps its weak tables slowly with a new key
 * per request, several microseconds each.)
 */
import type { DocumentNode } from "graphql";
import type { Plugin } from "graphql-yoga";
import { codeFor } from "../http/error-codes.ts";
import type { Metrics } from "./metrics.ts";

/** The name of the operation a document runs: the one asked for, else its only (or first) one. */
function operationName(document: DocumentNode, asked: string | null | undefined): string {
  if (asked) return asked;
  for (const definition of document.definitions) {
    if (definition.kind === "OperationDefinition") return definition.name?.value ?? "anonymous";
  }
  return "anonymous";
}

/**
 * Counts a result's errors by code. This plugin runs before the one that codes the errors that arrive
 * without a code (error-codes.ts), so it reads their code the same way.
 */
function countErrors(metrics: Metrics, result: unknown): void {
  const errors = (
    result as { errors?: readonly { message?: string; extensions?: { code?: unknown } }[] } | null
  )?.errors;
  if (!errors) return;
  for (const error of errors) {
    const code = error.extensions?.code;
    metrics.error(typeof code === "string" ? code : codeFor(String(error.message)));
  }
}

const STARTED = Symbol("readout.metrics.started");
const OPERATION = Symbol("readout.metrics.operation");
const PARAMS = Symbol("readout.metrics.params");
/** How the response cache marks an answer it gave (cache/response-cache.ts): nothing was parsed or run. */
const SERVED_FROM_CACHE = Symbol.for("servedFromResponseCache");

/** What this plugin notes on a request (symbol-keyed: invisible to everything else). */
interface Noted {
  [STARTED]?: number;
  [OPERATION]?: string;
  [PARAMS]?: { query?: string | undefined; operationName?: string | null | undefined };
}

/**
 * The operation name of an answer from the response cache, whose document was not parsed: the one asked
 * for, else the name the document starts with (the usual single-operation document), else "anonymous".
 */
function cachedOperationName(params: Noted[typeof PARAMS]): string {
  if (params?.operationName) return params.operationName;
  const named = /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(params?.query ?? "");
  return named?.[1] ?? "anonymous";
}

export function useMetrics(metrics: Metrics): Plugin {
  return {
    onRequest({ request }) {
      (request as Noted)[STARTED] = performance.now();
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Noted } | undefined)?.request;
      if (request)
        request[OPERATION] = metrics.operationLabel(operationName(args.document, args.operationName));
    },
    onParams({ params, request }) {
      (request as Noted)[PARAMS] = params;
    },
    onResultProcess({ request, result }) {
      const noted = request as Noted;
      if (!noted[OPERATION] && (result as { [SERVED_FROM_CACHE]?: boolean })?.[SERVED_FROM_CACHE])
        noted[OPERATION] = metrics.operationLabel(cachedOperationName(noted[PARAMS]));
      if (Array.isArray(result)) for (const item of result) countErrors(metrics, item);
      else countErrors(metrics, result);
    },
    onResponse({ request, response }) {
      const noted = request as Noted;
      const start = noted[STARTED];
      if (start === undefined) return;
      metrics.request(noted[OPERATION] ?? "none", (performance.now() - start) / 1000, response.status);
    },
  };
}
