import { describe, expect, it } from 'vitest';
import { html, render } from 'lit';
import { inlineMarkdown } from './inline-markdown.js';

const draw = (text: string): HTMLElement => {
  const el = document.createElement('div');
  render(html`${inlineMarkdown(text)}`, el);
  return el;
};

describe('inlineMarkdown (info text)', () => {
  it('renders code, links, bold, italics and line breaks', () => {
    const el = draw('Use `x=1`, see [docs](https://gradio.app) — **bold** and _em_\nnext');
    expect(el.querySelector('code')!.textContent).toBe('x=1');
    const link = el.querySelector('a')!;
    expect(link.href).toBe('https://gradio.app/');
    expect(link.target).toBe('_blank');
    expect(el.querySelector('strong')!.textContent).toBe('bold');
    expect(el.querySelector('em')!.textContent).toBe('em');
    expect(el.querySelector('br')).not.toBeNull();
  });

  it('never turns the text into markup, and drops script links', () => {
    const el = draw('<img src=x onerror=alert(1)> [click](javascript:alert(1)) snake_case_name');
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('a')).toBeNull();
    expect(el.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(el.textContent).toContain('click');
    expect(el.querySelector('em')).toBeNull();
  });
});
