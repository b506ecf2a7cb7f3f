/**
 * The pixel of an image's own picture under a point on screen, for Gradio's image `select`
 * (`index: [x, y]`). The image is drawn with `object-fit: scale-down` (centred, never larger than
 * its natural size), so there may be empty space around it: a point there is no pixel (null).
 */
export function pixelAt(
  box: { left: number; top: number; width: number; height: number },
  natural: { width: number; height: number },
  clientX: number,
  clientY: number,
): [number, number] | null {
  if (!natural.width || !natural.height || !box.width || !box.height) return null;
  const scale = Math.min(box.width / natural.width, box.height / natural.height, 1);
  const offsetX = (box.width - natural.width * scale) / 2;
  const offsetY = (box.height - natural.height * scale) / 2;
  const x = Math.round((clientX - box.left - offsetX) / scale);
  const y = Math.round((clientY - box.top - offsetY) / scale);
  if (x < 0 || x >= natural.width || y < 0 || y >= natural.height) return null;
  return [x, y];
}

/** Where a pixel of the picture is drawn, relative to the image element's box (for a marker). */
export function pointOf(
  box: { width: number; height: number },
  natural: { width: number; height: number },
  pixel: readonly [number, number],
): { x: number; y: number } {
  const scale = Math.min(box.width / natural.width, box.height / natural.height, 1);
  const offsetX = (box.width - natural.width * scale) / 2;
  const offsetY = (box.height - natural.height * scale) / 2;
  return { x: offsetX + pixel[0] * scale, y: offsetY + pixel[1] * scale };
}
