import { contactLink, list, para, sub, term, type Block, type Inline, type Section } from '../blocks.js';
import { ART9_LETTER, BASIS_LETTER } from '../constants.js';
import type { Context } from '../context.js';
import { textMatches } from '../rules/rule.js';
import { analyticsRecipient } from '../rules/trackers.js';
import type { Purpose, Text } from '../types.js';
import { absentSentences } from './absent-claims.js';
import { cameraBlocks } from './camera-block.js';
import { asClause, asSentence, sentences } from './prose.js';
import { recipientName } from './recipients-section.js';
import { retentionText } from './retention-text.js';

/** Words for camera footage in a data category's label or id, Dutch and English. */
const CAMERA =
  /camerabeeld|camera[\s-]?(?:beelden|opnamen|footage|images|recordings)|bewakingsbeeld|camerabewaking|videobewaking|cctv|(?:video|camera)\s+surveillance|surveillance\s+footage|^camera(?:-|$)/i;

/**
 * The legal basis in plain words, with the law's own name and the article beside them:
 * "nodig om een overeenkomst met u te sluiten of uit te voeren (uitvoering van een overeenkomst,
 * artikel 6 lid 1 onder b AVG)".
 */
export function basisText(c: Context, p: Purpose): string {
  if (!p.legalBasis || !(p.legalBasis in BASIS_LETTER)) return c.t('purposes.noBasis');
  return c.t('purposes.basis', {
    basis: c.t(`basis.${p.legalBasis}`),
    legal: c.t(`basisLegal.${p.legalBasis}`),
    letter: BASIS_LETTER[p.legalBasis],
  });
}

/** Labels of ids, resolved through a lookup; unknown ids are shown as written. */
function labels(
  c: Context,
  ids: string[] | undefined,
  find: (id: string) => { label: Text; examples?: Text } | undefined,
  withExamples = false,
): string {
  return c.list(
    (ids ?? []).map((id) => {
      const x = find(id);
      if (!x) return id;
      const label = c.txt(x.label);
      const ex = withExamples ? c.txt(x.examples) : '';
      return ex ? `${label} (${ex})` : label;
    }),
  );
}

/** The facts of one purpose as a list of "term: value" lines (WP260 Annex: linked per purpose). */
function purposeFacts(c: Context, p: Purpose): Inline[][] {
  const { t } = c;
  const items: Inline[][] = [];
  if (p.dataSubjects?.length) items.push(term(t('purposes.subjects'), labels(c, p.dataSubjects, c.subject)));
  if (p.dataCategories?.length) items.push(term(t('purposes.data'), labels(c, p.dataCategories, c.category, true)));
  items.push(term(t('purposes.basisLabel'), basisText(c, p)));
  const interest = asSentence(c.txt(p.legitimateInterest));
  if (interest) items.push(term(t('purposes.interest'), interest));
  const cats = (p.dataCategories ?? []).map((id) => c.category(id)).filter((x) => x !== undefined);
  const special = cats.filter((x) => x.special);
  if (special.length) {
    const names = c.list(special.map((x) => c.txt(x.label)));
    const cond =
      p.art9Condition && p.art9Condition in ART9_LETTER
        ? t('purposes.art9', { condition: t(`art9.${p.art9Condition}`), letter: ART9_LETTER[p.art9Condition] })
        : t('purposes.art9Missing');
    items.push(term(t('purposes.special'), `${names}. ${cond}`));
  }
  if (cats.some((x) => x.criminal || x.bsn)) {
    items.push(term(t('purposes.legalGround'), c.txt(p.legalGround) || t('purposes.legalGroundMissing')));
  }
  if (p.legalBasis === 'consent') {
    // Without a declared way to withdraw, say so: the general promise alone would hide the gap.
    const how = asSentence(c.txt(p.consentWithdrawal));
    items.push(term(t('purposes.withdraw'), how ? sentences(how, t('purposes.withdrawEffect')) : t('purposes.withdrawMissing')));
  }
  if (p.provision) {
    const req = t(`provision.${p.provision.requirement}`);
    const cons = asClause(c.txt(p.provision.consequence));
    items.push(term(t('purposes.required'), cons ? sentences(req, t('purposes.consequence', { consequence: cons })) : req));
  }
  const source = sourceText(c, p);
  if (source) items.push(term(t('purposes.source'), source));
  if (p.recipients) {
    const names = p.recipients.map((id) => {
      const r = c.recipient(id);
      return r ? recipientName(c, r) : id;
    });
    items.push(term(t('purposes.recipients'), names.length ? c.list(names) : t('purposes.noRecipients')));
  }
  items.push(term(t('purposes.retention'), retentionText(c, p.retention)));
  if (p.automatedDecision) {
    const a = p.automatedDecision;
    const part = (key: string, text: Text | undefined) => t(key, { text: asClause(c.txt(text)) || t('common.notRecorded') });
    items.push(
      term(
        t('purposes.automated'),
        sentences(
          t('purposes.automatedIntro'),
          part('purposes.logic', a.logic),
          part('purposes.significance', a.significance),
          part('purposes.consequences', a.consequences),
          a.basis ? t(`purposes.automatedBasis.${a.basis}`) : '',
          t('purposes.automatedRights'),
        ),
      ),
    );
  }
  const optOut = asSentence(c.txt(p.optOut));
  if (p.directMarketing && optOut) items.push(term(t('purposes.optOut'), optOut));
  return items;
}

