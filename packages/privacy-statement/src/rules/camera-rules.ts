/**
 * CAM: camera surveillance. Footage is recognised the way the statement recognises it
 * (`observedBy` in the purposes section), so the validator and the statement never disagree on
 * whether a purpose films people. People who are filmed look for where the cameras are and are
 * not, and who sees the images; those facts live in the `camera` block, its basis and retention
 * on the purpose it names.
 */
import { createContext } from '../context.js';
import { observedBy } from '../sections/purposes-section.js';
import type { Hit, Rule } from './rule.js';
import { eachPurpose } from './rule.js';

/** Rules about camera surveillance. */
export const cameraRules: Rule[] = [
  {
    id: 'CAM',
    severity: 'warning',
    basis: '12(1), 13; AP camera guidance',
    check: ({ d }) => {
      const ps = eachPurpose(d);
      if (!ps.length && !d.camera) return [];
      // Only the lookups `observedBy` uses; the language does not change what counts as footage.
      const c = createContext(d, 'en');
      const filming = ps.filter(([p]) => observedBy(c, p) === 'camera');
      const hits: Hit[] = [];
      const camera = d.camera;
      if (!camera) {
        for (const [p, i] of filming) hits.push({ path: ['purposes', i], key: 'missing', params: { purpose: String(p.id) } });
        return hits;
      }
      // A camera block no purpose belongs to has no legal basis and no retention to show.
      if (camera.purpose === undefined && !filming.length) hits.push({ path: ['camera'], key: 'purpose' });
      if (!camera.notFilmed) hits.push({ path: ['camera'], severity: 'info', key: 'notFilmed' });
      return hits;
    },
  },
];
