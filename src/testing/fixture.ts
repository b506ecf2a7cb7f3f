import { attachRoot, registerStyles, setRootSheets } from '../base/style-registry.js';
import { shellStyles } from '../gradio-app.styles.js';
import { tokenStyles } from '../theme/tokens.styles.js';
import { appStyles } from '../app-session.styles.js';

// The same shared sheets a live app root has: wrapper reset, tokens, app chrome.
registerStyles(shellStyles);
registerStyles(tokenStyles);
registerStyles(appStyles);
import { ensureDefined } from '../render/registry.js';
import type { GradioElement } from '../base/gradio-element.js';
import { testServices } from './services.js';

/**
 * Mounts a block element inside a test app root: a shadow root attached to the style registry,
 * so component CSS applies exactly as in production. `appCss` plays the app's own css=.
 */
export async function mountBlock<T extends GradioElement>(
  type: string,
  props: Record<string, unknown> = {},
  appCss = '',
): Promise<{ el: T; root: ShadowRoot; host: HTMLElement }> {
  await ensureDefined(type);
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  attachRoot(root);
  if (appCss) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(appCss);
    setRootSheets(root, [sheet]);
  }
  const wrapper = document.createElement('div');
  wrapper.className = 'gradio-container';
  root.append(wrapper);
  const el = document.createElement(`gr-${type}`) as T;
  // Props may bring their own services (a fake server function, another root).
  Object.assign(el, { services: testServices() }, props);
  wrapper.append(el);
  await el.updateComplete;
  return { el, root, host };
}
