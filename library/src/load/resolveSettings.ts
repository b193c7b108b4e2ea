import bytes from 'bytes';
import { basename, dirname } from 'node:path';
import type { Problem, SeveritySetting } from '../model/problem.js';
import { isRecord } from '../model/extractEntities.js';
import { decodeSource } from './readSource.js';
import { offsetsToRange, type SourceFile } from '../source/sourceFile.js';
import { notRegularMessage } from '../util/fileKind.js';
import { boundsFindings } from './settingsBounds.js';
import { NotARegularFileError, readRegularFile } from '../util/regularFile.js';
import { locate } from '../source/locate.js';
import { validatorFor } from '../schema/loadSchema.js';
import { schemaFindings } from '../schema/schemaFindings.js';
import { CONFIG_FILE, DEFAULT_INCLUDE, type RuleException, type Settings } from './settings.js';
import { DEFAULT_MAX_FILE_SIZE, MAX_FILE_SIZE_LIMIT, parseFileSize } from '../source/sourceSize.js';

export type SettingsResult = { settings: Settings; problems: [] } | { settings?: undefined; problems: Problem[] };

/** Settings for a folder with no `cxgov.yaml`: every default. */
export function defaultSettings(root: string): Settings {
  return {
    root,
    name: basename(root),
    include: DEFAULT_INCLUDE,
    exclude: [],
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    severities: new Map(),
    exceptions: [],
    handbook: { out: 'handbook', singlePage: false, frontMatter: 'none', health: true },
  };
}

/**
 * Reads and validates `cxgov.yaml`. A broken file gives problems (with the key and line) instead of
 * settings: the CLI exits 2 on them, as a configuration error. Settings that would lead outside
 * the project (a glob with `..`, a handbook folder elsewhere) are such problems too.
 */
export async function resolveSettings(configFile: string): Promise<SettingsResult> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(configFile);
  } catch (error) {
    const why = error instanceof NotARegularFileError ? notRegularMessage(configFile, CONFIG_FILE) : `${CONFIG_FILE} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`;
    return { problems: [configProblem(configFile, why)] };
  }
  return settingsFromBytes(configFile, bytes);
}

/** Validates the bytes of `cxgov.yaml` as read from disk or elsewhere (a git revision) into settings, or problems. */
export function settingsFromBytes(configFile: string, bytes: Uint8Array): SettingsResult {
  const file = decodeSource(configFile, bytes);
  const problems: Problem[] = file.syntax.map(({ range, message }) => ({ rule: 'config', severity: 'error', file: configFile, range, message }));
  if (problems.length > 0) return { problems };
  const second = secondDocumentProblem(file);
  if (second) return { problems: [second] };
  const document = file.documents[0];
  let data: unknown;
  try {
    data = document ? document.toJS({ maxAliasCount: 100 }) : null;
  } catch {
    return { problems: [configProblem(configFile, `${CONFIG_FILE} uses too many aliases.`)] };
  }
  data ??= {};
  for (const finding of schemaFindings(validatorFor('cxgov.schema.json'), data, file, 0)) {
    const range = 'range' in finding.at ? finding.at.range : locate(finding.at);
    problems.push({ rule: 'config', severity: 'error', file: configFile, range, message: `${CONFIG_FILE}: ${finding.message}`, fixes: finding.fixes });
  }
  if (problems.length > 0 || !isRecord(data)) return { problems };
  for (const { path, message } of boundsFindings(dirname(configFile), data)) {
    problems.push({ rule: 'config', severity: 'error', file: configFile, range: locate({ file, doc: 0, path }), message: `${CONFIG_FILE}: ${message}` });
  }
  if (problems.length > 0) return { problems };
  const maxFileSize = fileSizeSetting(data);
  if (typeof maxFileSize === 'string') {
    return { problems: [{ rule: 'config', severity: 'error', file: configFile, range: locate({ file, doc: 0, path: ['sources', 'maxFileSize'] }), message: `${CONFIG_FILE}: ${maxFileSize}` }] };
  }
  return { settings: fromConfig(file, data, maxFileSize), problems: [] };
}

/** `sources.maxFileSize` in bytes, or why it cannot be used (what the schema cannot say: its size in bytes). */
function fileSizeSetting(config: Record<string, unknown>): number | string {
  const setting = (config.sources as { maxFileSize?: number | string } | undefined)?.maxFileSize;
  if (setting === undefined) return DEFAULT_MAX_FILE_SIZE;
  const size = parseFileSize(setting);
  if (size === undefined) return `sources.maxFileSize must be a positive number of bytes or a size such as "8MB", not ${JSON.stringify(setting)}.`;
  if (size > MAX_FILE_SIZE_LIMIT) return `sources.maxFileSize can be at most ${bytes.format(MAX_FILE_SIZE_LIMIT)}; ${JSON.stringify(setting)} is more.`;
  return size;
}

function fromConfig(configSource: SourceFile, config: Record<string, unknown>, maxFileSize: number): Settings {
  const configFile = configSource.path;
  const defaults = defaultSettings(dirname(configFile));
  const sources = (config.sources ?? {}) as { include?: string[]; exclude?: string[] };
  const handbook = (config.handbook ?? {}) as Partial<Settings['handbook']>;
  return {
    ...defaults,
    configFile,
    configSource,
    name: typeof config.name === 'string' ? config.name : defaults.name,
    include: sources.include ?? defaults.include,
    exclude: sources.exclude ?? defaults.exclude,
    maxFileSize,
    severities: new Map(Object.entries((config.rules ?? {}) as Record<string, SeveritySetting>)),
    exceptions: (config.exceptions ?? []) as RuleException[],
    handbook: { ...defaults.handbook, ...handbook },
  };
}

/** Settings after a second `---` would be silently ignored: one document only, or a problem at the second. */
function secondDocumentProblem(file: SourceFile): Problem | undefined {
  const second = file.documents[1];
  if (!second) return undefined;
  const start = second.range[0];
  const range = offsetsToRange(file, start, start + (file.text.startsWith('---', start) ? 3 : 0));
  return { rule: 'config', severity: 'error', file: file.path, range, message: `${CONFIG_FILE} holds more than one YAML document; it must be one document. Remove this "---" or move the settings after it into the first document.` };
}

function configProblem(file: string, message: string): Problem {
  return { rule: 'config', severity: 'error', file, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message };
}
