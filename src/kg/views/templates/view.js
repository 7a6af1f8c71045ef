/* prosecutor-kg network view: draws the JSON data block with vis-network.
   It fetches nothing and writes no HTML: tooltips are plain strings, which vis-network shows
   as text (innerText). window.kgReady turns true once the network is drawn and usable. */
(function () {
  "use strict";
  var payload = JSON.parse(document.getElementById("kg-data").textContent);
  var container = document.getElementById("kg-network");
  var nodes = new vis.DataSet(payload.nodes);
  var edges = new vis.DataSet(payload.edges);
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, payload.options);
  window.kgView = { network: network, nodes: nodes, edges: edges };

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
