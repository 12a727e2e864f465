import { describe, expect, it } from 'vitest';
import { collectCommands, preflight } from '../../../src/commands/collect.ts';
import { REPLY_MARKER, answerTrigger } from '../../../src/report/reply.ts';
import type { ModelVerdict, Verdict } from '../../../src/engine/types.ts';
import { access, comment, policy } from './fixtures.ts';

const base = { prAuthor: 'carol', headPushedBy: '2026-11-20T09:00:00Z' as string | null };

function verdict(models: Array<Partial<ModelVerdict> & { id: string }> = []): Verdict {
  return {
    schemaVersion: 2,
    subject: { baseSha: 'b'.repeat(40), headSha: 'h'.repeat(40) },
    tool: { name: 'rsp-gate', version: '0.0.0' },
    conclusion: 'action_required',
    requiredLevel: 'ASL-3',
    headline: 'h',
    referenceDate: '2026-11-20',
    policy: { file: '.github/rsp-policy.yml', extends: null, changed: false, approvedBy: [], fingerprint: null },
    models: models.map((m) => ({
      path: `models/${m.id}/model.yaml`,
      declaredLevel: 'ASL-3',
      requiredLevel: 'ASL-3',
      conclusion: 'action_required',
      fingerprint: 'f'.repeat(64),
      capabilities: [],
      safeguards: [],
      findings: [],
      ...m,
    })),
    findings: [],
    counts: { error: 0, warning: 0, notice: 0 },
    ledger: [],
  };
}

async function answerFor(body: string, login: string, v: Verdict | undefined = verdict([{ id: 'frontier-7' }])) {
  const c = comment(login, body);
  const collected = await collectCommands({
    ...base,
    comments: [c],
    policy: policy(),
    access: access({ jordan: 'admin' }, { 'acme/safeguards': [] }),
    triggerId: c.id,
  });
  return answerTrigger(collected.trigger!, v);
}

describe('the answer to a triggering comment', () => {
  it('is a thumbs-up and no reply when every command was accepted', async () => {
    expect(await answerFor('/rsp attest asl3-classifiers', 'alice')).toEqual({ reaction: '+1' });
  });

  it('is a thumbs-down and a reply saying why when a command was refused, with every mention broken', async () => {
    const answer = await answerFor('/rsp approve-policy\n/rsp attest asl3-classifiers', 'alice');
    expect(answer.reaction).toBe('-1');
    expect(answer.reply!.startsWith(REPLY_MARKER)).toBe(true);
    expect(answer.reply).toContain('refused: alice is not one of the policy approvers');
    expect(answer.reply).toContain('✅ `/rsp attest asl3-classifiers` accepted');
    expect(answer.reply).toContain('@\u200bacme/rso');
    expect(answer.reply).not.toMatch(/@[a-z]/i);
  });

  it('says when a command named a model the PR does not evaluate', async () => {
    const answer = await answerFor('/rsp attest asl3-classifiers nemo', 'alice');
    expect(answer.reaction).toBe('-1');
    expect(answer.reply).toContain('had no effect: this PR does not evaluate a model &quot;nemo&quot; \\(evaluated: frontier-7\\)');
  });

  it('is confused, with the help, when a line could not be read', async () => {
    const answer = await answerFor('/rsp attets asl3-classifiers', 'alice');
    expect(answer.reaction).toBe('confused');
    expect(answer.reply).toContain('unknown sub-command &quot;attets&quot;');
    expect(answer.reply).toContain('| `/rsp approve-policy [fp:<hex>]` |');
  });

  it('answers help and explain with text', async () => {
    const v = verdict([
      {
        id: 'frontier-7',
        capabilities: [
          {
            id: 'cbrn-3',
            title: 'CBRN uplift',
            status: 'crossed',
            requires: 'ASL-3',
            demandsLevel: true,
            reason: 'lower bound 0.78 ≥ threshold 0.65',
            evidence: [],
          },
        ],
      },
    ]);
    const help = await answerFor('/rsp help', 'mallory', v);
    expect(help.reaction).toBe('+1');
    expect(help.reply).toContain('/rsp revoke <safeguard-id> [model-id]');
    const explained = await answerFor('/rsp explain frontier-7', 'mallory', v);
    expect(explained.reply).toContain('`cbrn-3` CBRN uplift: **crossed**');
    expect(explained.reply).toContain('lower bound 0.78 ≥ threshold 0.65');
    const missing = await answerFor('/rsp explain nemo', 'mallory', v);
    expect(missing.reaction).toBe('-1');
  });
});

describe('preflight', () => {
  it('evaluates for any command that needs the policy or the verdict', async () => {
    const fake = access({}, {});
    expect(await preflight(comment('mallory', '/rsp attest asl3-egress'), 'carol', fake)).toEqual({ evaluate: true });
    expect(await preflight(comment('mallory', '/rsp explain'), 'carol', fake)).toEqual({ evaluate: true });
    expect(fake.calls).toEqual([]);
  });

  it('evaluates for /rsp evaluate from a writer, and not from a reader, whose refusal it answers', async () => {
    const fake = access({ frank: 'write', heidi: 'read' }, {});
    expect(await preflight(comment('frank', '/rsp evaluate'), 'carol', fake)).toEqual({ evaluate: true });
    const refused = await preflight(comment('heidi', '/rsp evaluate\n/rsp help'), 'carol', fake);
    expect(refused.evaluate).toBe(false);
    const answer = answerTrigger(refused.trigger!, undefined);
    expect(answer.reaction).toBe('-1');
    expect(answer.reply).toContain('heidi has read access to this repository; write access is needed');
    expect(answer.reply).toContain('| `/rsp evaluate` |');
  });

  it('answers a comment holding only help or unreadable lines without an evaluation', async () => {
    const fake = access({}, {});
    const help = await preflight(comment('mallory', '/rsp help'), 'carol', fake);
    expect(help.evaluate).toBe(false);
    expect(answerTrigger(help.trigger!, undefined).reaction).toBe('+1');
    const garbled = await preflight(comment('mallory', '/rsp'), 'carol', fake);
    expect(answerTrigger(garbled.trigger!, undefined).reaction).toBe('confused');
  });
});
