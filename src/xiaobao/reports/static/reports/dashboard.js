/* Draws every dashboard chart from its json_script spec (no inline script: the page runs under a strict CSP).
   A click on a bar or point opens the list of the cases behind it. */
(function () {
  "use strict";
  function draw(el) {
    var specEl = document.getElementById(el.getAttribute("data-chart"));
    if (!specEl || !window.echarts) { return; }
    var spec = JSON.parse(specEl.textContent);
    var horizontal = spec.type === "hbar";
    var category = { type: "category", data: spec.categories, axisLabel: { interval: 0, fontSize: 11 } };
    var value = { type: "value", minInterval: 1 };
    var chart = window.echarts.init(el, null, { renderer: "canvas" });
    chart.setOption({
      animation: false,
      tooltip: { trigger: "axis" },
      legend: spec.series.length > 1 ? { top: 0 } : undefined,
      grid: { left: horizontal ? 110 : 40, right: 16, top: spec.series.length > 1 ? 28 : 12, bottom: 28 },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? Object.assign({}, category, { inverse: true }) : value,
      series: spec.series.map(function (s) {
        return { name: s.name, type: horizontal ? "bar" : spec.type, data: s.data, smooth: false };
      })
    });
    chart.on("click", function (params) {
      var link = spec.links && spec.links[params.dataIndex];
      if (link) { window.location.href = link; }
    });
    window.addEventListener("resize", function () { chart.resize(); });
  }
  function init() {
    document.querySelectorAll("[data-chart]").forEach(function (el) {
      if (!el.getAttribute("data-drawn")) { el.setAttribute("data-drawn", "1"); draw(el); }
    });
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); } else { init(); }
  document.addEventListener("htmx:afterSettle", init);
})();
