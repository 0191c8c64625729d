/**
 * CORS from an allow-list: a browser on a listed origin may call the API (without credentials: keys travel
 * as bearer tokens, never cookies); any other origin, `null` included, gets no CORS headers at all, so
 * browsers keep it out. Same-origin requests (the dashboard, GraphiQL) need no CORS headers.
 */
import type { YogaServerOptions } from "graphql-yoga";

type CorsOption = NonNullable<YogaServerOptions<Record<string, unknown>, Record<string, unknown>>["cors"]>;

export function corsFor(allowed: readonly string[]): CorsOption {
  const origins = new Set(allowed.filter((origin) => origin !== "null"));
  return (request: Request) => {
    const origin = request.headers.get("origin");
    if (!origin || !origins.has(origin)) return false as never;
    return {
      origin: [origin],
      credentials: false,
      methods: ["GET", "POST"],
      allowedHeaders: ["content-type", "accept", "authorization", "x-graphql-yoga-csrf"],
      // So that a browser client told 429 can read when to try again.
      exposedHeaders: ["retry-after"],
      maxAge: 600,
    };
  };
}
