import { join } from 'node:path';
import type { FormAssets } from '../core/form-model.js';
import { formScriptFile, templatesDir } from './package-paths.js';
import { MB, readBytes } from './read-file.js';

/**
 * The offline form's page and style (templates/) and its script, which the build bundles from
 * src/form/ into dist/. A missing file means a broken install, not bad input.
 */
export async function formAssets(): Promise<FormAssets> {
  const read = async (file: string) => {
    const bytes = await readBytes(file, 8 * MB).catch((error: unknown) => {
      throw new Error(
        `cannot read ${file}, part of attune's offline form (${error instanceof Error ? error.message : String(error)}); reinstall attune, or run npm run build`,
      );
    });
    if (!bytes.ok) throw new Error(`${file}, part of attune's offline form, is over 8 MB`);
    return bytes.bytes.toString('utf8');
  };
  const [template, style, script] = await Promise.all([
    read(join(templatesDir(), 'form.html.hbs')),
    read(join(templatesDir(), 'form.css')),
    read(formScriptFile()),
  ]);
  return { template, style, script };
}
