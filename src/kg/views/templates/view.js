/* prosecutor-kg network view: draws the JSON data block with vis-network and lets a reader use it:
   - a click on an actor opens its page, when the page was made with a link template (the link
     is in the data, built and percent-encoded in kg/views/viz.py, and checked again here);
   - a click on a relation (or, without links, an actor) pins its tooltip, so its quote can be
     selected and copied; Esc, the close button or a click elsewhere unpins it;
   - the search box finds an actor by label or alias, folded as the command line folds names,
     and centres the map on it;
   - the legend's check boxes hide actor types and relation families.
   It fetches nothing and writes no HTML: text goes in with textContent or as text nodes, hover
   tooltips are plain strings (vis-network shows them with innerText), and a link is followed
   only if it is http(s) or on the page's own scheme. window.kgReady turns true once the network
   is drawn and usable. */
(function () {
  "use strict";
  var payload = JSON.parse(document.getElementById("kg-data").textContent);

  // The hover tooltip: the tooltip lines as one plain string (vis-network shows it as text).
  var shown = { quote: ["\u201c", "\u201d"], url: ["URL: ", ""], note: ["Note: ", ""] };
  function tipText(tip) {
    return (tip || [])
      .map(function (t) {
        var wrap = shown[t[0]] || ["", ""];
        return wrap[0] + t[1] + wrap[1];
      })
      .join("\n");
  }
  payload.nodes.concat(payload.edges).forEach(function (item) {
    item.title = tipText(item.tip);
  });
  var container = document.getElementById("kg-network");
  var nodes = new vis.DataSet(payload.nodes);
  var edges = new vis.DataSet(payload.edges);
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, payload.options);

  // -- names: the same folding as kg.querying.names.fold (tests compare the two) --------------
  function fold(text) {
    var s = String(text).normalize("NFKD").replace(/\p{M}/gu, "");
    s = s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').toLowerCase();
    s = s.replace(/\u00df/g, "ss"); // as Python's casefold
    s = s.replace(/[^\p{L}\p{N}_']+/gu, " ");
    return s.split(" ").filter(Boolean).join(" ");
  }

  // The best match for what was typed: exact name, then whole words inside a name, then the
  // start of a name, then anywhere in one; ties go to the first label in folded order.
  function find(text) {
    var key = fold(text);
    if (!key) {
      return null;
    }
    var best = null;
    var bestRank = 4;
    payload.nodes.forEach(function (n) {
      var rank = 4;
      (n.names || []).forEach(function (name) {
        var r = 4;
        if (name === key) {
          r = 0;
        } else if ((" " + name + " ").indexOf(" " + key + " ") >= 0) {
          r = 1;
        } else if (name.indexOf(key) === 0) {
          r = 2;
        } else if (name.indexOf(key) > 0) {
          r = 3;
        }
        rank = Math.min(rank, r);
      });
      if (rank < bestRank || (rank === bestRank && rank < 4 && fold(n.label) < fold(best.label))) {
        best = n;
        bestRank = rank;
      }
    });
    return best;
  }

  // -- links ----------------------------------------------------------------------------------
  // document.baseURI, not location: a map shown in a srcdoc frame resolves against its parent.
  function pageHref(href) {
    var url;
    try {
      url = new URL(href, document.baseURI);
    } catch (e) {
      return null;
    }
    var own = new URL(document.baseURI).protocol;
    return url.protocol === "http:" || url.protocol === "https:" || url.protocol === own ? url.href : null;
  }

  function webHref(href) {
    var url;
    try {
      url = new URL(href);
    } catch (e) {
      return null;
    }
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  }

  function follow(href, srcEvent) {
    var url = pageHref(href);
    if (!url) {
      return;
    }
    var a = document.createElement("a");
    a.href = url;
    // The whole window, not just a frame this map may be embedded in; Ctrl/Cmd: a new tab.
    a.target = srcEvent && (srcEvent.ctrlKey || srcEvent.metaKey) ? "_blank" : "_top";
    a.rel = "noopener";
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  // -- the pinned tooltip ---------------------------------------------------------------------
  var pin = document.getElementById("kg-pin");
  var pinBody = document.getElementById("kg-pin-body");
  var pinned = null;

  function line(tag, className, parts) {
    var el = document.createElement(tag);
    el.className = className;
    parts.forEach(function (p) {
      el.append(p); // strings become text nodes
    });
    return el;
  }

  function link(href, text, newTab) {
    var a = document.createElement("a");
    a.href = href;
    a.textContent = text;
    if (newTab) {
      a.target = "_blank";
      a.rel = "noopener noreferrer";
    }
    return a;
  }

  function showPin(item, where) {
    pinBody.textContent = "";
    (item.tip || []).forEach(function (t) {
      var kind = t[0];
      var text = t[1];
      if (kind === "quote") {
        pinBody.appendChild(line("blockquote", "kg-quote", [text]));
      } else if (kind === "url") {
        var href = webHref(text);
        pinBody.appendChild(line("p", "kg-url", ["URL: ", href ? link(href, text, true) : text]));
      } else if (kind === "note") {
        var label = line("strong", "", ["Curator's note: "]);
        pinBody.appendChild(line("p", "kg-curator-note", [label, text]));
      } else {
        pinBody.appendChild(line("p", kind === "head" ? "kg-head" : "kg-line", [text]));
      }
    });
    if (item.link && pageHref(item.link)) {
      pinBody.appendChild(line("p", "kg-line", [link(pageHref(item.link), "Open this actor's page", false)]));
    }
    pinned = item.id;
    pin.hidden = false;
    hideHover();
    // Within the map, clear of the legend.
    var box = container.getBoundingClientRect();
    var x = Math.max(4, Math.min(where.x + 14, box.width - pin.offsetWidth - 4));
    var y = Math.max(4, Math.min(where.y + 14, box.height - pin.offsetHeight - 4));
    pin.style.left = x + "px";
    pin.style.top = y + "px";
  }

  // vis-network's hover tooltip of the pinned item would repeat it on top: hide it (it shows
  // again, by vis-network, when another item is hovered).
  function hideHover() {
    document.querySelectorAll("div.vis-tooltip").forEach(function (el) {
      el.style.visibility = "hidden";
    });
  }
  network.on("showPopup", function (id) {
    if (pinned !== null && id === pinned) {
      hideHover();
    }
  });

  function unpin() {
    if (pinned !== null) {
      pin.hidden = true;
      pinBody.textContent = "";
      pinned = null;
    }
  }

  network.on("click", function (params) {
    var src = params.event && params.event.srcEvent;
    if (params.nodes.length) {
      var node = nodes.get(params.nodes[0]);
      if (node.link) {
        follow(node.link, src);
      } else {
        showPin(node, params.pointer.DOM);
      }
    } else if (params.edges.length) {
      showPin(edges.get(params.edges[0]), params.pointer.DOM);
    } else {
      unpin();
    }
  });
  document.getElementById("kg-pin-close").addEventListener("click", unpin);
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") {
      unpin();
    }
  });
  document.addEventListener("click", function (e) {
    // Clicks on the map are the network's (above); a click anywhere else but the tooltip unpins.
    if (!pin.contains(e.target) && !container.contains(e.target)) {
      unpin();
    }
  });

  // -- legend filters -------------------------------------------------------------------------
  var hiddenTypes = {};
  var hiddenFamilies = {};

  function applyFilters() {
    nodes.update(
      payload.nodes.map(function (n) {
        return { id: n.id, hidden: hiddenTypes[n.type] === true };
      })
    );
    edges.update(
      payload.edges.map(function (e) {
        return { id: e.id, hidden: hiddenFamilies[e.family || "other"] === true };
      })
    );
    unpin();
  }

  document.querySelectorAll("#kg-legend input.kg-filter").forEach(function (box) {
    box.addEventListener("change", function () {
      if (box.hasAttribute("data-type")) {
        hiddenTypes[box.getAttribute("data-type")] = !box.checked;
      } else {
        hiddenFamilies[box.getAttribute("data-family")] = !box.checked;
      }
      applyFilters();
    });
  });

  // -- search ---------------------------------------------------------------------------------
  var search = document.getElementById("kg-search");
  var found = document.getElementById("kg-found");

  function focusNode(text) {
    found.textContent = "";
    if (!fold(text)) {
      return;
    }
    var n = find(text);
    if (!n) {
      found.append("No actor named " + text.trim() + " in this view");
      return;
    }
    if (hiddenTypes[n.type]) {
      found.append(n.label + " is hidden: tick its type in the legend");
      return;
    }
    network.selectNodes([n.id]);
    network.focus(n.id, { scale: Math.max(network.getScale(), 1), animation: false });
    found.append(n.label);
    if (n.link && pageHref(n.link)) {
      found.append(" · ", link(pageHref(n.link), "open page", false));
    }
  }

  if (search) {
    var names = document.getElementById("kg-names");
    payload.nodes
      .map(function (n) {
        return String(n.label);
      })
      .sort(function (a, b) {
        return fold(a) < fold(b) ? -1 : fold(a) > fold(b) ? 1 : 0;
      })
      .forEach(function (label) {
        var option = document.createElement("option");
        option.value = label;
        names.appendChild(option);
      });
    search.addEventListener("keydown", function (e) {
      if (e.key === "Enter") {
        e.preventDefault();
        focusNode(search.value);
      }
    });
    search.addEventListener("change", function () {
      focusNode(search.value);
    });
  }

  window.kgView = { network: network, nodes: nodes, edges: edges, fold: fold, find: find };

  // Folding the legend resizes the canvas; vis-network only watches the window.
  document.getElementById("kg-legend").addEventListener("toggle", function () {
    network.setSize("100%", "100%");
    network.redraw();
  });

  function ready() {
    var loading = document.getElementById("kg-loading");
    if (loading) {
      loading.hidden = true;
    }
    window.kgReady = true;
    document.body.setAttribute("data-ready", "true");
  }

  if (payload.physics && payload.nodes.length) {
    // Seeded physics lays the view out; it is usable once the stabilised layout is drawn.
    network.once("stabilizationIterationsDone", function () {
      network.once("afterDrawing", ready);
      network.redraw();
    });
  } else {
    network.once("afterDrawing", ready);
    network.redraw();
  }
})();
