/**
 * The entry's first statement (src/index.ts imports it before the element): the requests of
 * the embeds already in view go out before the rest of the entry is evaluated.
 */
import { startEarly } from './loader.js';

startEarly();
