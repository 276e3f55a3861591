import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { REPO_ROOT } from '../../test-support/harness.js';
import { closeHostileStandIns, HOSTILE_APP, HOSTILE_KEY, hostileStandIn, inWorkspace, runBuiltActionAgainst, runBuiltCliAgainst } from '../../test-support/hostile-remote.js';
import { isRecord } from '../../src/core/json.js';
import type { ConnectStandIn } from '../../src/stand-in/server.js';

afterEach(closeHostileStandIns);

const EXAMPLE = readFileSync(path.join(REPO_ROOT, 'examples/heroku-connect.json'), 'utf8');

/** The detail answer with its first mapping changed by `change`. */
function firstMapping(change: (mapping: Record<string, unknown>) => Record<string, unknown>): (body: unknown) => unknown {
  return (body) => (isRecord(body) && Array.isArray(body.mappings) && isRecord(body.mappings[0]) ? { ...body, mappings: [change(body.mappings[0]), ...body.mappings.slice(1)] } : body);
}

/** No crash, and the key nowhere but in the action's own request to mask it. */
function expectOneClearLine(output: string): void {
  expect(output).not.toMatch(/Internal error|is not a function|TypeError/);
  expect(output.replace(/^::add-mask::.*$/m, '')).not.toContain(HOSTILE_KEY);
}

describe('the built CLI against Connect answers that point elsewhere', () => {
  it('a detail_url on another host gets no key, and the run names that host', async () => {
    const elsewhere = await hostileStandIn();
    const server = await hostileStandIn({
      faults: [
        {
          route: 'search',
          fault: {
            kind: 'mutate',
            mutate: (body) =>
              isRecord(body) && Array.isArray(body.results)
                ? { ...body, results: body.results.map((entry) => ({ ...(entry as object), detail_url: `${elsewhere.regionUrl}/api/v3/connections/x` })) }
                : body,
          },
        },
      ],
    });
    const result = await inWorkspace({}, (workspace) => runBuiltCliAgainst(server, workspace, ['health', '--app', HOSTILE_APP]));
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(`at another host, ${new URL(elsewhere.regionUrl).host}; the API key was not sent there`);
    expectOneClearLine(`${result.stdout}${result.stderr}`);
    expect(elsewhere.requests).toEqual([]);
  });

  it('a next page of the write errors on another host gets no key', async () => {
    const elsewhere = await hostileStandIn();
    const server = await hostileStandIn({
      faults: [
        {
          route: 'write-errors',
          fault: {
            kind: 'answer',
            body: {
              count: 2,
              results: [{ id: 1, table_name: 'account', record_id: 7, message: 'm', created_at: new Date().toISOString() }],
              next: `${elsewhere.regionUrl}/api/v3/connections/x/errors?page=2`,
            },
          },
        },
      ],
    });
    const result = await inWorkspace({}, (workspace) => runBuiltCliAgainst(server, workspace, ['write-errors', '--app', HOSTILE_APP]));
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(`another host, ${new URL(elsewhere.regionUrl).host}`);
    expectOneClearLine(`${result.stdout}${result.stderr}`);
    expect(elsewhere.requests).toEqual([]);
  });
});

