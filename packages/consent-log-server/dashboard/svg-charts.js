// Charts drawn as plain SVG (docs/consent-log.md, "Statistics, the dashboard and the report", says
// why no charting library).
// Every text comes in through textContent and every number through setAttribute: data never
// becomes markup. The SVG is one image to assistive technology (role="img", named by its
// figure); the table under each chart carries the same numbers for screen readers.
(function (ns) {
  'use strict';

  const SVG_NS = 'http://www.w3.org/2000/svg';
  /** Chart height in px; the width is the container's, so text keeps its size on a phone. */
  const HEIGHT = 240;
  const MARGIN = { top: 14, right: 14, bottom: 40, left: 48 };
  /**
   * Series colours: each at least 3:1 against white (WCAG 1.4.11) and told apart by more than
   * hue, since every series also has its own marker shape and dash pattern.
   */
  const COLOURS = ['#0b5fa5', '#b35900', '#1b7d4f', '#a23b72', '#5e4fa2', '#7a6200', '#c0392b', '#3d3d3d'];
  const DASHES = ['', '7 3', '2 3', '9 3 2 3'];
  const SHAPES = ['circle', 'square', 'triangle', 'diamond'];

  /**
   * An SVG element with attributes (numbers and strings set as attribute values, never parsed).
   * @param {string} tag
   * @param {Record<string, string | number>} [attrs]
   * @param {(Node | null)[]} [children]
   */
  function el(tag, attrs = {}, children = []) {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    for (const c of children) if (c) node.appendChild(c);
    return node;
  }

  /** A `<title>` (the browser's tooltip on hover) holding plain text. */
  function tooltip(text) {
    const t = el('title');
    t.textContent = text;
    return t;
  }

  function label(x, y, text, anchor = 'middle', cls = 'ak-axis-label') {
    const t = el('text', { x, y, 'text-anchor': anchor, class: cls });
    t.textContent = text;
    return t;
  }

  /** Path data of a marker of `shape` centred on (x, y). */
  function markerPath(shape, x, y) {
    const r = 4;
    if (shape === 'square') return `M${x - r} ${y - r}h${2 * r}v${2 * r}h${-2 * r}z`;
    if (shape === 'triangle') return `M${x} ${y - r - 1}L${x + r + 1} ${y + r}H${x - r - 1}z`;
    if (shape === 'diamond') return `M${x} ${y - r - 1}L${x + r + 1} ${y}L${x} ${y + r + 1}L${x - r - 1} ${y}z`;
    return `M${x - r} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
  }

  /** A round upper bound for counts, so the axis reads 0, 25, 50, … rather than 0, 23, 46, … */
  function niceMax(max) {
    if (max <= 4) return 4;
    const step = 10 ** Math.floor(Math.log10(max / 4));
    for (const m of [1, 2, 2.5, 5, 10]) if (max <= 4 * m * step) return 4 * m * step;
    return max;
  }

  /**
   * The frame every chart shares: the SVG, its horizontal grid with the y-axis labels, the x-axis
   * labels (thinned so they never overlap), and the scales.
   * @param {{ width: number, labels: string[], yMax: number, yFormat: (v: number) => string }} o
   */
  function frame(o) {
    const width = Math.max(260, Math.floor(o.width));
    const plotW = width - MARGIN.left - MARGIN.right;
    const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
    const svg = el('svg', { viewBox: `0 0 ${width} ${HEIGHT}`, width, height: HEIGHT, class: 'ak-chart', role: 'img', focusable: 'false' });
    const y = (v) => MARGIN.top + plotH - (o.yMax ? (v / o.yMax) * plotH : 0);
    const band = o.labels.length ? plotW / o.labels.length : plotW;
    const x = (i) => MARGIN.left + band * (i + 0.5);
    for (let i = 0; i <= 4; i++) {
      const v = (o.yMax * i) / 4;
      svg.appendChild(el('line', { x1: MARGIN.left, x2: width - MARGIN.right, y1: y(v), y2: y(v), class: i ? 'ak-grid' : 'ak-axis' }));
      svg.appendChild(label(MARGIN.left - 6, y(v) + 4, o.yFormat(v), 'end'));
    }
    // About 64 px per label: "12 jan" or "W52" at 12 px. A longer label (a measure, a revision) is
    // cut to the room it has, at about 6.5 px a character; the tables give it whole.
    const step = Math.max(1, Math.ceil(o.labels.length / Math.max(1, Math.floor(plotW / 64))));
    const room = Math.max(3, Math.floor((band * step - 6) / 6.5));
    o.labels.forEach((text, i) => {
      if (i % step) return;
      const cut = text.length > room ? text.slice(0, room - 1) + '…' : text;
      const t = svg.appendChild(label(x(i), HEIGHT - MARGIN.bottom + 18, cut));
      if (cut !== text) t.appendChild(tooltip(text));
    });
    return { svg, plotW, plotH, band, x, y };
  }

  /**
   * Lines over periods, one per series (values 0–1 or null for a period without decisions).
   * A faint period (too few decisions) gets a hollow marker and breaks the line, so a share read
   * from a handful of decisions does not look like a trend.
   * @param {{ width: number, labels: string[], faint: boolean[], series: { name: string, values: (number | null)[] }[], format: (v: number) => string }} o
   */
  ns.lineChart = function (o) {
    const f = frame({ width: o.width, labels: o.labels, yMax: 1, yFormat: o.format });
    o.series.forEach((s, si) => {
      const colour = COLOURS[si % COLOURS.length];
      let d = '';
      let open = false;
      s.values.forEach((v, i) => {
        if (v === null || o.faint[i]) return void (open = false);
        d += `${open ? 'L' : 'M'}${f.x(i).toFixed(1)} ${f.y(v).toFixed(1)}`;
        open = true;
      });
      if (d) f.svg.appendChild(el('path', { d, stroke: colour, 'stroke-dasharray': DASHES[si % DASHES.length], class: 'ak-line' }));
      s.values.forEach((v, i) => {
        if (v === null) return;
        const attrs = { d: markerPath(SHAPES[si % SHAPES.length], f.x(i), f.y(v)), stroke: colour, fill: o.faint[i] ? '#fff' : colour };
        f.svg.appendChild(el('path', attrs, [tooltip(`${s.name}, ${o.labels[i]}: ${o.format(v)}`)]));
      });
    });
    return f.svg;
  };

  /**
   * One bar per period split into the series' shares (stacked to the period's total). Faint
   * periods are drawn pale.
   * @param {{ width: number, labels: string[], faint: boolean[], series: { name: string, values: number[] }[], format: (v: number) => string }} o
   */
  ns.stackedBars = function (o) {
    const f = frame({ width: o.width, labels: o.labels, yMax: 1, yFormat: o.format });
    const w = Math.max(1, f.band * 0.7);
    o.labels.forEach((text, i) => {
      let base = 0;
      o.series.forEach((s, si) => {
        const v = s.values[i];
        if (!v) return;
        const rect = el('rect', {
          x: f.x(i) - w / 2,
          y: f.y(base + v),
          width: w,
          height: f.y(base) - f.y(base + v),
          fill: COLOURS[si % COLOURS.length],
          class: o.faint[i] ? 'ak-faint' : '',
        });
        rect.appendChild(tooltip(`${s.name}, ${text}: ${o.format(v)}`));
        f.svg.appendChild(rect);
        base += v;
      });
    });
    return f.svg;
  };

  /**
   * One bar per period (counts).
   * @param {{ width: number, labels: string[], faint: boolean[], values: number[], format: (v: number) => string }} o
   */
  ns.barChart = function (o) {
    const f = frame({ width: o.width, labels: o.labels, yMax: niceMax(Math.max(0, ...o.values)), yFormat: o.format });
    const w = Math.max(1, f.band * 0.7);
    o.values.forEach((v, i) => {
      if (!v) return;
      const rect = el('rect', {
        x: f.x(i) - w / 2,
        y: f.y(v),
        width: w,
        height: f.y(0) - f.y(v),
        fill: COLOURS[0],
        class: o.faint[i] ? 'ak-faint' : '',
      });
      rect.appendChild(tooltip(`${o.labels[i]}: ${o.format(v)}`));
      f.svg.appendChild(rect);
    });
    return f.svg;
  };

  /**
   * Bars side by side: one group per measure (e.g. "accept all"), one bar per series (a banner
   * revision) in each, to compare revisions. Values 0–1 or null.
   * @param {{ width: number, groups: string[], series: { name: string, values: (number | null)[], faint: boolean }[], format: (v: number) => string }} o
   */
  ns.groupedBars = function (o) {
    const f = frame({ width: o.width, labels: o.groups, yMax: 1, yFormat: o.format });
    const n = Math.max(1, o.series.length);
    const w = Math.max(1, (f.band * 0.8) / n);
    o.groups.forEach((g, gi) => {
      o.series.forEach((s, si) => {
        const v = s.values[gi];
        if (v === null || v === undefined) return;
        const x = f.x(gi) - (w * n) / 2 + si * w;
        const rect = el('rect', {
          x,
          y: f.y(v),
          width: Math.max(1, w - 1),
          height: f.y(0) - f.y(v),
          fill: COLOURS[si % COLOURS.length],
          class: s.faint ? 'ak-faint' : '',
        });
        rect.appendChild(tooltip(`${s.name}, ${g}: ${o.format(v)}`));
        f.svg.appendChild(rect);
      });
    });
    return f.svg;
  };

  /**
   * The legend as an HTML list (text, so it reads and wraps like text): a small swatch in each
   * series' colour, with its marker and dash for line charts.
   * @param {string[]} names
   * @param {'line' | 'box'} kind
   */
  ns.legend = function (names, kind) {
    const list = document.createElement('ul');
    list.className = 'ak-legend';
    names.forEach((name, i) => {
      const item = document.createElement('li');
      const colour = COLOURS[i % COLOURS.length];
      const swatch = el('svg', { width: 26, height: 12, viewBox: '0 0 26 12', 'aria-hidden': 'true', focusable: 'false' });
      if (kind === 'line') {
        swatch.appendChild(el('path', { d: 'M1 6H25', stroke: colour, 'stroke-dasharray': DASHES[i % DASHES.length], class: 'ak-line' }));
        swatch.appendChild(el('path', { d: markerPath(SHAPES[i % SHAPES.length], 13, 6), stroke: colour, fill: colour }));
      } else {
        swatch.appendChild(el('rect', { x: 6, y: 0, width: 12, height: 12, fill: colour }));
      }
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(name));
      list.appendChild(item);
    });
    return list;
  };
})((window.akkoordDashboard = window.akkoordDashboard || {}));
