import type { Purpose } from '../types.js';
import { freeTextPath, sentences } from './free-text.js';
import type { Hit, Rule } from './rule.js';
import { eachPurpose, textMatches, textVariants } from './rule.js';
import { isGenericPurposeName, vaguePurposePhrase } from './vague-purpose.js';

const VAGUE_RETENTION =
  /zo lang (als|als het|dat) (nodig|noodzakelijk)|niet langer dan (nodig|noodzakelijk)|onbepaalde tijd|as long as (is )?(necessary|needed|required)|no longer than (is )?(necessary|needed)|indefinite/i;
const VAGUE_QUALIFIER =
  /\b(kunnen|kan|mogelijk|mogelijkerwijs|bijvoorbeeld|onder andere|o\.a\.|zoals|eventueel|may|might|some|such as|for example|e\.g\.|possibly|including but not limited to)\b/i;

const words = (s: string) => s.trim().split(/\s+/).length;
/** A sentence that says something concrete: no vague phrase and at least six words. */
const concrete = (s: string) => !vaguePurposePhrase(s) && words(s) >= 6;

/**
 * V27 for one purpose: a generic name ("Marketing") with no description that says more, or a vague
 * phrase ("interessante aanbiedingen") in the name or description while no sentence of the
 * description is concrete. Reported once per purpose, at the text that has the phrase.
 */
function vaguePurpose(p: Purpose, i: number): Hit[] {
  const params = { purpose: String(p.id) };
  const description = textVariants(p.description);
  if (description.some(([s]) => sentences(s).some(concrete))) return [];
  if (textVariants(p.name).some(([s]) => isGenericPurposeName(s)) && description.every(([s]) => words(s) <= 8))
    return [{ path: ['purposes', i, 'name'], params }];
  for (const key of ['name', 'description'] as const) {
    const variants = textVariants(p[key]);
    const found = variants.flatMap(([s, lang]) => {
      const phrase = vaguePurposePhrase(s);
      return phrase ? [{ phrase, lang }] : [];
    });
    if (found.length) {
      const path = freeTextPath(
        { path: ['purposes', i, key], variants },
        found.map((f) => f.lang),
      );
      return [{ path, key: 'phrase', params: { ...params, phrase: found[0]!.phrase } }];
    }
  }
  return [];
}

