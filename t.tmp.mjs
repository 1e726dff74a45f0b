import { validateFrameworkFiles } from './dist/index.js';
for (let i = 0; i < 5; i++) {
  const s = performance.now();
  const r = await validateFrameworkFiles(['/tmp/keys/fw.yaml']);
  console.log(r.findings.length, (performance.now() - s).toFixed(0), 'ms');
}
