import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type ThemeMode = 'system' | 'light' | 'dark';

/**
 * Resolves theme_mode to light or dark; in system mode it follows prefers-color-scheme live and
 * stops listening when the element leaves the page. The host page's own `.dark` is ignored.
 */
export class ThemeModeController implements ReactiveController {
  readonly #host: ReactiveControllerHost & { themeMode: ThemeMode };
  #query: MediaQueryList | null = null;
  readonly #onChange = (): void => this.#host.requestUpdate();

  constructor(host: ReactiveControllerHost & { themeMode: ThemeMode }) {
    this.#host = host;
    host.addController(this);
  }

  get dark(): boolean {
    const mode = this.#host.themeMode;
    if (mode === 'dark') return true;
    if (mode === 'light') return false;
    return this.#query?.matches ?? matchMedia('(prefers-color-scheme: dark)').matches;
  }

  hostConnected(): void {
    this.#query = matchMedia('(prefers-color-scheme: dark)');
    this.#query.addEventListener('change', this.#onChange);
  }

  hostDisconnected(): void {
    this.#query?.removeEventListener('change', this.#onChange);
    this.#query = null;
  }
}
