import { createInstance, type TFunction } from 'i18next';
import enRegister from '../locales/en/register.json' with { type: 'json' };
import enStatement from '../locales/en/statement.json' with { type: 'json' };
import enValidator from '../locales/en/validator.json' with { type: 'json' };
import nlRegister from '../locales/nl/register.json' with { type: 'json' };
import nlInformal from '../locales/nl/statement-informal.json' with { type: 'json' };
import nlStatement from '../locales/nl/statement.json' with { type: 'json' };
import nlValidator from '../locales/nl/validator.json' with { type: 'json' };
import type { Lang } from './types.js';

/** The Dutch form of address: `u` (formal) or `je` (informal). English has one form. */
export type AddressForm = 'formal' | 'informal';

/** A translate function bound to one language and form of address. */
export type Translate = TFunction;

/**
 * Creates a fresh i18next instance for one call, so concurrent runs in other languages never
 * share state. The informal Dutch set only overrides the sentences that address the reader;
 * everything else falls back to the formal set.
 */
export function createTranslate(lang: Lang, address: AddressForm = 'formal'): Translate {
  const i18n = createInstance();
  const informal = lang === 'nl' && address === 'informal';
  void i18n.init({
    lng: lang,
    fallbackLng: false,
    resources: {
      nl: { statement: nlStatement, informal: nlInformal, validator: nlValidator, register: nlRegister },
      en: { statement: enStatement, validator: enValidator, register: enRegister },
    },
    ns: ['statement', 'informal', 'validator', 'register'],
    defaultNS: informal ? 'informal' : 'statement',
    fallbackNS: 'statement',
    initAsync: false,
    returnEmptyString: false,
    returnNull: false,
    // Values are escaped by the renderers, which know the output format.
    interpolation: { escapeValue: false },
  });
  return i18n.t.bind(i18n) as Translate;
}
