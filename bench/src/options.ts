// The benchmark's command line: which sizes to generate and which measurements to run.

export interface BenchOptions {
  /** Project sizes in KPIs; lint and the floor run at each, the server and the handbook at the largest. */
  sizes: number[];
  /** How many times cold lint and the floor run per size (alternating); the median is reported. */
  runs: number;
  skipLint: boolean;
  skipServer: boolean;
  skipHandbook: boolean;
  skipDiff: boolean;
  /** Sizes in MB of the single-file projects whose edits the server times; empty to skip them. */
  singleFileSizes: number[];
  singleFileEdits: number;
  /** Edits and requests sent to the language server. */
  localEdits: number;
  hotEdits: number;
  requests: number;
  /** Where the language server writes a CPU profile (node --cpu-prof), if anywhere. */
  serverProfileDir?: string;
}

/** The sizes of the targets; the targets are judged at 20,000 KPIs only. */
export const DEFAULT_SIZES = [1_000, 5_000, 20_000];
export const TARGET_SIZE = 20_000;
/** The single-file sizes of the issue, in MB; the target is judged at 1 MB. */
export const DEFAULT_SINGLE_FILE_SIZES = [0.25, 1, 3];

export const USAGE = `Usage: npm run bench -- [options]

Options:
  --sizes 1000,5000     project sizes in KPIs (default: ${DEFAULT_SIZES.join(',')}); the language
                        server and the handbook are measured at the largest one
  --runs N              cold lint and floor runs per size, and handbook and cold lint runs
                        at the largest, median reported (default: 1)
  --skip-lint           skip cold lint, the floor and the cached lint
  --skip-server         skip the language server on the projects of --sizes
  --skip-handbook       skip the handbook
  --skip-diff           skip the diff of a 50-file change
  --single-file MB,MB   single-file projects whose one-line edits the server times
                        (default: ${DEFAULT_SINGLE_FILE_SIZES.join(',')}); 0 skips them
  --single-file-edits N edits to the big file, each size (default: 100)
  --local-edits N       edits to one KPI file's description (default: 200)
  --hot-edits N         renames of the owner id that ~1,000 KPIs name (default: 50)
  --requests N          completion and hover requests, each (default: 100)
  --server-cpu-prof DIR run the language server with node --cpu-prof, profile in DIR
  --help                print this help
`;

export class UsageError extends Error {}

export function parseOptions(argv: readonly string[]): BenchOptions | 'help' {
  const options: BenchOptions = { sizes: DEFAULT_SIZES, runs: 1, skipLint: false, skipServer: false, skipHandbook: false, skipDiff: false, singleFileSizes: DEFAULT_SINGLE_FILE_SIZES, singleFileEdits: 100, localEdits: 200, hotEdits: 50, requests: 100 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    // `--name=value` and `--name value` both work.
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i] ?? '';
    if (name === '--help' || name === '-h') return 'help';
    else if (name === '--sizes') options.sizes = parseSizes(value());
    else if (name === '--runs') options.runs = positive(name, value());
    else if (name === '--skip-lint') options.skipLint = true;
    else if (name === '--skip-server') options.skipServer = true;
    else if (name === '--skip-handbook') options.skipHandbook = true;
    else if (name === '--skip-diff') options.skipDiff = true;
    else if (name === '--single-file') options.singleFileSizes = parseMegabytes(value());
    else if (name === '--single-file-edits') options.singleFileEdits = positive(name, value());
    else if (name === '--local-edits') options.localEdits = positive(name, value());
    else if (name === '--hot-edits') options.hotEdits = positive(name, value());
    else if (name === '--requests') options.requests = positive(name, value());
    else if (name === '--server-cpu-prof') options.serverProfileDir = value() || undefined;
    else throw new UsageError(`unknown option ${arg}`);
  }
  return options;
}

function parseSizes(text: string): number[] {
  const sizes = text.split(',').map((part) => positive('--sizes', part.trim().replace(/_/g, '')));
  return [...new Set(sizes)].sort((a, b) => a - b);
}

function parseMegabytes(text: string): number[] {
  if (text.trim() === '0') return [];
  const sizes = text.split(',').map((part) => {
    const size = Number(part.trim());
    if (!/^\d*\.?\d+$/.test(part.trim()) || !(size > 0)) throw new UsageError(`--single-file takes sizes in MB above 0 (or 0 alone), not "${part}"`);
    return size;
  });
  return [...new Set(sizes)].sort((a, b) => a - b);
}

function positive(name: string, text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new UsageError(`${name} takes whole numbers above 0, not "${text}"`);
  return Number(text);
}
