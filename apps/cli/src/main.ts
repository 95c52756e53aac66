import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { backupCommand, migrateCommand, seedCommand } from './commands/database-commands.js';
import { startCommand } from './commands/start-command.js';
import { userCreateCommand } from './commands/user-command.js';
import { REPO_ROOT } from './paths.js';

// A local .env, when present, fills in the environment before configuration is read.
const envFile = join(REPO_ROOT, '.env');
if (existsSync(envFile)) process.loadEnvFile(envFile);

const program = new Command('kmm')
  .description('Không Một Mình — công cụ dòng lệnh / command-line tool')
  .showHelpAfterError();

program.command('start').description('migrate, seed and serve the product (PORT, DATABASE_URL)').action(startCommand);
program.command('migrate').description('apply pending database migrations').action(migrateCommand);
program.command('seed').description('load reference data: the 34 provinces').action(seedCommand);
program.command('backup').argument('<file>', 'where to write the copy').description('online backup of the SQLite database').action(backupCommand);

const user = program.command('user').description('manage accounts');
user
  .command('create')
  .description('create an account; without --password one is generated and shown once')
  .requiredOption('--role <role>', 'student | parent | teacher | expert | organizer | admin')
  .requiredOption('--email <email>', 'sign-in email')
  .option('--password <password>', 'at least 10 characters')
  .option('--name <name>', 'display name')
  .option('--province <id>', 'province scope for experts and organisers, e.g. ha-noi')
  .action(userCreateCommand);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (!(error instanceof CommanderError)) {
    console.error(`kmm: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
