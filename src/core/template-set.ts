/** The templates a report is rendered with: the bundled ones, overridden file by file. */
export interface TemplateSet {
  /** Template text by file name: report.md.hbs, report.html.hbs, report.css. */
  files: Map<string, string>;
  /** Partials by name (partials/chart.hbs is `chart`). */
  partials: Map<string, string>;
  /** Where each template came from, for messages. */
  origin: Map<string, string>;
  /** A logo from the override folder, as a data: URL (the only image a report may show). */
  logo?: string;
}
