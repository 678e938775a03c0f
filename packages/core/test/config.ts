import type { AkkoordConfig } from '../src/index.js';

/** A typical Dutch SME config used across tests. */
export const baseConfig = (): AkkoordConfig => ({
  revision: 1,
  organisation: 'Bakkerij De Korenschoof',
  categories: [
    { id: 'necessary', required: true, title: { nl: 'Noodzakelijk', en: 'Necessary' } },
    {
      id: 'analytics',
      title: { nl: 'Statistieken', en: 'Statistics' },
      services: [
        { id: 'matomo', name: 'Matomo', cookies: [{ name: '_pk_id.*' }, { name: '_pk_ses.*' }] },
        { id: 'ga', name: 'Google Analytics', cookies: [{ name: '_ga' }, { name: '/^_ga_[A-Z0-9]+$/' }] },
      ],
    },
    {
      id: 'marketing',
      title: 'Marketing',
      services: [{ id: 'youtube', name: 'YouTube', cookies: [{ name: 'VISITOR_INFO1_LIVE' }] }],
    },
  ],
});
