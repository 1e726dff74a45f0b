import { isError } from '../../core/findings.js';
import { RULES, type RuleId } from '../../core/rules.js';
import type { FindingsFormatter } from './types.js';

const uri = (file: string) => file.split('\\').join('/');

/** SARIF 2.1.0, for code-scanning dashboards. */
export const sarif: FindingsFormatter = (report) => {
  const used: RuleId[] = [...new Set(report.findings.map((f) => f.rule))].sort();
  const index = new Map(used.map((r, i) => [r, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'attune',
            version: report.toolVersion,
            rules: used.map((id) => ({
              id,
              shortDescription: { text: RULES[id].description },
              defaultConfiguration: { level: RULES[id].severity },
            })),
          },
        },
        artifacts: report.files.map((f) => ({ location: { uri: uri(f) } })),
        results: report.findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: index.get(f.rule),
          level: isError(f) || report.strict ? 'error' : 'warning',
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: uri(f.file) },
                region: { startLine: f.line, startColumn: f.column },
              },
            },
          ],
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
