import { html, nothing } from 'lit';

/**
 * The message a 6.x validator (`validator=` on an event) sets on an input, shown under it as
 * Gradio does; `id` lets the control point at it with `aria-describedby`.
 */
export function renderValidation(message: string | null | undefined, id?: string): unknown {
  return message ? html`<div class="validation" id=${id ?? nothing} role="alert">${message}</div>` : nothing;
}
