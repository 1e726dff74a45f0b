import { oneLine } from '../sanitize.js';
import { family } from './rule.js';

const TAILORED = 'attune: 1\nid: tailored\nextends: example\n';

/**
 * attune reads YAML 1.2, but many tools still read 1.1 (PyYAML, yamllint, older editors), and
 * read some plain values differently: `yes` and `off` are booleans there, `1:30` is the number
 * 90, and inside `[ ]` or `{ }` a `?` or `:` ends a plain value. A framework that reads the same
 * everywhere quotes them.
 */
export const portability = family({
  title: 'Portability',
  rules: [
    {
      id: 'yaml-portability',
      severity: 'warning',
      subject: 'framework',
      description:
        'A plain (unquoted) value that YAML 1.1 tools read differently: `yes`, `no`, `on`, `off`, `y` or `n` (as booleans), a time such as `1:30` (as a number), or a `?` or `:` inside `[ ]` or `{ }`. The message gives the quoted form.',
      failing: {
        yaml: `${TAILORED}title: { en-GB: Is the service safe? }\n`,
        whole: true,
      },
      passing: {
        yaml: `${TAILORED}title: { en-GB: "Is the service safe?" }\n`,
        whole: true,
      },
    },
  ],
});

/** Plain values YAML 1.1 reads as booleans (its spec's exact forms). */
const BOOLEAN_1_1 = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
/** YAML 1.1's base 60 numbers: 1:30 is 90, 1:30.5 is 90.5. */
const SEXAGESIMAL_1_1 = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;

/**
 * A cheap look at the text first: most files hold nothing the careful pass could find, and the
 * careful pass needs the slower YAML parser. It may say yes wrongly, never no wrongly.
 */
export function mayHavePortabilityProblems(text: string): boolean {
  return (
    /(?:^|[\s[{,])(?:[yYnN]|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF)[ \t]*(?:$|[,\]}:#\r])/m.test(
      text,
    ) ||
    /\d:[0-5]?\d/.test(text) ||
    /[[{][^\n]*?(?:[^\s"'][?]|:[^\s,\]}])/.test(text)
  );
}

/**
 * What YAML 1.1 tools would make of one plain (unquoted) value, where they read it differently:
 * where in its source the trouble starts, and the message with the fix. `flow`: the value sits
 * inside `[ ]` or `{ }`; `value`: what YAML 1.2 reads (a plain value over several lines is folded).
 */
export function portabilityProblem(
  source: string,
  flow: boolean,
  text: string,
): { at: number; message: string } | undefined {
  const quoted = oneLine(JSON.stringify(text), 120);
  if (BOOLEAN_1_1.test(text)) {
    const reads = /^(?:y|yes|on)$/i.test(text) ? 'true' : 'false';
    return {
      at: 0,
      message: `${text} is read as ${reads} by YAML 1.1 tools; write ${quoted} to keep it text`,
    };
  }
  if (SEXAGESIMAL_1_1.test(text))
    return {
      at: 0,
      message: `${text} is read as the number ${base60(text)} by YAML 1.1 tools; write ${quoted} to keep it text`,
    };
  const stop = flow ? /[?:]/.exec(source) : null;
  if (stop)
    return {
      at: stop.index,
      message: `YAML 1.1 tools end a plain value at "${stop[0]}" inside [ ] or { }; write ${quoted} in quotes`,
    };
  return undefined;
}

/** What YAML 1.1 reads a base 60 number as: 1:30 is 90. */
function base60(text: string): number {
  const sign = text.startsWith('-') ? -1 : 1;
  const parts = text.replace(/^[-+]/, '').replace(/_/g, '').split(':');
  return sign * parts.reduce((sum, part) => sum * 60 + Number(part), 0);
}
