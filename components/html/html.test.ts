import { afterEach, describe, expect, it, vi } from 'vitest';
import { html as litHtml, render } from 'lit';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import { testServices } from '../../src/testing/services.js';
import type { GrHtml } from './html.js';

runBlockContract('html', '<p>x</p>', { labelled: false });

const content = (el: GrHtml) => el.querySelector<HTMLElement>('.html-content')!;
const settle = async (el: GrHtml) => {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
};

declare global {
  var __htmlTestRuns: number | undefined;
}

describe('<gr-html>', () => {
  afterEach(() => {
    document.body.replaceChildren();
    globalThis.__htmlTestRuns = undefined;
  });

  describe('value', () => {
    it('renders the value as HTML, with Gradio typography', async () => {
      const { el } = await mountBlock<GrHtml>('html', { value: '<h2>Title</h2><p>Text <b>bold</b></p>' });
      expect(content(el).querySelector('h2')?.textContent).toBe('Title');
      expect(content(el).classList.contains('prose')).toBe(true);
    });

    it('an update merges into the DOM: untouched elements are the same nodes', async () => {
      const { el } = await mountBlock<GrHtml>('html', { value: '<p id="keep">Same</p><p>Old</p>' });
      const kept = content(el).querySelector('#keep');
      el.value = '<p id="keep">Same</p><p>New</p>';
      await settle(el);
      expect(content(el).querySelector('#keep')).toBe(kept);
      expect(content(el).textContent).toBe('SameNew');
    });

    it('never runs a <script> in the value, first render or update; attribute handlers act as in Gradio', async () => {
      const script = '<script>globalThis.__htmlTestRuns = (globalThis.__htmlTestRuns || 0) + 1</script>';
      const { el } = await mountBlock<GrHtml>('html', { value: `<p>a</p>${script}` });
      el.value = `<p>b</p>${script}<script>globalThis.__htmlTestRuns = 99</script>`;
      await settle(el);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(globalThis.__htmlTestRuns).toBeUndefined();
      // Kept in the DOM, inert, as in Gradio.
      expect(content(el).querySelector('p')?.textContent).toBe('b');

      el.value = `<button onclick="globalThis.__htmlTestRuns = 7">go</button>`;
      await settle(el);
      content(el).querySelector('button')!.click();
      expect(globalThis.__htmlTestRuns).toBe(7);
    });
  });

  describe('templates', () => {
    const template = {
      value: 3,
      htmlTemplate:
        "<div class='c'>${value * 2} {{#if big}}<b>big</b>{{/if}} <i>{{name}}</i>{{#each items}}<u>{{this}}</u>{{/each}}</div>",
      props: { big: false, name: 'N', items: ['a'] },
    };

    it('fills in ${...} expressions and Handlebars from value and props', async () => {
      const { el } = await mountBlock<GrHtml>('html', template);
      expect(content(el).querySelector('.c')?.textContent).toBe('6  Na');
      el.props = { big: true, name: 'M', items: ['x', 'y'] };
      el.value = 5;
      await settle(el);
      expect(content(el).querySelector('.c')?.innerHTML).toBe('10 <b>big</b> <i>M</i><u>x</u><u>y</u>');
    });

    it('keeps a value a mustache writes as text: ${...} in data never runs', async () => {
      const { el } = await mountBlock<GrHtml>('html', {
        htmlTemplate: '<p>{{name}}|{{{raw}}}</p>',
        props: { name: '${globalThis.__htmlTestRuns = 1}`\\', raw: '<i>${2}</i>' },
      });
      expect(globalThis.__htmlTestRuns).toBeUndefined();
      expect(content(el).querySelector('p')?.textContent).toBe('${globalThis.__htmlTestRuns = 1}`\\|${2}');
    });

    it('shows a template error in the block and keeps the app going', async () => {
      const { el } = await mountBlock<GrHtml>('html', { htmlTemplate: '<p>${nope.x}</p>', value: 1 });
      await settle(el);
      expect(el.querySelector('.html-error')?.textContent).toContain('Error rendering HTML');
      expect(el.querySelector('.html-error')?.textContent).toContain('nope');
    });

    it('places child blocks at @children', async () => {
      const { el } = await mountBlock<GrHtml>('html', {
        htmlTemplate: '<header>Top</header>@children<footer>End</footer>',
        blocks: [{ id: 9, type: 'textbox' }],
        renderChild: () => litHtml`<span class="child">child</span>`,
      });
      await settle(el);
      expect([...content(el).children].map((c) => c.textContent?.trim())).toEqual(['Top', 'child', 'End']);
    });
  });

  describe('css_template', () => {
    it('styles this block and nothing else in the app, even when it tries to escape', async () => {
      const headBefore = document.head.innerHTML;
      const { el, root } = await mountBlock<GrHtml>('html', {
        value: '<p class="mine">mine</p>',
        cssTemplate: [
          'color: rgb(0, 0, 200);',
          '.mine { color: rgb(1, 2, 3); }',
          '} .theirs { color: rgb(9, 9, 9); }',
          '& ~ * { color: rgb(9, 9, 9); }',
          ':not(&) .theirs { color: rgb(9, 9, 9); }',
          '@media all { .theirs { color: rgb(9, 9, 9); } }',
        ].join(' '),
      });
      const other = document.createElement('p');
      other.className = 'theirs';
      root.querySelector('.gradio-container')!.append(other);
      const sibling = document.createElement('div');
      el.after(sibling);
      await settle(el);
      expect(getComputedStyle(content(el).querySelector('.mine')!).color).toBe('rgb(1, 2, 3)');
      expect(getComputedStyle(content(el)).color).toBe('rgb(0, 0, 200)');
      expect(getComputedStyle(other).color).not.toBe('rgb(9, 9, 9)');
      expect(getComputedStyle(sibling).color).not.toBe('rgb(9, 9, 9)');
      // Nothing is written into the host document.
      expect(document.head.innerHTML).toBe(headBefore);
    });

    it("beats the app's css= on equal terms, as Gradio's id-scoped rules do", async () => {
      const { el } = await mountBlock<GrHtml>(
        'html',
        { value: '<p>x</p>', cssTemplate: 'p { color: rgb(0, 1, 0); }' },
        '.gradio-container p { color: rgb(1, 0, 0); }',
      );
      expect(getComputedStyle(content(el).querySelector('p')!).color).toBe('rgb(0, 1, 0)');
    });

    it('is a constructable stylesheet of the app root (no <style> for a strict CSP to block), gone with the block', async () => {
      const { el, root } = await mountBlock<GrHtml>('html', {
        value: '<p>x</p>',
        cssTemplate: 'p { color: rgb(0, 2, 0); }',
      });
      await settle(el);
      expect(el.querySelector('style')).toBeNull();
      const ours = (): CSSStyleSheet[] =>
        root.adoptedStyleSheets.filter((sheet) =>
          [...sheet.cssRules].some((r) => r.cssText.includes('rgb(0, 2, 0)')),
        );
      expect(ours()).toHaveLength(1);
      el.remove();
      expect(ours()).toHaveLength(0);
    });

    it('templates the CSS with props and updates it', async () => {
      const { el } = await mountBlock<GrHtml>('html', {
        value: '<p>x</p>',
        cssTemplate: 'p { color: ${color}; }',
        props: { color: 'rgb(0, 100, 0)' },
      });
      const p = content(el).querySelector('p')!;
      expect(getComputedStyle(p).color).toBe('rgb(0, 100, 0)');
      el.props = { color: 'rgb(100, 0, 0)' };
      await settle(el);
      expect(getComputedStyle(p).color).toBe('rgb(100, 0, 0)');
    });
  });

  describe('js_on_load', () => {
    it('the default reports a click on the block with {}', async () => {
      const { el, root } = await mountBlock<GrHtml>('html', { value: '<p>click me</p>' });
      await settle(el);
      const onClick = vi.fn();
      root.addEventListener('gr-click', (event) => onClick((event as Event & { data: unknown }).data));
      content(el).querySelector('p')!.click();
      expect(onClick).toHaveBeenCalledWith({});
    });

    it('gets element, trigger, props, server and watch', async () => {
      const callServerFunction = vi.fn(
        async (_id: number, _name: string, data: unknown) => `got ${JSON.stringify(data)}`,
      );
      const { el, root } = await mountBlock<GrHtml>('html', {
        blockId: 12,
        value: 1,
        htmlTemplate: '<button class="b">${value}</button><span class="s"></span>',
        serverFns: ['echo'],
        props: { color: 'red' },
        services: testServices({ callServerFunction }),
        jsOnLoad: `
          element.dataset.loaded = 'yes';
          element.querySelector('.b').addEventListener('click', async () => {
            props.value = props.value + 1;
            trigger('custom', { from: 'js', color: props.color });
            element.querySelector('.s').textContent = await server.echo('a', 2);
          });
          watch('color', () => { element.dataset.color = props.color; });
        `,
      });
      await settle(el);
      const events: [string, unknown][] = [];
      for (const name of ['gr-change', 'gr-custom'])
        root.addEventListener(name, (event) =>
          events.push([name, (event as Event & { data: unknown }).data]),
        );
      const button = content(el).querySelector<HTMLButtonElement>('.b')!;
      expect(content(el).dataset.loaded).toBe('yes');

      button.click();
      await settle(el);

      expect(el.value).toBe(2);
      expect(events).toEqual([
        ['gr-change', null],
        ['gr-custom', { from: 'js', color: 'red' }],
      ]);
      // Re-rendered in place: the listener js_on_load put on the button still works.
      expect(content(el).querySelector('.b')).toBe(button);
      expect(button.textContent).toBe('2');
      await vi.waitFor(() => expect(content(el).querySelector('.s')?.textContent).toBe('got ["a",2]'));
      expect(callServerFunction).toHaveBeenCalledWith(12, 'echo', ['a', 2]);

      // watch() runs after a prop from the server changes, not for the block's own writes.
      expect(content(el).dataset.color).toBeUndefined();
      el.props = { color: 'blue', __type__: 'update' };
      await settle(el);
      await vi.waitFor(() => expect(content(el).dataset.color).toBe('blue'));
    });

    it("upload(file) sends the file through the app's client and resolves {path, url}", async () => {
      const upload = vi.fn(async (files: readonly File[]) => [
        { path: `/tmp/${files[0]!.name}`, url: 'http://app.test/f' },
      ]);
      const { el } = await mountBlock<GrHtml>('html', {
        value: '<p>x</p>',
        services: testServices({ upload }),
        jsOnLoad: `upload(new File(['hi'], 'a.txt')).then((r) => { element.dataset.uploaded = r.path + ' ' + r.url; });`,
      });
      await settle(el);
      await vi.waitFor(() => expect(content(el).dataset.uploaded).toBe('/tmp/a.txt http://app.test/f'));
      expect(upload).toHaveBeenCalledTimes(1);
    });

    it('waits for the block head before running, and a failing script does not break the block', async () => {
      const order: string[] = [];
      const loadHead = vi.fn(async () => {
        order.push('head');
      });
      const services = testServices();
      const { el } = await mountBlock<GrHtml>('html', {
        value: '<p>x</p>',
        head: '<script src="lib.js"></script>',
        services: { ...services, appJs: { ...services.appJs, loadHead } },
        jsOnLoad: 'globalThis.__htmlTestRuns = 1; throw new Error("boom")',
      });
      await settle(el);
      await vi.waitFor(() => expect(globalThis.__htmlTestRuns).toBe(1));
      order.push('js');
      expect(order).toEqual(['head', 'js']);
      expect(loadHead).toHaveBeenCalledWith('<script src="lib.js"></script>');
      expect(content(el).textContent).toBe('x');
    });
  });

  describe('chrome', () => {
    it('min_height, max_height, container, padding and label', async () => {
      const { el } = await mountBlock<GrHtml>('html', {
        value: '<p>x</p>',
        minHeight: 120,
        maxHeight: '200px',
        container: true,
        padding: true,
        label: 'Boxed',
        showLabel: true,
      });
      const box = el.querySelector<HTMLElement>('.html-container')!;
      expect(box.style.minHeight).toBe('120px');
      expect(box.style.maxHeight).toBe('200px');
      expect(el.querySelector('.block')!.classList.contains('no-container')).toBe(false);
      expect(el.querySelector('.html-label')?.textContent).toContain('Boxed');
      el.showLabel = false;
      await el.updateComplete;
      expect(el.querySelector('.html-label')).toBeNull();
    });
  });
});

