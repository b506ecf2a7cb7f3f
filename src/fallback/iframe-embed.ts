import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { ThemeMode } from '../theme/theme-mode.js';
import type { ResizeHandshake } from './resize-handshake.js';

/**
 * The iframe URL: the app's page, with the theme the element was asked for. In system mode the
 * page follows the OS scheme itself, so the URL (and the frame) must not change when it does.
 */
export function iframeUrl(appUrl: string, themeMode: ThemeMode): string {
  const url = new URL(`${appUrl}/`);
  if (themeMode !== 'system') url.searchParams.set('__theme', themeMode);
  return url.href;
}

/**
 * The app as an iframe, for what cannot render natively. It grows to its content through the
 * iframe-resizer v4 protocol that Gradio pages speak, and keeps `fallbackHeight` otherwise.
 */
export function renderIframe(src: string, title: string, handshake: ResizeHandshake): unknown {
  return html`<iframe
    class="gr-iframe"
    part="iframe"
    src=${src}
    title=${title}
    style="height:${handshake.height}px"
    allow="accelerometer; autoplay; camera; clipboard-read; clipboard-write; display-capture; encrypted-media; fullscreen; geolocation; microphone; midi; web-share"
    ${ref((el) => handshake.attach(el as HTMLIFrameElement | undefined))}
  ></iframe>`;
}
