/**
 * Read replicas: which server a read goes to.
 *
 * Reads made inside a request scope (`ReadRouter.request`) go to a healthy streaming replica; everything
 * else goes to the primary: writes, transactions, migrations, imports, the seed, readiness checks, and the
 * reads of a request marked as writing (`usePrimary`, a mutation). A client whose request wrote (a write
 * or transaction ran, `noteWrite`; a mutation that was refused before writing does not count) reads from
 * the primary until a replica has replayed past its write (read-your-writes).
 *
 * Health is checked on a timer, not per request. Each turn samples the primary's WAL position
 * (`pg_current_wal_lsn()`) with the time it was taken, and each replica's replayed position
 * (`pg_last_wal_replay_lsn()`): a replica that has replayed past a sample taken at time t holds every
 * transaction committed before t. Its lag is how long ago the latest such t was, which stays near zero on
 * an idle primary (unlike `now() - pg_last_xact_replay_timestamp()`), and grows while replay stalls. A
 * replica that does not answer, is no standby (promoted), or lags past `maxLagMs` is skipped until a later
 * turn finds it well again; a read that fails on a replica is run again on the primary, and a failure that
 * says the replica is away skips it at once. With no healthy replica, reads go to the primary.
 *
 * The client windows are per process: with several API instances, a client's next read may reach another
 * instance, which does not know of the write; put a load balancer that keeps a client on one instance
 * (by key or address) in front when read-your-writes matters across requests.
 *
 * Home-made rather than @prisma/extension-read-replicas: its releases for Prisma 6 pick a replica at
 * random for every read, with no health or lag check and no fallback when a replica fails, and route only
 * Prisma's model reads (not the compiled reads that run on the pg pool); the Prisma side here follows its
 * design (a query extension sending non-transactional model reads to a PrismaClient per replica).
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type pg from "pg";

/** One replica as the router sees it (the URL without its password). */
export interface ReplicaStatus {
  url: string;
  healthy: boolean;
  /** How far behind the primary it was at the last check, in ms; null before the first answer. */
  lagMs: number | null;
  /** Why it is skipped, when it is. */
  reason: string | null;
  /** Reads it has served. */
  reads: number;
}

/**
 * The reads of requests since the start, by where they ran: on a replica; on the primary (a mutation's
 * reads, those of a client that has just written, and all of them while no replica is healthy); or on the
 * primary after failing on a replica. Reads outside requests (imports, migrations, the seed, readiness) and
 * API key checks always run on the primary and are not counted.
 */
export interface ReadCounts {
  replica: number;
  primary: number;
  primaryFallback: number;
}

export interface ReadRouterOptions {
  primary: pg.Pool;
  replicas: { url: string; pool: pg.Pool }[];
  /** A replica further behind is skipped. */
  maxLagMs: number;
  /** How often the replicas are checked. */
  checkIntervalMs: number;
}

interface Replica {
  url: string;
  pool: pg.Pool;
  /** Every transaction committed on the primary before this time (epoch ms) is replayed here. */
  asOf: number;
  healthy: boolean;
  lagMs: number | null;
  reason: string | null;
  reads: number;
  /** Whether a check has said how it is (the first one is reported either way). */
  reported: boolean;
}

interface Scope {
  client: string;
  /** The request writes: all its reads go to the primary. */
  primary: boolean;
  wrote: boolean;
}

/** "16/B374D848" as a number that orders like the position. */
export function parseLsn(text: string): bigint {
  const [high, low] = text.split("/");
  return (BigInt(`0x${high}`) << 32n) | BigInt(`0x${low}`);
}

const withoutPassword = (url: string) => {
  try {
    const parsed = new URL(url);
    parsed.password = "";
    return parsed.toString();
  } catch {
    return "(unparsable URL)";
  }
};

const timeout = <T>(work: Promise<T>, ms: number): Promise<T> =>
  Promise.race([
    work,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref(),
    ),
  ]);

/** Node and PostgreSQL error codes, and driver messages, that say the server is away or shutting down. */
const AWAY_CODES =
  /^(08|57P|53)|^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|P1001|P1017)$/;
const AWAY_MESSAGES =
  /connection terminated|terminating connection|connection refused|econnrefused|econnreset|timeout exceeded when trying to connect|server closed the connection|the database system is (shutting down|starting up|in recovery mode)|can't reach database server/i;

