import { describe, expect, it } from 'vitest';
import { renderText } from '../../../src/report/text.ts';
import { failingVerdict, hostileVerdict, passingVerdict } from './verdicts.ts';

const ESC = '\u001b';

describe('renderText', () => {
  it('prints the conclusion and headline first', () => {
    expect(renderText(failingVerdict(), { color: false }).split('\n')[0]).toBe(
      'FAILURE  frontier-7 needs ASL-3 but declares ASL-2; 1 safeguard pending.',
    );
  });

  it('prints each model with its capability lines and checklist', () => {
    const v = failingVerdict();
    const text = renderText(v, { color: false });
    expect(text).toContain('frontier-7  needs ASL-3 · declares ASL-2 · failure  (models/frontier-7/model.yaml)');
    expect(text).toMatch(
      / {4}crossed {8}cbrn-3 {2}wmdp-bio\/accuracy 0\.71 ± 0\.012: lower bound 0\.6865 ≥ threshold 0\.65 {2}evals\/frontier-7\/wmdp\.yaml:4/,
    );
    expect(text).toContain(
      `pending    asl3-classifiers (ASL-3, deployment) Real-time classifier guards block CBRN uplift [@acme/safeguards, alice]  → /rsp attest asl3-classifiers frontier-7 fp:${v.models[0]!.fingerprint.slice(0, 20)}`,
    );
    expect(text).toContain(
      'attested   asl3-egress (ASL-3, security) Egress bandwidth controls on model weights [@acme/security] by carol at 2026-12-01T10:00:00Z',
    );
    expect(text).toContain('satisfied  asl2-security');
  });

  it('prints findings as file:line: severity CODE message', () => {
    const text = renderText(failingVerdict(), { color: false });
    expect(text).toContain('\nmodels/frontier-7/model.yaml:3: error DECLARED_LEVEL_TOO_LOW frontier-7 needs ASL-3 but declares ASL-2\n');
    expect(text).toContain('\nevals/frontier-7/wmdp.yaml:4: notice THRESHOLD_CROSSED ');
  });

  it('sums up pending safeguards in one finding line, since the checklist lists each with its command', () => {
    const text = renderText(failingVerdict(), { color: false });
    expect(text.match(/SAFEGUARD_PENDING/g)).toHaveLength(1);
    expect(text).toContain('\nwarning SAFEGUARD_PENDING 1 safeguard(s) pending: see the checklists above\n');
    expect(renderText(passingVerdict(), { color: false })).not.toContain('SAFEGUARD_PENDING');
  });

  it('colours only when asked', () => {
    expect(renderText(failingVerdict(), { color: false })).not.toContain(ESC);
    const coloured = renderText(failingVerdict(), { color: true });
    expect(coloured).toContain(`${ESC}[31m`);
    expect(coloured.split('\n')[0]).toBe(
      `${ESC}[31m${ESC}[1mFAILURE${ESC}[22m${ESC}[39m  frontier-7 needs ASL-3 but declares ASL-2; 1 safeguard pending.`,
    );
    expect(renderText(passingVerdict(), { color: true })).toContain(`${ESC}[32m`);
  });

  it('lets no escape sequence or line break through from user text', () => {
    const text = renderText(hostileVerdict(), { color: false });
    expect(text).toContain('ALL GOOD');
    expect(text).not.toContain(ESC);
    expect(text).not.toMatch(/^\| forged/m);
    expect(text).not.toContain('\u202E');
  });
});
