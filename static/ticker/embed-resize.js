/*
 * Summit Liveticker: the partner script. Include it once on a page that shows ticker
 * iframes; it sizes every one of them to its content, up to a maximum height (the iframe's
 * data-max-height in pixels, 1200 by default), beyond which the frame scrolls inside.
 *
 *   <script src="https://TICKER-ORIGIN/static/ticker/embed-resize.js" async></script>
 *
 * A frame that grows above the reader's eye line would push the text they read down: the
 * script tells each frame where the viewport begins ({type: "summit-ticker:viewport",
 * top: <px of the frame above it>}), the frame reports how far the entry at that line
 * moved (`above` in its height message), and the script scrolls the page by that much.
 * Growth below the line (older entries the reader asked for) moves nothing.
 *
 * A ticker frame posts {type: "summit-ticker:height", slug: "<ticker slug>", height: <px>}
 * to its parent on load, on every update and on resize. This script accepts such a
 * message only when it comes from the ticker's origin (the origin this script was
 * loaded from) and from one of the ticker iframes on this page; anything else is ignored.
 */
(function () {
  "use strict";

  var HEIGHT = "summit-ticker:height";
  var DEFAULT_MAX_HEIGHT = 1200;
  var MEASURE = "summit-ticker:measure";
  var VIEWPORT = "summit-ticker:viewport";
  var script = document.currentScript;
  if (!script || !script.src) {
    return;
  }
  var ourOrigin = new URL(script.src).origin;
  if (window.summitTickerResize && window.summitTickerResize.origin === ourOrigin) {
    return; // included twice: one listener is enough
  }

  function tickerFrames() {
    var frames = document.querySelectorAll("iframe[data-summit-ticker], iframe[src]");
    return Array.prototype.filter.call(frames, function (frame) {
      try {
        return new URL(frame.src, document.baseURI).origin === ourOrigin;
      } catch (error) {
        return false;
      }
    });
  }

  function frameOf(source) {
    var frames = tickerFrames();
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].contentWindow === source) {
        return frames[i];
      }
    }
    return null;
  }

  function isHeightMessage(data) {
    return (
      data !== null &&
      typeof data === "object" &&
      data.type === HEIGHT &&
      typeof data.slug === "string" &&
      typeof data.height === "number" &&
      isFinite(data.height) &&
      data.height > 0
    );
  }

  function maxHeightOf(frame) {
    var value = parseInt(frame.getAttribute("data-max-height"), 10);
    return value > 0 ? value : DEFAULT_MAX_HEIGHT;
  }

  function tellViewport(frame) {
    if (frame.contentWindow) {
      var top = -frame.getBoundingClientRect().top;
      frame.contentWindow.postMessage({ type: VIEWPORT, top: top }, ourOrigin);
    }
  }

  function resize(frame, contentHeight, movedAbove) {
    var wasSized = frame.getAttribute("data-summit-sized") === "true";
    var before = frame.getBoundingClientRect();
    // The frame now grows with its content: no border gap, an inner scrollbar only past the cap.
    frame.style.height = Math.min(Math.ceil(contentHeight), maxHeightOf(frame)) + "px";
    frame.style.border = "0";
    frame.setAttribute("data-summit-sized", "true");
    var after = frame.getBoundingClientRect();
    if (wasSized && before.bottom <= 0) {
      // The whole frame is above the reader: all of its growth would push them down.
      window.scrollBy({ top: after.height - before.height, behavior: "instant" });
    } else if (wasSized && movedAbove && before.top < 0) {
      window.scrollBy({ top: movedAbove, behavior: "instant" });
    }
    tellViewport(frame);
  }

  var viewportScheduled = false;
  window.addEventListener("scroll", function () {
    if (viewportScheduled) {
      return;
    }
    viewportScheduled = true;
    window.requestAnimationFrame(function () {
      viewportScheduled = false;
      tickerFrames().forEach(tellViewport);
    });
  }, { passive: true });

  window.addEventListener("message", function (event) {
    if (event.origin !== ourOrigin || !isHeightMessage(event.data)) {
      return;
    }
    var frame = frameOf(event.source);
    if (!frame) {
      return;
    }
    var slug = frame.getAttribute("data-summit-ticker");
    if (slug && slug !== event.data.slug) {
      return;
    }
    var above = event.data.above;
    resize(frame, event.data.height, typeof above === "number" && isFinite(above) ? above : 0);
  });

  // Frames that loaded before this (async) script missed their first message: ask again.
  function askForHeights() {
    tickerFrames().forEach(function (frame) {
      if (frame.contentWindow) {
        frame.contentWindow.postMessage({ type: MEASURE }, ourOrigin);
      }
    });
  }

  window.summitTickerResize = { origin: ourOrigin, measure: askForHeights };
  askForHeights();
  if (document.readyState !== "complete") {
    window.addEventListener("load", askForHeights);
  }
})();
