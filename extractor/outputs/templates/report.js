(function () {
  "use strict";
  var recs = JSON.parse(document.getElementById("report-data").textContent).records;
  var tip = document.getElementById("tip");
  var reduced = window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  function el(tag, text) {
    var node = document.createElement(tag);
    if (text !== undefined) node.textContent = String(text);
    return node;
  }

  function marksOf(i) {
    return document.querySelectorAll('mark[data-r~="' + Number(i) + '"]');
  }

  function showTab(id) {
    document.querySelectorAll("[role=tab]").forEach(function (tab) {
      var on = tab.getAttribute("aria-controls") === id;
      tab.setAttribute("aria-selected", on ? "true" : "false");
      document.getElementById(tab.getAttribute("aria-controls")).hidden = !on;
    });
  }

  function jump(i) {
    var marks = marksOf(i);
    if (!marks.length) return;
    showTab("doc-" + recs[i].d);
    document.querySelectorAll("tr[aria-current]").forEach(function (tr) { tr.removeAttribute("aria-current"); });
    var row = document.querySelector('tr[data-i="' + Number(i) + '"]');
    if (row) row.setAttribute("aria-current", "true");
    marks[0].scrollIntoView({ block: "center", behavior: reduced ? "auto" : "smooth" });
    marks.forEach(function (m) {
      m.classList.remove("flash");
      void m.offsetWidth;  // restart the animation
      m.classList.add("flash");
    });
    setTimeout(function () { marks.forEach(function (m) { m.classList.remove("flash"); }); }, 1600);
  }

  var tipMark = null;

  function showTip(mark) {
    tipMark = mark;
    tip.replaceChildren();
    mark.dataset.r.split(" ").forEach(function (i) {
      var r = recs[Number(i)];
      var box = el("div");
      box.className = "rec";
      var head = el("strong", r.kind + " · " + r.id);
      head.className = "kind-" + r.kind;
      var dl = el("dl");
      [["indicator", r.indicator], ["value", r.value], ["unit", r.unit], ["comparator", r.comparator],
       ["change", r.change || "— (a level)"], ["basis", r.basis || "—"],
       ["year", r.year === null ? "—" : r.year], ["rule", r.rule]].forEach(function (pair) {
        dl.append(el("dt", pair[0]), el("dd", pair[1]));
      });
      box.append(head, dl);
      tip.append(box);
    });
    tip.hidden = false;
    placeTip();
  }

  function placeTip() {
    var rect = tipMark.getBoundingClientRect();
    var left = Math.max(4, Math.min(rect.left, window.innerWidth - tip.offsetWidth - 8));
    var top = rect.bottom + 6;
    if (top + tip.offsetHeight > window.innerHeight) top = Math.max(4, rect.top - tip.offsetHeight - 6);
    tip.style.left = left + "px";
    tip.style.top = top + "px";
  }

  function hideTip() { tip.hidden = true; tipMark = null; }

  function yearKey(r) { return r.year === null ? "-" : String(r.year); }

  function applyFilters(panel) {
    var kind = panel.querySelector(".f-kind").value;
    var year = panel.querySelector(".f-year").value;
    var q = panel.querySelector(".f-q").value.trim().toLowerCase();
    var rows = panel.querySelectorAll("tbody tr[data-i]");
    var shown = 0;
    var hidden = {};
    rows.forEach(function (tr) {
      var r = recs[Number(tr.dataset.i)];
      var ok = (!kind || r.kind === kind) && (!year || yearKey(r) === year) &&
               (!q || r.indicator.toLowerCase().indexOf(q) >= 0);
      tr.hidden = !ok;
      if (ok) shown += 1; else hidden[tr.dataset.i] = true;
    });
    panel.querySelectorAll("mark[data-r]").forEach(function (m) {
      m.classList.toggle("dim", m.dataset.r.split(" ").every(function (i) { return hidden[i]; }));
    });
    panel.querySelector(".count").textContent = shown + " of " + rows.length + " records";
  }

  function cmp(x, y) { return x < y ? -1 : x > y ? 1 : 0; }

  function sortBy(th) {
    var table = th.closest("table");
    var col = th.cellIndex;
    var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
    table.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", dir > 0 ? "ascending" : "descending");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[col], y = b.cells[col], c;
      if (x.dataset.v !== undefined) {
        c = cmp(x.dataset.v === "" ? -Infinity : Number(x.dataset.v), y.dataset.v === "" ? -Infinity : Number(y.dataset.v));
      } else {
        c = x.textContent.localeCompare(y.textContent, "zh");
      }
      return dir * c || cmp(Number(a.dataset.i), Number(b.dataset.i));
    });
    rows.forEach(function (row) { body.append(row); });
  }

  document.addEventListener("click", function (ev) {
    var t = ev.target;
    var tab = t.closest("[role=tab]");
    if (tab) { showTab(tab.getAttribute("aria-controls")); return; }
    var sorter = t.closest("th button");
    if (sorter) { sortBy(sorter.closest("th")); return; }
    var link = t.closest("a[data-i]");
    if (link) { ev.preventDefault(); jump(Number(link.dataset.i)); return; }
    var row = t.closest("tr[data-i]");
    if (row) jump(Number(row.dataset.i));
  });

  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { hideTip(); return; }
    var row = ev.target.closest && ev.target.closest("tr[data-i]");
    if (row && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); jump(Number(row.dataset.i)); }
  });

  ["input", "change"].forEach(function (type) {
    document.addEventListener(type, function (ev) {
      if (ev.target.closest(".filters")) applyFilters(ev.target.closest(".panel"));
    });
  });

  ["mouseover", "focusin"].forEach(function (type) {
    document.addEventListener(type, function (ev) {
      var mark = ev.target.closest && ev.target.closest("mark[data-r]");
      if (mark) showTip(mark);
    });
  });
  ["mouseout", "focusout"].forEach(function (type) {
    document.addEventListener(type, function (ev) {
      if (ev.target.closest && ev.target.closest("mark[data-r]")) hideTip();
    });
  });
  document.addEventListener("scroll", function () { if (tipMark) placeTip(); }, true);  // follow the mark

  document.querySelectorAll(".panel.doc").forEach(applyFilters);
})();
