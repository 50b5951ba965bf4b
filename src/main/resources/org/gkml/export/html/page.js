// gkml publication page: offline search and filters. Without script every table stays visible.
(function () {
  "use strict";
  var form = document.getElementById("_filters");
  if (!form || !String.prototype.normalize) {
    return;
  }
  var query = document.getElementById("_f-text");
  var domain = document.getElementById("_f-domain");
  var mode = document.getElementById("_f-mode");
  var audience = document.getElementById("_f-audience");
  var custom = document.getElementById("_f-custom");
  var status = document.getElementById("_f-status");
  var none = document.getElementById("_f-none");
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.domain"));
  var total = 0;

  function norm(text) {
    return text.normalize("NFKC").toLowerCase();
  }

  sections.forEach(function (s) {
    s.gkRows = Array.prototype.slice.call(s.querySelectorAll("tbody tr[data-mode]"));
    s.gkRows.forEach(function (r) {
      r.gkText = norm(r.textContent);
    });
    s.gkShown = s.querySelector(".shown");
    s.gkNav = document.getElementById("_n" + s.id);
    total += s.gkRows.length;
  });

  function apply() {
    var terms = norm(query.value).split(/\s+/).filter(Boolean);
    var filtering =
      terms.length > 0 || domain.value || mode.value || audience.value || custom.checked;
    var shown = 0;
    sections.forEach(function (s) {
      var inDomain = !domain.value || s.getAttribute("data-domain") === domain.value;
      var n = 0;
      s.gkRows.forEach(function (r) {
        var ok =
          inDomain &&
          (!mode.value || r.getAttribute("data-mode") === mode.value) &&
          (!audience.value || r.getAttribute("data-audience") === audience.value) &&
          (!custom.checked || r.hasAttribute("data-custom")) &&
          terms.every(function (t) {
            return r.gkText.indexOf(t) >= 0;
          });
        r.hidden = !ok;
        if (ok) {
          n++;
        }
      });
      // unfiltered, every domain shows, even one without items at this tier
      s.hidden = filtering && n === 0;
      if (s.gkShown) {
        s.gkShown.textContent = String(n);
      }
      if (s.gkNav) {
        s.gkNav.textContent = String(n);
      }
      shown += n;
    });
    status.textContent = "显示 " + shown + " 项，共 " + total + " 项";
    none.hidden = !(filtering && shown === 0);
  }

  // an item link (#AQSC-001) must land on a visible row, whatever the filters say
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var row = id && document.getElementById(id);
    if (row && row.hidden) {
      form.reset();
      apply();
      row.scrollIntoView();
    }
  }

  form.hidden = false;
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("reset", function () {
    setTimeout(apply, 0);
  });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
  });
  window.addEventListener("hashchange", reveal);
  apply();
})();
