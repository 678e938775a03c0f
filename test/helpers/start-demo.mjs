// Runs `node scripts/start.mjs --port 0` (the demo, without the build step) as a child process
// and resolves with its URL once it prints it. Used by the demo test and take-screenshots.mjs.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Starts the demo; `stop()` sends SIGTERM and waits for the exit. */
export function startDemo() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/start.mjs', '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the demo did not start within 20 s:\n${out}`)), 20_000);
    const onData = (d) => {
      out += d;
      const m = /Akkoord demo: (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m && /Press Ctrl\+C/.test(out)) {
        clearTimeout(timer);
        resolve({
          url: m[1],
          output: () => out,
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null) return done(child.exitCode);
              child.once('exit', (code) => done(code));
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
