import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import { registerStyles } from '../../src/base/style-registry.js';
import type { GrCode } from './code.js';

runBlockContract('code', 'print(1)');

/** Mounts a code block and waits until CodeMirror and the language's grammar are in place. */
async function mountCode(props: Record<string, unknown>) {
  const mounted = await mountBlock<GrCode>('code', props);
  await vi.waitFor(() => expect(mounted.el.editor).not.toBeNull(), { timeout: 5000 });
  await mounted.el.editor!.languageReady;
  await mounted.el.updateComplete;
  return mounted;
}

const content = (el: GrCode) => el.querySelector<HTMLElement>('.cm-content')!;

describe('<gr-code>', () => {
  afterEach(() => document.body.replaceChildren());

  describe('editing', () => {
    it('typing reports input and change with the exact text, and keeps the value', async () => {
      const { el, root } = await mountCode({
        label: 'Src',
        interactive: true,
        value: 'x = 1',
        language: 'python',
      });
      const onInput = vi.fn();
      const onChange = vi.fn();
      root.addEventListener('gr-input', onInput);
      root.addEventListener('gr-change', onChange);

      content(el).focus();
      el.editor!.view.dispatch({ selection: { anchor: 5 } });
      await userEvent.keyboard('{Enter}y = 2');

      expect(el.value).toBe('x = 1\ny = 2');
      expect(onInput).toHaveBeenCalled();
      expect(onChange).toHaveBeenCalledTimes(onInput.mock.calls.length);
    });

    it('Tab indents, and undo / redo restore the text', async () => {
      const { el } = await mountCode({ label: 'Src', interactive: true, value: 'a', language: 'python' });
      content(el).focus();
      el.editor!.view.dispatch({ selection: { anchor: 0 } });

      // CodeMirror's indent unit (two spaces), as in Gradio's editor.
      await userEvent.keyboard('{Tab}');
      expect(el.value).toBe('  a');

      await userEvent.keyboard('{Control>}z{/Control}');
      expect(el.value).toBe('a');
      await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
      expect(el.value).toBe('  a');
    });

    it('Escape then Tab leaves the editor (keyboard users are never trapped)', async () => {
      const { el } = await mountCode({ label: 'Src', interactive: true, value: 'a' });
      const after = document.createElement('button');
      el.after(after);
      content(el).focus();
      await userEvent.keyboard('{Escape}{Tab}');
      expect(el.value).toBe('a');
      expect(
        el.contains(
          el.getRootNode() instanceof ShadowRoot ? (el.getRootNode() as ShadowRoot).activeElement : null,
        ),
      ).toBe(false);
    });

    it('offers completions with autocomplete on, and none with it off', async () => {
      const { el } = await mountCode({
        label: 'Src',
        interactive: true,
        value: '',
        language: 'python',
        autocomplete: true,
      });
      content(el).focus();
      await userEvent.keyboard('imp');
      await vi.waitFor(() =>
        expect(el.querySelector('.cm-tooltip-autocomplete')?.textContent).toContain('import'),
      );
      // CodeMirror ignores accept keys for a moment after the list opens (interactionDelay).
      await new Promise((resolve) => setTimeout(resolve, 150));
      await userEvent.keyboard('{Tab}');
      expect(el.value).toMatch(/^import\b/);

      el.autocomplete = false;
      el.value = '';
      await el.updateComplete;
      content(el).focus();
      await userEvent.keyboard('imp');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(el.querySelector('.cm-tooltip-autocomplete')).toBeNull();
    });

    it('Mod-F opens a search panel inside the block', async () => {
      const { el } = await mountCode({ label: 'Src', interactive: true, value: 'abc abc', language: null });
      content(el).focus();
      await userEvent.keyboard('{Control>}f{/Control}');
      await vi.waitFor(() => expect(el.querySelector('.cm-search input[name="search"]')).not.toBeNull());
    });

    it('reports focus and blur once each, not for moves inside the editor', async () => {
      const { el, root } = await mountCode({ label: 'Src', interactive: true, value: 'a' });
      const seen: string[] = [];
      root.addEventListener('gr-focus', () => seen.push('focus'));
      root.addEventListener('gr-blur', () => seen.push('blur'));
      content(el).focus();
      content(el).blur();
      expect(seen).toEqual(['focus', 'blur']);
    });

    it('a value from the app replaces the text and fires nothing', async () => {
      const { el, root } = await mountCode({ label: 'Src', interactive: true, value: 'old' });
      const listener = vi.fn();
      for (const name of ['gr-input', 'gr-change']) root.addEventListener(name, listener);
      el.value = 'new text';
      await el.updateComplete;
      expect(el.editor!.text).toBe('new text');
      expect(listener).not.toHaveBeenCalled();
    });
  });

  describe('display', () => {
    it('is read-only when not interactive, and highlights by language', async () => {
      const { el } = await mountCode({
        label: 'Out',
        interactive: false,
        value: 'def f():\n    return 1',
        language: 'python',
      });
      expect(content(el).getAttribute('contenteditable')).toBe('false');
      const keyword = [...el.querySelectorAll('.tok-keyword')].map((n) => n.textContent);
      expect(keyword).toContain('def');
      expect(keyword).toContain('return');
    });

    it('switches grammar when the language changes', async () => {
      const { el } = await mountCode({ label: 'Out', value: 'const a = 1;', language: 'python' });
      el.language = 'javascript';
      await el.updateComplete;
      await el.editor!.languageReady;
      await vi.waitFor(() =>
        expect([...el.querySelectorAll('.tok-keyword')].map((n) => n.textContent)).toContain('const'),
      );
    });

    it('maps every Gradio language name to a grammar', async () => {
      const { describeLanguage } = await import('./internal/languages.js');
      const names = [
        'python',
        'c',
        'cpp',
        'markdown',
        'latex',
        'json',
        'html',
        'css',
        'javascript',
        'jinja2',
        'typescript',
        'yaml',
        'dockerfile',
        'shell',
        'r',
        'sql',
        'sql-msSQL',
        'sql-mySQL',
        'sql-mariaDB',
        'sql-sqlite',
        'sql-cassandra',
        'sql-plSQL',
        'sql-hive',
        'sql-pgSQL',
        'sql-gql',
        'sql-gpSQL',
        'sql-sparkSQL',
        'sql-esper',
      ];
      for (const name of names) expect(describeLanguage(name), name).not.toBeNull();
      expect(describeLanguage(null)).toBeNull();
    });

    it('shows an empty box, and loads no editor, for an empty output', async () => {
      const { el } = await mountBlock<GrCode>('code', { label: 'Out', interactive: false, value: '' });
      expect(el.querySelector('[aria-label="Empty value"]')).not.toBeNull();
      expect(el.querySelector('.cm-editor')).toBeNull();
    });

    it('names the editing area after the label, even with the label hidden', async () => {
      const { el } = await mountCode({ label: 'Query', showLabel: false, interactive: true, value: 'a' });
      expect(content(el).getAttribute('aria-label')).toBe('Query');
      expect(el.querySelector('.code-label')).toBeNull();
    });

    it('sizes by lines and max_lines', async () => {
      const value = Array.from({ length: 40 }, (_, i) => `line ${i}`).join('\n');
      const { el } = await mountCode({ label: 'L', value, lines: 3, maxLines: 6 });
      const scroller = el.querySelector<HTMLElement>('.cm-scroller')!;
      const line = el.querySelector<HTMLElement>('.cm-line')!.getBoundingClientRect().height;
      expect(scroller.getBoundingClientRect().height).toBeCloseTo(7 * line, -1);
      expect(scroller.scrollHeight).toBeGreaterThan(scroller.clientHeight);
      el.maxLines = null;
      el.value = 'a';
      await el.updateComplete;
      expect(scroller.getBoundingClientRect().height).toBeCloseTo(4 * line, -1);
    });

    it('wraps long lines and hides line numbers on request', async () => {
      const { el } = await mountCode({
        label: 'L',
        value: 'x'.repeat(500),
        wrapLines: true,
        showLineNumbers: false,
      });
      expect(el.querySelector('.cm-lineWrapping')).not.toBeNull();
      expect(el.querySelector('.cm-lineNumbers')).toBeNull();
    });

    it('follows the app wrapper into dark mode', async () => {
      const { el, root } = await mountCode({ label: 'L', value: 'def f(): pass', language: 'python' });
      const keyword = el.querySelector<HTMLElement>('.tok-keyword')!;
      const light = getComputedStyle(keyword).color;
      root.querySelector('.gradio-container')!.classList.add('dark');
      expect(getComputedStyle(keyword).color).not.toBe(light);
      expect(getComputedStyle(keyword).color).toBe('rgb(253, 163, 49)');
    });

    it('shows a bad value as a message in the block', async () => {
      const { el } = await mountBlock<GrCode>('code', { label: 'L', value: { not: 'text' } });
      expect(el.querySelector('[role="alert"]')?.textContent).toContain('shows text');
    });
  });

  describe('styles', () => {
    it("adopts CodeMirror's styles into the app root, never into the host document", async () => {
      const before = document.head.innerHTML;
      const adoptedBefore = document.adoptedStyleSheets.length;
      const { el, root } = await mountCode({ label: 'L', value: 'a' });
      expect(document.head.innerHTML).toBe(before);
      expect(document.adoptedStyleSheets.length).toBe(adoptedBefore);
      expect(getComputedStyle(el.querySelector('.cm-editor')!).display).toBe('flex');
      // A component module that loads later must not strip CodeMirror's sheet from the root.
      registerStyles(new CSSStyleSheet());
      const sheets = root.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText));
      expect(sheets.some((rule) => rule.includes('.cm-scroller'))).toBe(true);
    });
  });

  describe('toolbar', () => {
    it('copies the code', async () => {
      const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
      const { el } = await mountCode({ label: 'L', value: 'print(1)' });
      el.querySelector<HTMLButtonElement>('button[aria-label="Copy"]')!.click();
      await vi.waitFor(() => expect(writeText).toHaveBeenCalledWith('print(1)'));
      writeText.mockRestore();
    });

    it('downloads the code as file.<ext> for the language', async () => {
      const { el } = await mountCode({ label: 'L', value: 'SELECT 1', language: 'python' });
      const clicked = vi.fn();
      const original = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        clicked(this.download, this.getRootNode() === document);
      };
      try {
        el.querySelector<HTMLButtonElement>('button[aria-label="Download"]')!.click();
      } finally {
        HTMLAnchorElement.prototype.click = original;
      }
      expect(clicked).toHaveBeenCalledWith('file.py', false);
    });

    it('shows only the buttons asked for', async () => {
      const { el } = await mountCode({ label: 'L', value: 'a', buttons: ['copy'] });
      expect(el.querySelector('button[aria-label="Copy"]')).not.toBeNull();
      expect(el.querySelector('button[aria-label="Download"]')).toBeNull();
      el.buttons = [];
      await el.updateComplete;
      expect(el.querySelector('.icon-buttons')).toBeNull();
    });
  });
});

describe('code example form', () => {
  it('shows the first 60 characters, preformatted', async () => {
    const { renderExample } = await import('./example.js');
    const { render } = await import('lit');
    const host = document.createElement('div');
    document.body.append(host);
    render(renderExample('x'.repeat(70), {}, { layout: 'table', fileUrl: () => null }) as never, host);
    expect(host.querySelector('pre')?.textContent).toBe(`${'x'.repeat(60)}...`);
    host.remove();
  });
});
