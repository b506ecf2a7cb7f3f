import type { PlotTheme } from '../../common/theme-watch.js';

/** What a gr.Plot sends: the library, its serialized figure, and (4.x charts) the chart kind. */
export interface PlotValue {
  type: string;
  plot: string;
  chart?: string | null;
}

/** What a drawer needs from its block besides the value. */
export interface DrawContext {
  readonly theme: PlotTheme;
  /** The app listens to `select` (Altair brush). */
  readonly selectable: boolean;
  /** Vega-Embed's actions menu (4.x `show_actions_button`; shown when unset, as Gradio does). */
  readonly showActions: boolean | null;
  /** The server's bokeh version (config `bokeh_version`). */
  readonly bokehVersion: string | null;
  onSelect(data: unknown): void;
}

/** Draws one library's figures into a container the block gives it, and redraws them. */
export interface PlotDrawer {
  draw(value: PlotValue, context: DrawContext): Promise<void>;
  /** The container changed size. */
  resize(): void;
  destroy(): void;
}

/** A serialized figure that is not JSON, or not an object: a readable reason. */
export function parseFigure(text: string, library: string): Record<string, unknown> {
  let figure: unknown;
  try {
    figure = JSON.parse(text);
  } catch {
    throw new Error(`the ${library} figure is not valid JSON`);
  }
  if (figure === null || typeof figure !== 'object' || Array.isArray(figure))
    throw new Error(`the ${library} figure is not an object`);
  return figure as Record<string, unknown>;
}
