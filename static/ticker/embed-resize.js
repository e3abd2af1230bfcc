/*
 * Summit Liveticker: the partner script. Include it once on a page that shows ticker
 * iframes; it sizes every one of them to its content.
 *
 *   <script src="https://TICKER-ORIGIN/static/ticker/embed-resize.js" async></script>
 *
 * A ticker frame posts {type: "summit-ticker:height", slug: "<ticker slug>", height: <px>}
 * to its parent on load, on every update and on resize. This script accepts such a
 * message only when it comes from the ticker's origin (the origin this script was
 * loaded from) and from one of the ticker iframes on this page; anything else is ignored.
 */
(function () {
  "use strict";

  var HEIGHT = "summit-ticker:height";
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
    // The frame now grows with its content: no inner scrollbar, no border gap.
    frame.style.height = Math.ceil(event.data.height) + "px";
    frame.style.border = "0";
    frame.setAttribute("data-summit-sized", "true");
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
