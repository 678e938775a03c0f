/** @jsxRuntime classic */
/** @jsx h */
/** @jsxFrag Fragment */
// JSX through the banner's own small renderer (dom.ts), which is why the runtime is classic.
import type { AkkoordConfig, CategoryConfig, ConsentDecision } from '@akkoord/core';
import { Fragment, h } from './dom.js';
import { pick, type Translate } from './texts.js';

/** A button's action; also its `data-action` hook for tests and site scripts. */
export type Action = 'accept-all' | 'reject-all' | 'preferences' | 'save';

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
  /** The dialog's switches per category id: nothing pre-ticked but the required one. */
  _draft: Record<string, boolean>;
  _decision: ConsentDecision | null;
  /** Categories refused because of the browser's Global Privacy Control signal. */
  _gpc: string[];
  _act(action: Action): void;
  _toggle(category: string, on: boolean): void;
}

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

const category = (p: ViewProps, c: CategoryConfig) => {
  const id = 'akk-' + c.id;
  const lang = p._lang;
  const services = c.services || [];
  return (
    <li>
      <label>
        <span>
          {pick(c.title, lang)} {c.required && <small>({p._t('preferences.required')})</small>}
        </span>
        <input
          type="checkbox"
          role="switch"
          aria-describedby={id}
          checked={c.required || p._draft[c.id]}
          disabled={c.required}
          onChange={(e: Event) => p._toggle(c.id, (e.target as HTMLInputElement).checked)}
        />
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
                <b>{s.name}</b> <small>{pick(s.description, lang)}</small>{' '}
                {s.privacyUrl && <a href={s.privacyUrl}>{p._t('preferences.privacy')}</a>}
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
 * the modal preferences dialog (a switch per category, its services and cookies, the consent id).
 */
export const View = (p: ViewProps) => {
  const { _config: config, _lang: lang, _t: t } = p;
  if (!p._dialog) {
    const purposes = config.categories.filter((c) => !c.required).map((c) => pick(c.title, lang).toLowerCase());
    return (
      <div class="banner" role="region" aria-labelledby="akk-t" tabindex="-1">
        <h2 id="akk-t">{t('banner.title')}</h2>
        {intro(p, t('banner.body', { organisation: config.organisation || location.hostname, purposes: purposes.join(', ') }))}
        {choices(p, 'preferences', 'actions.preferences')}
      </div>
    );
  }
  return (
    <div class="overlay">
      <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="akk-t">
        <h2 id="akk-t">{t('preferences.title')}</h2>
        {intro(p, t('preferences.intro', { days: config.cookie!.expiryDays! }))}
        <ul>{config.categories.map((c) => category(p, c))}</ul>
        {p._decision && (
          <p>
            <small>{t('preferences.consentId', { id: p._decision.id })}</small>
          </p>
        )}
        {choices(p, 'save', 'actions.save')}
      </div>
    </div>
  );
};
