import { panelStyles } from '../common/tab-panel.styles.js';

export const tabitemStyles = panelStyles('gr-tabitem');
