/* The composer's formatting toolbar: bold, italic, link, list and quote write the typed
   markup the server already reads (summit.ticker.sanitize.typed_to_html): <strong>, <em> and
   <a href> inline, lines starting with "- " (list) or "> " (quote), a blank line between
   blocks. Pasted rich text becomes the same typed markup; the server's sanitiser cleans
   whatever arrives, so nothing here is a safety wall, only a convenience. */
(function () {
  "use strict";
  var TOOLBAR = ".composer-toolbar";
  var SAFE_LINK = /^(https?:\/\/\S|mailto:\S)/i;
  var LIST = { prefix: "- ", pattern: /^\s*[-*•]\s+/ };
  var QUOTE = { prefix: "> ", pattern: /^\s*>\s?/ };
  var SHORTCUTS = { b: "bold", i: "italic", k: "link" };
  var STYLE = "data-pasted-style";
  var ACTIVE_ATTRIBUTE = /(<[A-Za-z][^<>]*?\s)(on[a-z]+|style)(\s*=)/gi;

  function textArea(toolbar) { return document.getElementById(toolbar.getAttribute("aria-controls")); }
  function toolbarFor(area) { return document.querySelector(TOOLBAR + '[aria-controls="' + area.id + '"]'); }

  /* Replace [start, end) with text, through the editing command when the browser has it,
     so Ctrl+Z undoes the step and the input event saves the draft as typing does. */
  function replace(area, start, end, text) {
    area.focus();
    area.setSelectionRange(start, end);
    var done = false;
    try { done = document.execCommand("insertText", false, text); } catch (e) { done = false; }
    if (!done || area.value.slice(start, start + text.length) !== text) {
      area.setRangeText(text, start, end, "end");
      area.dispatchEvent(new Event("input", { bubbles: true }));
    }
  }

  function trimmedSelection(area) {
    var start = area.selectionStart, end = area.selectionEnd, value = area.value;
    while (start < end && /\s/.test(value[start])) { start += 1; }
    while (end > start && /\s/.test(value[end - 1])) { end -= 1; }
    return { start: start, end: end };
  }

  /* Wrap the selection in open/close, or take them away when it is wrapped already. */
  function wrap(area, open, close, fallback) {
    var sel = trimmedSelection(area), value = area.value;
    var inner = value.slice(sel.start, sel.end);
    var before = value.slice(sel.start - open.length, sel.start);
    var after = value.slice(sel.end, sel.end + close.length);
    if (before === open && after === close) {
      replace(area, sel.start - open.length, sel.end + close.length, inner);
      area.setSelectionRange(sel.start - open.length, sel.end - open.length);
      return;
    }
    if (inner.indexOf(open) === 0 && inner.slice(-close.length) === close && inner.length >= open.length + close.length) {
      var bare = inner.slice(open.length, inner.length - close.length);
      replace(area, sel.start, sel.end, bare);
      area.setSelectionRange(sel.start, sel.start + bare.length);
      return;
    }
    var text = inner || fallback || "";
    replace(area, sel.start, sel.end, open + text + close);
    area.setSelectionRange(sel.start + open.length, sel.start + open.length + text.length);
  }

  function safeLink(address) {
    address = (address || "").trim();
    return SAFE_LINK.test(address) ? address.replace(/"/g, "%22").replace(/</g, "%3C").replace(/>/g, "%3E") : "";
  }

  function link(area) {
    var toolbar = toolbarFor(area);
    var sel = trimmedSelection(area);
    var chosen = area.value.slice(sel.start, sel.end);
    var answer = window.prompt(toolbar.dataset.linkPrompt, safeLink(chosen) ? chosen : "https://");
    if (answer === null) { area.focus(); return; }
    var href = safeLink(answer);
    if (!href) {
      announce(toolbar.dataset.linkRefused);
      area.focus();
      return;
    }
    area.setSelectionRange(sel.start, sel.end);
    wrap(area, '<a href="' + href + '">', "</a>", chosen || href);
  }

  function announce(text) {
    var region = document.getElementById("composer-status");
    if (region) { region.textContent = text; }
  }

  /* Turn the selected lines into a list or a quote (or back). The lines become a block of
     their own: a blank line before and after, unless the neighbour is of the same kind. */
  function markLines(area, kind) {
    var value = area.value;
    var start = value.lastIndexOf("\n", area.selectionStart - 1) + 1;
    var last = area.selectionEnd > area.selectionStart && value[area.selectionEnd - 1] === "\n"
      ? area.selectionEnd - 1 : area.selectionEnd;
    var end = value.indexOf("\n", last);
    if (end < 0) { end = value.length; }
    var lines = value.slice(start, end).split("\n").filter(function (line) { return line.trim(); });
    var marked = lines.length > 0 && lines.every(function (line) { return kind.pattern.test(line); });
    var changed;
    if (marked) {
      changed = lines.map(function (line) { return line.replace(kind.pattern, ""); }).join("\n");
    } else {
      changed = (lines.length ? lines : [""]).map(function (line) {
        return kind.prefix + line.replace(LIST.pattern, "").replace(QUOTE.pattern, "").trim();
      }).join("\n");
      var previous = value.slice(0, Math.max(start - 1, 0)).split("\n").pop();
      var next = value.slice(end + 1).split("\n")[0];
      if (start > 0 && previous.trim() && !kind.pattern.test(previous)) { changed = "\n" + changed; }
      if (end < value.length && next.trim() && !kind.pattern.test(next)) { changed = changed + "\n"; }
    }
    replace(area, start, end, changed);
    var caret = start + changed.replace(/\n$/, "").length;
    area.setSelectionRange(caret, caret);
  }

  var ACTIONS = {
    bold: function (area) { wrap(area, "<strong>", "</strong>"); },
    italic: function (area) { wrap(area, "<em>", "</em>"); },
    link: link,
    list: function (area) { markLines(area, LIST); },
    quote: function (area) { markLines(area, QUOTE); }
  };

  /* Pasted HTML, read in an inert document (no script runs, no picture loads), as the typed
     markup: paragraphs, line breaks, lists, quotes, bold, italic and links; nothing else. */
  var SKIPPED = /^(script|style|template|noscript|iframe|object|embed|svg|math|head|title|meta|link|button|select|textarea|input|img|picture|video|audio|canvas)$/;
  var BLOCK = /^(p|div|h[1-6]|li|blockquote|ul|ol|dl|dt|dd|table|tr|section|article|header|footer|aside|figure|figcaption|pre|address|nav|main|hr)$/;

  function marksOf(element, marks) {
    var name = element.localName, style = element.getAttribute(STYLE) || "";
    var next = { bold: marks.bold, italic: marks.italic, href: marks.href };
    if (name === "strong" || name === "b" || /^h[1-6]$/.test(name)) { next.bold = true; }
    if (name === "em" || name === "i") { next.italic = true; }
    var weight = /font-weight\s*:\s*([\w-]+)/i.exec(style);  // word processors style spans
    if (weight) { next.bold = /^(bold|bolder|[6-9]00)$/i.test(weight[1]); }
    var slant = /font-style\s*:\s*([\w-]+)/i.exec(style);
    if (slant) { next.italic = /^(italic|oblique)$/i.test(slant[1]); }
    if (name === "a") { next.href = safeLink(element.getAttribute("href")); }
    return next;
  }

  function readBlocks(root) {
    var blocks = [], current = null;
    function block(kind) {
      if (!current) { current = { kind: kind, lines: [[]] }; blocks.push(current); }
      return current;
    }
    function walk(node, marks, kind) {
      if (node.nodeType === Node.TEXT_NODE) {
        var text = node.nodeValue.replace(/\s+/g, " ");
        if (text.trim() || current) { block(kind).lines.slice(-1)[0].push({ text: text, marks: marks }); }
        return;
      }
      if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
        Array.prototype.forEach.call(node.childNodes, function (child) { walk(child, marks, kind); });
        return;
      }
      if (node.nodeType !== Node.ELEMENT_NODE || SKIPPED.test(node.localName)) { return; }
      if (node.localName === "br") { block(kind).lines.push([]); return; }
      var inner = node.localName === "li" ? "list" : node.localName === "blockquote" ? "quote" : kind;
      var isBlock = BLOCK.test(node.localName);
      if (isBlock) { current = null; }
      var own = marksOf(node, marks);
      Array.prototype.forEach.call(node.childNodes, function (child) { walk(child, own, inner); });
      if (isBlock) { current = null; }
    }
    walk(root, { bold: false, italic: false, href: "" }, "paragraph");
    return blocks;
  }

  function escapeText(text) {
    // Only what the server would read as markup: a "<" opening a tag, an "&" naming a character.
    return text.replace(/&(?=#?\w+;)/g, "&amp;").replace(/<(?=[A-Za-z\/!?])/g, "&lt;");
  }

  function lineMarkup(runs) {
    var out = "", index = 0;
    while (index < runs.length) {
      var marks = runs[index].marks, text = "";
      while (index < runs.length && sameMarks(runs[index].marks, marks)) { text += runs[index].text; index += 1; }
      var lead = /^\s*/.exec(text)[0], tail = /\s*$/.exec(text)[0], core = escapeText(text.trim());
      if (core) {
        if (marks.italic) { core = "<em>" + core + "</em>"; }
        if (marks.bold) { core = "<strong>" + core + "</strong>"; }
        if (marks.href) { core = '<a href="' + marks.href + '">' + core + "</a>"; }
      }
      out += lead + core + tail;
    }
    return out.replace(/\s+/g, " ").trim();
  }

  function sameMarks(a, b) { return a.bold === b.bold && a.italic === b.italic && a.href === b.href; }

  /* Event handler and style attributes renamed before parsing: the inert copy would run
     neither, but the page's Content-Security-Policy reports each one it meets. marksOf
     reads the weight and slant from the renamed style. One tag per pass, so repeat. */
  function renamedAttributes(html) {
    for (var pass = 0; pass < 100 && ACTIVE_ATTRIBUTE.test(html); pass += 1) {
      ACTIVE_ATTRIBUTE.lastIndex = 0;
      html = html.replace(ACTIVE_ATTRIBUTE, "$1data-pasted-$2$3");
    }
    return html;
  }

  function typedFromHtml(html) {
    var holder = document.createElement("template");  // inert: nothing in it runs or loads
    holder.innerHTML = renamedAttributes(html);
    var groups = [], previous = null;
    readBlocks(holder.content).forEach(function (block) {
      var lines = block.lines.map(lineMarkup).filter(Boolean);
      if (!lines.length) { return; }
      if (block.kind === "list") { lines = ["- " + lines.join(" ")]; }
      if (block.kind === "quote") { lines = lines.map(function (line) { return "> " + line; }); }
      if (block.kind !== "paragraph" && previous && previous.kind === block.kind) {
        previous.lines = previous.lines.concat(lines);  // one list, one quote: no blank line
      } else {
        previous = { kind: block.kind, lines: lines };
        groups.push(previous);
      }
    });
    return groups.map(function (group) { return group.lines.join("\n"); }).join("\n\n");
  }

  function paste(event) {
    var area = event.target, data = event.clipboardData;
    if (!toolbarFor(area) || !data || data.types.indexOf("text/html") < 0) { return; }
    var typed = typedFromHtml(data.getData("text/html"));
    if (!typed) { return; }  // nothing readable: the browser pastes the plain text
    event.preventDefault();
    replace(area, area.selectionStart, area.selectionEnd, typed);
  }

  function show() {
    Array.prototype.forEach.call(document.querySelectorAll(TOOLBAR + "[hidden]"), function (toolbar) {
      toolbar.hidden = false;  // the buttons need this script: without it they stay away
    });
  }

  /* One tab stop for the whole toolbar; arrow keys, Home and End move between its buttons. */
  function roving(event) {
    var toolbar = event.target.closest(TOOLBAR);
    var buttons = Array.prototype.slice.call(toolbar.querySelectorAll("button"));
    var at = buttons.indexOf(event.target), to = null;
    if (event.key === "ArrowRight") { to = (at + 1) % buttons.length; }
    if (event.key === "ArrowLeft") { to = (at - 1 + buttons.length) % buttons.length; }
    if (event.key === "Home") { to = 0; }
    if (event.key === "End") { to = buttons.length - 1; }
    if (to === null) { return; }
    event.preventDefault();
    buttons.forEach(function (button, index) { button.tabIndex = index === to ? 0 : -1; });
    buttons[to].focus();
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest(TOOLBAR + " button[data-format]");
    if (!button) { return; }
    var area = textArea(button.closest(TOOLBAR));
    if (area) { ACTIONS[button.dataset.format](area); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.target.closest && event.target.closest(TOOLBAR)) { roving(event); return; }
    var key = (event.key || "").toLowerCase();
    var action = Object.prototype.hasOwnProperty.call(SHORTCUTS, key) ? SHORTCUTS[key] : null;
    if (!action || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) { return; }
    if (event.target.localName !== "textarea" || !toolbarFor(event.target)) { return; }
    event.preventDefault();
    ACTIONS[action](event.target);
  });
  document.addEventListener("paste", paste);
  document.addEventListener("DOMContentLoaded", show);
  document.addEventListener("htmx:load", show);
})();
