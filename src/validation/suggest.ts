// "Did you mean …?" suggestions for mistyped IDs, names and field keys.

/** Levenshtein distance over code points (so that Chinese characters count as one). */
export function editDistance(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  let previous = Array.from({ length: right.length + 1 }, (_, i) => i);
  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    for (let j = 1; j <= right.length; j++) {
      const substitution = previous[j - 1] + (left[i - 1] === right[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    previous = current;
  }
  return previous[right.length];
}

/** The closest known value, if it is close enough to be a likely typo, else undefined. */
export function closest(value: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = candidate.includes(value) || value.includes(candidate) ? 1 : editDistance(value, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const limit = Math.max(2, Math.floor([...value].length / 3));
  return best !== undefined && bestDistance <= limit ? best : undefined;
}

/** ` (did you mean "x"?)` or '' — for appending to a message. */
export function didYouMean(value: string, known: Iterable<string>): string {
  const match = closest(value, known);
  return match === undefined ? '' : ` (did you mean "${match}"?)`;
}

/** A short list of known values for a message: the first few, then "…". */
export function knownList(known: readonly string[], limit = 8): string {
  return known.length <= limit ? known.join(', ') : `${known.slice(0, limit).join(', ')}, …`;
}
