import type Plotly from 'plotly.js-dist-min';
import { registerStyles } from '../../../src/base/style-registry.js';

/**
 * Plotly writes into the document it runs in: at load, its global stylesheet and MapLibre's into
 * the page's <head> (looked up with `document.getElementById`); on each plot, an off-screen SVG
 * for text measurement into <body> (`d3.select("body")`). Inside our shadow root the head styles
 * would not even apply, and the host page must not be touched. So, only while Plotly code runs
 * for us, those few lookups are answered from inside the app: the styles go into one sheet of
 * ours (in our cascade layer, adopted into every app root), the measuring SVG into a plot's own
 * container. Every other call goes to the real document.
 */

const sheet = new CSSStyleSheet();
sheet.replaceSync('@layer gr.components {}');
const layer = sheet.cssRules[0] as CSSLayerBlockRule;
registerStyles(sheet);

/** What Plotly's addRelatedStyleRule expects of its <style> element. */
const styleStub = {
  matches: () => false,
  parentNode: null,
  sheet: {
    insertRule: (rule: string, index = 0): number =>
      layer.insertRule(rule, Math.min(index, layer.cssRules.length)),
  },
};

const STYLE_ID = /^plotly\.js-style-/;
/** The id of MapLibre's stylesheet that Plotly's bundle adds (a hash). */
const HASH_ID = /^[0-9a-f]{64}$/;

/** The plot containers alive now; the first holds Plotly's measuring SVG. */
const homes: HTMLElement[] = [];

export function addHome(el: HTMLElement): void {
  homes.push(el);
}

/** A container goes: its measuring SVG (which Plotly keeps a reference to) moves to the next one. */
export function removeHome(el: HTMLElement): void {
  const index = homes.indexOf(el);
  if (index >= 0) homes.splice(index, 1);
  const tester = el.querySelector(':scope > #js-plotly-tester');
  if (tester && homes[0]) homes[0].append(tester);
}

function patch<K extends 'getElementById' | 'querySelector'>(
  target: Document,
  name: K,
  replacement: Document[K],
): () => void {
  const own = Object.getOwnPropertyDescriptor(target, name);
  Object.defineProperty(target, name, { value: replacement, configurable: true, writable: true });
  return () => {
    if (own) Object.defineProperty(target, name, own);
    else delete (target as unknown as Record<string, unknown>)[name];
  };
}

/** Runs `fn` (synchronous Plotly code) with the document lookups answered from inside the app. */
export function inApp<T>(fn: () => T): T {
  const restore = redirect();
  try {
    return fn();
  } finally {
    restore();
  }
}

function redirect(): () => void {
  const doc = document;
  const getById = doc.getElementById;
  const query = doc.querySelector;
  const head = doc.head;
  const append = head.appendChild;
  const undo = [
    patch(doc, 'getElementById', function (this: Document, id: string) {
      return STYLE_ID.test(id) ? (styleStub as unknown as HTMLElement) : getById.call(this, id);
    }),
    patch(doc, 'querySelector', function (this: Document, selector: string) {
      return selector === 'body' && homes[0] ? homes[0] : query.call(this, selector);
    } as Document['querySelector']),
  ];
  head.appendChild = function <T extends Node>(this: HTMLHeadElement, node: T): T {
    if (node instanceof HTMLStyleElement && HASH_ID.test(node.id)) {
      const parsed = new CSSStyleSheet();
      parsed.replaceSync(node.textContent ?? '');
      for (const rule of parsed.cssRules) layer.insertRule(rule.cssText, layer.cssRules.length);
      return node;
    }
    return append.call(this, node) as T;
  };
  return () => {
    for (const fn of undo) fn();
    delete (head as unknown as Record<string, unknown>).appendChild;
  };
}

export type PlotlyModule = typeof Plotly;
let loading: Promise<PlotlyModule> | null = null;

/**
 * Loads Plotly once per page. Its bundle runs its set-up (the stylesheets) while the import
 * settles, so the redirection stays on until then; it answers only Plotly's own ids.
 */
export function loadPlotly(): Promise<PlotlyModule> {
  if (loading) return loading;
  const restore = redirect();
  loading = import('plotly.js-dist-min')
    .then((module) => ((module as { default?: PlotlyModule }).default ?? module) as PlotlyModule)
    .finally(restore);
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
