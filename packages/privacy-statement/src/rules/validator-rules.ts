import { absentRules } from './absent-rules.js';
import { cameraRules } from './camera-rules.js';
import { cookieRules } from './cookie-rules.js';
import { metaRules } from './meta-rules.js';
import { organisationRules } from './organisation-rules.js';
import { processorRules } from './processor-rules.js';
import { purposeRules } from './purpose-rules.js';
import { recipientRules } from './recipient-rules.js';
import type { Rule } from './rule.js';
import { referenceRules } from './reference-rules.js';
import { reviewRules } from './review-placeholder.js';
import { wordingRules } from './wording-rules.js';

/**
 * Every validator rule in the order findings are reported. It is plain data: pass a filtered or
 * extended copy to `validateDeclarations({ rules })` to switch rules off or add your own.
 */
export const defaultRules: readonly Rule[] = [
  ...referenceRules,
  ...organisationRules,
  ...purposeRules,
  ...cameraRules,
  ...recipientRules,
  ...processorRules,
  ...absentRules,
  ...cookieRules,
  ...reviewRules,
  ...metaRules,
  ...wordingRules,
];
