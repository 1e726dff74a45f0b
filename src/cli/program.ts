import { Argument, Command, Option } from 'commander';
import type { ValidateOptions } from './commands/validate.js';
import type { Context } from './context.js';
import type { InitOptions } from './commands/init.js';
import type { ListOptions } from './commands/list.js';
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
      new Argument('[kind]', 'which format').choices(['framework', 'answers']).default('framework'),
    )
    .action(async (kind: 'framework' | 'answers') => {
      const { schema } = await import('./commands/schema.js');
      schema(kind, ctx);
    });

  return program;
}
