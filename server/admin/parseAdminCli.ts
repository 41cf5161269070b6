import { parseArgs } from 'node:util';
import type { AdminCommand } from './commands';
import { adminCommandSchema } from './commands';
import type { CommandSpec } from './adminUsage';
import { commandHelp, commandSpecs, flagOf, generalHelp } from './adminUsage';

/**
 * What the command line asks for: help (printed, exit 0), a command to run, or a mistake told in
 * words with the usage that fixes it (printed on standard error, exit 2, as shells and most
 * command-line tools report usage errors; a failing command exits 1).
 */
export type AdminCliRequest =
  | { kind: 'help'; text: string }
  | { kind: 'run'; command: AdminCommand }
  | { kind: 'usage-error'; message: string; usage: string };

const helpWords = new Set(['-h', '--help', 'help']);

const mistake = (message: string, spec?: CommandSpec): AdminCliRequest => ({
  kind: 'usage-error',
  message,
  usage: spec ? commandHelp(spec) : generalHelp(),
});

/** Reads `<command> --flag value …` (also `--flag=value`) into one admin command. */
export function parseAdminCli(argv: readonly string[]): AdminCliRequest {
  const [name, ...rest] = argv;
  if (name === undefined) return mistake('No command given.');
  if (helpWords.has(name)) {
    const about = rest[0] === undefined ? undefined : commandSpecs.find((s) => s.name === rest[0]);
    if (rest[0] !== undefined && !about) return mistake(`Unknown command "${rest[0]}".`);
    return { kind: 'help', text: about ? commandHelp(about) : generalHelp() };
  }
  if (name.startsWith('-')) return mistake(`Name a command before its options (got "${name}").`);
  const spec = commandSpecs.find((s) => s.name === name);
  if (!spec) return mistake(`Unknown command "${name}".`);
  if (rest.some((arg) => arg === '-h' || arg === '--help')) return { kind: 'help', text: commandHelp(spec) };

  const byFlag = new Map(spec.options.map((o) => [flagOf(o.key).slice(2), o]));
  // Not strict: the tokens are checked here, so each mistake is told in words with the usage.
  const { tokens } = parseArgs({
    args: [...rest],
    options: Object.fromEntries([...byFlag].map(([flag, o]) => [flag, { type: o.flag ? ('boolean' as const) : ('string' as const) }])),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const raw: Record<string, unknown> = { command: spec.name };
  const given = new Map<string, string>();
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      return mistake(`Unexpected "${token.value}": every value follows its option, as in ${flagOf(spec.options[0]?.key ?? 'name')} "…".`, spec);
    }
    const option = byFlag.get(token.name);
    if (!option) return mistake(`${spec.name} has no option ${token.rawName}.`, spec);
    if (option.flag) {
      if (token.inlineValue) return mistake(`${token.rawName} takes no value.`, spec);
      if (option.key in raw) return mistake(`${token.rawName} is given twice.`, spec);
      raw[option.key] = true;
      continue;
    }
    // `--name --role member`: the next flag is not the name; no real value starts with "--".
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith('--'))) {
      return mistake(`${token.rawName} needs a value: ${token.rawName} <${option.value}>.`, spec);
    }
    if (option.key in raw) return mistake(`${token.rawName} is given twice.`, spec);
    raw[option.key] = option.numeric ? Number(token.value) : token.value;
    given.set(option.key, token.value);
  }

  const missing = spec.options.filter((o) => o.required && !(o.key in raw));
  if (missing.length > 0) {
    const needed = missing.map((o) => `${flagOf(o.key)} <${o.value}>`).join(' and ');
    return mistake(`${spec.name} needs ${needed}.`, spec);
  }
  const parsed = adminCommandSchema.safeParse(raw);
  if (!parsed.success) {
    const key = String(parsed.error.issues[0]?.path[0] ?? '');
    const option = spec.options.find((o) => o.key === key);
    return mistake(option ? `${flagOf(key)} must be ${option.expects} (got "${given.get(key)}").` : 'These options do not make a command.', spec);
  }
  return { kind: 'run', command: parsed.data };
}
