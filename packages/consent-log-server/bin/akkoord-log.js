#!/usr/bin/env node
// The `akkoord-log` command as npm links it. It is committed, not built: npm links a
// workspace's bin only if the file exists at install time, and dist/ only exists after
// `npm run build`. Importing dist/cli.js is enough to run the CLI: that module has no entry check.
const entry = new URL('../dist/cli.js', import.meta.url);

try {
  await import(entry.href);
} catch (error) {
  // Only a missing build gets the one-line hint; any other failure is a bug and keeps its trace.
  const [{ existsSync }, { fileURLToPath }] = await Promise.all([import('node:fs'), import('node:url')]);
  if (existsSync(fileURLToPath(entry))) throw error;
  // In the repository (the only place without dist/) this file is <repo>/packages/consent-log-server/bin/.
  const repo = fileURLToPath(new URL('../../../', import.meta.url)).replace(/[\\/]$/, '');
  process.stderr.write(`akkoord-log: not built yet — run "npm run build" in ${repo}\n`);
  process.exitCode = 2;
}
