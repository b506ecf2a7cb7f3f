import { describe, expect, it } from 'vitest';
import { fastParse, type LatexDelimiter, type ParseOptions } from './fast-parse.js';
import { parseMarkdown } from './parse.js';
import { renderMarkdownInto } from './markdown.js';

/** Gradio's default `latex_delimiters` for gr.Markdown, and a chat's. */
const GRADIO_MATH: LatexDelimiter[] = [{ left: '$$', right: '$$', display: true }];
const CHAT_MATH: LatexDelimiter[] = [
  { left: '$$', right: '$$', display: true },
  { left: '$', right: '$', display: false },
  { left: '\\(', right: '\\)', display: false },
  { left: '\\[', right: '\\]', display: true },
];

/** Every combination of the options that change the HTML. */
const OPTIONS: ParseOptions[] = [];
for (const lineBreaks of [false, true])
  for (const headerLinks of [false, true])
    for (const latexDelimiters of [[], GRADIO_MATH, CHAT_MATH])
      for (const renderMarkdown of [true, false])
        OPTIONS.push({ lineBreaks, headerLinks, latexDelimiters, renderMarkdown });

/** Texts at the edges of what the fast path takes, and texts it must leave to marked. */
const CORPUS = [
  '',
  ' ',
  '\n\n',
  ' \t\n',
  '\u00a0',
  'Hello',
  'Hello world.',
  'Hello  ',
  '  Hello',
  'Hello\n',
  'Greeter',
  'It\'s a "quoted" word, isn\'t it?',
  'Ratio: 50% (about) / half - or so!',
  'Héllo wörld, ça va; 東京 ok',
  'Über 100',
  'e\u0301cole',
  'A1 B2',
  'x - y',
  'Emphasis *here*',
  'Under_score_word',
  'Code `x`',
  'A [link](https://example.com)',
  'See https://example.com now',
  'Visit www.example.com',
  'mail me@example.com',
  'Cost $5 and $6',
  'Math $$x^2$$ here',
  'Math \\(x\\) here',
  'Tilde ~strike~',
  'Pipe | table',
  'Hash # not heading',
  '# Heading',
  '- item',
  '1. item',
  '> quote',
  '    indented code',
  '```\ncode\n```',
  'Line one\nLine two',
  'Title\n=====',
  'a &amp; b',
  'a & b',
  'a < b',
  'a > b',
  'back\\slash',
  'Trailing backslash\\',
  'Hard break  \nnext',
  '<h1 style="text-align: center; margin-bottom: 1rem">Greeter</h1>',
  "<h1 style='text-align: center; margin-bottom: 1rem'>Greeter</h1>",
  '<div>\nblock\n</div>',
  '   <div>three spaces</div>',
  '    <div>four spaces</div>',
  '<div>a</div>\n\nAfter a blank line',
  '<div>a</div>\n  \nAfter a blank line with spaces',
  '<div>a</div>\n  ',
  '<div>a</div>\n',
  '<center>centred *not emphasis*</center>',
  '<div onclick="alert(1)">x</div>',
  '<p>para $$x$$ math</p>',
  '<DIV>upper</DIV>',
  '<div\nclass="x">split</div>',
  '</div>',
  '<div/>',
  '<divx>not a block tag</divx>',
  '<span>inline html</span>',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<!-- comment -->',
  '<table><tr><td>cell</td></tr></table>',
  '<h1>x</h1>\r\nwindows',
  'a\rb',
  'Tab\there',
];

