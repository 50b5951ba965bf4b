// gkml index page: find a region by name or code. Without script the whole list stays visible.
(function () {
  "use strict";
  var form = document.getElementById("_filters");
  if (!form || !String.prototype.normalize) {
    return;
  }
  var query = document.getElementById("_f-region");
  var status = document.getElementById("_f-status");
  var none = document.getElementById("_f-none");
  var items = Array.prototype.slice.call(document.querySelectorAll("li[data-find]"));

  function norm(text) {
    return text.normalize("NFKC").toLowerCase();
  }

  items.forEach(function (li) {
    li.gkText = norm(li.getAttribute("data-find"));
  });

  function apply() {
    var q = norm(query.value.trim());
    var shown = 0;
    // a region stays visible when it or anything below it matches
    for (var i = items.length - 1; i >= 0; i--) {
      var li = items[i];
      var below = li.querySelector("li[data-find]:not([hidden])") !== null;
      var ok = !q || li.gkText.indexOf(q) >= 0 || below;
      li.hidden = !ok;
      var details = li.querySelector("details");
      if (details && q && ok) {
        details.open = true;
      }
      if (ok && li.gkText.indexOf(q) >= 0) {
        shown++;
      }
    }
    status.textContent = q ? "找到 " + shown + " 个区域" : "共 " + items.length + " 个区域";
    none.hidden = !q || shown > 0;
  }

  form.hidden = false;
  form.addEventListener("input", apply);
  form.addEventListener("submit", function (e) {
    e.preventDefault();
  });
  apply();
})();
