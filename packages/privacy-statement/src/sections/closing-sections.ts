import { contactLink, list, para, type Block, type Section } from '../blocks.js';
import { AP, DEFAULT_BREACH_HOURS, NL_CONSENT_AGE } from '../constants.js';
import type { Context } from '../context.js';
import { asClause, asSentence, sentences } from './prose.js';

/**
 * "Security": the measures declared (Art. 32). No section without measures: the statement does
 * not promise protection the file does not describe.
 */
export function securitySection(c: Context): Section | undefined {
  const { t } = c;
  const ms = (c.d.security ?? [])
    .filter((m) => m && typeof m === 'object')
    .map((m) => asSentence(c.txt(m.description)))
    .filter(Boolean);
  if (!ms.length) return undefined;
  return { id: 'security', title: t('security.title'), blocks: [para(t('security.intro')), list(ms.map((m) => [m]))] };
}

/**
 * The authority complaints and breach reports go to: the declared one, else the AP. The object
 * form without a name is the AP too (the schema lets a file give only `contactUsFirst`); a
 * forced file with a name but no web address gets the name without a link.
 */
function authority(c: Context): { name: string; url?: string; address?: string } {
  const ca = c.d.complaintAuthority;
  if (typeof ca !== 'object' || !ca || !ca.name) return AP;
  return { name: ca.name, ...(ca.url ? { url: ca.url } : {}), ...(ca.address ? { address: ca.address } : {}) };
}

/**
 * "Complaints": the right to complain to the AP or another authority (Art. 13(2)(d), 77). The
 * invitation to come to us first only when the file asks for it (`contactUsFirst`); either way
 * the text says people may go straight to the authority, as that right has no precondition.
 */
export function complaintSection(c: Context): Section {
  const { t } = c;
  const ca = c.d.complaintAuthority;
  const first = typeof ca === 'object' && ca !== null && ca.contactUsFirst === true;
  const auth = authority(c);
  const blocks: Block[] = [];
  if (first) blocks.push(para(t('complaint.first')));
  blocks.push(
    para(
      t(first ? 'complaint.authorityAfterUs' : 'complaint.authority', { name: auth.name }),
      ...(auth.url ? [': ', contactLink(auth.url)] : []),
      auth.address ? ` (${auth.address})` : '',
      '. ',
      t('complaint.elsewhere'),
    ),
  );
  return { id: 'complaint', title: t('complaint.title'), blocks };
}

/**
 * "Children" (Art. 8, UAVG art. 5). "Not meant for children" only when nothing in the file says
 * minors take part: a declared parental-consent rule or a group of people that includes children
 * is shown instead, never overridden.
 */
export function childrenSection(c: Context): Section {
  const { t } = c;
  const ch = c.d.children ?? {};
  const age = ch.minAge ?? NL_CONSENT_AGE;
  const how = asSentence(c.txt(ch.parentalConsent));
  const groups = (c.d.dataSubjects ?? []).filter((s) => s && s.children === true).map((s) => c.txt(s.label) || String(s.id));
  const blocks: Block[] = [];
  if (!ch.targeted && !how && !groups.length) blocks.push(para(t('children.notTargeted', { age })));
  else {
    if (ch.targeted) blocks.push(para(t('children.targeted')));
    // The groups that include children are named also on a site aimed at children: which groups they are is news.
    if (groups.length) blocks.push(para(t('children.subjects', { age, groups: c.list(groups) })));
    if (ch.targeted || how) blocks.push(para(t('children.parental', { age })));
    if (how) blocks.push(para(how));
  }
  return { id: 'children', title: t('children.title'), blocks };
}

/**
 * "Data breaches" (Art. 33/34) in the law's terms: without undue delay and, where feasible, within
 * 72 hours (or the shorter time the file promises). No breach register is claimed: that is the
 * file's to say, in `breach.procedure`.
 */
export function breachSection(c: Context): Section {
  const { t } = c;
  const b = c.d.breach ?? {};
  const hours = b.notifyAuthorityWithinHours ?? DEFAULT_BREACH_HOURS;
  const blocks: Block[] = [para(t('breach.text', { count: hours, authority: authority(c).name }))];
  // Art. 33(2): as a processor we tell the client, who decides on reporting; only the declared deadline.
  if (b.notifyClientsWithinHours !== undefined) blocks.push(para(t('breach.clients', { count: b.notifyClientsWithinHours })));
  const proc = asSentence(c.txt(b.procedure));
  if (proc) blocks.push(para(proc));
  return { id: 'breach', title: t('breach.title'), blocks };
}

/**
 * "Changes": how changes are announced and what changed, from the changelog (WP260). Without a
 * declared `changePolicy` only what holds for every statement: we update it, the version at the
 * top shows which one this is (when a version or date is declared), and the law's own duty to
 * inform before data is used for a new purpose (Art. 13(3)), stated as the law's, not as a
 * promise of notices or e-mails nobody declared.
 */
export function changesSection(c: Context): Section {
  const { t } = c;
  const meta = c.d.meta ?? {};
  const log = (meta.changelog ?? []).filter((e) => e && typeof e === 'object');
  const policy = asClause(c.txt(meta.changePolicy));
  const blocks: Block[] = [
    para(
      sentences(
        t('changes.update'),
        policy ? t('changes.policy', { how: policy }) : '',
        meta.version || meta.effectiveDate ? t('changes.versionShown') : '',
        t('changes.newPurpose'),
      ),
    ),
  ];
  if (log.length) {
    blocks.push(para({ strong: t('changes.whatChanged') }));
    blocks.push(
      list(
        log.map((e) => [
          { strong: t('changes.version', { version: e.version }) },
          ` (${c.date(e.date)}${e.material ? `, ${t('changes.material')}` : ''}): `,
          asSentence(c.txt(e.summary)),
        ]),
      ),
    );
  }
  if (meta.previousVersionsUrl) blocks.push(para(t('changes.previous'), ' ', contactLink(meta.previousVersionsUrl), '.'));
  return { id: 'changes', title: t('changes.title'), blocks };
}
