/**
 * PROC: work the business does for clients as their processor (`roles.processorFor`). Art. 28(3)
 * requires a contract with each client, and Art. 33(2) a prompt breach notice to the client; a
 * deadline for that notice without any such work is a fact about nothing, usually a sign that
 * the work itself was never declared.
 */
import type { Hit, Rule } from './rule.js';

/** Rules about processing done on behalf of clients. */
export const processorRules: Rule[] = [
  {
    id: 'PROC',
    severity: 'warning',
    basis: '28(3), 33(2)',
    check: ({ d }) => {
      const work = (d.roles?.processorFor ?? []).filter((a) => a && typeof a === 'object');
      const hits: Hit[] = [];
      if (d.breach?.notifyClientsWithinHours !== undefined && !work.length)
        hits.push({ path: ['breach', 'notifyClientsWithinHours'], key: 'clientsHours' });
      (d.roles?.processorFor ?? []).forEach((a, i) => {
        if (a && typeof a === 'object' && !a.agreement)
          hits.push({ path: ['roles', 'processorFor', i], key: 'agreement', params: { name: String(a.id) } });
      });
      return hits;
    },
  },
];
