import type { Picture } from './document.js';

/**
 * Decodes an image the canvas can draw and export: fetched (the app's server allows the embed's
 * origin, or no request of ours would work) and decoded from the bytes, so the canvas is never
 * tainted by a cross-origin image. Where fetching is refused, an <img> with CORS is tried.
 */
export async function loadPicture(url: string): Promise<Picture> {
  try {
    const response = await fetch(url, { credentials: 'omit' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return await createImageBitmap(await response.blob());
  } catch (error) {
    if (url.startsWith('data:') || url.startsWith('blob:')) throw error;
    const img = new Image();
    img.crossOrigin = 'anonymous';
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    return await createImageBitmap(img);
  }
}

/** Decodes a file the user picked, dropped, pasted or took with the camera. */
export async function filePicture(file: Blob): Promise<Picture> {
  return createImageBitmap(file);
}
