import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeDecision, validateConfig } from '../src/index.js';

const doc = readFileSync(new URL('../../../docs/configuration.md', import.meta.url), 'utf8');

describe('docs/configuration.md', () => {
  it('the complete example is a valid config', () => {
    const json = /## A complete example\s+```json\n([\s\S]*?)```/.exec(doc)![1]!;
    expect(validateConfig(JSON.parse(json)).errors).toEqual([]);
  });

  it('the cookie example decodes to what the text says', () => {
    const value = /^akkoord=(\S+)$/m.exec(doc)![1]!;
    expect(decodeDecision(value)).toEqual({
      id: '3f2a9c1e-7b4d-4e8a-9c0f-1a2b3c4d5e6f',
      revision: '3',
      time: Date.UTC(2026, 0, 12, 9, 30),
      action: 'custom',
      categories: ['necessary', 'analytics', 'marketing'],
      services: { analytics: ['matomo'] },
    });
  });

  it('documents every config field', () => {
    const fields = [
      'revision',
      'categories',
      'organisation',
      'privacyStatementUrl',
      'privacyStatementVersion',
      'cookie',
      'language',
      'texts',
      'consentMode',
      'gpc',
      'reloadOnWithdraw',
      'consentLog',
      'layout',
      'position',
      'required',
      'services',
      'privacyUrl',
      'cookies',
      'duration',
      'expiryDays',
      'domain',
      'path',
      'sameSite',
      'enabled',
      'waitForUpdate',
      'mapping',
      'autoDecide',
    ];
    for (const f of fields) expect(doc).toContain(`\`${f}\``);
  });
});
