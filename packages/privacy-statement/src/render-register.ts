import { csvCell } from '@akkoord/consent-log';
import { list, para, sub, term, type Block, type Inline } from './blocks.js';
import { createTranslate, type Translate } from './i18n.js';
import { pruneDeclarations } from './prune-declarations.js';
import { buildRegister, type Register } from './register-model.js';
import { renderMarkdown } from './render-markdown.js';
import type { Declarations, Lang } from './types.js';

/** Output formats of the register. */
export type RegisterFormat = 'md' | 'csv' | 'json';

/** Options of {@link register}. */
export interface RegisterOptions {
  /** @default "json" */
  format?: RegisterFormat;
  /** Language of the labels and texts. @default "nl" */
  lang?: Lang;
}

/**
 * The CSV columns, in order. The header row names them in the register's language
 * (`register:csv.<column>`), like the Markdown's labels: the file is read by people in a
 * spreadsheet, and a Dutch register is Dutch throughout.
 */
const CSV_COLUMNS = [
  'register',
  'id',
  'name',
  'description',
  'legalBasis',
  'legitimateInterest',
  'art9Condition',
  'dataSubjects',
  'dataCategories',
  'recipients',
  'transfers',
  'retention',
  'processingAgreements',
  'security',
  'owner',
  'systems',
  'dpia',
  'lia',
] as const;

/** Kept for callers of the earlier export; the one implementation is the consent log's. */
export { csvCell };

type Transfer = Register['activities'][number]['transfers'][number];
type Agreement = Register['activities'][number]['processingAgreements'][number];

/** `Mailkite Inc.: US, EU-VS Data Privacy Framework (…)`: one transfer as the CSV and Markdown show it. */
const transferText = (x: Transfer) => `${x.recipient}: ${x.countries.join('/')}, ${x.safeguard}`;

/** `Noordhost B.V.: 2024-02-01`, or signed without a date, or missing, in the register's words. */
const agreementText = (t: Translate, x: Agreement) =>
  `${x.recipient}: ${x.signed ? x.date || t('register:signed') : t('register:missing')}`;

