// Editor flicker: how many diagnostics the OTHER files of a project show before, while and after
// one file has a syntax error being typed. Over a real LSP connection on a copy of a sample (or
// a project given), the owners file is opened, an unclosed `"` (then an unclosed `[`) is typed in
// it, and the text is fixed again; after each step the other files' diagnostics are counted, and
// the most any publication showed while the file was broken.
//
// Usage: node bench/dist/flicker.js [PROJECT_DIR]   (default: samples/wow-retail, copied to a temp folder)
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileUri, LspSession } from './lspSession.js';
import { ROOT } from './paths.js';
import { sync } from './measure/serverEdits.js';

const TIMEOUT_MS = 60_000;
/** The line edited, and the two slips typed into it. */
const LINE = /^( *name: )(.+)$/m;
const SLIPS = [
  { name: 'unclosed "', type: (line: RegExpExecArray) => `${line[1]}"${line[2]}` },
  { name: 'unclosed [', type: (line: RegExpExecArray) => `${line[1]}[${line[2]}` },
];

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'cxgov-flicker-'));
  try {
    cpSync(process.argv[2] ?? join(ROOT, 'samples/wow-retail'), root, { recursive: true });
    const owners = join(root, 'governance/owners.yaml');
    const session = new LspSession();
    await session.start(root);
    try {
      await session.until(() => session.diagnostics.has(fileUri(owners)), TIMEOUT_MS, 'the first diagnostics');
      await sync(session, owners);
      const ownersUri = fileUri(owners);
      const others = () => [...session.diagnostics].filter(([uri]) => uri !== ownersUri).reduce((sum, [, diagnostics]) => sum + diagnostics.length, 0);
      const original = readFileSync(owners, 'utf8');
      const line = LINE.exec(original);
      if (!line) throw new Error(`${owners} has no "name:" line`);
      await session.open(owners, original);
      await sync(session, owners);
      let version = 1;
      for (const slip of SLIPS) {
        const before = others();
        let peak = before;
        const stop = session.onPublish((uri) => {
          if (uri !== ownersUri) peak = Math.max(peak, others());
        });
        await session.change(owners, original.replace(line[0], slip.type(line)), ++version);
        await session.until(() => (session.diagnostics.get(ownersUri) ?? []).some((d) => d.code === 'yaml-syntax'), TIMEOUT_MS, 'the syntax error');
        await sync(session, owners);
        const during = others();
        await session.change(owners, original, ++version);
        await session.until(() => !(session.diagnostics.get(ownersUri) ?? []).some((d) => d.code === 'yaml-syntax'), TIMEOUT_MS, 'the fix');
        await sync(session, owners);
        stop();
        process.stdout.write(`${slip.name} in governance/owners.yaml: diagnostics in other files before ${before}, during ${during} (at most ${peak}), after ${others()}\n`);
      }
    } finally {
      await session.stop();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 2;
});
