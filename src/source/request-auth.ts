/**
 * A bearer token for an app's requests: private Spaces (the HF API and the Space itself) and
 * servers behind a proxy that checks one. Read at each request, so a token the host page
 * refreshes applies at once. It only ever travels in an `Authorization` header: never in a URL,
 * never in storage.
 */
export type TokenSource = () => string | null;

/** The `Authorization` header for the token, or none. */
export function bearer(token?: TokenSource | null): Record<string, string> {
  const value = token?.();
  return value ? { Authorization: `Bearer ${value}` } : {};
}
