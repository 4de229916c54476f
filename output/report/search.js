// vncite: the search box of the report, offline. VNCITE_SEARCH comes from search-index.js:
// [key, kind, title, address, folded text] per document, most cited first.
(function () {
  "use strict";
  var input = document.getElementById("q");
  var list = document.getElementById("results");
  if (!input || !list || typeof VNCITE_SEARCH === "undefined") return;
  // As the report folds: no diacritics, "đ" as "d", lower case ("Chỉ thị" -> "chi thi").
  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[\u0110\u0111\u00d0]/g, "d")
      .toLowerCase().replace(/\s+/g, " ").trim();
  }
  function show() {
    var words = fold(input.value).split(" ").filter(Boolean);
    list.textContent = "";
    if (!words.length) return;
    var shown = 0;
    for (var i = 0; i < VNCITE_SEARCH.length && shown < 20; i++) {
      var e = VNCITE_SEARCH[i];
      if (!words.every(function (w) { return e[4].indexOf(w) >= 0; })) continue;
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = e[3];
      link.textContent = e[0];
      item.appendChild(link);
      item.appendChild(document.createTextNode(" " + e[1] + (e[2] ? " — " + e[2] : "")));
      list.appendChild(item);
      shown++;
    }
    if (!shown) {
      var none = document.createElement("li");
      none.textContent = "Không tìm thấy văn bản nào.";
      list.appendChild(none);
    }
  }
  input.addEventListener("input", show);
  show();
})();
