import type { CSSResult } from 'lit';
import { baseStyles } from './base.styles.js';

/**
 * Component styles are adopted into every live app root once, when their module loads; one
 * CSSStyleSheet object is shared by every <gradio-app> on the page.
 */
export interface Registry {
  /** Shared sheets, in the order they were registered. */
  sheets: CSSStyleSheet[];
  /** Always first: it declares the cascade layer order for the whole root. */
  base: CSSStyleSheet | null;
  roots: Set<ShadowRoot>;
  /** Sheets that must stay last in each root (the app's own css=), by root. */
  tails: WeakMap<ShadowRoot, CSSStyleSheet[]>;
  /** Every sheet this registry has placed in a root, so it never mistakes one for a library's. */
  placed: WeakSet<CSSStyleSheet>;
  /** Whether a microtask is queued to give the roots the sheets registered since they last took them. */
  pending?: boolean;
}

/** The key our element class carries its registry under (see `shared`). */
export const STYLE_REGISTRY = Symbol.for('gradio-embed.style-registry');

/** This copy's registry; the element class this copy defines carries it. */
export const styleRegistry: Registry = {
  sheets: [],
  base: null,
  roots: new Set(),
  tails: new WeakMap(),
  placed: new WeakSet(),
};

/**
 * The registry of the `<gradio-app>` the page has defined. Chunks import this module from the
 * entry file, by the entry's URL without a query; a page that loaded the entry under another URL
 * (`gradio.js?v=2`, a CDN's redirect from a version range) evaluates a second copy of the entry
 * for them, whose sheets must go into the roots of the element that is defined: the first
 * copy's. The state travels on our own element class, never on the page's globals.
 */
function shared(): Registry {
  const defined = customElements.get('gradio-app') as { [STYLE_REGISTRY]?: Registry } | undefined;
  return defined?.[STYLE_REGISTRY] ?? styleRegistry;
}

function toSheet(style: CSSResult | CSSStyleSheet): CSSStyleSheet {
  if (style instanceof CSSStyleSheet) return style;
  const sheet = style.styleSheet;
  if (sheet) return sheet;
  const made = new CSSStyleSheet();
  made.replaceSync(style.cssText);
  return made;
}

function adopt(root: ShadowRoot): void {
  const registry = shared();
  const { sheets, tails, placed } = registry;
  registry.base ??= toSheet(baseStyles);
  const ours = [registry.base, ...sheets, ...(tails.get(root) ?? [])];
  for (const sheet of ours) placed.add(sheet);
  // A library may adopt its own sheet into the root (CodeMirror's style modules, given the
  // root): it stays, ahead of ours, or a later component load would strip the library's look.
  const foreign = root.adoptedStyleSheets.filter((sheet) => !placed.has(sheet));
  root.adoptedStyleSheets = [...foreign, ...ours];
}

/**
 * Registers a shared stylesheet (component or base) with every app root, now and later. The
 * roots take it in a microtask, with every other sheet registered meanwhile in one assignment:
 * the runtime registers a dozen as it is evaluated, and each assignment of a root's sheets makes
 * the browser re-examine its styles. The elements that use a sheet update in microtasks queued
 * after it was registered, so they render with it.
 */
export function registerStyles(style: CSSResult | CSSStyleSheet): void {
  const sheet = toSheet(style);
  const registry = shared();
  if (registry.sheets.includes(sheet)) return;
  registry.sheets.push(sheet);
  if (registry.pending) return;
  registry.pending = true;
  queueMicrotask(() => {
    registry.pending = false;
    for (const root of registry.roots) adopt(root);
  });
}

/** Starts adopting the shared sheets into an app root. */
export function attachRoot(root: ShadowRoot): void {
  shared().roots.add(root);
  adopt(root);
}

export function detachRoot(root: ShadowRoot): void {
  shared().roots.delete(root);
}

/**
 * Sets the sheets that belong to one root only and must come after every shared sheet: the
 * app's theme and its own css=, which beats our layered rules because it is unlayered.
 */
export function setRootSheets(root: ShadowRoot, own: CSSStyleSheet[]): void {
  shared().tails.set(root, own);
  adopt(root);
}
