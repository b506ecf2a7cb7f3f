/**
 * What the element does only once an app is running, kept out of the entry module (which must
 * stay small): the info footer, waiting for the first render, scrolling to outputs, the trigger
 * events to listen for, error titles.
 */
import { LitElement, html } from 'lit';
import type { AppSession } from '../app-session.js';

/** The footer saying where the app is hosted (the element's `info`). */
export function renderInfo(session: AppSession, space: string): unknown {
  const id = space || session.config.spaceId;
  const href = id ? `https://huggingface.co/spaces/${id}` : session.source.url;
  const where = id ? `${id} on Hugging Face Spaces` : new URL(session.source.url).host;
  // role="none": inside a host page a <footer> would be a second contentinfo landmark.
  return html`<footer class="gr-info" part="info" role="none">
    <span>Hosted at <a href=${href} target="_blank" rel="noopener">${where}</a></span>
    <span>Built with Gradio</span>
  </footer>`;
}

/** Waits until `root` and every block element inside it have finished rendering, then a frame. */
export async function whenRendered(root: ParentNode): Promise<void> {
  // Containers render their children during their own update, so keep waiting until a pass
  // finds no block element that has yet to render (bounded: trees are not that deep).
  for (let pass = 0; pass < 20; pass++) {
    const blocks = [...root.querySelectorAll('*')].filter((el): el is LitElement => el instanceof LitElement);
    const fresh = blocks.some((el) => !el.hasUpdated);
    await Promise.all(blocks.map((el) => el.updateComplete));
    if (!fresh) break;
  }
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Scrolls the first of these blocks into view (the element's `autoscroll`). */
export function scrollToBlocks(root: ParentNode, ids: readonly number[]): void {
  const target = [...root.querySelectorAll<HTMLElement & { blockId?: number }>('*')].find(
    (el) => el.blockId !== undefined && ids.includes(el.blockId),
  );
  target?.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
}

/** The `gr-*` events the element listens for in its root: the usual ones and every one the app's deps use. */
export function triggerNames(session: AppSession): Set<string> {
  const names = new Set([
    'gr-input',
    'gr-change',
    'gr-expand',
    'gr-collapse',
    'gr-custom_button_click',
    // A silent value change (a paint stroke): kept in the store, no trigger fired.
    'gr-value',
  ]);
  for (const dep of session.config.dependencies) for (const t of dep.targets) names.add(`gr-${t.event}`);
  return names;
}

const ERROR_TITLES: Record<string, string> = {
  SourceError: 'Cannot find the app',
  LoadError: 'Cannot load the app',
  ConfigError: 'Not a usable Gradio app',
  UnsupportedAppError: 'Cannot show this app',
  SpaceUnavailableError: 'The Space is not available',
};

/** The title of the error screen for an error of this name, if it is one of ours. */
export function errorTitle(name: string): string | undefined {
  return ERROR_TITLES[name];
}