describe('the built CLI and action against answers of the wrong type', () => {
  it.each([
    ['plan: 5', { route: 'detail' as const, mutate: (body: unknown) => (isRecord(body) ? { ...body, plan: 5 } : body) }, 'plan is a number (5), where a string or null belongs'],
    [
      'an object as state_description',
      { route: 'detail' as const, mutate: firstMapping((mapping) => ({ ...mapping, state_description: { text: 'OK' } })) },
      'mappings[0].state_description is an object, where a string or null belongs',
    ],
  ])('%s in the detail: health stops with one line naming the field and the call', async (_name, { route, mutate }, field) => {
    const server = await hostileStandIn({ faults: [{ route, times: 1000, fault: { kind: 'mutate', mutate } }] });
    const result = await inWorkspace({}, (workspace) => runBuiltCliAgainst(server, workspace, ['health', '--app', HOSTILE_APP]));
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(`Heroku Connect's answer when asked to read the state of connection`);
    expect(result.stderr).toContain(field);
    expectOneClearLine(`${result.stdout}${result.stderr}`);
  });

  it.each([
    ['plan: 5', (body: Record<string, unknown>) => ({ ...body, plan: 5 }), 'plan is a number (5), where a string or null belongs'],
    ['an object as state_description', firstMapping((mapping) => ({ ...mapping, state_description: { text: 'OK' } })), 'mappings[0].state_description is an object, where a string or null belongs'],
  ])('%s after the import was sent: the run names the field, and the summary and outputs are written', async (_name, change, field) => {
    const afterImport = (body: unknown): unknown => (server.imports.length > 0 && isRecord(body) ? change(body) : body);
    const server = await hostileStandIn({ faults: [{ route: 'detail', times: 1000, fault: { kind: 'mutate', mutate: afterImport } }] });
    const result = await inWorkspace({ 'heroku-connect.json': EXAMPLE }, (workspace) =>
      runBuiltActionAgainst(server, workspace, { files: 'heroku-connect.json', deploy: 'true', 'wait-timeout': '10' }),
    );
    expect(server.imports).toHaveLength(1);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(`Heroku Connect's answer when asked to read the state of connection "herokuconnect-shop-12345" is not what its API returns: ${field}.`);
    expectOneClearLine(`${result.stdout}${result.stderr}`);
    expect(result.outputs.imported).toBe('true');
    expect(result.summary).toContain('Heroku Connect');
  });
});

/** The built CLI against the stand-in, with the peak memory (maximum resident set size) it took. */
function runBuiltCliMeasured(server: ConnectStandIn, workspace: string, args: string[]): Promise<{ exitCode: number | null; stderr: string; peakMiB: number }> {
  return new Promise((resolve, reject) => {
    const env = { PATH: process.env.PATH ?? '', HOME: workspace, HEROKU_API_KEY: HOSTILE_KEY, CONNECT_DISCOVERY_SERVER: server.url };
    const child = spawn('/usr/bin/time', ['-f', '%M', process.execPath, path.join(REPO_ROOT, 'dist/cli/index.js'), ...args], { cwd: workspace, env });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (exitCode) => {
      const lines = stderr.trimEnd().split('\n');
      resolve({ exitCode, stderr: lines.slice(0, -1).join('\n'), peakMiB: Number(lines.at(-1)) / 1024 });
    });
  });
}

describe('the built CLI against bodies that never stop', () => {
  it('a gzip bomb is cut at the cap, named in the error, with memory bounded', async () => {
    // 200 MiB of spaces inside a JSON string compress to about 200 KiB.
    const bomb = gzipSync(Buffer.concat([Buffer.from('{"results":[],"padding":"'), Buffer.alloc(200 * 1024 * 1024, 0x20), Buffer.from('"}')]), { level: 9 });
    const server = await hostileStandIn({ faults: [{ route: 'search', fault: { kind: 'answer', text: bomb, headers: { 'Content-Encoding': 'gzip', 'Content-Type': 'application/json' } } }] });
    const result = await inWorkspace({}, (workspace) => runBuiltCliMeasured(server, workspace, ['health', '--app', HOSTILE_APP]));
    expect(result.stderr).toContain('is larger than 64 MiB, the most read from Heroku Connect');
    expect(result.exitCode).toBe(1);
    expectOneClearLine(result.stderr);
    // The cap and what the CLI itself takes; the whole body, held, would be several times the 200 MiB.
    expect(result.peakMiB).toBeLessThan(300);
  });

  it('an endless body is cut at the cap, named in the error', async () => {
    const server = await hostileStandIn({ faults: [{ route: 'detail', fault: { kind: 'endless' } }] });
    const result = await inWorkspace({}, (workspace) => runBuiltCliMeasured(server, workspace, ['health', '--app', HOSTILE_APP]));
    expect(result.stderr).toContain('is larger than 64 MiB, the most read from Heroku Connect');
    expect(result.exitCode).toBe(1);
    expectOneClearLine(result.stderr);
    expect(result.peakMiB).toBeLessThan(300);
  });
});
