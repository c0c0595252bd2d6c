(function () {
  'use strict';
  var PAGE = 50;
  var MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
  var D = JSON.parse(document.getElementById('data').textContent);
  var $ = function (id) { return document.getElementById(id); };
  var el = {
    q: $('f-q'), issue: $('f-issue'), secondary: $('f-secondary'), type: $('f-type'), from: $('f-from'), to: $('f-to'),
    flag: $('f-flag'), stance: $('f-stance'), sort: $('f-sort'), count: $('count'), list: $('list'), reset: $('f-reset')
  };
  var issueIndex = {};
  D.issues.forEach(function (issue, k) { issueIndex[issue[0]] = k; });
  var page = 0, applying = false;

  function fmt(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f'); }
  function plural(n, one, many) { return fmt(n) + ' ' + (n <= 1 ? one : (many || one + 's')); }
  function dayText(d) { var t = new Date(d * 864e5); return t.getUTCDate() + ' ' + MONTHS[t.getUTCMonth()] + ' ' + t.getUTCFullYear(); }
  function dayValue(text) { if (!text) { return null; } var p = text.split('-'); return Date.UTC(+p[0], +p[1] - 1, +p[2]) / 864e5; }
  function dayInput(d) { return new Date(d * 864e5).toISOString().slice(0, 10); }
  var FOLD = { 'à': 'a', 'â': 'a', 'ä': 'a', 'á': 'a', 'ã': 'a', 'å': 'a', 'ç': 'c', 'é': 'e', 'è': 'e', 'ê': 'e', 'ë': 'e',
    'í': 'i', 'ì': 'i', 'î': 'i', 'ï': 'i', 'ñ': 'n', 'ó': 'o', 'ò': 'o', 'ô': 'o', 'ö': 'o', 'õ': 'o', 'ú': 'u', 'ù': 'u',
    'û': 'u', 'ü': 'u', 'ý': 'y', 'ÿ': 'y', 'œ': 'oe', 'æ': 'ae', '\u2019': "'" };
  var FOLD_ANY = /[àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæ\u2019]/, FOLD_ALL = /[àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæ\u2019]/g;
  function foldChar(c) { return FOLD[c]; }
  // Lower case without accents (a table, not String.normalize: five times faster on 100,000 texts).
  function fold(s) { s = s.toLowerCase(); return FOLD_ANY.test(s) ? s.replace(FOLD_ALL, foldChar) : s; }
  var ACCENTS = { a: 'aàâäáãå', c: 'cç', e: 'eéèêë', i: 'iíìîï', n: 'nñ', o: 'oóòôöõ', u: 'uúùûü', y: 'yýÿ', "'": "'\u2019" };
  function pattern(term) {
    return term.split('').map(function (ch) {
      var set = ACCENTS[ch];
      return set ? '[' + set + ']' : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }).join('');
  }
  function node(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  // The search index (folded texts), built in the background after the page is shown, or at once by a search.
  var built = 0, index = new Array(D.n);
  function indexUpTo(end) {
    for (; built < end; built++) {
      var i = built;
      index[i] = fold(D.id[i] + '\n' + (D.title ? D.title[i] : '') + '\n' + (D.question ? D.question[i] : '') + '\n' + D.text[i]);
    }
  }
  function haystack() { indexUpTo(D.n); return index; }
  function background() { indexUpTo(Math.min(D.n, built + 5000)); if (built < D.n) { setTimeout(background, 0); } }

  function state() {
    return {
      q: el.q.value.trim(), issue: el.issue.value, secondary: el.secondary.checked, type: el.type ? el.type.value : '',
      from: el.from ? el.from.value : '', to: el.to ? el.to.value : '', flag: el.flag.value,
      stance: el.stance ? el.stance.value : '', sort: el.sort ? el.sort.value : ''
    };
  }

  function filter() {
    var s = state(), out = [];
    var terms = s.q ? fold(s.q).split(/\s+/).filter(Boolean) : [];
    var h = terms.length ? haystack() : null;
    var issue = s.issue === '' ? -2 : (s.issue === '-' ? -1 : issueIndex[s.issue]);
    var type = s.type === '' ? -2 : +s.type, stance = s.stance === '' ? -2 : +s.stance;
    var from = dayValue(s.from), to = dayValue(s.to);
    for (var i = 0; i < D.n; i++) {
      if (issue !== -2 && D.issue[i] !== issue) {
        if (!(s.secondary && issue >= 0 && D.other[i] && D.other[i].indexOf(issue) >= 0)) { continue; }
      }
      if (type !== -2 && D.type[i] !== type) { continue; }
      if (stance !== -2 && D.stance[i] !== stance) { continue; }
      if (s.flag !== '') {
        var f = D.flag ? D.flag[i] : -1;
        if (s.flag === 'aucun' && f >= 0) { continue; }
        if (s.flag === 'signalee' && f < 0) { continue; }
        if (s.flag === 'doublon' && !(D.dup && D.dup[i] >= 0)) { continue; }
        if (s.flag.charAt(0) === 'f' && f !== +s.flag.slice(1)) { continue; }
      }
      if ((from !== null || to !== null) && D.date) {
        var d = D.date[i];
        if (d === null || (from !== null && d < from) || (to !== null && d > to)) { continue; }
      }
      if (h) {
        var ok = true;
        for (var t = 0; t < terms.length; t++) { if (h[i].indexOf(terms[t]) < 0) { ok = false; break; } }
        if (!ok) { continue; }
      }
      out.push(i);
    }
    if (s.sort === 'proches' && D.score) {
      // Main issue the chosen one (or any, without a chosen issue) first, closest first; then the rest in export order.
      var key = function (i) { return (D.score[i] === null || (issue >= 0 && D.issue[i] !== issue)) ? -1 : D.score[i]; };
      out.sort(function (a, b) { return (key(b) - key(a)) || (a - b); });
    } else if ((s.sort === 'anciennes' || s.sort === 'recentes') && D.date) {
      var sign = s.sort === 'recentes' ? -1 : 1;
      out.sort(function (a, b) {
        var x = D.date[a], y = D.date[b];
        if (x === y) { return a - b; }
        if (x === null) { return 1; }
        if (y === null) { return -1; }
        return sign * (x - y);
      });
    }
    return { rows: out, terms: terms };
  }

  function highlight(parent, text, terms) {
    if (!terms.length) { parent.textContent = text; return; }
    var re = new RegExp('(' + terms.map(pattern).join('|') + ')', 'gi');
    var last = 0, m;
    while ((m = re.exec(text)) !== null) {
      if (m[0] === '') { re.lastIndex++; continue; }
      parent.appendChild(document.createTextNode(text.slice(last, m.index)));
      parent.appendChild(node('mark', null, m[0]));
      last = m.index + m[0].length;
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function issueChip(k, secondary) {
    var issue = D.issues[k];
    var a = node('a', 'chip issue' + (secondary ? ' secondary' : ''), issue[2] + '. ' + issue[1]);
    a.href = '#contributions?enjeu=' + encodeURIComponent(issue[0]);
    a.style.borderColor = issue[3];
    a.title = secondary ? 'Enjeu secondaire' : 'Enjeu principal';
    return a;
  }

  function card(i, terms) {
    var li = node('li', 'contrib');
    li.setAttribute('data-id', D.id[i]);
    var head = node('p', 'chead');
    head.appendChild(node('strong', 'cid', D.id[i]));
    if (D.title && D.title[i]) { var title = node('span', 'ctitle'); highlight(title, D.title[i], terms); head.appendChild(title); }
    if (D.date && D.date[i] !== null) { head.appendChild(node('span', 'cdate', dayText(D.date[i]))); }
    if (D.type) { head.appendChild(node('span', 'ctype', D.types[D.type[i]])); }
    if (D.url && D.url[i]) {
      var link = node('a', 'clink', 'voir sur la plateforme');
      link.href = D.url[i]; link.rel = 'noopener noreferrer'; link.target = '_blank';
      head.appendChild(link);
    }
    li.appendChild(head);
    if (D.question && D.question[i]) { li.appendChild(node('p', 'cquestion', D.question[i])); }
    var text = node('p', 'ctext');
    highlight(text, D.text[i], terms);
    li.appendChild(text);
    var tags = node('p', 'ctags');
    if (D.issue[i] >= 0) { tags.appendChild(issueChip(D.issue[i], false)); } else { tags.appendChild(node('span', 'chip none', 'sans enjeu')); }
    (D.other[i] || []).forEach(function (k) { tags.appendChild(issueChip(k, true)); });
    if (D.stance && D.stance[i] >= 0 && D.stances[D.stance[i]] !== 'neutre') {  // neutral: no side taken, no chip
      tags.appendChild(node('span', 'chip stance', 'position : ' + D.stances[D.stance[i]]));
    }
    if (D.flag && D.flag[i] >= 0) { tags.appendChild(node('span', 'chip flag', 'signalée : ' + D.flags[D.flag[i]][1])); }
    if (D.dup && D.dup[i] >= 0) {
      var g = D.groups[D.dup[i]];
      tags.appendChild(node('span', 'chip dup', g[1] + ' ' + g[0] + ' (' + plural(g[2], 'contribution') + ')'));
    }
    li.appendChild(tags);
    return li;
  }

  function render(found) {
    var total = found.rows.length, pages = Math.max(1, Math.ceil(total / PAGE));
    page = Math.min(Math.max(page, 0), pages - 1);
    var start = page * PAGE, end = Math.min(total, start + PAGE);
    var frag = document.createDocumentFragment();
    for (var r = start; r < end; r++) { frag.appendChild(card(found.rows[r], found.terms)); }
    el.list.textContent = '';
    el.list.start = start + 1;
    el.list.appendChild(frag);
    el.count.textContent = total === 0 ? 'Aucune contribution ne correspond.' :
      plural(total, 'contribution') + (total > 1 ? ' correspondent' : ' correspond') +
      ' · ' + fmt(start + 1) + '–' + fmt(end) + ' affichées · page ' + fmt(page + 1) + ' sur ' + fmt(pages);
    Array.prototype.forEach.call(document.querySelectorAll('.pager'), function (p) {
      p.classList.toggle('hidden', pages <= 1);
      p.querySelector('.p-first').disabled = p.querySelector('.p-prev').disabled = page === 0;
      p.querySelector('.p-next').disabled = p.querySelector('.p-last').disabled = page >= pages - 1;
      var input = p.querySelector('.p-num'); input.max = pages; input.value = page + 1;
      p.querySelector('.p-total').textContent = 'sur ' + fmt(pages);
    });
    el.list.setAttribute('data-total', total);
    el.list.setAttribute('data-page', page + 1);
    el.list.setAttribute('data-pages', pages);
    current = found;
  }

  var current = null;
  function update(keepPage) { if (!keepPage) { page = 0; } render(filter()); writeHash(); }

  var FIELDS = [['q', 'q'], ['issue', 'enjeu'], ['type', 'auteur'], ['from', 'du'], ['to', 'au'], ['flag', 'signal'], ['stance', 'position'], ['sort', 'tri']];
  function writeHash() {
    if (applying) { return; }
    var s = state(), parts = [];
    FIELDS.forEach(function (f) { if (s[f[0]]) { parts.push(f[1] + '=' + encodeURIComponent(s[f[0]])); } });
    if (!s.secondary) { parts.push('secondaires=non'); }
    if (page > 0) { parts.push('page=' + (page + 1)); }
    var hash = '#contributions' + (parts.length ? '?' + parts.join('&') : '');
    if (location.hash !== hash && (location.hash.indexOf('#contributions') === 0 || parts.length)) {
      history.replaceState(null, '', hash);
    }
  }
  function readHash() {
    var h = location.hash;
    if (h.indexOf('#contributions') !== 0) { return false; }
    var params = new URLSearchParams(h.split('?')[1] || '');
    var inputs = { q: el.q, issue: el.issue, type: el.type, from: el.from, to: el.to, flag: el.flag, stance: el.stance, sort: el.sort };
    applying = true;
    FIELDS.forEach(function (f) { var input = inputs[f[0]]; if (input) { input.value = params.get(f[1]) || ''; } });
    if (el.issue.selectedIndex < 0) { el.issue.value = ''; }
    el.secondary.checked = params.get('secondaires') !== 'non';
    page = Math.max(0, (parseInt(params.get('page') || '1', 10) || 1) - 1);
    render(filter());
    applying = false;
    return true;
  }

  var timer = null;
  el.q.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(function () { update(false); }, 200); });
  [el.issue, el.secondary, el.type, el.from, el.to, el.flag, el.stance, el.sort].forEach(function (input) {
    if (input) { input.addEventListener('change', function () { update(false); }); }
  });
  el.reset.addEventListener('click', function () {
    el.q.value = ''; el.issue.value = ''; el.secondary.checked = true; el.flag.value = '';
    [el.type, el.from, el.to, el.stance, el.sort].forEach(function (input) { if (input) { input.value = ''; } });
    update(false);
  });
  Array.prototype.forEach.call(document.querySelectorAll('.pager'), function (p) {
    var go = function (n) { page = n; render(current); writeHash(); };
    p.querySelector('.p-first').addEventListener('click', function () { go(0); });
    p.querySelector('.p-prev').addEventListener('click', function () { go(page - 1); });
    p.querySelector('.p-next').addEventListener('click', function () { go(page + 1); });
    p.querySelector('.p-last').addEventListener('click', function () { go(1e9); });
    p.querySelector('.p-num').addEventListener('change', function (e) { go((parseInt(e.target.value, 10) || 1) - 1); });
  });
  if (D.date) {
    var days = D.date.filter(function (d) { return d !== null; });
    if (days.length && el.from) {
      var lo = days.reduce(function (a, b) { return Math.min(a, b); }), hi = days.reduce(function (a, b) { return Math.max(a, b); });
      [el.from, el.to].forEach(function (input) { input.min = dayInput(lo); input.max = dayInput(hi); });
    }
  }
  document.addEventListener('click', function (e) {
    var target = e.target.closest ? e.target.closest('[data-issue]') : null;
    if (target && target.getAttribute('data-issue') && target.tagName.toLowerCase() !== 'a') {
      location.hash = '#contributions?enjeu=' + encodeURIComponent(target.getAttribute('data-issue'));
    }
  });
  window.addEventListener('hashchange', function () {
    if (location.hash === '#contributions') {  // the menu's link: keep the search and filters as they are
      writeHash(); $('contributions').scrollIntoView(); return;
    }
    if (readHash()) { $('contributions').scrollIntoView(); }
  });
  if (readHash()) { $('contributions').scrollIntoView(); } else { render(filter()); }
  document.body.setAttribute('data-ready', 'true');
  setTimeout(background, 300);
})();
