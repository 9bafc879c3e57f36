(function () {
  var list = document.querySelector('meta[name="mpp-modules"]');
  var asked = false;
  function ask() {
    if (asked || !list) return;
    asked = true;
    (list.getAttribute('content') || '').split(' ').forEach(function (href) {
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
  } catch (e) {}
  setTimeout(ask, 3000);
})();
