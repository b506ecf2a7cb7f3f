/**
 * Test-only: small images drawn on a canvas, as data URLs and Files, for the image-like blocks'
 * browser tests. Never imported by a component.
 */
export function drawImage(
  width: number,
  height: number,
  paint: (context: CanvasRenderingContext2D) => void,
  type = 'image/png',
): string {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  paint(canvas.getContext('2d')!);
  return canvas.toDataURL(type);
}

/** A `width`×`height` image, left half red and right half blue. */
export function halvesImage(width = 40, height = 20): string {
  return drawImage(width, height, (c) => {
    c.fillStyle = '#f00';
    c.fillRect(0, 0, width / 2, height);
    c.fillStyle = '#00f';
    c.fillRect(width / 2, 0, width / 2, height);
  });
}

/** A plain image of one colour. */
export function solidImage(color: string, width = 8, height = 8): string {
  return drawImage(width, height, (c) => {
    c.fillStyle = color;
    c.fillRect(0, 0, width, height);
  });
}

/** A data URL as a File, for uploads. */
export async function fileFrom(dataUrl: string, name: string): Promise<File> {
  const blob = await (await fetch(dataUrl)).blob();
  return new File([blob], name, { type: blob.type });
}

/** Resolves once every <img> under `root` has loaded (or failed). */
export async function imagesLoaded(root: ParentNode): Promise<void> {
  await Promise.all(
    [...root.querySelectorAll('img')].map((img) =>
      img.complete ? Promise.resolve() : new Promise((r) => img.addEventListener('load', r, { once: true })),
    ),
  );
}
