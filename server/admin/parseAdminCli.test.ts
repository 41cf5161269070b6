import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { commandSpecs } from './adminUsage';
import { adminCommandSchema } from './commands';
import { parseAdminCli } from './parseAdminCli';

const mistakeOf = (argv: string[]) => {
  const request = parseAdminCli(argv);
  if (request.kind !== 'usage-error') throw new Error(`expected a usage error, got ${request.kind}`);
  return request;
};

describe('admin command line', () => {
  it('reads a command and its options, also written --flag=value', () => {
    expect(parseAdminCli(['add-member', '--workspace', 'w1', '--name', 'Nguyễn Văn A', '--role=viewer'])).toEqual({
      kind: 'run',
      command: { command: 'add-member', workspace: 'w1', name: 'Nguyễn Văn A', role: 'viewer' },
    });
    expect(parseAdminCli(['enroll-code', '--member', 'm1', '--ttl-hours', '48'])).toEqual({
      kind: 'run',
      command: { command: 'enroll-code', member: 'm1', ttlHours: 48 },
    });
  });

  it('reads a switch without a value, and refuses one given a value', () => {
    expect(parseAdminCli(['restore', '--file', 'b.gz', '--replace'])).toEqual({
      kind: 'run',
      command: { command: 'restore', file: 'b.gz', replace: true },
    });
    expect(parseAdminCli(['restore', '--replace', '--file', 'b.gz'])).toMatchObject({ command: { replace: true, file: 'b.gz' } });
    expect(parseAdminCli(['restore', '--file', 'b.gz'])).toEqual({ kind: 'run', command: { command: 'restore', file: 'b.gz' } });
    expect(mistakeOf(['restore', '--file', 'b.gz', '--replace=yes']).message).toBe('--replace takes no value.');
    expect(mistakeOf(['restore', '--file', 'b.gz', '--replace', 'yes']).message).toMatch(/^Unexpected "yes"/);
    expect(mistakeOf(['backup']).message).toBe('backup needs --file <path>.');
    const help = parseAdminCli(['restore', '--help']);
    expect(help.kind === 'help' ? help.text : '').toContain('Usage: npm run admin -- restore --file <path> [--replace]');
  });

  it('lists every command, described, for --help, -h and help', () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const request = parseAdminCli(argv);
      expect(request.kind).toBe('help');
      const text = request.kind === 'help' ? request.text : '';
      for (const spec of commandSpecs) expect(text).toContain(`${spec.name}  `);
      expect(text).toContain('Create a workspace: one attaché office or delegation');
      expect(text).toContain('npm run admin -- <command> --help');
    }
  });

  it('describes each option of a command for <command> --help and help <command>', () => {
    for (const argv of [['add-member', '--help'], ['add-member', '--workspace', 'w', '-h'], ['help', 'add-member']]) {
      const request = parseAdminCli(argv);
      const text = request.kind === 'help' ? request.text : '';
      expect(text).toContain('Usage: npm run admin -- add-member --workspace <id> --name <name> --role <admin|member|viewer>');
      expect(text).toMatch(/--role <admin\|member\|viewer> +admin and member read and write; a viewer only reads\. Required\./);
      expect(text).toContain('Example: npm run admin -- add-member');
    }
    const enroll = parseAdminCli(['enroll-code', '--help']);
    expect(enroll.kind === 'help' && enroll.text).toMatch(/--ttl-hours <hours> +How long the code stays valid \(default 24 hours, at most 720\)\.\n/);
  });

  it('says in words that no command was given, with the list of commands, not a schema error', () => {
    const { message, usage } = mistakeOf([]);
    expect(message).toBe('No command given.');
    expect(usage).toContain('Commands:');
    expect(`${message}${usage}`).not.toMatch(/discriminator/i);
  });

  it('answers each mistake in words, with the usage of the command when it is known', () => {
    const cases: [string[], string, string][] = [
      [['bogus'], 'Unknown command "bogus".', 'Commands:'],
      [['help', 'bogus'], 'Unknown command "bogus".', 'Commands:'],
      [['--name', 'x'], 'Name a command before its options (got "--name").', 'Commands:'],
      [['create-workspace'], 'create-workspace needs --name <name>.', 'create-workspace --name <name>'],
      [['create-workspace', '--nme', 'Brussels'], 'create-workspace has no option --nme.', 'create-workspace --name <name>'],
      [['create-workspace', '--name'], '--name needs a value: --name <name>.', 'create-workspace --name <name>'],
      [['create-workspace', '--name', 'A', '--name', 'B'], '--name is given twice.', 'create-workspace --name <name>'],
      [['create-workspace', '--name', 'VN', 'office'], 'Unexpected "office": every value follows its option, as in --name "…".', 'create-workspace'],
      [['add-member', '--workspace', 'w', '--name', '--role', 'member'], '--name needs a value: --name <name>.', 'add-member'],
      [['add-member', '--workspace', 'w'], 'add-member needs --name <name> and --role <admin|member|viewer>.', 'add-member'],
      [['add-member', '--workspace', 'w', '--name', 'n', '--role', 'owner'], '--role must be one of admin, member, viewer (got "owner").', 'add-member'],
      [['enroll-code', '--member', 'm', '--ttl-hours', 'two'], '--ttl-hours must be a number of hours above 0 and at most 720 (got "two").', 'enroll-code'],
      [['list-audit-events', '--workspace', 'w', '--limit=0'], '--limit must be a whole number from 1 to 1000 (got "0").', 'list-audit-events'],
      [['create-workspace', '--name', '  '], '--name must be a non-empty text of at most 200 characters (got "  ").', 'create-workspace'],
    ];
    for (const [argv, message, usage] of cases) {
      const mistake = mistakeOf(argv);
      expect(mistake.message, argv.join(' ')).toBe(message);
      expect(mistake.usage, argv.join(' ')).toContain(usage);
    }
  });

  it('describes exactly the commands and options the schema accepts, required where the schema needs them', () => {
    const described = new Map(commandSpecs.map((spec) => [spec.name as string, spec]));
    expect([...described.keys()].sort()).toEqual(adminCommandSchema.options.map((v) => v.shape.command.value).sort());
    for (const variant of adminCommandSchema.options) {
      const { command, ...options } = variant.shape as Record<string, z.ZodType>;
      const spec = described.get((command as z.ZodLiteral<string>).value);
      expect(spec?.options.map((o) => o.key).sort()).toEqual(Object.keys(options).sort());
      for (const option of spec?.options ?? []) {
        expect(option.required, `${spec?.name} ${option.key}`).toBe(!options[option.key]?.safeParse(undefined).success);
      }
    }
  });
});
