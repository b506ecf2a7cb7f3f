import { css } from 'lit';
import { property } from 'lit/decorators.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';

/**
 * @summary A Gradio `Navbar`: configuration only. The app draws the navigation bar of a
 * multipage app from the current page's Navbar props (`visible`, `main_page_name`, `value`).
 */
@block('navbar')
export class GrNavbar extends GradioElement {
  static override css = css`
    @layer gr.components {
      gr-navbar {
        display: none;
      }
    }
  `;

  /** Extra links, `[name, path]`: an app page route or an http(s) URL. */
  @property({ attribute: false }) value: readonly (readonly [string, string])[] | null = null;
  /** The home page's name in the bar; false leaves it out. */
  @property({ attribute: false }) mainPageName: string | false = 'Home';
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-navbar': GrNavbar;
  }
}
