import { createHash } from 'node:crypto';
import type { ReportModel } from '../../core/report-model.js';
import type { TemplateSet } from '../../core/template-set.js';
import { escapeHtml, escapeMarkdown } from '../escape.js';
import { roundForJson } from './format.js';
import { compileTemplate } from './handlebars.js';
import { reportView } from './view.js';

export type ReportFormat = 'md' | 'html' | 'json';

/** The JSON report: the model itself, with scores rounded to one decimal place. */
export function reportJson(model: ReportModel): string {
  return `${JSON.stringify(model, roundForJson, 2)}\n`;
}

export function reportMarkdown(model: ReportModel, templates: TemplateSet): string {
  const text = compileTemplate(templates, 'report.md.hbs')(reportView(model, escapeMarkdown));
  // Templates leave blank lines where sections are left out; Markdown needs at most one.
  return `${text.replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

const CSP_PLACEHOLDER = '__ATTUNE_CSP__';

/**
 * The HTML report: one self-contained file. Its Content-Security-Policy allows nothing but its
 * own inline styles (by hash) and data: images (a logo): no script, no request of any kind.
 */
export function reportHtml(model: ReportModel, templates: TemplateSet): string {
  const view = {
    ...reportView(model, escapeHtml),
    css: templates.files.get('report.css') ?? '',
    logo: templates.logo ?? '',
  };
  const html = compileTemplate(templates, 'report.html.hbs')(view);
  const hashes = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    (m) =>
      `'sha256-${createHash('sha256')
        .update(m[1] ?? '')
        .digest('base64')}'`,
  );
  const csp = [
    "default-src 'none'",
    `style-src ${hashes.length > 0 ? hashes.join(' ') : "'none'"}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return html.replace(CSP_PLACEHOLDER, csp);
}
