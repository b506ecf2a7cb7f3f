import { afterEach, describe, expect, it } from 'vitest';
import { mountBlock } from '../../src/testing/fixture.js';
import type { GrMarkdown } from './markdown.js';

describe('<gr-markdown>', () => {
  afterEach(() => document.body.replaceChildren());

  it('renders GitHub-flavoured Markdown', async () => {
    const { el } = await mountBlock<GrMarkdown>('markdown', {
      value: '# Title\n\n| a | b |\n|---|---|\n| 1 | 2 |',
    });
    expect(el.querySelector('h1')?.textContent).toBe('Title');
    expect(el.querySelectorAll('td')).toHaveLength(2);
  });

  it('sanitizes HTML by default, and not when the app turned that off', async () => {
    const value = '<img src=x onerror="globalThis.__xss=1"><b>bold</b>';
    const { el } = await mountBlock<GrMarkdown>('markdown', { value });
    expect(el.querySelector('img')?.getAttribute('onerror')).toBeNull();
    expect(el.querySelector('b')?.textContent).toBe('bold');
    const unsafe = await mountBlock<GrMarkdown>('markdown', {
      value: '<span data-x="1" onclick="x()">s</span>',
      sanitizeHtml: false,
    });
    expect(unsafe.el.querySelector('span')?.getAttribute('onclick')).toBe('x()');
  });

  it('re-renders when the value changes', async () => {
    const { el } = await mountBlock<GrMarkdown>('markdown', { value: 'one' });
    el.value = '**two**';
    await el.updateComplete;
    expect(el.querySelector('strong')?.textContent).toBe('two');
  });
});
