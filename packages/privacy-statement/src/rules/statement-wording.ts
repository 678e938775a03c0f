/**
 * What real Dutch and English privacy statements say that a statement should not: outdated legal
 * terms (V09), "by using this site you agree" (V18) and liability disclaimers (V19). Built from
 * the wordings the AP, WP260 and the facts file name and from how statements word them; each
 * detector returns the phrase it found, for the message, or undefined.
 */
import { NEGATION, clauses, quote, sentences } from './free-text.js';

const anyOf = (parts: string[]) => new RegExp(parts.join('|'), 'i');

/**
 * Terms the GDPR replaced in 2018 (Wbp, CBP, "bewerker") and transfer tools that no longer exist
 * (Safe Harbor: C-362/14, 2015; Privacy Shield: C-311/18, 2020; the SCC decisions of 2001, 2004
 * and 2010, replaced by Decision (EU) 2021/914).
 */
const OUTDATED = anyOf([
  String.raw`\bwet\s+bescherming\s+persoonsgegevens\b`,
  String.raw`\bw\.?b\.?p\b\.?`,
  String.raw`\bcollege\s+bescherming\s+persoonsgegevens\b`,
  String.raw`\bcbp\b`,
  // "bewerker", "sub-bewerkers", "bewerkersovereenkomst(en)", "bewerkers-overeenkomst", "bewerkerscontract"
  String.raw`\b(?:sub-?)?bewerkers?(?:-?(?:overeenkomst(?:en)?|contract(?:en)?))?\b`,
  String.raw`\bbewerkingsovereenkomst(?:en)?\b`,
  String.raw`\bprivacy[\s-]?shield\b`,
  String.raw`\bsafe[\s-]?harbou?r\b`,
  String.raw`\b(?:richtlijn|directive)\s+95\/46`,
  String.raw`\bdata\s+protection\s+directive\b`,
  String.raw`\bdata\s+protection\s+act\s+1998\b`,
  String.raw`\b(?:2001\/497|2004\/915|2010\/87)(?:\/e[ug])?\b`,
]);

/** V09: an outdated legal term, as written. */
export function outdatedTerm(text: string): string | undefined {
  return OUTDATED.exec(text)?.[0];
}

// ---- V18: accepting the statement by using the site -------------------------------------------

/** The visitor uses or visits the site ("door gebruik te maken van deze website", "by continuing to browse"). */
const USE = anyOf([
  String.raw`\b(?:door|bij|met)\s+(?:het\s+)?(?:verdere?\s+)?(?:gebruik|bezoek|bezoeken|raadplegen|surfen|browsen)\b`,
  String.raw`\bdoor\s+(?:verder\s+)?(?:gebruik\s+te\s+(?:blijven\s+)?maken|te\s+(?:blijven\s+)?(?:surfen|browsen|klikken|navigeren)|verder\s+te\s+gaan)`,
  String.raw`\bdoor\s+(?:deze|onze|de|het)\s+(?:\S+\s+)?\S*(?:site|winkel|shop|pagina|app|dienst|platform|portaal)\S*\s+te\s+(?:blijven\s+)?(?:gebruiken|bezoeken|raadplegen|openen|bekijken)`,
  String.raw`\b(?:als|wanneer|indien|zodra)\s+(?:u|je|jij)\s+(?:deze|onze|de|het)\s+\S*(?:site|winkel|shop|pagina|app|dienst|platform|portaal)\S*\s+(?:blijft\s+)?(?:gebruikt|bezoekt|raadpleegt|gebruiken|bezoeken)`,
  String.raw`\bby\s+(?:continuing\s+to\s+)?(?:using|visiting|accessing|browsing|navigating|continuing)\b`,
  String.raw`\b(?:continued\s+)?(?:use|usage)\s+of\s+(?:this|our|the)\s+\S*(?:site|shop|store|app|service|platform|page)`,
  String.raw`\b(?:if|when|once)\s+you\s+(?:continue\s+to\s+)?(?:use|visit|access|browse)\s+(?:this|our|the)\b`,
]);

