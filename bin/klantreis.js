#!/usr/bin/env node
// The `klantreis` command: see `klantreis --help`.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
