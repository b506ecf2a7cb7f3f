import { panelStyles } from '../tabitem/tabitem.styles.js';

export const walkthroughstepStyles = panelStyles('gr-walkthroughstep');
