import { html, nothing, type TemplateResult } from 'lit';

export interface BlockTitleOptions {
  /** The id of the control the title labels (a `<label for>`); none for a plain heading. */
  readonly for?: string;
  readonly label: string | null;
  readonly show: boolean;
  readonly info?: string | null;
}

/**
 * A block's title and info text, as Gradio draws them above a control. The label stays in the
 * accessibility tree as the control's name even when `show_label` hides it from sight.
 */
export function renderBlockTitle(options: BlockTitleOptions): TemplateResult {
  const visible = options.show && Boolean(options.label);
  const title = html`<span class="label ${visible ? '' : 'gr-visually-hidden'}">${options.label ?? ''}</span>
    ${options.info ? html`<span class="info">${options.info}</span>` : nothing}`;
  return options.for !== undefined
    ? html`<label class="label-wrap" for=${options.for}>${title}</label>`
    : html`<div class="label-wrap">${title}</div>`;
}

/** The message a block shows in place of a value it cannot display; the rest of the app goes on. */
export function renderValueError(message: string): TemplateResult {
  return html`<div class="value-error" role="alert">${message}</div>`;
}
