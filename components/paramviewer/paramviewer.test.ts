import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import type { GrParamviewer } from './paramviewer.js';
import { codeHtml, loadHighlighter } from './internal/highlight.js';
import { parseDescription } from './internal/description.js';

const docs = {
  value: { type: 'str | None', description: 'The [text](https://example.com/t) shown.', default: 'None' },
  lines: { type: 'int', description: 'How many lines.', default: '1' },
  label: { type: 'str', description: null, default: null },
};

runBlockContract('paramviewer', docs, { labelled: false });

describe('paramviewer helpers', () => {
  it('descriptions keep only safe Markdown links', () => {
    expect(parseDescription('See [docs](https://a.b/c) or [x](javascript:alert(1)).')).toEqual([
      { text: 'See ' },
      { text: 'docs', href: 'https://a.b/c' },
      { text: ' or ' },
      { text: 'x' },
      { text: ').' },
    ]);
  });

  it('escapes code before the highlighter loads, and linkifies words outside tags', async () => {
    expect(codeHtml('list[Component] <b>', 'python', null, ['Component'])).toBe(
      'list[<a href="#h-component">Component</a>] &lt;b&gt;',
    );
    const hljs = await loadHighlighter();
    const out = codeHtml('Literal["a"] | None', 'python', hljs, ['None']);
    expect(out).toContain('<span class="hljs-string">&quot;a&quot;</span>');
    expect(out).toContain('<a href="#h-none">None</a>');
    // "lt" inside an entity is never rewritten.
    expect(codeHtml('a < b', 'python', null, ['lt'])).toBe('a &lt; b');
  });
});

describe('<gr-paramviewer>', () => {
  afterEach(() => document.body.replaceChildren());

  it('one expandable row per parameter with type, default and description', async () => {
    const { el } = await mountBlock<GrParamviewer>('paramviewer', { value: docs });
    const rows = [...el.querySelectorAll('summary')].map((s) => s.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows).toEqual(['value: str | None', 'lines: int', 'label: str']);
    const first = el.querySelector('details')!;
    expect(first.open).toBe(false);
    await userEvent.click(el.querySelector('summary')!);
    expect(first.open).toBe(true);
    expect(first.querySelector('.default')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('default = None');
    await expect
      .element(page.getByRole('link', { name: 'text' }))
      .toHaveAttribute('href', 'https://example.com/t');
    await expect.element(page.getByRole('region', { name: 'Parameters' })).toBeInTheDocument();
  });

  it('highlights types once the highlighter has loaded', async () => {
    const { el } = await mountBlock<GrParamviewer>('paramviewer', { value: docs });
    await expect
      .poll(() => el.querySelector('summary .hljs-literal, summary .hljs-built_in, summary .hljs-keyword'))
      .not.toBeNull();
  });

  it('the header toggle opens and closes every row', async () => {
    const { el } = await mountBlock<GrParamviewer>('paramviewer', { value: docs, header: 'Args' });
    await userEvent.click(page.getByRole('button', { name: 'Open all parameters' }));
    expect([...el.querySelectorAll('details')].every((d) => d.open)).toBe(true);
    await userEvent.click(page.getByRole('button', { name: 'Close all parameters' }));
    expect([...el.querySelectorAll('details')].some((d) => d.open)).toBe(false);
    expect(el.querySelector('.title')!.textContent).toBe('Args');
  });

  it('anchor_links gives rows ids and links; the address opens one', async () => {
    const { el } = await mountBlock<GrParamviewer>('paramviewer', { value: docs, anchorLinks: 'tb' });
    const row = el.querySelector<HTMLDetailsElement>('#param-tb-lines')!;
    expect(row.querySelector('a.param-link')!.getAttribute('href')).toBe('#param-tb-lines');
    window.location.hash = 'param-tb-lines';
    await expect.poll(() => row.open).toBe(true);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  });

  it('max_height makes the rows scroll under a fixed header', async () => {
    const many = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [`p${i}`, { type: 'int', description: 'x', default: '0' }]),
    );
    const { el } = await mountBlock<GrParamviewer>('paramviewer', { value: many, maxHeight: 200 });
    expect(el.querySelector('.paramviewer')!.getBoundingClientRect().height).toBeLessThanOrEqual(200);
    const content = el.querySelector<HTMLElement>('.param-content')!;
    expect(content.scrollHeight).toBeGreaterThan(content.clientHeight);
  });

  it('a bad value shows a message', async () => {
    const { el } = await mountBlock<GrParamviewer>('paramviewer', { value: { x: 'not an object' } });
    expect(el.querySelector('[role="alert"]')!.textContent).toMatch(/parameter "x"/);
  });
});

describe('paramviewer example form', () => {
  it('lists the parameter names', async () => {
    const { renderExample } = await import('./example.js');
    expect(renderExample(docs, {}, { layout: 'table', fileUrl: () => null })).toBe('value, lines, label');
  });
});
