/* A photo from the phone's camera or library is shrunk here before it is sent: at most
   data-max-side pixels on its long side, as a JPEG, so a 12-megapixel picture does not
   cross a weak mobile connection at full size. The server checks and re-encodes it anyway. */
(function () {
  "use strict";
  var QUALITY = 0.88;

  function shrink(file, maxSide) {
    return createImageBitmap(file, { imageOrientation: "from-image" }).then(function (bitmap) {
      var scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
      if (scale === 1) { bitmap.close(); return file; }
      var canvas = document.createElement("canvas");
      canvas.width = Math.round(bitmap.width * scale);
      canvas.height = Math.round(bitmap.height * scale);
      canvas.getContext("2d").drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      bitmap.close();
      return new Promise(function (resolve) {
        canvas.toBlob(function (blob) {
          var name = file.name.replace(/\.[^.]*$/, "") + ".jpg";
          resolve(blob ? new File([blob], name, { type: "image/jpeg" }) : file);
        }, "image/jpeg", QUALITY);
      });
    });
  }

  function replaceFile(input, file) {
    var transfer = new DataTransfer();
    transfer.items.add(file);
    input.files = transfer.files;
  }

  document.addEventListener("change", function (event) {
    var input = event.target;
    if (!input.matches || !input.matches("input[type=file][data-max-side]") || !input.files.length) { return; }
    var form = input.form;
    var send = form && form.querySelector("button[type=submit]");
    if (send) { send.disabled = true; }
    input.dataset.state = "shrinking";
    shrink(input.files[0], Number(input.dataset.maxSide))
      .then(function (file) { replaceFile(input, file); })
      .catch(function () { /* not decodable here: the server gives the reason */ })
      .then(function () {
        input.dataset.state = "ready";
        if (send) { send.disabled = false; }
      });
  });
})();
