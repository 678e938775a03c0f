import type { Context } from '../context.js';
import type { Retention } from '../types.js';

/** One sentence on how long data is kept: period or criterion, start, reason and what happens after. */
export function retentionText(c: Context, r: Retention | undefined): string {
  const { t } = c;
  if (!r || (!r.period && !r.criterion)) return t('retention.missing');
  const parts: string[] = [];
  const how = r.period ? c.dur(r.period) : c.txt(r.criterion);
  const start = c.txt(r.start);
  parts.push(start ? t('retention.withStart', { how, start }) : t('retention.plain', { how }));
  const reason = c.txt(r.reason);
  if (reason) parts.push(t('retention.reason', { reason }));
  parts.push(t(r.action === 'anonymise' ? 'retention.anonymise' : 'retention.delete'));
  return parts.join(' ');
}
