import { afterEach, describe, expect, it, vi } from 'vitest';
import { startEarly, takeEarly } from './loader.js';

// <gradio-app> is not defined in this file's page: the entry's first statement runs before it is.

/** Adds undefined <gradio-app> elements, as the parser leaves them before the entry runs. */
function page(body: string): Element[] {
  document.body.innerHTML = body;
  return [...document.querySelectorAll('gradio-app')];
}

/** The URLs fetched meanwhile, with each request's signal; nothing goes to the network. */
function recordFetches(): { url: string; signal: AbortSignal | undefined }[] {
  const calls: { url: string; signal: AbortSignal | undefined }[] = [];
  vi.spyOn(window, 'fetch').mockImplementation((input, init) => {
    calls.push({ url: String(input), signal: init?.signal ?? undefined });
    return new Promise<Response>(() => undefined);
  });
  return calls;
}

const task = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

describe('startEarly', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });

  it("starts an in-view embed's config and theme, which its element takes once", async () => {
    const calls = recordFetches();
    const [el] = page('<gradio-app src="https://early.example/app/"></gradio-app>');
    startEarly();
    expect(calls.map((c) => c.url)).toEqual([
      'https://early.example/app/config',
      'https://early.example/app/theme.css',
    ]);
    const abort = new AbortController();
    const early = takeEarly(el!, abort.signal);
    expect(early?.url).toBe('https://early.example/app');
    expect(takeEarly(el!, abort.signal)).toBeNull();
    // Taken: not cancelled with the others, but with the element's own signal.
    await task();
    expect(calls[0]!.signal?.aborted).toBe(false);
    abort.abort();
    expect(calls[0]!.signal?.aborted).toBe(true);
  });

  it('leaves alone what the gate would not open yet, or what is not a plain URL', () => {
    const calls = recordFetches();
    page(`
      <gradio-app src="https://below.example" style="display:block;margin-top:5000px"></gradio-app>
      <gradio-app src="https://hidden.example" style="display:none"></gradio-app>
      <gradio-app src="https://space.example" space="user/name"></gradio-app>
      <gradio-app src="https://iframe.example" mode="iframe"></gradio-app>
      <gradio-app src="relative/path"></gradio-app>
      <gradio-app></gradio-app>`);
    startEarly();
    expect(calls).toEqual([]);
  });

  it('starts an eager embed below the fold', () => {
    const calls = recordFetches();
    page(
      '<gradio-app eager src="https://eager.example" style="display:block;margin-top:5000px"></gradio-app>',
    );
    startEarly();
    expect(calls.map((c) => c.url)).toContain('https://eager.example/config');
  });

  it('leaves an embed whose src the page set as a property before the element was defined', () => {
    const calls = recordFetches();
    const [el] = page('<gradio-app src="https://attribute.example"></gradio-app>');
    Object.assign(el!, { src: 'https://property.example' });
    startEarly();
    expect(calls).toEqual([]);
  });

  it('cancels what no element took by the next task', async () => {
    const calls = recordFetches();
    const [el] = page('<gradio-app src="https://removed.example"></gradio-app>');
    startEarly();
    expect(calls.length).toBe(2);
    el!.remove();
    await task();
    expect(calls[0]!.signal?.aborted).toBe(true);
    expect(takeEarly(el!, new AbortController().signal)).toBeNull();
  });
});
