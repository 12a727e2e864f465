// Safety levels are ordered by their position in `policy.levels`; a level the policy does not define ranks above all.

export function levelRank(levels: readonly string[], level: string): number {
  const i = levels.indexOf(level);
  return i === -1 ? levels.length : i;
}

export function isKnownLevel(levels: readonly string[], level: string): boolean {
  return levels.includes(level);
}

export function baselineLevel(levels: readonly string[]): string {
  return levels[0] ?? 'baseline';
}
