// Bundles the Action (dist/index.js, its post step dist/post.js) and the CLI (dist/cli.js) into single ESM files for Node 24.
// `--check` builds into memory and fails when the committed dist/ differs from what the source builds.
import { build } from 'esbuild';
import { readFile, mkdir, writeFile } from 'node:fs/promises';

const entries = { index: 'src/action/index.ts', post: 'src/action/post-index.ts', cli: 'src/cli/index.ts' };
const check = process.argv.includes('--check');

const result = await build({
  entryPoints: entries,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  write: false,
  legalComments: 'eof',
  logLevel: 'warning',
  // Bundled CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __rspCreateRequire } from 'node:module'; const require = __rspCreateRequire(import.meta.url);" },
});

let stale = [];
for (const file of result.outputFiles) {
  const rel = file.path.slice(file.path.lastIndexOf('/dist/') + 1);
  if (check) {
    const committed = await readFile(rel, 'utf8').catch(() => undefined);
    if (committed !== file.text) stale.push(rel);
  } else {
    await mkdir('dist', { recursive: true });
    await writeFile(rel, file.text);
    console.log(`wrote ${rel} (${(file.contents.byteLength / 1024).toFixed(0)} KiB)`);
  }
}
if (stale.length > 0) {
  console.error(`dist/ does not match the source: ${stale.join(', ')} — run npm run build and commit dist/`);
  process.exit(1);
}
if (check) console.log('dist/ matches the source');
