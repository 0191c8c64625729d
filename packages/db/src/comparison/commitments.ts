/**
 * Commitments over time: an agreement's status history joined with the later (and earlier) meetings'
 * agreements that take it up, as one timeline; and the rule that flags a commitment still open when a
 * party no longer holds the role it held when the commitment was made.
 */
import type { AgreementStatus, CommitmentLink } from "../generated/prisma/enums.ts";

/** Statuses under which a commitment is still to be kept. */
export const OPEN_STATUSES: readonly AgreementStatus[] = ["PROPOSED", "AGREED", "IN_PROGRESS"];

export interface TimelineStep<A, E> {
  /** When: the status change's date, or the start of the meeting that took the commitment up. */
  on: Date | null;
  agreement: A;
  /** A status change (with its status), or a link from a later meeting (with its kind). */
  status: AgreementStatus | null;
  link: CommitmentLink | null;
  note: string | null;
  evidence: E | null;
}

/** The steps in time order; steps without a date last, links after status changes of the same day. */
export function orderTimeline<A, E>(steps: TimelineStep<A, E>[]): TimelineStep<A, E>[] {
  const time = (step: TimelineStep<A, E>) => step.on?.getTime() ?? Number.POSITIVE_INFINITY;
  return steps.toSorted((a, b) => time(a) - time(b) || Number(a.link !== null) - Number(b.link !== null));
}

/** A commitment's statuses in the order of its life: on the same day, the later one is where it stands. */
const LIFE: readonly AgreementStatus[] = [
  "PROPOSED",
  "AGREED",
  "IN_PROGRESS",
  "FULFILLED",
  "OVERTAKEN",
  "LAPSED",
];

/**
 * The status the history ends on (by date; on one day, the later in a commitment's life: proposed and
 * agreed at the same talks is agreed), or AGREED for an agreement reported without one.
 */
export function currentStatus(changes: { status: AgreementStatus; on: Date }[]): AgreementStatus {
  const latest = changes.toSorted(
    (a, b) => b.on.getTime() - a.on.getTime() || LIFE.indexOf(b.status) - LIFE.indexOf(a.status),
  )[0];
  return latest?.status ?? "AGREED";
}

export interface PartyRole {
  title: string;
  validFrom: Date | null;
  validTo: Date | null;
}

export interface RoleEndedAlert<P> {
  party: P;
  /** The roles the party held when the commitment was made, all of which have ended by `asOf`. */
  roles: PartyRole[];
  endedOn: Date;
  message: string;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Parties of an open commitment whose every role held on the day it was made has ended by `asOf`: the
 * person who made it may no longer be able to keep it (a foreign minister removed before the visit he
 * accepted). A party with no recorded role at that date is not flagged.
 */
export function roleEndedAlerts<P extends { name: string; roles: PartyRole[] }>(
  parties: P[],
  madeOn: Date | null,
  status: AgreementStatus,
  asOf: Date,
): RoleEndedAlert<P>[] {
  if (!madeOn || !OPEN_STATUSES.includes(status)) return [];
  const alerts: RoleEndedAlert<P>[] = [];
  for (const party of parties) {
    const held = party.roles.filter(
      (role) =>
        (!role.validFrom || role.validFrom.getTime() <= madeOn.getTime()) &&
        (!role.validTo || role.validTo.getTime() >= madeOn.getTime()),
    );
    if (held.length === 0 || held.some((role) => !role.validTo || role.validTo.getTime() >= asOf.getTime()))
      continue;
    const endedOn = new Date(Math.max(...held.map((role) => (role.validTo as Date).getTime())));
    const list = held.map((role) => `${role.title} until ${day(role.validTo as Date)}`).join(", ");
    alerts.push({
      party,
      roles: held,
      endedOn,
      message: `${party.name} no longer holds the role${held.length > 1 ? "s" : ""} held when this was agreed (${list}), yet the commitment still reads ${status}.`,
    });
  }
  return alerts;
}
