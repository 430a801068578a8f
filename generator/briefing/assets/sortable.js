// Sortable tables: a click on a column header sorts by it (tablesort, vendored in assets/vendor).
// Numbers are read as the page's language writes them: "1.234" is 1234 in German, "36,4" is 36.4.
(function () {
  "use strict";
  if (typeof Tablesort === "undefined") return;

  function toNumber(text, german) {
    var t = text.replace(/[\s\u00a0%×]/g, "");
    t = german ? t.replace(/\./g, "").replace(",", ".") : t.replace(/,/g, "");
    var value = parseFloat(t);
    return isNaN(value) ? 0 : value;
  }

  Tablesort.extend("briefing-number", function (item) {
    return /^[-+]?\d[\d.,\s\u00a0]*[%×]?$/.test(item.trim());
  }, function (a, b) {
    var german = (document.documentElement.lang || "de").indexOf("de") === 0;
    return toNumber(b, german) - toNumber(a, german);  // tablesort's convention: descending compare
  });

  function sortable(table) {
    // Only real tables: a header row with text and a few rows (not the key-value metadata block).
    var head = table.querySelector("thead");
    return head && head.textContent.trim() && table.querySelectorAll("tbody tr").length > 2;
  }

  function init() {
    document.querySelectorAll("article table").forEach(function (table) {
      if (table.dataset.briefingSortable || !sortable(table)) return;
      table.dataset.briefingSortable = "1";
      new Tablesort(table);
    });
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);  // Material's instant loading re-renders pages
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