/** Whether an error (or one of its causes) says that the server did not answer, as opposed to a bad query. */
export function isServerAway(error: unknown): boolean {
  let cause: unknown = error;
  for (let depth = 0; cause && depth < 6; depth++) {
    const { code, message } = cause as { code?: unknown; message?: unknown };
    if (typeof code === "string" && AWAY_CODES.test(code)) return true;
    if (typeof message === "string" && AWAY_MESSAGES.test(message)) return true;
    cause =
      (cause as { cause?: unknown }).cause ??
      (cause as { meta?: { driverAdapterError?: unknown } }).meta?.driverAdapterError;
  }
  return false;
}

/** Errors that the primary would give too: not worth a second run. */
function sameOnPrimary(error: unknown): boolean {
  const { code, name, message } = error as { code?: unknown; name?: unknown; message?: unknown };
  return (
    code === "P2025" ||
    code === "57014" ||
    name === "PrismaClientValidationError" ||
    (typeof message === "string" && /statement timeout/i.test(message))
  );
}

export class ReadRouter {
  private readonly scopes = new AsyncLocalStorage<Scope>();
  /** When each client's latest write was acknowledged (epoch ms), while some replica may lack it. */
  private readonly lastWrite = new Map<string, number>();
  private readonly replicas: Replica[];
  /** The primary's WAL position at recent times, oldest first. */
  private samples: { at: number; lsn: bigint }[] = [];
  private readonly timer: NodeJS.Timeout;
  private checking: Promise<void> | undefined;
  private readonly listeners = new Set<(status: ReplicaStatus) => void>();
  private closed = false;
  /** Reads of requests sent to the primary (see `ReadCounts`). */
  private primaryReads = 0;
  /** Reads of requests that failed on a replica and ran on the primary. */
  private fallbackReads = 0;

  constructor(private readonly options: ReadRouterOptions) {
    this.replicas = options.replicas.map(({ url, pool }) => ({
      url: withoutPassword(url),
      pool,
      asOf: Number.NEGATIVE_INFINITY,
      healthy: false,
      lagMs: null,
      reason: "not checked yet",
      reads: 0,
      reported: false,
    }));
    this.timer = setInterval(() => void this.check(), options.checkIntervalMs);
    this.timer.unref();
    void this.check();
  }

  /**
   * Runs `work` as one request of `client` (an API key or an address): its reads may go to a replica. When
   * it wrote, the client's window starts when `work` has settled (after its transactions committed).
   */
  request<T>(client: string, work: () => T | Promise<T>): Promise<T> {
    const scope: Scope = { client, primary: false, wrote: false };
    return this.scopes.run(scope, () =>
      Promise.resolve()
        .then(work)
        .finally(() => {
          if (scope.wrote) this.lastWrite.set(client, Date.now());
        }),
    );
  }

  /**
   * The current request may write (a mutation): its reads go to the primary. Its client keeps reading
   * from the primary afterwards only if a write actually ran (`noteWrite`): a refused mutation changes
   * nothing, and anonymous clients behind one balancer share an address.
   */
  usePrimary(): void {
    const scope = this.scopes.getStore();
    if (scope) scope.primary = true;
  }

  /** A write (or a transaction) ran in the current request. */
  noteWrite(): void {
    const scope = this.scopes.getStore();
    if (scope) {
      scope.wrote = true;
      scope.primary = true;
      this.lastWrite.set(scope.client, Date.now());
    }
  }

  /** The replica for a read now, or undefined for the primary. */
  pick(): Replica | undefined {
    const scope = this.scopes.getStore();
    if (!scope || this.closed) return undefined;
    if (scope.primary) {
      this.primaryReads += 1;
      return undefined;
    }
    const since = this.lastWrite.get(scope.client) ?? Number.NEGATIVE_INFINITY;
    const candidates = this.replicas.filter((replica) => replica.healthy && replica.asOf >= since);
    if (candidates.length === 0) {
      this.primaryReads += 1;
      return undefined;
    }
    const replica = candidates[Math.floor(Math.random() * candidates.length)] as Replica;
    replica.reads += 1;
    return replica;
  }

  /** Runs a read on `replica`; when it fails there, on the primary instead (skipping a replica that is away). */
  async onReplica<T>(replica: Replica, onReplica: () => Promise<T>, onPrimary: () => Promise<T>): Promise<T> {
    try {
      return await onReplica();
    } catch (error) {
      if (sameOnPrimary(error)) throw error;
      if (isServerAway(error)) this.skip(replica, error);
      replica.reads -= 1;
      this.fallbackReads += 1;
      return onPrimary();
    }
  }

