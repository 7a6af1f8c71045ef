/* prosecutor-kg static site: search in the browser over the index written by `kg site`.
   The index holds keys folded by the project's rule (kg.base.folding); fold() below applies the
   same steps to the typed text. Ranks as kg.views.pages.search: 1 exact name, 2 exact alias,
   3 name contains, 4 alias contains, 5 quote, 6 text. Results are built with textContent only. */
(function () {
  "use strict";
  var MAX = 100;
  var index = JSON.parse(document.getElementById("search-index").textContent);

  function fold(s) {
    s = s.normalize("NFKD").replace(/\p{M}/gu, "");
    s = s.replace(/[\u2019\u2018]/g, "'").replace(/[\u201C\u201D]/g, '"');
    s = s.toLowerCase();  // casefold for the scripts in this corpus
    s = s.replace(/[^\p{L}\p{N}_']+/gu, " ");
    return s.trim().split(/\s+/).filter(Boolean).join(" ");
  }
  window.kgFold = fold;

  function link(href, text) {
    var a = document.createElement("a");
    a.href = href;
    a.textContent = text;
    return a;
  }
  function actorHref(id, anchor) {
    return "actor/" + encodeURIComponent(id) + ".html" + (anchor ? "#" + anchor : "");
  }
  function docHref(stem, anchor) {
    return "document/" + encodeURIComponent(stem) + ".html" + (anchor ? "#" + anchor : "");
  }
  function snippet(text, folded, key) {
    var n = 240;
    if (text.length <= n) return text;
    var at = Math.floor(folded.indexOf(key) * text.length / Math.max(1, folded.length));
    var lo = Math.max(0, Math.min(at - Math.floor(n / 3), text.length - n));
    return (lo ? "… " : "") + text.slice(lo, lo + n) + (lo + n < text.length ? " …" : "");
  }

  function search(q) {
    var key = fold(q);
    var hits = [], counts = { actor: 0, quote: 0, text: 0 };
    if (!key) return { hits: hits, counts: counts };
    index.actors.forEach(function (a) {  // [id, label, labelKey, aliasKeys]
      var r = a[2] === key ? 1 : a[3].indexOf(key) >= 0 ? 2 : a[2].indexOf(key) >= 0 ? 3
        : a[3].some(function (k) { return k.indexOf(key) >= 0; }) ? 4 : 0;
      if (r) { counts.actor++; hits.push({ rank: r, kind: "actor", a: a }); }
    });
    index.quotes.forEach(function (qk) {  // [key, text, label, actorId, anchor, stem, file, start, end]
      if (qk[0].indexOf(key) >= 0) { counts.quote++; hits.push({ rank: 5, kind: "quote", q: qk }); }
    });
    index.sentences.forEach(function (s) {  // [key, text, stem, title, start]
      if (s[0].indexOf(key) >= 0) { counts.text++; hits.push({ rank: 6, kind: "text", s: s, key: key }); }
    });
    hits = hits.map(function (h, i) { h.i = i; return h; });
    hits.sort(function (x, y) { return x.rank - y.rank || x.i - y.i; });
    return { hits: hits, counts: counts };
  }

  function render(q) {
    var res = search(q), list = document.getElementById("hits"), shown = { actor: 0, quote: 0, text: 0 };
    var c = res.counts;
    function plural(n, w) { return n + " " + w + (n === 1 ? "" : "s"); }
    if (q) {
      document.getElementById("search-counts").textContent = "“" + q + "”: " + plural(c.actor, "actor") + ", "
        + plural(c.quote, "quote") + ", " + plural(c.text, "passage") + " of text";
    }
    res.hits.forEach(function (h) {
      if (shown[h.kind]++ >= MAX) return;
      var li = document.createElement("li"), kind = document.createElement("span");
      li.setAttribute("data-rank", String(h.rank));
      kind.className = "kind";
      kind.textContent = h.kind;
      li.appendChild(kind);
      if (h.kind === "actor") {
        li.appendChild(link(actorHref(h.a[0]), h.a[1]));
      } else if (h.kind === "quote") {
        li.appendChild(link(actorHref(h.q[3], h.q[4]), h.q[2]));
        li.appendChild(document.createTextNode(": “" + h.q[1] + "” "));
        var cite = link(docHref(h.q[5]), h.q[6] + ", characters " + h.q[7] + "–" + h.q[8]);
        cite.className = "cite";
        li.appendChild(cite);
      } else {
        li.appendChild(link(docHref(h.s[2], "s-" + h.s[4]), h.s[3]));
        li.appendChild(document.createTextNode(": " + snippet(h.s[1], h.s[0], h.key)));
      }
      list.appendChild(li);
    });
  }

  var q = new URLSearchParams(window.location.search).get("q") || "";
  var box = document.querySelector("header.top input[name=q]");
  if (box) box.value = q;
  render(q);
  document.body.setAttribute("data-ready", "true");
})();
