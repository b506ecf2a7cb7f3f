import { css } from 'lit';

export const formStyles = css`
  @layer gr.components {
    gr-form {
      display: block;
      position: relative;
      min-width: 0;
    }
    gr-form > .form {
      display: flex;
      flex-flow: column wrap;
      gap: var(--form-gap-width);
      border: var(--block-border-width) solid var(--block-border-color);
      border-radius: var(--block-radius);
      background: var(--block-border-color);
      box-shadow: var(--block-shadow);
      overflow: hidden;
    }
    /* As in Gradio: a form whose children are all hidden (gr.Dataset's components) takes no room. */
    gr-form > .form:not(:has(> :not([hidden]))) {
      display: none;
    }
    gr-row > .row > gr-form > .form {
      flex-direction: row;
    }
    /* Side by side in a row, every field fills the row's height: the form's background (its
       border colour, which draws the lines between fields) must not show below a short one. */
    gr-form > .form > * > .block {
      height: 100%;
      border-width: 0;
      border-radius: 0;
      box-shadow: none;
    }
  }
`;
