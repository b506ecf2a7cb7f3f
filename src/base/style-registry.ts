import type { CSSResult } from 'lit';
import { baseStyles } from './base.styles.js';

/**
 * Component styles are adopted into every live app root once, when their module loads; one
 * CSSStyleSheet object is shared by every <gradio-app> on the page.
 */
// The base sheet is always first: it declares the cascade layer order for the whole root.
const sheets: CSSStyleSheet[] = [];
let baseSheet: CSSStyleSheet | null = null;
const roots = new Set<ShadowRoot>();
/** Sheets that must stay last in each root (the app's own css=), by root. */
const tails = new WeakMap<ShadowRoot, CSSStyleSheet[]>();
/** Every sheet this registry has placed in a root, so it never mistakes one for a library's. */
const placed = new WeakSet<CSSStyleSheet>();

function toSheet(style: CSSResult | CSSStyleSheet): CSSStyleSheet {
  if (style instanceof CSSStyleSheet) return style;
  const sheet = style.styleSheet;
  if (sheet) return sheet;
  const made = new CSSStyleSheet();
  made.replaceSync(style.cssText);
  return made;
}

function adopt(root: ShadowRoot): void {
  baseSheet ??= toSheet(baseStyles);
  const ours = [baseSheet, ...sheets, ...(tails.get(root) ?? [])];
  for (const sheet of ours) placed.add(sheet);
  // A library may adopt its own sheet into the root (CodeMirror's style modules, given the
  // root): it stays, ahead of ours, or a later component load would strip the library's look.
  const foreign = root.adoptedStyleSheets.filter((sheet) => !placed.has(sheet));
  root.adoptedStyleSheets = [...foreign, ...ours];
}

/** Registers a shared stylesheet (component or base) with every app root, now and later. */
export function registerStyles(style: CSSResult | CSSStyleSheet): void {
  const sheet = toSheet(style);
  if (sheets.includes(sheet)) return;
  sheets.push(sheet);
  for (const root of roots) adopt(root);
}

/** Starts adopting the shared sheets into an app root. */
export function attachRoot(root: ShadowRoot): void {
  roots.add(root);
  adopt(root);
}

export function detachRoot(root: ShadowRoot): void {
  roots.delete(root);
}

/**
 * Sets the sheets that belong to one root only and must come after every shared sheet: the
 * app's theme and its own css=, which beats our layered rules because it is unlayered.
 */
export function setRootSheets(root: ShadowRoot, own: CSSStyleSheet[]): void {
  tails.set(root, own);
  adopt(root);
}
