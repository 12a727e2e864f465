// A model config as read from the repository: the validated config, where it lives, and the lines of its keys.
import type { ModelConfig } from './schema.ts';

export interface LoadedModel {
  config: ModelConfig;
  /** Path of the model config in the repository. */
  file: string;
  /** Line of a top-level key of the config (e.g. declared_level), for findings. */
  lines: Record<string, number>;
}
