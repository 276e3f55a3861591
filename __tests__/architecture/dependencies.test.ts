import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../test-support/harness.js';

const SRC = path.join(REPO_ROOT, 'src');

/** Every .ts file under src/, relative to it. */
function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|js)$/.test(entry.name) ? [path.relative(SRC, full)] : [];
  });
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*)(['"])([^'"]+)\1/g;

function importsOf(file: string): string[] {
  return [...readFileSync(path.join(SRC, file), 'utf8').matchAll(IMPORT)].map((match) => match[2]!);
}

/** The top folder of src/ a file belongs to ('errors' for src/errors.ts). */
function folderOf(file: string): string {
  return file.split(path.sep)[0]!.replace(/\.ts$/, '');
}

/** folder -> the folders its files import, each with one file that does it (for the message). */
function folderGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of sourceFiles()) {
    const from = folderOf(file);
    const edges = graph.get(from) ?? new Map<string, string>();
    graph.set(from, edges);
    for (const specifier of importsOf(file)) {
      if (!specifier.startsWith('.')) continue;
      const target = path.relative(SRC, path.resolve(path.dirname(path.join(SRC, file)), specifier));
      if (target.startsWith('..')) continue;
      const to = folderOf(target).replace(/\.js$/, '');
      if (to !== from && !edges.has(to)) edges.set(to, file);
    }
  }
  return graph;
}

/** The first cycle found by depth-first search, as the folders on it, or undefined. */
function findCycle(graph: Map<string, Map<string, string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node)?.keys() ?? []) {
      if (state.get(next) === 'open') return [...stack.slice(stack.indexOf(next)), next];
      if (state.get(next) === undefined) {
        const cycle = visit(next);
        if (cycle) return cycle;
      }
    }
    stack.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of [...graph.keys()].sort()) {
    if (state.get(node) === undefined) {
      const cycle = visit(node);
      if (cycle) return cycle;
    }
  }
  return undefined;
}

describe('the folders of src/', () => {
  it('depend one way: no folder imports a folder that imports it back, directly or through others', () => {
    const graph = folderGraph();
    const cycle = findCycle(graph);
    const explained = cycle?.slice(1).map((to, i) => `${cycle[i]} -> ${to} (${graph.get(cycle[i]!)!.get(to)})`);
    expect(explained).toBeUndefined();
  });

  it('keep the shared core at the bottom: src/core imports nothing of the project', () => {
    const outward = sourceFiles()
      .filter((file) => folderOf(file) === 'core')
      .flatMap((file) => importsOf(file).filter((specifier) => specifier.startsWith('../')).map((specifier) => `${file}: ${specifier}`));
    expect(outward).toEqual([]);
  });

  it('finds a cycle when there is one (the check itself works)', () => {
    const graph = new Map([
      ['a', new Map([['b', 'a/x.ts']])],
      ['b', new Map([['c', 'b/y.ts']])],
      ['c', new Map([['a', 'c/z.ts']])],
    ]);
    expect(findCycle(graph)).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle(new Map([['a', new Map([['b', 'a/x.ts']])]]))).toBeUndefined();
  });
});

describe('package.json', () => {
  /** Every file whose imports or text can use a package: the source, the tests and the scripts. */
  function filesUnder(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return filesUnder(full);
      return /\.(ts|js|mjs)$/.test(entry.name) ? [full] : [];
    });
  }

  it('declares no package that nothing uses', () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; dependencies?: Record<string, string>; devDependencies: Record<string, string> };
    const texts = [...['src', '__tests__', 'test-support', 'scripts'].flatMap((dir) => filesUnder(path.join(REPO_ROOT, dir))), path.join(REPO_ROOT, 'jest.config.js'), path.join(REPO_ROOT, 'eslint.config.js')].map((file) => readFileSync(file, 'utf8'));
    const imported = new Set(
      texts
        .flatMap((text) => [...text.matchAll(IMPORT)].map((match) => match[2]!))
        .filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('node:'))
        .map((specifier) => (specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!)),
    );
    // Tools are named, not imported: a script runs them, jest's and ESLint's configurations load them.
    const named = [...texts, Object.values(pkg.scripts).join('\n')].join('\n');
    const used = (name: string): boolean =>
      imported.has(name) || named.includes(`node_modules/${name}/`) || named.includes(`'${name}'`) || Object.values(pkg.scripts).some((script) => script.split(/\s+/).includes(name === 'typescript' ? 'tsc' : name));
    const typesUsed = (name: string) => name.startsWith('@types/') && (used(name.slice('@types/'.length)) || name === '@types/node');
    const all = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies)];
    expect(all.filter((name) => !used(name) && !typesUsed(name))).toEqual([]);
  });
});
