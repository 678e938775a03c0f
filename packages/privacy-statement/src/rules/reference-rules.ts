import type { Hit, Rule } from './rule.js';
import { eachPurpose } from './rule.js';

/** References by id must point at something declared, and ids must be unique per list. */
export const referenceRules: Rule[] = [
  {
    id: 'REF',
    severity: 'error',
    basis: 'declarations',
    check: ({ d }) => {
      const hits: Hit[] = [];
      const ids = (list: { id?: unknown }[] | undefined, name: string) => {
        const set = new Set<string>();
        (list ?? []).forEach((x, i) => {
          const id = String(x?.id);
          if (set.has(id)) hits.push({ path: [name, i, 'id'], key: 'duplicate', params: { id, list: name } });
          set.add(id);
        });
        return set;
      };
      const subjects = ids(d.dataSubjects, 'dataSubjects');
      const cats = ids(d.dataCategories, 'dataCategories');
      const recips = ids(d.recipients, 'recipients');
      const purposes = ids(d.purposes, 'purposes');
      const refs = (list: string[] | undefined, known: Set<string>, path: (string | number)[], listName: string) =>
        (list ?? []).forEach((id, j) => {
          if (!known.has(id)) hits.push({ path: [...path, j], params: { id, list: listName, valid: [...known].join(', ') || '—' } });
        });
      for (const [p, i] of eachPurpose(d)) {
        refs(p.dataSubjects, subjects, ['purposes', i, 'dataSubjects'], 'dataSubjects');
        refs(p.dataCategories, cats, ['purposes', i, 'dataCategories'], 'dataCategories');
        refs(p.recipients, recips, ['purposes', i, 'recipients'], 'recipients');
      }
      (d.cookies ?? []).forEach((k, i) => {
        if (k?.service && !recips.has(k.service))
          hits.push({
            path: ['cookies', i, 'service'],
            params: { id: k.service, list: 'recipients', valid: [...recips].join(', ') || '—' },
          });
      });
      (d.roles?.processorFor ?? []).forEach((a, i) => {
        refs(a.subProcessors, recips, ['roles', 'processorFor', i, 'subProcessors'], 'recipients');
        refs(a.dataCategories, cats, ['roles', 'processorFor', i, 'dataCategories'], 'dataCategories');
      });
      // The camera block takes its legal basis and retention from the purpose it names.
      const camera = d.camera?.purpose;
      if (camera !== undefined && !purposes.has(camera))
        hits.push({ path: ['camera', 'purpose'], params: { id: camera, list: 'purposes', valid: [...purposes].join(', ') || '—' } });
      return hits;
    },
  },
];
