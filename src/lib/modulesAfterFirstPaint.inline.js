// @ts-nocheck -- plain script for the HTML, not a module; src/hooks.server.ts writes it into each page.
// Asks for the page's scripts once its first contentful paint is on screen. Preloaded from the head,
// or even from the first frame's callback, they were fetched and compiled while that frame was made
// and held the picture of the map back; left to the app's entry alone, they arrive one level of
// imports at a time, a round trip each on a slow network (docs/performance.md, *First map on screen*).
(function () {
  var list = document.querySelector('meta[name="mpp-modules"]');
  if (!list) return;
  var asked = false;
  function ask() {
    if (asked) return;
    asked = true;
    list.content.split(' ').forEach(function (href) {
      if (!href || document.querySelector('link[rel="modulepreload"][href="' + href + '"]')) return;
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      document.head.appendChild(link);
    });
  }
  try {
    new PerformanceObserver(function (entries, observer) {
      if (!entries.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      ask();
    }).observe({ type: 'paint', buffered: true });
  } catch (e) {
    // No paint timing in this browser: the timer below asks.
  }
  // A page that paints nothing (a background tab) still gets them.
  setTimeout(ask, 3000);
})();
