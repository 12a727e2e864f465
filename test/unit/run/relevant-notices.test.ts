import { describe, expect, it } from 'vitest';
import { finding } from '../../../src/common/finding.ts';
import { relevantNotices } from '../../../src/run/relevant-notices.ts';
import { model, record } from '../engine/factories.ts';

describe('relevantNotices', () => {
  const card = 'evals/scout-1s/model-card/README.md';
  const notice = finding('SELF_REPORTED', 'notice', 'model-card results are self-reported', { file: card, line: 7 });
  const records = new Map([[card, [record({ model: 'acme/scout-1s', file: card })]]]);
  const scout = model('scout-1s');
  const frontier = model('frontier-8');

  it('drops a notice about a file the PR leaves alone, for a model it does not evaluate', () => {
    expect(relevantNotices([notice], new Set(), [frontier], records)).toEqual([]);
  });

  it('keeps it when the PR changes the file or evaluates a model whose results it holds (by id or alias)', () => {
    expect(relevantNotices([notice], new Set([card]), [frontier], records)).toEqual([notice]);
    expect(relevantNotices([notice], new Set(), [scout], records)).toEqual([notice]);
  });

  it('always keeps warnings, errors and notices without a file', () => {
    const others = [
      finding('PARSE_ERROR', 'error', 'x', { file: card }),
      finding('UNKNOWN_MODEL', 'warning', 'y', { file: card }),
      finding('POLICY_CHANGED', 'notice', 'z'),
    ];
    expect(relevantNotices(others, new Set(), [frontier], records)).toEqual(others);
  });
});
