// Keeps the house's shape: the layer order documented in docs/architecture.md is the rule every import of src/ obeys.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');
const IO_MODULES = ['node:fs', 'node:fs/promises', 'node:child_process', 'node:net', 'node:http', 'node:https'];
const CORE = ['report', 'commands', 'engine', 'evidence', 'policy', 'common', 'ports'];

/** Layers from the ```layers block of the doc, bottom first; folders on one line share a layer. */
function documentedLayers(doc: string): string[][] {
  const block = /```layers\n([\s\S]*?)```/.exec(doc)?.[1];
  if (block === undefined) throw new Error('docs/architecture.md has no ```layers block');
  return block
    .split('\n')
    .map((line) => line.split('|')[0]!.trim())
    .filter((line) => line !== '')
    .map((line) => line.split(/\s+/))
    .reverse();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every module specifier a file imports or re-exports (static and dynamic). */
function importsOf(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(
    /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g,
  )) {
    found.push((m[1] ?? m[2] ?? m[3])!);
  }
  return found;
}

function folderOf(file: string): string {
  return relative(SRC, file).split('/')[0]!;
}

interface Violation {
  file: string;
  imports: string;
  why: string;
}

function violations(layers: string[][], files: Array<{ path: string; text: string }>): Violation[] {
  const layerOf = new Map(layers.flatMap((names, i) => names.map((n) => [n, i] as const)));
  const out: Violation[] = [];
  for (const { path, text } of files) {
    const from = folderOf(path);
    const file = relative(ROOT, path);
    const own = layerOf.get(from);
    if (own === undefined) {
      out.push({ file, imports: '', why: `src/${from} is not a layer in docs/architecture.md` });
      continue;
    }
    for (const spec of importsOf(text)) {
      if (CORE.includes(from) && IO_MODULES.includes(spec)) out.push({ file, imports: spec, why: `${from} is core and does no I/O` });
      if (!spec.startsWith('.')) continue;
      const to = folderOf(resolve(dirname(path), spec));
      if (to === from) continue;
      const theirs = layerOf.get(to);
      if (theirs === undefined) out.push({ file, imports: spec, why: `src/${to} is not a layer` });
      else if (theirs > own) out.push({ file, imports: spec, why: `${from} is below ${to}` });
      else if (theirs === own) out.push({ file, imports: spec, why: `${from} and ${to} are peers and must not import each other` });
    }
  }
  return out;
}

const doc = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');

describe('the layers of src/', () => {
  const layers = documentedLayers(doc);

  it('lists every folder of src/ exactly once', () => {
    const folders = readdirSync(SRC).filter((n) => statSync(join(SRC, n)).isDirectory());
    const listed = layers.flat();
    expect([...listed].sort()).toEqual([...folders].sort());
    expect(new Set(listed).size).toBe(listed.length);
    expect(readdirSync(SRC).filter((n) => n.endsWith('.ts'))).toEqual([]);
  });

  it('no import points upwards, sideways, or from the core to I/O', () => {
    const files = sourceFiles(SRC).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
    expect(violations(layers, files)).toEqual([]);
  });

  it('catches an upward import, a peer import and I/O in the core', () => {
    const at = (p: string, text: string) => ({ path: join(SRC, p), text });
    const found = violations(layers, [
      at('engine/x.ts', "import type { GitHubPort } from '../ports/github.ts';"),
      at('app/x.ts', "import { main } from '../cli/index.ts';"),
      at('evidence/x.ts', "import { readFile } from 'node:fs/promises';"),
      at('report/x.ts', "export { Verdict } from '../engine/types.ts';"),
      at('nowhere/x.ts', ''),
    ]);
    expect(found.map((v) => v.why)).toEqual([
      'engine is below ports',
      'app and cli are peers and must not import each other',
      'evidence is core and does no I/O',
      'src/nowhere is not a layer in docs/architecture.md',
    ]);
  });
});
