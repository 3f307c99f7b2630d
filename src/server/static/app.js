// Keyboard shortcuts for the review pages and auto-loading selects. Every action is also a
// plain form: without this file the pages work the same, only without the keys.
(function () {
  "use strict";
  var csrf = (document.querySelector('meta[name="csrf-token"]') || {}).content;

  document.querySelectorAll("select[data-autosubmit]").forEach(function (s) {
    s.addEventListener("change", function () { s.form.submit(); });
  });

  function typing(e) {
    var t = e.target;
    return t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
  }

  function act(id, action) {
    return fetch("/api/review/" + id + "/" + action, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf || "" },
      body: "{}",
      credentials: "same-origin"
    }).then(function (r) {
      if (r.ok) { return r.json(); }
      return r.json().then(function (b) { throw new Error(b.error ? b.error.message : r.statusText); });
    });
  }

  // the list: j/k move, o or Enter open, x select, a approve, r reject, e edit
  var rows = Array.prototype.slice.call(document.querySelectorAll("#queue tbody tr"));
  var at = -1;
  function focusRow(i) {
    if (!rows.length) { return; }
    at = Math.max(0, Math.min(rows.length - 1, i));
    rows.forEach(function (r) { r.classList.remove("current"); });
    rows[at].classList.add("current");
    rows[at].focus();
  }
  rows.forEach(function (r, i) {
    r.addEventListener("focus", function () { at = i; rows.forEach(function (x) { x.classList.toggle("current", x === r); }); });
    r.addEventListener("dblclick", function () { location.href = r.dataset.href; });
  });

  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e)) { return; }
    var k = e.key;
    if (rows.length) {
      var row = rows[at];
      if (k === "j") { focusRow(at + 1); e.preventDefault(); }
      else if (k === "k") { focusRow(at - 1); e.preventDefault(); }
      else if (row && (k === "o" || k === "Enter")) { location.href = row.dataset.href; }
      else if (row && k === "x") { var c = row.querySelector("input[type=checkbox]"); if (c && !c.disabled) { c.checked = !c.checked; } }
      else if (row && k === "e") { location.href = row.dataset.href + "?edit=1"; }
      else if (row && (k === "a" || k === "r")) {
        if (row.dataset.held) { alert(row.dataset.held); return; }
        act(row.dataset.id, k === "a" ? "approve" : "reject")
          .then(function (res) {
            row.querySelector(".badge").textContent = res.state;
            row.querySelector(".badge").className = "badge " + res.state;
            var c = row.querySelector("input[type=checkbox]"); if (c) { c.disabled = true; }
            focusRow(at + 1);
          })
          .catch(function (err) { alert(err.message); });
      }
      return;
    }
    // one item: a approve, r reject, e edit, j/k next/previous
    if (document.body.dataset.page !== "review") { return; }
    var fieldset = document.getElementById("decide");
    var blocked = fieldset && fieldset.disabled;
    if (k === "j" || k === "k") {
      var link = document.getElementById(k === "j" ? "next" : "prev");
      if (link) { location.href = link.href; }
    } else if (!blocked && k === "a" && document.getElementById("approve-form")) {
      document.getElementById("approve-form").requestSubmit();
    } else if (!blocked && k === "r" && document.getElementById("reject-form")) {
      document.getElementById("reject-form").requestSubmit();
    } else if (!blocked && k === "e" && document.getElementById("edit")) {
      document.getElementById("edit").open = true;
      document.getElementById("edit-text").focus();
      e.preventDefault();
    }
  });

  if (rows.length) { focusRow(0); }
})();
