import module from 'node:module';
import { main } from './main.js';

// Node 22+ can keep compiled code between runs; the lazily loaded command chunks benefit.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // A closed pipe (attune show | head) is not an error worth a word.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
