/**
 * Every request has a deadline (READOUT_REQUEST_TIMEOUT_MS): when it passes, or when the client goes away
 * (the request's own signal), execution is aborted and the answer is REQUEST_TIMEOUT. This is Yoga's
 * useExecutionCancellation with a timer: the executor stops resolving fields. SQL already sent is bounded
 * by the database's statement_timeout (packages/db), not by this signal.
 */
import type { ExecutionResult } from "graphql";
import { createGraphQLError, type Plugin } from "graphql-yoga";

const signals = new WeakMap<Request, { signal: AbortSignal; stop: () => void }>();
const executions = new WeakMap<Request, Promise<unknown>>();

/** Settles when the request's execution has (it may run on after an answer was sent or abandoned). */
export function executionSettled(request: Request): Promise<void> {
  return Promise.resolve(executions.get(request)).then(
    () => {},
    () => {},
  );
}

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
    onResponse({ request }) {
      signals.get(request)?.stop();
    },
  };
}

/**
 * Hands the deadline to execution, and answers when it passes even if the executor in use does not watch
 * the signal (a plugin may replace execute with its own): register it after every plugin that sets an
 * execute function, so that it wraps theirs.
 */
export function useExecutionDeadline(): Plugin {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const request = (args.contextValue as { request?: Request }).request;
      const signal = request && deadlineSignal(request);
      if (!signal) return;
      (args as { signal?: AbortSignal }).signal = signal;
      setExecuteFn(async (executionArgs) => {
        if (signal.aborted) return { errors: [signal.reason] };
        let stop = () => {};
        const aborted = new Promise<ExecutionResult>((resolve) => {
          const onAbort = () => resolve({ errors: [signal.reason] });
          signal.addEventListener("abort", onAbort, { once: true });
          stop = () => signal.removeEventListener("abort", onAbort);
        });
        const running = Promise.resolve(executeFn(executionArgs) as Promise<ExecutionResult>);
        // What runs on after the deadline ends on its own (the statement timeout bounds SQL); its
        // failure then has no one to answer.
        running.catch(() => {});
        if (request) executions.set(request, running);
        try {
          return await Promise.race([running, aborted]);
        } finally {
          stop();
        }
      });
    },
  };
}
