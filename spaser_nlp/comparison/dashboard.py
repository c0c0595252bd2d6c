"""The French, self-contained HTML dashboard of ``spaser compare``.

One file, no network: the census charts are inline SVG; the data (schémas, targets, sources) is
embedded as JSON and rendered by a small script, so that a store of hundreds of schémas opens fast
(only the chosen theme's targets and one profile are in the page at a time). Filters and the open
source sentence live in the address's fragment (``#type=region&theme=energie&from=2020&to=2026``,
``#src=<doc_id>:<objective_index>``), so every view can be linked to.
"""

from __future__ import annotations

import json
import math
from html import escape
from typing import Any

import pandas as pd

from spaser_nlp.comparison.frames import Comparison

_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"
_STATUS_FR = {"met": "conforme", "partial": "partiel", "missing": "absent", "not_applicable": "non applicable"}
_GENERATION_FR = {"first": "premier schéma", "renewal": "renouvellement"}


def _number(value: float) -> str:
    r"""French number: decimal comma, narrow no-break space between thousands.

    >>> _number(1500000), _number(37.4), _number(20.0)
    ('1\u202f500\u202f000', '37,4', '20')
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    text = f"{value:,.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{int(value):,}"
    return text.replace(",", "\u202f").replace(".", ",")


def _bars(rows: list[tuple[str, int]], title: str) -> str:
    if not rows:
        return f"<p>{escape(title)} : aucune donnée.</p>"
    width, row, label_w = 620, 22, 260
    top = max(count for _, count in rows) or 1
    parts = []
    for n, (label, count) in enumerate(rows):
        y = 4 + n * row
        w = max(2.0, (width - label_w - 50) * count / top)
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end">{escape(label)}</text>'
            f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row - 7}" rx="2" fill="#2f6f8f"/>'
            f'<text x="{label_w + w + 6:.1f}" y="{y + 15}">{count}</text>'
        )
    height = row * len(rows) + 8
    return (
        f'<figure><figcaption>{escape(title)}</figcaption><svg role="img" aria-label="{escape(title)}" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">{"".join(parts)}</svg></figure>'
    )


def _records(frame: pd.DataFrame, columns: list[str]) -> list[list[Any]]:
    out = []
    for values in frame[columns].itertuples(index=False):
        out.append([None if (isinstance(v, float) and math.isnan(v)) or v is pd.NA else (v.item() if hasattr(v, "item") else v) for v in values])
    return out


def _payload(comparison: Comparison) -> dict[str, Any]:
    from spaser_nlp.profile import AUTHORITY_TYPE_LABELS

    schemas = comparison.schemas
    checklist = comparison.checklist.set_index("doc_id") if not comparison.checklist.empty else pd.DataFrame()
    rules = [c for c in checklist.columns] if not checklist.empty else []
    schema_rows = []
    for row in schemas.itertuples(index=False):
        statuses = [checklist.at[row.doc_id, rule] if row.doc_id in checklist.index else None for rule in rules]
        schema_rows.append(
            [
                row.doc_id, row.authority_name if isinstance(row.authority_name, str) else None,
                row.authority_type if isinstance(row.authority_type, str) else None,
                row.period if isinstance(row.period, str) else None,
                None if pd.isna(row.adoption_year) else int(row.adoption_year),
                _GENERATION_FR.get(row.generation, "") if isinstance(row.generation, str) else "",
                int(row.n_axes), int(row.n_objectifs), int(row.n_actions), int(row.n_quantified_objectives),
                [None if isinstance(s, float) else s for s in statuses], row.path, list(row.themes_covered),
            ]
        )
    targets = comparison.targets
    target_rows = _records(
        targets, ["doc_id", "objective_index", "theme", "value", "unit", "kind", "horizon_year", "text", "page", "char_start", "char_end"]
    )
    return {
        "schemas": schema_rows,
        "rules": rules,
        "types": AUTHORITY_TYPE_LABELS,
        "themes": _records(comparison.themes, ["theme", "theme_label", "schemas_covering", "schemas_with_target", "targets", "median_share_target", "highest_share_target", "horizon_years"]),
        "targets": target_rows,
        "status": _STATUS_FR,
    }


def render_dashboard(comparison: Comparison) -> str:
    """The dashboard as one HTML string (deterministic for a given comparison)."""
    from spaser_nlp.profile import AUTHORITY_TYPE_LABELS

    schemas = comparison.schemas
    by_type = [(AUTHORITY_TYPE_LABELS.get(r.authority_type, "Inconnu"), int(r.schemas)) for r in comparison.census_type.itertuples()]
    by_year = [(str(int(r.adoption_year)), int(r.schemas)) for r in comparison.census_year.itertuples()]
    by_theme = [(r.theme_label, int(r.schemas_with_target)) for r in comparison.themes.itertuples()]
    gaps = ", ".join(comparison.themes.set_index("theme").loc[comparison.gaps, "theme_label"]) if comparison.gaps else "aucun"
    data = json.dumps(_payload(comparison), ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    type_options = "".join(
        f'<option value="{escape(t)}">{escape(label)}</option>' for t, label in AUTHORITY_TYPE_LABELS.items()
        if t in set(schemas["authority_type"].dropna())
    )
    theme_options = "".join(
        f'<option value="{escape(r.theme)}">{escape(r.theme_label)}</option>' for r in comparison.themes.itertuples()
    )
    n = len(schemas)
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Comparaison des schémas d'achats responsables</title>
<style>{_STYLE}</style></head>
<body data-ready="false">
<header><h1>Comparaison des schémas d'achats responsables (SPASER)</h1>
<p>{n} schéma{'s' if n > 1 else ''} analysé{'s' if n > 1 else ''} ; thèmes sans aucune cible chiffrée : {escape(gaps)}.</p></header>
<nav class="filters" aria-label="Filtres">
<label>Type de collectivité <select id="f-type"><option value="">tous</option>{type_options}</select></label>
<label>Thème <select id="f-theme">{theme_options}</select></label>
<label>Adopté de <input id="f-from" type="number" min="2010" max="2040" size="5"></label>
<label>à <input id="f-to" type="number" min="2010" max="2040" size="5"></label>
<span id="js-status" role="status"></span></nav>
<main>
<section id="recensement"><h2>Recensement</h2><div class="charts">
{_bars(by_type, "Schémas par type de collectivité")}{_bars(by_year, "Schémas par année d'adoption")}
{_bars(by_theme, "Schémas fixant une cible chiffrée, par thème")}</div></section>
<section id="cibles"><h2>Cibles chiffrées du thème <span id="theme-name"></span></h2>
<div id="theme-summary"></div><div id="theme-chart"></div>
<table id="targets" class="sortable"><thead><tr><th>Schéma</th><th>Type</th><th data-num>Valeur</th><th>Unité</th>
<th data-num>Horizon</th><th>Phrase source</th></tr></thead><tbody></tbody></table>
<button id="more" type="button" hidden></button></section>
<section id="source" hidden><h2>Phrase source</h2><blockquote id="source-text"></blockquote><p id="source-where"></p></section>
<section id="schemas"><h2>Profils des schémas</h2>
<table id="schema-table" class="sortable"><thead><tr><th>Schéma</th><th>Collectivité</th><th>Type</th><th>Période</th>
<th data-num>Adoption</th><th>Génération</th><th data-num>Axes</th><th data-num>Objectifs</th><th data-num>Actions</th>
<th data-num>Objectifs chiffrés</th><th>Conformité</th></tr></thead><tbody></tbody></table>
<div id="profile"></div></section>
</main>
<script type="application/json" id="data">{data}</script>
<script>{_SCRIPT}</script></body></html>
"""


