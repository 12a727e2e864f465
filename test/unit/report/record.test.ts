import { describe, expect, it } from 'vitest';
import { AuditRecordSchema, decodeRecord, encodeRecord, recordOf } from '../../../src/report/record.ts';
import type { LedgerEntry } from '../../../src/engine/types.ts';
import { HOSTILE, failingVerdict, manyModels } from './verdicts.ts';

function entry(i: number, reason = `reason ${i} `.repeat(40)): LedgerEntry {
  return {
    command: 'attest',
    user: `user-${i}`,
    at: `2026-12-01T10:${String(i % 60).padStart(2, '0')}:00Z`,
    source: { kind: 'comment', id: `IC_${i}`, url: `https://github.example/acme/models/pull/1#issuecomment-${i}` },
    safeguard: 'asl3-classifiers',
    counted: false,
    reason,
  };
}

describe('the audit record', () => {
  it('reads back what it was written from: conclusion, levels per model, head, reference time and ledger', () => {
    const v = failingVerdict();
    v.subject = { repository: 'acme/models', pullRequest: 1, baseSha: 'b'.repeat(40), headSha: 'a'.repeat(40) };
    const text = encodeRecord(v);
    expect(text.startsWith('\n<!-- rsp-gate:record ')).toBe(true);
    const record = decodeRecord(`## report\n\nbody${text}\n<!-- rsp-gate:head ${'a'.repeat(40)} -->`)!;
    expect(record).toEqual(recordOf(v));
    expect(record).toMatchObject({ conclusion: 'failure', headSha: 'a'.repeat(40), referenceDate: v.referenceDate });
    expect(record.models).toEqual([{ id: 'frontier-7', declaredLevel: 'ASL-2', requiredLevel: 'ASL-3', conclusion: 'failure' }]);
    expect(record.ledger).toEqual(v.ledger);
    expect(record.ledger.length).toBeGreaterThan(0);
  });

  it('is one hidden HTML comment whatever the ledger holds', () => {
    const v = failingVerdict();
    v.ledger = [entry(1, `${HOSTILE.marker} --> ${HOSTILE.html} ${HOSTILE.mention}`)];
    const text = encodeRecord(v);
    expect(text.indexOf('-->')).toBe(text.length - 3);
    expect(text).not.toContain('@acme');
    expect(decodeRecord(text)!.ledger[0]!.reason).toContain(HOSTILE.html);
  });

  it('stays within its size, saying what it left out (the oldest entries first)', () => {
    const v = manyModels(30, 2);
    v.ledger = Array.from({ length: 400 }, (_, i) => entry(i));
    const text = encodeRecord(v);
    expect(text.length).toBeLessThanOrEqual(16_000);
    const record = decodeRecord(text)!;
    expect(record.models).toHaveLength(30);
    expect(record.omitted!.ledger).toBe(400 - record.ledger.length);
    expect(record.ledger.at(-1)!.user).toBe('user-399');
    expect(record.ledger[0]!.reason!.length).toBeLessThanOrEqual(160);
    expect(encodeRecord(v, 2_000).length).toBeLessThanOrEqual(2_000);
  });

  it('is not read when it does not validate, or is not base64 JSON', () => {
    const forged = Buffer.from(JSON.stringify({ record: 1, conclusion: 'success' })).toString('base64');
    expect(decodeRecord(`<!-- rsp-gate:record ${forged} -->`)).toBeUndefined();
    expect(decodeRecord('<!-- rsp-gate:record bm90IGpzb24= -->')).toBeUndefined();
    expect(decodeRecord('no record here')).toBeUndefined();
    expect(AuditRecordSchema.safeParse(recordOf(failingVerdict())).success).toBe(true);
  });
});
