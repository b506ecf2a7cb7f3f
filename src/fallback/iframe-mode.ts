/**
 * What an embed shown as an iframe needs (the frame, its auto-height handshake, the host API it
 * keeps), in a chunk of its own: loaded only when an app falls back to an iframe.
 */
export { IframeHostApi } from '../api/iframe-api.js';
export { ResizeHandshake } from './resize-handshake.js';
export { iframeUrl, renderIframe } from './iframe-embed.js';
