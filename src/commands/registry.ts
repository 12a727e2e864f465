// Which handler runs which command.
import type { Command, CommandName } from './parse.ts';
import type { CommandHandler } from './handler.ts';
import type { LedgerCommand } from '../engine/ledger.ts';
import { approveAssessment } from './handlers/approve-assessment.ts';
import { approvePolicy } from './handlers/approve-policy.ts';
import { attest } from './handlers/attest.ts';
import { evaluate } from './handlers/evaluate.ts';
import { explain } from './handlers/explain.ts';
import { help } from './handlers/help.ts';
import { revoke } from './handlers/revoke.ts';

type HandlerFor = { [N in CommandName]: CommandHandler<Extract<Command, { name: N }>> };

const HANDLERS: HandlerFor = {
  evaluate,
  attest,
  revoke,
  'approve-policy': approvePolicy,
  'approve-assessment': approveAssessment,
  explain,
  help,
};

/** The help of every command, in the order `/rsp help` lists them. */
export const COMMAND_HELP = Object.values(HANDLERS).map((h) => h.help);

export function handlerFor<C extends Command>(command: C): CommandHandler<C> {
  return HANDLERS[command.name] as unknown as CommandHandler<C>;
}

/** Commands whose effect is state the evaluation reads: replayed from every comment at every evaluation. */
export function carriesState(command: Command): command is Extract<Command, { name: LedgerCommand }> {
  return (
    command.name === 'attest' || command.name === 'revoke' || command.name === 'approve-policy' || command.name === 'approve-assessment'
  );
}
