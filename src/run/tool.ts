// The version of rsp-gate: the package.json it ships in, found from this module upwards, so that the source (src/)
// and the bundle (dist/) both read the one version the release sets.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Tool } from '../engine/types.ts';

export async function packageVersion(from: string = import.meta.url): Promise<string> {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    const text = await readFile(join(dir, 'package.json'), 'utf8').catch(() => undefined);
    const pkg = text === undefined ? undefined : (JSON.parse(text) as { name?: unknown; version?: unknown });
    if (pkg?.name === 'rsp-gate' && typeof pkg.version === 'string') return pkg.version;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('the package.json of rsp-gate was not found');
    dir = parent;
  }
}

let current: Promise<Tool> | undefined;

/**
 * The rsp-gate writing a report; a version that cannot be read is said, not guessed, and never stops an evaluation.
 * Read once per process: the App asks for it on every evaluation.
 */
export function currentTool(): Promise<Tool> {
  current ??= packageVersion().then(
    (version) => ({ name: 'rsp-gate', version }),
    () => ({ name: 'rsp-gate', version: 'unknown' }),
  );
  return current;
}
