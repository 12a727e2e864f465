import { describe, expect, it } from 'vitest';
import { byImportance, describeDifference, diffReports } from '../../../src/report/report-diff.ts';

const finding = (code: string, message: string) => ({ code, severity: 'warning', message });

describe('the differences between a recorded and a re-derived report', () => {
  it('are none for equal reports, whatever the order of keys', () => {
    expect(diffReports({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toEqual([]);
  });

  it('name each differing field by its path, lists with ids by id', () => {
    const recorded = {
      conclusion: 'success',
      models: [{ id: 'm1', safeguards: [{ id: 's1', status: 'attested', attestedBy: 'sofia' }] }],
    };
    const rederived = {
      conclusion: 'action_required',
      models: [{ id: 'm1', safeguards: [{ id: 's1', status: 'pending', attestedBy: null }] }],
    };
    expect(diffReports(recorded, rederived).map(describeDifference)).toEqual([
      'conclusion: recorded "success", re-derived "action_required"',
      'models[m1].safeguards[s1].status: recorded "attested", re-derived "pending"',
      'models[m1].safeguards[s1].attestedBy: recorded "sofia", re-derived null',
    ]);
  });

  it('say which model only one side has, and compare lists without ids by position', () => {
    const diffs = diffReports(
      { models: [{ id: 'm1' }], ledger: [{ counted: true }] },
      { models: [{ id: 'm2' }], ledger: [{ counted: false }] },
    );
    expect(diffs.map(describeDifference)).toEqual([
      'models[m1]: only recorded: {"id":"m1"}',
      'models[m2]: only re-derived: {"id":"m2"}',
      'ledger[0].counted: recorded true, re-derived false',
    ]);
  });

  it('compare findings as a set, shown by code and message', () => {
    const a = finding('SAFEGUARD_PENDING', 'one pending');
    const b = finding('ATTESTATION_OUTDATED', 'made for another fingerprint');
    expect(diffReports({ findings: [a] }, { findings: [a] })).toEqual([]);
    expect(diffReports({ findings: [a] }, { findings: [b, a] }).map(describeDifference)).toEqual([
      'findings[]: only re-derived: ATTESTATION_OUTDATED warning: made for another fingerprint',
    ]);
  });

  it('come in the order a reader needs them: the verdict, the ledger, each model, then the details', () => {
    const recorded = {
      models: [{ id: 'm1', safeguards: [{ id: 's1', status: 'attested' }], conclusion: 'success' }],
      ledger: [{ counted: true }],
      conclusion: 'success',
    };
    const rederived = {
      models: [{ id: 'm1', safeguards: [{ id: 's1', status: 'pending' }], conclusion: 'action_required' }],
      ledger: [{ counted: false }],
      conclusion: 'action_required',
    };
    expect(byImportance(diffReports(recorded, rederived)).map((d) => d.path)).toEqual([
      'conclusion',
      'ledger[0].counted',
      'models[m1].conclusion',
      'models[m1].safeguards[s1].status',
    ]);
  });
});
