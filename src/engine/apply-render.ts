import type { DependencyConfig } from '../config/config-types.js';
import { buildTree } from '../config/build-tree.js';
import { resolveInteractivity } from '../config/interactivity.js';
import type { RenderUpdate } from '../config/normalize.js';
import type { AppStore } from '../store/app-store.js';
import type { DependencyIndex } from './dependency-index.js';

/**
 * Applies a @gr.render run: the render block's old blocks make way for the new ones, blocks
 * with the same `key` keep their `preserved_by_key` props (the value, by default), and the
 * block's listeners are swapped. Returns the new dependencies that listen for `load`.
 */
export function applyRender(
  store: AppStore,
  index: DependencyIndex,
  update: RenderUpdate,
): DependencyConfig[] {
  const preserved = new Map<string | number, Record<string, unknown>>();
  for (const id of [...store.ids()]) {
    const old = store.component(id);
    if (!old || old.renderedIn !== update.renderId) continue;
    if (old.key !== null) {
      const props = store.props(id);
      const keep = Array.isArray(props.preserved_by_key) ? (props.preserved_by_key as string[]) : ['value'];
      preserved.set(old.key, Object.fromEntries(keep.filter((k) => k in props).map((k) => [k, props[k]])));
    }
    store.remove(id);
  }
  const byId = new Map(update.components.map((c) => [c.id, c]));
  // The render block itself is already on the page; only its contents are new.
  const added = update.components.filter((c) => !(c.id === update.layout.id && store.has(c.id)));
  index.replaceRendered(update.renderId, update.dependencies);
  const interactivity = resolveInteractivity(added, index.all());
  for (const component of added) {
    const kept = component.key !== null ? preserved.get(component.key) : undefined;
    const props = { ...component.props, ...kept };
    if (interactivity.has(component.id)) props.interactive = interactivity.get(component.id);
    store.add({ ...component, props });
  }
  store.setChildren(update.layout.id, buildTree(update.layout, byId).children ?? []);
  return update.dependencies.filter((dep) => dep.targets.some((t) => t.event === 'load'));
}
