import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formModel } from '../../src/core/form-model.js';
import { formAssets } from '../../src/io/form-assets.js';
import { FrameworkLoader } from '../../src/io/load-framework.js';
import { formScriptFile } from '../../src/io/package-paths.js';
import { cspHash, renderForm } from '../../src/render/form.js';
import { FIXTURES, ROOT } from '../helpers.js';

/** The offline form's HTML, read as text: what a browser is told before it runs anything. */
const loader = new FrameworkLoader(ROOT);
const hostile = formModel(await loader.require(join(FIXTURES, 'form/hostile-text.yaml')));
const assets = await formAssets();
const html = renderForm(hostile, assets, '9.9.9');
const data = /<script type="application\/json" id="attune-form-data">([^<]*)<\/script>/.exec(
  html,
)?.[1];
/** The page without the data block: attune's own markup, style and script. */
const page = html.replace(data ?? '', '');

const inline = (tag: string) =>
  [...html.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => ({
    open: m[0].slice(0, m[0].indexOf('>') + 1),
    body: m[1] ?? '',
  }));

describe('the offline form page', () => {
  it('allows exactly its own inline script and style, by hash, and nothing else', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    const scripts = inline('script');
    const styles = inline('style');
    expect(scripts.map((s) => s.open)).toEqual([
      '<script type="application/json" id="attune-form-data">',
      '<script>',
    ]);
    expect(styles).toHaveLength(1);
    expect(csp).toBe(
      [
        "default-src 'none'",
        `script-src ${cspHash(scripts[1]?.body ?? '')}`,
        `style-src ${cspHash(styles[0]?.body ?? '')}`,
        "base-uri 'none'",
        "form-action 'none'",
      ].join('; '),
    );
    // The policy comes before anything it governs.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
  });

  it('has no inline event handler, no style attribute, nothing loaded from elsewhere', () => {
    const tags = [...page.matchAll(/<[a-z][^>]*>/gi)].map((m) => m[0]);
    expect(tags.filter((t) => /\son[a-z]+\s*=|\sstyle\s*=/i.test(t))).toEqual([]);
    expect(tags.filter((t) => /\s(src|href|action|srcset)\s*=/i.test(t))).toEqual([]);
    expect(page).not.toMatch(/https?:\/\/|url\(|@import/);
  });

  it('carries the framework only as JSON, in which no text can close the element', () => {
    expect(data).toBe(inline('script')[0]?.body);
    expect(data).not.toMatch(/[<>&]/);
    expect(JSON.parse(data ?? '')).toEqual(hostile);
    // No framework text appears anywhere else in the page.
    expect(page).not.toContain('__attunePwned');
    expect(page).not.toContain('hostile-text');
  });

  it('refuses a script that would end its element early', () => {
    expect(() => renderForm(hostile, { ...assets, script: 'a("</script>")' }, '1')).toThrow(
      /contains <\/script/,
    );
  });

  it('the browser script is small and carries no schema library', () => {
    expect(statSync(formScriptFile()).size).toBeLessThan(64 * 1024);
    expect(assets.script).not.toMatch(/zod|innerHTML|insertAdjacentHTML|fetch\(|XMLHttpRequest/);
  });
});
