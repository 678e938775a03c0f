// The dashboard's start-up: signs in with a read token (kept in sessionStorage only, so it ends
// with the tab), asks GET /v1/stats, and renders through stats-view.js. In a report written by
// `akkoord-log report` the statistics are embedded in the page instead (#akkoord-report-data),
// and the same view renders them without a network.
(function (ns) {
  'use strict';

  const TOKEN_KEY = 'akkoord-dashboard-token';
  const LANG_KEY = 'akkoord-dashboard-lang';
  const LANGS = ['nl', 'en'];
  const DAY = 86_400_000;

  const $ = (id) => document.getElementById(id);
  const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);

  /** The language to start in: the one chosen in this tab before, else the browser's if offered, else English. */
  function startLang(fallback) {
    const chosen = sessionStorage.getItem(LANG_KEY);
    if (chosen && LANGS.includes(chosen)) return chosen;
    if (fallback) return fallback;
    return (navigator.languages || [navigator.language]).some((l) => /^nl\b/i.test(l)) ? 'nl' : 'en';
  }

  /**
   * Shared by both modes: the language switch, the page texts and a redraw on resize.
   * @param {Record<string, object>} locales
   * @param {string} lang
   * @param {(t: Function, lang: string) => void} render called on start and on every language change
   */
  function setUp(locales, lang, render) {
    let current = lang;
    const apply = () => {
      const t = ns.translator(locales[current], current);
      document.documentElement.lang = current;
      ns.translatePage(document, t);
      render(t, current);
    };
    const select = $('ak-lang');
    select.value = current;
    select.addEventListener('change', () => {
      current = LANGS.includes(select.value) ? select.value : 'en';
      sessionStorage.setItem(LANG_KEY, current);
      apply();
    });
    apply();
  }

  /** Redraws the charts when their width changes (a rotated phone, a resized window). */
  function onResize(redraw) {
    let width = document.documentElement.clientWidth;
    let queued = false;
    window.addEventListener('resize', () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        const now = document.documentElement.clientWidth;
        if (now !== width) {
          width = now;
          redraw();
        }
      });
    });
  }

  /** A file-name part: letters, digits, `.` and `-` only (site names are data). */
  const slug = (s) =>
    String(s)
      .replace(/[^A-Za-z0-9.-]+/g, '_')
      .slice(0, 80);

  function startReport(data) {
    let view = { redraw() {} };
    setUp(data.locales, startLang(data.lang), (t, lang) => {
      const when = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
      $('ak-report-sites').textContent = data.sites.join(', ');
      $('ak-report-range').textContent = t('report.range', {
        from: data.stats.from === null ? '…' : when.format(data.stats.from),
        to: data.stats.to === null ? '…' : when.format(data.stats.to - 1),
      });
      $('ak-report-made').textContent = t('report.made', { date: when.format(data.generatedAt) });
      view = ns.renderStats($('ak-view'), {
        stats: data.stats,
        revisions: data.revisions,
        t,
        lang,
        fileName: `akkoord-${slug(data.sites.join('+'))}`,
      });
    });
    onResize(() => view.redraw());
  }

  async function startDashboard() {
    const locales = {};
    await Promise.all(
      LANGS.map(async (l) => {
        const res = await fetch(`locales/${l}/dashboard.json`, { cache: 'no-cache' });
        locales[l] = await res.json();
      }),
    );
    const form = $('ak-filters');
    const today = Math.floor(Date.now() / DAY) * DAY;
    $('ak-from').value = isoDay(today - 29 * DAY);
    $('ak-to').value = isoDay(today);
    let t = ns.translator(locales.en, 'en');
    let lang = 'en';
    let last = null;
    let view = { redraw() {} };
    // The last message shown in each live region, so a language change can say it again.
    const said = { 'ak-status': [], 'ak-error': [] };
    const say = (id, key, vars) => {
      said[id] = key ? [key, vars] : [];
      $(id).textContent = key ? t(key, vars) : '';
    };
    const status = (key, vars) => say('ak-status', key, vars);
    const error = (key, vars) => say('ak-error', key, vars);

    const signedIn = (yes) => {
      $('ak-signin').hidden = yes;
      form.hidden = !yes;
      $('ak-signout').hidden = !yes;
      if (!yes) $('ak-view').replaceChildren();
    };
    const show = () => {
      if (!last) return;
      const site = $('ak-site').value;
      view = ns.renderStats($('ak-view'), {
        ...last,
        t,
        lang,
        fileName: `akkoord-${slug(site || 'all')}-${$('ak-from').value}-${$('ak-to').value}`,
      });
    };
    /** Fills the site list from the answer, keeping the choice; option texts are set as text. */
    const fillSites = (sites) => {
      const select = $('ak-site');
      const chosen = select.value;
      const all = new Option(t('filters.allSites'), '');
      select.replaceChildren(all, ...sites.map((s) => new Option(s, s)));
      select.value = sites.includes(chosen) ? chosen : '';
    };

    const load = async () => {
      const token = sessionStorage.getItem(TOKEN_KEY);
      if (!token) return signedIn(false);
      error();
      status('status.loading');
      const params = new URLSearchParams();
      if ($('ak-site').value) params.set('site', $('ak-site').value);
      if ($('ak-from').value) params.set('from', $('ak-from').value);
      // The form's "to" is the last day shown; the API's `to` is exclusive.
      if ($('ak-to').value) params.set('to', isoDay(Date.parse($('ak-to').value) + DAY));
      const ask = async (by) => {
        params.set('by', by);
        const res = await fetch(`../v1/stats?${params}`, { headers: { Authorization: `Bearer ${token}` }, cache: 'no-store' });
        const body = await res.json().catch(() => ({}));
        return { res, body };
      };
      let answers;
      try {
        answers = await Promise.all([ask($('ak-by').value === 'week' ? 'week' : 'day'), ask('revision')]);
      } catch {
        status();
        return error('errors.network');
      }
      status();
      const bad = answers.find((a) => !a.res.ok);
      if (bad) {
        const { res, body } = bad;
        if (res.status === 401) {
          sessionStorage.removeItem(TOKEN_KEY);
          signedIn(false);
          return error('errors.unauthorized');
        }
        if (res.status === 429) return error('errors.rateLimited', { seconds: res.headers.get('Retry-After') || '60' });
        if (body.error === 'read_disabled') return error('errors.readDisabled');
        return error('errors.other', { status: res.status });
      }
      signedIn(true);
      const [stats, revisions] = answers.map((a) => a.body);
      fillSites(stats.sites);
      last = { stats, revisions };
      show();
      status('status.updated', { count: stats.total.decisions });
    };

    $('ak-signin-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const token = $('ak-token').value.trim();
      if (!token) return;
      sessionStorage.setItem(TOKEN_KEY, token);
      $('ak-token').value = '';
      void load();
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void load();
    });
    $('ak-signout').addEventListener('click', () => {
      sessionStorage.removeItem(TOKEN_KEY);
      last = null;
      signedIn(false);
      status();
      $('ak-token').focus();
    });
    setUp(locales, startLang(), (nt, nl) => {
      t = nt;
      lang = nl;
      const site = $('ak-site');
      if (site.options.length) site.options[0].textContent = t('filters.allSites');
      for (const [id, [key, vars]] of Object.entries(said)) say(id, key, vars);
      show();
    });
    onResize(() => view.redraw());
    if (sessionStorage.getItem(TOKEN_KEY)) void load();
    else signedIn(false);
  }

  function start() {
    const data = document.getElementById('akkoord-report-data');
    if (data) startReport(JSON.parse(data.textContent));
    else void startDashboard();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})((window.akkoordDashboard = window.akkoordDashboard || {}));
