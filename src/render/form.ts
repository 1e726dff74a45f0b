import { createHash } from 'node:crypto';
import Handlebars from 'handlebars';
import { embeddedJson, type FormAssets, type FormModel } from '../core/form-model.js';
import { messagesFor } from '../core/messages.js';
import { formArea } from '../messages/form.js';

/** A CSP source for an inline element's exact text. */
export const cspHash = (text: string): string =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The offline form as one HTML file. The framework goes in only as JSON, in a data block the
 * browser never runs; the script and the style are inline, and the Content-Security-Policy
 * allows exactly those two (by hash) and nothing else: no network, no other script, no inline
 * event handler, no style attribute.
 */
export function renderForm(model: FormModel, assets: FormAssets, version: string): string {
  for (const [name, text, tag] of [
    ['script', assets.script, 'script'],
    ['style', assets.style, 'style'],
  ] as const) {
    // Either would end the inline element early; the bundled files never contain them.
    if (new RegExp(`</${tag}|<!--`, 'i').test(text)) {
      throw new Error(`the offline form's ${name} contains </${tag} or <!--`);
    }
  }
  const csp = [
    "default-src 'none'",
    `script-src ${cspHash(assets.script)}`,
    `style-src ${cspHash(assets.style)}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const handlebars = Handlebars.create();
  const say = messagesFor(formArea, model.ui);
  // The form's own words, from its catalogue; Handlebars escapes them like any other text.
  handlebars.registerHelper('t', (id: unknown) => say(String(id) as keyof typeof formArea.en));
  const page = handlebars.compile(assets.template, { strict: true });
  const fixed = model.roles.find((r) => r.id === model.fixedRole);
  return page({
    lang: model.ui === 'en' ? 'en-GB' : model.ui,
    lived: fixed?.livedExperience === true,
    csp,
    version,
    style: assets.style,
    script: assets.script,
    data: embeddedJson(model),
  });
}