function toCsv(r: Register): string {
  const t = createTranslate(r.lang);
  const rows: string[][] = [CSV_COLUMNS.map((c) => t(`register:csv.${c}`))];
  const security = r.security.join('; ');
  for (const a of r.activities) {
    rows.push([
      t('register:part.controller'),
      a.id,
      a.name,
      a.description,
      a.legalBasis,
      a.legitimateInterest,
      a.art9Condition,
      a.dataSubjects.join('; '),
      a.dataCategories.join('; '),
      a.recipients.map((x) => `${x.name} (${x.role}, ${x.countries.join('/')})`).join('; '),
      a.transfers.map(transferText).join('; '),
      a.retention,
      a.processingAgreements.map((x) => agreementText(t, x)).join('; '),
      security,
      a.owner,
      a.systems.join('; '),
      a.dpia,
      a.lia,
    ]);
  }
  for (const a of r.processorActivities) {
    rows.push([
      t('register:part.processor'),
      a.id,
      a.controller,
      a.processing,
      '',
      '',
      '',
      '',
      a.dataCategories.join('; '),
      a.subProcessors.map((x) => `${x.name} (${x.countries.join('/')})`).join('; '),
      a.transfers.map(transferText).join('; '),
      a.retention,
      a.agreement,
      a.security || security,
      '',
      '',
      '',
      '',
    ]);
  }
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function toMarkdown(r: Register): string {
  const t = createTranslate(r.lang);
  const L = (k: string): string => t(`register:${k}`);
  const c = r.controller;
  const dash = (s: string) => s || '—';
  const blocks: Block[] = [{ type: 'heading', level: 1, content: [L('title')] }];
  blocks.push(para(t('register:meta', { version: dash(r.version), date: dash(r.effectiveDate) })));
  blocks.push({ type: 'heading', level: 2, content: [L('controller')] });
  blocks.push(
    list([
      term(L('name'), c.name),
      term(L('kvk'), dash(c.kvk)),
      term(L('address'), dash(c.address)),
      term(L('email'), dash(c.email)),
      term(L('privacyContact'), dash(c.privacyContact)),
      term(L('representative'), dash(c.representative)),
      term(L('dpo'), dash(c.dpo)),
      term(L('joint'), dash(c.jointControllers.join(', '))),
      term(L('authority'), r.complaintAuthority),
    ]),
  );
  blocks.push({ type: 'heading', level: 2, content: [L('activities')] });
  for (const a of r.activities) {
    blocks.push(sub(undefined, `${a.name} (${a.id})`));
    const items: Inline[][] = [
      term(L('description'), dash(a.description)),
      term(L('legalBasis'), dash(a.legalBasis)),
      ...(a.legitimateInterest ? [term(L('interest'), a.legitimateInterest)] : []),
      ...(a.art9Condition
        ? [term(L('art9'), t('register:art9For', { condition: a.art9Condition, categories: a.specialCategories.join(', ') }))]
        : []),
      ...(a.legalGround ? [term(L('legalGround'), a.legalGround)] : []),
      term(L('subjects'), dash(a.dataSubjects.join(', '))),
      term(L('categories'), dash(a.dataCategories.join(', '))),
      term(L('recipients'), dash(a.recipients.map((x) => `${x.name} (${x.role}, ${x.countries.join('/')})`).join('; '))),
      term(L('transfers'), dash(a.transfers.map(transferText).join('; '))),
      term(L('retention'), a.retention),
      term(L('agreements'), dash(a.processingAgreements.map((x) => agreementText(t, x)).join('; '))),
      term(L('owner'), dash(a.owner)),
      term(L('systems'), dash(a.systems.join(', '))),
      term(L('access'), dash(a.access.join(', '))),
      term(L('dpia'), dash(a.dpia)),
      term(L('lia'), dash(a.lia)),
    ];
    blocks.push(list(items));
  }
  blocks.push({ type: 'heading', level: 2, content: [L('security')] });
  blocks.push(r.security.length ? list(r.security.map((s) => [s])) : para('—'));
  if (r.processorActivities.length) {
    blocks.push({ type: 'heading', level: 2, content: [L('processorTitle')] });
    blocks.push(para(L('processorIntro')));
    for (const a of r.processorActivities) {
      blocks.push(sub(undefined, `${a.controller} (${a.id})`));
      blocks.push(
        list([
          term(L('processing'), a.processing),
          term(L('categories'), dash(a.dataCategories.join(', '))),
          term(L('subProcessors'), dash(a.subProcessors.map((x) => `${x.name} (${x.countries.join('/')})`).join('; '))),
          term(L('transfers'), dash(a.transfers.map(transferText).join('; '))),
          term(L('retention'), dash(a.retention)),
          term(L('clientAgreement'), dash(a.agreement)),
          term(L('processorSecurity'), dash(a.security)),
        ]),
      );
    }
  }
  return renderMarkdown(blocks);
}

/** The Art. 30 register as Markdown, CSV (one row per activity) or JSON. Deterministic. */
export function register(d: Declarations, options: RegisterOptions = {}): string {
  const lang = options.lang ?? 'nl';
  const format = options.format ?? 'json';
  if (lang !== 'nl' && lang !== 'en') throw new TypeError(`register: lang must be "nl" or "en", got ${JSON.stringify(lang)}`);
  if (!['md', 'csv', 'json'].includes(format))
    throw new TypeError(`register: format must be "md", "csv" or "json", got ${JSON.stringify(format)}`);
  const r = buildRegister(pruneDeclarations(d), lang);
  if (format === 'csv') return toCsv(r);
  if (format === 'md') return toMarkdown(r);
  return `${JSON.stringify(r, null, 2)}\n`;
}
