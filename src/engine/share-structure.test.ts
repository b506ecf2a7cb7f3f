import { describe, expect, it } from 'vitest';
import { shareStructure, streamedValuesCopied } from './share-structure.js';
import type { ClientEvent, Submission } from './client-events.js';

const message = (role: string, text: string) => ({ role, content: [{ type: 'text', text }] });

describe('shareStructure', () => {
  it('copies a first value, so later changes to the original do not reach the copy', () => {
    const original = [message('user', 'hi')];
    const copy = shareStructure(undefined, original) as typeof original;
    expect(copy).toEqual(original);
    expect(copy).not.toBe(original);
    original[0]!.content[0]!.text = 'changed';
    expect(copy[0]!.content[0]!.text).toBe('hi');
  });

  it('returns the previous copy itself when nothing changed', () => {
    const first = shareStructure(undefined, [message('user', 'hi'), { n: 1, list: [1, 2] }]);
    expect(shareStructure(first, [message('user', 'hi'), { n: 1, list: [1, 2] }])).toBe(first);
  });

  it('shares unchanged messages and renews only the path to what changed', () => {
    const history = [message('user', 'a'), message('assistant', 'b'), message('assistant', 'tok1')];
    const first = shareStructure(undefined, history) as typeof history;
    // The client appends to the streamed text in place.
    history[2]!.content[0]!.text += ' tok2';
    const second = shareStructure(first, history) as typeof history;
    expect(second).not.toBe(first);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toBe(first[1]);
    expect(second[2]).not.toBe(first[2]);
    expect(second[2]!.content[0]!.text).toBe('tok1 tok2');
    expect(first[2]!.content[0]!.text).toBe('tok1');
  });

  it('sees added and removed keys and entries', () => {
    const first = shareStructure(undefined, { a: 1, list: [1] });
    expect(shareStructure(first, { a: 1, b: 2, list: [1] })).toEqual({ a: 1, b: 2, list: [1] });
    expect(shareStructure(first, { list: [1] })).toEqual({ list: [1] });
    expect(shareStructure(first, { a: 1, list: [1, 2] })).toEqual({ a: 1, list: [1, 2] });
  });
});

describe('streamedValuesCopied', () => {
  function fake(events: (() => ClientEvent)[]): Submission {
    return {
      async *[Symbol.asyncIterator]() {
        for (const make of events) yield make();
      },
      cancel: async () => undefined,
    };
  }

  it('copies the values of a streaming run, chunk by chunk, sharing what did not change', async () => {
    // One object, changed in place between chunks, as @gradio/client does with diffs.
    const value = [message('user', 'go'), message('assistant', 'a')];
    const events: (() => ClientEvent)[] = [
      () => ({ type: 'status', stage: 'generating' }),
      () => ({ type: 'data', data: [value] }),
      () => {
        value[1]!.content[0]!.text = 'a b';
        return { type: 'status', stage: 'generating' };
      },
      () => ({ type: 'data', data: [value] }),
    ];
    const seen: unknown[][] = [];
    for await (const event of streamedValuesCopied(fake(events))) {
      if (event.type === 'data') seen.push(event.data);
    }
    const [first, second] = seen.map((d) => d[0] as typeof value);
    expect(first![1]!.content[0]!.text).toBe('a');
    expect(second![1]!.content[0]!.text).toBe('a b');
    expect(second![0]).toBe(first![0]);
    expect(first).not.toBe(value);
  });

  it('passes the data of a run that does not stream as it is', async () => {
    const data = [[message('user', 'x')]];
    const events: (() => ClientEvent)[] = [
      () => ({ type: 'data', data }),
      () => ({ type: 'status', stage: 'complete' }),
    ];
    for await (const event of streamedValuesCopied(fake(events))) {
      if (event.type === 'data') expect(event.data).toBe(data);
    }
  });

  it("keeps a streaming input's channel: later chunks and the close reach the submission", () => {
    const sent: unknown[] = [];
    let closed = 0;
    const inner: Submission = {
      ...fake([]),
      sendChunk(chunk) {
        sent.push(chunk);
      },
      closeStream() {
        closed++;
      },
    };
    const outer = streamedValuesCopied(inner);
    outer.sendChunk?.({ fn_index: 3, data: ['chunk'], event_data: null });
    outer.closeStream?.();
    expect(sent).toEqual([{ fn_index: 3, data: ['chunk'], event_data: null }]);
    expect(closed).toBe(1);
  });
});
