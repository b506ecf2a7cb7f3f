import { SourceError, type ResolvedSource } from './resolve-source.js';
import { bearer, type TokenSource } from './request-auth.js';

const SPACE_ID = /^[\w.-]+\/[\w.-]+$/;
export const HF_API = 'https://huggingface.co/api/spaces';

export function isSpaceId(space: string): boolean {
  return SPACE_ID.test(space.trim());
}

/** Resolves a Space id to its host with the HF API (`/api/spaces/{id}/host`); a private Space needs the token. */
export async function resolveSpace(
  space: string,
  signal?: AbortSignal,
  token?: TokenSource,
): Promise<ResolvedSource> {
  const id = space.trim();
  if (!isSpaceId(id)) {
    throw new SourceError(`The space attribute must look like "user/name", not "${space}".`);
  }
  let response: Response;
  try {
    response = await fetch(`${HF_API}/${id}/host`, { signal, headers: bearer(token) });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new SourceError(`Could not reach Hugging Face to find the Space "${id}".`);
  }
  if (response.status === 401 || response.status === 404) {
    throw new SourceError(
      token?.()
        ? `The Space "${id}" could not be found, or the token does not give access to it.`
        : `The Space "${id}" could not be found, or it is private (a private Space needs the element's token property).`,
    );
  }
  if (!response.ok) throw new SourceError(`Hugging Face answered ${response.status} for the Space "${id}".`);
  const body = (await response.json().catch(() => null)) as { host?: unknown } | null;
  if (typeof body?.host !== 'string')
    throw new SourceError(`Hugging Face gave no host for the Space "${id}".`);
  return { url: body.host.replace(/\/$/, ''), spaceId: id, subdomain: null };
}
