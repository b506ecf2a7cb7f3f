import type { AppStore } from './app-store.js';

/** Everything we keep on the host origin lives under this prefix, and nothing else is stored. */
export const STORAGE_PREFIX = 'gradio-embed:browserstate:';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage can be off (privacy settings, sandboxed iframes): BrowserState then lasts the page.
    return null;
  }
}

/** The key for one BrowserState of one app: the app's root keeps two apps' keys apart. */
export function storageKey(appRoot: string, key: string): string {
  return `${STORAGE_PREFIX}${appRoot}|${key}`;
}

/**
 * Gives every `gr.BrowserState` its stored value (or its default) before load events run, and
 * writes it back whenever it changes. Returns the function that stops listening.
 */
export function persistBrowserState(store: AppStore, appRoot: string): () => void {
  const keys = new Map<number, string>();
  // Opened only for an app with a BrowserState: the first access to storage costs a read.
  let local: Storage | null | undefined;
  for (const id of store.ids()) {
    if (store.component(id)?.type !== 'browserstate') continue;
    local ??= storage();
    const props = store.props(id);
    const key = storageKey(appRoot, typeof props.storage_key === 'string' ? props.storage_key : String(id));
    keys.set(id, key);
    let value: unknown = props.default_value ?? null;
    const saved = local?.getItem(key);
    if (saved != null) {
      try {
        value = JSON.parse(saved);
      } catch {
        local?.removeItem(key);
      }
    }
    store.patch(id, { value });
  }
  if (!keys.size) return () => undefined;
  return store.onValueChange((id, value) => {
    const key = keys.get(id);
    if (!key) return;
    try {
      local?.setItem(key, JSON.stringify(value));
    } catch {
      // Quota exceeded: keep the value for this page only.
    }
  });
}
