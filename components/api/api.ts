import { property } from 'lit/decorators.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { apiStyles } from './api.styles.js';

/**
 * @summary Gradio's `Api` component (`gradio.components.api_component`): an input or output of
 * an API-only endpoint, with no UI. gr.Workflow puts them in its config; Gradio's page treats
 * them as `state`. The element holds the value the server gave or an event wrote.
 */
@block('api')
export class GrApi extends GradioElement {
  static override css = apiStyles;

  /** Any value. */
  @property({ attribute: false }) value: unknown = null;
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-api': GrApi;
  }
}
