/**
 * Import through the queue: pages sent with `readout import --queue` are imported by `readout worker`
 * processes, and a worker SIGKILLed at random while it works leaves its page to another worker. In the end
 * every page is stored exactly once and whole, and no job is lost.
 *
 * Needs Redis (READOUT_TEST_REDIS_URL or REDIS_URL, default redis://127.0.0.1:6379) and PostgreSQL: it runs in the `postgresql`
 * project and is skipped, saying so, where either is missing. It queues 200 pages and makes 20
 * kills (QUEUE_TEST_PAGES and QUEUE_TEST_KILLS change that); workers start from the built bundle when it is
 * up to date (see readoutProcessArgs), so that each of the 20 restarts costs a second or two, not several.
 * Should the workers drain the queue before the kills are done, 5 pages more are sent at a time.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { ImportQueue } from "@readout/ingest";
import { afterAll, describe, expect, it } from "vitest";
import { readoutProcessArgs, runReadout } from "../kit/cli.ts";
import { throwawayDatabase } from "../kit/database.ts";
import { roundPage } from "../kit/synthetic.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const PAGES = Number(process.env.QUEUE_TEST_PAGES ?? 200);
const KILLS = Number(process.env.QUEUE_TEST_KILLS ?? 20);
const REDIS_URL = process.env.READOUT_TEST_REDIS_URL || process.env.REDIS_URL || "redis://127.0.0.1:6379";
// A queue of this run's own, so that runs (and the two projects) never share jobs.
const PREFIX = `readout-test-${randomBytes(4).toString("hex")}`;
const postgres = Boolean(process.env.READOUT_TEST_POSTGRES_URL);

async function redisReachable(): Promise<boolean> {
  try {
    const queue = await ImportQueue.open({ redisUrl: REDIS_URL, prefix: PREFIX });
    await queue.close();
    return true;
  } catch {
    return false;
  }
}

const redis = postgres && (await redisReachable());
if (!postgres)
  console.warn("queue.test.ts: the kill loop runs in the postgresql project (workers need PostgreSQL).");
else if (!redis)
  console.warn(`queue.test.ts: Redis is not reachable at ${REDIS_URL}: the queue tests are skipped.`);

describe("queue commands refuse what cannot work", () => {
  it("refuses a worker without DATABASE_URL (the embedded database is one process's), exit code 2", async () => {
    const { code, stderr } = await runReadout({ REDIS_URL, DATABASE_URL: "" }, ["worker"]);
    expect(code).toBe(2);
    expect(stderr).toContain("DATABASE_URL");
    expect(stderr).toContain("one process at a time");
  });

  it("refuses the queue without REDIS_URL, or with a malformed one, exit code 2", async () => {
    const missing = await runReadout({ REDIS_URL: "" }, ["import", "--queue", ROOT]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("REDIS_URL");
    const malformed = await runReadout({ REDIS_URL: "http://127.0.0.1:6379" }, ["queue", "status"]);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain("redis://");
    const wait = await runReadout({ REDIS_URL }, ["import", "--wait", ROOT]);
    expect(wait.code).toBe(2);
  });
});

describe.skipIf(!redis)("import through the queue, workers killed at random", () => {
  const children = new Set<ChildProcess>();
  const cleanup: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const child of children) child.kill("SIGKILL");
    for (const step of cleanup.reverse()) await step().catch(() => {});
  });

  it(`stores each of ${PAGES} pages (or more) exactly once and whole, through ${KILLS} kills, and loses no job`, async () => {
    const database = await throwawayDatabase();
    cleanup.push(database.drop);
    const env = {
      ...database.env,
      REDIS_URL,
      READOUT_QUEUE_PREFIX: PREFIX,
      // A killed worker's page goes back to the queue within lock + interval (about 10 s here).
      READOUT_QUEUE_LOCK_MS: "8000",
      READOUT_QUEUE_STALLED_INTERVAL_MS: "2000",
      // The kills aim at pages in progress, and a page taken back is taken again first: one page may meet
      // several kills. With the default (3), a page killed a fourth time would fail, kept with its error
      // for `readout queue retry`; here it must go on to complete.
      READOUT_QUEUE_MAX_STALLED: String(KILLS + 1),
      LOG_LEVEL: "silent",
    };
    const queue = await ImportQueue.open({ redisUrl: REDIS_URL, prefix: PREFIX });
    cleanup.push(async () => {
      await queue.obliterate();
      await queue.close();
    });
    const dir = await mkdtemp(path.join(tmpdir(), "readout-queue-"));
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    for (let n = 1; n <= PAGES; n++)
      await writeFile(path.join(dir, `page-${String(n).padStart(3, "0")}.txt`), roundPage(n));

    const sent = await runReadout(env, ["import", "--queue", "--json", dir]);
    expect(sent.code, sent.stderr).toBe(0);
    const summary = JSON.parse(sent.stdout);
    expect(summary.queued).toBe(PAGES);
    expect(new Set(summary.jobs.map((job: { id: string }) => job.id)).size).toBe(PAGES);
    // Sent again: each page is queued once (its job id is its content hash).
    const again = JSON.parse((await runReadout(env, ["import", "--queue", "--json", dir])).stdout);
    expect(again.queued).toBe(0);
    expect(again.alreadyQueued).toEqual({ waiting: PAGES });
    const jobIds = new Set<string>(summary.jobs.map((job: { id: string }) => job.id));
    // How fast workers drain the queue depends on the machine: when fewer pages wait than a kill needs,
    // a few more are sent, so that every kill still lands on work in progress.
    let total = PAGES;
    const topUp = async () => {
      const more = await mkdtemp(path.join(tmpdir(), "readout-queue-more-"));
      cleanup.push(() => rm(more, { recursive: true, force: true }));
      for (let i = 0; i < 5; i++) {
        total += 1;
        await writeFile(path.join(more, `page-${total}.txt`), roundPage(total));
      }
      const extra = await runReadout(env, ["import", "--queue", "--json", more]);
      expect(extra.code, extra.stderr).toBe(0);
      for (const job of JSON.parse(extra.stdout).jobs as { id: string }[]) jobIds.add(job.id);
    };

    // Two workers; each line they print is kept, so that a kill can wait for a worker to be busy.
    const output: string[] = ["", ""];
    const start = (slot: number) => {
      const child = spawn(process.execPath, readoutProcessArgs(["worker"]), {
        cwd: ROOT,
        env: { ...process.env, ...env },
        stdio: ["ignore", "pipe", "pipe"],
      });
      output[slot] = "";
      const append = (chunk: Buffer) => {
        output[slot] += chunk.toString();
      };
      child.stdout?.on("data", append);
      child.stderr?.on("data", append);
      children.add(child);
      child.on("exit", () => children.delete(child));
      return child;
    };
    const workers = [start(0), start(1)];
    const until = async (done: () => boolean | Promise<boolean>, what: string, ms = 400_000) => {
      const deadline = Date.now() + ms;
      while (!(await done())) {
        if (Date.now() > deadline)
          throw new Error(`timed out waiting for ${what}\n${output.join("\n---\n")}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };

    let kills = 0;
    const imported = (slot: number) => (output[slot]?.match(/imported|unchanged/g) ?? []).length;
    while (kills < KILLS) {
      const counts = await queue.counts();
      if (counts.waiting + counts.delayed < 4) await topUp();
      // A worker that has imported a page since it started is at work on the next one while pages wait:
      // kill one of those a random moment into its job, and start a new one in its place.
      const busy = [0, 1].filter((slot) => imported(slot) > 0);
      if (busy.length === 0) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        continue;
      }
      const slot = busy[Math.floor(Math.random() * busy.length)] as number;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 400));
      const victim = workers[slot] as ChildProcess;
      victim.kill("SIGKILL");
      const [, signal] = await once(victim, "exit");
      expect(signal).toBe("SIGKILL");
      kills += 1;
      workers[slot] = start(slot);
    }
    expect(jobIds.size).toBe(total);

    await until(async () => {
      const counts = await queue.counts();
      return counts.completed + counts.failed === total && counts.active === 0;
    }, "every job to finish");

    // No job lost: every page's job completed, none failed.
    const counts = await queue.counts();
    expect(counts, JSON.stringify(await queue.failed())).toMatchObject({
      waiting: 0,
      active: 0,
      delayed: 0,
      completed: total,
      failed: 0,
    });
    const completed = await queue.finished("completed");
    expect(new Set(completed.map((job) => job.id))).toEqual(jobIds);
    // The kills hit work in progress: jobs were taken back from dead workers and run again.
    expect(completed.filter((job) => job.stalled > 0).length).toBeGreaterThanOrEqual(1);

    const db = await database.open();
    try {
      // Every page stored exactly once, under the hash its job was queued by …
      const documents = await db.prisma.sourceDocument.findMany({
        select: {
          contentHash: true,
          articles: { select: { _count: { select: { candidates: true, spans: true } } } },
        },
      });
      expect(documents).toHaveLength(total);
      expect(new Set(documents.map((document) => document.contentHash))).toEqual(
        new Set(completed.map((job) => job.id)),
      );
      // … and whole: both articles, each with its candidates and their evidence spans.
      for (const document of documents) {
        expect(document.articles).toHaveLength(2);
        for (const article of document.articles) {
          expect(article._count.candidates).toBeGreaterThan(0);
          expect(article._count.spans).toBeGreaterThan(0);
        }
      }
      const [spans] = await db.prisma.$queryRaw<{ total: bigint; mismatched: bigint }[]>`
        SELECT count(*) AS total,
               count(*) FILTER (WHERE substr(a."body", s."start" + 1, s."end" - s."start") <> s."exact") AS mismatched
        FROM "EvidenceSpan" s JOIN "Article" a ON a."id" = s."articleId"`;
      expect(Number(spans?.total)).toBeGreaterThan(total);
      expect(Number(spans?.mismatched)).toBe(0);
    } finally {
      await db.close();
    }

    // The status command sees the same queue.
    const status = await runReadout(env, ["queue", "status", "--json"]);
    expect(status.code, status.stderr).toBe(0);
    expect(JSON.parse(status.stdout)).toMatchObject({ completed: total, failed: 0, waiting: 0 });

    // A page for an event not stored yet fails, keeps its error, and succeeds once retried after the event exists.
    const late = path.join(dir, "late.txt");
    await writeFile(late, roundPage(total + 1));
    const waited = await runReadout(env, ["import", "--queue", "--wait", "--event", "later-meeting", late]);
    expect(waited.code, waited.stdout + waited.stderr).toBe(1);
    expect(waited.stdout).toContain("0 page(s) imported, 0 unchanged, 0 done before, 1 failed");
    expect(waited.stderr).toMatch(/queue: 1\/1 done \(0 completed, 1 failed\)/);
    const failed = JSON.parse((await runReadout(env, ["queue", "status", "--json"])).stdout);
    expect(failed.failed).toBe(1);
    expect(failed.failedJobs[0].error).toContain('UNKNOWN_EVENT: No event has the key "later-meeting"');
    const events = await database.open();
    await events.prisma.event.create({
      data: { key: "later-meeting", title: "A later meeting", startPrecision: "UNKNOWN" },
    });
    await events.close();
    const retried = await runReadout(env, ["queue", "retry", "--json"]);
    expect(retried.code, retried.stderr).toBe(0);
    expect(JSON.parse(retried.stdout).retried).toEqual([failed.failedJobs[0].id]);
    await until(async () => (await queue.counts()).completed === total + 1, "the retried job");
    const linked = await database.open();
    const article = await linked.prisma.article.findFirst({
      where: { events: { some: { event: { key: "later-meeting" } } } },
    });
    await linked.close();
    expect(article).not.toBeNull();

    for (const worker of workers) {
      worker.kill("SIGTERM");
      const [code] = await once(worker, "exit");
      expect(code).toBe(0);
    }
  }, 600_000);
});
