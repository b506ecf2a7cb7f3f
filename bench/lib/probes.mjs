// Code that runs inside the host page (installed with addInitScript before any page script).
// It records `render` and `gradio-status` events and long tasks, and offers rAF-polled waits
// for "usable" that work for both embeds: ours renders into an open shadow root, the official
// one into the element's light DOM.

/* global Element, performance, requestAnimationFrame, PerformanceObserver, getComputedStyle, Event */
export function installProbes(options = {}) {
  const bench = {
    renders: [],
    statuses: [],
    longTasks: [],
    /** { t, app } each time an embed becomes usable (again), seen by the rAF watcher. */
    usable: [],
  };
  window.__bench = bench;
  document.addEventListener(
    'render',
    (e) => {
      if (e.target instanceof Element && e.target.localName === 'gradio-app')
        bench.renders.push({ t: performance.now(), el: e.target });
    },
    true,
  );
  document.addEventListener(
    'gradio-status',
    (e) => bench.statuses.push({ t: performance.now(), status: e.detail?.status }),
    true,
  );
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push({ t: entry.startTime, d: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // longtask not supported
  }

  /** All elements under a root, through open shadow roots. */
  const deep = (root, out = []) => {
    for (const el of root.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) deep(el.shadowRoot, out);
    }
    return out;
  };
  const inside = (app) => (app.shadowRoot ? deep(app.shadowRoot) : deep(app));
  const visible = (el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const enabled = (el) => !el.disabled && el.getAttribute('aria-disabled') !== 'true';
  const fields = (app) =>
    inside(app).filter(
      (el) => el.localName === 'textarea' || (el.localName === 'input' && (el.type === 'text' || !el.type)),
    );
  const submit = (app) =>
    inside(app).find((el) => el.localName === 'button' && el.textContent.trim() === 'Submit');

  /** The greet Interface is usable: its first text field and Submit are visible and enabled. */
  bench.greetUsable = (app, not = null) => {
    const field = fields(app)[0];
    const button = submit(app);
    if (!field || !button || field === not?.field || button === not?.button) return null;
    return visible(field) && enabled(field) && visible(button) && enabled(button) ? { field, button } : null;
  };
  /** The large app is rendered: all its fields are there and its closing marker shows. */
  bench.largeRendered = (app) => {
    // Cheap gate first: the marker's text is in the (shadow) root's text once it is rendered.
    if (!(app.shadowRoot ?? app).textContent.includes('END-OF-APP')) return false;
    return fields(app).length >= 150 && inside(app).some((el) => el.textContent.trim() === 'END-OF-APP');
  };
  /** The catalogue app is rendered: its closing marker, the code editor and Submit are up. */
  bench.catalogueRendered = (app) => {
    if (!(app.shadowRoot ?? app).textContent.includes('END-OF-CATALOGUE')) return false;
    const all = inside(app);
    const button = submit(app);
    return (
      all.some((el) => el.classList?.contains('cm-content')) &&
      all.some((el) => el.textContent.trim() === 'END-OF-CATALOGUE') &&
      Boolean(button && visible(button) && enabled(button))
    );
  };
  bench.usedIframe = (app) => inside(app).some((el) => el.localName === 'iframe');

  /** Resolves with performance.now() on the first frame where `test()` is truthy. */
  bench.when = (test, timeoutMs = 30_000) =>
    new Promise((resolve, reject) => {
      const start = performance.now();
      const tick = () => {
        let value;
        try {
          value = test();
        } catch {
          value = null;
        }
        if (value) resolve(performance.now());
        else if (performance.now() - start > timeoutMs) reject(new Error('timed out'));
        else requestAnimationFrame(tick);
      };
      tick();
    });

  /** Types `name` into the first field, clicks Submit, resolves with ms until the greeting shows. */
  bench.clickToOutput = async (app, name) => {
    const found = bench.greetUsable(app);
    if (!found) throw new Error('not usable');
    const { field, button } = found;
    field.focus();
    field.value = name;
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const want = `Hello ${name}!`;
    const t0 = performance.now();
    button.click();
    const t1 = await bench.when(
      () => fields(app).some((el) => el.value === want) || inside(app).some((el) => el.textContent === want),
      15_000,
    );
    return t1 - t0;
  };

  /** The other apps' "usable": the large app's marker, a chat box, a table's first row. */
  const watchers = {
    large: (app) => bench.largeRendered(app),
    catalogue: (app) => bench.catalogueRendered(app),
    field: (app) => {
      const field = fields(app)[0];
      return field && visible(field) && enabled(field);
    },
    /** The dashboard: its four charts drawn (Vega's SVG, class "marks", on both sides). */
    charts: (app) =>
      inside(app).filter((el) => el.localName === 'svg' && el.classList.contains('marks')).length >= 4,
    table: (app) =>
      (app.shadowRoot ?? app).textContent.includes('row 0') &&
      inside(app).some((el) => !el.childElementCount && el.textContent.trim() === 'row 0' && visible(el)),
  };

  /** What the app's charts draw now: each chart's first mark path (changes when its data does). */
  let chartSvgs = [];
  bench.chartSignature = (app) => {
    // Found once (a walk of the whole app is costly); again only if a chart was replaced.
    if (!chartSvgs.length || chartSvgs.some((svg) => !svg.isConnected))
      chartSvgs = inside(app).filter((el) => el.localName === 'svg' && el.classList.contains('marks'));
    return chartSvgs.map((svg) => svg.querySelector('.role-mark path')?.getAttribute('d') ?? '').join('|');
  };

  /** Text shown by the app (ours: its shadow root's light tree; official: the light DOM). */
  bench.text = (app) => (app.shadowRoot ?? app).textContent;

  /** The app's main vertical scroller (the element with the most to scroll). */
  bench.scroller = (app) =>
    inside(app)
      .filter(
        (el) => el.scrollHeight > el.clientHeight + 100 && /auto|scroll/.test(getComputedStyle(el).overflowY),
      )
      .sort((a, b) => b.scrollHeight - a.scrollHeight)[0] ?? null;

  /** Frame recorder: start(), then stop() gives frame-time figures and long tasks in between. */
  let frames = null;
  bench.startFrames = () => {
    frames = { start: performance.now(), last: performance.now(), deltas: [], on: true };
    const tick = (now) => {
      if (!frames?.on) return;
      frames.deltas.push(now - frames.last);
      frames.last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  bench.stopFrames = () => {
    frames.on = false;
    const deltas = [...frames.deltas].sort((a, b) => a - b);
    const long = bench.longTasks.filter((x) => x.t >= frames.start);
    return {
      frames: deltas.length,
      // A frame that took n vsyncs (16.7 ms each) dropped n - 1.
      dropped: frames.deltas.reduce((a, d) => a + Math.max(0, Math.round(d / (1000 / 60)) - 1), 0),
      p95: deltas[Math.floor(deltas.length * 0.95)] ?? 0,
      max: deltas.at(-1) ?? 0,
      longTaskCount: long.length,
      longTaskSum: long.reduce((a, x) => a + x.d, 0),
    };
  };

  // The watcher: on every frame, note each embed that has become usable (for the greet app,
  // again whenever its fields are new elements, i.e. after a remount). Runs for both embeds,
  // so its small cost is the same on both sides.
  const seen = new WeakMap();
  const watch = () => {
    for (const app of document.querySelectorAll('gradio-app')) {
      if (options.watch === 'greet') {
        const found = bench.greetUsable(app);
        if (found && seen.get(app) !== found.field) {
          seen.set(app, found.field);
          bench.usable.push({ t: performance.now(), app });
        }
      } else if (!seen.has(app) && options.watch !== 'greet' && watchers[options.watch]?.(app)) {
        seen.set(app, true);
        bench.usable.push({ t: performance.now(), app });
      }
    }
    requestAnimationFrame(watch);
  };
  if (options.watch) requestAnimationFrame(watch);
}
