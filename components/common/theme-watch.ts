import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether a block sits in the app's dark mode, followed live: the `.dark` class on the app's
 * `.gradio-container` (theme_mode, or the system setting in "system" mode). For blocks whose
 * drawing library takes literal colours (plots) and so cannot follow the theme's variables by CSS
 * alone: the host re-renders when the mode flips.
 */
export class DarkModeController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #observer: MutationObserver | null = null;
  #dark = false;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  get dark(): boolean {
    return this.#dark;
  }

  hostConnected(): void {
    const container = this.#host.closest('.gradio-container');
    this.#dark = Boolean(this.#host.closest('.dark'));
    if (!container) return;
    this.#observer = new MutationObserver(() => {
      const dark = Boolean(this.#host.closest('.dark'));
      if (dark === this.#dark) return;
      this.#dark = dark;
      this.#host.requestUpdate();
    });
    this.#observer.observe(container, { attributes: true, attributeFilter: ['class'] });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = null;
  }
}

/** The colours and type of the app's theme, as a plotting library needs them: literal values. */
export interface PlotTheme {
  readonly dark: boolean;
  readonly accent: string;
  readonly text: string;
  readonly textSubdued: string;
  readonly border: string;
  readonly background: string;
  readonly font: string;
  readonly titleWeight: string;
  /** Font sizes in px. */
  readonly textMd: number;
  readonly textSm: number;
  /** `--primary-100` … `--primary-900`. */
  readonly primary: readonly string[];
}

const px = (value: string, fallback: number): number => {
  const n = parseFloat(value);
  return value.trim().endsWith('px') && Number.isFinite(n) ? n : fallback;
};

/** Reads the theme as it applies to `el` (its tokens come from the app root and the `.dark` wrapper). */
export function readPlotTheme(el: Element, dark: boolean): PlotTheme {
  const style = getComputedStyle(el);
  const read = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback;
  return {
    dark,
    accent: read('--color-accent', '#f97316'),
    text: read('--body-text-color', dark ? '#f4f4f5' : '#1f2937'),
    textSubdued: read('--body-text-color-subdued', '#6b7280'),
    border: read('--border-color-primary', dark ? '#3f3f46' : '#e5e7eb'),
    background: read('--block-background-fill', dark ? '#27272a' : '#ffffff'),
    font: style.fontFamily || 'sans-serif',
    titleWeight: read('--block-title-text-weight', '400'),
    textMd: px(read('--text-md', ''), 14),
    textSm: px(read('--text-sm', ''), 12),
    primary: [100, 200, 300, 400, 500, 600, 700, 800, 900].map((n) => read(`--primary-${n}`, '')),
  };
}
