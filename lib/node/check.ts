import { buildReport, renderTable } from '../check-report';
import { readDocument } from './read-document';

const USAGE = 'usage: npm run check -- <file.html|file.txt|http(s) URL|-> [--json]';
const HELP = `${USAGE}

Finds mentions of Meta, Scale AI and their deal figures in a page, a text file or standard
input (-), and judges each figure against the reference sources.

  --json   print one JSON row per mention instead of the table
  --help   show this help`;

type Options = { input: string; json: boolean } | { help: true } | { usage: string };

function parseArgs(args: string[]): Options {
  const inputs: string[] = [];
  let json = false;
  for (const arg of args) {
    if (arg === '--help' || arg === '-h') return { help: true };
    if (arg === '--json') json = true;
    else if (arg.startsWith('-') && arg !== '-') return { usage: `unknown option ${arg}` };
    else inputs.push(arg);
  }
  if (inputs.length !== 1) {
    return { usage: inputs.length === 0 ? 'nothing to check' : 'give one input at a time' };
  }
  return { input: inputs[0], json };
}

/** Tells the user what went wrong, in one line on stderr. */
function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`sourcemark check: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
}

/** Runs the checker on `args` (argv without node and script); returns the exit code. */
export async function runCheck(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if ('help' in options) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if ('usage' in options) {
    process.stderr.write(`sourcemark check: ${options.usage}\n${USAGE}\n`);
    return 2;
  }
  try {
    const { text, name, groupStarts } = await readDocument(options.input);
    const context = { groupStarts };
    // Imported here so a missing or broken dataset file is reported like any other error.
    const { referenceDataset } = await import('../reference-dataset');
    const dataset = referenceDataset();
    const output = options.json
      ? `${JSON.stringify(buildReport(text, dataset, context), null, 2)}\n`
      : `Sourcemark check of ${name}\n\n${renderTable(text, dataset, context)}`;
    process.stdout.write(output);
    return 0;
  } catch (error) {
    fail(error);
    return 1;
  }
}

if (process.argv[1] === import.meta.filename) {
  // A reader that stops early (`| head`) closes the pipe; that is no failure.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') fail(error);
    process.exit(error.code === 'EPIPE' ? 0 : 1);
  });
  runCheck(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      fail(error);
      process.exitCode = 1;
    },
  );
}
