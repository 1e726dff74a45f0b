import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FormAssets } from '../core/form-model.js';
import { formScriptFile, templatesDir } from './package-paths.js';

/**
 * The offline form's page and style (templates/) and its script, which the build bundles from
 * src/form/ into dist/. A missing file means a broken install, not bad input.
 */
export async function formAssets(): Promise<FormAssets> {
  const read = (file: string) =>
    readFile(file, 'utf8').catch((error: unknown) => {
      throw new Error(
        `cannot read ${file}, part of attune's offline form (${(error as NodeJS.ErrnoException).code ?? String(error)}); reinstall attune, or run npm run build`,
      );
    });
  const [template, style, script] = await Promise.all([
    read(join(templatesDir(), 'form.html.hbs')),
    read(join(templatesDir(), 'form.css')),
    read(formScriptFile()),
  ]);
  return { template, style, script };
}
