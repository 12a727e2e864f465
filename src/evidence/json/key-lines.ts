// Where each key of a JSON document stands, so that a record or a finding can point at its line. Every object and
// array the builder makes gets its own small table of lines (key -> line, index -> line), found by walking the
// values along the path; no per-key path strings, which would cost more than the parse itself.
import type { PathKey } from '../../common/yaml.ts';

type LineTable = Map<string, number> | number[];

export class KeyLines {
  private readonly topLines = new Map<string, number>();
  private readonly topValues = new Map<string, unknown>();
  // A Map, not a WeakMap: the values live exactly as long as these tables, and weak keys slow the collector down.
  private readonly tables = new Map<object, LineTable>();

  /** A top-level key's line, and its value when it was built. */
  setTop(key: string, line: number, value?: unknown): void {
    this.topLines.set(key, line);
    if (value !== undefined) this.topValues.set(key, value);
  }

  /** The table where the builder records the lines of one object's keys or one array's elements. */
  table(container: Record<string, unknown>): Map<string, number>;
  table(container: unknown[]): number[];
  table(container: object): LineTable {
    const table: LineTable = Array.isArray(container) ? [] : new Map<string, number>();
    this.tables.set(container, table);
    return table;
  }

  /** The line of the key (or array element) at `path`; the nearest ancestor's line when that one is not known. */
  line(path: readonly PathKey[]): number | undefined {
    if (path.length === 0) return undefined;
    const first = String(path[0]);
    let line = this.topLines.get(first);
    let node = this.topValues.get(first);
    for (let i = 1; i < path.length && line !== undefined; i++) {
      if (typeof node !== 'object' || node === null) break;
      const table = this.tables.get(node);
      const key = path[i]!;
      const found = Array.isArray(table) ? (typeof key === 'number' ? table[key] : undefined) : table?.get(String(key));
      if (found === undefined) break;
      line = found;
      node = (node as Record<string | number, unknown>)[key];
    }
    return line;
  }
}
