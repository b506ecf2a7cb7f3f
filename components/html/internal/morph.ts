import { trustedHtml } from '../../../src/base/trusted-html.js';

/**
 * Puts an HTML string into an element the way gr.HTML does: parsed as `innerHTML` parses
 * (so `<script>` elements never run, while the markup's own attributes behave as on the app's
 * page), then merged into what is already there node by node, so elements that `js_on_load`
 * holds on to, listens on or has typed into survive a re-render.
 */

let inert: Document | null = null;

/**
 * Parses HTML into nodes owned by an inert document: nothing loads and no handler fires while
 * parsing, and fragment parsing marks every `<script>` as already started, which its imported
 * copies keep, so none of them ever runs.
 */
export function parseHtml(markup: string): Node[] {
  inert ??= document.implementation.createHTMLDocument('');
  const holder = inert.createElement('div');
  holder.innerHTML = trustedHtml(markup);
  return [...holder.childNodes];
}

/** Replaces the element's children with the markup's, reusing the nodes that match. */
export function morphChildren(element: Element, markup: string): void {
  patchChildren(element, parseHtml(markup));
}

function patchChildren(parent: Node, next: readonly Node[]): void {
  for (let i = 0; i < next.length; i++) {
    const incoming = next[i]!;
    const current = parent.childNodes[i] ?? null;
    if (current && sameNode(current, incoming)) {
      patchNode(current, incoming);
      continue;
    }
    // An element that moved (something was inserted before it) is moved, not rebuilt.
    const later = findLater(current, incoming);
    if (later) {
      parent.insertBefore(later, current);
      patchNode(later, incoming);
    } else if (current && current.nodeName === incoming.nodeName && !isNewSibling(current, next, i)) {
      patchNode(current, incoming);
    } else {
      parent.insertBefore(adopt(incoming), current);
    }
  }
  while (parent.childNodes.length > next.length) parent.lastChild!.remove();
}

/** The same node kind, and for elements the same tag, id and class: patched, never rebuilt. */
function sameNode(a: Node, b: Node): boolean {
  if (a.nodeType !== b.nodeType || a.nodeName !== b.nodeName) return false;
  if (!(a instanceof Element) || !(b instanceof Element)) return true;
  return a.getAttribute('id') === b.getAttribute('id') && a.getAttribute('class') === b.getAttribute('class');
}

function findLater(current: Node | null, incoming: Node): Node | null {
  if (!(incoming instanceof Element)) return null;
  for (let node = current?.nextSibling ?? null; node; node = node.nextSibling) {
    if (sameNode(node, incoming)) return node;
  }
  return null;
}

/** Whether `current` matches a later incoming node exactly (so an insert keeps it for that one). */
function isNewSibling(current: Node, next: readonly Node[], from: number): boolean {
  for (let j = from + 1; j < next.length; j++) if (sameNode(current, next[j]!)) return true;
  return false;
}

const adopt = (node: Node): Node => document.importNode(node, true);

function patchNode(old: Node, incoming: Node): void {
  if (old.nodeType !== incoming.nodeType || old.nodeName !== incoming.nodeName) {
    old.parentNode?.replaceChild(adopt(incoming), old);
    return;
  }
  if (old.nodeType === Node.TEXT_NODE || old.nodeType === Node.COMMENT_NODE) {
    if (old.nodeValue !== incoming.nodeValue) old.nodeValue = incoming.nodeValue;
    return;
  }
  if (!(old instanceof Element) || !(incoming instanceof Element)) {
    old.parentNode?.replaceChild(adopt(incoming), old);
    return;
  }
  // A script is never patched into something new: it would still not run, but its text could
  // be mistaken for what ran. It is swapped whole, inert like the rest.
  if (old.localName === 'script') {
    if (old.outerHTML !== incoming.outerHTML) old.replaceWith(adopt(incoming));
    return;
  }
  for (const { name } of [...old.attributes]) if (!incoming.hasAttribute(name)) old.removeAttribute(name);
  for (const { name, value } of [...incoming.attributes]) {
    if (old.getAttribute(name) === value) continue;
    old.setAttribute(name, value);
    // The attribute sets only the default of a form field the user may have edited.
    if (name === 'value' && 'value' in old) (old as HTMLInputElement).value = value;
  }
  const content = (el: Element): Node => (el instanceof HTMLTemplateElement ? el.content : el);
  patchChildren(content(old), [...content(incoming).childNodes]);
}
