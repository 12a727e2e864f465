// The attestation ledger: every attest, revoke and approval command the gate saw on a PR, and whether it counted.
// Described once here: the report's `ledger`, the sticky comment's record and `rsp-gate audit` all use this schema.
import * as z from 'zod';

const LedgerCommandSchema = z.enum(['attest', 'revoke', 'approve-policy', 'approve-assessment']);
export type LedgerCommand = z.infer<typeof LedgerCommandSchema>;

const LedgerSourceSchema = z
  .strictObject({
    kind: z.enum(['comment', 'review', 'simulated']).describe('Where the command was posted; simulated: a local `check --attest`'),
    id: z.string().optional().describe('The comment or review (GraphQL node id)'),
    url: z.string().optional().describe('Where a reader finds the comment or review on GitHub'),
  })
  .describe('The comment or review a command came from');
export type LedgerSource = z.infer<typeof LedgerSourceSchema>;

export const LedgerEntrySchema = z
  .strictObject({
    command: LedgerCommandSchema,
    user: z.string().describe('Login of who posted the command'),
    at: z.string().describe('ISO time the command was made (its last edit, when edited)'),
    source: LedgerSourceSchema,
    model: z.string().optional().describe('The model the command names; absent: every model of the PR that needs it'),
    safeguard: z.string().optional().describe('The safeguard attested or revoked'),
    fingerprint: z.string().optional().describe('The fingerprint (prefix) the command was bound to with `fp:`'),
    counted: z.boolean().describe('True when the command took effect in this evaluation'),
    reason: z.string().optional().describe('Why it did not count, in the words of the reply to the command'),
  })
  .describe('One attest / revoke / approve-policy / approve-assessment command and whether it counted');
export type LedgerEntry = z.infer<typeof LedgerEntrySchema>;
