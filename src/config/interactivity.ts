import type { ComponentConfig, DependencyConfig } from './config-types.js';

/** Config types that never take user input, so the interactivity rule does not apply to them. */
const LAYOUT_TYPES = new Set(['row', 'column', 'form', 'group', 'tabs', 'tabitem', 'accordion', 'sidebar']);

/**
 * Gradio's interactivity rule, for blocks whose `interactive` the server left out: an input of
 * any dependency is interactive; so is a block that is neither input nor output and has no
 * value; everything else is static.
 */
export function resolveInteractivity(
  components: Iterable<ComponentConfig>,
  dependencies: Iterable<DependencyConfig>,
): Map<number, boolean> {
  const inputs = new Set<number>();
  const outputs = new Set<number>();
  for (const dep of dependencies) {
    dep.inputs.forEach((id) => inputs.add(id));
    dep.outputs.forEach((id) => outputs.add(id));
  }
  const result = new Map<number, boolean>();
  for (const component of components) {
    if (LAYOUT_TYPES.has(component.type)) continue;
    const explicit = component.props.interactive;
    if (typeof explicit === 'boolean') {
      result.set(component.id, explicit);
    } else if (inputs.has(component.id)) {
      result.set(component.id, true);
    } else {
      const value = component.props.value;
      const empty = value === undefined || value === null || value === '';
      result.set(component.id, !outputs.has(component.id) && empty);
    }
  }
  return result;
}
