import { describe, expect, it, vi } from 'vitest';
import { Dispatcher, type EngineHooks } from './dispatcher.js';
import { AppStore } from '../store/app-store.js';
import type { DependencyConfig } from '../config/config-types.js';
import { component, dep, FakeClient, ok, fail } from '../testing/fake-client.js';

function setup(deps: DependencyConfig[], client: FakeClient, ids = [1, 2, 3, 4]) {
  const store = new AppStore(ids.map((id) => component(id)));
  const hooks: EngineHooks = { toast: vi.fn(), connectionLost: vi.fn() };
  return { store, hooks, dispatcher: new Dispatcher(deps, store, client, hooks) };
}

describe('Dispatcher', () => {
  it('gathers inputs from the store and writes outputs', async () => {
    const client = new FakeClient((_, [name]) => ok(`Hello ${name}!`));
    const { store, dispatcher } = setup(
      [dep({ id: 0, targets: [{ id: 3, event: 'click' }], inputs: [1], outputs: [2] })],
      client,
    );
    store.setValue(1, 'Ada', 'user');
    await Promise.all(dispatcher.trigger(3, 'click'));
    expect(client.submissions[0]!.data).toEqual(['Ada']);
    expect(store.value(2)).toBe('Hello Ada!');
  });

  it("listens: whether some dependency starts on a block's trigger", () => {
    const client = new FakeClient(() => ok(null));
    const { dispatcher } = setup(
      [dep({ id: 0, targets: [{ id: 3, event: 'apply' }], outputs: [2] })],
      client,
    );
    expect(dispatcher.listens(3, 'apply')).toBe(true);
    expect(dispatcher.listens(3, 'change')).toBe(false);
    expect(dispatcher.listens(1, 'apply')).toBe(false);
  });

  it('runs success and then children after success, failure and then children after an error', async () => {
    const client = new FakeClient((fn) =>
      fn === 0 ? fail('boom') : fn === 10 ? ok('first') : ok(`child ${fn}`),
    );
    const deps = [
      dep({ id: 0, targets: [{ id: 3, event: 'click' }], outputs: [1] }),
      dep({ id: 1, triggerAfter: 0, triggerOnlyOnSuccess: true, outputs: [2] }),
      dep({ id: 2, triggerAfter: 0, triggerOnlyOnFailure: true, outputs: [2] }),
      dep({ id: 3, triggerAfter: 0, outputs: [4] }),
    ];
    const { store, hooks, dispatcher } = setup(deps, client);
    await Promise.all(dispatcher.trigger(3, 'click'));
    expect(client.submissions.map((s) => s.fnIndex).sort()).toEqual([0, 2, 3]);
    expect(store.value(2)).toBe('child 2');
    expect(store.value(4)).toBe('child 3');
    expect(store.status(1)).toMatchObject({ stage: 'error' });
    expect(hooks.toast).toHaveBeenCalledWith(expect.objectContaining({ level: 'error', message: 'boom' }));
  });

  it("starts runs asked for before the engine's code has loaded in the order asked, trigger modes applied", async () => {
    const client = new FakeClient();
    const { dispatcher } = setup(
      [
        dep({ id: 0, targets: [{ id: 3, event: 'click' }], triggerMode: 'once' }),
        dep({ id: 1, targets: [{ id: 4, event: 'click' }] }),
      ],
      client,
    );
    expect(dispatcher.listens(3, 'click')).toBe(true);
    dispatcher.trigger(3, 'click');
    dispatcher.trigger(4, 'click');
    dispatcher.trigger(3, 'click');
    expect(dispatcher.isRunning(0)).toBe(false);
    await vi.waitFor(() => expect(client.submissions).toHaveLength(2));
    expect(client.submissions.map((s) => s.fnIndex)).toEqual([0, 1]);
    expect(dispatcher.isRunning(0)).toBe(true);
  });

  it('never starts the runs still waiting for the engine when the app is stopped', async () => {
    const client = new FakeClient(() => ok());
    const { dispatcher } = setup([dep({ id: 0, targets: [{ id: 3, event: 'click' }] })], client);
    const waiting = dispatcher.trigger(3, 'click');
    await dispatcher.stop();
    await Promise.all(waiting);
    expect(client.submissions).toHaveLength(0);
  });

  it('trigger_mode once ignores a second trigger while running', async () => {
    const client = new FakeClient();
    const { dispatcher } = setup(
      [dep({ id: 0, targets: [{ id: 3, event: 'click' }], outputs: [1] })],
      client,
    );
    const first = dispatcher.trigger(3, 'click');
    await Promise.resolve();
    await Promise.all(dispatcher.trigger(3, 'click'));
    expect(client.submissions).toHaveLength(1);
    client.submissions[0]!.push(...ok('x'));
    client.submissions[0]!.end();
    await Promise.all(first);
  });

  it('trigger_mode always_last reruns once with the latest inputs after the current run', async () => {
    const client = new FakeClient();
    const { store, dispatcher } = setup(
      [
        dep({
          id: 0,
          targets: [{ id: 1, event: 'change' }],
          inputs: [1],
          outputs: [2],
          triggerMode: 'always_last',
        }),
      ],
      client,
    );
    await dispatcher.warm();
    store.setValue(1, 'a', 'user');
    const first = dispatcher.trigger(1, 'change');
    await Promise.resolve();
    for (const v of ['ab', 'abc', 'abcd']) {
      store.setValue(1, v, 'user');
      dispatcher.trigger(1, 'change');
    }
    client.submissions[0]!.push(...ok('A'));
    client.submissions[0]!.end();
    await vi.waitFor(() => expect(client.submissions).toHaveLength(2));
    expect(client.submissions[1]!.data).toEqual(['abcd']);
    client.submissions[1]!.push(...ok('ABCD'));
    client.submissions[1]!.end();
    await Promise.all(first);
    expect(client.submissions).toHaveLength(2);
    expect(store.value(2)).toBe('ABCD');
  });

  it('trigger_mode multiple runs concurrently', async () => {
    const client = new FakeClient();
    const { dispatcher } = setup(
      [dep({ id: 0, targets: [{ id: 3, event: 'click' }], triggerMode: 'multiple' })],
      client,
    );
    await dispatcher.warm();
    dispatcher.trigger(3, 'click');
    await Promise.resolve();
    dispatcher.trigger(3, 'click');
    await Promise.resolve();
    expect(client.submissions).toHaveLength(2);
  });

  it('cancels a running dependency and clears its status', async () => {
    const client = new FakeClient((fn) => (fn === 1 ? ok() : null));
    const deps = [
      dep({ id: 0, targets: [{ id: 3, event: 'click' }], outputs: [2], generator: true }),
      dep({ id: 1, targets: [{ id: 4, event: 'click' }], cancels: [0] }),
    ];
    const { store, dispatcher } = setup(deps, client);
    const running = dispatcher.trigger(3, 'click');
    await vi.waitFor(() => expect(store.status(2)).toMatchObject({ stage: 'pending' }));
    client.submissions[0]!.push({ type: 'data', data: ['partial'] });
    await vi.waitFor(() => expect(store.value(2)).toBe('partial'));
    await Promise.all(dispatcher.trigger(4, 'click'));
    expect(client.submissions[0]!.cancelled).toBe(true);
    expect(store.status(2)).toBeNull();
    await Promise.all(running);
    expect(dispatcher.isRunning(0)).toBe(false);
  });

  it("runs what waits on a cancelled run (.then and .failure children, not .success), as Gradio's page does", async () => {
    const client = new FakeClient((fn) => (fn === 0 ? null : ok()));
    const deps = [
      dep({ id: 0, targets: [{ id: 3, event: 'click' }], outputs: [2], generator: true }),
      dep({ id: 1, targets: [{ id: 4, event: 'click' }], cancels: [0] }),
      dep({ id: 2, triggerAfter: 0 }),
      dep({ id: 3, triggerAfter: 0, triggerOnlyOnSuccess: true }),
      dep({ id: 4, triggerAfter: 0, triggerOnlyOnFailure: true }),
    ];
    const { store, dispatcher } = setup(deps, client);
    const running = dispatcher.trigger(3, 'click');
    await vi.waitFor(() => expect(store.status(2)).toMatchObject({ stage: 'pending' }));
    await Promise.all(dispatcher.trigger(4, 'click'));
    await Promise.all(running);
    // The cancelled run's then/failure children, then the stop's own run; never its success child.
    await vi.waitFor(() => expect(client.submissions.map((s) => s.fnIndex)).toEqual([0, 2, 4, 1]));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(client.submissions.map((s) => s.fnIndex)).toEqual([0, 2, 4, 1]);
  });

  it('runs JS-only dependencies in the page, wrapping a single output', async () => {
    const client = new FakeClient();
    const deps = [
      dep({
        id: 0,
        targets: [{ id: 3, event: 'click' }],
        backendFn: false,
        js: '() => [null, null]',
        outputs: [1, 2],
      }),
      dep({
        id: 1,
        targets: [{ id: 4, event: 'click' }],
        backendFn: false,
        js: '(x) => x.toUpperCase()',
        inputs: [1],
        outputs: [2],
      }),
    ];
    const { store, dispatcher } = setup(deps, client);
    store.setValue(1, 'shout', 'user');
    await Promise.all(dispatcher.trigger(4, 'click'));
    expect(store.value(2)).toBe('SHOUT');
    await Promise.all(dispatcher.trigger(3, 'click'));
    expect(store.value(1)).toBeNull();
    expect(store.value(2)).toBeNull();
    expect(client.submissions).toHaveLength(0);
  });

  it('a js function before a backend function replaces its inputs', async () => {
    const client = new FakeClient((_, data) => ok(data[0]));
    const { store, dispatcher } = setup(
      [dep({ id: 0, targets: [{ id: 3, event: 'click' }], js: '(x) => x + "!"', inputs: [1], outputs: [2] })],
      client,
    );
    store.setValue(1, 'hi', 'user');
    await Promise.all(dispatcher.trigger(3, 'click'));
    expect(client.submissions[0]!.data).toEqual(['hi!']);
    expect(store.value(2)).toBe('hi!');
  });

  it('an output write counts as change for dependencies on the output', async () => {
    const client = new FakeClient((fn) => (fn === 0 ? ok('written') : ok('followed')));
    const deps = [
      dep({ id: 0, targets: [{ id: 3, event: 'click' }], outputs: [1] }),
      dep({ id: 1, targets: [{ id: 1, event: 'change' }], inputs: [1], outputs: [2] }),
    ];
    const { store, dispatcher } = setup(deps, client);
    await Promise.all(dispatcher.trigger(3, 'click'));
    await vi.waitFor(() => expect(store.value(2)).toBe('followed'));
  });

  it('a lost connection is reported, not toasted as an app error', async () => {
    const client = new FakeClient(() => [{ type: 'status', stage: 'error', broken: true, message: 'x' }]);
    const { store, hooks, dispatcher } = setup(
      [dep({ id: 0, targets: [{ id: 3, event: 'click' }], outputs: [1] })],
      client,
    );
    await Promise.all(dispatcher.trigger(3, 'click'));
    expect(hooks.connectionLost).toHaveBeenCalled();
    expect(hooks.toast).not.toHaveBeenCalled();
    expect(store.status(1)).toBeNull();
  });

  it('streams generator values as they arrive and reports queue position', async () => {
    const client = new FakeClient();
    const { store, dispatcher } = setup(
      [dep({ id: 0, targets: [{ id: 3, event: 'click' }], outputs: [1], generator: true })],
      client,
    );
    const run = dispatcher.trigger(3, 'click');
    await vi.waitFor(() => expect(client.submissions).toHaveLength(1));
    const s = client.submissions[0]!;
    s.push({ type: 'status', stage: 'pending', position: 2, size: 3, eta: 4 });
    await vi.waitFor(() =>
      expect(store.status(1)).toMatchObject({ stage: 'pending', position: 2, size: 3, eta: 4 }),
    );
    s.push({ type: 'status', stage: 'generating' }, { type: 'data', data: ['Hel'] });
    await vi.waitFor(() => expect(store.value(1)).toBe('Hel'));
    s.push({ type: 'data', data: ['Hello'] }, { type: 'status', stage: 'complete' });
    s.end();
    await Promise.all(run);
    expect(store.value(1)).toBe('Hello');
    expect(store.status(1)).toBeNull();
  });

  it('runs load dependencies', async () => {
    const client = new FakeClient(() => ok('loaded'));
    const { store, dispatcher } = setup(
      [dep({ id: 0, targets: [{ id: 0, event: 'load' }], outputs: [1] })],
      client,
    );
    await Promise.all(dispatcher.load());
    expect(store.value(1)).toBe('loaded');
  });

  it('an update that opens an accordion or picks a tab fires expand / change, as Gradio does', async () => {
    const client = new FakeClient((fn) =>
      fn === 0 ? ok({ __type__: 'update', open: true }, { __type__: 'update', selected: 'b' }) : ok('heard'),
    );
    const deps = [
      dep({ id: 0, targets: [{ id: 9, event: 'click' }], outputs: [1, 2] }),
      dep({ id: 1, targets: [{ id: 1, event: 'expand' }], outputs: [3] }),
      dep({ id: 2, targets: [{ id: 2, event: 'change' }], outputs: [4] }),
    ];
    const store = new AppStore([
      { ...component(1), type: 'accordion', props: { open: false } },
      { ...component(2), type: 'tabs', props: { selected: 'a' } },
      component(3),
      component(4),
    ]);
    const dispatcher = new Dispatcher(deps, store, client, { toast: vi.fn(), connectionLost: vi.fn() });
    await Promise.all(dispatcher.trigger(9, 'click'));
    await vi.waitFor(() => expect(store.value(3)).toBe('heard'));
    await vi.waitFor(() => expect(store.value(4)).toBe('heard'));
  });

  it('a js_implementation runs in the page instead of the backend', async () => {
    const client = new FakeClient();
    const { store, dispatcher } = setup(
      [
        dep({
          id: 0,
          targets: [{ id: 3, event: 'click' }],
          jsImplementation: '(a) => a * 2',
          inputs: [1],
          outputs: [2],
        }),
      ],
      client,
    );
    store.setValue(1, 21, 'user');
    await Promise.all(dispatcher.trigger(3, 'click'));
    expect(store.value(2)).toBe(42);
    expect(client.submissions).toHaveLength(0);
  });

  it('show_progress_on puts the status on those blocks instead of the outputs', async () => {
    const client = new FakeClient();
    const { store, dispatcher } = setup(
      [
        dep({
          id: 0,
          targets: [{ id: 3, event: 'click' }],
          outputs: [1],
          showProgressOn: [4],
          showProgress: 'minimal',
        }),
      ],
      client,
    );
    const run = dispatcher.trigger(3, 'click');
    await vi.waitFor(() => expect(store.status(4)).toMatchObject({ stage: 'pending', mode: 'minimal' }));
    expect(store.status(1)).toBeNull();
    client.submissions[0]!.push(...ok('done'));
    client.submissions[0]!.end();
    await Promise.all(run);
    expect(store.status(4)).toBeNull();
  });
});
