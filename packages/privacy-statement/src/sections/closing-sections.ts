import { contactLink, list, para, type Block, type Section } from '../blocks.js';
import { AP, DEFAULT_BREACH_HOURS, NL_CONSENT_AGE } from '../constants.js';
import type { Context } from '../context.js';

/** "Security": the measures declared (Art. 32), grouped as technical and organisational. */
export function securitySection(c: Context): Section {
  const { t } = c;
  const ms = (c.d.security ?? []).filter((m) => m && typeof m === 'object');
  const blocks: Block[] = [para(t('security.intro'))];
  if (ms.length) blocks.push(list(ms.map((m) => [c.txt(m.description)])));
  return { id: 'security', title: t('security.title'), blocks };
}

/** "Complaints": the right to complain to the AP or another authority (Art. 13(2)(d), 77). */
export function complaintSection(c: Context): Section {
  const { t } = c;
  const ca = c.d.complaintAuthority ?? 'ap';
  const auth = typeof ca === 'object' ? ca : AP;
  const blocks: Block[] = [para(t('complaint.first'))];
  blocks.push(para(t('complaint.authority', { name: auth.name }), ' ', contactLink(auth.url), auth.address ? ` (${auth.address})` : '', '. ', t('complaint.elsewhere')));
  return { id: 'complaint', title: t('complaint.title'), blocks };
}

/** "Children" (Art. 8, UAVG art. 5). */
export function childrenSection(c: Context): Section {
  const { t } = c;
  const ch = c.d.children ?? {};
  const age = ch.minAge ?? NL_CONSENT_AGE;
  const blocks: Block[] = [];
  if (ch.targeted) {
    blocks.push(para(t('children.targeted', { age })));
    const how = c.txt(ch.parentalConsent);
    if (how) blocks.push(para(how));
  } else blocks.push(para(t('children.notTargeted', { age })));
  return { id: 'children', title: t('children.title'), blocks };
}

/** "Data breaches" (Art. 33/34): what the business does when data leaks. */
export function breachSection(c: Context): Section {
  const { t } = c;
  const b = c.d.breach ?? {};
  const hours = b.notifyAuthorityWithinHours ?? DEFAULT_BREACH_HOURS;
  const blocks: Block[] = [para(t('breach.text', { count: hours }))];
  const proc = c.txt(b.procedure);
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
          c.txt(e.summary),
        ]),
      ),
    );
  }
  if (meta.previousVersionsUrl) blocks.push(para(t('changes.previous'), ' ', contactLink(meta.previousVersionsUrl), '.'));
  return { id: 'changes', title: t('changes.title'), blocks };
}
