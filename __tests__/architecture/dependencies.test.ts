import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../test-support/harness.js';
import { AREAS, type Area } from './areas.js';

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

/** The area of src/ a file belongs to: its top folder. */
function areaOf(file: string): string {
  return file.split(path.sep)[0]!;
}

/** Each source file's imports of other files of src/, as paths relative to src/. */
function importEdges(): { from: string; to: string }[] {
  return sourceFiles().flatMap((file) =>
    importsOf(file)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => ({ from: file, to: path.relative(SRC, path.resolve(path.dirname(path.join(SRC, file)), specifier)) }))
      .filter(({ to }) => !to.startsWith('..')),
  );
}

/** The imports between areas that the table does not allow, as "from -> to (file: target)". */
function forbiddenEdges(edges: readonly { from: string; to: string }[], areas: readonly Area[] = AREAS): string[] {
  const allowed = new Map(areas.map((area) => [area.name, new Set([area.name, ...area.imports])]));
  return edges.filter(({ from, to }) => !allowed.get(areaOf(from))?.has(areaOf(to))).map(({ from, to }) => `${areaOf(from)} -> ${areaOf(to)} (${from}: ${to})`);
}

/** node -> the nodes it imports, each with one file that does it (for the message). */
function graphOf(edges: readonly { from: string; to: string }[], nodeOf: (file: string) => string): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const { from, to } of edges) {
    const [a, b] = [nodeOf(from), nodeOf(to)];
    const targets = graph.get(a) ?? new Map<string, string>();
    graph.set(a, targets);
    if (a !== b && !targets.has(b)) targets.set(b, from);
  }
  return graph;
}

/** The first cycle found by depth-first search, as the nodes on it, or undefined. */
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

describe('the areas of src/', () => {
  it('import only the areas the table allows', () => {
    expect(forbiddenEdges(importEdges())).toEqual([]);
  });

  it('are exactly the top folders of src/, each in the table once', () => {
    const folders = readdirSync(SRC, { withFileTypes: true }).map((entry) => (entry.isDirectory() ? entry.name : `${entry.name} (a file outside every area)`));
    expect(folders.sort()).toEqual(AREAS.map((area) => area.name).sort());
  });

  it('depend one way: the table allows no cycle, and each area imports only areas listed before it', () => {
    const names = AREAS.map((area) => area.name);
    const upward = AREAS.flatMap((area, index) => area.imports.filter((target) => !names.slice(0, index).includes(target)).map((target) => `${area.name} -> ${target}`));
    expect(upward).toEqual([]);
  });

  it('hold no cycle between their folders either', () => {
    const graph = graphOf(importEdges(), path.dirname);
    const cycle = findCycle(graph);
    const explained = cycle?.slice(1).map((to, i) => `${cycle[i]} -> ${to} (${graph.get(cycle[i]!)!.get(to)})`);
    expect(explained).toBeUndefined();
  });

  it('finds an edge the table does not list, and a cycle when there is one (the checks themselves work)', () => {
    const areas: Area[] = [
      { name: 'a', holds: '', imports: [] },
      { name: 'b', holds: '', imports: ['a'] },
    ];
    const edges = [
      { from: path.join('b', 'x.ts'), to: path.join('a', 'y.ts') },
      { from: path.join('a', 'y.ts'), to: path.join('b', 'x.ts') },
      { from: path.join('a', 'y.ts'), to: path.join('a', 'z.ts') },
    ];
    expect(forbiddenEdges(edges, areas)).toEqual([`a -> b (${edges[1]!.from}: ${edges[1]!.to})`]);
    expect(findCycle(graphOf(edges, areaOf))).toEqual(['a', 'b', 'a']);
    expect(findCycle(graphOf(edges.slice(0, 1), areaOf))).toBeUndefined();
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
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
      dependencies?: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    const texts = [
      ...['src', '__tests__', 'test-support', 'scripts'].flatMap((dir) => filesUnder(path.join(REPO_ROOT, dir))),
      path.join(REPO_ROOT, 'jest.config.js'),
      path.join(REPO_ROOT, 'eslint.config.js'),
    ].map((file) => readFileSync(file, 'utf8'));
    const imported = new Set(
      texts
        .flatMap((text) => [...text.matchAll(IMPORT)].map((match) => match[2]!))
        .filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('node:'))
        .map((specifier) => (specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!)),
    );
    // Tools are named, not imported: a script runs them, jest's and ESLint's configurations load them.
    const named = [...texts, Object.values(pkg.scripts).join('\n')].join('\n');
    const used = (name: string): boolean =>
      imported.has(name) ||
      named.includes(`node_modules/${name}/`) ||
      named.includes(`'${name}'`) ||
      Object.values(pkg.scripts).some((script) => script.split(/\s+/).includes(name === 'typescript' ? 'tsc' : name));
    const typesUsed = (name: string) => name.startsWith('@types/') && (used(name.slice('@types/'.length)) || name === '@types/node');
    const all = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies)];
    expect(all.filter((name) => !used(name) && !typesUsed(name))).toEqual([]);
  });
});
