/*
 * Live updates of the timeline (docs/DESIGN.md, "Live updates").
 *
 * The poller (#ticker-poller, templates/ticker/poller.html) asks the server every poll
 * interval whether anything changed; htmx sends the request and swaps the fresh poller
 * and the "Das Wichtigste" box. This script adds what htmx cannot know:
 *
 * - calm reading: a reader at the very top of the page (and, in a partner's frame, with
 *   the frame's top in view) sees new entries arrive; any other reader gets a "N neue
 *   Einträge" button instead (announced once per new count), and nothing moves under their
 *   eyes until they press it (or scroll back to the top); focus and the entry being read
 *   stay where they were when an update replaces what is around them (reader.js);
 * - placing entries: one already on the page is replaced in place, a new one goes under
 *   its day heading in the list's order; removals of entries this page never showed are
 *   dropped instead of raising htmx errors;
 * - pacing: after errors the poll backs off (doubling up to a minute, with jitter so
 *   readers do not return in step) and recovers by itself; hidden tabs poll rarely and
 *   catch up as soon as they are visible again.
 *
 * No inline scripts and no hx-on attributes: the Content-Security-Policy allows only
 * scripts from this site.
 */
(function () {
  'use strict';

  var MAX_BACKOFF_MS = 60000;
  var HIDDEN_INTERVAL_MS = 60000;

  var failures = 0;
  var notBefore = 0; // no poll before this time (backoff)
  var lastPollAt = 0;
  var pending = []; // batches of new entries held back: [{order, nodes: [heading|article]}]
  var announcedCount = 0; // the button's count the reader has been told about
  var reader = window.summitReader;

  function poller() { return document.getElementById('ticker-poller'); }
  function entryList() { return document.getElementById('entry-list'); }
  function newsButton() { return document.getElementById('live-news-button'); }
  function isPoller(elt) { return elt && elt.id === 'ticker-poller'; }

  function intervalMs() {
    var element = poller();
    var seconds = element ? Number(element.dataset.pollInterval) : 0;
    return (seconds > 0 ? seconds : 10) * 1000;
  }

  // --- pacing ---------------------------------------------------------------------------

  document.addEventListener('htmx:beforeRequest', function (event) {
    if (!isPoller(event.detail.elt)) return;
    var now = Date.now();
    var hiddenTooSoon = document.hidden && now - lastPollAt < HIDDEN_INTERVAL_MS;
    if (now < notBefore || hiddenTooSoon) {
      event.preventDefault(); // skip this tick; htmx keeps the timer running
      return;
    }
    lastPollAt = now;
  });

  function backOff() {
    failures += 1;
    var delay = Math.min(intervalMs() * Math.pow(2, failures), MAX_BACKOFF_MS);
    notBefore = Date.now() + delay * (0.8 + Math.random() * 0.4);
  }

  document.addEventListener('htmx:responseError', function (event) {
    if (isPoller(event.detail.elt)) backOff();
  });
  document.addEventListener('htmx:sendError', function (event) {
    if (isPoller(event.detail.elt)) backOff();
  });
  document.addEventListener('htmx:timeout', function (event) {
    if (isPoller(event.detail.elt)) backOff();
  });

  document.addEventListener('visibilitychange', function () {
    var element = poller();
    if (!document.hidden && element && element.hasAttribute('hx-get') && Date.now() >= notBefore) {
      lastPollAt = 0;
      window.htmx.trigger(element, 'live-poll');
    }
  });

  // --- reading position -----------------------------------------------------------------

  // In a partner's frame the reader's position is the partner page's too: the frame's top
  // must be in their viewport (an IntersectionObserver in a frame measures against it).
  var frameTopInView = true;
  var inFrame = window.parent !== window;
  var frameTitle = document.querySelector('[data-embed-root] h1');
  if (inFrame && frameTitle && 'IntersectionObserver' in window) {
    new IntersectionObserver(function (changes) {
      var change = changes[changes.length - 1];
      frameTopInView = change.isIntersecting &&
        change.intersectionRect.top <= change.boundingClientRect.top + 1;
      if (pending.length && readerAtTop()) releasePending(false);
    }, { threshold: [0, 0.5, 1] }).observe(frameTitle);
  }

  /** True only at the very top: then new entries may push the page down. */
  function readerAtTop() {
    return window.scrollY < 1 && frameTopInView;
  }

  function showButton() {
    var button = newsButton();
    if (!button) return;
    var count = 0;
    pending.forEach(function (batch) {
      batch.nodes.forEach(function (node) { if (node.tagName === 'ARTICLE') count += 1; });
    });
    if (count === 0) {
      button.hidden = true;
      announcedCount = 0;
      return;
    }
    var label = reader.countLabel(button, count, 'labelOne', 'labelMany');
    if (button.textContent !== label) button.textContent = label;
    button.hidden = false;
    if (count !== announcedCount) {
      announcedCount = count;
      reader.announce(label); // once per new count, not on every poll
    }
  }

  function announceArrivals(count) {
    var button = newsButton();
    if (button) reader.announce(reader.countLabel(button, count, 'labelOne', 'labelMany'));
  }

  function releasePending(moveFocus) {
    var batches = pending;
    pending = [];
    var first = null;
    batches.forEach(function (batch) {
      var placed = placeNewEntries(batch.nodes, batch.order);
      first = placed || first;
    });
    showButton();
    if (moveFocus && first) {
      // The reader asked for the new entries: take them there (and only then move focus).
      reader.focusQuietly(first);
      first.scrollIntoView({ block: 'start' });
    }
  }

  document.addEventListener('click', function (event) {
    if (event.target && event.target.id === 'live-news-button') releasePending(true);
  });

  var scrollScheduled = false;
  window.addEventListener('scroll', function () {
    if (scrollScheduled || pending.length === 0) return;
    scrollScheduled = true;
    window.requestAnimationFrame(function () {
      scrollScheduled = false;
      if (readerAtTop()) releasePending(false);
    });
  }, { passive: true });

  // --- placing entries ------------------------------------------------------------------

  function dayHeadings(list) {
    return Array.prototype.slice.call(list.querySelectorAll(':scope > .day-heading'));
  }

  /** The element before which an entry of `dayId` goes when its day is not on the page yet. */
  function beforeDay(list, dayId, order) {
    var headings = dayHeadings(list);
    for (var i = 0; i < headings.length; i++) {
      var later = headings[i].id > dayId;
      if (order === 'oldest' ? later : !later) return headings[i];
    }
    return null;
  }

  /** The end of the day group that starts at `heading` (next heading, pager, or null = end). */
  function endOfDay(heading) {
    var node = heading.nextElementSibling;
    while (node && !node.classList.contains('day-heading') && node.id !== 'pager') {
      node = node.nextElementSibling;
    }
    return node;
  }

  /** Split a batch (day headings, each followed by its entries) into day groups. */
  function dayGroups(nodes) {
    var groups = [];
    nodes.forEach(function (node) {
      if (node.classList.contains('day-heading')) {
        groups.push({ heading: node, articles: [] });
      } else if (node.tagName === 'ARTICLE' && groups.length) {
        groups[groups.length - 1].articles.push(node);
      }
    });
    return groups;
  }

  /**
   * Where a day group's new entries go: {anchor, withHeading}, or null when they belong to
   * pages of the list not loaded yet (they arrive with "load more").
   */
  function placeFor(list, heading, order) {
    var pager = document.getElementById('pager');
    var existing = document.getElementById(heading.id);
    if (existing && order !== 'oldest') return { anchor: existing.nextSibling, withHeading: false };
    if (existing) {
      var end = endOfDay(existing);
      return end === pager && pager ? null : { anchor: end, withHeading: false };
    }
    var before = beforeDay(list, heading.id, order);
    if (!before && pager) return null;
    return { anchor: before, withHeading: true };
  }

  /** Insert new entries (with their day headings) where they belong; returns the topmost. */
  function placeNewEntries(nodes, order) {
    var list = entryList();
    if (!list) return null;
    var topmost = null;
    dayGroups(nodes).forEach(function (group) {
      var articles = group.articles.filter(function (a) { return !document.getElementById(a.id); });
      var place = articles.length && placeFor(list, group.heading, order);
      if (!place) return;
      if (place.withHeading) list.insertBefore(group.heading, place.anchor);
      articles.forEach(function (article) {
        article.classList.add('entry-arrived');
        list.insertBefore(article, place.anchor);
        window.htmx.process(article);
      });
      if (!topmost || articles[0].compareDocumentPosition(topmost) & Node.DOCUMENT_POSITION_FOLLOWING) {
        topmost = articles[0];
      }
    });
    var empty = list.querySelector(':scope > .empty');
    if (topmost && empty) empty.remove();
    return topmost;
  }

  function pendingArticle(id) {
    for (var b = 0; b < pending.length; b++) {
      for (var n = 0; n < pending[b].nodes.length; n++) {
        if (pending[b].nodes[n].id === id) return { batch: pending[b], index: n };
      }
    }
    return null;
  }

  /**
   * Sort one poll's answer against this page before htmx swaps it: entries already shown
   * become out-of-band replacements, new ones are placed now or held back, and removals
   * of entries this page does not show are dropped.
   */
  function settleAnswer(detail) {
    var answer = document.createElement('template');
    answer.innerHTML = detail.serverResponse;
    var content = answer.content;

    var entries = content.querySelector('template#live-entries');
    if (entries) {
      entries.remove();
      var order = entries.dataset.order;
      var fresh = [];
      Array.prototype.slice.call(entries.content.children).forEach(function (node) {
        var held = node.tagName === 'ARTICLE' && pendingArticle(node.id);
        if (node.tagName === 'ARTICLE' && document.getElementById(node.id)) {
          node.setAttribute('hx-swap-oob', 'true');
          content.appendChild(node);
        } else if (held) {
          held.batch.nodes[held.index] = node;
        } else {
          fresh.push(node);
        }
      });
      var arrived = fresh.filter(function (n) { return n.tagName === 'ARTICLE'; }).length;
      if (arrived) {
        if (readerAtTop() || order === 'oldest') {
          if (placeNewEntries(fresh, order)) announceArrivals(arrived);
        } else {
          pending.push({ order: order, nodes: fresh });
        }
      }
    }

    Array.prototype.slice.call(content.querySelectorAll('[hx-swap-oob="delete"]')).forEach(function (node) {
      var held = pendingArticle(node.id);
      if (held) held.batch.nodes.splice(held.index, 1);
      if (!document.getElementById(node.id)) node.remove();
    });
    var keyEvents = content.querySelector('#key-events');
    if (keyEvents && !document.getElementById('key-events')) keyEvents.remove();

    showButton();
    detail.serverResponse = answer.innerHTML;
  }

  /** Day headings left without entries (all of them withdrawn) go too. */
  function removeEmptyDays() {
    var list = entryList();
    if (!list) return;
    dayHeadings(list).forEach(function (heading) {
      var next = heading.nextElementSibling;
      if (!next || next.tagName !== 'ARTICLE') heading.remove();
    });
  }

  document.addEventListener('htmx:beforeSwap', function (event) {
    var detail = event.detail;
    if (isPoller(detail.elt)) {
      // (Not afterRequest: by then a fresh poller has replaced this one, detached from
      // the document, and its events no longer reach these listeners.)
      if (!detail.isError) {
        failures = 0;
        notBefore = 0;
      }
      if (detail.shouldSwap && detail.serverResponse) {
        var restoreFocus = reader.keepFocus();
        var restorePosition = reader.keepReadingPosition();
        settleAnswer(detail);
        // htmx swaps right after this event; then the page is whole again.
        window.setTimeout(function () {
          removeEmptyDays();
          restoreFocus();
          restorePosition();
        }, 0);
      }
    } else if (detail.target && detail.target.querySelector && detail.target.querySelector('#entry-list')) {
      // The reader changed the filters: the new list comes with its own revision.
      pending = [];
      showButton();
    }
  });
})();
