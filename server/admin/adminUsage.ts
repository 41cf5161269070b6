import { memberRoles } from '../services/workspaces';
import type { AdminCommand } from './commands';

type CommandName = AdminCommand['command'];

/** One `--flag value` of a command, as `--help` shows it and the parser reads it. */
export interface OptionSpec {
  /** The command object's property (camelCase); on the command line it is `--kebab-case`. */
  key: string;
  /** What the value is, in the usage line: `--workspace <id>`. */
  value: string;
  description: string;
  required: boolean;
  /** Read as a number before validation. */
  numeric?: boolean;
  /** A switch that takes no value (`--replace`): present means `true`. */
  flag?: boolean;
  /** What a valid value looks like, for the message that refuses an invalid one. */
  expects: string;
}

export interface CommandSpec {
  name: CommandName;
  summary: string;
  options: OptionSpec[];
  example: string;
}

const text = 'a non-empty text of at most 200 characters';
const workspaceOption: OptionSpec = {
  key: 'workspace',
  value: 'id',
  description: 'The workspace, by the id create-workspace printed.',
  required: true,
  expects: 'a workspace id',
};

/**
 * Every administration command, described for people (`--help`, error messages). The zod schema
 * in commands.ts stays the one definition of what a command may hold; admin.test.ts checks the two
 * name the same commands and options.
 */
export const commandSpecs: readonly CommandSpec[] = [
  {
    name: 'create-workspace',
    summary: 'Create a workspace: one attaché office or delegation, with its own members and records.',
    options: [{ key: 'name', value: 'name', description: 'What officers will see it called.', required: true, expects: text }],
    example: 'create-workspace --name "VN Customs attaché office, Washington"',
  },
  {
    name: 'add-member',
    summary: 'Add a person to a workspace; their devices are enrolled with enroll-code.',
    options: [
      workspaceOption,
      { key: 'name', value: 'name', description: 'The person\'s full name, as notes will be signed.', required: true, expects: text },
      {
        key: 'role',
        value: memberRoles.join('|'),
        description: 'admin and member read and write; a viewer only reads.',
        required: true,
        expects: `one of ${memberRoles.join(', ')}`,
      },
    ],
    example: 'add-member --workspace <id> --name "Nguyen Van A" --role member',
  },
  {
    name: 'enroll-code',
    summary: 'Issue a single-use code that enrolls one device of a member (Settings > Sync).',
    options: [
      { key: 'member', value: 'id', description: 'The member, by the id add-member printed.', required: true, expects: 'a member id' },
      {
        key: 'ttlHours',
        value: 'hours',
        description: 'How long the code stays valid (default 24 hours, at most 720).',
        required: false,
        numeric: true,
        expects: 'a number of hours above 0 and at most 720',
      },
    ],
    example: 'enroll-code --member <id> --ttl-hours 48',
  },
  {
    name: 'list-devices',
    summary: 'List a workspace\'s devices with their member, last contact and revocation.',
    options: [workspaceOption],
    example: 'list-devices --workspace <id>',
  },
  {
    name: 'revoke-device',
    summary: 'Revoke a device: it erases its copy of the workspace at its next contact.',
    options: [{ key: 'device', value: 'id', description: 'The device, by the id list-devices printed.', required: true, expects: 'a device id' }],
    example: 'revoke-device --device <id>',
  },
  {
    name: 'list-audit-events',
    summary: 'Print a workspace\'s audit log, newest first.',
    options: [
      workspaceOption,
      { key: 'action', value: 'action', description: 'Only events of this action, such as record.view or member.add.', required: false, expects: text },
      {
        key: 'limit',
        value: 'n',
        description: 'At most this many events (default 100, at most 1000).',
        required: false,
        numeric: true,
        expects: 'a whole number from 1 to 1000',
      },
    ],
    example: 'list-audit-events --workspace <id> --action record.view --limit 20',
  },
  {
    name: 'backup',
    summary: 'Write the whole server (every workspace, record, device and attachment) to one backup file.',
    options: [
      {
        key: 'file',
        value: 'path',
        description: 'The backup file to create (gzip-compressed JSON lines); it must not exist yet.',
        required: true,
        expects: 'a file path',
      },
    ],
    example: 'backup --file attache-2026-03-01.backup.gz',
  },
  {
    name: 'restore',
    summary: 'Replace the server\'s data with a backup file; devices then re-upload what the backup lacks.',
    options: [
      { key: 'file', value: 'path', description: 'A file written by backup.', required: true, expects: 'a file path' },
      {
        key: 'replace',
        value: '',
        description: 'Needed when the server already holds data: all of it is replaced.',
        required: false,
        flag: true,
        expects: 'no value',
      },
    ],
    example: 'restore --file attache-2026-03-01.backup.gz --replace',
  },
];

export const flagOf = (key: string) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

const flagUsage = (option: OptionSpec) => (option.flag ? flagOf(option.key) : `${flagOf(option.key)} <${option.value}>`);

const optionUsage = (option: OptionSpec) => {
  const usage = flagUsage(option);
  return option.required ? usage : `[${usage}]`;
};

/** Lines in two columns, the second starting at the same place. */
function columns(rows: [string, string][]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`);
}

const program = 'npm run admin --';

/** `npm run admin -- --help`: every command in one line each. */
export function generalHelp(): string {
  return [
    `Usage: ${program} <command> [options]`,
    '',
    'Administers the sync server\'s workspaces, members, devices and backups. Each command prints one JSON',
    'object on standard output. With DATABASE_URL it works on PostgreSQL; otherwise on the data',
    'folder (ATTACHE_DATA_DIR, ./.attache-server), through the running server if there is one.',
    '',
    'Commands:',
    ...columns(commandSpecs.map((spec) => [spec.name, spec.summary])),
    '',
    `Run "${program} <command> --help" for a command's options.`,
    '',
  ].join('\n');
}

/** `npm run admin -- <command> --help`: its options, each described. */
export function commandHelp(spec: CommandSpec): string {
  return [
    `Usage: ${program} ${spec.name} ${spec.options.map(optionUsage).join(' ')}`,
    '',
    spec.summary,
    '',
    'Options:',
    ...columns([
      ...spec.options.map((o): [string, string] => [flagUsage(o), `${o.description}${o.required ? ' Required.' : ''}`]),
      ['-h, --help', 'Show this help.'],
    ]),
    '',
    `Example: ${program} ${spec.example}`,
    '',
  ].join('\n');
}
