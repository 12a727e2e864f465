import { describe, expect, it } from 'vitest';
import { MAX_COMMANDS_PER_COMMENT, parseCommands } from '../../../src/commands/parse.ts';

const FP = 'a1b2c3d4e5f6a7b8c9d0';

describe('parseCommands', () => {
  it('reads every command of a comment, with its line', () => {
    const body = ['Looks good.', '/rsp attest asl3-classifiers', '/rsp attest asl3-egress frontier-7', '/rsp evaluate'].join('\n');
    expect(parseCommands(body)).toEqual({
      commands: [
        { name: 'attest', safeguard: 'asl3-classifiers', line: 2 },
        { name: 'attest', safeguard: 'asl3-egress', model: 'frontier-7', line: 3 },
        { name: 'evaluate', line: 4 },
      ],
      errors: [],
    });
  });

  it('takes a fingerprint after the safeguard or after the model, lower-cased', () => {
    const { commands } = parseCommands(`/rsp attest sg-1 m-1 fp:${FP.toUpperCase()}\n/rsp attest sg-2 fp:${FP}`);
    expect(commands).toEqual([
      { name: 'attest', safeguard: 'sg-1', model: 'm-1', fingerprint: FP, line: 1 },
      { name: 'attest', safeguard: 'sg-2', fingerprint: FP, line: 2 },
    ]);
  });

  it('refuses a fingerprint of fewer than 20 hex digits (80 bits) or more than the 64 of the full hash', () => {
    for (const fp of [FP.slice(0, 12), FP.slice(0, 19), 'a'.repeat(65)]) {
      const { commands, errors } = parseCommands(`/rsp attest sg-1 fp:${fp}`);
      expect(commands).toEqual([]);
      expect(errors[0]!.message).toMatch(/20 to 64 hex digits/);
    }
    expect(parseCommands(`/rsp attest sg-1 fp:${'b'.repeat(64)}`).commands).toEqual([
      { name: 'attest', safeguard: 'sg-1', fingerprint: 'b'.repeat(64), line: 1 },
    ]);
  });

  it('is case-insensitive in /rsp and the sub-command, and keeps ids as written', () => {
    expect(parseCommands('/RSP Attest Sg-1 Model-A').commands).toEqual([{ name: 'attest', safeguard: 'Sg-1', model: 'Model-A', line: 1 }]);
    expect(parseCommands('/Rsp APPROVE-POLICY').commands).toEqual([{ name: 'approve-policy', line: 1 }]);
  });

  it('tolerates CRLF, tabs between words, trailing spaces and up to three spaces of indentation', () => {
    const { commands } = parseCommands('hello\r\n   /rsp\tattest   sg-1  \r\n/rsp explain  m-1\t');
    expect(commands).toEqual([
      { name: 'attest', safeguard: 'sg-1', line: 2 },
      { name: 'explain', model: 'm-1', line: 3 },
    ]);
  });

  it('ignores commands that do not start the line', () => {
    const body = ['Please run /rsp evaluate', '- /rsp attest sg-1', '`/rsp attest sg-2`', '**/rsp attest sg-3**'].join('\n');
    expect(parseCommands(body)).toEqual({ commands: [], errors: [] });
  });

  it('ignores /rsp glued to another word', () => {
    expect(parseCommands('/rspattest sg-1\n/rsp-evaluate').commands).toEqual([]);
  });

  it('ignores commands inside fenced code blocks (backticks and tildes), and resumes after the fence', () => {
    const body = [
      '```',
      '/rsp attest sg-1',
      '```',
      '~~~~ yaml',
      '/rsp attest sg-2',
      '```',
      'still inside the tilde fence',
      '~~~~',
      '/rsp attest sg-3',
    ].join('\n');
    expect(parseCommands(body).commands).toEqual([{ name: 'attest', safeguard: 'sg-3', line: 9 }]);
  });

  it('treats an unclosed fence as code to the end of the comment', () => {
    expect(parseCommands('```\n/rsp attest sg-1').commands).toEqual([]);
  });

  it('ignores quoted commands, nested quotes and quotes after indentation', () => {
    const body = ['> /rsp attest sg-1', '>> /rsp attest sg-2', '  > /rsp evaluate', '/rsp attest sg-4'].join('\n');
    expect(parseCommands(body).commands).toEqual([{ name: 'attest', safeguard: 'sg-4', line: 4 }]);
  });

  it('ignores indented code and commands hidden in HTML comments', () => {
    const body = [
      'text',
      '',
      '    /rsp attest sg-1',
      '\t/rsp attest sg-2',
      '<!--',
      '/rsp attest sg-3',
      '-->',
      'a <!-- hidden',
      '/rsp attest sg-4',
      'end -->',
      '/rsp attest sg-5',
    ].join('\n');
    expect(parseCommands(body).commands).toEqual([{ name: 'attest', safeguard: 'sg-5', line: 11 }]);
  });

  it('reports unknown sub-commands and a bare /rsp as errors', () => {
    const { commands, errors } = parseCommands('/rsp deploy now\n/rsp\n/rsp help');
    expect(commands).toEqual([{ name: 'help', line: 3 }]);
    expect(errors.map((e) => [e.line, e.message])).toEqual([
      [1, 'unknown sub-command "deploy"'],
      [2, 'no sub-command after /rsp'],
    ]);
  });

  it('reports wrong arguments', () => {
    const { errors } = parseCommands(
      [
        '/rsp attest',
        '/rsp attest sg-1 m-1 extra',
        '/rsp attest sg-1 fp:xyz',
        '/rsp attest sg-1 fp:abc',
        `/rsp revoke sg-1 fp:${FP}`,
        '/rsp evaluate now',
        '/rsp explain a b',
        '/rsp attest <img>',
      ].join('\n'),
    );
    expect(errors.map((e) => e.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(errors[0]!.message).toContain('needs a safeguard id');
    expect(errors[1]!.message).toContain('unexpected "extra"');
    expect(errors[2]!.message).toContain('is not a fingerprint');
    expect(errors[3]!.message).toContain('is not a fingerprint');
    expect(errors[4]!.message).toContain('takes no fingerprint');
  });

  it('stops after the maximum number of commands', () => {
    const body = Array.from({ length: MAX_COMMANDS_PER_COMMENT + 5 }, () => '/rsp evaluate').join('\n');
    const { commands, errors } = parseCommands(body);
    expect(commands).toHaveLength(MAX_COMMANDS_PER_COMMENT);
    expect(errors).toHaveLength(1);
  });
});

describe('approval commands', () => {
  it('read approve-policy with an optional fp: and approve-assessment with a model and an optional fp:', () => {
    const fp = 'c'.repeat(20);
    expect(
      parseCommands(
        `/rsp approve-policy fp:${fp.toUpperCase()}\n/rsp approve-assessment frontier-7\n/rsp approve-assessment frontier-7 fp:${fp}`,
      ).commands,
    ).toEqual([
      { name: 'approve-policy', fingerprint: fp, line: 1 },
      { name: 'approve-assessment', model: 'frontier-7', line: 2 },
      { name: 'approve-assessment', model: 'frontier-7', fingerprint: fp, line: 3 },
    ]);
    const { errors } = parseCommands('/rsp approve-policy now\n/rsp approve-assessment\n/rsp approve-policy fp:abc');
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringContaining('usage: /rsp approve-policy'),
      expect.stringContaining('usage: /rsp approve-assessment'),
      expect.stringContaining('is not a fingerprint'),
    ]);
  });
});

