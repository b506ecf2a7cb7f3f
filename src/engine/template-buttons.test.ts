import { describe, expect, it, vi } from 'vitest';
import { templateAction } from './template-buttons.js';
import { Dispatcher } from './dispatcher.js';
import type { ClientPort } from './client-events.js';
import { AppStore } from '../store/app-store.js';
import type { DependencyConfig } from '../config/config-types.js';

// The scripts Gradio writes for its template buttons, exactly as the servers send them.
/** gr.LoginButton, 5.x and 6.x (a page route in the target). */
const LOGIN_6 =
  '\n(buttonValue) => {\n    uri = buttonValue === "Sign in with Hugging Face" ? \'/login/huggingface?_target_url=/\' : \'/logout?_target_url=/\';\n    window.parent?.postMessage({ type: "SET_SCROLLING", enabled: true }, "*");\n    setTimeout(() => {\n        window.location.assign(uri + window.location.search);\n    }, 500);\n}\n';
/** gr.LoginButton, 4.x. */
const LOGIN_4 =
  '\n(buttonValue) => {\n    uri = buttonValue === "Sign in with Hugging Face" ? \'/login/huggingface\' : \'/logout\';\n    window.parent?.postMessage({ type: "SET_SCROLLING", enabled: true }, "*");\n    setTimeout(() => {\n        window.location.assign(uri + window.location.search);\n    }, 500);\n}\n';
/** gr.DeepLinkButton, 5.x and 6.x. */
const DEEP_LINK =
  "\n() => {\n    const sessionHash = window.__gradio_session_hash__;\n    fetch(`gradio_api/deep_link?session_hash=${sessionHash}`)\n        .then(response => {\n            if (!response.ok) {\n                throw new Error('Network response was not ok');\n            }\n            return response.text();\n        })\n        .then(data => {\n            const currentUrl = new URL(window.location.href);\n            const cleanData = data.replace(/^\"|\"$/g, '');\n            if (cleanData) {\n                currentUrl.searchParams.set('deep_link', cleanData);\n            }\n\n            navigator.clipboard.writeText(currentUrl.toString());\n        })\n        .catch(error => {\n            console.error('Error fetching deep link:', error);\n            return \"Error\";\n        });\n\n    return \"Link Copied!\";\n}\n";
/** gr.DuplicateButton on a Space. */
const DUPLICATE =
  "() => { window.open(`https://huggingface.co/spaces/gradio-embed/buttons-demo?duplicate=true`, '_blank') }";

describe('templateAction', () => {
  it('recognizes the LoginButton script of 4.x, 5.x and 6.x', () => {
    expect(templateAction(LOGIN_6)).toEqual({
      kind: 'login',
      signedOutValue: 'Sign in with Hugging Face',
      loginPath: '/login/huggingface?_target_url=/',
      logoutPath: '/logout?_target_url=/',
    });
    expect(templateAction(LOGIN_4)).toMatchObject({ loginPath: '/login/huggingface', logoutPath: '/logout' });
    // A custom label is JSON in the script.
    const custom = LOGIN_6.replace('"Sign in with Hugging Face"', '"Sign \\"in\\" ✓"');
    expect(templateAction(custom)).toMatchObject({ signedOutValue: 'Sign "in" ✓' });
  });

  it('recognizes the DeepLinkButton and DuplicateButton scripts', () => {
    expect(templateAction(DEEP_LINK)).toEqual({ kind: 'deep-link', copiedValue: 'Link Copied!' });
    expect(templateAction(DEEP_LINK.replace('Link Copied!', 'Copied ✓'))).toEqual({
      kind: 'deep-link',
      copiedValue: 'Copied ✓',
    });
    expect(templateAction(DUPLICATE)).toEqual({
      kind: 'duplicate',
      url: 'https://huggingface.co/spaces/gradio-embed/buttons-demo?duplicate=true',
    });
  });

  it('leaves any other JavaScript alone', () => {
    for (const js of [
      '() => [null, null]',
      '(x) => { window.location.assign("/elsewhere") }',
      "() => { window.open(`https://example.com`, '_blank') }",
      '() => fetch("gradio_api/deep_link")',
    ]) {
      expect(templateAction(js)).toBeNull();
    }
  });
});

describe('the dispatcher and template buttons', () => {
  const dep = (partial: Partial<DependencyConfig>): DependencyConfig =>
    ({
      id: 0,
      targets: [{ id: 1, event: 'click' }],
      inputs: [],
      outputs: [],
      backendFn: false,
      js: null,
      jsImplementation: null,
      queue: false,
      cancels: [],
      triggerMode: 'once',
      componentPropInputs: [],
      showProgress: 'full',
      showProgressOn: null,
      ...partial,
    }) as DependencyConfig;

  const client: ClientPort = {
    submit: () => {
      throw new Error('no backend here');
    },
    componentServer: () => Promise.reject(new Error('none')),
    upload: () => Promise.reject(new Error('none')),
    close: () => undefined,
  };

  function setup(js: string, result: unknown, inputs: number[] = [], outputs: number[] = []) {
    const store = new AppStore(
      [1].map((id) => ({
        id,
        type: 'button',
        props: { value: 'Sign in with Hugging Face' },
        key: null,
        componentClassId: null,
        skipApi: false,
        renderedIn: null,
      })),
    );
    const templateButton = vi.fn(() => result);
    const dispatcher = new Dispatcher([dep({ js, inputs, outputs })], store, client, {
      toast: vi.fn(),
      connectionLost: vi.fn(),
      templateButton,
    });
    return { store, dispatcher, templateButton };
  }

  it("hands a LoginButton click to the app, with the button's value; its script never runs", async () => {
    const { dispatcher, templateButton } = setup(LOGIN_6, undefined, [1]);
    await Promise.all(dispatcher.trigger(1, 'click'));
    expect(templateButton).toHaveBeenCalledWith(expect.objectContaining({ kind: 'login' }), {
      triggerId: 1,
      inputs: ['Sign in with Hugging Face'],
    });
    // Run, the script would have set a global `uri` (and navigated the page 500 ms later).
    expect('uri' in globalThis).toBe(false);
  });

  it('writes what the app returns for a DeepLinkButton into its outputs', async () => {
    const { store, dispatcher } = setup(DEEP_LINK, Promise.resolve('Link Copied!'), [], [1]);
    await Promise.all(dispatcher.trigger(1, 'click'));
    expect(store.value(1)).toBe('Link Copied!');
  });
});
