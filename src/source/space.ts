/**
 * What the runtime needs for an app on a Hugging Face Space, and only then: finding a Space's
 * host (`space="user/name"`), waiting while it wakes, and a private Space's signed file URLs.
 * src/app-session.ts imports this module dynamically (and the loader, for a `space` embed, as the
 * runtime is requested), so it is a chunk of its own that an app served from anywhere else never
 * requests.
 */
export { isSpaceId, resolveSpace } from './resolve-space.js';
export { waitForSpace, stageMessage } from './space-status.js';
export { fetchSpaceJwt, signFileUrl } from './space-jwt.js';
