import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseSrc, SourceError } from './resolve-source.js';
import { resolveSpace } from './resolve-space.js';
import { waitForSpace, SpaceUnavailableError } from './space-status.js';

afterEach(() => vi.unstubAllGlobals());

describe('parseSrc', () => {
  it('keeps the path of a sub-path mount and drops query, hash and trailing slash', () => {
    expect(parseSrc('http://127.0.0.1:7860/tools/app/?x=1#y')).toEqual({
      url: 'http://127.0.0.1:7860/tools/app',
      spaceId: null,
      subdomain: null,
    });
  });

  it('assumes https for a bare host, and knows a *.hf.space host', () => {
    expect(parseSrc('user-app.hf.space')).toEqual({
      url: 'https://user-app.hf.space',
      spaceId: null,
      subdomain: 'user-app',
    });
  });

  it('rejects empty, malformed and non-http sources with a clear message', () => {
    expect(() => parseSrc('  ')).toThrow(
      new SourceError('The src attribute is empty: give the URL of a Gradio app.'),
    );
    expect(() => parseSrc('ht!tp://x')).toThrow(SourceError);
    expect(() => parseSrc('ftp://x.example')).toThrow(/must be an http\(s\) URL/);
  });
});

describe('resolveSpace', () => {
  it('resolves a Space id with the HF API', async () => {
    const fetch = vi.fn(async () => Response.json({ subdomain: 'u-n', host: 'https://u-n.hf.space' }));
    vi.stubGlobal('fetch', fetch);
    expect(await resolveSpace('u/n')).toEqual({
      url: 'https://u-n.hf.space',
      spaceId: 'u/n',
      subdomain: null,
    });
    expect(fetch).toHaveBeenCalledWith('https://huggingface.co/api/spaces/u/n/host', expect.anything());
  });

  it('says when a Space does not exist, and refuses malformed ids without a request', async () => {
    const fetch = vi.fn(async () => new Response('{}', { status: 404 }));
    vi.stubGlobal('fetch', fetch);
    await expect(resolveSpace('u/missing')).rejects.toThrow(
      `The Space "u/missing" could not be found, or it is private (a private Space needs the element's token property).`,
    );
    await expect(resolveSpace('u/missing', undefined, () => 'hf_x')).rejects.toThrow(
      'The Space "u/missing" could not be found, or the token does not give access to it.',
    );
    // The token goes in the Authorization header of the HF API call.
    expect(fetch).toHaveBeenLastCalledWith(
      'https://huggingface.co/api/spaces/u/missing/host',
      expect.objectContaining({ headers: { Authorization: 'Bearer hf_x' } }),
    );
    await expect(resolveSpace('not a space')).rejects.toThrow(/must look like "user\/name"/);
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});

describe('waitForSpace', () => {
  it('reports each stage until the Space runs', async () => {
    const stages = ['SLEEPING', 'SLEEPING', 'BUILDING', 'APP_STARTING', 'RUNNING'];
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ runtime: { stage: stages.shift() } })),
    );
    const seen: string[] = [];
    await waitForSpace({ spaceId: 'u/n', subdomain: null }, { interval: 1, onStage: (s) => seen.push(s) });
    expect(seen).toEqual(['sleeping', 'building', 'starting', 'running']);
  });

  it('fails for paused and broken Spaces', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ runtime: { stage: 'PAUSED' } })),
    );
    await expect(waitForSpace({ spaceId: 'u/n', subdomain: null })).rejects.toThrow(SpaceUnavailableError);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ runtime: { stage: 'RUNTIME_ERROR' } })),
    );
    await expect(waitForSpace({ spaceId: 'u/n', subdomain: null })).rejects.toThrow(
      'The Space "u/n" is not working (runtime error).',
    );
  });

  it('goes on when the status endpoint fails (it broke embeds before)', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('rate limited', { status: 429 })),
    );
    await expect(waitForSpace({ spaceId: null, subdomain: 'u-n' })).resolves.toBeUndefined();
  });
});
