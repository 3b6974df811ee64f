// "Did you mean …?" for unknown field names: the closest known name by edit distance,
// ignoring case, or a known name the typo is a prefix of (`latency` → `latencyMs`).

/**
 * Edit distance where inserting, deleting or changing a letter, or swapping two
 * neighbours ("prot" for "port"), each cost 1 (optimal string alignment).
 */
export function editDistance(a: string, b: string): number {
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      let best = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, beforePrevious[j - 2]! + 1);
      current.push(best);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** Longest names compared; anything longer is not a typo of a format v1 field. */
const MAX_COMPARED = 64;

/** The known name `unknown` was most likely meant to be, or undefined when none is close. */
export function suggestField(unknown: string, known: readonly string[]): string | undefined {
  if (unknown.length === 0 || unknown.length > MAX_COMPARED) return undefined;
  const typed = unknown.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of known) {
    const target = name.toLowerCase();
    const distance = editDistance(typed, target);
    // Allow about one slip per three letters; a prefix of at least three letters also counts.
    const close =
      distance <= Math.max(1, Math.floor(target.length / 3)) ||
      (typed.length >= 3 && target.startsWith(typed));
    if (close && distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}
