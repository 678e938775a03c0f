import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CliIo } from './cli-io.js';

/** The CLI's file layer on Node: the only module of this package that touches Node built-ins. */
export const nodeIo: CliIo = {
  readFile: (path) => readFile(path, 'utf8'),
  async writeFile(path, content) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  },
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  today: () => new Date().toISOString().slice(0, 10),
};
