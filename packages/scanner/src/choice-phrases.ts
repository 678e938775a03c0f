/**
 * Button texts of cookie banners in Dutch, English, German and French, normalised (lower case,
 * no accents, straight apostrophes, single spaces, no punctuation at the ends). Written from the
 * wording banners commonly use; the first phrases of each list ("all" variants) rank highest, so
 * "Alles accepteren" beats a lone "OK" on the same page.
 */
export const ACCEPT_PHRASES: readonly string[] = [
  // nl
  'alles accepteren', 'alle cookies accepteren', 'accepteer alle cookies', 'accepteer alles', 'alles toestaan',
  'alle cookies toestaan', 'sta alle cookies toe', 'alles aanvaarden', 'alle cookies aanvaarden',
  // en
  'accept all', 'accept all cookies', 'allow all', 'allow all cookies', 'agree to all', 'accept and close', 'agree and close',
  // de
  'alle akzeptieren', 'alle cookies akzeptieren', 'alle zulassen', 'alle erlauben', 'allen zustimmen', 'alle annehmen',
  'akzeptieren und schliessen',
  // fr
  'tout accepter', 'accepter tout', 'tout autoriser', 'accepter et fermer', 'accepter tous les cookies',
  // single-choice banners
  'accepteren', 'accepteer', 'akkoord', 'ik ga akkoord', 'ja ik ga akkoord', 'toestaan', 'cookies toestaan',
  'cookies accepteren', 'aanvaarden', 'accept', 'accept cookies', 'i accept', 'agree', 'i agree', 'allow',
  'allow cookies', 'akzeptieren', 'zustimmen', 'einverstanden', 'ich stimme zu', 'annehmen', 'accepter',
  "j'accepte", 'autoriser', 'accepter les cookies', "d'accord", 'got it', 'ok', 'oke', 'okay', 'prima',
];

export const REJECT_PHRASES: readonly string[] = [
  // nl
  'alles weigeren', 'alle cookies weigeren', 'weiger alles', 'weiger alle cookies', 'alles afwijzen', 'alle cookies afwijzen',
  'alleen noodzakelijke cookies', 'alleen noodzakelijk', 'alleen noodzakelijke', 'alleen functionele cookies',
  'alleen essentiele cookies', 'ga door zonder te accepteren', 'doorgaan zonder te accepteren',
  // en
  'reject all', 'reject all cookies', 'decline all', 'deny all', 'refuse all', 'necessary only', 'only necessary',
  'only necessary cookies', 'necessary cookies only', 'use necessary cookies only', 'essential only', 'only essential',
  'essential cookies only', 'continue without accepting',
  // de
  'alle ablehnen', 'alle cookies ablehnen', 'alle verweigern', 'nur notwendige', 'nur notwendige cookies',
  'nur essenzielle cookies', 'nur erforderliche cookies', 'ablehnen und schliessen', 'weiter ohne einwilligung',
  // fr
  'tout refuser', 'refuser tout', 'refuser tous les cookies', 'continuer sans accepter', 'uniquement les cookies necessaires',
  // single-choice banners
  'weigeren', 'weiger', 'afwijzen', 'niet akkoord', 'nee bedankt', 'reject', 'decline', 'deny', 'refuse', 'no thanks',
  'i decline', 'ablehnen', 'verweigern', 'nicht einverstanden', 'refuser', 'je refuse', 'non merci',
];
