// Regenerates docs/rules.md from the rule registry (through the built API).
import { mkdirSync, writeFileSync } from 'node:fs';
import { rulesDoc } from '../dist/index.js';

mkdirSync(new URL('../docs/', import.meta.url), { recursive: true });
writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesDoc());
