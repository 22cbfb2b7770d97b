// newsgraph actor network: a small force-directed layout drawn on <svg>, written for newsgraph.
// Data comes from network.json (same origin); labels are set with textContent, never as HTML.
(function () {
  "use strict";
  var svg = document.getElementById("network");
  if (!svg) { return; }
  var NS = "http://www.w3.org/2000/svg";
  var status = document.getElementById("net-status");
  var info = document.getElementById("net-info");
  var W = Math.max(svg.clientWidth || 1000, 400), H = Math.max(svg.clientHeight || 640, 300);
  var view = {x: 0, y: 0, w: W, h: H};
  svg.setAttribute("viewBox", "0 0 " + W + " " + H);

  function el(name, attrs, parent) {
    var e = document.createElementNS(NS, name);
    for (var k in attrs) { if (Object.prototype.hasOwnProperty.call(attrs, k)) { e.setAttribute(k, attrs[k]); } }
    if (parent) { parent.appendChild(e); }
    return e;
  }
  function edgeClass(e) {
    if (e.events > 0 && e.goldstein !== null) { return e.goldstein < 0 ? "edge conflict" : "edge coop"; }
    return e.events > 0 ? "edge event" : "edge statement";
  }

  function draw(data) {
    var nodes = data.nodes, edges = [];
    var byId = {};
    nodes.slice().sort(function (x, y) { return (y.degree || 0) - (x.degree || 0); })
      .forEach(function (n, i) { n.rank = i; });
    nodes.forEach(function (n, i) {
      var a = 2 * Math.PI * i / Math.max(nodes.length, 1);
      n.x = W / 2 + 220 * Math.cos(a) + (i % 7) * 3; n.y = H / 2 + 220 * Math.sin(a) + (i % 5) * 3;
      n.vx = 0; n.vy = 0; n.r = 5 + Math.min(14, Math.sqrt(n.degree || 1) * 2.2);
      byId[String(n.id)] = n;
    });
    data.edges.forEach(function (e) {
      var s = byId[String(e.source)], t = byId[String(e.target)];
      if (s && t) { edges.push({s: s, t: t, d: e}); }
    });
    status.textContent = nodes.length + " actors, " + edges.length + " links";
    if (!nodes.length) { status.textContent = "No linked actors yet."; svg.setAttribute("data-settled", "1"); return; }

    var defs = el("defs", {}, svg);
    ["statement", "event", "conflict", "coop"].forEach(function (k) {
      var m = el("marker", {id: "arrow-" + k, viewBox: "0 0 10 10", refX: "10", refY: "5",
        markerWidth: "6", markerHeight: "6", orient: "auto-start-reverse"}, defs);
      el("path", {d: "M0,0 L10,5 L0,10 z", "class": "arrow " + k}, m);
    });
    var gEdges = el("g", {"class": "edges"}, svg), gNodes = el("g", {"class": "nodes"}, svg);
    edges.forEach(function (e) {
      var cls = edgeClass(e.d);
      e.line = el("line", {"class": cls, "stroke-width": Math.min(6, 1 + Math.log(1 + e.d.statements + e.d.events)),
        "marker-end": "url(#arrow-" + cls.split(" ")[1] + ")"}, gEdges);
      e.kind = e.d.events > 0 ? "events" : "statements";
      var t = el("title", {}, e.line);
      t.textContent = e.s.name + " → " + e.t.name + ": " + e.d.statements + " statements, " + e.d.events +
        " events" + (e.d.goldstein !== null ? ", mean Goldstein " + e.d.goldstein : "");
    });
    nodes.forEach(function (n) {
      n.g = el("g", {"class": "node t-" + String(n.type || "x").toLowerCase(), tabindex: "0"}, gNodes);
      n.c = el("circle", {r: n.r}, n.g);
      n.label = el("text", {dx: n.r + 3, dy: 4}, n.g);
      n.label.textContent = n.name;
      if (nodes.length > 30 && n.rank >= 30) { n.g.classList.add("minor"); }
      n.g.addEventListener("mouseenter", function () { focus(n, true); });
      n.g.addEventListener("mouseleave", function () { focus(n, false); });
      n.g.addEventListener("click", function () {
        if (!n.dragged) { window.location.href = svg.getAttribute("data-actor") + encodeURIComponent(n.id); }
      });
      n.g.addEventListener("keydown", function (ev) {
        if (ev.key === "Enter") { window.location.href = svg.getAttribute("data-actor") + encodeURIComponent(n.id); }
      });
      n.g.addEventListener("pointerdown", function (ev) { startDrag(ev, n); });
    });

    function focus(n, on) {
      edges.forEach(function (e) {
        if (e.s === n || e.t === n) { e.line.classList.toggle("lit", on); }
      });
      info.hidden = !on;
      if (on) {
        info.textContent = n.name + (n.code ? " · " + n.code : "") + " · " + (n.n_quotes || 0) + " quotes, " +
          (n.n_events || 0) + " events";
      }
    }

    // Fruchterman-Reingold: repulsion k^2/d between all pairs, attraction d^2/k along edges,
    // a weak pull to the centre; moves are capped by a temperature that cools to zero
    var k = 0.75 * Math.sqrt(W * H / Math.max(nodes.length, 1)), temp = W / 8, steps = 0, STEPS = 260;
    function tick() {
      var i, j, a, b, dx, dy, d, f;
      nodes.forEach(function (n) { n.vx = 0; n.vy = 0; });
      for (i = 0; i < nodes.length; i++) {
        a = nodes[i];
        for (j = i + 1; j < nodes.length; j++) {
          b = nodes[j]; dx = a.x - b.x; dy = a.y - b.y; d = Math.sqrt(dx * dx + dy * dy) + 0.01;
          f = k * k / d;
          a.vx += f * dx / d; a.vy += f * dy / d; b.vx -= f * dx / d; b.vy -= f * dy / d;
        }
      }
      edges.forEach(function (e) {
        dx = e.t.x - e.s.x; dy = e.t.y - e.s.y; d = Math.sqrt(dx * dx + dy * dy) + 0.01;
        f = d * d / k;
        e.s.vx += f * dx / d; e.s.vy += f * dy / d; e.t.vx -= f * dx / d; e.t.vy -= f * dy / d;
      });
      nodes.forEach(function (n) {
        n.vx += (W / 2 - n.x) * 0.03 * k / 50; n.vy += (H / 2 - n.y) * 0.03 * k / 50;
        var len = Math.sqrt(n.vx * n.vx + n.vy * n.vy) + 0.01, step = Math.min(len, temp);
        if (!n.fixed) {  // stay inside the frame (room for a label on the right)
          n.x = Math.max(20, Math.min(W - 120, n.x + n.vx / len * step));
          n.y = Math.max(20, Math.min(H - 20, n.y + n.vy / len * step));
        }
      });
      render();
      steps += 1;
      temp = Math.max(0, (W / 8) * (1 - steps / STEPS));
      if (steps < STEPS) { window.requestAnimationFrame(tick); } else { fit(); svg.setAttribute("data-settled", "1"); }
    }
    function fit() {  // frame the settled graph (labels need room on the right)
      var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      nodes.forEach(function (n) {
        x0 = Math.min(x0, n.x - n.r); y0 = Math.min(y0, n.y - n.r);
        x1 = Math.max(x1, n.x + n.r + 8 * String(n.name || "").length * 0.8); y1 = Math.max(y1, n.y + n.r);
      });
      var w = Math.max(x1 - x0 + 80, 480), h = Math.max(y1 - y0 + 80, 300), k = Math.max(w / W, h / H);
      w = W * k; h = H * k;
      view = {x: (x0 + x1) / 2 - w / 2, y: (y0 + y1) / 2 - h / 2, w: w, h: h};
      setView();
    }
    function setView() {  // labels and strokes keep their on-screen size at any zoom
      svg.setAttribute("viewBox", [view.x, view.y, view.w, view.h].join(" "));
      var px = view.w / (svg.clientWidth || W);
      gNodes.setAttribute("font-size", (12 * px).toFixed(2));
      gNodes.setAttribute("stroke-width", (1.5 * px).toFixed(2));
    }
    function render() {
      edges.forEach(function (e) {
        var dx = e.t.x - e.s.x, dy = e.t.y - e.s.y, d = Math.sqrt(dx * dx + dy * dy) + 0.01;
        e.line.setAttribute("x1", e.s.x); e.line.setAttribute("y1", e.s.y);
        e.line.setAttribute("x2", e.t.x - dx / d * (e.t.r + 2)); e.line.setAttribute("y2", e.t.y - dy / d * (e.t.r + 2));
      });
      nodes.forEach(function (n) { n.g.setAttribute("transform", "translate(" + n.x + "," + n.y + ")"); });
    }
    function toSvg(ev) {
      var r = svg.getBoundingClientRect();
      return {x: view.x + (ev.clientX - r.left) / r.width * view.w, y: view.y + (ev.clientY - r.top) / r.height * view.h};
    }
    function startDrag(ev, n) {
      ev.preventDefault(); ev.stopPropagation();
      n.fixed = true; n.dragged = false;
      function move(e2) { var p = toSvg(e2); n.x = p.x; n.y = p.y; n.dragged = true; render(); }
      function up() {
        window.removeEventListener("pointermove", move); window.removeEventListener("pointerup", up);
        n.fixed = false; window.setTimeout(function () { n.dragged = false; }, 0);
      }
      window.addEventListener("pointermove", move); window.addEventListener("pointerup", up);
    }
    svg.addEventListener("wheel", function (ev) {
      ev.preventDefault();
      var p = toSvg(ev), z = ev.deltaY > 0 ? 1.15 : 1 / 1.15;
      view = {x: p.x - (p.x - view.x) * z, y: p.y - (p.y - view.y) * z, w: view.w * z, h: view.h * z};
      setView();
    }, {passive: false});
    function filter() {
      var st = document.getElementById("show-statements").checked, evs = document.getElementById("show-events").checked;
      edges.forEach(function (e) { e.line.style.display = (e.kind === "events" ? evs : st) ? "" : "none"; });
    }
    document.getElementById("show-statements").addEventListener("change", filter);
    document.getElementById("show-events").addEventListener("change", filter);
    tick();
  }

  fetch(svg.getAttribute("data-src"), {credentials: "same-origin"})
    .then(function (r) { return r.json(); })
    .then(draw)
    .catch(function (err) { status.textContent = "Could not load the network: " + err; });
})();
