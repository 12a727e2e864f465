// A Git LFS pointer is recognised from its bytes and never read as data: read alone it gives LFS_OBJECT_MISSING.
import { describe, expect, it } from 'vitest';
import { LfsObjectUnavailable, lfsPointer } from '../../../src/evidence/lfs-pointer.ts';
import { readResultFile } from '../../../src/evidence/read.ts';
import type { FileSource } from '../../../src/evidence/types.ts';
import { lfsOid, lfsPointerText } from '../../support/lfs.ts';
import { fixtureText, textSource } from './sources.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const OID = 'a'.repeat(64);

describe('lfsPointer', () => {
  it('reads the oid and size of a pointer as git-lfs writes it', () => {
    const content = fixtureText('lm-eval/pythia-1.4b-v0.3.json');
    expect(lfsPointer(bytes(lfsPointerText(content)))).toEqual({ oid: lfsOid(content), size: Buffer.byteLength(content) });
  });

  it('accepts extension lines, CRLF line ends, no final newline and the legacy version URL', () => {
    const ext = `version https://git-lfs.github.com/spec/v1\next-0-foo sha256:${'b'.repeat(64)}\noid sha256:${OID}\nsize 12345\n`;
    expect(lfsPointer(bytes(ext))).toEqual({ oid: OID, size: 12345 });
    expect(lfsPointer(bytes(`version https://git-lfs.github.com/spec/v1\r\noid sha256:${OID}\r\nsize 7`))).toEqual({ oid: OID, size: 7 });
    expect(lfsPointer(bytes(`version https://hawser.github.com/spec/v1\noid sha256:${OID}\nsize 7\n`))).toEqual({ oid: OID, size: 7 });
  });

  it('is no pointer for results, text that merely mentions one, empty or large files', () => {
    for (const text of [
      fixtureText('native/frontier-7.yaml'),
      fixtureText('inspect/wmdp-bio.json'),
      '',
      `# version https://git-lfs.github.com/spec/v1\noid sha256:${OID}\nsize 7\n`,
      'version: https://git-lfs.github.com/spec/v1\n',
      `version https://git-lfs.github.com/spec/v1\noid sha256:${OID}\nsize 7\n${'x'.repeat(1100)}`,
    ]) {
      expect(lfsPointer(bytes(text))).toBeUndefined();
    }
  });

  it('calls a broken pointer malformed, saying what is wrong', () => {
    const v = 'version https://git-lfs.github.com/spec/v1\n';
    expect(lfsPointer(bytes(`${v}oid sha256:${OID.slice(1)}\nsize 7\n`))).toEqual({ malformed: expect.stringContaining('oid') });
    expect(lfsPointer(bytes(`${v}oid sha256:${OID}\n`))).toEqual({ malformed: expect.stringContaining('size') });
    expect(lfsPointer(bytes(`${v}size 7\noid sha256:${OID}\n`))).toEqual({ malformed: expect.stringContaining('order') });
    expect(lfsPointer(bytes(`${v}oid sha256:${OID}\nsize -1\n`))).toEqual({ malformed: expect.stringContaining('size') });
  });
});

describe('readResultFile on a pointer', () => {
  it('gives LFS_OBJECT_MISSING with the file and a fetch hint, never a parse of the pointer', async () => {
    const pointer = lfsPointerText('{"results": {}}');
    for (const path of ['evals/m/run.json', 'evals/m/run.eval', 'evals/m/run.yaml']) {
      const result = await readResultFile(textSource(path, pointer));
      expect(result.records).toEqual([]);
      expect(result.findings).toEqual([
        {
          code: 'LFS_OBJECT_MISSING',
          severity: 'error',
          file: path,
          message: expect.stringMatching(
            new RegExp(
              `Git LFS pointer to object sha256:${lfsOid('{"results": {}}').slice(0, 12)}… \\(15 bytes\\).*git lfs pull --include "${path}"`,
            ),
          ),
        },
      ]);
      // A format is set, so that the file is not also reported as one rsp-gate does not read.
      expect(result.format).toBeDefined();
    }
  });

  it('reports a malformed pointer as a parse error', async () => {
    const result = await readResultFile(textSource('evals/m/run.json', `version https://git-lfs.github.com/spec/v1\noid sha256:${OID}\n`));
    expect(result.findings.map((f) => [f.code, f.severity])).toEqual([['PARSE_ERROR', 'error']]);
    expect(result.findings[0]!.message).toContain('Git LFS pointer but is not a valid one');
  });

  it('turns a source that could not fetch its object into LFS_OBJECT_MISSING with the reason', async () => {
    const src: FileSource = {
      path: 'evals/m/big.eval',
      size: 130,
      stream: () => {
        throw new LfsObjectUnavailable({ oid: OID, size: 9e6 }, 'the LFS server answered 404: Object does not exist');
      },
      read: () => Promise.reject(new LfsObjectUnavailable({ oid: OID, size: 9e6 }, 'the LFS server answered 404: Object does not exist')),
    };
    const result = await readResultFile(src);
    expect(result.findings).toEqual([
      {
        code: 'LFS_OBJECT_MISSING',
        severity: 'error',
        file: 'evals/m/big.eval',
        message: expect.stringContaining('answered 404: Object does not exist'),
      },
    ]);
  });
});
