(() => {
  'use strict';
  // podmortem report: filters, search, expand/collapse, deep links, copy buttons and the language switch.
  // Everything from the bundle is read as text (textContent, JSON.parse) and written as text; nothing is
  // ever parsed as markup or run.
  const d = document;
  const root = d.documentElement;
  const $ = (id) => d.getElementById(id);
  const parse = (s) => { try { return JSON.parse(s); } catch (e) { return undefined; } };
  const dataEl = $('pm-data');
  const data = (dataEl && parse(dataEl.textContent)) || { lang: 'en', labels: {}, reasons: {}, causes: {}, signals: {} };
  let lang = data.lang;
  const label = (key) => { const l = data.labels[lang] || {}; return Object.prototype.hasOwnProperty.call(l, key) ? l[key] : key; };
  const titleSuffix = d.title.startsWith(label('title')) ? d.title.slice(label('title').length) : '';

  const groups = Array.from(d.querySelectorAll('details.finding'));
  const meta = groups.map((el) => ({
    el,
    sev: parse(el.dataset.sev),
    ns: parse(el.dataset.ns),
    nodes: parse(el.dataset.nodes) || [],
    reasons: parse(el.dataset.reasons) || [],
    text: null,
  }));
  const controls = { sev: $('f-sev'), ns: $('f-ns'), node: $('f-node'), reason: $('f-reason'), q: $('f-q') };
  const selected = (sel) => (sel && sel.value !== '' ? parse(sel.value) : undefined);

  function applyFilters() {
    const sev = selected(controls.sev);
    const ns = selected(controls.ns);
    const node = selected(controls.node);
    const reason = selected(controls.reason);
    const q = controls.q ? controls.q.value.trim().toLowerCase() : '';
    let shown = 0;
    for (const m of meta) {
      let ok = (sev === undefined || m.sev === sev)
        && (ns === undefined || m.ns === ns)
        && (node === undefined || m.nodes.includes(node))
        && (reason === undefined || m.reasons.includes(reason));
      if (ok && q) {
        if (m.text === null) m.text = m.el.textContent.replace(/\s+/g, ' ').toLowerCase();
        ok = m.text.includes(q);
      }
      m.el.hidden = !ok;
      if (ok) shown++;
    }
    const out = $('f-shown');
    if (out) out.textContent = String(shown);
    const none = $('no-match');
    if (none) none.hidden = shown !== 0 || meta.length === 0;
  }

  function clearFilters() {
    for (const k of ['sev', 'ns', 'node', 'reason', 'q']) if (controls[k]) controls[k].value = '';
    applyFilters();
  }

  let searchTimer = 0;
  for (const k of ['sev', 'ns', 'node', 'reason']) if (controls[k]) controls[k].addEventListener('change', applyFilters);
  if (controls.q) {
    controls.q.addEventListener('input', () => { clearTimeout(searchTimer); searchTimer = setTimeout(applyFilters, meta.length > 300 ? 150 : 0); });
    controls.q.addEventListener('keydown', (e) => { if (e.key === 'Escape') { controls.q.value = ''; applyFilters(); } });
  }
  const on = (id, fn) => { const el = $(id); if (el) el.addEventListener('click', fn); };
  on('expand-all', () => { for (const m of meta) if (!m.el.hidden) m.el.open = true; });
  on('collapse-all', () => { for (const m of meta) m.el.open = false; });
  on('clear-filters', clearFilters);

  // "/" jumps to the search box, as in many tools.
  d.addEventListener('keydown', (e) => {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || !controls.q) return;
    const t = e.target;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA' || t.isContentEditable)) return;
    e.preventDefault();
    controls.q.focus();
  });

  // Deep links: #id opens the finding (and anything around it) and scrolls to it.
  function reveal(id) {
    if (!id) return false;
    const el = d.getElementById(id);
    if (!el || el === dataEl) return false;
    const group = el.closest('details.finding');
    if (group && group.hidden) clearFilters();
    for (let p = el; p; p = p.parentElement) if (p.tagName === 'DETAILS') p.open = true;
    const inner = el.querySelector(':scope > details');
    if (inner && !group) inner.open = true;
    for (const t of d.querySelectorAll('.target')) t.classList.remove('target');
    const target = group || el;
    target.classList.add('target');
    el.scrollIntoView({ block: 'start' });
    const focusable = el.tagName === 'DETAILS' ? el.querySelector(':scope > summary') : el;
    if (focusable) {
      if (!focusable.matches('a, button, input, select, summary, [tabindex]')) focusable.setAttribute('tabindex', '-1');
      focusable.focus({ preventScroll: true });
    }
    return true;
  }
  const hashId = () => { const h = location.hash.slice(1); try { return decodeURIComponent(h); } catch (e) { return h; } };
  addEventListener('hashchange', () => reveal(hashId()));
  d.addEventListener('click', (e) => {
    const a = e.target instanceof Element ? e.target.closest('a') : null;
    if (!a) return;
    const href = a.getAttribute('href') || '';
    if (href.startsWith('#') && href.length > 1) {
      let id = href.slice(1);
      try { id = decodeURIComponent(id); } catch (err) { /* keep as is */ }
      // A link to the hash already in the address bar fires no hashchange: reveal it anyway.
      if (id === hashId()) { e.preventDefault(); reveal(id); }
    }
  });

  // Copy buttons next to commands (made here: without the script they could not copy anyway).
  for (const code of d.querySelectorAll('.steps code.cmd')) {
    const b = d.createElement('button');
    b.type = 'button';
    b.className = 'copy';
    b.dataset.i18n = 'copy';
    b.textContent = label('copy');
    code.after(b);
  }
  function fallbackCopy(text) {
    const ta = d.createElement('textarea');
    ta.value = text;
    ta.setAttribute('readonly', '');
    ta.className = 'sr-only';
    d.body.appendChild(ta);
    ta.select();
    let ok = false;
    try { ok = d.execCommand('copy'); } catch (e) { ok = false; }
    ta.remove();
    return ok;
  }
  function flash(button, key) {
    button.textContent = label(key);
    button.dataset.i18n = key;
    setTimeout(() => { button.textContent = label('copy'); button.dataset.i18n = 'copy'; }, 1500);
  }
  d.addEventListener('click', (e) => {
    const b = e.target instanceof Element ? e.target.closest('button.copy') : null;
    if (!b) return;
    const code = b.previousElementSibling;
    const text = code ? code.textContent : '';
    const done = (ok) => flash(b, ok ? 'copied' : 'copyFailed');
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(() => done(true), () => done(fallbackCopy(text)));
    } else done(fallbackCopy(text));
  });

  // "Show its findings" in the node panel sets the node filter.
  d.addEventListener('click', (e) => {
    const b = e.target instanceof Element ? e.target.closest('button[data-filter-node]') : null;
    if (!b || !controls.node) return;
    const want = b.dataset.filterNode;
    const opt = Array.from(controls.node.options).find((o) => o.value === want);
    if (!opt) return;
    controls.node.value = want;
    applyFilters();
    const f = $('findings');
    if (f) { f.scrollIntoView({ block: 'start' }); f.focus({ preventScroll: true }); }
  });

  // Language switch: UI labels and knowledge-base titles; text from the bundle is never translated.
  function setLang(l) {
    if (!data.labels[l]) return;
    lang = l;
    root.lang = l === 'zh' ? 'zh-CN' : 'en';
    root.dataset.lang = l;
    const swap = (sel, attr, table) => {
      if (!table) return;
      for (const el of d.querySelectorAll(sel)) {
        const key = el.getAttribute(attr);
        if (Object.prototype.hasOwnProperty.call(table, key)) el.textContent = table[key];
      }
    };
    swap('[data-i18n]', 'data-i18n', data.labels[l]);
    swap('[data-rt]', 'data-rt', data.reasons[l]);
    swap('[data-cs]', 'data-cs', data.causes[l]);
    swap('[data-st]', 'data-st', data.signals[l]);
    for (const el of d.querySelectorAll('[data-i18n-ph]')) el.setAttribute('placeholder', label(el.getAttribute('data-i18n-ph')));
    for (const el of d.querySelectorAll('[data-i18n-aria]')) el.setAttribute('aria-label', label(el.getAttribute('data-i18n-aria')));
    for (const b of d.querySelectorAll('[data-set-lang]')) b.setAttribute('aria-pressed', String(b.dataset.setLang === l));
    d.title = label('title') + titleSuffix;
    for (const m of meta) m.text = null;
    applyFilters();
  }
  for (const b of d.querySelectorAll('[data-set-lang]')) b.addEventListener('click', () => setLang(b.dataset.setLang));

  // Print everything: open every disclosure for the printout, then put them back.
  let closedForPrint = [];
  addEventListener('beforeprint', () => {
    closedForPrint = Array.from(d.querySelectorAll('details:not([open])'));
    for (const el of closedForPrint) el.open = true;
  });
  addEventListener('afterprint', () => {
    for (const el of closedForPrint) el.open = false;
    closedForPrint = [];
  });

  root.classList.add('js');
  applyFilters();
  if (location.hash) reveal(hashId());
})();
