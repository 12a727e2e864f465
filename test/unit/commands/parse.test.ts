import { describe, expect, it } from 'vitest';
import { MAX_COMMANDS_PER_COMMENT, parseCommands } from '../../../src/commands/parse.ts';

const FP = 'a1b2c3d4e5f6a7b8';

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
    const body = ['```', '/rsp attest sg-1', '```', '~~~~ yaml', '/rsp attest sg-2', '```', 'still inside the tilde fence', '~~~~', '/rsp attest sg-3'].join('\n');
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
    const body = ['text', '', '    /rsp attest sg-1', '\t/rsp attest sg-2', '<!--', '/rsp attest sg-3', '-->', 'a <!-- hidden', '/rsp attest sg-4', 'end -->', '/rsp attest sg-5'].join('\n');
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
      ['/rsp attest', '/rsp attest sg-1 m-1 extra', '/rsp attest sg-1 fp:xyz', '/rsp attest sg-1 fp:abc', '/rsp revoke sg-1 fp:' + FP, '/rsp evaluate now', '/rsp explain a b', '/rsp attest <img>'].join('\n'),
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
    expect(commands).toEqual(['sg-1', 'sg-2', 'sg-3'].map((safeguard) => ({ name: 'attest', safeguard, model: 'm-1', fingerprint: FP, line: 1 })));
  });

  it('refuses a list with a bad id, and counts each safeguard of a list towards the bound', () => {
    expect(parseCommands('/rsp attest sg-1,,sg-2').errors.map((e) => e.message)).toEqual(['"" is not a safeguard id']);
    const ids = Array.from({ length: 20 }, (_, i) => `sg-${i}`).join(',');
    const { commands, errors } = parseCommands(`/rsp attest ${ids}\n/rsp attest ${ids}`);
    expect(commands).toHaveLength(20);
    expect(errors.map((e) => e.line)).toEqual([2]);
  });
});
