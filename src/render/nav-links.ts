/**
 * The navigation bar of a multipage app: its links (by Gradio's rules) and how it is drawn.
 * Loaded only by an app with more than one page (see loadSessionParts in app-session.ts).
 */
import { css, html } from 'lit';
import { registerStyles } from '../base/style-registry.js';

registerStyles(css`
  @layer gr.base {
    .gr-nav {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      gap: var(--size-2, 0.5rem);
      margin-bottom: var(--spacing-xxl);
      padding-bottom: var(--size-2, 0.5rem);
      border-bottom: 1px solid var(--border-color-primary);
    }
    .gr-nav .gr-nav-link {
      padding: var(--size-1, 0.25rem) var(--size-2, 0.5rem);
      border: var(--block-border-width) solid transparent;
      border-radius: var(--block-radius);
      background: none;
      color: var(--body-text-color-subdued);
      font: inherit;
      text-decoration: none;
      cursor: pointer;
    }
    .gr-nav .gr-nav-link:hover {
      color: var(--body-text-color);
    }
    .gr-nav .gr-nav-link[aria-current='page'] {
      border-color: var(--block-border-color);
      background: var(--block-background-fill);
      color: var(--body-text-color);
    }
  }
`);

/** One page of a multipage app, as the navbar needs it. */
export interface NavPage {
  readonly route: string;
  readonly name: string;
  readonly showInNavbar: boolean;
}

/** The props of a page's gr.Navbar that shape the navigation. */
export interface NavbarProps {
  readonly visible?: unknown;
  readonly main_page_name?: unknown;
  readonly value?: unknown;
}

export interface NavLink {
  readonly label: string;
  /** A page route ("" is home) or, when `external`, an absolute URL. */
  readonly route: string;
  readonly external: boolean;
}

const isExternal = (route: string): boolean => /^https?:\/\//i.test(route);
const trimSlashes = (route: string): string => route.split(/[?#]/)[0]!.replace(/^\/+|\/+$/g, '');

/**
 * The links of a multipage app's navigation bar, by Gradio's rules: shown when the app has more
 * than one page, unless the page's gr.Navbar is hidden; pages marked show_in_navbar=False left
 * out; the home page renamed by `main_page_name` (or left out when it is False); the Navbar's
 * `value` pairs `(name, path)` added after the pages, internal paths as pages and http(s) URLs as
 * external links. Returns null when there is no navigation bar.
 */
export function navLinks(pages: readonly NavPage[], navbar: NavbarProps | null): NavLink[] | null {
  const visible = navbar?.visible;
  if (pages.length < 2 || visible === false || visible === 'hidden') return null;
  const main = navbar?.main_page_name;
  const links: NavLink[] = [];
  pages.forEach((page, index) => {
    const home = index === 0 && page.route === '';
    if (home ? main === false : !page.showInNavbar) return;
    const label = home && typeof main === 'string' && main && page.name === 'Home' ? main : page.name;
    links.push({ label, route: page.route, external: false });
  });
  if (Array.isArray(navbar?.value)) {
    const routes = new Set(links.map((l) => l.route));
    for (const entry of navbar.value) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'string') continue;
      const [label, path] = entry as [string, string];
      const external = isExternal(path);
      const route = external ? path : trimSlashes(path);
      if (routes.has(route)) continue;
      routes.add(route);
      links.push({ label, route, external });
    }
  }
  return links;
}

/** What the bar needs of the session that draws it. */
export interface PageNavHost {
  readonly pages: readonly NavPage[];
  /** The current page's route. */
  readonly route: string;
  translate(value: unknown): unknown;
  open(route: string): void;
}

/** The bar for the current page, or null when it has none. */
export function renderPageNav(host: PageNavHost, navbar: NavbarProps | null): unknown {
  const links = navLinks(host.pages, navbar);
  if (!links) return null;
  return html`<nav class="gr-nav" aria-label="Pages">
    ${links.map((link) =>
      link.external
        ? html`<a class="gr-nav-link" href=${link.route} target="_blank" rel="noopener noreferrer"
            >${host.translate(link.label)}</a
          >`
        : html`<button
            type="button"
            class="gr-nav-link"
            aria-current=${link.route === host.route ? 'page' : 'false'}
            @click=${() => host.open(link.route)}
          >
            ${host.translate(link.label)}
          </button>`,
    )}
  </nav>`;
}
