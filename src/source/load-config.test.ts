import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LoadError } from './load-config.js';
import { loadRawConfig } from './load-config.js';
import { signFileUrl } from './space-jwt.js';

afterEach(() => vi.unstubAllGlobals());

/** Stubs fetch with one answer; returns the calls. */
function answer(status: number, body: unknown): { calls: [string, RequestInit][] } {
  const calls: [string, RequestInit][] = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    calls.push([url, init]);
    return Promise.resolve(new Response(JSON.stringify(body), { status }));
  });
  return { calls };
}

const failure = async (p: Promise<unknown>): Promise<LoadError> => {
  try {
    await p;
  } catch (error) {
    return error as LoadError;
  }
  throw new Error('it loaded');
};

describe('loadRawConfig and tokens', () => {
  it('sends the token in the Authorization header only, read when the request goes', async () => {
    let token = 'first';
    const { calls } = answer(200, { version: '6.31.0' });
    await loadRawConfig('http://app.test', undefined, { token: () => token });
    token = 'second';
    await loadRawConfig('http://app.test', undefined, { token: () => token });
    expect(calls.map(([url, init]) => [url, (init.headers as Record<string, string>).Authorization])).toEqual(
      [
        ['http://app.test/config', 'Bearer first'],
        ['http://app.test/config', 'Bearer second'],
      ],
    );
  });

  it("tells an auth= app's 401 (its sign-in form) from a server that wants a token", async () => {
    answer(401, { detail: { error: 'Not authenticated', auth_message: 'Use the <b>demo</b> account' } });
    const login = await failure(loadRawConfig('http://app.test'));
    expect([login.kind, login.authMessage]).toEqual(['login', 'Use the <b>demo</b> account']);

    answer(401, { detail: 'no token' });
    const missing = await failure(loadRawConfig('http://app.test'));
    expect([missing.kind, missing.message]).toEqual([
      'token',
      "http://app.test requires a token (401): set the element's token property.",
    ]);
    const refused = await failure(loadRawConfig('http://app.test', undefined, { token: () => 'old' }));
    expect(refused.message).toBe(
      'http://app.test refused the token (401): it may have expired, or it does not give access to this app.',
    );
  });
});

describe('signFileUrl', () => {
  it("adds the Space JWT to the app's file routes only, never the token", () => {
    const root = 'https://user-app.hf.space';
    expect(signFileUrl(`${root}/gradio_api/file=/tmp/a.png`, root, '/gradio_api', 'jwt')).toBe(
      `${root}/gradio_api/file=/tmp/a.png?__sign=jwt`,
    );
    expect(signFileUrl(`${root}/config`, root, '/gradio_api', 'jwt')).toBe(`${root}/config`);
    expect(signFileUrl('https://other.example/gradio_api/file=x', root, '/gradio_api', 'jwt')).toBe(
      'https://other.example/gradio_api/file=x',
    );
    expect(signFileUrl(`${root}/gradio_api/file=x`, root, '/gradio_api', null)).toBe(
      `${root}/gradio_api/file=x`,
    );
  });
});
