// The stand-in's Git LFS server: the batch request shape the Batch API specifies, and downloads honouring Range.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lfsOid, storeLfsObject } from '../support/lfs.ts';
import { createRepo, type TestRepo } from './git-repo.ts';
import { ACTIONS_TOKEN } from './identities.ts';
import { startStandIn, type StandIn } from './server.ts';

let standIn: StandIn;
let repo: TestRepo;
const content = `${'x'.repeat(1000)}tail`;
const MEDIA = 'application/vnd.git-lfs+json';
const basic = (token: string) => `Basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;

beforeAll(async () => {
  repo = await createRepo();
  await repo.commit({ 'a.txt': 'a' }, 'one');
  await storeLfsObject(repo.dir, content);
  standIn = await startStandIn();
  standIn.state.addRepo({ owner: 'acme', name: 'models', dir: repo.dir });
});

afterAll(async () => {
  await standIn.close();
  await repo.remove();
});

function batch(body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${standIn.url}/acme/models.git/info/lfs/objects/batch`, {
    method: 'POST',
    headers: { accept: MEDIA, 'content-type': MEDIA, authorization: basic(ACTIONS_TOKEN), 'user-agent': 't', ...headers },
    body: JSON.stringify(body),
  });
}

const download = (objects: unknown[]) => ({ operation: 'download', transfers: ['basic'], objects });

describe('the stand-in LFS server', () => {
  it('answers a batch with signed download links and a 404 error per missing object', async () => {
    const missing = 'f'.repeat(64);
    const response = await batch(
      download([
        { oid: lfsOid(content), size: content.length },
        { oid: missing, size: 3 },
      ]),
    );
    expect(response.status).toBe(200);
    const answer = (await response.json()) as {
      objects: Array<{ actions?: { download: { href: string; header: Record<string, string> } }; error?: unknown }>;
    };
    expect(answer.objects[1]).toEqual({ oid: missing, size: 3, error: { code: 404, message: 'Object does not exist on the server' } });
    const link = answer.objects[0]!.actions!.download;
    const part = await fetch(link.href, { headers: { ...link.header, range: 'bytes=1000-1003', 'user-agent': 't' } });
    expect([part.status, part.headers.get('content-range'), await part.text()]).toEqual([206, `bytes 1000-1003/${content.length}`, 'tail']);
    const whole = await fetch(link.href, { headers: { ...link.header, 'user-agent': 't' } });
    expect(await whole.text()).toBe(content);
    expect(standIn.requests.filter((r) => r.operationId === 'lfs/download').map((r) => r.responseBytes)).toEqual([4, content.length]);
    expect(standIn.invalidRequests()).toEqual([]);
  });

  it('records a request the Batch API calls wrong as invalid, and refuses a token sent to the storage', async () => {
    standIn.reset();
    const object = { oid: lfsOid(content), size: content.length };
    expect((await batch({ operation: 'upload', objects: [object] })).status).toBe(422);
    expect((await batch(download([{ ...object, name: 'x' }]))).status).toBe(422);
    expect((await batch(download([object]), { accept: 'application/json' })).status).toBe(406);
    expect((await batch(download([object]), { authorization: `token ${ACTIONS_TOKEN}` })).status).toBe(401);
    const answer = (await (await batch(download([object]))).json()) as { objects: Array<{ actions: { download: { href: string } } }> };
    const leaked = await fetch(answer.objects[0]!.actions.download.href, {
      headers: { authorization: `token ${ACTIONS_TOKEN}`, 'user-agent': 't' },
    });
    expect(leaked.status).toBe(400);
    expect(standIn.invalidRequests().map((r) => r.operationId)).toEqual([
      'lfs/batch',
      'lfs/batch',
      'lfs/batch',
      'lfs/batch',
      'lfs/download',
    ]);
    expect((await batch(download([object]), { authorization: basic('ghs_unknown') })).status).toBe(401);
  });
});
