import { afterEach, describe, expect, it } from 'vitest';
import { attachRoot, detachRoot, registerStyles, setRootSheets } from './style-registry.js';

describe('style registry', () => {
  const roots: ShadowRoot[] = [];
  afterEach(() => {
    roots.splice(0).forEach(detachRoot);
    document.body.replaceChildren();
  });

  function root(): ShadowRoot {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    roots.push(shadow);
    attachRoot(shadow);
    return shadow;
  }

  it("keeps a sheet a library adopted into the root (CodeMirror's) when ours change", async () => {
    const shadow = root();
    const library = new CSSStyleSheet();
    shadow.adoptedStyleSheets = [library, ...shadow.adoptedStyleSheets];

    const component = new CSSStyleSheet();
    registerStyles(component);
    await Promise.resolve();
    const app = new CSSStyleSheet();
    setRootSheets(shadow, [app]);

    const sheets = shadow.adoptedStyleSheets;
    expect(sheets[0]).toBe(library);
    expect(sheets).toContain(component);
    expect(sheets[sheets.length - 1]).toBe(app);
    expect(sheets.filter((s) => s === library)).toHaveLength(1);
  });

  it('gives the roots the sheets registered in one go with one assignment, before the next render', async () => {
    const shadow = root();
    const proto = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, 'adoptedStyleSheets')!;
    let assignments = 0;
    Object.defineProperty(shadow, 'adoptedStyleSheets', {
      get: () => proto.get!.call(shadow) as CSSStyleSheet[],
      set: (sheets: CSSStyleSheet[]) => {
        assignments++;
        proto.set!.call(shadow, sheets);
      },
    });
    const sheets = [new CSSStyleSheet(), new CSSStyleSheet(), new CSSStyleSheet()];
    sheets.forEach(registerStyles);
    // Lit updates an element in a microtask queued after its module registered its sheet.
    const seenByUpdate = new Promise<CSSStyleSheet[]>((resolve) =>
      queueMicrotask(() => resolve([...shadow.adoptedStyleSheets])),
    );
    expect(await seenByUpdate).toEqual(expect.arrayContaining(sheets));
    expect(assignments).toBe(1);
  });

  it("drops the app's previous sheets when they are replaced", () => {
    const shadow = root();
    const first = new CSSStyleSheet();
    setRootSheets(shadow, [first]);
    setRootSheets(shadow, []);
    expect(shadow.adoptedStyleSheets).not.toContain(first);
  });
});
