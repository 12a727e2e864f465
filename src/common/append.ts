// Append one array to another without spreading it into arguments: `push(...items)` overflows the call stack once
// `items` holds some 100,000 entries, which one result file can yield.

export function append<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}
