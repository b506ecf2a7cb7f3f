import { block } from '../../src/base/block.js';
import { TabPanel } from '../common/tab-panel.js';
import { tabitemStyles } from './tabitem.styles.js';

/**
 * @summary A Gradio `Tab` (`TabItem`): one panel of a `Tabs`. Its tabs draws the tab button from
 * its label, `visible`, `interactive` and id, and shows the panel while it is the selected tab.
 * @event gr-select - The user selected this tab; SelectData `{index, value: label, selected: true}`.
 */
@block('tabitem')
export class GrTabitem extends TabPanel {
  static override css = tabitemStyles;
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-tabitem': GrTabitem;
  }
}
