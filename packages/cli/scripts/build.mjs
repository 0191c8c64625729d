/**
 * Builds what `pnpm start` runs: the command bundled into one JavaScript file (no TypeScript compiled
 * at start-up), with the dashboard's page, stylesheet and minified script beside it. Run at install
 * (the root `postinstall`) and by `pnpm build`. Packages that load files of their own at run time
 * (PGlite's and Prisma's WebAssembly engines), GraphiQL's 9 MB page, compromise (loaded on first use
 * by extraction) and wordsninja (on first use) stay outside the bundle, as dependencies of
 * this package.
 */
import { copyFile, mkdir } from "node:fs/promises";
import { build } from "esbuild";

const root = new URL("../../../", import.meta.url);
const dist = new URL("packages/cli/dist/", root);
const app = new URL("packages/web/src/app/", root);
const started = performance.now();

await mkdir(new URL("app/", dist), { recursive: true });
await Promise.all([
  build({
    entryPoints: [new URL("packages/cli/src/main.ts", root).pathname],
    outfile: new URL("readout.mjs", dist).pathname,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: "linked",
    external: [
      "@electric-sql/pglite",
      "@graphql-yoga/render-graphiql",
      "@prisma/client",
      "@prisma/client/*",
      "esbuild",
      "pglite-prisma-adapter",
    ],
    // Some bundled CommonJS packages call require(); an ES module has none of its own.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    logLevel: "warning",
  }),
  build({
    entryPoints: [new URL("main.ts", app).pathname],
    outfile: new URL("app/app.js", dist).pathname,
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2022",
    logLevel: "warning",
  }),
  copyFile(new URL("index.html", app), new URL("app/index.html", dist)),
  copyFile(new URL("app.css", app), new URL("app/app.css", dist)),
]);
console.log(`readout: built packages/cli/dist in ${Math.round(performance.now() - started)} ms`);
