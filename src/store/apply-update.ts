import type { AppStore } from './app-store.js';

/** Gradio's update dict: `gr.update(...)` or a component returned from a function. */
export function isUpdate(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && (value as { __type__?: unknown }).__type__ === 'update'
  );
}

/**
 * Applies one output to one block: a plain value sets `value`; an update dict sets each prop,
 * `visible` last (it may reveal children); `undefined` (gr.skip(), or fewer outputs) leaves it.
 * Returns the names of the props that changed (`value` among them when it did).
 */
export function applyOutput(store: AppStore, id: number, output: unknown): string[] {
  if (output === undefined) return [];
  if (!isUpdate(output)) return store.setValue(id, output, 'output') ? ['value'] : [];
  const { __type__: _type, value, visible, ...rest } = output;
  const before = store.props(id);
  const changed = Object.keys(rest).filter((key) => before[key] !== rest[key]);
  if (Object.keys(rest).length) store.patch(id, rest);
  if ('value' in output && store.setValue(id, value, 'output')) changed.push('value');
  if ('visible' in output) store.patch(id, { visible });
  return changed;
}
