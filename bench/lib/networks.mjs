// Figure 12: the simple Interface on emulated networks, both sides in the same run.
// Per profile, a cold visit (a fresh browser context, HTTP cache empty and on), then a repeat
// visit in the same context (the cache warm, as a CDN's long-lived immutable chunks allow):
// time to usable, bytes, and the sequential round trips on the critical path read from the
// request waterfall.
/* global performance -- used in page.evaluate callbacks, which run in the page */
import { criticalPath, kind, sum } from './network.mjs';

/**
 * The network profiles: Chromium's network emulation (CDP Network.emulateNetworkConditions,
 * applied to every origin the page talks to: host page, CDN, app server) and CPU slowdown.
 */
export const PROFILES = [
  { key: 'loopback', label: 'loopback (no emulation)' },
  { key: 'cable', label: 'cable (20 ms RTT, 50 Mbps)', latency: 20, down: 50, up: 10, cpu: 1 },
  {
    key: '4g',
    label: '4G (150 ms RTT, 9 Mbps, 4× CPU slowdown)',
    latency: 150,
    down: 9,
    up: 3,
    cpu: 4,
  },
];

/** Applies a profile to a page through its CDP session (before it navigates). */
export async function emulate(cdp, profile) {
  if (profile.latency === undefined) return;
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: profile.latency,
    downloadThroughput: (profile.down * 1e6) / 8,
    uploadThroughput: (profile.up * 1e6) / 8,
  });
  if (profile.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
}

/** Page side: ms from navigation to our `render` event (ours) and to the same-test usable frame. */
async function usableTimes(page, variant) {
  return page.evaluate(
    async ({ variant }) => {
      const b = window.__bench;
      const failed = () => b.statuses.some((s) => s.status === 'error');
      await b.when(() => b.usable.length > 0 || failed(), 60_000);
      if (variant === 'ours') await b.when(() => b.renders.length > 0 || failed(), 60_000);
      if (failed()) throw new Error('the embed reported an error');
      return {
        dom: b.usable[0].t,
        usable: variant === 'ours' ? b.renders[0].t : b.usable[0].t,
        timeOrigin: performance.timeOrigin,
      };
    },
    { variant },
  );
}

/** What one visit cost: requests by `until`, the critical path, bytes. */
function visit(list, times, net, isEntry) {
  const until = net.toRequestTime(times.timeOrigin + times.dom);
  const overNetwork = list.filter((r) => !r.cached);
  const toUsable = overNetwork.filter((r) => r.end > 0 && r.end <= until);
  const afterGate = criticalPath(list, { until, skip: isEntry });
  const fromNavigation = criticalPath(list, { until });
  return {
    usable: times.usable,
    dom: times.dom,
    roundTrips: afterGate.depth,
    // The host page's own request is not in the list: one more round trip before the rest.
    roundTripsFromNavigation: fromNavigation.depth + 1,
    chain: afterGate.chain,
    toUsable: sum(toUsable),
    codeToUsable: sum(toUsable.filter((r) => kind(r.url) === 'code')),
    total: sum(overNetwork),
    code: sum(overNetwork.filter((r) => kind(r.url) === 'code')),
    requests: list.length,
    fromCache: list.filter((r) => r.cached).length,
    network: overNetwork.map((r) => `${r.status} ${r.url}`),
  };
}

export async function networkFigure(ctx) {
  const { app, reps, alternate, withPage, VARIANTS, IN_VIEW, row, log, raw, profiles = PROFILES } = ctx;
  raw.network = {};
  for (const profile of profiles) {
    log(`figure 12 (${profile.key}): simple Interface, cold then repeat visit`);
    const runs = await alternate(reps, (variant, rep) =>
      withPage(
        variant,
        app,
        IN_VIEW(app),
        'greet',
        async ({ page, net, url }) => {
          const isEntry = VARIANTS[variant].isEntry;
          await page.goto(url, { waitUntil: 'commit' });
          const coldTimes = await usableTimes(page, variant);
          await net.quiet(1000, 30_000);
          const coldList = await net.list();
          const cold = visit(coldList, coldTimes, net, isEntry);
          // The same page again, in the same context: the HTTP cache is warm.
          net.phase = 'repeat';
          await page.goto(url, { waitUntil: 'commit' });
          const repeatTimes = await usableTimes(page, variant);
          await net.quiet(1000, 30_000);
          const repeatList = (await net.list()).filter((r) => r.phase === 'repeat');
          const repeat = visit(repeatList, repeatTimes, net, isEntry);
          if (rep > 0) {
            delete cold.network;
            delete repeat.chain;
          } else {
            cold.waterfall = waterfall(coldList.filter((r) => r.phase !== 'repeat'));
          }
          return { cold, repeat };
        },
        { cacheDisabled: false, profile },
      ),
    );
    raw.network[profile.key] = runs;
    const F = `12. Network: ${profile.label}`;
    row(
      F,
      'navigation to usable',
      'ms',
      runs,
      (r) => r.cold.usable,
      'ours: `render` event; official: fields + Submit visible and enabled',
    );
    row(F, 'navigation to fields + Submit visible (same test both sides)', 'ms', runs, (r) => r.cold.dom);
    row(
      F,
      'round trips in series after the gate, to usable',
      'n',
      runs,
      (r) => r.cold.roundTrips,
      "from the waterfall: the longest chain of requests each started after the last finished, leaving out the script tag's module and its static imports",
    );
    row(
      F,
      'round trips in series from navigation (host page included)',
      'n',
      runs,
      (r) => r.cold.roundTripsFromNavigation,
    );
    row(F, 'requests to usable', 'n', runs, (r) => r.cold.toUsable.requests);
    row(F, 'bytes to usable: on the wire', 'KiB', runs, (r) => r.cold.toUsable.wire / 1024);
    row(F, 'JS + CSS to usable: gzip', 'KiB', runs, (r) => r.cold.codeToUsable.gzip / 1024);
    row(F, 'JS + CSS until the network is quiet: gzip', 'KiB', runs, (r) => r.cold.code.gzip / 1024);
    row(F, 'repeat visit: navigation to usable', 'ms', runs, (r) => r.repeat.usable);
    row(F, 'repeat visit: fields + Submit visible (same test both sides)', 'ms', runs, (r) => r.repeat.dom);
    row(F, 'repeat visit: requests over the network', 'n', runs, (r) => r.repeat.total.requests);
    row(F, 'repeat visit: bytes over the network (wire)', 'KiB', runs, (r) => r.repeat.total.wire / 1024);
    row(F, 'repeat visit: round trips in series after the gate', 'n', runs, (r) => r.repeat.roundTrips);
  }
}

/** The first run's waterfall: each request's start and end in ms from the first request. */
function waterfall(list) {
  const t0 = Math.min(...list.map((r) => r.start));
  return list.map((r) => ({
    u: r.url,
    status: r.status,
    wire: r.wire,
    gzip: r.gzip,
    startMs: Math.round((r.start - t0) * 1000),
    endMs: Math.round((r.end - t0) * 1000),
  }));
}
