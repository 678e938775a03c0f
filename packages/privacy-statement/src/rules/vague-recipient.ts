/**
 * V06: a recipient "named" by a kind of business instead of a business ("derden", "zorgvuldig
 * geselecteerde partners", "onze IT-leveranciers", "diverse webdiensten", "our service
 * providers"). Art. 13(1)(e) allows categories, but WP260 and the AP expect the names of the
 * processors a business knows, and a category needs to say at least the sector and where.
 *
 * A name counts as a category when it is only generic words around a category noun: any word that
 * is not generic (a proper name such as "Eemland" in "Eemland Accountants") or a legal form ("Partners
 * B.V.") makes it a name.
 */

/** Legal forms at the end ("B.V.", "Inc.", "GmbH") or start ("Stichting") of a business name. */
const LEGAL_FORM =
  /(?:^|\s)(?:b\.?\s?v\.?|n\.?\s?v\.?|v\.?o\.?f\.?|c\.?v\.?|bvba|inc\.?|ltd\.?|llc|l\.l\.c\.|gmbh|ag|s\.a\.?|sa|sas|sarl|s\.?l\.?|s\.?r\.?l\.?|s\.?p\.?a\.?|plc|limited|corp\.?|corporation|oy|a\/s|aps|ab|u\.a\.)\s*$|^(?:stichting|vereniging|co[öo]peratie(?:ve)?)\s/i;

/**
 * Nouns for a kind of business, also at the end of a compound ("IT-leveranciers", "webdiensten",
 * "hostingpartij", "advertentiepartners"). Singular "dienst" is left out: "de Belastingdienst" is a name.
 */
const CATEGORY_NOUN =
  /^[\p{L}\d-]*(?:partners?|partij(?:en)?|derden|leveranciers?|dienstverleners?|aanbieders?|providers?|verwerkers?|bedrijven|bedrijf|ondernemingen|organisaties?|instanties?|instellingen|diensten|platforms?|platformen|bureaus?|kantoren|accountants?|boekhouders?|adviseurs?|suppliers?|vendors?|processors?|subprocessors?|compan(?:y|ies)|parties|party|services|affiliates?|contractors?|agenc(?:y|ies)|advisers?|advisors?|firms?|businesses|organi[sz]ations?|tools)$/iu;

/** Words that only narrow a category down without naming anyone. */
const GENERIC = new Set(
  (
    'onze ons uw je de het een deze die dergelijke diverse verschillende meerdere andere overige externe zorgvuldig zorgvuldige geselecteerde ' +
    'uitgekozen gekozen betrouwbare vertrouwde bepaalde sommige enkele alle eventuele relevante derde gespecialiseerde erkende zakelijke ' +
    'commerciële commerciele gelieerde verbonden aangesloten professionele nederlandse europese internationale it ict online digitale ' +
    'technische sociale social media marketing advertentie reclame hosting betaal cloud software web e-mail email mail analyse ' +
    'logistieke transport bezorg verzend koeriers post financiële financiele juridische ' +
    'our the a an these those such various several multiple selected carefully trusted reliable other external certain some all any ' +
    'third third-party relevant approved reputable affiliated partner business commercial professional specialised specialized service ' +
    'payment advertising analytics delivery shipping logistics tech technology data financial legal authorised authorized'
  ).split(' '),
);

/** Words after which the rest only describes the category ("partners in de EU", "third parties such as Google"). */
const TAIL = new Set(
  'in voor van die zoals waaronder met uit binnen buiten bijvoorbeeld bijv. o.a. for that who which such including like from within outside as e.g.'.split(
    ' ',
  ),
);

/** True when a recipient's name is a category or a plural instead of a business's name. */
export function isCategoryName(name: string): boolean {
  const bare = name
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!bare || LEGAL_FORM.test(bare)) return false;
  const words = bare.split(' ');
  // A describing tail starts at a lower-case connecting word ("van" in "leveranciers van ons",
  // not "Van" in "Accountantskantoor Van Dijk").
  const tail = words.findIndex((w, i) => i > 0 && w === w.toLowerCase() && TAIL.has(w.toLowerCase()));
  const head = (tail === -1 ? words : words.slice(0, tail)).map((w) => w.toLowerCase().replace(/[.,;:!?"“”‘’']+$/g, ''));
  const noun = head[head.length - 1] ?? '';
  return CATEGORY_NOUN.test(noun) && head.slice(0, -1).every((w) => GENERIC.has(w));
}
