#!/usr/bin/env node
// The `akkoord` command as npm links it. It is committed, not built: npm links a workspace's
// bin only if the file exists at install time, and dist/ only exists after `npm run build`.
// It calls the built CLI's `main` itself, because dist/cli.js runs on its own only when it is
// process.argv[1], which here is this launcher (so it stays quiet and nothing runs twice).
const entry = new URL('../dist/cli.js', import.meta.url);

/** The built CLI and its Node io, or null (after printing the hint) when dist/ is not built. */
async function load() {
  try {
    return await Promise.all([import(entry.href), import(new URL('node-io.js', entry).href)]);
  } catch (error) {
    // Only a missing build gets the one-line hint; any other failure is a bug and keeps its trace.
    const [{ existsSync }, { fileURLToPath }] = await Promise.all([import('node:fs'), import('node:url')]);
    if (existsSync(fileURLToPath(entry))) throw error;
    // In the repository (the only place without dist/) this file is <repo>/packages/privacy-statement/bin/.
    const repo = fileURLToPath(new URL('../../../', import.meta.url)).replace(/[\\/]$/, '');
    process.stderr.write(`akkoord: not built yet — run "npm run build" in ${repo}\n`);
    return null;
  }
}

const built = await load();
if (built) {
  const [cli, io] = built;
  process.exitCode = await cli.main(process.argv.slice(2), io.nodeIo);
} else {
  process.exitCode = 2;
}
