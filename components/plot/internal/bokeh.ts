import { parseFigure, type PlotDrawer } from './drawer.js';

/** Where BokehJS is published, one file per version (as Gradio's page loads it). */
export const BOKEH_CDN = 'https://cdn.bokeh.org/bokeh/release/';
/** Bundles a figure may need besides the main one (widgets, data tables, WebGL glyphs). */
const PLUGINS = ['widgets', 'tables', 'gl'];

interface BokehView {
  remove(): void;
  model?: { document?: unknown };
}
interface BokehApi {
  version: string;
  /** Every document BokehJS has embedded (it never forgets one by itself). */
  documents?: unknown[];
  embed: { embed_item(item: unknown, target: HTMLElement): Promise<BokehView[]> };
}
type BokehGlobal = Partial<BokehApi> & Record<string, BokehApi | undefined>;

const loads = new Map<string, Promise<BokehApi>>();

const bokehFor = (version: string): BokehApi | undefined => {
  const global = (window as unknown as { Bokeh?: BokehGlobal }).Bokeh;
  return global?.[version] ?? (global?.version === version ? (global as BokehApi) : undefined);
};

/**
 * A classic script, run from inside the app's shadow root (a script runs wherever it is
 * connected), so nothing is added to the host page's head.
 */
function loadScript(src: string, near: Node): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.async = false;
    script.onload = () => {
      script.remove();
      resolve();
    };
    script.onerror = () => {
      script.remove();
      reject(new Error(`could not load ${src}`));
    };
    near.appendChild(script);
  });
}

/**
 * BokehJS of exactly the server's bokeh version, once per page and version. BokehJS keeps each
 * version it loads under `Bokeh[version]`, so apps with different versions (or a host page with
 * its own) live side by side.
 */
export function loadBokeh(version: string, near: Node): Promise<BokehApi> {
  const ready = bokehFor(version);
  if (ready) return Promise.resolve(ready);
  let loading = loads.get(version);
  if (!loading) {
    loading = (async () => {
      await loadScript(`${BOKEH_CDN}bokeh-${version}.min.js`, near);
      // A plugin that fails to load only matters to a figure that uses it.
      await Promise.allSettled(
        PLUGINS.map((p) => loadScript(`${BOKEH_CDN}bokeh-${p}-${version}.min.js`, near)),
      );
      const api = bokehFor(version);
      if (!api) throw new Error(`BokehJS ${version} did not register itself`);
      return api;
    })();
    loads.set(version, loading);
    loading.catch(() => loads.delete(version));
  }
  return loading;
}

/** Bokeh figures (`json_item`), drawn by BokehJS into the block; Bokeh sizes them itself. */
export function createDrawer(host: HTMLElement): PlotDrawer {
  let views: BokehView[] = [];
  let api: BokehApi | null = null;
  let generation = 0;
  const clear = (): void => {
    for (const view of views) {
      const doc = view.model?.document;
      view.remove();
      const index = doc ? (api?.documents?.indexOf(doc) ?? -1) : -1;
      if (index >= 0) api!.documents!.splice(index, 1);
    }
    views = [];
    host.querySelector(':scope > .bokeh-root')?.remove();
  };
  return {
    async draw(value, context) {
      const item = parseFigure(value.plot, 'Bokeh');
      const doc = item.doc as { version?: unknown } | undefined;
      if (!doc || typeof doc !== 'object' || !item.root_id)
        throw new Error('the Bokeh figure is not a json_item');
      const version = typeof doc.version === 'string' ? doc.version : context.bokehVersion;
      if (!version) throw new Error('the Bokeh figure does not say which BokehJS it needs');
      const mine = ++generation;
      let loaded: BokehApi;
      try {
        loaded = await loadBokeh(version, host);
      } catch {
        throw new Error(
          `this Bokeh plot needs BokehJS ${version}, which could not be loaded from cdn.bokeh.org`,
        );
      }
      if (mine !== generation) return;
      const target = document.createElement('div');
      target.className = 'bokeh-root';
      clear();
      api = loaded;
      host.append(target);
      views = await loaded.embed.embed_item({ ...item, target_id: null }, target);
    },
    resize() {
      // BokehJS follows its container's size itself (sizing_mode).
    },
    destroy() {
      generation++;
      clear();
    },
  };
}
