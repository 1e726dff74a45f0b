import { Argument, Command, InvalidArgumentError, Option } from 'commander';
import type { AssessOptions } from './commands/assess.js';
import type { FormOptions } from './commands/form.js';
import type { ImportOptions } from './commands/import.js';
import type { ReportOptions } from './commands/report.js';
import type { VerifyOptions } from './commands/verify.js';
import type { ValidateOptions } from './commands/validate.js';
import type { Context } from './context.js';
import type { InitOptions } from './commands/init.js';
import type { ListOptions } from './commands/list.js';
import type { PlanOptions } from './commands/plan.js';
import type { ShowOptions } from './commands/show.js';

/**
 * The commander program: flags and help text only. Each command's code is imported when that
 * command runs, so `attune --version` loads none of it.
 */
export function buildProgram(ctx: Context, version: string): Command {
  const program = new Command('attune')
    .description('Trauma-informed and relationship-based organisational self-assessment.')
    .version(version, '-V, --version', 'print the version')
    .option('--no-color', 'no colour in the output (NO_COLOR works too)')
    .option('--debug', 'on an unexpected error, print the stack trace')
    .showSuggestionAfterError(true)
    .helpCommand(true)
    .configureHelp({ sortSubcommands: false })
    // Settings set here are inherited by every command added below.
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.out.stdout(s),
      writeErr: (s) => ctx.out.stderr(s),
      outputError: (s, write) =>
        write(`attune: ${s.replace(/^error: /, '').replace(/\n(?!$)/g, ' ')}`),
    });

  program
    .command('validate')
    .description('check framework files: their shape, then cross-references')
    .argument('<paths...>', 'framework files, folders or globs')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['stylish', 'json', 'github', 'sarif', 'junit'])
        .default('stylish'),
    )
    .option('--strict', 'fail on warnings too', false)
    .action(async (paths: string[], options: ValidateOptions) => {
      const { validate } = await import('./commands/validate.js');
      await validate(paths, options, ctx);
    });

  program
    .command('list')
    .description('list the frameworks attune knows: bundled, then those in ./frameworks')
    .option('--json', 'print JSON instead of a table', false)
    .action(async (options: ListOptions) => {
      const { list } = await import('./commands/list.js');
      await list(options, ctx);
    });

  program
    .command('show')
    .description("print a framework's outline, or the whole resolved framework as JSON")
    .argument('<framework>', 'a framework id (bundled or in ./frameworks) or a file')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(['md', 'json']).default('md'),
    )
    .option('--lang <tag>', "the language to show texts in (default: the framework's own)")
    .action(async (ref: string, options: ShowOptions) => {
      const { show } = await import('./commands/show.js');
      await show(ref, options, ctx);
    });

  program
    .command('init')
    .description('write a new, valid framework to start from, and its JSON Schema beside it')
    .argument('[file]', 'the framework file to write', 'framework.yaml')
    .option('--extends <framework>', 'start from this framework (an id or a file)')
    .option('--force', 'overwrite the file if it exists', false)
    .action(async (file: string, options: InitOptions) => {
      const { init } = await import('./commands/init.js');
      await init(file, options, ctx);
    });

  program
    .command('schema')
    .description('print the JSON Schema (2020-12) of a file format, for editors and tools')
    .addArgument(
      new Argument('[kind]', 'which format')
        .choices(['framework', 'answers', 'plan'])
        .default('framework'),
    )
    .action(async (kind: 'framework' | 'answers' | 'plan') => {
      const { schema } = await import('./commands/schema.js');
      schema(kind, ctx);
    });

  program
    .command('assess')
    .description('the interactive walk-through: answer a framework’s questions, saved as you go')
    .addOption(
      new Option(
        '--framework <id|path>',
        'the framework to answer, by id or file (default: trauma-informed-organisation, or the one the --resume file names)',
      ),
    )
    .option('--lang <tag>', 'the language to show the questions in, such as en-GB or cy')
    .addOption(
      new Option(
        '--out <file>',
        'where to save the answers (default: attune-answers-<framework>-<date>.yaml here)',
      ).conflicts('resume'),
    )
    .option('--resume <file>', 'carry on with an answers file where it stopped')
    .addOption(
      new Option('-f, --format <format>', 'the report written at the end, next to the answers')
        .choices(['md', 'html', 'json'])
        .default('md'),
    )
    .action(async (options: AssessOptions) => {
      const { assess } = await import('./commands/assess.js');
      await assess(options, ctx);
    });

  program
    .command('report')
    .description('score answers files and write the action report')
    .argument(
      '<answers...>',
      'answers files (YAML or JSON), JSON Lines files (a respondent per line), folders or globs',
    )
    .addOption(
      new Option('-f, --format <format>', 'report format (docx: Word, for --out or a pipe)')
        .choices(['md', 'html', 'json', 'csv', 'docx'])
        .default('md'),
    )
    .option('-o, --out <file>', 'write the report to this file (default: standard output)')
    .option('--framework <id|path>', 'the framework (default: the one the answers name)')
    .option(
      '--compare <earlier...>',
      'an earlier assessment: its answers files, folders or globs, or its JSON report (repeat for each earlier cycle)',
    )
    .option(
      '--label <name>',
      'a name for each --compare in the same order, then one for this assessment (default: their dates)',
      (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
    )
    .option(
      '--invited <role=N>',
      'how many of a role were asked to answer (unit:role=N for one unit); repeatable',
      (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
    )
    .addOption(
      new Option('--by <group>', 'scores side by side per group').choices(['unit', 'role']),
    )
    .addOption(
      new Option('--min-group-size <n>', 'hide the scores of groups smaller than this')
        .default(3)
        .argParser(positiveInteger('--min-group-size')),
    )
    .option('--template <dir>', 'your own templates, overriding the bundled ones by file name')
    .option('--lang <tag>', 'the language of the framework texts, e.g. cy')
    .addOption(
      new Option('--csv-table <table>', 'with --format csv: which table')
        .choices(['actions', 'domains', 'responses'])
        .default('actions'),
    )
    .option('--skip-invalid', 'leave out answers files that cannot be used, and say which', false)
    .option('--plan <plan.yaml>', 'the action plan (attune plan): owners, dates, targets')
    .action(async (paths: string[], options: ReportOptions) => {
      const { report } = await import('./commands/report.js');
      const { uses } = await import('./repeated.js');
      options.compareUses = uses(ctx.argv ?? [], '--compare', options.compare ?? []);
      await report(paths, options, ctx);
    });

  program
    .command('verify')
    .description(
      'check that a JSON report came from these answers (and framework, plan and earlier cycles)',
    )
    .argument('<report.json>', 'a report written by attune report --format json')
    .argument('<answers...>', 'the answers files, folders, globs or JSON Lines it was made from')
    .option('--framework <id|path>', 'the framework (default: the one the answers name)')
    .option('--plan <plan.yaml>', 'the action plan the report was made with')
    .option(
      '--compare <earlier...>',
      'an earlier assessment the report was compared with (repeat for each, in the same order)',
    )
    .action(async (reportFile: string, paths: string[], options: VerifyOptions) => {
      const { verify } = await import('./commands/verify.js');
      const { uses } = await import('./repeated.js');
      options.compareUses = uses(ctx.argv ?? [], '--compare', options.compare ?? []);
      await verify(reportFile, paths, options, ctx);
    });

  program
    .command('plan')
    .description(
      'write the action plan from an assessment, or merge a new assessment into the plan there is',
    )
    .argument('<answers...>', 'answers files, folders, globs or JSON Lines, or a JSON report')
    .option('-o, --out <file>', 'the plan file to write or bring up to date', 'plan.yaml')
    .option('--framework <id|path>', 'the framework (default: the one the answers name)')
    .addOption(
      new Option('--min-group-size <n>', 'hide the scores of groups smaller than this')
        .default(3)
        .argParser(positiveInteger('--min-group-size')),
    )
    .option('--lang <tag>', 'the language of the action texts, e.g. cy')
    .option('--dry-run', 'print what would change, and write nothing', false)
    .option('--skip-invalid', 'leave out answers files that cannot be used, and say which', false)
    .action(async (paths: string[], options: PlanOptions) => {
      const { plan } = await import('./commands/plan.js');
      await plan(paths, options, ctx);
    });

  program
    .command('form')
    .description(
      'write a single offline HTML page with the questionnaire, which saves an answers file',
    )
    .option('--framework <id|path>', 'the framework to ask', 'trauma-informed-organisation')
    .option('--lang <tag>', 'the language of the questions, where the framework has it')
    .option('--role <id>', 'ask only this role’s questions, without asking for the role')
    .requiredOption('-o, --out <file>', 'the HTML file to write')
    .action(async (options: FormOptions) => {
      const { form } = await import('./commands/form.js');
      await form(options, ctx);
    });

  program
    .command('import')
    .description('turn a spreadsheet or online-form export (CSV) into answers files, one per row')
    .argument('<file.csv>', 'the CSV file: a header row, then one row per respondent')
    .option('--framework <id|path>', 'the framework answered', 'trauma-informed-organisation')
    .option('--map <map.yaml>', 'which column holds which question, where headers do not say')
    .requiredOption(
      '-o, --out <dir|file.jsonl>',
      'the folder to write answers-0001.yaml… into, or one JSON Lines file (a row per line)',
    )
    .option('--force', 'replace answers files already there', false)
    .action(async (file: string, options: ImportOptions) => {
      const { importCsv } = await import('./commands/import.js');
      await importCsv(file, options, ctx);
    });

  return program;
}

function positiveInteger(flag: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) {
      throw new InvalidArgumentError(`${flag} needs a whole number of 1 or more, not "${value}"`);
    }
    return n;
  };
}
