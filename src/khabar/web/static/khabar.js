/* khabar web UI: click (or Enter on) a highlight to see its normalised values.
   Values are inserted with textContent only: nothing from the article becomes markup. */
(function () {
  "use strict";
  var KIND = { ent: "كيان", time: "زمن", qty: "كمية", ev: "حدث", quote: "اقتباس",
               qsrc: "قائل", qcue: "فعل القول" };
  var pop = null;

  function close() { if (pop) { pop.remove(); pop = null; } }

  function show(el) {
    close();
    var info = {};
    try { info = JSON.parse(el.getAttribute("data-info") || "{}"); } catch (e) { info = {}; }
    pop = document.createElement("div");
    pop.className = "popover";
    pop.setAttribute("role", "dialog");
    var h = document.createElement("h3");
    h.textContent = (KIND[el.getAttribute("data-kind")] || "") + ": «" + el.textContent + "»";
    pop.appendChild(h);
    var dl = document.createElement("dl");
    Object.keys(info).forEach(function (k) {
      var dt = document.createElement("dt"); dt.textContent = k;
      var dd = document.createElement("dd"); dd.textContent = info[k];
      dl.appendChild(dt); dl.appendChild(dd);
    });
    pop.appendChild(dl);
    document.body.appendChild(pop);
    var r = el.getBoundingClientRect();
    var left = Math.min(Math.max(8, r.right - pop.offsetWidth + window.scrollX),
                        window.scrollX + document.documentElement.clientWidth - pop.offsetWidth - 8);
    pop.style.top = (r.bottom + window.scrollY + 6) + "px";
    pop.style.left = left + "px";
  }

  document.addEventListener("click", function (ev) {
    var el = ev.target.closest ? ev.target.closest(".text .hl") : null;
    if (el) {
      // innermost highlight wins: the closest() match is the innermost ancestor
      ev.preventDefault();
      show(el);
    } else if (!pop || !pop.contains(ev.target)) {
      close();
    }
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { close(); return; }
    if (ev.key === "Enter" && ev.target.classList && ev.target.classList.contains("hl")) {
      show(ev.target);
    }
  });
})();
