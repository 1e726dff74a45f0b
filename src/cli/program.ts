import { Argument, Command, Option } from 'commander';
import type { FormOptions } from './commands/form.js';
import type { ImportOptions } from './commands/import.js';
import type { ValidateOptions } from './commands/validate.js';
import type { Context } from './context.js';

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
    .command('schema')
    .description('print the JSON Schema (2020-12) of a file format, for editors and tools')
    .addArgument(
      new Argument('[kind]', 'which format').choices(['framework', 'answers']).default('framework'),
    )
    .action(async (kind: 'framework' | 'answers') => {
      const { schema } = await import('./commands/schema.js');
      schema(kind, ctx);
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
    .requiredOption('-o, --out <dir>', 'the folder to write answers-0001.yaml… into')
    .option('--force', 'replace answers files already in the folder', false)
    .action(async (file: string, options: ImportOptions) => {
      const { importCsv } = await import('./commands/import.js');
      await importCsv(file, options, ctx);
    });

  return program;
}
