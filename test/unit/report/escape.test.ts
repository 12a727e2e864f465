import { describe, expect, it } from 'vitest';
import { codeSpan, escapeHtml, escapeMarkdown, escapeTerminal } from '../../../src/report/escape.ts';

const ZWSP = '\u200B';

describe('escapeMarkdown', () => {
  it('leaves no raw HTML, so no comment marker can be forged', () => {
    const out = escapeMarkdown('<!-- rsp-gate:report --> <b>bold</b> & co');
    expect(out).not.toMatch(/[<>]/);
    expect(out).toContain('&lt;\\!--');
    expect(out).toContain('&amp; co');
  });

  it('breaks mentions, keeping them readable', () => {
    const out = escapeMarkdown('@acme/safeguards and alice@example.com');
    expect(out).toBe(`@${ZWSP}acme/safeguards and alice@${ZWSP}example.com`);
    expect(out.replaceAll(ZWSP, '')).toBe('@acme/safeguards and alice@example.com');
  });

  it('breaks issue references and bare URLs', () => {
    expect(escapeMarkdown('#123 GH-9 acme/models#4')).toBe(`\\#${ZWSP}123 GH${ZWSP}-9 acme/models#${ZWSP}4`);
    expect(escapeMarkdown('https://evil.example www.evil.example')).toBe(`https:${ZWSP}//evil.example www${ZWSP}.evil.example`);
  });

  it('escapes link, image, emphasis, code, math and table syntax', () => {
    expect(escapeMarkdown('[a](b) ![c](d) *e* _f_ `g` $h$ i|j ~k~')).toBe(
      '\\[a\\]\\(b\\) \\!\\[c\\]\\(d\\) \\*e\\* \\_f\\_ \\`g\\` \\$h\\$ i\\|j \\~k\\~',
    );
  });

  it('cannot start a block: heading, quote, list item, checkbox', () => {
    expect(escapeMarkdown('# title')).toBe('\\# title');
    expect(escapeMarkdown('- [ ] approve')).toBe('\\- \\[ \\] approve');
    expect(escapeMarkdown('+ item')).toBe('\\+ item');
    expect(escapeMarkdown('12. item')).toBe('12\\. item');
    expect(escapeMarkdown('> quote')).toBe('&gt; quote');
  });

  it('keeps everything on one line and drops direction overrides', () => {
    expect(escapeMarkdown('a\nb\r\nc\u2028d\te')).toBe('a b  c d e');
    expect(escapeMarkdown('safe\u202Eevil\u2066')).toBe('safeevil');
  });

  it('leaves ordinary text alone', () => {
    expect(escapeMarkdown('frontier-7 needs ASL-3 but declares ASL-2; 0.71 ≥ 0.65')).toBe(
      'frontier-7 needs ASL-3 but declares ASL-2; 0.71 ≥ 0.65',
    );
  });
});

describe('escapeHtml', () => {
  it('escapes entities without Markdown backslashes, and breaks mentions', () => {
    expect(escapeHtml(`<x> & "q" 'a' _b_ @c #1`)).toBe(`&lt;x&gt; &amp; &quot;q&quot; &#39;a&#39; _b_ @${ZWSP}c #${ZWSP}1`);
  });
});

describe('codeSpan', () => {
  it('shows text literally, with a fence longer than any backtick run inside', () => {
    expect(codeSpan('/rsp attest asl3-classifiers frontier-7')).toBe('`/rsp attest asl3-classifiers frontier-7`');
    expect(codeSpan('a `b` c')).toBe('``a `b` c``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
  });

  it('escapes pipes in tables, breaks comment markers, keeps one line', () => {
    expect(codeSpan('a|b', true)).toBe('`a\\|b`');
    expect(codeSpan('a|b')).toBe('`a|b`');
    expect(codeSpan('<!-- x -->\nnext')).toBe(`\`<!${ZWSP}-- x --> next\``);
  });
});

describe('escapeTerminal', () => {
  it('removes escape sequences and line breaks', () => {
    const out = escapeTerminal('\u001b[2J\u001b[32mALL GOOD\u001b[0m\nfake: line');
    expect(out).not.toMatch(/[\u0000-\u001f]/);
    expect(out).toBe(' [2J [32mALL GOOD [0m fake: line');
  });
});
