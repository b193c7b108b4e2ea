#!/usr/bin/env node
// Lists import circles in the library: between its top folders (library/src/<folder>/, a file at the
// root counts as its own node) and between the files of library/src/handbook/. Stages must import
// downward only, so any circle printed here is a layering fault. Exit code 1 when there is one.
// `--json` prints { folderCycles, handbookCycles } for the architecture test.
// Imports are read with TypeScript's own scanner (type-only imports count: a type that two stages
// need belongs in the lower one).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../library/src');

/** Every .ts file under `dir`, as absolute paths. */
function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The library files `file` imports (relative specifiers only; packages are not stages). */
function importsOf(file, known) {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const targets = [];
  for (const { fileName } of importedFiles) {
    if (!fileName.startsWith('.')) continue;
    const base = resolve(dirname(file), fileName).replace(/\.js$/, '');
    const target = [`${base}.ts`, join(base, 'index.ts')].find((candidate) => known.has(candidate));
    if (target) targets.push(target);
  }
  return targets;
}

/** Strongly connected components with more than one node (Tarjan), each sorted, largest first. */
function circles(graph) {
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  const visit = (node) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node), index.get(next)));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) found.push(component.sort());
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return found.sort((a, b) => b.length - a.length || a[0].localeCompare(b[0]));
}

/** The graph of `files`, each node named by `nodeOf` (edges inside one node are dropped). */
function graphOf(files, nodeOf) {
  const known = new Set(files);
  const graph = new Map();
  for (const file of files) {
    const from = nodeOf(file);
    const edges = graph.get(from) ?? new Set();
    graph.set(from, edges);
    for (const target of importsOf(file, known)) {
      const to = nodeOf(target);
      if (to !== from) edges.add(to);
    }
  }
  return graph;
}

/** One edge of each pair in a folder circle, with the files that make it (what to move). */
function evidence(files, cycle) {
  const members = new Set(cycle);
  const known = new Set(files);
  const lines = [];
  for (const file of files) {
    const from = topFolder(file);
    if (!members.has(from)) continue;
    for (const target of importsOf(file, known)) {
      const to = topFolder(target);
      if (to !== from && members.has(to)) lines.push(`${from} -> ${to}: ${rel(file)} -> ${rel(target)}`);
    }
  }
  return [...new Set(lines)].sort();
}

const rel = (file) => relative(SRC, file).split(sep).join('/');
const topFolder = (file) => rel(file).split('/')[0];

const files = sourceFiles(SRC);
const folderCycles = circles(graphOf(files, topFolder));
const handbookFiles = files.filter((file) => rel(file).startsWith('handbook/'));
const handbookCycles = circles(graphOf(handbookFiles, rel));

if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify({ folderCycles, handbookCycles }, null, 2)}\n`);
} else {
  console.log(`folder circles in library/src: ${folderCycles.length}`);
  for (const cycle of folderCycles) {
    console.log(`  ${cycle.join(' <-> ')}`);
    if (process.argv.includes('--why')) for (const line of evidence(files, cycle)) console.log(`    ${line}`);
  }
  console.log(`file circles in library/src/handbook: ${handbookCycles.length}`);
  for (const cycle of handbookCycles) console.log(`  ${cycle.length} files: ${cycle.join(', ')}`);
}
process.exitCode = folderCycles.length + handbookCycles.length > 0 ? 1 : 0;
