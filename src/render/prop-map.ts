import type { ReactiveElement } from 'lit';
import { camelCase } from '../base/prop-names.js';

/** Props the renderer applies itself (as attributes), never as element properties. */
const RESERVED = new Set(['elem_id', 'elem_classes', 'visible', 'name', 'preserved_by_key', 'key']);

/**
 * Sets a block's config props on its element: each snake_case prop that the element declares as
 * a reactive property (so an element states what it reads, and nothing else lands on it).
 */
export function applyProps(element: ReactiveElement, props: Readonly<Record<string, unknown>>): void {
  const declared = (element.constructor as typeof ReactiveElement).elementProperties;
  const target = element as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(props)) {
    if (RESERVED.has(key)) continue;
    const name = camelCase(key);
    if (declared.has(name) && target[name] !== value) target[name] = value;
  }
  const elemId = props.elem_id;
  if (typeof elemId === 'string' && elemId) element.id = elemId;
  else element.removeAttribute('id');
  const classes = Array.isArray(props.elem_classes) ? props.elem_classes.join(' ') : '';
  if (element.getAttribute('class') !== classes) {
    if (classes) element.setAttribute('class', classes);
    else element.removeAttribute('class');
  }
  // 6.x "hidden" keeps the block in the DOM but out of sight, as false does.
  element.hidden = props.visible === false || props.visible === 'hidden';
}
