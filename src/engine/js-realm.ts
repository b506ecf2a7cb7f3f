/**
 * A sandboxed realm for app-supplied functions that need nothing of the page: an iframe with
 * `sandbox="allow-scripts"` (an opaque origin: no cookies, no storage, no handle on the host
 * page's DOM, no popups, dialogs or navigation of the top page). Arguments go in and results
 * come out as structured clones over a private MessageChannel, so nothing is posted to the host
 * page's own message listeners.
 */

/**
 * The frame's whole program, written by hand and kept as one string so its hash stays the same
 * from build to build (a host page whose CSP forbids inline scripts allows it by this hash; the
 * README gives it). It waits for the port, then runs what comes through it.
 */
export const REALM_BOOTSTRAP =
  // Under Trusted Types (inherited from the host page) the frame's own default policy lets it
  // compile the app's code; it exists only in this opaque-origin frame.
  'try{self.trustedTypes&&trustedTypes.createPolicy("default",{createScript:function(s){return s}})}catch(x){}' +
  'addEventListener("message",function(e){if(e.source!==parent||!e.ports[0])return;var p=e.ports[0];' +
  'p.onmessage=async function(m){var d=m.data,r;try{var v=d.body!==undefined?String(Function.apply(null,' +
  'd.names.concat("return `"+d.body+"`;")).apply(null,d.args)):d.fn!==undefined?await Function("return ("+' +
  'd.fn+")")().apply(null,d.args):null;r={id:d.id,ok:true,value:v}}catch(x){r={id:d.id,ok:false,error:' +
  'String(x&&x.message||x)}}try{p.postMessage(r)}catch(x){p.postMessage({id:d.id,ok:false,error:' +
  '"its result cannot leave the sandbox ("+x.message+")"})}}},{once:true})';

/** How long the frame may take to answer its first message before we call it blocked. */
const READY_TIMEOUT = 5000;

/** Why app JavaScript could not run in the sandbox: the page's CSP, most likely. */
export class RealmBlockedError extends Error {
  override name = 'RealmBlockedError';
}

type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

export class JsRealm {
  readonly #frame: HTMLIFrameElement;
  readonly #pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  readonly #port: Promise<MessagePort>;
  #next = 1;
  #disposed = false;

  /** `html` turns the frame's document text into what `srcdoc` accepts (Trusted Types). */
  constructor(parent: Node, html: (markup: string) => string = (s) => s) {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts');
    frame.setAttribute('aria-hidden', 'true');
    frame.setAttribute('tabindex', '-1');
    frame.title = 'Sandbox for the app’s JavaScript';
    frame.className = 'gr-js-realm';
    frame.hidden = true;
    this.#frame = frame;
    this.#port = new Promise<MessagePort>((resolve, reject) => {
      frame.addEventListener(
        'load',
        () => {
          if (this.#disposed) return;
          const channel = new MessageChannel();
          channel.port1.onmessage = (event: MessageEvent<Reply>) => this.#settle(event.data);
          frame.contentWindow?.postMessage('gradio-embed-realm', '*', [channel.port2]);
          // Its first answer says the program runs (a strict CSP may have blocked it).
          const timer = setTimeout(
            () =>
              reject(
                new RealmBlockedError(
                  "the sandbox for the app's JavaScript did not start (the page's Content Security Policy may block it)",
                ),
              ),
            READY_TIMEOUT,
          );
          const probe = this.#next++;
          this.#pending.set(probe, {
            resolve: () => {
              clearTimeout(timer);
              resolve(channel.port1);
            },
            reject: (error) => {
              clearTimeout(timer);
              // A program that runs but may not evaluate code (no 'unsafe-eval') answers this.
              reject(new RealmBlockedError(`the page's Content Security Policy blocks it: ${error.message}`));
            },
          });
          channel.port1.postMessage({ id: probe, fn: '() => 1', args: [] });
        },
        { once: true },
      );
    });
    this.#port.catch(() => undefined);
    frame.srcdoc = html(`<!doctype html><meta charset="utf-8"><script>${REALM_BOOTSTRAP}</script>`);
    parent.appendChild(frame);
  }

  /** Calls the function this source evaluates to with these arguments; resolves its result. */
  call(source: string, args: readonly unknown[]): Promise<unknown> {
    return this.#send({ fn: source.trim(), args: [...args] });
  }

  /** The value of a JS template literal with this body, the names in `scope` as variables. */
  async template(body: string, scope: Readonly<Record<string, unknown>>): Promise<string> {
    const names = Object.keys(scope).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
    return String(await this.#send({ body, names, args: names.map((name) => scope[name]) }));
  }

  async #send(message: Record<string, unknown>): Promise<unknown> {
    const port = await this.#port;
    if (this.#disposed) throw new Error('the app is gone');
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      try {
        port.postMessage({ ...message, id });
      } catch (error) {
        this.#pending.delete(id);
        reject(new Error(`its arguments cannot enter the sandbox (${(error as Error).message})`));
      }
    });
  }

  #settle(reply: Reply): void {
    const waiting = this.#pending.get(reply.id);
    if (!waiting) return;
    this.#pending.delete(reply.id);
    if (reply.ok) waiting.resolve(reply.value);
    else waiting.reject(new Error(reply.error));
  }

  dispose(): void {
    this.#disposed = true;
    for (const { reject } of this.#pending.values()) reject(new Error('the app is gone'));
    this.#pending.clear();
    void this.#port.then(
      (port) => port.close(),
      () => undefined,
    );
    this.#frame.remove();
  }
}
