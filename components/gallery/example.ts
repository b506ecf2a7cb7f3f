import type { ExampleRenderer } from '../../src/base/example.js';
import { renderThumbs } from '../common/example-media.js';

/** A gallery sample: its first three items as thumbnails, "…" if there are more. */
export const renderExample: ExampleRenderer = (value, _props, context) => {
  if (!Array.isArray(value)) return '';
  const media = value.map((item: unknown) => {
    const entry = item as { image?: unknown; video?: unknown } | string;
    if (typeof entry === 'string') return { url: context.fileUrl(entry) };
    return entry.video
      ? { url: context.fileUrl(entry.video), video: true }
      : { url: context.fileUrl(entry.image) };
  });
  return renderThumbs(media, context.layout);
};
