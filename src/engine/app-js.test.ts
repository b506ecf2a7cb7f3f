import { afterEach, describe, expect, it } from 'vitest';
import { AppJs, jsPolicy, type JsPolicy } from './app-js.js';

/** What an app function would like to read of the host page: a global, storage, cookies, the DOM. */
const SNOOP = `() => {
  const read = (f) => { try { return String(f()); } catch (e) { return 'blocked'; } };
  return [
    read(() => parent.__hostSecret),
    read(() => localStorage.getItem('host-key')),
    read(() => parent.document.cookie),
    read(() => parent.document.getElementById('host-node').textContent),
  ];
}`;

const apps: AppJs[] = [];
const hosts: HTMLElement[] = [];

function appWith(policy: JsPolicy): { js: AppJs; root: ShadowRoot } {
  const host = document.createElement('div');
  document.body.append(host);
  hosts.push(host);
  const root = host.attachShadow({ mode: 'open' });
  const js = new AppJs(policy);
  js.attach(root);
  apps.push(js);
  return { js, root };
}

function hostPageWithSecrets(): void {
  (window as { __hostSecret?: string }).__hostSecret = 'secret';
  localStorage.setItem('host-key', 'stored');
  const node = document.createElement('p');
  node.id = 'host-node';
  node.textContent = 'host text';
  document.body.append(node);
  hosts.push(node);
}

afterEach(() => {
  for (const js of apps.splice(0)) js.dispose();
  for (const host of hosts.splice(0)) host.remove();
  localStorage.removeItem('host-key');
  delete (window as { __hostSecret?: string }).__hostSecret;
});

describe('allow_js', () => {
  it('maps true, false and absent to page, none and sandbox', () => {
    expect(jsPolicy(true)).toBe('page');
    expect(jsPolicy(false)).toBe('none');
    expect(jsPolicy(undefined)).toBe('sandbox');
  });
});

describe('event js (pure functions)', () => {
  it('by default runs in a sandbox frame: the value comes back, the host page stays out of reach', async () => {
    hostPageWithSecrets();
    const { js, root } = appWith('sandbox');
    expect(await js.event('(s) => s.split("").reverse().join("")', ['abc'])).toBe('cba');
    expect(await js.event('async (a, b) => [a + b, { n: a }]', [2, 3])).toEqual([5, { n: 2 }]);
    expect(await js.event(SNOOP, [])).toEqual(['blocked', 'blocked', 'blocked', 'blocked']);
    // The frame is sandboxed without its origin, and lives in the app's root, not the host page.
    const frame = root.querySelector('iframe.gr-js-realm')!;
    expect(frame.getAttribute('sandbox')).toBe('allow-scripts');
    expect(document.querySelectorAll('iframe').length).toBe(0);
  });

  it('with allow_js="true" runs in the page, which it can read', async () => {
    hostPageWithSecrets();
    const { js, root } = appWith('page');
    expect(await js.event('(s) => s.toUpperCase()', ['abc'])).toBe('ABC');
    const read = (await js.event(SNOOP.replace(/parent\./g, 'window.'), [])) as string[];
    expect(read[0]).toBe('secret');
    expect(read[1]).toBe('stored');
    expect(read[3]).toBe('host text');
    expect(root.querySelector('iframe')).toBeNull();
  });

  it('an error thrown in the sandbox rejects with its message; a result that cannot be cloned is refused', async () => {
    const { js } = appWith('sandbox');
    await expect(js.event('() => { throw new Error("boom") }', [])).rejects.toThrow('boom');
    await expect(js.event('() => () => 1', [])).rejects.toThrow(/cannot leave the sandbox/);
  });

  it('a sandboxed function cannot navigate, open or alert the top page', async () => {
    const { js } = appWith('sandbox');
    const before = location.href;
    const result = await js.event(
      `() => { const r = []; try { top.location = 'https://example.com/'; r.push('nav'); } catch (e) { r.push('no-nav'); }
        r.push(String(window.open('https://example.com/'))); try { alert(1); r.push('alert'); } catch (e) { r.push('no-alert'); } return r; }`,
      [],
    );
    expect((result as string[])[0]).toBe('no-nav');
    expect((result as string[])[1]).toBe('null');
    expect(location.href).toBe(before);
  });
});

describe('gr.HTML templates', () => {
  it('a literal with code is evaluated in the sandbox by default, in the page with allow_js', async () => {
    const sandboxed = appWith('sandbox').js.templateLiteral('n=${n * 2} ${location.origin}', { n: 21 });
    expect(sandboxed).toBeInstanceOf(Promise);
    expect(await sandboxed).toBe('n=42 null');
    const page = appWith('page').js.templateLiteral('n=${n * 2}', { n: 21 });
    expect(page).toBe('n=42');
  });

  it('a literal without code is its text at once, whatever the policy', () => {
    expect(appWith('sandbox').js.templateLiteral('plain <b>text</b>', {})).toBe('plain <b>text</b>');
    expect(appWith('none').js.templateLiteral('${value}', { value: 'v' })).toBe('v');
  });
});

describe('page code', () => {
  it('the app\'s js runs only with allow_js="true"', async () => {
    const marker = window as { __appJsRan?: number };
    delete marker.__appJsRan;
    const source = '() => { globalThis.__appJsRan = (globalThis.__appJsRan || 0) + 1; }';
    const sandbox = appWith('sandbox');
    await sandbox.js.app(source, sandbox.root);
    expect(marker.__appJsRan).toBeUndefined();
    const page = appWith('page');
    await page.js.app(source, page.root);
    expect(marker.__appJsRan).toBe(1);
    delete marker.__appJsRan;
  });

  it('js_on_load runs on its block by default and with allow_js, never with allow_js="false"', () => {
    const el = document.createElement('div');
    const body = 'element.dataset.loaded = String(Number(element.dataset.loaded || 0) + 1);';
    appWith('sandbox').js.block(body, { element: el });
    appWith('page').js.block(body, { element: el });
    expect(el.dataset.loaded).toBe('2');
    appWith('none').js.block(body, { element: el });
    expect(el.dataset.loaded).toBe('2');
  });
});