describe('what GitHub shows as a line of text', () => {
  it.each([
    ['a <pre> block', '<pre>\n/rsp attest sg-1\n</pre>'],
    ['a <pre> block with attributes, over lines', '<pre lang="text">\nnote\n/rsp attest sg-1\n</pre>'],
    ['a <code> element', '<code>\n/rsp attest sg-1\n</code>'],
    ['a <blockquote>', '<blockquote>\n\n/rsp attest sg-1\n\n</blockquote>'],
    ['nested code elements', '<pre><code>\n/rsp attest sg-1\n</code>\n/rsp attest sg-2\n</pre>'],
    ['a line that starts with a tag', '<code>/rsp attest sg-1</code>'],
    ['an HTML comment over lines', '<!--\n/rsp attest sg-1\n-->'],
    ['a fenced block', '~~~\n/rsp attest sg-1\n~~~'],
    ['an indented block', '    /rsp attest sg-1'],
    ['a quote', '> /rsp attest sg-1'],
  ])('ignores a command inside %s', (_, body) => {
    expect(parseCommands(body)).toEqual({ commands: [], errors: [] });
  });

  it('reads a command after the code element closes, and one inside <details> (text a reader can open)', () => {
    expect(parseCommands('<pre>\n/rsp attest sg-1\n</pre>\n/rsp attest sg-2').commands).toEqual([
      { name: 'attest', safeguard: 'sg-2', line: 4 },
    ]);
    expect(parseCommands('<details>\n<summary>sign-off</summary>\n\n/rsp attest sg-3\n</details>').commands).toEqual([
      { name: 'attest', safeguard: 'sg-3', line: 4 },
    ]);
  });
});

describe('commands that help', () => {
  it('suggests the nearest sub-command for a mistyped or shortened one', () => {
    const { errors } = parseCommands('/rsp approve\n/rsp atest sg-1\n/rsp evalute\n/rsp deploy');
    expect(errors.map((e) => e.message)).toEqual([
      'unknown sub-command "approve"; did you mean `/rsp approve-policy`?',
      'unknown sub-command "atest"; did you mean `/rsp attest`?',
      'unknown sub-command "evalute"; did you mean `/rsp evaluate`?',
      'unknown sub-command "deploy"',
    ]);
  });

  it('attests several safeguards in one line, each with the same model and fingerprint', () => {
    const { commands, errors } = parseCommands(`/rsp attest sg-1,sg-2,sg-3 m-1 fp:${FP}`);
    expect(errors).toEqual([]);
    expect(commands).toEqual(
      ['sg-1', 'sg-2', 'sg-3'].map((safeguard) => ({ name: 'attest', safeguard, model: 'm-1', fingerprint: FP, line: 1 })),
    );
  });

  it('refuses a list with a bad id, and counts each safeguard of a list towards the bound', () => {
    expect(parseCommands('/rsp attest sg-1,,sg-2').errors.map((e) => e.message)).toEqual(['"" is not a safeguard id']);
    const ids = Array.from({ length: 20 }, (_, i) => `sg-${i}`).join(',');
    const { commands, errors } = parseCommands(`/rsp attest ${ids}\n/rsp attest ${ids}`);
    expect(commands).toHaveLength(20);
    expect(errors.map((e) => e.line)).toEqual([2]);
  });
});
