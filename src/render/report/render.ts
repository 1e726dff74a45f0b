import { createHash } from 'node:crypto';
import type { ReportModel } from '../../core/report-model.js';
import type { TemplateSet } from '../../core/template-set.js';
import { cssString, escapeHtml, escapeMarkdown } from '../escape.js';
import { actionsCsv, domainsCsv, responsesCsv, type CsvTable, type ResponsesInput } from './csv.js';
import { roundForJson } from './format.js';
import { compileTemplate } from './handlebars.js';
import { reportView } from './view.js';
import { htmlText, reportWords } from './words.js';

export type ReportFormat = 'md' | 'html' | 'json';

export interface RenderInputs {
  /** For Markdown and HTML. */
  templates?: TemplateSet;
  /** For CSV: which table (default: the action plan). */
  csvTable?: CsvTable;
  /** For the responses table: each respondent's rows, and what may be shown of them. */
  responses?: ResponsesInput;
}

/** The report in one format: what `attune report` writes, and `assess` at its end. */
export function renderReport(
  model: ReportModel,
  format: ReportFormat | 'csv',
  inputs: RenderInputs = {},
): string {
  const templates = () => {
    if (!inputs.templates) throw new Error(`the ${format} report needs its templates`);
    return inputs.templates;
  };
  switch (format) {
    case 'json':
      return reportJson(model);
    case 'md':
      return reportMarkdown(model, templates());
    case 'html':
      return reportHtml(model, templates());
    case 'csv':
      switch (inputs.csvTable ?? 'actions') {
        case 'actions':
          return actionsCsv(model);
        case 'domains':
          return domainsCsv(model);
        case 'responses':
          if (!inputs.responses) throw new Error('the responses table needs the respondents');
          return responsesCsv(inputs.responses);
      }
  }
}

/** The JSON report: the model itself, with scores rounded to one decimal place. */
export function reportJson(model: ReportModel): string {
  return `${JSON.stringify(model, roundForJson, 2)}\n`;
}

export function reportMarkdown(model: ReportModel, templates: TemplateSet): string {
  const words = reportWords(model.lang, escapeMarkdown);
  const text = compileTemplate(templates, 'report.md.hbs', { words })(
    reportView(model, escapeMarkdown, words),
  );
  // Templates leave blank lines where sections are left out; Markdown needs at most one.
  return `${text.replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

const CSP_PLACEHOLDER = '__ATTUNE_CSP__';

/**
 * The HTML report: one self-contained file. Its Content-Security-Policy allows nothing but its
 * own inline styles (by hash) and data: images (a logo): no script, no request of any kind.
 */
export function reportHtml(model: ReportModel, templates: TemplateSet): string {
  const words = reportWords(model.lang, htmlText);
  const view = {
    ...reportView(model, escapeHtml, words),
    css: templates.files.get('report.css') ?? '',
    pageCss: pageCss(model),
    logo: templates.logo ?? '',
  };
  const html = compileTemplate(templates, 'report.html.hbs', { words })(view);
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

/**
 * The printed page's running title, in the top margin of every page: the one style rule made
 * from the framework's text, which is therefore escaped as a CSS string. The page number is in
 * report.css.
 */
function pageCss(model: ReportModel): string {
  const say = reportWords(model.lang, (text) => text);
  const title = say(model.ownAnswers ? 'titleOwn' : 'title', { title: model.framework.title });
  return `@page {\n  @top-left {\n    content: ${cssString(title)};\n  }\n}`;
}
