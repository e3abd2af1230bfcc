/* The admin's embed-code generator: regenerate on every change (live preview), copy button. */
(function () {
  "use strict";

  var form = document.querySelector("[data-embed-code-form]");
  if (form) {
    form.addEventListener("change", function () {
      form.requestSubmit();
    });
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy-target]");
    if (!button) {
      return;
    }
    var field = document.getElementById(button.getAttribute("data-copy-target"));
    var status = button.parentNode.querySelector(".embed-copy-status");
    function done() {
      if (status) {
        status.textContent = button.getAttribute("data-copied-label");
      }
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(done);
    } else {
      field.select();
      document.execCommand("copy");
      done();
    }
  });
})();
