/* The composer: Ctrl/Cmd+Enter sends, the text is kept in this browser until it is sent,
   a send that fails for the network is retried, and focus returns to the title. */
(function () {
  "use strict";
  var RETRY_MS = [2000, 4000, 8000, 15000, 30000];
  var retries = 0;

  function form() { return document.getElementById("composer"); }
  function status(text) {
    var region = document.getElementById("composer-status");
    if (region) { region.textContent = text; }
  }
  function fields(f) {
    return Array.prototype.filter.call(f.elements, function (el) {
      // A chosen file cannot be kept or set back by a script; the browser keeps it on screen.
      return el.name && el.name !== "csrfmiddlewaretoken" && el.type !== "submit" && el.type !== "file";
    });
  }
  function save(f) {
    var data = {};
    fields(f).forEach(function (el) { data[el.name] = el.type === "checkbox" ? el.checked : el.value; });
    try { localStorage.setItem(f.dataset.draftKey, JSON.stringify(data)); } catch (e) { /* full or off */ }
  }
  function restore(f) {
    var stored = null;
    try { stored = JSON.parse(localStorage.getItem(f.dataset.draftKey) || "null"); } catch (e) { stored = null; }
    if (!stored) { return; }
    fields(f).forEach(function (el) {
      if (!(el.name in stored)) { return; }
      if (el.type === "checkbox") { el.checked = !!stored[el.name]; } else if (!el.value) { el.value = stored[el.name]; }
    });
  }
  function forget(f) {
    try { localStorage.removeItem(f.dataset.draftKey); } catch (e) { /* off */ }
  }

  document.addEventListener("keydown", function (event) {
    var f = form();
    if (!f || event.key !== "Enter" || !(event.ctrlKey || event.metaKey) || !f.contains(event.target)) { return; }
    event.preventDefault();
    f.requestSubmit();
  });
  document.addEventListener("input", function (event) {
    var f = form();
    if (f && f.contains(event.target)) { save(f); }
  });
  document.addEventListener("htmx:afterSwap", function (event) {
    var f = form();
    if (!f || event.detail.target.id !== "composer") { return; }  // the old form, swapped out
    retries = 0;
    if (f.querySelector(".has-error, .composer-errors")) {
      var wrong = f.querySelector(".has-error input, .has-error textarea");
      if (wrong) { wrong.focus(); }
      return;
    }
    forget(f);
    var title = f.querySelector("#id_title");
    if (title) { title.focus(); }
  });
  document.addEventListener("htmx:sendError", function (event) {
    var f = form();
    if (!f || event.detail.elt !== f) { return; }
    save(f);
    var wait = RETRY_MS[Math.min(retries, RETRY_MS.length - 1)];
    retries += 1;
    status(f.dataset.offline);
    window.setTimeout(function () { f.requestSubmit(); }, wait);
  });
  document.addEventListener("DOMContentLoaded", function () {
    var f = form();
    if (f) { restore(f); }
  });
})();