/** Rules about purposes: basis, interest, special data, retention, consent, objection, sources, automated decisions. */
export const purposeRules: Rule[] = [
  {
    id: 'V02',
    severity: 'error',
    basis: '13(1)(c)',
    check: ({ d }) => {
      const ps = eachPurpose(d);
      const hits: Hit[] = ps.filter(([p]) => !p.legalBasis).map(([p, i]) => ({ path: ['purposes', i], params: { purpose: String(p.id) } }));
      const bases = new Set(ps.map(([p]) => p.legalBasis));
      if (ps.length >= 3 && bases.size === 1 && !hits.length)
        hits.push({ path: ['purposes'], severity: 'warning', key: 'blanket', params: { purpose: String(ps[0]?.[0].legalBasis) } });
      return hits;
    },
  },
  {
    id: 'V03',
    severity: 'error',
    basis: '13(1)(d)',
    check: ({ d }) =>
      eachPurpose(d)
        .filter(([p]) => p.legalBasis === 'legitimate-interests' && !p.legitimateInterest)
        .map(([p, i]) => ({ path: ['purposes', i, 'legalBasis'], params: { purpose: String(p.id) } })),
  },
  {
    id: 'V04',
    severity: 'error',
    basis: '9(2), 10, UAVG 46',
    check: ({ d }) => {
      const cats = new Map((d.dataCategories ?? []).map((c) => [c.id, c]));
      return eachPurpose(d).flatMap(([p, i]) => {
        const used = (p.dataCategories ?? []).map((id) => cats.get(id)).filter((c) => c !== undefined);
        const hits: Hit[] = [];
        const special = used.find((c) => c.special);
        if (special && !p.art9Condition)
          hits.push({ path: ['purposes', i, 'dataCategories'], params: { purpose: String(p.id), category: special.id } });
        const legal = used.find((c) => c.criminal || c.bsn);
        if (legal && !p.legalGround)
          hits.push({ path: ['purposes', i, 'dataCategories'], key: 'legalGround', params: { purpose: String(p.id), category: legal.id } });
        return hits;
      });
    },
  },
  {
    id: 'V05',
    severity: 'error',
    basis: '13(2)(a)',
    check: ({ d }) =>
      eachPurpose(d).flatMap(([p, i]) => {
        const r = p.retention;
        if (!r || (!r.period && !r.criterion))
          return [{ path: ['purposes', i, ...(r ? ['retention'] : [])], params: { purpose: String(p.id) } }];
        if (!r.period && textMatches(r.criterion, VAGUE_RETENTION))
          return [{ path: ['purposes', i, 'retention', 'criterion'], key: 'vague', params: { purpose: String(p.id) } }];
        return [];
      }),
  },
  {
    id: 'V12',
    severity: 'error',
    basis: '13(2)(c), 7(3)',
    check: ({ d }) =>
      eachPurpose(d)
        .filter(([p]) => (p.legalBasis === 'consent' || p.art9Condition === 'explicit-consent') && !p.consentWithdrawal)
        .map(([p, i]) => ({ path: ['purposes', i], params: { purpose: String(p.id) } })),
  },
  {
    id: 'V13',
    severity: 'error',
    basis: '21(4)',
    check: ({ d }) => {
      const ps = eachPurpose(d);
      const hits: Hit[] = ps
        .filter(([p]) => p.directMarketing && !p.optOut)
        .map(([p, i]) => ({ path: ['purposes', i], key: 'optOut', params: { purpose: String(p.id) } }));
      const needs = ps.some(([p]) => p.directMarketing || p.legalBasis === 'legitimate-interests' || p.legalBasis === 'public-task');
      if (needs && d.rightsHandling?.separateObjection === false) hits.push({ path: ['rightsHandling', 'separateObjection'] });
      return hits;
    },
  },
  {
    id: 'V14',
    severity: 'warning',
    basis: '13(2)(e)',
    check: ({ d }) =>
      eachPurpose(d)
        .filter(([p]) => !p.provision && (!p.sources?.length || p.sources.some((s) => s.type === 'data-subject')))
        .map(([p, i]) => ({ path: ['purposes', i], params: { purpose: String(p.id) } })),
  },
  {
    id: 'V15',
    severity: 'error',
    basis: '14(1)(d), 14(2)(f)',
    check: ({ d }) =>
      eachPurpose(d).flatMap(([p, i]) => {
        const hits: Hit[] = (p.sources ?? []).flatMap((s, j): Hit[] =>
          s.type !== 'data-subject' && !s.name ? [{ path: ['purposes', i, 'sources', j], params: { purpose: String(p.id) } }] : [],
        );
        if ((p.sources ?? []).some((s) => s.type !== 'data-subject') && !p.dataCategories?.length)
          hits.push({ path: ['purposes', i], key: 'categories', params: { purpose: String(p.id) } });
        return hits;
      }),
  },
  {
    id: 'V16',
    severity: 'error',
    basis: '13(2)(f), 22',
    check: ({ d }) =>
      eachPurpose(d).flatMap(([p, i]) => {
        const a = p.automatedDecision;
        if (!a) return [];
        return (['logic', 'significance', 'consequences'] as const)
          .filter((k) => !a[k])
          .map((k) => ({ path: ['purposes', i, 'automatedDecision'], params: { purpose: String(p.id), field: k } }));
      }),
  },
  {
    id: 'V21',
    severity: 'warning',
    basis: 'WP260 par. 12',
    check: ({ d }) => {
      const hits = eachPurpose(d)
        .filter(([p]) => textMatches(p.description, VAGUE_QUALIFIER) || textMatches(p.name, VAGUE_QUALIFIER))
        .map(([p, i]) => ({ path: ['purposes', i, 'description'], params: { purpose: String(p.id) } }));
      (d.recipients ?? []).forEach((r, i) => {
        if (r && textMatches(r.service, VAGUE_QUALIFIER))
          hits.push({ path: ['recipients', i, 'service'], params: { purpose: String(r.id) } });
      });
      return hits;
    },
  },
  {
    id: 'V27',
    severity: 'warning',
    basis: '5(1)(b)',
    check: ({ d }) => eachPurpose(d).flatMap(([p, i]) => vaguePurpose(p, i)),
  },
  {
    id: 'V33',
    severity: 'warning',
    basis: '13(3); WP260',
    check: ({ d }) => {
      const log = d.meta?.changelog ?? [];
      return eachPurpose(d)
        .filter(([p]) => p.addedIn && !log.some((e) => e.version === p.addedIn && e.material))
        .map(([p, i]) => ({ path: ['purposes', i, 'addedIn'], params: { purpose: String(p.id), version: String(p.addedIn) } }));
    },
  },
];
