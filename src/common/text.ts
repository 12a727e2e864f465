// Ordering text the same everywhere: by UTF-16 code units, never by the machine's locale, so verdicts are reproducible.

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