  /** The replicas' state, for logs, readiness and tests. */
  status(): ReplicaStatus[] {
    return this.replicas.map(({ url, healthy, lagMs, reason, reads }) => ({
      url,
      healthy,
      lagMs,
      reason,
      reads,
    }));
  }

  /** How many reads of requests ran where (for metrics): plain counts, kept as each read is routed. */
  reads(): ReadCounts {
    let replica = 0;
    for (const r of this.replicas) replica += r.reads;
    return { replica, primary: this.primaryReads, primaryFallback: this.fallbackReads };
  }

  /** Calls `listener` whenever a replica starts or stops being used. */
  onChange(listener: (status: ReplicaStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** One health check now (the timer runs them anyway); resolves when it is done. */
  check(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.checking ??= this.checkOnce().finally(() => {
      this.checking = undefined;
    });
    return this.checking;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    await this.checking?.catch(() => {});
  }

  private async checkOnce(): Promise<void> {
    // A server busy with reads may take a moment to answer; one that takes longer than the lag limit is
    // as good as that far behind.
    const answerMs = Math.max(1_000, this.options.checkIntervalMs, this.options.maxLagMs);
    const at = Date.now();
    try {
      const { rows } = await timeout(
        this.options.primary.query<{ lsn: string }>("SELECT pg_current_wal_lsn()::text AS lsn"),
        answerMs,
      );
      if (rows[0]) this.samples.push({ at, lsn: parseLsn(rows[0].lsn) });
    } catch {
      // The primary is away: the replicas' positions cannot advance, so their lag grows until it answers.
    }
    const keep = at - 2 * this.options.maxLagMs - 2 * this.options.checkIntervalMs;
    while (this.samples.length > 1 && (this.samples[0] as { at: number }).at < keep) this.samples.shift();
    await Promise.all(this.replicas.map((replica) => this.checkReplica(replica, answerMs)));
    // A write needs no window any more once every replica, healthy or not, has replayed past it (a replica
    // skipped now may come back under the limit later), or once it is older than twice the lag limit: a
    // replica is only read while its position is within the limit of now, so it then holds the write.
    const oldest =
      this.replicas.length > 0 ? Math.min(...this.replicas.map((r) => r.asOf)) : Number.NEGATIVE_INFINITY;
    const expired = Math.max(oldest, Date.now() - 2 * this.options.maxLagMs);
    for (const [client, when] of this.lastWrite) if (when <= expired) this.lastWrite.delete(client);
  }

  private async checkReplica(replica: Replica, answerMs: number): Promise<void> {
    try {
      const { rows } = await timeout(
        replica.pool.query<{ standby: boolean; lsn: string | null }>(
          "SELECT pg_is_in_recovery() AS standby, pg_last_wal_replay_lsn()::text AS lsn",
        ),
        answerMs,
      );
      const row = rows[0];
      if (!row?.standby || !row.lsn) {
        this.mark(replica, false, "not a standby (promoted, or not replicating)");
        return;
      }
      const replayed = parseLsn(row.lsn);
      for (let i = this.samples.length - 1; i >= 0; i--) {
        const sample = this.samples[i] as { at: number; lsn: bigint };
        if (sample.lsn <= replayed) {
          replica.asOf = Math.max(replica.asOf, sample.at);
          break;
        }
      }
      replica.lagMs = Number.isFinite(replica.asOf) ? Math.max(0, Date.now() - replica.asOf) : null;
      if (replica.lagMs === null) this.mark(replica, false, "has not replayed any recent position yet");
      else if (replica.lagMs > this.options.maxLagMs)
        this.mark(replica, false, `lags ${replica.lagMs} ms (limit ${this.options.maxLagMs} ms)`);
      else this.mark(replica, true, null);
    } catch (error) {
      this.skip(replica, error);
    }
  }

  private skip(replica: Replica, error: unknown): void {
    this.mark(replica, false, `unreachable: ${String((error as Error)?.message ?? error).split("\n")[0]}`);
  }

  private mark(replica: Replica, healthy: boolean, reason: string | null): void {
    const changed = replica.healthy !== healthy || !replica.reported;
    replica.reported = true;
    replica.healthy = healthy;
    replica.reason = reason;
    if (changed && !this.closed) {
      const [status] = this.status().filter((s) => s.url === replica.url);
      for (const listener of this.listeners) if (status) listener(status);
    }
  }
}

/** Every read operation of a Prisma model (what a replica may serve). */
export const PRISMA_READS = new Set([
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "findUnique",
  "findUniqueOrThrow",
  "groupBy",
  "aggregate",
  "count",
]);
