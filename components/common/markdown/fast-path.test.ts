import { describe, expect, it } from 'vitest';
import { renderMarkdownInto } from './markdown.js';

/** The scripts this test page has fetched so far. */
const fetched = (): string[] => performance.getEntriesByType('resource').map((entry) => entry.name);

describe('the plain-text fast path', () => {
  it('renders Markdown without math, code or HTML without fetching the sanitizer, KaTeX or highlight.js', async () => {
    const el = document.createElement('div');
    document.body.append(el);
    await renderMarkdownInto(
      el,
      '# Plain\n\nJust **text**, a [link](https://example.com) and `inline code`.',
      {
        latexDelimiters: [{ left: '$$', right: '$$', display: true }],
      },
    );
    expect(el.querySelector('h1')?.textContent).toBe('Plain');
    const heavy = fetched().filter((url) => /sanitize|purify|katex|math\.ts|highlight/i.test(url));
    expect(heavy).toEqual([]);
    el.remove();
  });

  it("shows HTML the sanitizer would leave as it is (an Interface's title) without fetching it", async () => {
    const el = document.createElement('div');
    document.body.append(el);
    await renderMarkdownInto(el, "<h1 style='text-align: center; margin-bottom: 1rem'>Greeter</h1>");
    await renderMarkdownInto(el, 'Some <b>bold</b> and <em class="x">emphasis</em><br>');
    expect(el.querySelector('em.x')?.textContent).toBe('emphasis');
    expect(fetched().filter((url) => /sanitize|purify/i.test(url))).toEqual([]);
    el.remove();
  });

  it('fetches the sanitizer, and only it, for author HTML it would change', async () => {
    const el = document.createElement('div');
    document.body.append(el);
    await renderMarkdownInto(el, 'Some <b onclick="alert(1)">HTML</b>');
    expect(el.querySelector('b')?.textContent).toBe('HTML');
    expect(el.querySelector('b')?.hasAttribute('onclick')).toBe(false);
    expect(fetched().some((url) => /sanitize/.test(url))).toBe(true);
    expect(fetched().filter((url) => /katex|highlight/i.test(url))).toEqual([]);
    el.remove();
  });
});
