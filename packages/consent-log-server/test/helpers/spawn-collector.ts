import { spawn, type ChildProcess } from 'node:child_process';

/** A collector running as its own process (the compiled CLI). */
export interface SpawnedCollector {
  child: ChildProcess;
  url: string;
  /** Resolves with the exit code or signal once the process ended. */
  exited: Promise<number | string>;
}

/** Starts `akkoord-log serve` on a free port and resolves once it listens. */
export function spawnCollector(cli: string, args: string[]): Promise<SpawnedCollector> {
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | string>((ok) => child.once('exit', (code, signal) => ok(signal ?? code ?? -1)));
  return new Promise((ok, fail) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (d) => (err += d));
    child.stdout!.on('data', (d: Buffer) => {
      out += d;
      const line = out.split('\n').find((l) => l.includes('collector listening'));
      if (line) {
        const { port } = JSON.parse(line) as { port: number };
        ok({ child, url: `http://127.0.0.1:${port}`, exited });
      }
    });
    void exited.then((c) => fail(new Error(`collector exited (${c}) before listening: ${err}`)));
  });
}
