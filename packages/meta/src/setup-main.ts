// Entry point of hivefs-setup-meta.
import { runSetup } from './setup.js';

process.exitCode = await runSetup(process.argv.slice(2));
