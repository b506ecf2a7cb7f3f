import type { ClientEvent, Submission } from './client-events.js';

/**
 * A copy of `next` (a JSON value) that reuses every part of `previous` equal to its counterpart:
 * an unchanged value comes back as `previous` itself, and a changed one as a new object whose
 * unchanged branches are `previous`'s.
 *
 * Why: while a generator streams, @gradio/client applies the server's diffs to the value it
 * handed over last, in place, and hands the same object over again. Without a copy the store
 * would hold an object that changes behind its back (and could never see a change); with a full
 * copy per chunk, every message of a long chat would look new to the chat that draws it. With
 * shared structure, only the parts that really changed are new objects.
 */
export function shareStructure(previous: unknown, next: unknown): unknown {
  if (typeof next !== 'object' || next === null) return Object.is(previous, next) ? previous : next;
  if (Array.isArray(next)) {
    const old = Array.isArray(previous) ? previous : null;
    let same = old !== null && old.length === next.length;
    const out = new Array<unknown>(next.length);
    for (let i = 0; i < next.length; i++) {
      out[i] = shareStructure(old?.[i], next[i]);
      if (same && out[i] !== old![i]) same = false;
    }
    return same ? old : out;
  }
  if (Object.getPrototypeOf(next) !== Object.prototype && Object.getPrototypeOf(next) !== null) return next;
  const old =
    typeof previous === 'object' && previous !== null && !Array.isArray(previous)
      ? (previous as Record<string, unknown>)
      : null;
  const source = next as Record<string, unknown>;
  const keys = Object.keys(source);
  let same = old !== null && Object.keys(old).length === keys.length;
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const had = old !== null && Object.hasOwn(old, key);
    out[key] = shareStructure(had ? old[key] : undefined, source[key]);
    if (same && (!had || out[key] !== old[key])) same = false;
  }
  return same ? old : out;
}

/**
 * While a generator streams, the client applies each diff to the value it handed over last, in
 * place, and hands that same object over again. From the first streamed chunk on, each value is
 * copied, sharing every part equal to the previous chunk's copy (so a chat's unchanged messages
 * stay the same objects, and only the one that grew is new).
 */
export function streamedValuesCopied(submission: Submission): Submission {
  return {
    async *[Symbol.asyncIterator](): AsyncIterator<ClientEvent> {
      let streaming = false;
      let previous: readonly unknown[] = [];
      for await (const event of submission) {
        if (event.type === 'status' && (event.stage === 'generating' || event.stage === 'streaming')) {
          streaming = true;
        }
        if (event.type !== 'data' || !streaming || !Array.isArray(event.data)) {
          yield event;
          continue;
        }
        const data = event.data.map((value, i) => shareStructure(previous[i], value));
        previous = data;
        yield { ...event, data };
      }
    },
    cancel: () => submission.cancel(),
    // A streaming input's later chunks go through the same submission: keep its channel.
    sendChunk: submission.sendChunk?.bind(submission),
    closeStream: submission.closeStream?.bind(submission),
  };
}
