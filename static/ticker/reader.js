/*
 * Calm reading for keyboard, screen-reader and phone readers (docs/DESIGN.md, "Live updates").
 *
 * Loaded before live.js on the timeline and in the embed. It offers live.js three helpers
 * (window.summitReader) and handles the reader's own requests itself:
 *
 * - announce(text): one polite message in the page's status region (#announcer);
 * - keepFocus(): remembers the focused element before an update replaces it and, once the
 *   update is in, gives focus back to it or to its replacement (never to <body>);
 * - keepReadingPosition(): remembers the entry under the top of the viewport and, once the
 *   update is in, scrolls by whatever it moved (a backstop to the browser's own scroll
 *   anchoring, which gives up when the anchor itself is replaced);
 * - "load more" moves focus to the first entry it added and announces how many came;
 * - a filter change announces the results' heading; on a phone it also folds the filter
 *   panel and moves focus to that heading, which sits right above the results.
 */
(function () {
  'use strict';

  var FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

  function announcer() { return document.getElementById('announcer'); }

  /** Say `text` once, politely; the same text twice in a row is said twice. */
  function announce(text) {
    var region = announcer();
    if (!region || !text) return;
    region.textContent = '';
    window.setTimeout(function () { region.textContent = text; }, 50);
  }

  function focusQuietly(element) {
    if (!element.matches(FOCUSABLE)) element.setAttribute('tabindex', '-1');
    element.focus({ preventScroll: true });
  }

  // --- focus ---------------------------------------------------------------------------

  /** Where focus is: the nearest element with an id that holds it, and which of its
   * focusable descendants (by link target, else by position) is focused. */
  function keepFocus() {
    var active = document.activeElement;
    if (!active || active === document.body) return function () {};
    var holder = active.id ? active : active.parentElement && active.parentElement.closest('[id]');
    if (!holder) return function () {};
    var holderId = holder.id;
    var inside = holder === active ? [] : Array.prototype.slice.call(holder.querySelectorAll(FOCUSABLE));
    var index = inside.indexOf(active);
    var href = active.getAttribute('href');
    var next = holder.nextElementSibling && holder.nextElementSibling.closest('[id]');
    var nextId = next ? next.id : null;

    return function restoreFocus() {
      var now = document.activeElement;
      if (now && now !== document.body && now.isConnected) return; // nothing was lost
      var again = document.getElementById(holderId);
      if (!again) {
        // The holder went (a withdrawn entry): the reader stays where it was.
        var fallback = (nextId && document.getElementById(nextId)) || document.getElementById('entry-list');
        if (fallback) focusQuietly(fallback);
        return;
      }
      if (index < 0) { focusQuietly(again); return; }
      var candidates = Array.prototype.slice.call(again.querySelectorAll(FOCUSABLE));
      var byHref = href && candidates.filter(function (c) { return c.getAttribute('href') === href; })[0];
      focusQuietly(byHref || candidates[Math.min(index, candidates.length - 1)] || again);
    };
  }

  // --- reading position ------------------------------------------------------------------

  /** The first entry (or day heading) whose bottom is below the top of the viewport. */
  function readEntry() {
    var list = document.getElementById('entry-list');
    if (!list) return null;
    var children = list.children;
    for (var i = 0; i < children.length; i++) {
      if (children[i].id && children[i].getBoundingClientRect().bottom > 0) return children[i];
    }
    return null;
  }

  function keepReadingPosition() {
    if (window.scrollY < 1) return function () {}; // at the very top new entries may push
    var read = readEntry();
    if (!read) return function () {};
    var id = read.id;
    var top = read.getBoundingClientRect().top;
    return function restorePosition() {
      // Two frames later the browser's own scroll anchoring has done what it could.
      window.requestAnimationFrame(function () {
        window.requestAnimationFrame(function () {
          // A reader who went back to the very top meanwhile stays there: new entries may
          // push at the top, and pulling them down again would hold those entries back.
          if (window.scrollY < 1) return;
          var again = document.getElementById(id);
          if (!again) return;
          var moved = again.getBoundingClientRect().top - top;
          if (Math.abs(moved) >= 1) window.scrollBy({ top: moved, behavior: 'instant' });
        });
      });
    };
  }

  // --- load more -------------------------------------------------------------------------

  function countLabel(element, count, one, many) {
    return count === 1 ? element.dataset[one] : element.dataset[many].replace('{n}', String(count));
  }

  document.addEventListener('htmx:beforeSwap', function (event) {
    var target = event.detail.target;
    if (!target || target.id !== 'pager' || !event.detail.shouldSwap) return;
    var before = target.previousElementSibling;
    var list = target.parentElement;
    var answer = document.createElement('template');
    answer.innerHTML = event.detail.serverResponse;
    var count = answer.content.querySelectorAll('article.entry').length;
    var label = countLabel(target, count, 'loadedOne', 'loadedMany');
    window.setTimeout(function () {
      var node = before ? before.nextElementSibling : list.firstElementChild;
      while (node && node.tagName !== 'ARTICLE') node = node.nextElementSibling;
      if (node) focusQuietly(node);
      announce(label);
    }, 0);
  });

  // --- filters ---------------------------------------------------------------------------

  /** True on narrow screens, where the filter panel folds behind its summary. */
  function filtersFold(panel) {
    var summary = panel && panel.querySelector('summary');
    return summary && window.getComputedStyle(summary).display !== 'none';
  }

  var lastChoice = null; // the filter control the reader changed last: {name, value}

  document.addEventListener('change', function (event) {
    var control = event.target;
    if (!control.form || !control.form.classList.contains('filters')) return;
    var removed = control.type === 'checkbox' ? !control.checked : !control.value;
    lastChoice = removed ? null : { name: control.name, value: control.value };
  });

  /** An empty result offers to take back the filter chosen last (all of them otherwise). */
  function offerLastChoiceOnly(results) {
    var offers = Array.prototype.slice.call(results.querySelectorAll('.remove-filters [data-filter]'));
    var last = lastChoice && offers.filter(function (offer) {
      return offer.dataset.filter === lastChoice.name &&
        (lastChoice.name !== 'tag' || offer.dataset.value === lastChoice.value);
    })[0];
    if (!last) return;
    offers.forEach(function (offer) { offer.hidden = offer !== last; });
  }

  document.addEventListener('htmx:afterSettle', function (event) {
    var results = event.detail.elt;
    if (!results || results.id !== 'results') return;
    offerLastChoiceOnly(results);
    var heading = document.getElementById('results-heading');
    var panel = document.querySelector('.filters-panel');
    var lost = !document.activeElement || document.activeElement === document.body;
    var phone = filtersFold(panel);
    if (phone) panel.open = false;
    var landing = heading || document.getElementById('entry-list'); // or all entries again
    if (lost || phone) {
      focusQuietly(landing); // focus makes screen readers read the heading
      if (phone) landing.scrollIntoView({ block: 'start' });
    } else if (heading) {
      announce(heading.textContent.trim()); // wide screens: the reader keeps choosing filters
    }
  });

  window.summitReader = {
    announce: announce,
    countLabel: countLabel,
    focusQuietly: focusQuietly,
    keepFocus: keepFocus,
    keepReadingPosition: keepReadingPosition,
  };
})();
