/**
 * The `klantreis` command line, for BI pipelines:
 *   klantreis validate <file|->     prints each issue as `path: message`; exit 1 when invalid
 *   klantreis schema                prints the JSON Schema of the journey model
 *   klantreis from-mermaid <file|-> prints a Mermaid `journey` diagram as a journey model
 *   klantreis mine <events> …       mines a journey model from an event log (see src/mining/command.ts)
 */
import { readFile } from 'node:fs/promises';
import { parseJourney } from '../model/parse.js';
import { fromMermaid } from '../model/mermaid.js';
import { MINE_USAGE, runMine } from '../mining/command.js';

const USAGE = `Usage:
  klantreis validate <file|->      check a journey; prints "path: message" per issue, exit 1 when invalid
  klantreis schema                 print the JSON Schema of the journey model
  klantreis from-mermaid <file|->  convert a Mermaid journey diagram to a journey model
${MINE_USAGE}`;

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  stdin: () => Promise<string>;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const nodeIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  stdin: readStdin,
};

async function readInput(arg: string | undefined, io: Io): Promise<string> {
  if (arg === undefined) throw new UsageError('missing file name (use "-" for standard input)');
  if (arg === '-') return io.stdin();
  try {
    return await readFile(arg, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `no such file: ${arg}` : `cannot read ${arg} (${code ?? 'error'})`);
  }
}

class UsageError extends Error {}

/** Runs the CLI with `args` (without `node` and the script) and returns the exit code. */
export async function main(args: readonly string[], io: Io = nodeIo): Promise<number> {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case 'validate': {
        const text = await readInput(rest[0], io);
        const result = parseJourney(text);
        if (result.ok) {
          io.out(`valid: ${result.journey.touchpoints.length} touchpoints in ${result.journey.phases.length} phases\n`);
          return 0;
        }
        for (const issue of result.issues) io.out(`${issue.path || '(document)'}: ${issue.message}\n`);
        io.err(`invalid (${result.code}): ${result.issues.length} issue${result.issues.length === 1 ? '' : 's'}\n`);
        return 1;
      }
      case 'schema': {
        const schema = await readFile(new URL('./journey.schema.json', import.meta.url), 'utf8');
        io.out(schema);
        return 0;
      }
      case 'from-mermaid': {
        const text = await readInput(rest[0], io);
        const result = fromMermaid(text);
        if (result.ok) {
          io.out(`${JSON.stringify(result.journey, null, 2)}\n`);
          return 0;
        }
        for (const issue of result.issues) io.out(`${issue.path}: ${issue.message}\n`);
        return 1;
      }
      case 'mine':
        return await runMine(rest, io);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        io.err(`unknown command "${command}"\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`klantreis: ${error.message}\n`);
      return 2;
    }
    io.err(`klantreis: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
