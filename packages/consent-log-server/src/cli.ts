#!/usr/bin/env node
// The `akkoord-log` binary: the dispatcher is run-cli.ts (one file per command beside it), so tests can call it in-process.
import { runCli } from './run-cli.js';

runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
