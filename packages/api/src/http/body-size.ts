/**
 * Bodies over the limit are refused before they are parsed: by their Content-Length when they declare one,
 * and otherwise (chunked) by counting the bytes as they stream in, stopping at the limit. Only then does
 * Yoga's own parser (JSON, form or multipart) see the bytes.
 */
import { createGraphQLError, type Plugin } from "graphql-yoga";
import { refusal } from "./responses.ts";

const message = (max: number) => `The request body is over the limit of ${max} bytes.`;

async function readAtMost(body: ReadableStream<Uint8Array>, max: number): Promise<Buffer> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      throw createGraphQLError(message(max), {
        extensions: { code: "BODY_TOO_LARGE", limit: max, http: { status: 413 } },
      });
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export function useBodySizeLimit(max: number): Plugin {
  return {
    onRequest({ request, fetchAPI, endResponse }) {
      const declared = Number(request.headers.get("content-length") ?? Number.NaN);
      if (declared > max) {
        endResponse(refusal(fetchAPI, 413, "BODY_TOO_LARGE", message(max), { extensions: { limit: max } }));
      }
    },
    onRequestParse({ request, requestParser, setRequestParser }) {
      // A declared length was checked above, and Node's HTTP parser delivers no more bytes than it declares.
      if (!requestParser || !request.body || request.headers.has("content-length")) return;
      setRequestParser(async (original) => {
        const bytes = original.body ? await readAtMost(original.body, max) : Buffer.alloc(0);
        const headers = new Headers(original.headers);
        headers.delete("content-length");
        headers.delete("transfer-encoding");
        return requestParser(
          new Request(original.url, { method: original.method, headers, body: new Uint8Array(bytes) }),
        );
      });
    },
  };
}
