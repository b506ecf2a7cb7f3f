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

  it("keeps a sheet a library adopted into the root (CodeMirror's) when ours change", () => {
    const shadow = root();
    const library = new CSSStyleSheet();
    shadow.adoptedStyleSheets = [library, ...shadow.adoptedStyleSheets];

    const component = new CSSStyleSheet();
    registerStyles(component);
    const app = new CSSStyleSheet();
    setRootSheets(shadow, [app]);

    const sheets = shadow.adoptedStyleSheets;
    expect(sheets[0]).toBe(library);
    expect(sheets).toContain(component);
    expect(sheets[sheets.length - 1]).toBe(app);
    expect(sheets.filter((s) => s === library)).toHaveLength(1);
  });

  it("drops the app's previous sheets when they are replaced", () => {
    const shadow = root();
    const first = new CSSStyleSheet();
    setRootSheets(shadow, [first]);
    setRootSheets(shadow, []);
    expect(shadow.adoptedStyleSheets).not.toContain(first);
  });
});
