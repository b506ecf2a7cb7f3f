import { bearer, type TokenSource } from './request-auth.js';

/**
 * A private Space's signed JWT, as @gradio/client gets it: the browser loads files (images,
 * media, fonts) with plain URLs that cannot carry an `Authorization` header, so their URLs carry
 * this short-lived, Space-scoped signature (`__sign`) instead. Never the token itself.
 */
export async function fetchSpaceJwt(
  spaceId: string,
  token: TokenSource,
  signal?: AbortSignal,
): Promise<string | null> {
  if (!token()) return null;
  try {
    const response = await fetch(`https://huggingface.co/api/spaces/${spaceId}/jwt`, {
      headers: bearer(token),
      signal,
    });
    if (!response.ok) return null;
    const body = (await response.json()) as { token?: unknown };
    return typeof body.token === 'string' && body.token ? body.token : null;
  } catch {
    return null;
  }
}

const FILE_ROUTES = ['/file=', '/file/', '/stream/', '/proxy='];

/** Adds the Space JWT to a URL of one of the app's file routes; any other URL is left as it is. */
export function signFileUrl(url: string, root: string, apiPrefix: string, jwt: string | null): string {
  if (!jwt) return url;
  let parsed: URL;
  let rootUrl: URL;
  try {
    parsed = new URL(url);
    rootUrl = new URL(`${root}/`);
  } catch {
    return url;
  }
  if (parsed.origin !== rootUrl.origin) return url;
  const rootPath = rootUrl.pathname.replace(/\/+$/, '');
  const bases = new Set([`${rootPath}${apiPrefix}`, `${rootPath}/gradio_api`]);
  const path = parsed.pathname;
  const onFileRoute = [...bases].some((base) =>
    FILE_ROUTES.some((route) => path.startsWith(`${base}${route}`)),
  );
  if (!onFileRoute) return url;
  parsed.searchParams.set('__sign', jwt);
  return parsed.href;
}
