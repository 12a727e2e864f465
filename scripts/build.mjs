// Bundles the Action (dist/index.js, its post step dist/post.js) and the CLI (dist/cli.js) into ESM files for
// Node 24 (what only some runs need in dist/chunks/, loaded on first use), and writes dist/licenses.txt: the licence of every package the bundles contain, as esbuild's metafile lists them.
// `--check` builds into memory and fails when the committed dist/ differs from what the source builds.
import { build } from 'esbuild';
import { buildOptions } from './build-options.mjs';
import { readFile, readdir, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const entries = { index: 'src/action/index.ts', post: 'src/action/post-index.ts', cli: 'src/cli/index.ts' };
const check = process.argv.includes('--check');
/** The files in which a package states its licence and notices. */
const LICENCE_FILE = /^(licen[cs]e|copying|notice)(\.|-|$)/i;

const result = await build({
  entryPoints: entries,
  outdir: 'dist',
  ...buildOptions,
  // What only some runs need (the evidence readers, the git plumbing) sits in chunks loaded on first use.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  write: false,
  metafile: true,
  legalComments: 'eof',
});

const outputs = result.outputFiles.map((file) => ({ path: file.path.slice(file.path.lastIndexOf('/dist/') + 1), text: file.text }));
outputs.push({ path: 'dist/licenses.txt', text: await licenses(result.metafile) });

const stale = [];
for (const { path, text } of outputs) {
  if (check) {
    const committed = await readFile(path, 'utf8').catch(() => undefined);
    if (committed !== text) stale.push(path);
  } else {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
    console.log(`wrote ${path} (${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB)`);
  }
}
// Chunks of an earlier build that this one no longer writes.
const written = new Set(outputs.map((o) => o.path));
for (const path of await filesUnder('dist')) {
  if (written.has(path)) continue;
  if (check) stale.push(`${path} (not built from the source)`);
  else await rm(path);
}
if (stale.length > 0) {
  console.error(`dist/ does not match the source: ${stale.join(', ')} — run npm run build and commit dist/`);
  process.exit(1);
}
if (check) console.log('dist/ matches the source');

/** Every file under `dir`, as paths from the repository root. */
async function filesUnder(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** The folder of the package an input file belongs to: the part up to the last node_modules/<name> (or @scope/name). */
function packageDir(input) {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
  return match?.[1];
}

/** Which bundles hold a file of each package folder. */
function bundledPackages(metafile) {
  const packages = new Map();
  for (const [output, { inputs }] of Object.entries(metafile.outputs)) {
    for (const input of Object.keys(inputs)) {
      const dir = packageDir(input);
      if (dir === undefined) continue;
      if (!packages.has(dir)) packages.set(dir, new Set());
      packages.get(dir).add(output);
    }
  }
  return packages;
}

async function licenses(metafile) {
  const sections = [];
  for (const [dir, bundles] of bundledPackages(metafile)) {
    const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
    const files = (await readdir(dir)).filter((f) => LICENCE_FILE.test(f)).sort();
    const texts = await Promise.all(files.map(async (f) => (await readFile(join(dir, f), 'utf8')).trim()));
    if (texts.length === 0)
      throw new Error(`${pkg.name} ${pkg.version} ships no licence file: its licence (${pkg.license}) cannot be shipped with dist/`);
    const license = typeof pkg.license === 'string' ? pkg.license : 'see below';
    const header = `${pkg.name} ${pkg.version} (${license}), in ${[...bundles].sort().join(', ')}`;
    sections.push({
      key: `${pkg.name}@${pkg.version}`,
      text: `${header}\n${'-'.repeat(Math.min(header.length, 100))}\n${texts.join('\n\n')}\n`,
    });
  }
  // The same package may sit in two folders (nested node_modules): one section per name and version.
  const unique = [...new Map(sections.map((s) => [s.key, s])).values()].sort((a, b) => a.key.localeCompare(b.key));
  const intro = 'Third-party software bundled in dist/ and its licences (written by scripts/build.mjs from the bundle; do not edit).\n';
  return `${intro}\n${unique.map((s) => s.text).join(`\n${'='.repeat(100)}\n\n`)}`;
}
