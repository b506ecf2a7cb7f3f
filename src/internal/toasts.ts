import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Toast } from '../engine/dispatcher.js';

interface ShownToast extends Toast {
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
    this.#changed();
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
  // One template, empty or not: the live region stays in the root (the same element) while
  // empty, as screen readers announce what is added to a region they already know, not a region
  // that appears with its text.
  return html`<div class="gr-toasts" aria-live="polite">
    ${repeat(
      list.items,
      (t) => t.id,
      (t) =>
        html`<div class="gr-toast" data-level=${t.level} role=${t.level === 'error' ? 'alert' : 'status'}>
          <div>
            <div class="gr-toast-title">${t.title || t.level[0]!.toUpperCase() + t.level.slice(1)}</div>
            <div class="gr-toast-message">
              ${t.html === null ? t.message.replace(/<[^>]*>/g, '') : unsafeHTML(t.html)}
            </div>
          </div>
          <button class="gr-toast-close" aria-label="Close" @click=${() => list.remove(t.id)}>×</button>
        </div>`,
    )}
  </div>`;
}
