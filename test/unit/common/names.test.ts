// The key names are compared by: NFC, no invisible characters or surrounding spaces, any letter case; the same key
// however many names were keyed before (keys are remembered, within a bound).
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../src/common/names.ts';

describe('nameKey', () => {
  it('keys a name by NFC, without invisible characters or surrounding spaces, in lower case', () => {
    expect(nameKey(' Acme/Frontier-7\u200B ')).toBe('acme/frontier-7');
    expect(nameKey('cafe\u0301')).toBe(nameKey('caf\u00e9'));
  });

  it('gives the same keys after many thousands of other names, and for names too long to remember', () => {
    const names = ['Frontier-7', ' frontier-7', 'FRONTIER-7\u2060', `${'X'.repeat(300)}\u200B`];
    const first = names.map(nameKey);
    for (let i = 0; i < 25_000; i++) nameKey(`model-${i}`);
    expect(names.map(nameKey)).toEqual(first);
    expect(first).toEqual(['frontier-7', 'frontier-7', 'frontier-7', 'x'.repeat(300)]);
    expect(nameKey(`model-${24_999}`)).toBe('model-24999');
  });
});
