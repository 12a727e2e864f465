// Plain values as a YAML document gives them, before any schema has vouched for their shape.

import { isPlainObject } from '../common/object.ts';

export type RawObject = Record<string, unknown>;

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
