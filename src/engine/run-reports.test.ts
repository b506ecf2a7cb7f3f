import { describe, expect, it, vi } from 'vitest';
import { Dispatcher, type EngineHooks, type RunReport } from './dispatcher.js';
import { AppStore } from '../store/app-store.js';
import type { DependencyConfig } from '../config/config-types.js';
import { component, dep, FakeClient, ok, fail } from '../testing/fake-client.js';

function setup(deps: DependencyConfig[], client: FakeClient, ids = [1, 2, 3, 4]) {
  const store = new AppStore(ids.map((id) => component(id)));
  const reports: string[] = [];
  const hooks: EngineHooks = {
    toast: vi.fn(),
    connectionLost: vi.fn(),
    runReport: (r: RunReport) =>
      reports.push(
        `${r.run} ${r.dependency.id} ${r.status}${r.progress ? ` ${r.progress.stage}` : ''}${r.outputs ? ` ${JSON.stringify(r.outputs)}` : ''}${r.error ? ` ${r.error}` : ''}`,
      ),
  };
  return { store, hooks, reports, dispatcher: new Dispatcher(deps, store, client, hooks) };
}

describe("Dispatcher run reports (the host page's gradio-event)", () => {
  it('reports started, progress and finished with the outputs, numbering runs in start order', async () => {
    const client = new FakeClient();
    const { reports, dispatcher } = setup(
      [
        dep({
          id: 0,
          targets: [{ id: 3, event: 'click' }],
          outputs: [1],
          generator: true,
          triggerMode: 'multiple',
        }),
      ],
      client,
    );
    const run = dispatcher.trigger(3, 'click');
    await vi.waitFor(() => expect(client.submissions).toHaveLength(1));
    const s = client.submissions[0]!;
    s.push({ type: 'status', stage: 'pending', position: 0, size: 1 });
    s.push({ type: 'status', stage: 'generating' }, { type: 'data', data: ['a'] });
    // The server's closing repeat of the last value is no news.
    s.push(
      { type: 'data', data: ['ab'] },
      { type: 'data', data: ['ab'] },
      { type: 'status', stage: 'complete' },
    );
    s.end();
    await Promise.all(run);
    expect(reports).toEqual([
      '1 0 started',
      '1 0 progress pending',
      '1 0 progress generating',
      '1 0 progress generating ["a"]',
      '1 0 progress generating ["ab"]',
      '1 0 finished ["ab"]',
    ]);
  });

  it("reports failed with the server's message, and cancelled once for a cancelled run", async () => {
    const client = new FakeClient((fn) => (fn === 0 ? fail('no good') : null));
    const { reports, dispatcher } = setup(
      [
        dep({ id: 0, targets: [{ id: 3, event: 'click' }], outputs: [1] }),
        dep({ id: 1, targets: [{ id: 4, event: 'click' }], outputs: [2] }),
      ],
      client,
    );
    await Promise.all(dispatcher.trigger(3, 'click'));
    const slow = dispatcher.trigger(4, 'click');
    await vi.waitFor(() => expect(client.submissions).toHaveLength(2));
    await dispatcher.cancel([1]);
    await Promise.all(slow);
    expect(reports.filter((r) => !r.includes('progress'))).toEqual([
      '1 0 started',
      '1 0 failed no good',
      '2 1 started',
      '2 1 cancelled',
    ]);
  });

  it("tells run's caller when its call starts no run (trigger_mode once, always_last replaced)", async () => {
    const client = new FakeClient();
    const once = dep({ id: 0, outputs: [1] });
    const last = dep({ id: 1, outputs: [2], triggerMode: 'always_last' });
    const { dispatcher } = setup([once, last], client);
    const seen: string[] = [];
    const watch = (name: string) => ({
      onStart: (run: number) => seen.push(`${name} started ${run}`),
      onDrop: (reason: string) => seen.push(`${name} dropped ${reason}`),
    });
    const first = dispatcher.run(once, null, null, watch('a'));
    await dispatcher.run(once, null, null, watch('b'));
    const lastFirst = dispatcher.run(last, null, null, watch('c'));
    await Promise.resolve();
    void dispatcher.run(last, null, null, watch('d'));
    await Promise.resolve();
    void dispatcher.run(last, null, null, watch('e'));
    await vi.waitFor(() => expect(seen).toContain('d dropped replaced'));
    expect(seen).toEqual(['a started 1', 'b dropped running', 'c started 2', 'd dropped replaced']);
    for (const s of client.submissions) {
      s.push(...ok('x'));
      s.end();
    }
    await first;
    await vi.waitFor(() => expect(seen).toContain('e started 3'));
    client.submissions.at(-1)!.push(...ok('y'));
    client.submissions.at(-1)!.end();
    await lastFirst;
  });
});
