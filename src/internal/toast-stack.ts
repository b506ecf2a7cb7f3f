/**
 * The toasts' own look and template: loaded with an app's first toast (or when the visitor
 * reaches for the app), so an app that never shows one never loads it. See toasts.ts.
 */
import { css, html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { registerStyles } from '../base/style-registry.js';
import type { ToastList } from './toasts.js';

registerStyles(css`
  @layer gr.base {
    .gr-toast {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: var(--spacing-sm);
      padding: var(--spacing-lg);
      border: 1px solid var(--border-color-primary);
      border-left-width: 4px;
      border-radius: var(--radius-sm);
      background: var(--background-fill-primary);
      box-shadow: 0 4px 12px rgb(0 0 0 / 0.12);
    }
    .gr-toast[data-level='error'] {
      border-left-color: var(--error-border-color);
    }
    .gr-toast[data-level='warning'] {
      border-left-color: #eab308;
    }
    .gr-toast[data-level='info'] {
      border-left-color: #3b82f6;
    }
    .gr-toast[data-level='success'] {
      border-left-color: #22c55e;
    }
    .gr-toast-title {
      font-weight: 600;
    }
    .gr-toast-close {
      border: 0;
      background: none;
      cursor: pointer;
      font-size: 16px;
      line-height: 1;
    }
  }
`);

/** The toasts of a list, each keyed by its id, so one leaving never re-announces another. */
export function renderToastItems(list: ToastList): unknown {
  return repeat(
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
  );
}
