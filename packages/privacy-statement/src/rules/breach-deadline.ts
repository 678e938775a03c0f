/**
 * V34: deadlines in a breach text that the law does not set. Art. 33 asks to notify the AP
 * "without undue delay and, where feasible, not later than 72 hours" after becoming aware (the
 * clock runs through weekends); Art. 34 asks to inform the people affected without undue delay,
 * and only when the breach is likely to be a high risk to them. So a fixed, shorter deadline for
 * the AP is a promise the business may not keep, a longer one contradicts the law, and any fixed
 * deadline for the people affected promises what the law does not ask. Deadlines towards a client
 * (a processor's duty, Art. 33(2)) or inside the business ("de FG beslist binnen een dag") are fine.
 */
import { clauses, sentences } from './free-text.js';

const NUMBER_WORDS: Record<string, number> = {
  een: 1,
  één: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  twaalf: 12,
  veertien: 14,
  vierentwintig: 24,
  achtenveertig: 48,
  tweeënzeventig: 72,
  one: 1,
  a: 1,
  an: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fourteen: 14,
  'twenty-four': 24,
  'forty-eight': 48,
  'seventy-two': 72,
};

const DEADLINE = new RegExp(
  String.raw`\b(?:binnen|uiterlijk|within|no\s+later\s+than|at\s+the\s+latest)\s+(?:de\s+|the\s+)?(\d+|${Object.keys(NUMBER_WORDS).join('|')})\s*-?\s*` +
    String.raw`(werkuren|kantooruren|working\s+hours|business\s+hours|werkdag(?:en)?|working\s+days?|business\s+days?|kalenderdag(?:en)?|calendar\s+days?|uur|uren|u|h|hrs?|hours?|dag(?:en)?|days?|werkweek|weken|week|weeks?)(?![\p{L}\d])`,
  'iu',
);

/** Calendar hours of `n` working days at worst: every started week of five adds a weekend. */
const workingDays = (n: number) => (n + 2 * Math.ceil(n / 5)) * 24;

/**
 * The longest a deadline can last in hours. Working days and hours can span a weekend, which the
 * AP counts: two working days from a Friday end on Tuesday, 96 hours later.
 */
function hours(n: number, unit: string): number {
  const u = unit.toLowerCase();
  if (/^(?:werkuren|kantooruren|(?:working|business)\s+hours)$/.test(u)) return workingDays(Math.ceil(n / 8));
  if (/^(?:werkdag|working\s+day|business\s+day)/.test(u)) return workingDays(n);
  if (/^(?:week|weken|werkweek|weeks?)$/.test(u)) return n * 168;
  if (/^(?:dag|dagen|days?|kalenderdag|kalenderdagen|calendar)/.test(u)) return n * 24;
  return n;
}

const AUTHORITY =
  /\b(?:AP|autoriteit(?:\s+persoonsgegevens)?|toezichthouder\w*|privacytoezichthouder|supervisory\s+authority|(?:dutch\s+)?DPA|data\s+protection\s+authority|regulator|authority)\b/i;
const AFFECTED =
  /\b(?:u|je|jou|jij|betrokkenen?|getroffenen|gedupeerden|(?:getroffen|betrokken)\s+personen|you|data\s+subjects?|affected\s+(?:individuals|persons|people|users|customers|parties)|(?:individuals|people|persons|those)\s+(?:concerned|affected))\b/i;
/** Someone other than the AP or the people affected: a client the business works for, or someone inside it. */
const SOMEONE_ELSE =
  /\b(?:aan|bij)\s+(?:de\s+|die\s+|onze\s+|het\s+|uw\s+|hun\s+)?(?:klant|klanten|opdrachtgever\w*|verwerkingsverantwoordelijke\w*|FG|functionaris\w*|privacycontact\w*|privacy\s*officer|directie|leidinggevende\w*|manager|ons|IT|helpdesk|servicedesk)\b|\b(?:to|tell|inform|notify|alert)\s+(?:the\s+|that\s+|our\s+|your\s+|their\s+|this\s+)?(?:client|clients|customer|customers|controller|controllers|DPO|management|manager|us|IT|helpdesk|service\s+desk)\b/i;
const STAFF = /\b(?:medewerkers?|werknemers?|personeel|collega'?s|staff|employees?)\b/i;
const DECIDE =
  /\b(?:beslis\w*|besluit\w*|beoordee?l\w*|bepaal\w*|bepalen|onderzo\w*|decide\w*|decision|assess\w*|determin\w*|investigat\w*|evaluat\w*)\b/i;
const NOTIFY =
  /\b(?:meld\w*|gemeld|informeer\w*|informeren|ge(?:ï|i)nformeerd|inlichten|ingelicht|licht\w*|op\s+de\s+hoogte|bericht\w*|notif\w*|report\w*|inform\w*|tell|told|alert\w*)\b/i;
/** "Melden"/"report" of a breach means to the AP when no one else is named. */
const REPORT = /\b(?:meld\w*|gemeld|report\w*|notif\w*)\b/i;
const BREACH = /\b(?:datalek\w*|lek|lekken|inbreuk\w*|beveiligingsincident\w*|breach\w*)\b/i;

/** What V34 found: which promise (`key`) and the deadline as written. */
export interface DeadlineFinding {
  /** `message`: shorter than the law for the AP; `lateText`: longer than 72 hours; `subjects`: a fixed deadline for the people affected. */
  key: 'message' | 'lateText' | 'subjects';
  phrase: string;
}

/** The first deadline in a text that the law does not set. `aboutBreaches`: the text is a breach text. */
export function breachDeadline(text: string, aboutBreaches: boolean): DeadlineFinding | undefined {
  if (!DEADLINE.test(text)) return undefined;
  for (const s of sentences(text)) {
    if (!aboutBreaches && !BREACH.test(s)) continue;
    for (const c of clauses(s)) {
      const m = DEADLINE.exec(c);
      if (!m || !NOTIFY.test(c) || DECIDE.test(c) || STAFF.test(c)) continue;
      const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : (NUMBER_WORDS[m[1]!.toLowerCase()] ?? 0);
      const h = hours(n, m[2]!);
      const phrase = m[0];
      const toAuthority = AUTHORITY.test(c) || (!SOMEONE_ELSE.test(c) && !AFFECTED.test(c) && REPORT.test(c));
      if (toAuthority) {
        if (h > 72) return { key: 'lateText', phrase };
        if (h < 72) return { key: 'message', phrase };
        continue;
      }
      if (!SOMEONE_ELSE.test(c) && AFFECTED.test(c)) return { key: 'subjects', phrase };
    }
  }
  return undefined;
}
