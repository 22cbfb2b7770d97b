// newsgraph article page: click (or Enter on) a highlighted quote or event to show its details.
// Reads only data- attributes and toggles server-rendered, already-escaped panels: no HTML is built here.
(function () {
  "use strict";
  var text = document.getElementById("article-text");
  var hint = document.getElementById("details-hint");
  if (!text) { return; }
  var current = null;

  function mark(attr, id, on) {
    var spans = text.querySelectorAll("span[" + attr + "]");
    for (var i = 0; i < spans.length; i++) {
      if (spans[i].getAttribute(attr) === id) { spans[i].classList.toggle(on, true); }
    }
  }
  function clear() {
    var lit = text.querySelectorAll(".active");
    for (var i = 0; i < lit.length; i++) { lit[i].classList.remove("active"); }
    if (current) { current.hidden = true; current = null; }
  }
  function show(panelId, attr, id) {
    var panel = document.getElementById(panelId);
    if (!panel) { return; }
    clear();
    panel.hidden = false;
    current = panel;
    if (hint) { hint.hidden = true; }
    mark(attr, id, "active");
    if (panel.getBoundingClientRect().top < 0 || panel.getBoundingClientRect().top > window.innerHeight) {
      panel.scrollIntoView({block: "nearest"});
    }
  }
  function pick(target) {
    var el = target.closest ? target.closest("span[data-q], span[data-ev]") : null;
    if (!el || !text.contains(el)) { return; }
    var q = el.getAttribute("data-q");
    if (q) { show("qd-" + q, "data-q", q); return; }
    var ev = el.getAttribute("data-ev");
    if (ev) { show("evd-" + ev, "data-ev", ev); }
  }
  text.addEventListener("click", function (e) { pick(e.target); });
  text.addEventListener("keydown", function (e) {
    if (e.key === "Enter" || e.key === " ") { e.preventDefault(); pick(e.target); }
  });
  function hover(e, on) {
    var el = e.target.closest ? e.target.closest("span[data-q]") : null;
    if (!el) { return; }
    var q = el.getAttribute("data-q");
    var spans = text.querySelectorAll("span[data-q]");
    for (var i = 0; i < spans.length; i++) {
      if (spans[i].getAttribute("data-q") === q) { spans[i].classList.toggle("hover", on); }
    }
  }
  text.addEventListener("mouseover", function (e) { hover(e, true); });
  text.addEventListener("mouseout", function (e) { hover(e, false); });
})();
