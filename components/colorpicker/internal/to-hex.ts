let context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null | undefined;

/**
 * Any CSS colour an app may send ("#F00", "red", "rgb(255 0 0)") as the `#rrggbb` a colour input
 * takes; null for text that is no colour. Opaque colours only: alpha is dropped, as Gradio's does.
 */
export function toHex(color: string): string | null {
  const text = color.trim();
  if (/^#[0-9a-f]{6}$/i.test(text)) return text.toLowerCase();
  if (/^#[0-9a-f]{3}$/i.test(text)) return `#${[...text.slice(1).toLowerCase()].map((d) => d + d).join('')}`;
  if (!text || !CSS.supports('color', text)) return null;
  context ??=
    typeof OffscreenCanvas === 'function'
      ? new OffscreenCanvas(1, 1).getContext('2d')
      : document.createElement('canvas').getContext('2d');
  if (!context) return null;
  // The canvas normalises any colour it accepts to #rrggbb (or rgba() when translucent).
  context.fillStyle = '#000000';
  context.fillStyle = text;
  const normal = String(context.fillStyle);
  if (normal.startsWith('#')) return normal;
  const rgba = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(normal);
  return rgba
    ? `#${rgba
        .slice(1, 4)
        .map((n) => Number(n).toString(16).padStart(2, '0'))
        .join('')}`
    : null;
}
