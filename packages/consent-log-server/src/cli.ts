#!/usr/bin/env node
// The `akkoord-log` binary: everything lives in run-cli.ts so tests can call it in-process.
import { runCli } from './run-cli.js';

runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
