/**
 * The areas of src/, bottom to top, and which areas each may import. The architecture test fails on
 * an import between areas that this table does not list, and docs/architecture.md is generated from
 * it (`npm run docs`). A new edge is a line here, reviewed with the diff of the docs.
 */
export interface Area {
  /** The folder under src/. */
  name: string;
  /** What it holds, for the docs: its sub-folders and the files a newcomer looks for first. */
  holds: string;
  /** The areas its files may import (an area always imports itself). */
  imports: readonly string[];
}

export const AREAS: readonly Area[] = [
  {
    name: 'core',
    holds:
      "the shared base: types and helpers (the run's secret registry in `run-scope.ts`, API-name checks in `api-name.ts`, durations in `duration.ts`), the three kinds of error and their one classifier (`errors.ts`), every file read and write confined to the workspace (`fs/`, the one writing sink in `fs/write.ts`), the one HTTP client with its deadline, origin rules and answer-shape messages (`http/`), the trust rule for events (`trust/`), and the escaping and budgets of each output sink, with the terminal's width, wrapping and colour (`output/`)",
    imports: [],
  },
  {
    name: 'lint',
    holds:
      "the lint pipeline: discovery (`discover.ts`), JSON and YAML parsing (`parse/`), the facts of Salesforce objects (the built-in `catalog/`, describe snapshots and live describe in `describe/`), the export schema's validator (`schema/`), one file per rule (`rules/`, registered in `rules/index.ts`), the engine and the run (`engine.ts`, `run.ts`), the lint renderers (`report/`), and the format-preserving edits that lint --fix (`apply-fixes.ts`) and drift's write-back make (`fix/`)",
    imports: ['core'],
  },
  {
    name: 'clients',
    holds:
      'the remote APIs, one function per endpoint, each with the JSON Schema of its answers: Heroku Connect (`connect/`), GitHub (`github/`) and the Heroku Platform API (`heroku/`, config vars); the read-only PostgreSQL session (`postgres/`)',
    imports: ['core'],
  },
  {
    name: 'plan',
    holds: 'the change plan: what an import would change, against a base from git or from the live connection',
    imports: ['core', 'lint', 'clients'],
  },
  {
    name: 'live',
    holds:
      'the stages that act on a connection: deploy, wait and prove (`deploy/`), diagnose and write errors (`diagnose/`), between deploys drift, health and the health issue (`ops/`), and the database checks and DDL (`database/`)',
    imports: ['core', 'lint', 'clients', 'plan'],
  },
  {
    name: 'pr',
    holds: 'the pull-request stage: the changed files and their hunks, the base content, and the comment',
    imports: ['core', 'lint', 'clients', 'plan'],
  },
  {
    name: 'interface',
    holds:
      'what a run can be asked, each declared once: the commands and their outputs (`commands/`), every input and flag with its readers and docs (`inputs/`), every output format in one registry (`formats/`), and the configuration file (`config/`)',
    imports: ['core', 'lint', 'clients', 'plan', 'live', 'pr'],
  },
  {
    name: 'action',
    holds: "the action's entry: the lint in `main.ts`; the plan, deploy, pull-request and operations stages in their own modules, each loaded when a run reaches it",
    imports: ['core', 'lint', 'clients', 'plan', 'live', 'pr', 'interface'],
  },
  {
    name: 'cli',
    holds: "the CLI's entry, one module per command, each loaded when its command runs",
    imports: ['core', 'lint', 'clients', 'plan', 'live', 'pr', 'interface'],
  },
  {
    name: 'stand-in',
    holds:
      "the local stand-in of the Heroku Connect API that `npm run demo` runs (bundled as `dist/stand-in/`; every answer built in `recorded.ts`, in the shapes of the real service's recorded answers); the tests' stand-ins of GitHub and Salesforce are in `test-support/`",
    imports: ['core', 'clients', 'plan'],
  },
];

/** The areas as a Markdown table, bottom to top, for docs/architecture.md. */
export function renderAreaTable(areas: readonly Area[] = AREAS): string {
  const rows = areas.map(({ name, holds, imports }) => `| \`src/${name}/\` | ${holds} | ${imports.length === 0 ? 'nothing of the project' : imports.map((area) => `\`${area}\``).join(', ')} |`);
  return ['| Area | What it holds | May import |', '|---|---|---|', ...rows].join('\n');
}
