"use strict";
(function () {
  var form = document.getElementById("filters");
  var verdict = document.getElementById("filter-verdict");
  var source = document.getElementById("filter-source");
  var count = document.getElementById("filter-count");
  var single = document.getElementById("single");
  var rows = document.querySelectorAll("[data-finding]");
  var marks = document.querySelectorAll(".mark");
  function keep(v, sources) {
    return (!verdict.value || v === verdict.value) &&
      (!source.value || sources.indexOf(source.value) >= 0);
  }
  function apply() {
    var shown = 0;
    rows.forEach(function (r) {
      var own = r.dataset.sources ? JSON.parse(r.dataset.sources)
        : [r.closest("[data-source]").dataset.source];
      var ok = keep(r.dataset.verdict, own);
      r.hidden = !ok;
      if (ok) { shown += 1; }
    });
    marks.forEach(function (m) {
      m.classList.toggle("dim", !keep(m.dataset.verdict, [m.dataset.source]));
    });
    if (single && verdict.value === "unverified") { single.open = true; }
    count.textContent = shown + " of " + rows.length + " findings shown";
  }
  form.hidden = false;
  verdict.addEventListener("change", apply);
  source.addEventListener("change", apply);
  apply();

  var tip = document.getElementById("tip");
  if (!tip) { return; }
  function show(e) {
    var m = e.target.closest && e.target.closest(".mark");
    if (!m) { return; }
    tip.textContent = m.querySelector("title").textContent;
    tip.hidden = false;
    var box = m.getBoundingClientRect();
    var room = document.documentElement.clientWidth - tip.offsetWidth - 4;
    tip.style.left = (window.scrollX + Math.max(4, Math.min(box.left - 40, room))) + "px";
    tip.style.top = (window.scrollY + box.bottom + 6) + "px";
  }
  function hide() { tip.hidden = true; }
  var chart = document.querySelector(".chart");
  chart.addEventListener("mouseover", show);
  chart.addEventListener("focusin", show);
  chart.addEventListener("mouseout", hide);
  chart.addEventListener("focusout", hide);
  chart.addEventListener("scroll", hide);
})();