/** Deterministic random texts over an alphabet that mixes prose, Markdown and HTML. */
function randomTexts(count: number): string[] {
  const pieces = [
    'a',
    'Word',
    'é',
    '東',
    ' ',
    '  ',
    '\n',
    '\n\n',
    '\t',
    '.',
    ',',
    ';',
    ':',
    '!',
    '?',
    '%',
    '(',
    ')',
    '/',
    '-',
    "'",
    '"',
    '*',
    '_',
    '`',
    '#',
    '>',
    '<',
    '&',
    '\\',
    '$',
    '$$',
    '~',
    '|',
    '[',
    ']',
    '1',
    '<div>',
    '</div>',
    '<h1 style="x">',
    '</h1>',
    '<b>',
    'http://x.y',
    'www.',
    '\u00a0',
    '=',
    '+',
  ];
  let seed = 0x2545f491;
  const next = (): number => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 2 ** 32;
  };
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    // Half start with a letter, so the plain-line path is reached often enough to be tested.
    let text = next() < 0.5 ? 'Hello' : '';
    const length = 1 + Math.floor(next() * 8);
    for (let j = 0; j < length; j++) text += pieces[Math.floor(next() * pieces.length)];
    texts.push(text);
  }
  return texts;
}

/** The elements and attributes an HTML string holds, as a browser parses it (inert). */
function markup(html: string): string[] {
  const doc = new DOMParser().parseFromString(`<body>${html}`, 'text/html');
  return [...doc.body.querySelectorAll('*')].map((el) =>
    [el.localName, ...[...el.attributes].map((a) => a.name)].join(' '),
  );
}

describe('fastParse', () => {
  const texts = [...CORPUS, ...randomTexts(4000)];

  it('gives exactly what marked gives, for every text and option it takes', () => {
    let taken = 0;
    for (const options of OPTIONS) {
      for (const text of texts) {
        const fast = fastParse(text, options);
        if (!fast) continue;
        taken++;
        expect({ text, options, ...fast }).toEqual({ text, options, ...parseMarkdown(text, options) });
      }
    }
    // The comparison means something only if the fast path took a good share of the texts.
    expect(taken).toBeGreaterThan(texts.length);
  });

  it('takes the texts a simple app shows: a word, a sentence, an Interface title', () => {
    const options = OPTIONS[0]!;
    for (const text of ['Greeter', 'Hello world.', "It's fine, isn't it?"])
      expect(fastParse(text, options)?.hasHtml).toBe(false);
    const title = fastParse("<h1 style='text-align: center; margin-bottom: 1rem'>Greeter</h1>", options);
    expect(title).toMatchObject({ hasHtml: true });
  });

  it('marks anything that could carry markup as author HTML, so it is sanitized', () => {
    for (const options of OPTIONS) {
      for (const text of texts) {
        const fast = fastParse(text, options);
        if (!fast || fast.hasHtml) continue;
        // Not sanitized: the only markup in it is a paragraph the fast path wrote itself.
        expect({ text, markup: markup(fast.html).filter((m) => m !== 'p') }).toEqual({
          text,
          markup: [],
        });
      }
    }
  });
});

describe('the fast path through the renderer', () => {
  it('sanitizes author HTML it takes: handlers and scripts are gone', async () => {
    const el = document.createElement('div');
    document.body.append(el);
    const cases: [string, boolean][] = [
      ['<div onclick="alert(1)">x<img src="x" onerror="alert(1)"></div>', true],
      ['<h1 style="text-align: center" onmouseover="alert(1)">Title</h1>', true],
      ['<p>a<script>alert(1)</script></p>', true],
      ['<img src="x" onerror="alert(1)">', false],
    ];
    for (const [source, renderMarkdown] of cases) {
      expect(fastParse(source, { ...OPTIONS[0]!, renderMarkdown })).not.toBeNull();
      await renderMarkdownInto(el, source, { renderMarkdown });
      expect(el.querySelector('script, [onclick], [onerror], [onmouseover]')).toBeNull();
    }
    expect(el.querySelector('img')).not.toBeNull();
    el.remove();
  });

  it('keeps the Interface title as Gradio shows it', async () => {
    const el = document.createElement('div');
    el.className = 'md prose';
    document.body.append(el);
    await renderMarkdownInto(el, "<h1 style='text-align: center; margin-bottom: 1rem'>Greeter</h1>");
    const h1 = el.querySelector('h1')!;
    expect(h1.textContent).toBe('Greeter');
    expect(h1.style.textAlign).toBe('center');
    el.remove();
  });
});
