// Figures 9 and 10: the media components, ours against the official embed.
// 10. An image classifier (bench/apps/classifier.py): upload a 2 MB PNG, then Submit; the time
//     to the uploaded image shown, Submit to the label, and the bytes the page loaded.
// 11. A gallery of 200 images (bench/apps/gallery200.py): navigation to the first images shown,
//     how many images the page fetched before any scrolling, then the gallery's own scroller
//     scrolled 200 px a frame for 120 frames (frame times).
/* global requestAnimationFrame, performance -- page.evaluate callbacks run in the page */
import { Buffer } from 'node:buffer';
import { deflateSync } from 'node:zlib';
import { sum } from './network.mjs';

/** CRC-32 (PNG chunks). */
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * A PNG of about 2 MB: noisy (so it does not compress), bluish (so the classifier says "blue").
 * Deterministic, so every run uploads the same bytes.
 */
export function twoMegabytePng(width = 1100, height = 700) {
  // xorshift32: fast, deterministic, and noisy enough that deflate cannot shrink it.
  let seed = 0x9e3779b9;
  const random = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) & 0xff;
  };
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const at = y * (width * 3 + 1);
    rows[at] = 0;
    for (let x = 0; x < width; x++) {
      rows[at + 1 + x * 3] = random() >> 1;
      rows[at + 2 + x * 3] = random() >> 1;
      rows[at + 3 + x * 3] = 128 + (random() >> 1);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 6 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Page-side helpers (installed once per page): elements under the app through shadow roots. */
const helpers = () => {
  if (window.__media) return;
  const deep = (root, out = []) => {
    for (const el of root.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) deep(el.shadowRoot, out);
    }
    return out;
  };
  const app = () => document.querySelector('gradio-app');
  const all = () => deep(app().shadowRoot ?? app());
  const inView = (el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight;
  };
  window.__media = {
    all,
    inView,
    submit: () => all().find((el) => el.localName === 'button' && el.textContent.trim() === 'Submit'),
    fileInput: () => all().find((el) => el.localName === 'input' && el.type === 'file'),
    /** Images of the app that have loaded and show on screen. */
    shownImages: (minWidth = 1) =>
      all().filter(
        (el) => el.localName === 'img' && el.complete && el.naturalWidth >= minWidth && inView(el),
      ),
  };
};

const SCROLL_FRAMES = 120;
const SCROLL_STEP = 200;

