// Code that runs inside the page (passed to Playwright as functions, so it must be self-contained).

/**
 * Init script: hooks the map as soon as the page publishes it (window.__mppMap in the app, set on
 * the map's 'load'; window.__bareMap in the bare page, set at creation) and records every 'idle'
 * with the number of style layers at that moment, plus every change of the DOM idle marker.
 * Times are performance.now(), i.e. milliseconds since navigation start.
 */
export function installProbes() {
  const rec = (window.__bench = { idles: [], markers: [], firstRender: null, load: null, hooked: null });
  for (const name of ['__mppMap', '__bareMap']) {
    let value;
    Object.defineProperty(window, name, {
      configurable: true,
      enumerable: true,
      get: () => value,
      set(map) {
        value = map;
        if (!map || rec.hooked) return;
        rec.hooked = { name, at: performance.now() };
        // The app publishes its map inside the map's 'load' handler, the bare page right away.
        if (map._loaded || map.loaded()) rec.load = performance.now();
        else map.once('load', () => (rec.load = performance.now()));
        map.once('render', () => (rec.firstRender = performance.now()));
        map.on('idle', () => {
          const entry = { t: performance.now(), layers: map.getLayersOrder().length, loaded: map.loaded(), shown: null };
          rec.idles.push(entry);
          // 'idle' fires inside the last frame's animation callback, before that frame is rasterised
          // and handed to the compositor (with software WebGL, the page waits for both in the same
          // task). A message posted now runs after that task: the finished map is on screen.
          const channel = new MessageChannel();
          channel.port1.onmessage = () => (entry.shown = performance.now());
          channel.port2.postMessage(0);
        });
      }
    });
  }
  new MutationObserver((records) => {
    for (const r of records) {
      const state = r.target.getAttribute?.('data-map-state');
      if (state) rec.markers.push({ t: performance.now(), state });
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-state'] });
}

/**
 * The 48-month sweep, in the app page: for each date, one timeline step (window.__mppSetDate) timed
 * from the call to the map's next 'idle', then one bare repaint (map.triggerRepaint()) timed the same
 * way. Both start at the top of an animation frame after the map has settled. A step after which
 * the map asks for no frame at all (nothing on the map changed) is reported as a no-op. `frame` is
 * the time to the end of the first frame after the call (rAF, then a message posted from it, which
 * runs after that frame's style, layout and paint), so it includes the page's own DOM updates.
 * setFeatureState calls are counted per step.
 */
export async function sweep(dates) {
  const map = window.__mppMap;
  const raf = () => new Promise((ok) => requestAnimationFrame(ok));
  let featureStateCalls = 0;
  const original = map.setFeatureState;
  map.setFeatureState = function (...args) {
    featureStateCalls += 1;
    return original.apply(this, args);
  };

  function measure(action) {
    return new Promise((resolve) => {
      let renderAt = null;
      let frameAt = null;
      let frames = 0;
      let done = false;
      const calls0 = featureStateCalls;
      const t0 = performance.now();
      const finish = (result) => {
        if (done) return;
        done = true;
        map.off('render', onRender);
        map.off('idle', onIdle);
        clearTimeout(timer);
        // Let the frame measurement land before resolving.
        const settle = () => (frameAt === null ? setTimeout(settle, 5) : resolve({ ...result, frame: frameAt - t0, featureStateCalls: featureStateCalls - calls0 }));
        settle();
      };
      const onRender = () => {
        if (renderAt === null) renderAt = performance.now();
      };
      const onIdle = () => finish({ idle: performance.now() - t0, render: renderAt === null ? null : renderAt - t0 });
      const countFrames = () => {
        if (done) return;
        frames += 1;
        if (frames === 1) {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => (frameAt = performance.now());
          channel.port2.postMessage(0);
        }
        // Three animation frames without a map render: the map had nothing to draw.
        if (frames >= 3 && renderAt === null) finish({ noop: true });
        else requestAnimationFrame(countFrames);
      };
      const timer = setTimeout(() => finish({ timeout: true, render: renderAt === null ? null : renderAt - t0 }), 5000);
      map.on('render', onRender);
      map.on('idle', onIdle);
      requestAnimationFrame(countFrames);
      action();
    });
  }

  async function settle() {
    if (!map.loaded()) await new Promise((ok) => map.once('idle', ok));
    await raf();
    await raf(); // the action runs at the top of a frame
  }

  const steps = [];
  const repaints = [];
  try {
    for (const date of dates) {
      await settle();
      const step = await measure(() => window.__mppSetDate(date));
      const label = document.querySelector('[data-testid="date-label"]')?.getAttribute('data-date');
      steps.push({ date, label, ...step });
      await settle();
      repaints.push({ date, ...(await measure(() => map.triggerRepaint())) });
    }
  } finally {
    delete map.setFeatureState;
  }
  return { steps, repaints };
}

/**
 * Hides every layer but the given basemap layers, lets the map settle, and returns the canvas
 * pixels (RGBA, base64) read inside a 'render' handler, with the camera.
 */
export async function basemapPixels(keep) {
  const map = window.__mppMap ?? window.__bareMap;
  const keepSet = new Set(keep);
  for (const id of map.getLayersOrder()) if (!keepSet.has(id)) map.setLayoutProperty(id, 'visibility', 'none');
  const idle = () => new Promise((ok) => map.once('idle', ok));
  let next = idle();
  map.triggerRepaint();
  await next;
  await new Promise((ok) => setTimeout(ok, 400)); // past any symbol fade
  next = idle();
  map.triggerRepaint();
  await next;
  const pixels = await new Promise((ok) => {
    map.once('render', () => {
      const gl = map.getCanvas().getContext('webgl2') ?? map.getCanvas().getContext('webgl');
      const w = gl.drawingBufferWidth;
      const h = gl.drawingBufferHeight;
      const data = new Uint8Array(w * h * 4);
      gl.readPixels(0, 0, w, h, gl.RGBA, gl.UNSIGNED_BYTE, data);
      let binary = '';
      for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode.apply(null, data.subarray(i, i + 0x8000));
      ok({ width: w, height: h, base64: btoa(binary) });
    });
    map.triggerRepaint();
  });
  return { ...pixels, zoom: map.getZoom(), center: map.getCenter().toArray() };
}

/** Counts loop wrap-arounds: the date label going back to the timeline's first day. */
export function watchWraps(start) {
  const label = document.querySelector('[data-testid="date-label"]');
  const state = (window.__wraps = { count: 0, times: [], last: label.getAttribute('data-date'), maxSeen: '' });
  new MutationObserver(() => {
    const date = label.getAttribute('data-date');
    if (date > state.maxSeen) state.maxSeen = date;
    if (date === start && state.last !== start) {
      state.count += 1;
      state.times.push(performance.now());
    }
    state.last = date;
  }).observe(label, { attributes: true, attributeFilter: ['data-date'] });
}
