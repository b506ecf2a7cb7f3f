import { block } from '../../src/base/block.js';
import { TabPanel } from '../common/tab-panel.js';
import { walkthroughstepStyles } from './walkthroughstep.styles.js';

/**
 * @summary A Gradio `Step` of a `Walkthrough`: a tab panel, drawn by its walkthrough as a step.
 * @event gr-select - The user selected this step; SelectData `{index, value: label, selected: true}`.
 */
@block('walkthroughstep')
export class GrWalkthroughstep extends TabPanel {
  static override css = walkthroughstepStyles;
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-walkthroughstep': GrWalkthroughstep;
  }
}
