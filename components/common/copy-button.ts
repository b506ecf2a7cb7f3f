import { html, type TemplateResult } from 'lit';
import { icons } from './icons.js';

/** Copies text; falls back to a hidden textarea where the async clipboard is refused (http pages). */
export async function copyText(text: string, near: Node): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.style.cssText = 'position:fixed;opacity:0;pointer-events:none';
    // Inside the app's shadow root, never in the host document's body.
    const root = near.getRootNode();
    (root instanceof ShadowRoot ? root : document.body).append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    return copied;
  }
}

const COPIED_FOR_MS = 1500;

/**
 * An icon button that copies `text()` and shows a check mark for a moment. `onCopied` lets the
 * block report Gradio's `copy` event. The button's state lives on the button element itself.
 */
export function renderCopyButton(
  text: () => string,
  options: { label?: string; onCopied?: (value: string) => void } = {},
): TemplateResult {
  const label = options.label ?? 'Copy';
  const onClick = async (event: Event): Promise<void> => {
    const button = event.currentTarget as HTMLButtonElement;
    const value = text();
    if (!(await copyText(value, button))) return;
    options.onCopied?.(value);
    button.dataset.copied = '';
    button.setAttribute('aria-label', 'Copied');
    setTimeout(() => {
      delete button.dataset.copied;
      button.setAttribute('aria-label', label);
    }, COPIED_FOR_MS);
  };
  return html`<button
    type="button"
    class="icon-button copy-button"
    aria-label=${label}
    title=${label}
    @click=${onClick}
  >
    <span class="when-idle">${icons.copy}</span><span class="when-copied">${icons.check}</span>
  </button>`;
}
