// Regenerates docs/rules.md from the rule registry (through the build).
import { mkdirSync, writeFileSync } from 'node:fs';
import { rulesDoc } from '../dist/dev/internals.js';

mkdirSync(new URL('../docs/', import.meta.url), { recursive: true });
writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesDoc());
