// The esbuild settings every bundle of rsp-gate is built with (dist/ by build.mjs, and the benchmark's own bundles):
// one ESM file per entry for Node 24 that loads no more of Node and of its dependencies than it uses.
import { builtinModules, createRequire } from 'node:module';

/**
 * Node's built-in modules are taken with process.getBuiltinModule(), not imported: an ESM import of a built-in reads
 * every export for its facade, which runs lazy getters (node:http's loads Node's whole fetch stack: about 80 ms of CPU
 * at every start). Each becomes a module of its own whose exports are named, so that unused ones (and their getters) are dropped.
 */
function builtinsWithoutFacades() {
  const names = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
  const require = createRequire(import.meta.url);
  return {
    name: 'builtins-without-facades',
    setup(plugin) {
      plugin.onResolve({ filter: /^[a-z_/:]+$/ }, (args) =>
        names.has(args.path) && args.kind !== 'require-call'
          ? { path: args.path.startsWith('node:') ? args.path : `node:${args.path}`, namespace: 'builtin' }
          : undefined,
      );
      plugin.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => {
        const exported = Object.keys(require(args.path))
          .filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default')
          // Marked pure, so that esbuild drops an export nobody imports instead of running its getter.
          .map((name) => `export const ${name} = /* @__PURE__ */ (() => builtin.${name})();`);
        const contents = [
          `const builtin = process.getBuiltinModule(${JSON.stringify(args.path)});`,
          'export default builtin;',
          ...exported,
        ];
        return { contents: contents.join('\n'), loader: 'js' };
      });
    },
  };
}

/**
 * Packages whose modules do nothing when loaded, so that an import nothing uses is left out. @actions/core imports
 * @actions/http-client (and with it undici, 0.8 MB) only for the OIDC tokens the gate never asks for, and
 * @actions/exec and @actions/io only to describe the runner's platform.
 */
function sideEffectFree(packages) {
  const filter = new RegExp(`^(${packages.map((p) => p.replace(/[/.]/g, '\\$&')).join('|')})(/|$)`);
  return {
    name: 'side-effect-free',
    setup(plugin) {
      plugin.onResolve({ filter }, async (args) => {
        if (args.pluginData === 'side-effect-free') return undefined;
        const resolved = await plugin.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: 'side-effect-free' });
        return resolved.errors.length > 0 ? undefined : { ...resolved, sideEffects: false };
      });
    },
  };
}

export const buildOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  logLevel: 'warning',
  // Bundled CommonJS dependencies call require(); give the ESM bundle one (without importing node:module, see above).
  banner: { js: "const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);" },
  plugins: [builtinsWithoutFacades(), sideEffectFree(['@actions/http-client', '@actions/exec', '@actions/io'])],
};
