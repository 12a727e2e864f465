import { describe, expect, it } from 'vitest';
import { ANNOTATIONS_PER_REQUEST, MAX_ANNOTATIONS, annotationBatches, publishCheck, statusState } from '../../../src/github/checks.ts';
import type { CheckAnnotation } from '../../../src/report/check.ts';
import { fakeApi, httpError } from './fake-api.ts';
import type { CheckInput } from '../../../src/ports/github.ts';

const repo = { owner: 'acme', repo: 'models' };

function annotations(n: number, level: CheckAnnotation['annotation_level'] = 'warning'): CheckAnnotation[] {
  return Array.from({ length: n }, (_, i) => ({
    path: `evals/f${i}.yaml`,
    start_line: i + 1,
    end_line: i + 1,
    annotation_level: level,
    title: 'T',
    message: `m${i}`,
  }));
}

function input(overrides: Partial<CheckInput> = {}): CheckInput {
  return {
    name: 'rsp-gate',
    headSha: 'abc123',
    conclusion: 'failure',
    title: 'Failure: x',
    summary: 'summary',
    annotations: [],
    mode: 'check',
    detailsUrl: 'https://github.example/run/1',
    ...overrides,
  };
}

describe('check annotations', () => {
  it('go in batches of 50, errors first, at most MAX_ANNOTATIONS', () => {
    const list = [...annotations(120, 'notice'), ...annotations(130, 'failure'), ...annotations(60, 'warning')];
    const batches = annotationBatches(list);
    expect(batches.map((b) => b.length)).toEqual([50, 50, 50, 50, 50]);
    expect(batches.flat()).toHaveLength(MAX_ANNOTATIONS);
    expect(
      batches
        .flat()
        .slice(0, 130)
        .every((a) => a.annotation_level === 'failure'),
    ).toBe(true);
    expect(
      batches
        .flat()
        .slice(130, 190)
        .every((a) => a.annotation_level === 'warning'),
    ).toBe(true);
  });

  it('are sent with the check run and then through PATCH, 50 per request', async () => {
    const api = fakeApi({ request: (route) => (route.startsWith('POST') ? { id: 77, html_url: 'https://github.example/runs/77' } : {}) });
    const result = await publishCheck(api, repo, input({ annotations: annotations(120) }));
    expect(api.calls.map((c) => c.route)).toEqual([
      'POST /repos/{owner}/{repo}/check-runs',
      'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
      'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
    ]);
    const sent = api.calls.map((c) => (c.parameters.output as { annotations: unknown[] }).annotations.length);
    expect(sent).toEqual([ANNOTATIONS_PER_REQUEST, ANNOTATIONS_PER_REQUEST, 20]);
    expect(api.calls[0]!.parameters).toMatchObject({
      name: 'rsp-gate',
      head_sha: 'abc123',
      status: 'completed',
      conclusion: 'failure',
      details_url: 'https://github.example/run/1',
    });
    expect(api.calls[1]!.parameters).toMatchObject({ check_run_id: 77 });
    expect(result).toMatchObject({ checkRunId: 77, annotationsSent: 120, annotationsDropped: 0, statusWritten: false });
  });

  it('that do not fit are counted in the summary', async () => {
    const api = fakeApi({ request: () => ({ id: 1 }) });
    const result = await publishCheck(api, repo, input({ annotations: annotations(MAX_ANNOTATIONS + 7) }));
    expect(result.annotationsDropped).toBe(7);
    expect((api.calls[0]!.parameters.output as { summary: string }).summary).toContain('7 more findings are not shown as annotations');
  });
});

describe('the commit status', () => {
  it('replaces the check run when the token may not write checks', async () => {
    const api = fakeApi({
      request: (route) => {
        if (route.includes('check-runs'))
          throw httpError(403, 'Resource not accessible by integration', 'POST /repos/acme/models/check-runs');
        return {};
      },
    });
    const result = await publishCheck(api, repo, input({ conclusion: 'action_required' }));
    expect(result.fellBackToStatus).toContain('HTTP 403');
    expect(result.statusWritten).toBe(true);
    expect(api.calls[1]).toMatchObject({
      route: 'POST /repos/{owner}/{repo}/statuses/{sha}',
      parameters: { sha: 'abc123', state: 'failure', context: 'rsp-gate', target_url: 'https://github.example/run/1' },
    });
  });

  it('is written alone with report: status, and beside the run with both', async () => {
    const statusOnly = fakeApi();
    await publishCheck(statusOnly, repo, input({ mode: 'status', title: 'x'.repeat(300) }));
    expect(statusOnly.calls.map((c) => c.route)).toEqual(['POST /repos/{owner}/{repo}/statuses/{sha}']);
    expect((statusOnly.calls[0]!.parameters.description as string).length).toBe(140);
    const both = fakeApi({ request: () => ({ id: 3 }) });
    await publishCheck(both, repo, input({ mode: 'both' }));
    expect(both.calls.map((c) => c.route)).toEqual(['POST /repos/{owner}/{repo}/check-runs', 'POST /repos/{owner}/{repo}/statuses/{sha}']);
  });

  it('does not swallow errors other than a refused check', async () => {
    const api = fakeApi({
      request: () => {
        throw httpError(422, 'Validation Failed');
      },
    });
    await expect(publishCheck(api, repo, input())).rejects.toThrow('Validation Failed');
  });

  it('passes only when the gate passes: outstanding attestations block the merge', () => {
    expect(statusState('success')).toBe('success');
    expect(statusState('neutral')).toBe('success');
    expect(statusState('action_required')).toBe('failure');
    expect(statusState('failure')).toBe('failure');
  });
});
