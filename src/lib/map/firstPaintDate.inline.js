// @ts-nocheck -- plain script for the HTML, not a module; tests/unit/firstPaintTimeline.test.ts runs it.
// Runs while the page is parsed, right after the first-paint picture and long before the app: if
// the URL names a date, the picture shows that date (each part's timeline is in its data-at, from
// src/lib/map/firstPaintTimeline.ts). The date is read as parseUrlDate (src/lib/time/dates.ts)
// reads it; anything it would refuse leaves the default date, which the app then also shows. The
// picture's title is written in the URL's language (the page's other texts: state/firstPaintUrl.inline.js).
// Inlined into the HTML, with its hash in the page's CSP (svelte.config.js): edit it there only.
(function () {
  var svg = document.currentScript && document.currentScript.previousElementSibling;
  if (!svg || !svg.hasAttribute('data-first')) return;
  var params = new URLSearchParams(location.search);
  var hashQuery = location.hash.indexOf('?');
  if (!params.has('date') && hashQuery >= 0) params = new URLSearchParams(location.hash.slice(hashQuery));
  var asked = (params.get('lang') || document.documentElement.lang).trim().toLowerCase();
  var lang = asked === 'es' ? 'es' : 'en';
  var day = readDay(params.get('date'));
  if (day) {
    var first = svg.getAttribute('data-first');
    var last = svg.getAttribute('data-last');
    day = day < first ? first : day > last ? last : day;
  }
  if (day && day !== svg.getAttribute('data-date')) {
    var parts = svg.querySelectorAll('[data-at]');
    for (var i = 0; i < parts.length; i++) {
      var entries = parts[i].getAttribute('data-at').split(';');
      var chosen = null;
      for (var j = 0; j < entries.length && entries[j].slice(0, 10) <= day; j++) chosen = entries[j];
      if (chosen === null) continue;
      var pairs = chosen.slice(11).split(' ');
      for (var k = 0; k < pairs.length; k++) {
        var at = pairs[k].indexOf('=');
        parts[i].setAttribute(pairs[k].slice(0, at), pairs[k].slice(at + 1));
      }
    }
    svg.setAttribute('data-date', day);
    // Text further down the page was written for the default date: global.css hides it until the app
    // has started and rewritten it (src/lib/app/AtlasMap.svelte removes this mark).
    document.documentElement.setAttribute('data-url-date', day);
  } else if (lang === 'en') {
    return;
  }
  // The picture's title, in the URL's language and for the day it shows.
  var label = svg.getAttribute('data-label-' + lang);
  if (label) {
    var time = Date.parse(svg.getAttribute('data-date') + 'T00:00:00Z');
    var written = new Intl.DateTimeFormat(lang === 'es' ? 'es-MX' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(time);
    svg.setAttribute('aria-label', label.replace('{date}', written));
  }

  /** The URL's date as parseUrlDate reads it, as YYYY-MM-DD; null if it names none or one it refuses. */
  function readDay(raw) {
    if (raw === null) return null;
    var value = raw.trim();
    var day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : /^\d{4}-\d{2}$/.test(value) ? value + '-01' : /^\d{4}$/.test(value) ? value + '-01-01' : null;
    var time = day && Date.parse(day + 'T00:00:00Z');
    return day && !isNaN(time) && new Date(time).toISOString().slice(0, 10) === day ? day : null;
  }
})();
