// Post cards: nothing from a provider loads until the reader asks for it. A click opens our
// own frame (same origin, sandboxed, with a CSP allowing exactly that provider); "immer laden"
// remembers the provider in this browser until the reader withdraws it.
(function () {
  "use strict";
  if (window.summitPostConsent) return; // one copy per page, however many cards include it
  window.summitPostConsent = true;

  var KEY = "summit.posts.always";

  function remembered() {
    try {
      return JSON.parse(window.localStorage.getItem(KEY) || "[]");
    } catch (error) {
      return [];
    }
  }

  function remember(provider, on) {
    var list = remembered().filter(function (item) { return item !== provider; });
    if (on) list.push(provider);
    try {
      window.localStorage.setItem(KEY, JSON.stringify(list));
    } catch (error) {
      // Storage refused (private mode): the choice lasts for this click only.
    }
  }

  function openFrame(card) {
    if (card.querySelector("iframe")) return;
    var frame = document.createElement("iframe");
    frame.src = card.getAttribute("data-post-frame");
    frame.title = card.querySelector(".post-consent-load").textContent.trim();
    frame.className = "post-card-frame";
    frame.setAttribute("sandbox", "allow-scripts allow-same-origin allow-popups " +
      "allow-popups-to-escape-sandbox allow-presentation");
    frame.setAttribute("allow", "encrypted-media; fullscreen; picture-in-picture");
    frame.setAttribute("allowfullscreen", "");
    frame.setAttribute("loading", "lazy");
    card.querySelector(".post-consent-load").hidden = true;
    card.querySelector(".post-consent-note").hidden = true;
    card.querySelector(".post-consent").before(frame);
  }

  function showState(card) {
    var always = remembered().indexOf(card.getAttribute("data-post-provider")) !== -1;
    card.querySelector(".post-consent-always").hidden = always;
    card.querySelector(".post-consent-withdraw").hidden = !always;
  }

  function prepare(card) {
    if (card.hasAttribute("data-post-ready")) return;
    card.setAttribute("data-post-ready", "");
    card.querySelector(".post-consent").hidden = false;
    showState(card);
    if (remembered().indexOf(card.getAttribute("data-post-provider")) !== -1) openFrame(card);
  }

  function prepareAll(root) {
    root.querySelectorAll("[data-post-frame]").forEach(prepare);
  }

  function cardsOf(provider) {
    return document.querySelectorAll('[data-post-provider="' + provider + '"]');
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest(".post-consent button");
    if (!button) return;
    var card = button.closest("[data-post-frame]");
    var provider = card.getAttribute("data-post-provider");
    if (button.classList.contains("post-consent-load")) {
      openFrame(card);
    } else if (button.classList.contains("post-consent-always")) {
      remember(provider, true);
      cardsOf(provider).forEach(function (item) { showState(item); openFrame(item); });
    } else if (button.classList.contains("post-consent-withdraw")) {
      remember(provider, false);
      cardsOf(provider).forEach(showState);
    }
  });

  // Entries arriving through the live poll bring their cards along.
  new MutationObserver(function () { prepareAll(document); })
    .observe(document.documentElement, { childList: true, subtree: true });
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { prepareAll(document); });
  } else {
    prepareAll(document);
  }
})();
