import { Argument, Command, Option } from 'commander';
import type { AssessOptions } from './commands/assess.js';
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
    .action(async (options: AssessOptions) => {
      const { assess } = await import('./commands/assess.js');
      await assess(options, ctx);
    });

  return program;
}
