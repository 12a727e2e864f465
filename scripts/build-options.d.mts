// The types of build-options.mjs.
import type { BuildOptions } from 'esbuild';

export declare const buildOptions: BuildOptions;
