/*
 * Summit Liveticker, inside the embed frame: tell the parent page how tall the content is
 * (on load, after every htmx swap, on resize) so the partner script can size the iframe,
 * and open links outside the frame.
 *
 * Message: {type: "summit-ticker:height", slug: "<ticker slug>", height: <px>, above: <px>}.
 * `above` is how far the entry at the partner reader's eye line moved down inside the frame
 * since the last message (growth above it: a longer correction, a withdrawn entry); the
 * partner script scrolls its page by that much, so the reader's text stays in place.
 * Growth below the eye line ("load more") gives 0. The eye line is where the partner's
 * viewport begins, which the partner script tells us ({type: "summit-ticker:viewport",
 * top: <px of the frame above the partner's viewport>}).
 */
(function () {
  "use strict";

  var root = document.querySelector("[data-embed-root]");
  if (!root || window.parent === window) {
    return;
  }
  var slug = root.getAttribute("data-slug");
  var lastHeight = 0;
  var hiddenAbove = 0; // px of this frame above the partner's viewport (partner script)
  var eyeLine = null; // {id, top}: the entry at the reader's eye line, document coordinates

  /** The entry (or day heading) that the partner's viewport begins in, if any. */
  function entryAtEyeLine() {
    var list = document.getElementById("entry-list");
    if (!list || hiddenAbove <= 0 || window.scrollY >= 1) {
      return null; // frame top in view, or scrolled inside (live.js keeps that steady)
    }
    for (var node = list.firstElementChild; node; node = node.nextElementSibling) {
      if (node.id && node.getBoundingClientRect().bottom > hiddenAbove) {
        return node;
      }
    }
    return null;
  }

  function rememberEyeLine() {
    var node = entryAtEyeLine();
    eyeLine = node ? { id: node.id, top: node.getBoundingClientRect().top + window.scrollY } : null;
  }

  /** How far the remembered entry moved down since it was remembered. */
  function movedAbove() {
    var node = eyeLine && hiddenAbove > 0 && document.getElementById(eyeLine.id);
    return node ? node.getBoundingClientRect().top + window.scrollY - eyeLine.top : 0;
  }

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
    var above = Math.round(movedAbove());
    rememberEyeLine();
    // Neither is a secret; the partner's origin is not known to us, hence "*".
    window.parent.postMessage(
      { type: "summit-ticker:height", slug: slug, height: height, above: above },
      "*"
    );
  }

  window.addEventListener("load", function () { postHeight(true); });
  document.body.addEventListener("htmx:afterSettle", function () { postHeight(false); });
  if ("ResizeObserver" in window) {
    new ResizeObserver(function () { postHeight(false); }).observe(root);
  } else {
    window.addEventListener("resize", function () { postHeight(false); });
  }
  window.addEventListener("message", function (event) {
    if (event.source !== window.parent || !event.data) {
      return;
    }
    if (event.data.type === "summit-ticker:measure") {
      postHeight(true); // the partner script loaded after us
    } else if (event.data.type === "summit-ticker:viewport" && typeof event.data.top === "number") {
      hiddenAbove = event.data.top;
      rememberEyeLine();
      // The "N neue Einträge" button shows where the partner's reader is (embed.css).
      document.documentElement.style.setProperty("--hidden-above", Math.max(0, hiddenAbove) + "px");
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
