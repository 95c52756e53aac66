import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { REPO_ROOT } from './paths.js';

// A local .env, when present, fills in the environment before configuration is read.
const envFile = join(REPO_ROOT, '.env');
if (existsSync(envFile)) process.loadEnvFile(envFile);

// Commands are imported when run, so `kmm check` does not load the server and its database drivers.
const program = new Command('kmm')
  .description('Không Một Mình — công cụ dòng lệnh / command-line tool')
  .showHelpAfterError();

program
  .command('start')
  .description('migrate, seed and serve the product (PORT, DATABASE_URL)')
  .action(async () => (await import('./commands/start-command.js')).startCommand());
program
  .command('migrate')
  .description('apply pending database migrations')
  .action(async () => (await import('./commands/database-commands.js')).migrateCommand());
program
  .command('seed')
  .description('load reference data: the 34 provinces')
  .option('--demo', 'also build the deterministic demo campaign (schools, experts, trainings, events, posts, pledges)')
  .action(async (options: { demo?: boolean }) =>
    options.demo ? (await import('./commands/seed-demo.js')).seedDemoCommand() : (await import('./commands/database-commands.js')).seedCommand(),
  );
program
  .command('backup')
  .argument('<file>', 'where to write the copy')
  .description('online backup of the SQLite database')
  .action(async (file: string) => (await import('./commands/database-commands.js')).backupCommand(file));
program
  .command('purge')
  .description('erase the contents of cases closed longer ago than KMM_RETENTION_DAYS (default 180)')
  .action(async () => (await import('./commands/purge-command.js')).purgeCommand());
program
  .command('check')
  .argument('[text]', 'a message to check')
  .description('check a message, a link or a phone number with the offline detector')
  .option('--url <url>', 'check a link')
  .option('--phone <number>', 'check a phone number')
  .option('--json', 'print the result object as JSON')
  .option('--jsonl', 'batch mode: one {"id","text"} or {"id","messages"} per stdin line, one result per stdout line')
  .option('--lang <lang>', 'vi (default) or en, for the readable verdict')
  .action(async (text: string | undefined, options: Record<string, unknown>) =>
    (await import('./commands/check-command.js')).checkCommand(text, options),
  );

const content = program.command('content').description('check and preview the Learn content (scenarios, quizzes, lessons)');
content
  .command('validate')
  .description('check every scenario, quiz and lesson, and the curriculum coverage; exit 1 on any error')
  .option('--json', 'print {scenarios, quizzes, questions, lessons, errors: [{file, line, message}]}')
  .option('--dir <dir>', 'content directory (default: packages/content)')
  .action(async (options: Record<string, unknown>) => (await import('./commands/content-validate-command.js')).contentValidateCommand(options));
content
  .command('play')
  .argument('<file>', 'a scenario, e.g. packages/content/scenarios/tieu-hoc-robux-mien-phi.ink')
  .description('play a scenario in the terminal: choices by number from stdin (may be piped)')
  .action(async (file: string) => (await import('./commands/content-play-command.js')).contentPlayCommand(file));

const user = program.command('user').description('manage accounts');
user
  .command('create')
  .description('create an account; without --password one is generated and shown once')
  .requiredOption('--role <role>', 'student | parent | teacher | expert | organizer | admin')
  .requiredOption('--email <email>', 'sign-in email')
  .option('--password <password>', 'at least 10 characters')
  .option('--name <name>', 'display name')
  .option('--province <id>', 'province scope for experts and organisers, e.g. ha-noi')
  .action(async (options: Record<string, unknown>) => (await import('./commands/user-command.js')).userCreateCommand(options));

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (!(error instanceof CommanderError)) {
    console.error(`kmm: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
