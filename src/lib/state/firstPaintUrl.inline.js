// @ts-nocheck -- plain script for the HTML's head, not a module.
// Prerendered pages show the default state, in English. This script puts the URL's view and language
// in place while the page is parsed, before its first paint, so that the app's start changes nothing:
// - the presenting layout and the high-contrast theme, as classes on <html> (the app keeps them in
//   step with the URL from then on: src/lib/state/urlState.svelte.ts);
// - if the URL asks for the language of the texts just before this script (a JSON block written by
//   src/hooks.server.ts, from src/lib/i18n/firstPaintLanguage.ts), every interface text and label the
//   parser adds is swapped for that language as it arrives: a MutationObserver's callback runs before
//   the browser paints, so no English frame is shown. It stops when the document is parsed; from then
//   on the app writes its own texts.
// Inlined into the HTML, with its hash in the page's CSP (svelte.config.js): edit it here only.
(function () {
  var block = document.currentScript && document.currentScript.previousElementSibling;
  var params = new URLSearchParams(location.search);
  var hashQuery = location.hash.indexOf('?');
  if (!params.has('lang') && hashQuery >= 0) params = new URLSearchParams(location.hash.slice(hashQuery));
  // Read as parseAppState reads a flag (src/lib/state/appState.ts); a value it refuses is off.
  var TRUE = ['1', 'true', 'yes', 'on'];
  var flags = ['present', 'contrast'];
  var classes = ['presenting', 'contrast'];
  for (var f = 0; f < flags.length; f++) {
    var flag = params.get(flags[f]);
    if (flag !== null && TRUE.indexOf(flag.trim().toLowerCase()) >= 0) document.documentElement.classList.add(classes[f]);
  }
  if (!block || !window.MutationObserver) return;
  var lang = block.getAttribute('data-lang');
  if (!lang || (params.get('lang') || '').trim().toLowerCase() !== lang) return;
  var texts;
  try {
    texts = JSON.parse(block.textContent);
  } catch (e) {
    return;
  }
  // SWAPPED_ATTRIBUTES in firstPaintLanguage.ts.
  var ATTRIBUTES = ['aria-label', 'aria-valuetext', 'title', 'alt', 'placeholder'];
  document.documentElement.lang = lang;
  // Sentences put together from data cannot be swapped whole: global.css hides them until the app
  // has written them (src/lib/state/urlState.svelte.ts removes this mark).
  document.documentElement.setAttribute('data-url-lang', lang);
  if (known(document.title)) document.title = texts[document.title];
  // Each swapped text node's English and what replaced it: the parser may append the rest of a text
  // that a network chunk cut short to the same node, and the whole is then read in English again.
  var swapped = new WeakMap();
  var seen = new WeakSet();
  function known(text) {
    return Object.prototype.hasOwnProperty.call(texts, text);
  }
  function swapText(node) {
    var value = node.nodeValue;
    var before = swapped.get(node);
    if (before) {
      if (value.indexOf(before.to) !== 0) return;
      value = before.from + value.slice(before.to.length);
    }
    var text = value.trim();
    if (text && known(text)) {
      var to = value.replace(text, function () {
        return texts[text];
      });
      swapped.set(node, { from: value, to: to });
      if (node.nodeValue !== to) node.nodeValue = to;
    } else if (before) {
      // No longer a whole interface text: the English rather than half of each language.
      swapped.delete(node);
      node.nodeValue = value;
    }
  }
  function swap(node) {
    if (node.nodeType === 3) return swapText(node);
    if (node.nodeType !== 1 || seen.has(node)) return;
    seen.add(node);
    for (var i = 0; i < ATTRIBUTES.length; i++) {
      var value = node.getAttribute(ATTRIBUTES[i]);
      if (value && known(value)) node.setAttribute(ATTRIBUTES[i], texts[value]);
    }
    // The language switch marks the language shown (src/lib/components/LanguageSwitch.svelte).
    var linkLang = node.getAttribute('hreflang');
    if (linkLang === lang) node.setAttribute('aria-current', 'true');
    else if (linkLang) node.removeAttribute('aria-current');
    // The parser may add an element with its first text already inside it.
    for (var child = node.firstChild; child; child = child.nextSibling) swap(child);
  }
  function swapAll(records) {
    for (var i = 0; i < records.length; i++) {
      if (records[i].type === 'characterData') swap(records[i].target);
      else for (var j = 0; j < records[i].addedNodes.length; j++) swap(records[i].addedNodes[j]);
    }
  }
  var observer = new window.MutationObserver(function (records) {
    swapAll(records);
    // What is queued now is this script's own swaps: a swapped text is not looked up again.
    observer.takeRecords();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  document.addEventListener('DOMContentLoaded', function () {
    swapAll(observer.takeRecords());
    observer.disconnect();
  });
})();
