// The dashboard's scripts are classic scripts sharing one namespace, not modules: the collector
// serves them as files (dashboard/index.html), and `akkoord-log report` inlines the very same files
// into one HTML file, where modules could not import each other. Browser-only code: window is there.
(function (ns) {
  'use strict';

  /**
   * A translator over one language's i18next-style resources: nested keys (`charts.optIn.title`),
   * `{{name}}` interpolation and `_one` / `_other` plurals chosen by `count`. A missing key
   * returns the key itself, so a gap is visible instead of an empty label.
   * @param {Record<string, unknown>} resources
   * @param {string} lng
   * @returns {(key: string, vars?: Record<string, string | number>) => string}
   */
  ns.translator = function (resources, lng) {
    const plural = new Intl.PluralRules(lng);
    const lookup = (key) =>
      key
        .split('.')
        .reduce((o, k) => (o && typeof o === 'object' && Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined), resources);
    return function t(key, vars) {
      let text;
      if (vars && typeof vars.count === 'number') text = lookup(key + '_' + plural.select(vars.count)) ?? lookup(key + '_other');
      if (text === undefined) text = lookup(key);
      if (typeof text !== 'string') return key;
      return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name) =>
        vars && Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
      );
    };
  };

  /**
   * Sets the text of every element under `root` that names a key in its `data-i18n`; text only, never markup.
   * @param {ParentNode} root
   * @param {(key: string) => string} t
   */
  ns.translatePage = function (root, t) {
    for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.getAttribute('data-i18n'));
  };
})((window.akkoordDashboard = window.akkoordDashboard || {}));
