// Runs `node scripts/start.mjs --port 0` (the demo, without the build step) as a child process
// and resolves with its URL once it prints it. Used by the demo test and take-screenshots.mjs.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Starts the demo with its consent log in a fresh temp directory (never the developer's .data/);
 * `stop()` sends SIGTERM, waits for the exit and removes that directory.
 */
export function startDemo() {
  const dataDir = mkdtempSync(join(tmpdir(), 'akkoord-demo-'));
  return new Promise((resolve, reject) => {
    const env = { ...process.env, AKKOORD_DATA_DIR: dataDir };
    const child = spawn(process.execPath, ['scripts/start.mjs', '--port', '0'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the demo did not start within 20 s:\n${out}`)), 20_000);
    const onData = (d) => {
      out += d;
      const m = /Akkoord demo: (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m && /Press Ctrl\+C/.test(out)) {
        clearTimeout(timer);
        resolve({
          url: m[1],
          dataDir,
          output: () => out,
          stop: () =>
            new Promise((done) => {
              const finish = (code) => {
                rmSync(dataDir, { recursive: true, force: true });
                done(code);
              };
              if (child.exitCode !== null) return finish(child.exitCode);
              child.once('exit', finish);
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the demo exited (${code}) before it was ready:\n${out}`));
    });
  });
}
