import type { ReactiveElement } from 'lit';

/** Config prop names that differ from a plain snake_case -> camelCase conversion. */
const RENAMED: Record<string, string> = {
  _selectable: 'selectable',
  // Chatbot: set by the server when retry / undo listeners exist.
  _retryable: 'retryable',
  _undoable: 'undoable',
  // A tab's or step's own id (gr.Tab(id=...)); `id` on the element is elem_id's.
  id: 'tabId',
};

/** Props the renderer applies itself (as attributes), never as element properties. */
const RESERVED = new Set(['elem_id', 'elem_classes', 'visible', 'name', 'preserved_by_key', 'key']);

/** Names already converted: every sync of every block converts all of its props' names. */
const converted = new Map<string, string>();

export function camelCase(key: string): string {
  let name = converted.get(key);
  if (name === undefined) {
    name = RENAMED[key] ?? key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
    converted.set(key, name);
  }
  return name;
}

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
