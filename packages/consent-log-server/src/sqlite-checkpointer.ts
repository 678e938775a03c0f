import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { CHECKPOINT_EVERY_GROUPS, WAL_RESTART_PAGES } from './constants.js';
// A type-only import, erased from the output, that still puts the worker module in every tsc
// program that compiles this file: the package build and the test and bench builds that start
// from cli.ts would otherwise never emit the file the Worker loads by URL.
import type { CheckpointRequest, CheckpointResult, CheckpointWorkerData } from './sqlite-checkpoint-worker.js';

let transpiled: URL | undefined;

/**
 * The checkpoint thread's module. Compiled (dist, or any tsc output) it is the `.js` file beside
 * this one. Run from TypeScript sources, as vitest does, this module is a `.ts` file and Node 20
 * cannot load the worker's `.ts` source, so it is transpiled once with TypeScript (a dev dependency,
 * present wherever the sources are) and run from a data: URL.
 */
function workerUrl(): URL {
  const here = new URL(import.meta.url);
  if (!here.pathname.endsWith('.ts')) return new URL('./sqlite-checkpoint-worker.js', here);
  if (!transpiled) {
    const source = readFileSync(new URL('./sqlite-checkpoint-worker.ts', here), 'utf8');
    const ts = createRequire(here)('typescript') as typeof import('typescript');
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    transpiled = new URL(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
  }
  return transpiled;
}

/**
 * Copies the WAL back into the database file on its own thread and connection. A checkpoint
 * fsyncs the WAL and then the database file; run by the writing connection (SQLite's automatic
 * checkpoint) those waits would stall the event loop every thousand pages or so.
 *
 * SQLite starts the WAL over (writes from its start again) only when a write transaction begins
 * after a checkpoint copied every frame. Under a steady stream of groups that never happens on
 * its own: each checkpoint runs while the next groups commit. The WAL then grows by every page
 * written (docs/consent-log.md has the measured growth), each new page of the file costing the
 * kernel a fresh, zeroed page cache page. So once the WAL holds {@link WAL_RESTART_PAGES} frames,
 * {@link SqliteCheckpointer.restartDue} asks the writer to hold its next group until
 * {@link SqliteCheckpointer.catchUp} has copied the last frames.
 *
 * What the thread may do beside the writer without losing an acknowledged record is argued in
 * docs/architecture.md ("SQLite durability").
 */
export class SqliteCheckpointer {
  private readonly _worker: Worker;
  private _groups = 0;
  private _running = false;
  private _waiting: ((r: CheckpointResult) => void)[] = [];
  private _restartDue = false;
  private _stopped = false;
  private readonly _exited: Promise<unknown>;

  constructor(options: CheckpointWorkerData) {
    this._worker = new Worker(workerUrl(), { workerData: options });
    this._exited = new Promise((ok) => this._worker.once('exit', ok));
    this._worker.on('message', (r: CheckpointResult) => {
      this._running = false;
      this._worker.unref();
      // A failed checkpoint loses nothing (the WAL keeps the pages); the next one retries.
      if (r.error !== null) process.emitWarning(`SQLite checkpoint failed: ${r.error}`);
      // A long WAL after a checkpoint was not started over: later groups committed during it.
      else this._restartDue = r.log >= WAL_RESTART_PAGES;
      const waiting = this._waiting;
      this._waiting = [];
      for (const w of waiting) w(r);
      this._maybeStart();
    });
    this._worker.on('error', (e) => process.emitWarning(`SQLite checkpoint thread failed: ${e.message}`));
    // Without the thread there are no checkpoints, but the writer must not wait for one forever.
    this._worker.once('exit', () => {
      this._stopped = true;
      this._running = false;
      this._restartDue = false;
      const waiting = this._waiting;
      this._waiting = [];
      for (const w of waiting) w({ error: 'the checkpoint thread stopped', log: 0, done: 0 });
    });
    // Only a running checkpoint keeps the process alive; an idle store does not.
    this._worker.unref();
  }

  /** Counts one committed group; starts a checkpoint every {@link CHECKPOINT_EVERY_GROUPS} groups. */
  wrote(): void {
    this._groups++;
    this._maybeStart();
  }

  /** True when the WAL is long and its end not yet copied: the writer should {@link catchUp} first. */
  get restartDue(): boolean {
    return this._restartDue;
  }

  /**
   * Waits for the running checkpoint, then runs one more; resolves when it is done. Called with
   * no commit in between, that one copies every frame, so the next write transaction restarts
   * the WAL. Most frames were copied by the earlier checkpoint, so the writer waits for the
   * last few and the two syncs only.
   */
  async catchUp(): Promise<void> {
    // A loop: the message that ends one checkpoint may start the next background one.
    while (this._running) await new Promise<CheckpointResult>((ok) => this._waiting.push(ok));
    if (this._stopped) return;
    this._groups = 0;
    this._running = true;
    this._worker.ref();
    const done = new Promise<CheckpointResult>((ok) => this._waiting.push(ok));
    this._send('checkpoint');
    await done;
    // Cleared even when this checkpoint could not copy everything: the writer goes on, and the
    // next checkpoint asks again.
    this._restartDue = false;
  }

  /** Ends the thread. SQLite checkpoints what is left when the last connection closes. */
  async close(): Promise<void> {
    this._worker.ref();
    this._send('close');
    await this._exited;
  }

  private _send(m: CheckpointRequest): void {
    this._worker.postMessage(m);
  }

  private _maybeStart(): void {
    if (this._running || this._stopped || this._groups < CHECKPOINT_EVERY_GROUPS) return;
    this._groups = 0;
    this._running = true;
    this._worker.ref();
    this._send('checkpoint');
  }
}
