import { describe, expect, it } from 'vitest';
import { navLinks, type NavPage } from './nav-links.js';

const pages: NavPage[] = [
  { route: '', name: 'Home', showInNavbar: true },
  { route: 'settings', name: 'Settings', showInNavbar: true },
  { route: 'secret', name: 'Secret', showInNavbar: false },
];

describe('navLinks', () => {
  it('without a Navbar: every page shown in the navbar, by its name', () => {
    expect(navLinks(pages, null)).toEqual([
      { label: 'Home', route: '', external: false },
      { label: 'Settings', route: 'settings', external: false },
    ]);
  });

  it('no bar for a one-page app, or a hidden Navbar', () => {
    expect(navLinks(pages.slice(0, 1), null)).toBeNull();
    expect(navLinks(pages, { visible: false })).toBeNull();
    expect(navLinks(pages, { visible: 'hidden' })).toBeNull();
  });

  it('main_page_name renames the home page, or drops it when False', () => {
    expect(navLinks(pages, { visible: true, main_page_name: 'Dashboard' })![0]!.label).toBe('Dashboard');
    expect(navLinks(pages, { main_page_name: false })!.map((l) => l.label)).toEqual(['Settings']);
  });

  it('value adds internal pages and external links, skipping routes already there', () => {
    const links = navLinks(pages, {
      value: [
        ['Settings again', '/settings/'],
        ['Secret', 'secret'],
        ['Gradio', 'https://www.gradio.app'],
        ['bad'],
      ],
    });
    expect(links).toEqual([
      { label: 'Home', route: '', external: false },
      { label: 'Settings', route: 'settings', external: false },
      { label: 'Secret', route: 'secret', external: false },
      { label: 'Gradio', route: 'https://www.gradio.app', external: true },
    ]);
  });
});
