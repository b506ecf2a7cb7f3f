/**
 * Our own parent side of the iframe-resizer v4 protocol, which Gradio's pages load as a child
 * script (v4, MIT, is what Gradio pins; v5 cannot talk to v4). The parent sends one init message;
 * the child answers `[iFrameSizer]<id>:<height>:<width>:<type>` whenever its size changes.
 */
const PREFIX = '[iFrameSizer]';
let counter = 0;

export class ResizeHandshake {
  readonly id = `gradioEmbed${++counter}`;
  /** Current height in px; the fallback until the child reports. */
  height: number;
  #iframe: HTMLIFrameElement | null = null;
  readonly #onResize: () => void;
  readonly #onMessage = (event: MessageEvent): void => this.#receive(event);
  readonly #onLoad = (): void => this.#init();

  constructor(fallbackHeight: number, onResize: () => void) {
    this.height = fallbackHeight;
    this.#onResize = onResize;
  }

  attach(iframe: HTMLIFrameElement | undefined): void {
    if (iframe === this.#iframe) return;
    this.detach();
    if (!iframe) return;
    this.#iframe = iframe;
    iframe.addEventListener('load', this.#onLoad);
    window.addEventListener('message', this.#onMessage);
  }

  detach(): void {
    this.#iframe?.removeEventListener('load', this.#onLoad);
    window.removeEventListener('message', this.#onMessage);
    this.#iframe = null;
  }

  #init(): void {
    // id : bodyMarginV1 : sizeWidth : log : interval : enablePublicMethods : autoResize :
    // bodyMargin : heightCalculationMethod : bodyBackground : bodyPadding : tolerance :
    // inPageLinks : resizeFrom : widthCalculationMethod : mouseEvents
    const message = [
      this.id,
      8,
      false,
      false,
      32,
      true,
      true,
      null,
      'bodyOffset',
      null,
      null,
      0,
      false,
      'parent',
      'scroll',
      true,
    ].join(':');
    this.#iframe?.contentWindow?.postMessage(`${PREFIX}${message}`, '*');
  }

  #receive(event: MessageEvent): void {
    if (!this.#iframe || event.source !== this.#iframe.contentWindow) return;
    if (typeof event.data !== 'string' || !event.data.startsWith(PREFIX)) return;
    const [id, height] = event.data.slice(PREFIX.length).split(':');
    if (id !== this.id) return;
    const px = Number.parseFloat(height ?? '');
    if (Number.isFinite(px) && px > 0 && Math.abs(px - this.height) >= 1) {
      this.height = Math.ceil(px);
      this.#onResize();
    }
  }
}
