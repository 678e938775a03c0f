/**
 * V22: a request to exercise a right that asks for an identity document. The AP fined DPG Media
 * for asking everyone for an ID copy (2022); verification must be proportionate, so a copy or a
 * look at a passport is asked at most when nothing lighter works. Dutch has many words for the
 * document and many ways to ask for it; both are listed here.
 */
import { clauses, negatedAt, quote, sentences } from './free-text.js';

const anyOf = (parts: string[]) => new RegExp(parts.join('|'), 'i');

/** The document, in the words Dutch and English statements use. */
const ID_DOCUMENT = anyOf([
  String.raw`\bidentiteits(?:bewijs|document|kaart|papieren)\w*`,
  String.raw`\bid[\s-]?(?:kaart|bewijs|document|card)\w*`,
  String.raw`\blegitimatie\w*`,
  String.raw`\blegitime(?:er|ert|ren)\b`,
  String.raw`\b(?:paspoort|rijbewijs|reisdocument|vreemdelingendocument)\w*`,
  String.raw`\bverblijfs(?:vergunning|document|pas)\w*`,
  String.raw`\bbewijs\s+van\s+(?:uw\s+|je\s+|jouw\s+)?identiteit\b`,
  String.raw`\bid[\s-]?(?:kopie|scan|foto|copy)\w*`,
  String.raw`\bkopie[\s-]?id\b`,
  String.raw`\bpassports?\b`,
  String.raw`\bidentity\s+(?:card|document|papers)s?\b`,
  String.raw`\bidentification\s+(?:card|document)s?\b`,
  String.raw`\b(?:form|piece|proof)\s+of\s+(?:your\s+)?(?:identification|identity)\b`,
  String.raw`\b(?:photo|valid|government[\s-]issued|national)\s+id\b`,
  String.raw`\bdriv(?:ing|er'?s)\s+licen[cs]es?\b`,
  String.raw`\bresidence\s+permits?\b`,
  // A bare "ID" is a document only as the thing copied ("een kopie van uw ID", "a copy of your ID").
  String.raw`\b(?:kopie|fotokopie|scan|foto|afschrift|copy|photocopy|photo|picture|image)\s+(?:van|of)\s+(?:uw\s+|je\s+|jouw\s+|your\s+|een\s+|an?\s+)?(?:geldig\s+|geldige\s+|valid\s+)?id\b`,
]);

/** Asking, sending or showing; "kopie"/"copy" alone already is the demand. */
const DEMAND = anyOf([
  String.raw`\b(?:stuur|stuurt|sturen|zend|zendt|zenden|mee|meesturen|meezenden|bijvoegen|bijgevoegd|voeg|voegt|toevoegen|uploaden|upload|overleggen|overlegging|overleg|tonen|toont|laten\s+zien|legitime(?:er|ert|ren)|identificeren)\b`,
  String.raw`\b(?:vragen|vraagt|vraag|verzoeken|verzoekt|moet|moeten|dient|dienen|verplicht|vereist|noodzakelijk|nodig|kopie|fotokopie|scan|afschrift)\b`,
  String.raw`\b(?:send|attach|enclose|include|provide|submit|upload|show|present|bring|ask|asks|require|requires|required|must|need|needs|request|requests|copy|scan|photocopy)\b`,
]);

/** "Zonder kopie van uw paspoort kunnen wij uw verzoek niet behandelen": a demand worded as a refusal. */
const REFUSAL = /^(?=.*\b(?:zonder|without)\b)(?=.*(?:\b(?:niet|not|unable)\b|\bcannot\b|n't\b))/i;

/** "Only when we cannot identify you otherwise": a fallback, not the default the rule is about. */
const FALLBACK = anyOf([
  String.raw`\b(?:alleen|uitsluitend|slechts|enkel)\s+(?:als|wanneer|indien|bij|in)\b`,
  String.raw`\bbij\s+twijfel\b|\b(?:in\s+het\s+)?uiterste\s+geval\b|\blaatste\s+redmiddel\b`,
  String.raw`\b(?:als|wanneer|indien)\s+(?:wij|we)\s+(?:\S+\s+){0,4}?(?:twijfel\w*|niet\s+(?:zeker|vast))`,
  String.raw`\bonly\s+(?:if|when|where|in)\b|\b(?:in\s+case\s+of|if\s+in|when\s+in)\s+doubt\b|\blast\s+resort\b`,
  String.raw`\bif\s+we\s+(?:are\s+)?(?:in\s+doubt|unsure|not\s+sure|cannot|can't|are\s+unable)\b`,
]);

/** Words that put a sentence outside the rights-request rule ("bij het huren kopiëren wij uw rijbewijs" is a purpose). */
const RIGHTS = anyOf([
  String.raw`\b(?:verzoek\w*|inzage\w*|rechten|recht\s+op|uitoefen\w*|verwijder\w*|correctie\w*|rectificatie\w*|bezwaar\w*|overdraagbaarheid)\b`,
  String.raw`\b(?:request\w*|access|rights?|exercis\w*|erasure|deletion|rectification|object\w*|portability)\b`,
]);

/**
 * The first clause that asks for an identity document, or undefined. `anywhere`: the text is
 * about rights requests (rightsHandling), so the sentence need not say so itself.
 */
export function idDocumentDemand(text: string, anywhere: boolean): string | undefined {
  // Most texts name no document: skip splitting them (the rule reads every text of the file).
  if (!ID_DOCUMENT.test(text)) return undefined;
  for (const s of sentences(text)) {
    if (FALLBACK.test(s) || (!anywhere && !RIGHTS.test(s))) continue;
    const c = clauses(s).find((x) => {
      const doc = ID_DOCUMENT.exec(x);
      return !!doc && (REFUSAL.test(x) || (DEMAND.test(x) && !negatedAt(x, doc.index)));
    });
    if (c) return quote(c);
  }
  return undefined;
}