/** The reader agrees, as a verb with "u/je/you" (so "uw toestemming" or "your consent" does not count). */
const AGREE = anyOf([
  String.raw`\b(?:ga|gaat)\s+(?:u|je|jij)\b[^,.;]{0,30}?\bakkoord\b`,
  String.raw`\b(?:u|je|jij)\s+(?:ga|gaat|bent|ben)\b[^,.;]{0,30}?\bakkoord\b`,
  String.raw`\b(?:u|je|jij)\s+(?:\S+\s+){0,2}akkoord\s+(?:gaat|bent|gaan|verklaart)\b`,
  String.raw`\bakkoord\s+(?:te\s+)?gaan\b`,
  String.raw`\b(?:bent|ben)\s+(?:u|je|jij)\b[^,.;]{0,20}?\bakkoord\b`,
  String.raw`\bverklaar(?:t)?\s+(?:u|je|jij)\b[^,.;]{0,20}?\bakkoord\b`,
  String.raw`\b(?:stemt|stem)\s+(?:u|je|jij)\b[^,.;]{0,30}?\bin\b`,
  String.raw`\b(?:u|je|jij)\s+(?:stemt|stem)\b[^,.;]{0,30}?\bin\b`,
  String.raw`\bin\s+te\s+stemmen\b`,
  String.raw`\b(?:accepteert|accepteer|aanvaardt|aanvaard)\s+(?:u|je|jij)\b`,
  String.raw`\b(?:u|je|jij)\s+(?:\S+\s+){0,2}(?:accepteert|aanvaardt|geaccepteerd|aanvaard)\b`,
  String.raw`\bte\s+(?:accepteren|aanvaarden)\b`,
  String.raw`\b(?:geeft|geef)\s+(?:u|je|jij)\b[^,.;]{0,30}?\btoestemming\b`,
  String.raw`\b(?:u|je|jij)\s+(?:geeft|geef)\b[^,.;]{0,30}?\btoestemming\b`,
  String.raw`\bgeacht\b[^,.;]{0,40}?\b(?:akkoord|in\s+te\s+stemmen|te\s+(?:accepteren|aanvaarden)|toestemming)`,
  String.raw`\byou\s+(?:hereby\s+|thereby\s+|automatically\s+|expressly\s+|also\s+|fully\s+)?(?:agree|consent|accept|acknowledge)\b`,
  String.raw`\byou\s+(?:have\s+)?(?:agreed|consented|accepted)\b`,
  String.raw`\b(?:deemed|considered)\s+to\s+(?:have\s+)?(?:agree|agreed|consent|consented|accept|accepted)\b`,
  String.raw`\b(?:constitutes?|signif(?:y|ies)|indicates?|means|implies|confirms?)\s+(?:your\s+)?(?:acceptance|agreement|consent|approval)\b`,
]);

const DET = String.raw`(?:de|deze|dit|onze|ons|het|this|our|the)\s+`;
const STATEMENT = String.raw`(?:privacy\s*)?(?:verklaring|beleid|statement|reglement|policy|notice)\b`;
/**
 * The privacy statement itself as what is agreed to ("akkoord met deze privacyverklaring",
 * "accept this privacy policy"); a statement named only as a reference ("cookies, zoals
 * beschreven in deze verklaring") does not count.
 */
const TO_THE_STATEMENT = anyOf([
  String.raw`\b(?:met|to|with)\s+(?:${DET})?${STATEMENT}`,
  String.raw`\b(?:accept\w*|aanvaard\w*)\s+(?:(?:u|je|you)\s+)?(?:${DET})?${STATEMENT}`,
  String.raw`\b${DET}${STATEMENT}\s+(?:te\s+)?(?:accepteren|aanvaarden|accepteert|aanvaardt)\b`,
]);

/** "If you do not agree with this statement, do not use the site" makes the same claim in reverse. */
const IF_NOT_AGREE = anyOf([
  String.raw`\b(?:als|indien|wanneer)\s+(?:u|je|jij)\b[^,.;]{0,40}?\b(?:niet\s+akkoord|niet\s+mee\s+akkoord|niet\s+in(?:stemt)?|het\s+niet\s+eens|niet\s+accepteert)`,
  String.raw`\bif\s+you\s+(?:do\s+not|don't|cannot|can't)\s+(?:agree|accept|consent)`,
  String.raw`\bif\s+you\s+disagree\b`,
]);
const DO_NOT_USE = anyOf([
  String.raw`\b(?:gebruik|bezoek|raadpleeg)\w*\b[^.]{0,60}\bniet\b|\bniet\s+(?:langer\s+|meer\s+)?(?:te\s+)?(?:gebruiken|bezoeken)\b|\bverla(?:at|ten)\b`,
  String.raw`\b(?:do\s+not|don't|please\s+do\s+not|stop|refrain\s+from|cease)\s+(?:to\s+)?(?:use|using|visit|visiting|access|accessing|browse)\b|\bleave\s+(?:this|our|the)\b`,
]);

