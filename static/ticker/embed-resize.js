/*
 * Summit Liveticker: the partner script. Include it once on a page that shows ticker
 * iframes; it sizes every one of them to its content, up to a maximum height (the iframe's
 * data-max-height in pixels, 1200 by default), beyond which the frame scrolls inside.
 *
 *   <script src="https://TICKER-ORIGIN/static/ticker/embed-resize.js" async></script>
 *
 * A frame that grows or shrinks while its top is above the top of the viewport would push
 * the partner's page under the reader's eyes: then this script scrolls the page by the
 * same amount, so that what the reader sees stays in place. Growth the frame reports as
 * "from below" (older entries the reader asked for) is left alone.
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

  function resize(frame, contentHeight, fromBelow) {
    var box = frame.getBoundingClientRect();
    var height = Math.min(Math.ceil(contentHeight), maxHeightOf(frame));
    var wasSized = frame.getAttribute("data-summit-sized") === "true";
    // The frame now grows with its content: no border gap, an inner scrollbar only past the cap.
    frame.style.height = height + "px";
    frame.style.border = "0";
    frame.setAttribute("data-summit-sized", "true");
    var grown = frame.getBoundingClientRect().height - box.height;
    if (wasSized && !fromBelow && box.top < 0 && grown !== 0) {
      window.scrollBy({ top: grown, behavior: "instant" });
    }
  }

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
    resize(frame, event.data.height, event.data.from === "below");
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
