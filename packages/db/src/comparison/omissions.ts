/**
 * Who left out what: for one event, every comparable fact (agreements, statements carried by several
 * outlets, claimed attributes, topics) against the outlets that covered it, as present, absent or
 * contradicting, and the same grouped by outlet kind, country or state affiliation.
 */

export type FactKind = "AGREEMENT" | "STATEMENT_GROUP" | "CLAIM" | "TOPIC";
export type Presence = "PRESENT" | "ABSENT" | "CONTRADICTS";
export type OutletGrouping = "OUTLET" | "KIND" | "COUNTRY" | "AFFILIATION";

export interface MatrixOutlet {
  id: string;
  name: string;
  kind: string;
  country: string | null;
  /** The outlet's latest state affiliation, if any. */
  affiliation: string | null;
}

/** One outlet's report of a fact: its evidence, and whether it contradicts what most reports say. */
export interface FactReport<E> {
  outletId: string;
  evidence: E | null;
  contradicts?: boolean;
}

export interface Fact<E> {
  kind: FactKind;
  key: string;
  label: string;
  reports: FactReport<E>[];
}

export interface MatrixColumn<O extends MatrixOutlet> {
  /** The outlet's name, or the kind, country or affiliation shared (null where it is not known). */
  value: string | null;
  outlets: O[];
}

export interface MatrixCell<O extends MatrixOutlet, E> {
  column: MatrixColumn<O>;
  presence: Presence;
  /** How many of the column's outlets report the fact (contradicting reports included). */
  reporting: number;
  evidence: E[];
}

export interface MatrixRow<O extends MatrixOutlet, E> {
  kind: FactKind;
  key: string;
  label: string;
  cells: MatrixCell<O, E>[];
  /** How many columns leave the fact out entirely. */
  absentIn: number;
}

export interface OmissionMatrix<O extends MatrixOutlet, E> {
  groupBy: OutletGrouping;
  columns: MatrixColumn<O>[];
  rows: MatrixRow<O, E>[];
}

const groupValue = (outlet: MatrixOutlet, groupBy: OutletGrouping): string | null => {
  if (groupBy === "OUTLET") return outlet.id;
  if (groupBy === "KIND") return outlet.kind;
  if (groupBy === "COUNTRY") return outlet.country;
  return outlet.affiliation;
};

/**
 * The matrix of facts × columns (outlets, or groups of them, in the order the outlets are given: first
 * publication first). A column's cell contradicts when one of its outlets contradicts, is present when
 * one reports the fact, and absent otherwise.
 */
export function omissionMatrix<O extends MatrixOutlet, E>(
  outlets: O[],
  facts: Fact<E>[],
  groupBy: OutletGrouping,
): OmissionMatrix<O, E> {
  const columns = new Map<string | null, MatrixColumn<O>>();
  for (const outlet of outlets) {
    const value = groupValue(outlet, groupBy);
    const column = columns.get(value) ?? {
      value: groupBy === "OUTLET" ? outlet.name : value,
      outlets: [],
    };
    column.outlets.push(outlet);
    columns.set(value, column);
  }
  const rows = facts.map((fact) => {
    const cells = [...columns.values()].map((column) => {
      const ids = new Set(column.outlets.map((outlet) => outlet.id));
      const reports = fact.reports.filter((report) => ids.has(report.outletId));
      const reporting = new Set(reports.map((report) => report.outletId)).size;
      const presence: Presence = reports.some((report) => report.contradicts)
        ? "CONTRADICTS"
        : reporting > 0
          ? "PRESENT"
          : "ABSENT";
      const evidence = reports.flatMap((report) => (report.evidence === null ? [] : [report.evidence]));
      return { column, presence, reporting, evidence };
    });
    const absentIn = cells.filter((cell) => cell.presence === "ABSENT").length;
    return { kind: fact.kind, key: fact.key, label: fact.label, cells, absentIn };
  });
  return { groupBy, columns: [...columns.values()], rows };
}
