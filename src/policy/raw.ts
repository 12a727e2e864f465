// Plain values as a YAML document gives them, before any schema has vouched for their shape.

export type RawObject = Record<string, unknown>;

/** A mapping (not a list, a date or null). */
export function isPlainObject(value: unknown): value is RawObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The own property `key` of a mapping or index of a list, or undefined. */
export function child(node: unknown, key: string | number): unknown {
  if (Array.isArray(node)) return typeof key === 'number' ? node[key] : undefined;
  if (isPlainObject(node) && typeof key === 'string' && Object.hasOwn(node, key)) return node[key];
  return undefined;
}

export function hasChild(node: unknown, key: string | number): boolean {
  if (Array.isArray(node)) return typeof key === 'number' && key >= 0 && key < node.length;
  return isPlainObject(node) && typeof key === 'string' && Object.hasOwn(node, key);
}
