import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mountBlock } from './fixture.js';
import { testServices } from './services.js';
import { XSS_CORPUS, latentCode, watchForXss, type XssPayload } from './xss-corpus.js';
import type { GradioElement } from '../base/gradio-element.js';
import type { AppServices } from '../base/app-services.js';

/*
 * The XSS corpus through every renderer that shows text or markup an app supplies. For each
 * place: nothing runs (no payload posts its id), nothing that could run on a click is left in
 * the tree, and nothing is written outside the element.
 */

/** An app the host has not trusted with its page (no `allow_js`): the default. */
const untrusted = (): AppServices => {
  const services = testServices();
  return { ...services, appJs: { ...services.appJs, trusted: false } };
};

const file = (name: string) => ({
  path: '/tmp/a.txt',
  url: 'http://app.test/gradio_api/file=/tmp/a.txt',
  orig_name: name,
  size: 10,
  meta: { _type: 'gradio.FileData' },
});
const message = (role: string, text: string) => ({
  role,
  content: [{ type: 'text', text }],
  metadata: null,
  options: null,
});
const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';

/** Each place an app puts text or markup: the block type, and its props with a payload in them. */
const PLACES: [name: string, type: string, props: (p: string) => Record<string, unknown>][] = [
  ['markdown', 'markdown', (p) => ({ value: p })],
  [
    'markdown sanitize_html=False',
    'markdown',
    (p) => ({ value: p, sanitizeHtml: false, services: untrusted() }),
  ],
  ['html value', 'html', (p) => ({ value: p, services: untrusted() })],
  ['chatbot messages', 'chatbot', (p) => ({ value: [message('user', p), message('assistant', p)] })],
  [
    'chatbot sanitize_html=False',
    'chatbot',
    (p) => ({ value: [message('assistant', p)], sanitizeHtml: false, services: untrusted() }),
  ],
  ['label', 'label', (p) => ({ value: { label: p, confidences: [{ label: p, confidence: 0.5 }] } })],
  ['json', 'json', (p) => ({ value: { [p]: p, list: [p] } })],
  ['highlightedtext', 'highlightedtext', (p) => ({ value: [{ token: p, class_or_confidence: p }] })],
  [
    'dataframe str/markdown/html cells',
    'dataframe',
    (p) => ({
      value: { headers: [p, 'md', 'html'], data: [[p, p, p]] },
      datatype: ['str', 'markdown', 'html'],
    }),
  ],
  ['file name', 'file', (p) => ({ value: file(p) })],
  ['gallery caption', 'gallery', (p) => ({ value: [{ image: { ...file(p), url: PIXEL }, caption: p }] })],
  ['button label', 'button', (p) => ({ value: p })],
  ['accordion label', 'accordion', (p) => ({ label: p })],
  ['textbox label, info, placeholder', 'textbox', (p) => ({ label: p, info: p, placeholder: p, value: p })],
  [
    'examples (markdown, html, text samples)',
    'dataset',
    (p) => ({
      label: p,
      headers: [p, p, p],
      components: [
        { name: 'markdown', class_id: 'm' },
        { name: 'html', class_id: 'h' },
        { name: 'textbox', class_id: 't' },
      ],
      componentProps: [{}, {}, {}],
      samples: [[p, p, p]],
      services: untrusted(),
    }),
  ],
];

const frames = (n = 2): Promise<void> =>
  new Promise((resolve) => {
    const step = (left: number): void => {
      if (left === 0) resolve();
      else requestAnimationFrame(() => step(left - 1));
    };
    step(n);
  });

let watch: ReturnType<typeof watchForXss>;
let marker: HTMLElement;
beforeAll(() => {
  watch = watchForXss();
  // A host-page element in the corner: no app overlay may cover it.
  marker = document.createElement('p');
  marker.id = 'host-marker';
  marker.textContent = 'host';
  marker.style.cssText =
    'position:fixed;right:0;bottom:0;width:20px;height:20px;margin:0;z-index:1;color:rgb(1, 2, 3)';
  document.body.append(marker);
});
afterAll(() => {
  watch.stop();
  marker.remove();
});

it('the corpus holds 200+ payloads of every kind', () => {
  expect(XSS_CORPUS.length).toBeGreaterThanOrEqual(200);
  const kinds = new Set(XSS_CORPUS.map((p) => p.kind.split('/')[0]));
  for (const kind of ['script', 'handler', 'url', 'mxss', 'svg', 'math', 'css', 'clobber'])
    expect(kinds).toContain(kind);
});

describe.each(PLACES)('XSS corpus through %s', (_name, type, props) => {
  it(`runs nothing, leaves no code to click, writes nothing outside the element`, async () => {
    const bodyBefore = [...document.body.children];
    const headBefore = document.head.children.length;
    const latent: string[] = [];
    const CHUNK = 60;
    for (let start = 0; start < XSS_CORPUS.length; start += CHUNK) {
      const chunk: XssPayload[] = XSS_CORPUS.slice(start, start + CHUNK);
      const mounted: { el: GradioElement; root: ShadowRoot; host: HTMLElement }[] = [];
      for (const payload of chunk) mounted.push(await mountBlock(type, props(payload.text)));
      await Promise.all(mounted.map(({ el }) => el.updateComplete));
      // Markdown renders after lazy imports; example forms load their renderers.
      await new Promise((resolve) => setTimeout(resolve, 50));
      await frames();
      mounted.forEach(({ root }, i) => {
        for (const what of latentCode(root)) latent.push(`${chunk[i]!.id} (${chunk[i]!.kind}): ${what}`);
      });
      // No app box covers the host page's corner; host styles hold.
      const box = marker.getBoundingClientRect();
      expect(document.elementFromPoint(box.left + 5, box.top + 5)).toBe(marker);
      expect(getComputedStyle(marker).color).toBe('rgb(1, 2, 3)');
      expect(getComputedStyle(document.body).display).not.toBe('none');
      for (const { host } of mounted) {
        expect(host.getBoundingClientRect().height).toBeGreaterThanOrEqual(0);
        host.remove();
      }
    }
    // Handlers fire on their own timers (an image error, a toggle): give them the time.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect([...watch.hits]).toEqual([]);
    expect(latent).toEqual([]);
    expect([...document.body.children]).toEqual(bodyBefore);
    expect(document.head.children.length).toBe(headBefore);
    expect(document.querySelector('[id^="gr-"], [name=cookie]')).toBeNull();
  }, 90_000);
});

it('the watch and the scan catch a payload where code is allowed (an app trusted with allow_js)', async () => {
  const payloads = XSS_CORPUS.filter((p) => p.kind === 'handler').slice(0, 3);
  const hosts: HTMLElement[] = [];
  const latent: string[] = [];
  for (const payload of payloads) {
    // testServices() is an app the host trusts: its HTML keeps its handlers, as on its own page.
    const { root, host } = await mountBlock('html', { value: payload.text });
    hosts.push(host);
    latent.push(...latentCode(root));
  }
  await expect.poll(() => watch.hits.size).toBeGreaterThan(0);
  expect(latent.length).toBeGreaterThan(0);
  for (const host of hosts) host.remove();
  watch.hits.clear();
});
