/**
 * V27: purposes worded so generally that a reader cannot tell what happens ("marketingdoeleinden",
 * "interessante aanbiedingen", "het verbeteren van onze dienstverlening"). Art. 5(1)(b) asks for
 * specified purposes; WP260 gives "We may use your personal data to develop new services" as
 * poor practice. The phrases below are the forms these take in Dutch and English statements.
 */
const anyOf = (parts: string[]) => new RegExp(parts.join('|'), 'i');

const OUR = String.raw`(?:onze\s+|de\s+|uw\s+|je\s+|van\s+|het\s+|our\s+|the\s+|your\s+)*`;
const SERVICES_NL = String.raw`(?:dienstverlening|diensten|producten|service|website|site|webshop|webwinkel|app|klantervaring|gebruikerservaring|gebruikservaring|aanbod|bedrijfsvoering|processen)`;
const SERVICES_EN = String.raw`(?:services?|products?|website|site|app|offerings?|offer|(?:user|customer|your|the)\s+experience|experience|business|operations)`;

const VAGUE = anyOf([
  // Offers and content nobody specified.
  String.raw`\b(?:interessante|relevante|leuke|aantrekkelijke|persoonlijke|gepersonaliseerde|speciale|exclusieve|gerichte|passende)\s+(?:aanbiedingen|aanbod|acties|producten|diensten|informatie|content|advertenties|reclame|berichten)\b`,
  String.raw`\baanbiedingen\s+(?:op\s+maat|die\s+(?:u|je|jou)\s+(?:\S+\s+)?(?:interesseren|aanspreken|passen))`,
  String.raw`\b(?:interesting|relevant|personali[sz]ed|tailored|targeted|special|exclusive|attractive|customi[sz]ed)\s+(?:offers|deals|promotions|products|services|content|information|advertis\w*|ads|messages)\b`,
  // Improving or developing "our services", without saying how.
  String.raw`\b(?:verbeter\w*|verbetering\w*|optimali\w*|ontwikkel\w*|doorontwikkel\w*)\s+${OUR}(?:\S+\s+)?${SERVICES_NL}\b`,
  String.raw`\b${SERVICES_NL}\s+(?:te\s+)?(?:verbeteren|optimaliseren|ontwikkelen)\b`,
  String.raw`\b(?:improv\w*|enhanc\w*|optimi[sz]\w*|develop\w*|personali[sz]\w*)\s+${OUR}(?:new\s+|better\s+)?(?:\S+\s+)?${SERVICES_EN}\b`,
  // "For marketing purposes" and its relatives.
  String.raw`\b(?:marketing|commerci[eë]le|promotionele|reclame|statistische|analytische|zakelijke|bedrijfs|interne|algemene)[\s-]?(?:doeleinden|doelen|activiteiten|acties|campagnes)\b`,
  String.raw`\b(?:marketing|commercial|promotional|advertising|business|statistical|analytics?|internal|general)\s+(?:purposes|activities|reasons)\b`,
  // Keeping people informed about "our products".
  String.raw`\bop\s+de\s+hoogte\s+(?:(?:te\s+)?(?:houden|stellen|brengen)\s+)?(?:van|over)\s+(?:onze\s+|nieuwe\s+|de\s+laatste\s+)?(?:producten|diensten|acties|aanbiedingen|ontwikkelingen|nieuws|activiteiten)\b`,
  String.raw`\bkeep\s+you\s+(?:informed|updated|up\s+to\s+date|posted)\s+(?:about|on|of)\s+(?:our\s+|new\s+|the\s+latest\s+)?(?:products|services|offers|promotions|news|developments|activities)\b`,
]);

/** A purpose name that is only a heading ("Marketing", "Verbeteren van onze diensten"). */
const GENERIC_NAME =
  /^\s*(?:(?:direct[\s-]?)?marketing|marketing\s*(?:en|&|and)\s*(?:communicatie|communication|sales)|verbeteren\s+(?:van\s+)?(?:onze\s+)?(?:dienstverlening|diensten|website)|improv(?:e|ing)\s+(?:our\s+)?(?:services?|website)|business\s+purposes|bedrijfsdoeleinden|commerci[eë]le\s+doeleinden|commercial\s+purposes)\s*\.?\s*$/i;

/** The vague phrase in a text, as written, or undefined. */
export function vaguePurposePhrase(text: string): string | undefined {
  return VAGUE.exec(text)?.[0];
}

/** Whether a purpose name is nothing but a generic heading. */
export function isGenericPurposeName(text: string): boolean {
  return GENERIC_NAME.test(text);
}
