import { afterEach, describe, expect, it, vi } from 'vitest';
import { html, render } from 'lit';
import { attachRoot } from '../../../src/base/style-registry.js';
import { markdown, markdownSettled, renderMarkdownInto, type MarkdownOptions } from './markdown.js';

/** An element inside an app-like shadow root, with the registered sheets adopted. */
function container(): { el: HTMLElement; root: ShadowRoot } {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  attachRoot(root);
  const wrapper = document.createElement('div');
  wrapper.className = 'gradio-container';
  root.append(wrapper);
  const el = document.createElement('div');
  el.className = 'md prose';
  wrapper.append(el);
  return { el, root };
}

async function rendered(source: string, options: MarkdownOptions = {}): Promise<HTMLElement> {
  const { el } = container();
  await renderMarkdownInto(el, source, options);
  return el;
}

const DOLLARS = [
  { left: '$$', right: '$$', display: true },
  { left: '$', right: '$', display: false },
  { left: '\\(', right: '\\)', display: false },
];

describe('renderMarkdownInto', () => {
  afterEach(() => document.body.replaceChildren());

  describe('Markdown', () => {
    it('renders GitHub-flavoured Markdown: headings, tables, lists, emphasis', async () => {
      const el = await rendered('# Title\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- **bold** and ~~gone~~');
      expect(el.querySelector('h1')?.textContent).toBe('Title');
      expect(el.querySelectorAll('td')).toHaveLength(2);
      expect(el.querySelector('li strong')?.textContent).toBe('bold');
      expect(el.querySelector('del')?.textContent).toBe('gone');
    });

    it('keeps single newlines unless line breaks are asked for', async () => {
      expect((await rendered('one\ntwo')).querySelector('br')).toBeNull();
      expect((await rendered('one\ntwo', { lineBreaks: true })).querySelector('br')).not.toBeNull();
    });

    it('opens links in a new tab, keeps #fragments in place, and drops script URLs', async () => {
      const el = await rendered('[out](https://example.com) [in](#part) [bad](javascript:alert(1))');
      const [out, inPage, bad] = el.querySelectorAll('a');
      expect(out!.target).toBe('_blank');
      expect(out!.rel).toBe('noopener noreferrer');
      expect(inPage!.getAttribute('target')).toBeNull();
      expect(bad!.hasAttribute('href')).toBe(false);
      expect(bad!.textContent).toBe('bad');
    });

    it('with renderMarkdown false shows the text as HTML, not Markdown', async () => {
      const el = await rendered('**not bold** <b>bold</b>\nline two', { renderMarkdown: false });
      expect(el.querySelector('strong')).toBeNull();
      expect(el.querySelector('b')?.textContent).toBe('bold');
      expect(el.textContent).toContain('**not bold**');
    });
  });

  describe('sanitizing, as Gradio does', () => {
    it('renames ids and names in our own namespaces, so app markup cannot stand in for our elements', async () => {
      const el = await rendered(
        '<div id="gr-1-input">x</div><input id=gr-2-label name=df1-cell><span id="mine">m</span>',
      );
      expect(el.querySelector('div')!.id).toBe('user-content-gr-1-input');
      expect(el.querySelector('input')!.id).toBe('user-content-gr-2-label');
      expect(el.querySelector('input')!.name).toBe('user-content-df1-cell');
      expect(el.querySelector('span')!.id).toBe('mine');
    });

    it('drops scripts, frames, handlers, styles and unknown tags with their content', async () => {
      const el = await rendered(
        [
          '<img src="x" onerror="globalThis.__mdXss = 1" alt="i">',
          '<script>globalThis.__mdScript = 1</script>',
          '<iframe src="https://example.com"></iframe>',
          '<style>.prose { color: red }</style>',
          '<thinking>hidden thoughts</thinking> after',
          '<span style="color: rgb(1, 2, 3)" class="kept" data-x="1" aria-label="k">styled</span>',
          '<a href="javascript:globalThis.__mdJs = 1">js</a> <a href="/docs">docs</a>',
        ].join('\n\n'),
      );
      expect(el.querySelector('img')?.hasAttribute('onerror')).toBe(false);
      expect(el.querySelector('script, iframe, style, thinking')).toBeNull();
      expect(el.textContent).not.toContain('hidden thoughts');
      expect(el.textContent).toContain('after');
      const span = el.querySelector('span.kept')!;
      expect(span.getAttribute('style')).toBe('color: rgb(1, 2, 3)');
      expect(span.hasAttribute('data-x')).toBe(false);
      const [js, docs] = el.querySelectorAll('a');
      expect(js!.hasAttribute('href')).toBe(false);
      expect(docs!.target).toBe('_blank');
      expect(docs!.rel).toBe('noopener noreferrer');
    });

    it('leaves HTML as written when sanitizing is off and the host trusts the app (allow_js)', async () => {
      const el = await rendered('<span onclick="x()" data-x="1">s</span>', {
        sanitize: false,
        appTrusted: true,
      });
      expect(el.querySelector('span')?.getAttribute('onclick')).toBe('x()');
      expect(el.querySelector('span')?.dataset.x).toBe('1');
    });

    it('with sanitizing off, keeps the markup but not its code unless the host trusts the app', async () => {
      const el = await rendered(
        '<span onclick="x()" data-x="1" style="color: red">s</span><a href="javascript:x()">a</a><script>x()</script>',
        { sanitize: false },
      );
      expect(el.querySelector('span')?.hasAttribute('onclick')).toBe(false);
      expect(el.querySelector('span')?.dataset.x).toBe('1');
      expect(el.querySelector('span')?.getAttribute('style')).toBe('color: red');
      expect(el.querySelector('a')?.hasAttribute('href')).toBe(false);
      expect(el.querySelector('script')).toBeNull();
    });

    it('shows allowed tags as text (chatbot allow_tags)', async () => {
      const el = await rendered('<thinking>deep</thinking> <b>b</b>', { allowTags: true });
      expect(el.textContent).toContain('<thinking>deep</thinking>');
      expect(el.querySelector('b')?.textContent).toBe('b');
      const listed = await rendered('<tool>t</tool> <other>o</other>', { allowTags: ['tool'] });
      expect(listed.textContent?.trim()).toBe('<tool>t</tool>');
    });
  });

  describe('math', () => {
    it('typesets each delimiter pair with KaTeX, display or inline as the pair says', async () => {
      const el = await rendered('Inline $a_1 * b_2$ and \\(x^2\\), display:\n\n$$\n\\frac{1}{3}\n$$', {
        latexDelimiters: DOLLARS,
      });
      const annotations = [...el.querySelectorAll('annotation')].map((a) => a.textContent?.trim());
      expect(annotations).toEqual(['a_1 * b_2', 'x^2', '\\frac{1}{3}']);
      expect(el.querySelectorAll('.katex-display')).toHaveLength(1);
      // Markdown did not eat the TeX: no emphasis from `*`, no subscript underscores lost.
      expect(el.querySelector('em')).toBeNull();
    });

    it('leaves dollars in code alone, and math off when no delimiters are given', async () => {
      const el = await rendered('`$x$` and\n\n```\n$$y$$\n```', { latexDelimiters: DOLLARS });
      expect(el.querySelector('.katex')).toBeNull();
      expect(el.querySelector('code')?.textContent).toBe('$x$');
      const off = await rendered('$$x$$');
      expect(off.querySelector('.katex')).toBeNull();
      expect(off.textContent?.trim()).toBe('$$x$$');
    });

    it('finds math inside author HTML and in non-Markdown text', async () => {
      const el = await rendered('<div align="center">$$E = mc^2$$</div>', {
        latexDelimiters: DOLLARS.slice(0, 1),
      });
      expect(el.querySelector('div .katex annotation')?.textContent).toBe('E = mc^2');
      const plain = await rendered('area $$\\pi r^2$$', {
        latexDelimiters: DOLLARS.slice(0, 1),
        renderMarkdown: false,
      });
      expect(plain.querySelector('annotation')?.textContent).toBe('\\pi r^2');
    });

    it('shows a TeX error in place instead of failing', async () => {
      const el = await rendered('$$\\frac{1$$', { latexDelimiters: DOLLARS });
      expect(el.querySelector('.katex-error, .katex')).not.toBeNull();
    });

    it('registers KaTeX fonts with the document, not as @font-face in a sheet', async () => {
      await rendered('$$x$$', { latexDelimiters: DOLLARS });
      const families = new Set([...document.fonts].map((f) => f.family.replace(/"/g, '')));
      expect(families.has('KaTeX_Main')).toBe(true);
      expect(families.has('KaTeX_Math')).toBe(true);
    });
  });

  describe('code', () => {
    it('highlights each named language and leaves unknown ones plain', async () => {
      const el = await rendered(
        '```python\ndef f():\n    return 1\n```\n\n```js\nconst a = 2;\n```\n\n```nosuchlang\nx\n```',
      );
      const [py, js, unknown] = el.querySelectorAll('pre code');
      expect(py!.querySelector('.hljs-keyword')?.textContent).toBe('def');
      expect(js!.querySelector('.hljs-keyword')?.textContent).toBe('const');
      expect(unknown!.querySelector('span')).toBeNull();
      expect(py!.textContent).toBe('def f():\n    return 1\n');
    });

    it('puts a copy button on every code block that copies its code', async () => {
      const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
      const el = await rendered('```python\nprint("hi")\n```\n\n```\nplain\n```');
      const buttons = el.querySelectorAll<HTMLButtonElement>('.code_wrap button');
      expect(buttons).toHaveLength(2);
      expect(buttons[0]!.getAttribute('aria-label')).toBe('Copy code');
      buttons[0]!.click();
      await vi.waitFor(() => expect(writeText).toHaveBeenCalledWith('print("hi")'));
      await vi.waitFor(() => expect(buttons[0]!.hasAttribute('data-copied')).toBe(true));
      writeText.mockRestore();
    });

    it('colours tokens differently in dark mode', async () => {
      const { el, root } = container();
      await renderMarkdownInto(el, '```python\ndef f(): pass\n```');
      const keyword = el.querySelector('.hljs-keyword')!;
      const light = getComputedStyle(keyword).color;
      root.querySelector('.gradio-container')!.classList.add('dark');
      expect(getComputedStyle(keyword).color).not.toBe(light);
    });
  });

  describe('header links', () => {
    it('gives headings Gradio ids and anchors that scroll in place without touching the URL', async () => {
      const { el } = container();
      await renderMarkdownInto(el, '# Markdown tour\n\n## Table\n\n## Table\n\n[to table](#h-table)', {
        headerLinks: true,
      });
      expect([...el.querySelectorAll('h1, h2')].map((h) => h.id)).toEqual([
        'h-markdown-tour',
        'h-table',
        'h-table-1',
      ]);
      const anchor = el.querySelector<HTMLAnchorElement>('#h-table .md-header-anchor')!;
      expect(anchor.getAttribute('href')).toBe('#h-table');
      const before = location.href;
      const scroll = vi.spyOn(Element.prototype, 'scrollIntoView');
      el.querySelector<HTMLAnchorElement>('p a')!.click();
      anchor.click();
      expect(location.href).toBe(before);
      expect(scroll).toHaveBeenCalledTimes(2);
      expect(scroll.mock.contexts[0]).toBe(el.querySelector('#h-table'));
      scroll.mockRestore();
    });

    it('renders heading ids the same on every render (no slug counter carried over)', async () => {
      const { el } = container();
      await renderMarkdownInto(el, '## Same', { headerLinks: true });
      await renderMarkdownInto(el, '## Same\n\nmore', { headerLinks: true });
      expect(el.querySelector('h2')!.id).toBe('h-same');
    });
  });
});

describe('markdown() directive', () => {
  afterEach(() => document.body.replaceChildren());

  const view = (items: string[]) =>
    html`${items.map((text) => html`<div class="md prose" ${markdown(text, { latexDelimiters: DOLLARS })}></div>`)}`;

  it('re-renders only the message whose text changed', async () => {
    const { el } = container();
    render(view(['first', 'second']), el);
    const [first, second] = el.querySelectorAll<HTMLElement>('.md');
    await Promise.all([markdownSettled(first), markdownSettled(second)]);
    const firstParagraph = first!.querySelector('p');
    render(view(['first', 'second, longer']), el);
    await markdownSettled(second);
    expect(first!.querySelector('p')).toBe(firstParagraph);
    expect(second!.textContent?.trim()).toBe('second, longer');
  });

  it('ends with the latest text when updates outrun the math chunk', async () => {
    const { el } = container();
    render(view(['$x$ one']), el);
    render(view(['$y$ two']), el);
    const md = el.querySelector<HTMLElement>('.md')!;
    render(view(['plain three']), el);
    await markdownSettled(md);
    await new Promise((r) => setTimeout(r, 50));
    expect(md.textContent?.trim()).toBe('plain three');
  });
});
