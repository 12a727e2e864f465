// The built-in presets a policy can `extends:`. Each is YAML text built from the framework it names, citing its
// sources; every number no source publishes is SET, for the user's policy to set.
import { anthropicRspV22 } from './anthropic-rsp-v2.2.ts';
import { anthropicRspV3 } from './anthropic-rsp-v3.ts';
import { gdmFsfV3 } from './gdm-fsf-v3.ts';
import { openaiPreparednessV2 } from './openai-preparedness-v2.ts';

export interface Preset {
  title: string;
  /** Where the framework is published. */
  source: string;
  /** The preset as a policy file (YAML). */
  text: string;
}

export const PRESETS: Record<string, Preset> = {
  'anthropic-rsp-v3': {
    title: 'Anthropic Responsible Scaling Policy v3.0',
    source: 'https://www.anthropic.com/responsible-scaling-policy',
    text: anthropicRspV3,
  },
  'anthropic-rsp-v2.2': {
    title: 'Anthropic Responsible Scaling Policy v2.2',
    source: 'https://www.anthropic.com/rsp',
    text: anthropicRspV22,
  },
  'openai-preparedness-v2': {
    title: 'OpenAI Preparedness Framework v2',
    source: 'https://cdn.openai.com/pdf/18a02b5d-6b67-4cec-ab64-68cdfbddebcd/preparedness-framework-v2.pdf',
    text: openaiPreparednessV2,
  },
  'gdm-fsf-v3': {
    title: 'Google DeepMind Frontier Safety Framework v3',
    source: 'https://deepmind.google/blog/strengthening-our-frontier-safety-framework/',
    text: gdmFsfV3,
  },
};

/** The preset of this name, if there is one (own keys only: `constructor` is not a preset). */
export function findPreset(name: string): Preset | undefined {
  return Object.hasOwn(PRESETS, name) ? PRESETS[name] : undefined;
}