/**
 * How the business comes by the data it observes rather than is given: camera footage (a data
 * category says so), or data read from the visitor's device (a recipient of the purpose sets an
 * analytics or marketing cookie, or is an analytics product). Undefined when nothing says so.
 */
export function observedBy(c: Context, p: Purpose): 'camera' | 'device' | undefined {
  const cats = (p.dataCategories ?? []).map((id) => c.category(id)).filter((x) => x !== undefined);
  if (cats.some((x) => CAMERA.test(String(x.id)) || textMatches(x.label, CAMERA))) return 'camera';
  const recipients = (p.recipients ?? []).map((id) => c.recipient(id)).filter((x) => x !== undefined);
  const ids = new Set(recipients.map((r) => r.id));
  const tracking = (c.d.cookies ?? []).some(
    (k) => k && typeof k.service === 'string' && ids.has(k.service) && (k.category === 'analytics' || k.category === 'marketing'),
  );
  return tracking || recipients.some((r) => analyticsRecipient(r)) ? 'device' : undefined;
}

/**
 * The purpose the camera block belongs under: the one `camera.purpose` names, else the first
 * purpose whose data is camera footage. Undefined when there is no camera block or no such purpose.
 */
function cameraPurpose(c: Context): Purpose | undefined {
  const cam = c.d.camera;
  if (!cam) return undefined;
  return c.purposes.find((p) => cam.purpose !== undefined && p.id === cam.purpose) ?? c.purposes.find((p) => observedBy(c, p) === 'camera');
}

/**
 * Where the data comes from. "You give us this data yourself" only when the file declares the
 * person as a source; observed data (camera, cookies) is described as observed, also when the file
 * names the person as source; with no source declared and nothing observed, nothing is said.
 */
function sourceText(c: Context, p: Purpose): string {
  const observed = observedBy(c, p);
  const own = observed ? c.t(`purposes.observed.${observed}`) : undefined;
  if (!p.sources?.length) return own ?? '';
  const texts = p.sources.map((s) =>
    s.type === 'data-subject'
      ? (own ?? c.t('purposes.fromYou'))
      : c.t(`purposes.from.${s.type}`, { name: asClause(c.txt(s.name)) || c.t('purposes.unknownSource') }),
  );
  return sentences(...new Set(texts));
}

/**
 * "What we use and why": one sub-section per purpose. What the file declares does not happen
 * (no special categories, no criminal data, no decisions by a computer alone, no profiling) is
 * said right under the introduction, where a reader looks for the data we process and for
 * automated decisions (Art. 13(2)(f)); a claim the file contradicts is left out (absent-claims.ts).
 * The camera block goes with the purpose it names (camera-block.ts).
 */
export function purposesSection(c: Context): Section {
  const { t } = c;
  const blocks: Block[] = [para(c.purposes.length ? t('purposes.intro', { count: c.purposes.length }) : t('purposes.none'))];
  const absent = absentSentences(c, ['specialCategories', 'criminalData', 'automatedDecisions', 'profiling']);
  if (absent.length) blocks.push(para(sentences(...absent)));
  const cameraAt = cameraPurpose(c);
  for (const p of c.purposes) {
    blocks.push(sub(`purpose-${String(p.id)}`, c.txt(p.name) || String(p.id)));
    const description = asSentence(c.txt(p.description));
    if (description) blocks.push(para(description));
    blocks.push(list(purposeFacts(c, p)));
    if (cameraAt === p) blocks.push(...cameraBlocks(c, false));
  }
  if (c.d.camera && !cameraAt) blocks.push(...cameraBlocks(c, true));
  // Art. 14(3): people whose data comes from elsewhere are told within a month, or at first contact.
  if (c.purposes.some((p) => (p.sources ?? []).some((s) => s.type !== 'data-subject'))) blocks.push(para(t('purposes.indirectTiming')));
  const channel = c.d.rightsHandling?.channel ?? c.d.organisation?.privacyContact?.email ?? c.d.organisation?.email;
  if (channel) blocks.push(para(t('purposes.questions'), ' ', contactLink(channel), '.'));
  return { id: 'purposes', title: t('purposes.title'), blocks };
}
