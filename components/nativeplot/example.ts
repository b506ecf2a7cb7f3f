import type { ExampleRenderer } from '../../src/base/example.js';

/** A native plot in an examples table: its title, or "x x y" (Gradio's form; no chart drawn). */
export const renderExample: ExampleRenderer = (_value, props) => {
  const title = typeof props.title === 'string' ? props.title : '';
  return title || `${String(props.x ?? '')} x ${String(props.y ?? '')}`;
};
