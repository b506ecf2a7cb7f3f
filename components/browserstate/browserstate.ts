import { property } from 'lit/decorators.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { browserstateStyles } from './browserstate.styles.js';

/**
 * @summary A Gradio `BrowserState`: no UI. Its value is kept in the browser by the app (see
 * src/store/browser-state.ts); the element only holds its place in the tree.
 */
@block('browserstate')
export class GrBrowserstate extends GradioElement {
  static override css = browserstateStyles;

  /** The stored value. */
  @property({ attribute: false }) value: unknown = null;
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-browserstate': GrBrowserstate;
  }
}
