// The statistics view, shared by the dashboard and the report: summary figures, five charts, and
// under each its numbers as a table and a CSV download. Built with createElement and textContent
// only: site, revision, category and service names are data and never become markup.
(function (ns) {
  'use strict';

  /** The actions the first charts single out; every action is in the tables and the stacked chart. */
  const MAIN_ACTIONS = ['accept-all', 'reject-all', 'custom', 'gpc'];

  function h(tag, attrs = {}, text) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** One CSV cell (RFC 4180), with a leading `'` before `= + - @`, tab or CR so a spreadsheet shows text, not a formula. */
  function csvCell(value) {
    const s = value === null || value === undefined ? '' : String(value);
    const v = /^[=+\-@\t\r]/.test(s) ? "'" + s : s;
    return /[",\r\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
  }

  /**
   * A table as data: the dashboard's table view and its CSV come from the same rows, so they
   * cannot disagree. A cell holds the exact value (count, or share 0–1) and the text shown.
   * @typedef {{ value: number | string | null, text: string }} Cell
   * @typedef {{ caption: string, head: string[], rows: { key: string, head: string, cells: Cell[] }[] }} TableModel
   */

  /** @param {TableModel} m */
  function tableCsv(m) {
    return (
      [m.head, ...m.rows.map((r) => [r.key, ...r.cells.map((c) => c.value)])].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
    );
  }

  /** @param {TableModel} m @param {string} id */
  function tableElement(m, id) {
    const table = h('table');
    table.appendChild(h('caption', { id: id + '-caption' }, m.caption));
    const headRow = h('tr');
    m.head.forEach((text) => headRow.appendChild(h('th', { scope: 'col' }, text)));
    table.appendChild(h('thead')).appendChild(headRow);
    const body = table.appendChild(h('tbody'));
    for (const r of m.rows) {
      const tr = body.appendChild(h('tr', { 'data-key': r.key }));
      tr.appendChild(h('th', { scope: 'row' }, r.head));
      for (const c of r.cells) tr.appendChild(h('td', c.value === null ? {} : { 'data-value': c.value }, c.text));
    }
    return table;
  }

  /** Offers `text` as a file download (a Blob URL: works offline, in the report too). */
  function download(name, text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    const a = h('a', { href: url, download: name });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  /**
   * Renders `data` into `root` (emptied first). Returns `redraw()`, which draws the charts again at
   * their boxes' current width (after a resize or a rotated phone).
   * @param {HTMLElement} root
   * @param {{ stats: any, revisions: any, t: (key: string, vars?: object) => string, lang: string, fileName: string }} o
   */
  ns.renderStats = function (root, o) {
    const { stats, revisions, t, lang } = o;
    root.replaceChildren();
    const pct = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
    const num = new Intl.NumberFormat(lang);
    const pctText = (v) => (v === null ? '–' : pct.format(v));
    const share = (n, of) => (of ? Math.round((n / of) * 10_000) / 10_000 : null);
    const actionName = (a) => (t('actions.' + a) === 'actions.' + a ? a : t('actions.' + a));
    const day = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    const longDay = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const shortLabel = (b) =>
      stats.by === 'day' ? day.format(b.start) : stats.by === 'week' ? t('period.week', { week: Number(b.key.slice(6)) }) : b.key;
    const longLabel = (b) =>
      stats.by === 'day'
        ? longDay.format(b.start)
        : t('period.weekLong', { week: Number(b.key.slice(6)), year: b.key.slice(0, 4), from: longDay.format(b.start) });
    const total = stats.total;

    // Summary figures over the whole range.
    const tiles = root.appendChild(h('dl', { class: 'ak-tiles' }));
    const tile = (label, value, id) => {
      const d = tiles.appendChild(h('div', { class: 'ak-tile', 'data-tile': id }));
      d.appendChild(h('dt', {}, label));
      d.appendChild(h('dd', {}, value));
    };
    tile(t('summary.decisions'), num.format(total.decisions), 'decisions');
    for (const a of MAIN_ACTIONS)
      tile(t('summary.share', { action: actionName(a) }), pctText(share(total.actions[a] ?? 0, total.decisions)), a);
    root.appendChild(h('p', { class: 'ak-note' }, t('notes.tooFew', { count: stats.minDecisions })));
    if (!total.decisions) {
      root.appendChild(h('p', { class: 'ak-empty' }, t('notes.empty')));
      return { redraw() {} };
    }

    const periods = stats.buckets;
    const faint = periods.map((b) => b.tooFewToRead);
    const labels = periods.map(shortLabel);
    const actions = Object.keys(total.actions);
    const categories = Object.keys(total.categories).filter((k) => total.categories[k].offered > 0);
    const services = Object.keys(total.services).filter((k) => total.services[k].offered > 0);
    const periodHead = t(stats.by === 'day' ? 'table.day' : 'table.week');
    const tooFewCell = (b) => ({ value: b.tooFewToRead ? 1 : 0, text: b.tooFewToRead ? t('table.tooFew') : '' });
    const countCell = (n) => ({ value: n, text: num.format(n) });
    const shareCell = (v) => ({ value: v, text: pctText(v) });
    const periodRow = (b, cells) => ({ key: b.key, head: longLabel(b), cells: [countCell(b.decisions), ...cells, tooFewCell(b)] });
    const charts = [];

    /** One chart section: heading, description, chart, legend, table (hidden until asked for, always read by screen readers) and CSV. */
    const section = (id, draw, legend, model) => {
      const sec = root.appendChild(h('section', { class: 'ak-card', 'aria-labelledby': `ak-${id}-h`, 'data-chart': id }));
      sec.appendChild(h('h2', { id: `ak-${id}-h` }, t(`charts.${id}.title`)));
      sec.appendChild(h('p', { id: `ak-${id}-d`, class: 'ak-desc' }, t(`charts.${id}.desc`, { count: stats.minDecisions })));
      const box = sec.appendChild(h('div', { class: 'ak-chart-box' }));
      const render = () => {
        const svg = draw(box.clientWidth || 320);
        svg.setAttribute('aria-labelledby', `ak-${id}-h`);
        svg.setAttribute('aria-describedby', `ak-${id}-d`);
        box.replaceChildren(svg);
      };
      charts.push(render);
      if (legend) sec.appendChild(legend);
      const tools = sec.appendChild(h('div', { class: 'ak-tools' }));
      const toggle = tools.appendChild(
        h('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': `ak-${id}-t` }, t('table.show')),
      );
      const csv = tools.appendChild(h('button', { type: 'button', class: 'ak-csv' }, t('table.csv')));
      // Visually hidden, not display:none, so a screen reader finds the numbers without a click.
      const wrap = sec.appendChild(
        h('div', { id: `ak-${id}-t`, class: 'ak-table-wrap ak-sr-only', role: 'region', 'aria-labelledby': `ak-${id}-t-caption` }),
      );
      wrap.appendChild(tableElement(model, `ak-${id}-t`));
      toggle.addEventListener('click', () => {
        const open = toggle.getAttribute('aria-expanded') !== 'true';
        toggle.setAttribute('aria-expanded', String(open));
        toggle.textContent = t(open ? 'table.hide' : 'table.show');
        wrap.classList.toggle('ak-sr-only', !open);
        // Focusable (to scroll a wide table by keyboard) only while it is shown.
        if (open) wrap.setAttribute('tabindex', '0');
        else wrap.removeAttribute('tabindex');
      });
      csv.addEventListener('click', () => download(`${o.fileName}-${id}.csv`, tableCsv(model)));
    };

    section(
      'optIn',
      (width) =>
        ns.lineChart({
          width,
          labels,
          faint,
          format: pctText,
          series: categories.map((c) => ({ name: c, values: periods.map((b) => b.categories[c]?.share ?? null) })),
        }),
      ns.legend(categories, 'line'),
      {
        caption: t('charts.optIn.title'),
        head: [periodHead, t('table.decisions'), ...categories, ...services, t('table.note')],
        rows: periods.map((b) =>
          periodRow(b, [
            ...categories.map((c) => shareCell(b.categories[c].share)),
            ...services.map((s) => shareCell(b.services[s].share)),
          ]),
        ),
      },
    );

    section(
      'actions',
      (width) =>
        ns.stackedBars({
          width,
          labels,
          faint,
          format: pctText,
          series: actions.map((a) => ({ name: actionName(a), values: periods.map((b) => share(b.actions[a], b.decisions) ?? 0) })),
        }),
      ns.legend(actions.map(actionName), 'box'),
      {
        caption: t('charts.actions.title'),
        head: [
          periodHead,
          t('table.decisions'),
          ...actions.flatMap((a) => [actionName(a), t('table.shareOf', { what: actionName(a) })]),
          t('table.note'),
        ],
        rows: periods.map((b) =>
          periodRow(
            b,
            actions.flatMap((a) => [countCell(b.actions[a]), shareCell(share(b.actions[a], b.decisions))]),
          ),
        ),
      },
    );

    const revs = revisions.buckets;
    const measures = [
      ...MAIN_ACTIONS.map((a) => ({ name: actionName(a), of: (b) => share(b.actions[a] ?? 0, b.decisions) })),
      ...categories.map((c) => ({ name: c, of: (b) => b.categories[c]?.share ?? null })),
    ];
    section(
      'revisions',
      (width) =>
        ns.groupedBars({
          width,
          format: pctText,
          groups: measures.map((m) => m.name),
          series: revs.map((b) => ({ name: b.key, faint: b.tooFewToRead, values: measures.map((m) => m.of(b)) })),
        }),
      ns.legend(
        revs.map((b) => t('period.revision', { revision: b.key })),
        'box',
      ),
      {
        caption: t('charts.revisions.title'),
        head: [
          t('table.revision'),
          t('table.firstAt'),
          t('table.lastAt'),
          t('table.decisions'),
          ...measures.map((m) => m.name),
          t('table.note'),
        ],
        rows: revs.map((b) => ({
          key: b.key,
          head: b.key,
          cells: [
            { value: b.firstAt, text: longDay.format(b.firstAt) },
            { value: b.lastAt, text: longDay.format(b.lastAt) },
            countCell(b.decisions),
            ...measures.map((m) => shareCell(m.of(b))),
            tooFewCell(b),
          ],
        })),
      },
    );

    section(
      'gpc',
      (width) =>
        ns.lineChart({
          width,
          labels,
          faint,
          format: pctText,
          series: [{ name: actionName('gpc'), values: periods.map((b) => share(b.actions.gpc ?? 0, b.decisions)) }],
        }),
      null,
      {
        caption: t('charts.gpc.title'),
        head: [periodHead, t('table.decisions'), actionName('gpc'), t('table.shareOf', { what: actionName('gpc') }), t('table.note')],
        rows: periods.map((b) => periodRow(b, [countCell(b.actions.gpc ?? 0), shareCell(share(b.actions.gpc ?? 0, b.decisions))])),
      },
    );

    section(
      'decisions',
      (width) => ns.barChart({ width, labels, faint, format: (v) => num.format(v), values: periods.map((b) => b.decisions) }),
      null,
      {
        caption: t('charts.decisions.title'),
        head: [periodHead, t('table.decisions'), t('table.note')],
        rows: periods.map((b) => periodRow(b, [])),
      },
    );

    const redraw = () => charts.forEach((draw) => draw());
    redraw();
    return { redraw };
  };
})((window.akkoordDashboard = window.akkoordDashboard || {}));
