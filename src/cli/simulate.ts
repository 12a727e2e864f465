// `rsp-gate check --attest/--comments/--teams/--pr-author/--proposed-policy`: reads the simulation's files and hands
// the evaluation the simulated comments, authorised by the bot's own command handlers.
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { UsageError } from './args.ts';
import { collectCommands, type Collected } from '../commands/collect.ts';
import {
  SimulatedCommentsSchema,
  TeamsSchema,
  simulatedComments,
  simulationOutcomes,
  teamsAccess,
  type AttestSpec,
  type Teams,
} from '../commands/simulate.ts';
import { parseYaml, validate } from '../common/yaml.ts';
import type { Verdict } from '../engine/types.ts';
import type { RepoReader } from '../ports/repo-reader.ts';
import type { SimulationSummary } from '../report/simulation.ts';
import type { EvaluateOptions } from '../run/evaluate-change.ts';
import { withProposedPolicy } from '../sources/proposed-policy.ts';

export interface SimulationFlags {
  attest: AttestSpec[];
  comments?: string;
  teams?: string;
  prAuthor?: string;
  proposedPolicy?: string;
}

export interface Simulation {
  /** The reader the change is evaluated through (the proposed policy laid over it, when one is given). */
  reader: RepoReader;
  commands: NonNullable<EvaluateOptions['commands']>;
  summarize(verdict: Verdict): SimulationSummary;
}

/** The simulation's inputs, read and checked before anything is evaluated: a file it cannot read is a usage error. */
export async function prepareSimulation(
  flags: SimulationFlags,
  reader: RepoReader,
  head: string,
  options: { policyPath: string; now: string },
): Promise<Simulation> {
  const comments = flags.comments === undefined ? [] : await readList(flags.comments, SimulatedCommentsSchema, 'comments');
  const teams: Teams | undefined = flags.teams === undefined ? undefined : await readList(flags.teams, TeamsSchema, 'teams');
  const simulated = simulatedComments(comments, flags.attest, options.now);
  // As on GitHub, a command counts for the head only when it was made after the head was pushed: here, its commit.
  const headPushedBy = await reader.commitDate(head);
  const access = teamsAccess(teams, flags.teams);
  let collected: Collected | undefined;
  const commands: Simulation['commands'] = async (policy, { models }) => {
    collected = await collectCommands({
      comments: simulated.map((s) => s.comment),
      policy,
      prAuthor: flags.prAuthor ?? '',
      headPushedBy,
      access,
      models,
    });
    return collected.inputs;
  };
  const proposed = flags.proposedPolicy === undefined ? undefined : await readBytes(flags.proposedPolicy, 'proposed-policy');
  return {
    reader: proposed === undefined ? reader : withProposedPolicy(reader, options.policyPath, proposed),
    commands,
    summarize: (verdict) => ({
      outcomes: simulationOutcomes(simulated, collected?.decided ?? [], verdict, headPushedBy),
      ...(flags.proposedPolicy === undefined ? {} : { proposedPolicy: flags.proposedPolicy }),
      ...(flags.teams === undefined ? {} : { teamsFile: flags.teams }),
      ...(flags.prAuthor === undefined ? {} : { prAuthor: flags.prAuthor }),
    }),
  };
}

async function readBytes(path: string, flag: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (err) {
    throw new UsageError(
      `--${flag} ${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`,
      'check',
    );
  }
}

/** A YAML or JSON file of the simulation, validated; every problem named with its line. */
async function readList<S extends z.ZodType>(path: string, schema: S, flag: string): Promise<z.infer<S>> {
  const text = new TextDecoder().decode(await readBytes(path, flag));
  const checked = validate(schema, parseYaml(text, path), 'PARSE_ERROR', `--${flag}`);
  if (checked.value === undefined) {
    const problems = checked.findings.map((f) => `${f.file}:${f.line ?? 1}: ${f.message}`).join('; ');
    throw new UsageError(`--${flag} ${path} cannot be used: ${problems}`, 'check');
  }
  return checked.value;
}
