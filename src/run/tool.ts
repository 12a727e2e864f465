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

/** The rsp-gate writing a report; a version that cannot be read is said, not guessed, and never stops an evaluation. */
export async function currentTool(): Promise<Tool> {
  const version = await packageVersion().catch(() => 'unknown');
  return { name: 'rsp-gate', version };
}
