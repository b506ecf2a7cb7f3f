import { html, nothing } from 'lit';
import type { Toast } from '../engine/dispatcher.js';
import type * as ToastStack from './toast-stack.js';
import { RetryingLoad } from './retrying-load.js';

export interface ShownToast extends Toast {
  id: number;
  timer: ReturnType<typeof setTimeout> | null;
  /** The message as sanitized HTML, once DOMPurify has loaded (Gradio allows HTML in toasts). */
  html: string | null;
}

/** Messages with markup are sanitized; DOMPurify loads only for those. */
async function sanitize(message: string): Promise<string> {
  const { default: DOMPurify } = await import('dompurify');
  return DOMPurify.sanitize(message);
}

let nextId = 0;

/** The stack's template and look, once loaded (one copy for every app on the page). */
let stack: typeof ToastStack | null = null;
const stackLoad = new RetryingLoad(() => import('./toast-stack.js').then((module) => (stack = module)));

/**
 * Loads the toasts' template and styles: with an app's first toast, or ahead of it when the
 * visitor reaches for the app. A failed load is asked again by the next toast.
 */
export function loadToastStack(): Promise<typeof ToastStack> {
  return stackLoad.get();
}

/** The toasts an app shows (gr.Error, gr.Warning, gr.Info, gr.Success), with their timers. */
export class ToastList {
  readonly items: ShownToast[] = [];
  readonly #changed: () => void;

  constructor(changed: () => void) {
    this.#changed = changed;
  }

  add(toast: Toast): void {
    if (!toast.visible) return;
    const shown: ShownToast = { ...toast, id: ++nextId, timer: null, html: null };
    if (/<[a-z!/]/i.test(toast.message)) {
      void sanitize(toast.message).then((html) => {
        shown.html = html;
        this.#changed();
      });
    }
    if (toast.duration !== null && toast.duration > 0) {
      shown.timer = setTimeout(() => this.remove(shown.id), toast.duration * 1000);
    }
    this.items.push(shown);
    if (stack) this.#changed();
    else {
      loadToastStack().then(
        () => this.#changed(),
        // Nowhere to show it: the console still has it.
        () => console.warn(`[gradio-app] ${toast.title || toast.level}: ${toast.message}`),
      );
    }
  }

  remove(id: number): void {
    const index = this.items.findIndex((t) => t.id === id);
    if (index < 0) return;
    const [removed] = this.items.splice(index, 1);
    if (removed?.timer) clearTimeout(removed.timer);
    this.#changed();
  }

  clear(): void {
    for (const toast of this.items) if (toast.timer) clearTimeout(toast.timer);
    this.items.length = 0;
  }
}

/** The toast stack, inside the app's root, announced to screen readers. */
export function renderToasts(list: ToastList): unknown {
  // One element, empty or not: the live region stays in the root while empty, as screen readers
  // announce what is added to a region they already know, not a region that appears with its
  // text. Its toasts are drawn by their own module, loaded with the first (see loadToastStack).
  return html`<div class="gr-toasts" aria-live="polite">
    ${stack ? stack.renderToastItems(list) : nothing}
  </div>`;
}
