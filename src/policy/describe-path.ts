// Name a place in a policy the way its author thinks of it: entries by id (or eval/metric), not by list index,
// e.g. `capabilities[cbrn-3].evidence[wmdp-bio/accuracy].threshold`.
import type { PathKey } from '../common/yaml.ts';
import { child } from './raw.ts';

export function describePath(root: unknown, path: readonly PathKey[]): string {
  let node = root;
  let text = '';
  for (const key of path) {
    const next = child(node, key);
    if (typeof key === 'number') {
      text += `[${entryName(next) ?? key}]`;
    } else {
      text += text === '' ? key : `.${key}`;
    }
    node = next;
  }
  return text === '' ? '(top level)' : text;
}

function entryName(entry: unknown): string | undefined {
  const id = child(entry, 'id');
  if (typeof id === 'string' && id !== '') return id;
  const evalId = child(entry, 'eval');
  const metric = child(entry, 'metric');
  if (typeof evalId === 'string' && typeof metric === 'string') return `${evalId}/${metric}`;
  return undefined;
}