export async function mediaFigures(ctx) {
  const { want, servers, entries, officialEntry, alternate, withPage, row, log, REPS, IN_VIEW, raw } = ctx;

  if (want('classifier') && servers.classifier) {
    log('figure 10: image classifier, a 2 MB image uploaded and classified');
    const app = servers.classifier;
    entries.set(app, await officialEntry(app));
    const png = twoMegabytePng();
    const runs = await alternate(REPS, (variant) =>
      withPage(variant, app, IN_VIEW(app, ' eager="true"'), null, async ({ page, net, url }) => {
        await page.goto(url, { waitUntil: 'commit' });
        await page.evaluate(helpers);
        const usable = await page.evaluate(async () => {
          const m = window.__media;
          return window.__bench.when(() => {
            const button = m.submit();
            return m.fileInput() && button && m.inView(button) && !button.disabled;
          }, 45_000);
        });
        await net.quiet(700);
        const loaded = sum(await net.list());
        const t0 = await page.evaluate(() => performance.now());
        await page.locator('gradio-app input[type=file]').first().setInputFiles({
          name: 'photo.png',
          mimeType: 'image/png',
          buffer: png,
        });
        const shown = await page.evaluate(() =>
          window.__bench.when(() => window.__media.shownImages(1000).length > 0, 60_000),
        );
        const result = await page.evaluate(async () => {
          const b = window.__bench;
          const el = document.querySelector('gradio-app');
          const before = b.text(el);
          const t = performance.now();
          window.__media.submit().click();
          const done = await b.when(() => b.text(el) !== before && /\bblue\b/.test(b.text(el)), 60_000);
          return done - t;
        });
        return {
          usable,
          loaded,
          upload: shown - t0,
          classify: result,
          total: shown - t0 + result,
          size: png.length,
        };
      }),
    );
    raw.classifier = runs;
    const F = '10. Image classifier (2 MB image)';
    row(F, 'navigation to usable (file input and Submit)', 'ms', runs, (r) => r.usable);
    row(F, 'bytes loaded to usable: gzip', 'KiB', runs, (r) => r.loaded.gzip / 1024);
    row(F, 'bytes loaded to usable: raw', 'KiB', runs, (r) => r.loaded.raw / 1024);
    row(
      F,
      'file picked to the uploaded image shown',
      'ms',
      runs,
      (r) => r.upload,
      `the same ${(png.length / 2 ** 20).toFixed(2)} MiB PNG both sides`,
    );
    row(F, 'Submit to the label shown', 'ms', runs, (r) => r.classify);
    row(F, 'file picked to the label shown', 'ms', runs, (r) => r.total);
  }

  if (want('gallery') && servers.gallery200) {
    log('figure 11: gallery of 200 images');
    const app = servers.gallery200;
    entries.set(app, await officialEntry(app));
    const runs = await alternate(REPS, (variant) =>
      withPage(variant, app, IN_VIEW(app, ' eager="true"'), null, async ({ page, net, url }) => {
        await page.goto(url, { waitUntil: 'commit' });
        await page.evaluate(helpers);
        const first = await page.evaluate(() =>
          window.__bench.when(() => window.__media.shownImages(100).length >= 8, 60_000),
        );
        await net.quiet(1000);
        const list = await net.list();
        const images = list.filter((r) => /\.jpg(\?|$)/.test(r.url));
        const scroll = await page.evaluate(
          async ({ frames, step }) => {
            const b = window.__bench;
            const scroller = b.scroller(document.querySelector('gradio-app'));
            if (!scroller) return null;
            b.startFrames();
            for (let i = 0; i < frames; i++) {
              scroller.scrollTop += step;
              await new Promise((r) => requestAnimationFrame(r));
            }
            return { ...b.stopFrames(), scrolledTo: scroller.scrollTop, height: scroller.scrollHeight };
          },
          { frames: SCROLL_FRAMES, step: SCROLL_STEP },
        );
        if (!scroll?.scrolledTo) throw new Error('no scrollable gallery found, or it did not scroll');
        const shownAfter = await page.evaluate(() => window.__media.shownImages(100).length);
        return {
          first,
          imagesBeforeScroll: images.length,
          imageBytes: sum(images),
          code: sum(list.filter((r) => !/\.jpg(\?|$)/.test(r.url))),
          shownAfter,
          ...scroll,
        };
      }),
    );
    raw.gallery = runs;
    const F = '11. Gallery of 200 images';
    row(F, 'navigation to the first 8 images shown', 'ms', runs, (r) => r.first);
    row(
      F,
      'images fetched before any scrolling',
      'n',
      runs,
      (r) => r.imagesBeforeScroll,
      'of 200; lazy loading',
    );
    row(F, 'bytes before scrolling, images: raw', 'KiB', runs, (r) => r.imageBytes.raw / 1024);
    row(F, 'bytes before scrolling, everything else: gzip', 'KiB', runs, (r) => r.code.gzip / 1024);
    row(
      F,
      `scrolling ${SCROLL_FRAMES} frames (${SCROLL_STEP} px each): frame time p95`,
      'ms',
      runs,
      (r) => r.p95,
    );
    row(F, `scrolling ${SCROLL_FRAMES} frames: worst frame`, 'ms', runs, (r) => r.max);
    row(F, `scrolling ${SCROLL_FRAMES} frames: dropped frames`, 'n', runs, (r) => r.dropped);
  }
}