/** Agreeing that is asked about, not assumed ("wij vragen of u akkoord gaat", "we ask whether you agree"). */
const ASKED = /\bof\s+(?:u|je|jij)\b|\b(?:whether|vragen|vraagt|vraag|ask|asks|asked)\b/i;

/** A clause where the reader is taken to agree: not negated, not a question put to them. */
const agrees = (c: string) => {
  const m = AGREE.exec(c);
  return !!m && !NEGATION.test(c) && !ASKED.test(c.slice(0, m.index));
};

/**
 * V18: a sentence that makes using the site, or the statement itself, a form of agreement.
 * Returns the sentence. "Door u aan te melden geeft u toestemming" (an act of consent) and "als u
 * onze website bezoekt, vragen wij uw toestemming" (asking for consent) do not count.
 */
export function acceptByUse(text: string): string | undefined {
  if (!AGREE.test(text) && !IF_NOT_AGREE.test(text)) return undefined;
  for (const s of sentences(text)) {
    if (IF_NOT_AGREE.test(s) && DO_NOT_USE.test(s)) return quote(s);
    if (USE.test(s) && clauses(s).some(agrees)) return quote(s);
    if (clauses(s).some((c) => agrees(c) && TO_THE_STATEMENT.test(c))) return quote(s);
  }
  return undefined;
}

// ---- V19: liability disclaimers ----------------------------------------------------------------

/** Whatever is disclaimed, in any of the usual forms; "wij zijn verantwoordelijk voor" does not count. */
const DISCLAIMER = anyOf([
  String.raw`\b(?:niet|geen|nimmer|nooit)\b[^.;]{0,40}?\baansprakelijk\w*`,
  String.raw`\baansprakelijk\w*\b[^.;]{0,40}?\b(?:uitgesloten|uitsluiten|uit|af|afwijzen|beperkt)\b`,
  String.raw`\b(?:niet|geen)\b[^.;]{0,30}?\b(?:garander\w*|garantie\w*|instaan|in\s+staan)\b`,
  String.raw`\bgarander\w*\s+(?:wij|we)\s+(?:\S+\s+){0,3}?niet\b`,
  String.raw`\b(?:niet|geen)\s+(?:\S+\s+){0,2}verantwoordelijk\w*\s+(?:\S+\s+){0,3}?(?:voor|wanneer|als)\b[^.;]{0,60}?\b(?:derden|andere\s+(?:websites|sites|partijen|organisaties)|externe|inhoud|links?|websites?|sites?|privacybeleid|privacyverklaring\w*)`,
  String.raw`\bop\s+eigen\s+risico\b`,
  String.raw`\bvrijwaar\w*`,
  String.raw`\b(?:not|no|never)\b[^.;]{0,30}?\b(?:liable|liability)\b`,
  String.raw`\b(?:disclaim|disclaims|exclude|excludes|limit|limits)\s+(?:\S+\s+){0,2}?(?:liability|responsibility|warrant\w*)`,
  String.raw`\blimitation\s+of\s+liability\b`,
  String.raw`\b(?:cannot|can't|can\s+not|do\s+not|don't|does\s+not|doesn't|unable\s+to)\s+(?:\S+\s+){0,2}?(?:guarantee|warrant)\b`,
  String.raw`\b(?:no|make\s+no)\s+(?:guarantees?|warrant(?:y|ies)|representations?)\b`,
  String.raw`\b(?:not|no)\s+(?:\S+\s+){0,2}responsib\w*\s+for\b[^.;]{0,60}?\b(?:third[\s-]part\w*|other\s+(?:websites|sites)|external|content|links?|websites?|sites?|privacy\s+(?:policies|practices|statements?))`,
  String.raw`\bat\s+your\s+own\s+risk\b`,
  String.raw`\bindemnif\w*|\bhold\s+(?:us\s+)?harmless\b`,
]);

/** V19: a liability disclaimer or a "we cannot guarantee" clause, as written. */
export function liabilityDisclaimer(text: string): string | undefined {
  return DISCLAIMER.exec(text)?.[0];
}
