import type { GradioElement } from './gradio-element.js';
import { registerStyles } from './style-registry.js';

type BlockClass = typeof GradioElement;

/**
 * Defines `gr-<type>` for a Gradio block type and adopts its stylesheet into every app root.
 * Defining twice is a no-op, so two copies of a chunk on one page cannot throw.
 */
export function block(type: string) {
  return (cls: BlockClass): void => {
    if (cls.css) registerStyles(cls.css);
    const tag = `gr-${type}`;
    if (!customElements.get(tag)) customElements.define(tag, cls);
  };
}
