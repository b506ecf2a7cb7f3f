import { normalizeConfig } from '../config/normalize.js';
import { AppStore } from '../store/app-store.js';
import { Dispatcher } from '../engine/dispatcher.js';
import { connectClient } from '../engine/client-adapter.js';
import type { ClientPort } from '../engine/client-events.js';
import { createTranslator } from '../render/i18n.js';
import { loadRawConfig } from '../source/load-config.js';
import type { TokenSource } from '../source/request-auth.js';
import { HostApi, type ApiSession, type HostApiOptions, type RunInputs } from './host-api.js';
import { GradioApiError, type BlockTarget } from './targets.js';
import type { AppInfo, RunCallOptions } from './types.js';

/** A client that connects on its first use: an iframe embed that never runs an event never connects. */
function lazyClient(connect: () => ClientPort): ClientPort {
  let client: ClientPort | null = null;
  const get = (): ClientPort => (client ??= connect());
  return {
    submit: (...args) => get().submit(...args),
    componentServer: (...args) => get().componentServer(...args),
    upload: (...args) => get().upload(...args),
    sessionHash: () => get().sessionHash?.() ?? Promise.resolve(''),
    close: () => client?.close(),
  };
}

/**
 * The host API of an embed shown as an iframe. The embed cannot reach into the frame (another
 * origin), so values cannot be read or set there, and the frame's own events are not heard.
 * `run` still works: it runs the app's event on a session of its own with the app's server
 * (through @gradio/client, with the element's token), where the server's CORS allows this page.
 * Its results reach the caller and `gradio-event`, not the frame.
 */
export class IframeHostApi {
  readonly #url: string;
  readonly #options: Pick<HostApiOptions, 'emit'> & { token?: TokenSource };
  #session: ApiSession | null = null;
  #api: HostApi | null = null;
  #connecting: Promise<HostApi> | null = null;
  #disposed = false;

  constructor(
    url: string,
    raw: Record<string, unknown> | null,
    options: Pick<HostApiOptions, 'emit'> & { token?: TokenSource },
  ) {
    this.#url = url;
    this.#options = options;
    if (raw) {
      try {
        this.#api = this.#build(raw);
      } catch {
        // Not a config we can run: `run` says why when asked.
      }
    }
  }

  /** Facts about the app, once its config is known (at once when the embed fell back after loading it; after the first `run` otherwise). */
  get app(): AppInfo | null {
    return this.#api?.app ?? null;
  }

  getValue(): never {
    throw unavailable('getValue');
  }

  setValue(): Promise<never> {
    return Promise.reject(unavailable('setValue'));
  }

  async run(target: BlockTarget, inputs?: RunInputs, options?: RunCallOptions): Promise<unknown[]> {
    return (await this.#connect()).run(target, inputs, options);
  }

  async cancel(target: BlockTarget, options?: Pick<RunCallOptions, 'event'>): Promise<void> {
    return (await this.#connect()).cancel(target, options);
  }

  dispose(): void {
    this.#disposed = true;
    this.#api?.dispose();
    if (this.#session) {
      void this.#session.dispatcher.stop();
      this.#session.client.close();
    }
  }

  #connect(): Promise<HostApi> {
    if (this.#api) return Promise.resolve(this.#api);
    this.#connecting ??= loadRawConfig(this.#url, undefined, { token: this.#options.token }).then((raw) => {
      if (this.#disposed) throw new GradioApiError('The app was removed.', 'not-ready');
      return (this.#api = this.#build(raw as Record<string, unknown>));
    });
    // A failed load may be retried by the next call (the server may come back).
    this.#connecting.catch(() => (this.#connecting = null));
    return this.#connecting;
  }

  /** A headless session: the app's store and engine with no elements, over a lazy client. */
  #build(raw: Record<string, unknown>): HostApi {
    const config = normalizeConfig(raw, this.#url);
    const store = new AppStore(config.components.values());
    const client = lazyClient(() =>
      connectClient(this.#url, config.raw, {
        customHeaders: config.acceptsCustomHeaders,
        token: this.#options.token,
      }),
    );
    let api: HostApi | null = null;
    const dispatcher = new Dispatcher(config.dependencies, store, client, {
      // The frame shows the app's own messages; this session's are the caller's to handle.
      toast: () => undefined,
      connectionLost: () => undefined,
      runReport: (report) => api?.report(report),
    });
    this.#session = { config, store, dispatcher, client, translate: createTranslator(config.translations) };
    api = new HostApi(this.#session, { mode: 'iframe', emit: this.#options.emit });
    return api;
  }
}

function unavailable(method: string): GradioApiError {
  return new GradioApiError(
    `${method}() is not available in iframe mode: the app runs in a frame the embed cannot reach into.`,
    'unavailable',
  );
}
