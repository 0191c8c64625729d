/**
 * The same statement in different words: how alike outlets' versions of one statement are, which words
 * every version shares and which each adds, and groups of statements computed from that (one speaker, several
 * outlets, wordings alike enough), beside the groups a curator made.
 *
 * Likeness is the Dice coefficient of the versions' word sets, counting words of three letters or more, so
 * that the articles and particles every sentence has do not make two statements alike. Home-made because
 * the comparison is a dozen lines over short passages; a text-similarity library would bring stemming and
 * language models that translations (the usual cause of different words) defeat anyway.
 */

/** A statement's words for comparing: lower case, letters and digits, three characters or more. */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).filter(
    (word) => Array.from(word).length >= 3,
  );
}

/** How alike two wordings are, 0 to 1: twice the shared distinct words over the distinct words of both. */
export function likeness(a: string, b: string): number {
  const left = new Set(wordsOf(a));
  const right = new Set(wordsOf(b));
  if (left.size === 0 && right.size === 0) return 1;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return (2 * shared) / (left.size + right.size);
}

export interface Version<S> {
  statement: S;
  /** Its likeness to the other versions, on average. */
  similarity: number;
  /** Its words that not every version uses, in the order they appear. */
  differing: string[];
}

export interface Wording<S> {
  /** The least alike pair of versions (1 for a single version). */
  similarity: number;
  /** Words every version uses, in the order of the first. */
  shared: string[];
  versions: Version<S>[];
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** Compares the versions of one statement. */
export function compareWordings<S>(versions: { statement: S; text: string }[]): Wording<S> {
  const sets = versions.map((version) => new Set(wordsOf(version.text)));
  const sharedSet = new Set([...(sets[0] ?? [])].filter((word) => sets.every((set) => set.has(word))));
  let least = 1;
  const averages = versions.map((version, i) => {
    if (versions.length === 1) return 1;
    let sum = 0;
    versions.forEach((other, j) => {
      if (i === j) return;
      const value = likeness(version.text, other.text);
      sum += value;
      if (j > i) least = Math.min(least, value);
    });
    return sum / (versions.length - 1);
  });
  return {
    similarity: round(least),
    shared: [...new Set(wordsOf(versions[0]?.text ?? ""))].filter((word) => sharedSet.has(word)),
    versions: versions.map((version, i) => ({
      statement: version.statement,
      similarity: round(averages[i] ?? 1),
      differing: [...new Set(wordsOf(version.text))].filter((word) => !sharedSet.has(word)),
    })),
  };
}

export interface GroupableStatement {
  id: string;
  /** The named speaker, or null (unnamed speakers are not grouped: "officials" are many people). */
  speakerId: string | null;
  outletId: string;
  text: string;
}

/**
 * Groups of statements by one speaker, carried by two outlets or more, each version at least `threshold`
 * alike to another of the group (single link), most versions first.
 */
export function groupStatements<S extends GroupableStatement>(statements: S[], threshold: number): S[][] {
  const bySpeaker = new Map<string, S[]>();
  for (const statement of statements) {
    if (statement.speakerId === null) continue;
    bySpeaker.set(statement.speakerId, [...(bySpeaker.get(statement.speakerId) ?? []), statement]);
  }
  const groups: S[][] = [];
  for (const list of bySpeaker.values()) {
    const parent = list.map((_, i) => i);
    const find = (i: number): number => {
      while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
      return i;
    };
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i] as S;
        const b = list[j] as S;
        if (a.outletId !== b.outletId && likeness(a.text, b.text) >= threshold) parent[find(i)] = find(j);
      }
    }
    const clusters = new Map<number, S[]>();
    list.forEach((statement, i) => {
      clusters.set(find(i), [...(clusters.get(find(i)) ?? []), statement]);
    });
    for (const cluster of clusters.values()) {
      if (new Set(cluster.map((statement) => statement.outletId)).size >= 2) groups.push(cluster);
    }
  }
  return groups.sort((a, b) => b.length - a.length);
}
