import { Client } from '@gradio/client';
import type { ClientPort, Submission } from './client-events.js';

/**
 * Connects @gradio/client with settings safe for a guest on someone else's page: the config we
 * already fetched (so the host's window.gradio_config is never read), no run history in the
 * host's localStorage, all four event kinds, and State nulls kept so output indices hold.
 */
export async function connectClient(url: string, rawConfig: Record<string, unknown>): Promise<ClientPort> {
  const client = new Client(url, {
    with_null_state: true,
    events: ['data', 'status', 'log', 'render'],
    record_history: false,
  } as ConstructorParameters<typeof Client>[1]);
  // The client would otherwise fetch /config itself, or use the host page's window.gradio_config.
  const internals = client as unknown as { resolve_config: () => Promise<unknown>; init(): Promise<void> };
  internals.resolve_config = async () => rawConfig;
  // Client.connect() is `new Client()` + init(); we construct it ourselves to swap the resolver.
  await internals.init();
  return {
    submit(fnIndex, data, eventData, triggerId) {
      // The sixth argument exists at runtime but not in the published type.
      const submit = client.submit as unknown as (...args: unknown[]) => Submission;
      return submit(fnIndex, data, eventData, triggerId, undefined, { 'x-gradio-user': 'app' });
    },
    close() {
      client.close();
    },
  };
}
