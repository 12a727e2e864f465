import { describe, expect, it } from 'vitest';
import { KeyedQueue } from '../../../src/app/queue.ts';

describe('the per-PR queue', () => {
  it('runs tasks of one key one after another and tasks of different keys side by side', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = queue.run('pr#1', async () => {
      log.push('1a start');
      await gate;
      log.push('1a end');
    });
    const second = queue.run('pr#1', async () => void log.push('1b'));
    const other = queue.run('pr#2', async () => void log.push('2'));
    await other;
    expect(log).toEqual(['1a start', '2']);
    release();
    await Promise.all([first, second]);
    expect(log).toEqual(['1a start', '2', '1a end', '1b']);
  });

  it('keeps going after a failed task and reports idle once all are done', async () => {
    const queue = new KeyedQueue();
    const failed = queue.run('k', async () => {
      throw new Error('boom');
    });
    const next = queue.run('k', async () => 'ran');
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ran');
    await queue.idle();
  });
});
