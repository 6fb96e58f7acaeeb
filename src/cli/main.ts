#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import { main } from './run.js';

// V8 moves an allocation site to old space once its objects have survived in bulk (after reading a
// large glossary, or many distinct words), and keeps allocating there: for a checker whose every
// document is short-lived garbage, that makes each young collection dearer for the rest of the run.
// Measured on the 10 MB benchmark folder with the built-in glossary: 19 % less CPU, 8 % less wall
// time; 1 MB runs and cold starts unchanged. The CLI owns its process; the library never does this.
setFlagsFromString('--no-allocation-site-pretenuring');

// A reader that stops early (`thuatngu check | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  isTTY: Boolean(process.stdout.isTTY),
}).then(
  (code) => exitWhenFlushed(code),
  (error: unknown) => {
    process.stderr.write(`thuatngu: ${(error as Error)?.message ?? String(error)}\n`);
    exitWhenFlushed(2);
  },
);

/**
 * Leave once stdout and stderr have taken everything written. Every command has finished its
 * work (and awaited its writes) when main() settles, yet node took another 12–16 ms to exit (a
 * file-handle close of the module loader was still pending, among other things): a twentieth of
 * a cold start.
 */
function exitWhenFlushed(code: number): void {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}