describe('html example form', () => {
  it('renders the sample as HTML without running its scripts', async () => {
    const { renderExample } = await import('./example.js');
    const host = document.createElement('div');
    document.body.append(host);
    render(
      renderExample(
        '<b>bold</b><script>globalThis.__htmlTestRuns = 1</script>',
        {},
        { layout: 'table', fileUrl: () => null },
      ),
      host,
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(host.querySelector('b')?.textContent).toBe('bold');
    expect(globalThis.__htmlTestRuns).toBeUndefined();
  });
});

describe('morph', () => {
  it('moves elements an insert shifted, and patches in place what only changed', async () => {
    const { morphChildren } = await import('./internal/morph.js');
    const host = document.createElement('div');
    morphChildren(host, 'Count: <span class="c">1</span> <ul><li>a</li></ul><button class="p">+</button>');
    const [span, list, button] = [
      host.querySelector('.c'),
      host.querySelector('ul'),
      host.querySelector('.p'),
    ];
    morphChildren(
      host,
      'Count: <span class="c">2</span> <b>big</b> <i>x</i><ul><li>a</li><li>b</li></ul><button class="p">+</button>',
    );
    expect(host.innerHTML).toBe(
      'Count: <span class="c">2</span> <b>big</b> <i>x</i><ul><li>a</li><li>b</li></ul><button class="p">+</button>',
    );
    expect(host.querySelector('.c')).toBe(span);
    expect(host.querySelector('ul')).toBe(list);
    expect(host.querySelector('.p')).toBe(button);
    morphChildren(host, '<p>gone</p>');
    expect(host.innerHTML).toBe('<p>gone</p>');
  });
});