_STYLE = """
body{font-family:system-ui,sans-serif;margin:0 auto;max-width:1200px;padding:0 1rem;color:#1d2a33}
h1{font-size:1.5rem}h2{font-size:1.2rem;border-bottom:2px solid #2f6f8f;padding-bottom:.2rem}
.filters{position:sticky;top:0;background:#f3f6f8;padding:.5rem;display:flex;gap:1rem;flex-wrap:wrap;align-items:center}
.charts{display:flex;flex-wrap:wrap;gap:1rem}figure{margin:0}figcaption{font-weight:600}svg text{font-size:12px}
table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.5rem 0}th,td{border-bottom:1px solid #d5dde2;padding:.3rem;text-align:left;vertical-align:top}
th{cursor:pointer;background:#e8eef2}td.num{text-align:right;white-space:nowrap}
.chip{display:inline-block;border-radius:3px;padding:0 .3rem;margin:1px;font-size:.75rem}
.met{background:#cfe8d5}.partial{background:#f6e3b4}.missing{background:#f3c6c6}.not_applicable{background:#e2e2e2}
#source{background:#fffbe6;border-left:4px solid #d9a400;padding:.5rem 1rem}mark{background:#ffe17a}
.profile-card{border:1px solid #c5d1d8;border-radius:4px;padding:.5rem 1rem;margin-top:.5rem}
"""

