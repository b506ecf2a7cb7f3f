import { html, nothing } from 'lit';

/** A gr.Button an app put in a block's `buttons` list (6.x): its config, with its block id. */
export interface CustomButton {
  id: number;
  value?: string | null;
  icon?: { url?: string } | string | null;
  visible?: boolean | string;
  interactive?: boolean;
}

/** The custom gr.Button entries of a `buttons` list (the strings name built-in buttons). */
export function customButtons(buttons: readonly unknown[] | null | undefined): CustomButton[] {
  return (buttons ?? []).filter(
    (b): b is CustomButton =>
      typeof b === 'object' &&
      b !== null &&
      typeof (b as CustomButton).id === 'number' &&
      (b as CustomButton).visible !== false,
  );
}

/**
 * The app's own buttons in a block's toolbar. Pressing one reports `custom_button_click` with
 * its id; the app then runs that button's `click` listeners, as on Gradio's page.
 */
export function renderCustomButtons(
  buttons: readonly unknown[] | null | undefined,
  onClick: (id: number) => void,
): unknown {
  const list = customButtons(buttons);
  if (!list.length) return nothing;
  return list.map((button) => {
    const icon = typeof button.icon === 'string' ? button.icon : button.icon?.url;
    const text = button.value ?? '';
    return html`<button
      type="button"
      class="icon-button custom-button"
      aria-label=${text || `Button ${button.id}`}
      title=${text}
      ?disabled=${button.interactive === false}
      @click=${() => onClick(button.id)}
    >
      ${icon ? html`<img src=${icon} alt="" />` : html`<span class="custom-button-text">${text}</span>`}
    </button>`;
  });
}
