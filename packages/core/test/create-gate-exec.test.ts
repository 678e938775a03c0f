// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"enableJavaScriptEvaluation": true, "suppressInsecureJavaScriptEnvironmentWarning": true, "fetch": {"virtualServers": [{"url": "https://cdn.test/", "directory": "packages/core/test/fixtures"}]}}}
// Executes the activated scripts (happy-dom with JavaScript on, files served from test/fixtures),
// so this checks what actually ran, and in which order; real-browser timing is test/ (Chromium).
import { expect, it } from 'vitest';
import { createConsent, createGate } from '../src/index.js';
import { baseConfig } from './config.js';
import { fakeEnv } from './fake-env.js';

const settle = () => new Promise((r) => setTimeout(r, 50));

it('runs nothing before consent, then each granted script exactly once in document order', async () => {
  const w = window as unknown as { order: string[] };
  w.order = [];
  document.body.innerHTML = `
    <script type="text/plain" data-consent="analytics">window.order.push('one (inline)')</script>
    <script type="text/plain" data-consent="analytics" src="https://cdn.test/two.js"></script>
    <script type="text/plain" data-consent="marketing">window.order.push('marketing')</script>
    <script type="text/plain" data-consent="analytics">window.order.push('three (inline)')</script>
    <script type="text/plain" data-consent="analytics" data-src="https://cdn.test/four.js"></script>`;
  const m = createConsent(baseConfig(), fakeEnv().env);
  createGate(m, document);
  await settle();
  expect(w.order).toEqual([]);
  m.accept(['analytics']);
  await settle();
  m.accept(['analytics']);
  m.reset();
  m.accept(['analytics']);
  await settle();
  expect(w.order).toEqual(['one (inline)', 'two (external)', 'three (inline)', 'four (external)']);
});
