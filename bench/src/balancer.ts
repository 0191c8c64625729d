/**
 * The round-robin load balancer of the local topology (http-proxy): each request goes to the next
 * instance, and a refused connection tries the one after it; when none answers, a 502 in the API's error
 * shape. A stand-in for the balancer a deployment already runs (nginx, HAProxy, a cloud's), kept in
 * Node so that the topology needs nothing beyond this repository's packages.
 */
import http from "node:http";
import httpProxy from "http-proxy";

export interface Balancer {
  url: string;
  close(): Promise<void>;
}

export async function startBalancer(port: number, targets: number[], host = "127.0.0.1"): Promise<Balancer> {
  // Connections to the instances are kept open, as a production balancer keeps its upstream pool.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const proxy = httpProxy.createProxyServer({ agent });
  let next = 0;
  const server = http.createServer((request, response) => {
    const tryTarget = (attempt: number) => {
      const target = targets[(next++ + attempt) % targets.length] as number;
      proxy.web(request, response, { target: `http://${host}:${target}` }, (error) => {
        if (attempt + 1 < targets.length && !response.headersSent) tryTarget(attempt + 1);
        else if (!response.headersSent) {
          response.writeHead(502, { "content-type": "application/json" });
          response.end(
            JSON.stringify({ errors: [{ message: error.message, extensions: { code: "BAD_GATEWAY" } }] }),
          );
        }
      });
    };
    tryTarget(0);
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  return {
    url: `http://${host}:${port}`,
    close: async () => {
      proxy.close();
      agent.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
