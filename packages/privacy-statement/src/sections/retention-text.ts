import type { Context } from '../context.js';
import type { Retention } from '../types.js';
import { asClause } from './prose.js';

/**
 * One sentence on how long data is kept: period or criterion, start, reason and what happens after.
 * With both a period and a criterion the criterion follows the period ("4 weeks. In addition:
 * after an incident until it is resolved."), so an exception to the period is never dropped.
 * Free texts lose a final full stop of their own, as the sentence adds one ("is infinite.." no more).
 */
export function retentionText(c: Context, r: Retention | undefined): string {
  const { t } = c;
  const criterion = asClause(c.txt(r?.criterion));
  if (!r || (!r.period && !criterion)) return t('retention.missing');
  const parts: string[] = [];
  const how = r.period ? c.dur(r.period) : criterion;
  const start = asClause(c.txt(r.start));
  parts.push(start ? t('retention.withStart', { how, start }) : t('retention.plain', { how }));
  if (r.period && criterion) parts.push(t('retention.criterionAlso', { criterion }));
  const reason = asClause(c.txt(r.reason));
  if (reason) parts.push(t('retention.reason', { reason }));
  parts.push(t(r.action === 'anonymise' ? 'retention.anonymise' : 'retention.delete'));
  return parts.join(' ');
}
