import { panelStyles } from '../common/tab-panel.styles.js';

export const walkthroughstepStyles = panelStyles('gr-walkthroughstep');
