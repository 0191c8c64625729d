/**
 * Every request has a deadline (READOUT_REQUEST_TIMEOUT_MS): when it passes, or when the client goes away
 * (the request's own signal), execution is aborted. This is Yoga's useExecutionCancellation with a timer:
 * the executor stops resolving fields and answers REQUEST_TIMEOUT. SQL already sent is bounded by the
 * database's statement_timeout (packages/db), not by this signal.
 */
import { createGraphQLError, type Plugin } from "graphql-yoga";

const signals = new WeakMap<Request, { signal: AbortSignal; stop: () => void }>();

/** The signal that aborts when this request's deadline passes or its client disconnects. */
export function deadlineSignal(request: Request): AbortSignal | undefined {
  return signals.get(request)?.signal;
}

export function timeoutError(ms: number) {
  return createGraphQLError(`The request did not finish within ${ms} ms and was stopped.`, {
    extensions: { code: "REQUEST_TIMEOUT", limit: ms, http: { status: 503 } },
  });
}

export function useDeadline(ms: number): Plugin {
  return {
    onRequest({ request }) {
      const controller = new AbortController();
      const gone = () =>
        controller.abort(
          createGraphQLError("The client went away.", { extensions: { code: "CLIENT_CLOSED_REQUEST" } }),
        );
      request.signal?.addEventListener("abort", gone, { once: true });
      const timer = ms > 0 ? setTimeout(() => controller.abort(timeoutError(ms)), ms) : undefined;
      timer?.unref();
      signals.set(request, {
        signal: controller.signal,
        stop: () => {
          clearTimeout(timer);
          request.signal?.removeEventListener("abort", gone);
        },
      });
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      const signal = request && deadlineSignal(request);
      if (signal) (args as { signal?: AbortSignal }).signal = signal;
    },
    onResponse({ request }) {
      signals.get(request)?.stop();
    },
  };
}
