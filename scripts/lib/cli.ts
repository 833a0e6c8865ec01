// The command line of every script in scripts/: node:util parseArgs with --help/-h, and one way to
// report bad usage (the message, then the usage text, exit code 2).
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface Cli {
  /** Name shown before messages, e.g. "validate". */
  name: string;
  usage: string;
  /** Whether positional arguments are allowed (default: no). */
  allowPositionals?: boolean;
}

/** The parsed values: a string for a string option, a boolean for a flag; absent when not given. */
export type Values<T extends Options> = { [K in keyof T]?: T[K]['type'] extends 'string' ? string : boolean };

/** Parse process.argv; print the usage and exit 0 on --help, or exit 2 on bad usage. */
export function parseCommandLine<const T extends Options>(cli: Cli & { options: T }, args = process.argv.slice(2)): { values: Values<T>; positionals: string[] } {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({
      args,
      options: { ...cli.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: cli.allowPositionals ?? false,
      strict: true,
    });
  } catch (error) {
    return usageError(cli, (error as Error).message);
  }
  if (parsed.values.help) {
    console.log(cli.usage);
    process.exit(0);
  }
  return { values: parsed.values as Values<T>, positionals: parsed.positionals };
}

/** Report bad usage: the message, then the usage text, and exit 2. */
export function usageError(cli: Pick<Cli, 'name' | 'usage'>, message: string): never {
  console.error(`${cli.name}: ${message}\n\n${cli.usage}`);
  process.exit(2);
}
