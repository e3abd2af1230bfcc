/*
 * Summit Liveticker, inside the embed frame: tell the parent page how tall the content is
 * (on load, after every htmx swap, on resize) so the partner script can size the iframe,
 * and open links outside the frame.
 *
 * Message: {type: "summit-ticker:height", slug: "<ticker slug>", height: <px>}, with
 * from: "below" while older entries the reader asked for are added at the end (the partner
 * script then leaves the page's scroll position alone).
 */
(function () {
  "use strict";

  var root = document.querySelector("[data-embed-root]");
  if (!root || window.parent === window) {
    return;
  }
  var slug = root.getAttribute("data-slug");
  var lastHeight = 0;
  var loadingMore = false; // "load more" in flight: growth at the end of the list

  function contentHeight() {
    // The root's own box, not the document's: the document is at least as tall as the
    // frame, so measuring it could never let the frame shrink.
    return Math.ceil(root.getBoundingClientRect().height);
  }

  function postHeight(force) {
    var height = contentHeight();
    if (height <= 0 || (height === lastHeight && !force)) {
      return;
    }
    lastHeight = height;
    var message = { type: "summit-ticker:height", slug: slug, height: height };
    if (loadingMore) {
      message.from = "below";
    }
    // The height is not a secret; the partner's origin is not known to us, hence "*".
    window.parent.postMessage(message, "*");
  }

  function isLoadMore(event) {
    var elt = event.detail && event.detail.elt;
    return !!(elt && elt.closest && elt.closest("#pager"));
  }

  window.addEventListener("load", function () { postHeight(true); });
  document.body.addEventListener("htmx:beforeRequest", function (event) {
    if (isLoadMore(event)) {
      loadingMore = true;
    }
  });
  document.body.addEventListener("htmx:afterSettle", function (event) {
    postHeight(false);
    if (event.detail.target && event.detail.target.id === "pager") {
      loadingMore = false;
    }
  });
  document.body.addEventListener("htmx:afterRequest", function (event) {
    if (isLoadMore(event) && !event.detail.successful) {
      loadingMore = false;
    }
  });
  if ("ResizeObserver" in window) {
    new ResizeObserver(function () { postHeight(false); }).observe(root);
  } else {
    window.addEventListener("resize", function () { postHeight(false); });
  }
  // The partner script asks again when it loads after us.
  window.addEventListener("message", function (event) {
    if (event.source === window.parent && event.data && event.data.type === "summit-ticker:measure") {
      postHeight(true);
    }
  });
  postHeight(true);

  // Links leave the frame: other sites in a new tab, our own pages in the whole window.
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[href]") : null;
    if (!link || link.hasAttribute("hx-get") || link.target === "_self") {
      return;
    }
    if (link.origin === window.location.origin) {
      if (!link.target) {
        link.target = "_top";
      }
    } else {
      link.target = "_blank";
      link.rel = "noopener";
    }
  });
})();
