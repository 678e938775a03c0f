import { contactLink, list, para, type Block, type Section } from '../blocks.js';
import { AP, DEFAULT_BREACH_HOURS, NL_CONSENT_AGE } from '../constants.js';
import type { Context } from '../context.js';
import { asSentence } from './prose.js';

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

/** "Complaints": the right to complain to the AP or another authority (Art. 13(2)(d), 77). */
export function complaintSection(c: Context): Section {
  const { t } = c;
  const ca = c.d.complaintAuthority ?? 'ap';
  const auth = typeof ca === 'object' ? ca : AP;
  const blocks: Block[] = [para(t('complaint.first'))];
  blocks.push(
    para(
      t('complaint.authority', { name: auth.name }),
      ' ',
      contactLink(auth.url),
      auth.address ? ` (${auth.address})` : '',
      '. ',
      t('complaint.elsewhere'),
    ),
  );
  return { id: 'complaint', title: t('complaint.title'), blocks };
}

/** The authority breaches are reported to and complaints go to: the declared one, else the AP. */
function authorityName(c: Context): string {
  const ca = c.d.complaintAuthority;
  return typeof ca === 'object' && ca ? ca.name : AP.name;
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
    else if (groups.length) blocks.push(para(t('children.subjects', { age, groups: c.list(groups) })));
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
  const blocks: Block[] = [para(t('breach.text', { count: hours, authority: authorityName(c) }))];
  const proc = asSentence(c.txt(b.procedure));
  if (proc) blocks.push(para(proc));
  return { id: 'breach', title: t('breach.title'), blocks };
}

/** "Changes": how changes are announced and what changed, from the changelog (WP260). */
export function changesSection(c: Context): Section {
  const { t } = c;
  const meta = c.d.meta ?? {};
  const log = (meta.changelog ?? []).filter((e) => e && typeof e === 'object');
  const blocks: Block[] = [para(t('changes.intro'))];
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
