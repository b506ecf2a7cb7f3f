import { html, nothing, type TemplateResult } from 'lit';
import { inlineMarkdown } from './inline-markdown.js';

export interface BlockTitleOptions {
  /** The id of the control the title labels (a `<label for>`); none for a plain heading. */
  readonly for?: string;
  readonly label: string | null;
  readonly show: boolean;
  readonly info?: string | null;
}

/**
 * A block's title and info text (inline Markdown, as Gradio's), as Gradio draws them above a control. The label stays in the
 * accessibility tree as the control's name even when `show_label` hides it from sight. With a
 * control (`for`), only the label names it: the info text is outside the `<label>`, with the id
 * `blockInfoId(for)`, for the control's `aria-describedby` (Gradio's controls are named by their
 * label alone).
 */
export function renderBlockTitle(options: BlockTitleOptions): TemplateResult {
  const visible = options.show && Boolean(options.label);
  const hidden = visible ? '' : 'gr-visually-hidden';
  if (options.for !== undefined)
    return html`<div class="label-wrap">
      <label class="label ${hidden}" for=${options.for}>${options.label ?? ''}</label>
      ${options.info ? html`<span class="info" id=${blockInfoId(options.for)}>${inlineMarkdown(options.info)}</span>` : nothing}
    </div>`;
  return html`<div class="label-wrap">
    <span class="label ${hidden}">${options.label ?? ''}</span>
    ${options.info ? html`<span class="info">${inlineMarkdown(options.info)}</span>` : nothing}
  </div>`;
}

/** The id of the info text `renderBlockTitle` draws for a control, for its `aria-describedby`. */
export function blockInfoId(controlId: string): string {
  return `${controlId}-info`;
}

/** The message a block shows in place of a value it cannot display; the rest of the app goes on. */
export function renderValueError(message: string): TemplateResult {
  return html`<div class="value-error" role="alert">${message}</div>`;
}
