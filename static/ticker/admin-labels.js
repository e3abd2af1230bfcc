"use strict";
// select2 builds its text and search inputs in the browser, without names: each gets the
// label of the select it stands for, whenever select2 adds or rebuilds them (its set-up
// runs on the admin's jQuery ready, at a moment this script cannot rely on).
function nameAutocompleteInputs() {
  for (const select of document.querySelectorAll("select.admin-autocomplete")) {
    const label = select.id && document.querySelector(`label[for="${select.id}"]`);
    const container = select.nextElementSibling;
    if (!label || !container) continue;
    const name = label.textContent.replace(/:\s*$/, "").trim();
    const inputs = container.querySelectorAll(
      ".select2-selection__rendered[role=textbox]:not([aria-label]), " +
        ".select2-search__field:not([aria-label])",
    );
    for (const input of inputs) input.setAttribute("aria-label", name);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  nameAutocompleteInputs();
  new MutationObserver(nameAutocompleteInputs).observe(document.body, {
    childList: true,
    subtree: true,
  });
});