_SCRIPT = r"""
(function(){
const D=JSON.parse(document.getElementById('data').textContent);const PAGE=200;
const fmt=new Intl.NumberFormat('fr-FR',{maximumFractionDigits:2});
const byDoc={};D.schemas.forEach(s=>byDoc[s[0]]=s);
const themeLabel={};D.themes.forEach(t=>themeLabel[t[0]]=t[1]);
const $=id=>document.getElementById(id);
function plural(n,one,many){return n+' '+(n>1?many:one);}
function esc(s){return String(s==null?'':s).replace(/[&<>"']/g,c=>({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[c]));}
function params(){const p={};location.hash.slice(1).split('&').forEach(kv=>{if(!kv)return;const i=kv.indexOf('=');p[decodeURIComponent(kv.slice(0,i))]=decodeURIComponent(kv.slice(i+1));});return p;}
function setHash(p){const s=Object.keys(p).filter(k=>p[k]).map(k=>encodeURIComponent(k)+'='+encodeURIComponent(p[k])).join('&');history.replaceState(null,'','#'+s);}
function keep(doc,p){const s=byDoc[doc];if(!s)return false;if(p.type&&s[2]!==p.type)return false;
 if(p.from&&(s[4]==null||s[4]<+p.from))return false;if(p.to&&(s[4]==null||s[4]>+p.to))return false;return true;}
function chips(st){return st.map((v,i)=>v?'<span class="chip '+v+'" title="'+esc(D.rules[i])+'">'+esc(D.status[v])+'</span>':'').join('');}
function renderTargets(p){const theme=p.theme||D.themes[0][0];$('f-theme').value=theme;$('theme-name').textContent=themeLabel[theme]||theme;
 const rows=D.targets.filter(t=>t[2]===theme&&keep(t[0],p));const body=$('targets').tBodies[0];
 const shown=p.all?rows:rows.slice(0,PAGE);$('more').hidden=shown.length===rows.length;$('more').textContent='Afficher les '+(rows.length-shown.length)+' autres cibles';
 body.innerHTML=shown.map(t=>{const s=byDoc[t[0]];return '<tr data-doc="'+esc(t[0])+'"><td>'+esc(s[1]||t[0])+'</td><td>'+esc(D.types[s[2]]||'')+'</td><td class="num" data-v="'+t[3]+'">'+fmt.format(t[3])+'</td><td>'+esc(t[4])+'</td><td class="num" data-v="'+(t[6]||'')+'">'+esc(t[6]||'')+'</td><td><a class="src" href="#src='+encodeURIComponent(t[0]+':'+t[1])+'">'+esc(t[7].length>140?t[7].slice(0,139)+'…':t[7])+'</a></td></tr>';}).join('');
 const shares=rows.filter(t=>t[4]==='%'&&t[5]==='rate').map(t=>t[3]).sort((a,b)=>a-b);
 const med=shares.length?shares[Math.floor((shares.length-1)/2)]*0.5+shares[Math.ceil((shares.length-1)/2)]*0.5:null;
 $('theme-summary').innerHTML='<p>'+plural(rows.length,'cible','cibles')+' dans '+plural(new Set(rows.map(r=>r[0])).size,'schéma affiché','schémas affichés')+(med!=null?' ; part visée médiane : '+fmt.format(med)+'\u202f% ; la plus haute : '+fmt.format(shares[shares.length-1])+'\u202f%':'')+'.</p>';
 const w=600;$('theme-chart').innerHTML=shares.length?'<svg width="'+w+'" height="40" role="img" aria-label="Distribution des parts visées">'+'<line x1="10" y1="20" x2="'+(w-10)+'" y2="20" stroke="#888"/>'+shares.map(v=>'<circle cx="'+(10+(w-20)*Math.min(v,100)/100)+'" cy="20" r="5" fill="#2f6f8f" fill-opacity=".6"><title>'+fmt.format(v)+' %</title></circle>').join('')+'<text x="10" y="38" font-size="10">0 %</text><text x="'+(w-40)+'" y="38" font-size="10">100 %</text></svg>':'';
 return rows.length;}
function renderSchemas(p){const rows=D.schemas.filter(s=>keep(s[0],p));$('schema-table').tBodies[0].innerHTML=rows.map(s=>'<tr data-doc="'+esc(s[0])+'"><td><a href="#'+'profile='+encodeURIComponent(s[0])+'">'+esc(s[0])+'</a></td><td>'+esc(s[1])+'</td><td>'+esc(D.types[s[2]]||'')+'</td><td>'+esc(s[3])+'</td><td class="num" data-v="'+(s[4]||'')+'">'+esc(s[4]||'')+'</td><td>'+esc(s[5])+'</td><td class="num" data-v="'+s[6]+'">'+s[6]+'</td><td class="num" data-v="'+s[7]+'">'+s[7]+'</td><td class="num" data-v="'+s[8]+'">'+s[8]+'</td><td class="num" data-v="'+s[9]+'">'+s[9]+'</td><td>'+chips(s[10])+'</td></tr>').join('');return rows.length;}
function renderProfile(p){const doc=p.profile;const box=$('profile');if(!doc||!byDoc[doc]){box.innerHTML='';return;}const s=byDoc[doc];
 const counts={};D.targets.forEach(t=>{if(t[0]===doc)counts[t[2]]=(counts[t[2]]||0)+1;});
 box.innerHTML='<div class="profile-card" id="profile-card"><h3>'+esc(s[1]||doc)+'</h3><p>'+esc(D.types[s[2]]||'type inconnu')+' · période '+esc(s[3]||'inconnue')+' · adopté en '+esc(s[4]||'?')+' · '+esc(s[5]||'génération inconnue')+'</p><p>'+s[6]+' axes, '+s[7]+' objectifs, '+s[8]+' actions ; '+s[9]+' objectifs chiffrés.</p><h4>Objectifs chiffrés par thème</h4><ul>'+Object.keys(counts).sort((a,b)=>counts[b]-counts[a]).map(k=>'<li>'+esc(themeLabel[k]||k)+' : '+counts[k]+'</li>').join('')+'</ul><h4>Profil thématique</h4><p>'+(s[12].length?s[12].map(t=>'<span class="chip">'+esc(themeLabel[t]||t)+'</span>').join(' '):'aucun thème dominant')+'</p><h4>Conformité</h4><ul>'+D.rules.map((r,i)=>s[10][i]?'<li>'+esc(r)+' : <span class="chip '+s[10][i]+'">'+esc(D.status[s[10][i]])+'</span></li>':'').join('')+'</ul><p>Fichier : '+esc(s[11])+'</p></div>';}
function renderSource(p){const box=$('source');if(!p.src){box.hidden=true;return;}const i=p.src.lastIndexOf(':');const doc=p.src.slice(0,i),idx=+p.src.slice(i+1);
 const t=D.targets.find(t=>t[0]===doc&&t[1]===idx);if(!t){box.hidden=true;return;}box.hidden=false;$('source-text').innerHTML='<mark data-doc="'+esc(doc)+'" data-objective="'+idx+'">'+esc(t[7])+'</mark>';
 const s=byDoc[doc];$('source-where').textContent=(s[1]||doc)+' — page '+(t[8]||'?')+', caractères '+t[9]+' à '+t[10]+' ('+s[11]+')';box.scrollIntoView();}
function render(){const p=params();const f={type:$('f-type'),from:$('f-from'),to:$('f-to')};Object.keys(f).forEach(k=>f[k].value=p[k]||'');
 const nt=renderTargets(p),ns=renderSchemas(p);renderProfile(p);renderSource(p);
 $('js-status').textContent=plural(ns,'schéma affiché','schémas affichés')+', '+plural(nt,'cible','cibles');}
function onFilter(){const p=params();delete p.all;p.type=$('f-type').value;p.theme=$('f-theme').value;p.from=$('f-from').value;p.to=$('f-to').value;delete p.src;setHash(p);render();}
['f-type','f-theme','f-from','f-to'].forEach(id=>$(id).addEventListener('change',onFilter));
$('more').addEventListener('click',()=>{const p=params();p.all='1';setHash(p);render();});
document.querySelectorAll('table.sortable th').forEach((th,col)=>th.addEventListener('click',()=>{const table=th.closest('table');const body=table.tBodies[0];
 const idx=Array.prototype.indexOf.call(th.parentNode.children,th);const num=th.hasAttribute('data-num');const asc=th.dataset.sort!=='asc';th.dataset.sort=asc?'asc':'desc';
 const rows=Array.from(body.rows);rows.sort((a,b)=>{const x=a.cells[idx],y=b.cells[idx];const u=num?+(x.dataset.v||-1e18):x.textContent,v=num?+(y.dataset.v||-1e18):y.textContent;return (u<v?-1:u>v?1:0)*(asc?1:-1);});rows.forEach(r=>body.appendChild(r));}));
window.addEventListener('hashchange',render);
const t0=performance.now();render();document.body.dataset.renderMs=String(Math.round(performance.now()-t0));document.body.dataset.ready='true';
})();
"""

__all__ = ["render_dashboard"]
