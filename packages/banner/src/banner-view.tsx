/** @jsxRuntime classic */
/** @jsx h */
/** @jsxFrag Fragment */
// JSX through the banner's own small renderer (dom.ts), which is why the runtime is classic.
import type { AkkoordConfig, CategoryConfig, ConsentDecision } from '@akkoord/core';
import { Fragment, h } from './dom.js';
import { pick, type Translate } from './texts.js';

/** A button's action; also its `data-action` hook for tests and site scripts. `close` leaves the dialog without a choice. */
export type Action = 'accept-all' | 'reject-all' | 'preferences' | 'save' | 'close';

/**
 * What the view shows. The mount module owns it and re-renders on every change; the view holds
 * no consent logic. Fields start with `_` so the minifier shortens them (every byte is counted).
 */
export interface ViewProps {
  _config: AkkoordConfig;
  _lang: string;
  _t: Translate;
  /** `true`: the preferences dialog; `false`: the first layer. */
  _dialog: boolean;
  /** The dialog's switches by {@link keys}: nothing pre-ticked but the required category. */
  _draft: Record<string, boolean>;
  _decision: ConsentDecision | null;
  /** Categories refused because of the browser's Global Privacy Control signal. */
  _gpc: string[];
  _act(action: Action): void;
  _toggle(keys: string[], on: boolean): void;
}

/**
 * What the visitor switches in a category: each service (`category:service`) where an optional
 * category has more than one, else the category itself. The category's own switch sets them all.
 */
export const keys = (c: CategoryConfig): string[] => (!c.required && c.services![1] ? c.services!.map((s) => c.id + ':' + s.id) : [c.id]);

/** One choice button; `label` is its text key. */
const button = (p: ViewProps, action: Action, label: string) => (
  <button type="button" data-action={action} onClick={() => p._act(action)}>
    {p._t(label)}
  </button>
);

/**
 * The three equal choices, on both layers: refusing is as easy as accepting. The buttons share
 * one look (no class of their own), so none is nudged.
 */
const choices = (p: ViewProps, third: Action, thirdLabel: string) => (
  <div class="actions">
    {button(p, 'accept-all', 'actions.acceptAll')}
    {button(p, 'reject-all', 'actions.rejectAll')}
    {button(p, third, thirdLabel)}
  </div>
);

const intro = (p: ViewProps, text: string) => {
  const href = pick(p._config.privacyStatementUrl, p._lang);
  return (
    <>
      <p>
        {text} {href && <a href={href}>{p._t('banner.privacy')}</a>}
      </p>
      {p._gpc.length > 0 && <p role="note">{p._t('gpc.notice')}</p>}
    </>
  );
};

/**
 * A switch: a native checkbox (label, Space and form semantics for free) drawn as a switch. A
 * category switch over several services is a plain checkbox in role, because only a checkbox can
 * say "mixed" to a screen reader (ARIA's switch has no mixed state); it looks the same.
 */
const toggle = (p: ViewProps, k: string[], describedBy?: string, locked?: boolean) => {
  const on = k.filter((x) => p._draft[x]).length;
  return (
    <input
      type="checkbox"
      role={k[1] ? null : 'switch'}
      aria-describedby={describedBy}
      checked={locked || on == k.length}
      indeterminate={on > 0 && on < k.length}
      disabled={locked}
      onChange={(e: Event) => p._toggle(k, (e.target as HTMLInputElement).checked)}
    />
  );
};

const category = (p: ViewProps, c: CategoryConfig) => {
  const id = 'akk-' + c.id;
  const lang = p._lang;
  const services = c.services!;
  const each = keys(c)[1];
  return (
    <li>
      <label>
        <span>
          {pick(c.title, lang)} {c.required && <small>({p._t('preferences.required')})</small>}
        </span>
        {toggle(p, keys(c), id, c.required)}
      </label>
      <p id={id}>
        <small>{pick(c.description, lang)}</small>
      </p>
      {services[0] && (
        <details>
          <summary>{p._t('preferences.services', { count: services.length })}</summary>
          <ul>
            {services.map((s) => (
              <li>
                <label>
                  {s.name}
                  {each && toggle(p, [c.id + ':' + s.id])}
                </label>{' '}
                <small>{pick(s.description, lang)}</small> {s.privacyUrl && <a href={s.privacyUrl}>{p._t('preferences.privacy')}</a>}
                <ul>
                  {(s.cookies || []).map((k) => (
                    <li>
                      <small>
                        <code>{k.name}</code> {pick(k.description, lang)}
                        {k.duration && ` (${p._t('preferences.duration')}: ${pick(k.duration, lang)})`}
                      </small>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
};

/**
 * The first layer (who processes data and why, the privacy statement, three equal buttons) or
 * the modal preferences dialog (a switch per category and per service, the services and their
 * cookies, the consent id). The first layer is a region, not focused: it must not take focus from
 * the page; it comes first in the tab order instead (mount-banner.tsx). The dialog's title and
 * close button stay on top and its choices at the bottom, the rest scrolls between them.
 */
export const View = (p: ViewProps) => {
  const { _config: config, _lang: lang, _t: t } = p;
  if (!p._dialog) {
    const purposes = config.categories.filter((c) => !c.required).map((c) => pick(c.title, lang).toLowerCase());
    return (
      // `layout` and `position` are class names of their own (undefined joins as nothing: box, bottom).
      <div class={['banner', config.layout, config.position].join(' ')} role="region" aria-labelledby="akk-t">
        <h2 id="akk-t">{t('banner.title')}</h2>
        {intro(p, t('banner.body', { organisation: config.organisation || location.hostname, purposes: purposes.join(', ') }))}
        {choices(p, 'preferences', 'actions.preferences')}
      </div>
    );
  }
  return (
    <div class="overlay">
      <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="akk-t">
        <header>
          <button type="button" class="close" data-action="close" aria-label={t('actions.close')} onClick={() => p._act('close')}>
            ×
          </button>
          <h2 id="akk-t">{t('preferences.title')}</h2>
        </header>
        <div class="scroll">
          {intro(p, t('preferences.intro', { days: config.cookie!.expiryDays! }))}
          <ul>{config.categories.map((c) => category(p, c))}</ul>
          {p._decision && (
            <p>
              <small>{t('preferences.consentId', { id: p._decision.id })}</small>
            </p>
          )}
        </div>
        {choices(p, 'save', 'actions.save')}
      </div>
    </div>
  );
};
