"""Inline CSS, JavaScript and colours shared by the HTML reports (no external resources)."""

from __future__ import annotations

PALETTE = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
    "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939",
)

STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:1100px;padding:1em 2em;color:#222;line-height:1.45}
h1{margin-bottom:.2em}h2{border-bottom:2px solid #ddd;padding-bottom:.2em;margin-top:1.6em}
nav{margin:.5em 0 1em;font-size:.95em}
.chart{width:100%;height:auto}.bar-label{font-size:12px}.bar-value{font-size:11px;fill:#444}
.card{border:1px solid #ddd;border-left:6px solid #888;border-radius:6px;padding:.6em 1em;margin:1em 0;background:#fafafa}
.card h3{margin:.2em 0}.card small{color:#888;font-weight:normal;font-size:.7em}
.rank{display:inline-block;min-width:1.6em;text-align:center;background:#222;color:#fff;border-radius:1em;margin-right:.3em}
.meta,.who,.reason{color:#444;font-size:.92em}
.chip{display:inline-block;background:#e8eef7;border-radius:1em;padding:0 .6em;margin:0 .3em .3em 0;font-size:.85em}
blockquote{margin:.5em 0 .5em 1em;padding-left:.8em;border-left:3px solid #ccc;font-style:italic}
cite{display:block;font-size:.8em;color:#777;font-style:normal}
.map{display:flex;gap:1em;flex-wrap:wrap}.map svg{width:560px;max-width:100%;border:1px solid #ddd;background:#fff}
.legend{list-style:none;padding:0;font-size:.85em}.swatch{display:inline-block;width:.9em;height:.9em;margin-right:.4em;border-radius:50%}
table{border-collapse:collapse;width:100%;font-size:.88em}td,th{border:1px solid #ddd;padding:.25em .5em;vertical-align:top;text-align:left}
pre{background:#f4f4f4;padding:1em;overflow:auto;font-size:.8em}
.schema.couvert{color:#1a7f37}.schema.partiellement-couvert{color:#9a6700}.schema.non-couvert{color:#cf222e}
.hidden{display:none}
"""

SCRIPT = """
(function(){
  var input=document.getElementById('filter');
  var cards=Array.prototype.slice.call(document.querySelectorAll('#cards .card'));
  var status=document.getElementById('js-status');
  function update(){
    var q=(input.value||'').toLowerCase();var shown=0;
    cards.forEach(function(c){var ok=!q||c.textContent.toLowerCase().indexOf(q)>=0;c.classList.toggle('hidden',!ok);if(ok){shown++;}});
    status.textContent=' '+shown+' enjeu'+(shown>1?'x':'')+' affiché'+(shown>1?'s':'');
  }
  input.addEventListener('input',update);update();
  document.body.setAttribute('data-ready','true');
})();
"""
