import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { planFile, type FilePlan } from '../../src/plan/file.js';
import { renderPlanJson, renderPlanMarkdown, renderPlanText } from '../../src/plan/render.js';
import { terminalText } from '../../src/core/output/escape.js';
import { HOSTILE_NAMES } from '../../test-support/hostile-inputs.mjs';
import { linkTriggers, renderGfm, tagsOf, visibleText } from '../../test-support/render-markdown.js';
import { slowTests } from '../../test-support/slow.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'plan');
const bytes = (name: string): Buffer => readFileSync(join(FIXTURES, name));

const modified = (await planFile({ path: 'connect/prod.json', status: 'modified' }, bytes('base.json'), bytes('head.json')))!;
const renamed = (await planFile({ path: 'connect/new.json', previousPath: 'connect/old.json', status: 'renamed' }, bytes('base.json'), bytes('base.json')))!;
const removed = (await planFile({ path: 'connect/gone.json', status: 'removed' }, bytes('base.json'), undefined))!;

const HOSTILE = '<img src=x onerror=alert(1)> @octocat [x](javascript:alert(1)) | `code` **bold**';

async function hostilePlan(): Promise<FilePlan> {
  const document = (fields: object) => Buffer.from(JSON.stringify({ mappings: [{ object_name: `${HOSTILE}__c`, config: { access: 'read_only', fields } }] }));
  return (await planFile({ path: `maps/${HOSTILE}.json`, status: 'modified' }, document({ Id: {} }), document({ Id: {}, [`${HOSTILE}\nnext line`]: {} })))!;
}

/** The cells of a markdown table row: unescaped pipes only. */
const cells = (row: string) => row.split('|').slice(1, -1);

describe('renderPlanMarkdown', () => {
  it('lists each file with its changes, ⚠️ on those to review', async () => {
    const markdown = renderPlanMarkdown([modified]);
    const rows = markdown.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| |'));
    expect(
      rows.map((row) =>
        cells(row)
          .slice(0, 3)
          .map((cell) => cell.trim()),
      ),
    ).toEqual([
      ['⚠️', 'Account', 'access: read&#95;only → read&#95;write'],
      ['⚠️', 'Account', 'field removed: Phone'],
      ['⚠️', 'Case', 'mapping removed from the file: read&#95;only, 5 fields'],
      ['', 'Contact', 'mapping added: read&#95;only, 6 fields'],
    ]);
    expect(markdown).toContain('## Heroku Connect mapping plan');
    expect(markdown).toContain('4 changes in 1 file, 3 to review (⚠️).');
    expect(markdown).toContain('### <code>connect/prod.json</code>\n');
    expect(markdown).toContain('heroku connect:mapping:delete Case --app &#60;app&#62; --confirm &#60;app&#62;');
  });

  it('says when there are no changes, and which files have none', async () => {
    expect(renderPlanMarkdown([])).toBe('## Heroku Connect mapping plan\n\nNo changes to the mappings.\n');
    expect(renderPlanMarkdown([renamed])).toContain('No changes to the mappings.');
    const mixed = renderPlanMarkdown([modified, renamed, removed]);
    expect(mixed).toContain('### <code>connect/new.json</code> (renamed from <code>connect/old.json</code>)\n\nNo changes to the mappings in this file.');
    expect(mixed).toContain('### <code>connect/gone.json</code> (removed)');
    expect(mixed).toContain('6 changes in 2 files, 5 to review');
  });

  it('says why a file was not compared', async () => {
    const unreadable = (await planFile({ path: 'a.json', status: 'modified' }, bytes('base.json'), Buffer.from('{')))!;
    expect(renderPlanMarkdown([unreadable])).toContain('This version is not a readable mapping document (see the lint findings), so nothing was compared.');
  });

  it('escapes file names, object names and fields from the pull request', async () => {
    const markdown = renderPlanMarkdown([await hostilePlan()]);
    expect(markdown).not.toMatch(/<img|@octocat|\]\(javascript:|`|\*\*bold/);
    expect(markdown).toContain('&#60;img src=x onerror=alert(1)&#62; @&#8203;octocat &#91;x&#93;(javascript:alert(1)) &#124;');
    expect(markdown).toContain('### <code>maps/&#60;img');
    // Every row keeps its four cells: no pipe or line break from a name splits it.
    const rows = markdown.split('\n').filter((line) => line.startsWith('| '));
    expect(rows.length).toBe(2);
    for (const row of rows) expect(cells(row)).toHaveLength(4);
    expect(rows[1]).toContain('&#42;&#42;bold&#42;&#42;&#92;nnext line');
  });
});

describe('renderPlanMarkdown with hostile and many changes', () => {
  const document = (object: string, fields: object) => Buffer.from(JSON.stringify({ mappings: [{ object_name: object, config: { access: 'read_only', fields } }] }));

  it('renders hostile file, object and field names as text: the structure of a benign plan, no mention', async () => {
    const plan = async (name: string) =>
      renderGfm(renderPlanMarkdown([(await planFile({ path: `${name}.json`, status: 'modified' }, document(name, { Id: {} }), document(name, { Id: {}, [name]: {} })))!]));
    const benign = await plan('Name');
    for (const name of HOSTILE_NAMES) {
      const html = await plan(name);
      expect({ name, tags: tagsOf(html) }).toEqual({ name, tags: tagsOf(benign) });
      const text = visibleText(html);
      expect({ name, links: linkTriggers(text) }).toEqual({ name, links: [] });
      expect(text.replace(/\u200b/g, '')).toContain(`field added: ${terminalText(name)}`);
    }
  });

  const wide = (count: number, removed: boolean) => {
    const fields = Object.fromEntries(Array.from({ length: count }, (_, i) => [`Field_${i}__c`, {}]));
    return removed ? [document('Account', fields), document('Account', { Id: {} })] : [document('Account', { Id: {} }), document('Account', fields)];
  };

  it('keeps the changes to review first within its budget, and says how many were left out', async () => {
    const [addedBase, addedHead] = wide(3_000, false);
    const [removedBase, removedHead] = wide(100, true);
    const plans = [(await planFile({ path: 'added.json', status: 'modified' }, addedBase, addedHead))!, (await planFile({ path: 'removed.json', status: 'modified' }, removedBase, removedHead))!];
    const markdown = renderPlanMarkdown(plans, 40_000);
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(40_000);
    expect(markdown.match(/^\| ⚠️ \| Account \| field removed/gm)).toHaveLength(101); // Id, removed from added.json too
    const added = markdown.match(/^\| {2}\| Account \| field added/gm)!.length;
    expect(markdown).toContain(`${3_000 - added} more changes in this file do not fit here.`);
    expect(markdown).toContain(`> ${3_001 - added} more changes (the changes to review come first) do not fit here.`);
  });

  // Building a plan of 100,000 changes takes longer than rendering it; 30,000 show the same.
  slowTests('at scale', () => {
    it('renders 30,000 changes in linear time, within its budgets', async () => {
      const [base, head] = wide(30_000, false);
      const plan = (await planFile({ path: 'a.json', status: 'modified' }, base, head))!;
      const started = performance.now();
      expect(Buffer.byteLength(renderPlanMarkdown([plan]))).toBeLessThanOrEqual(256 * 1024);
      expect(Buffer.byteLength(renderPlanJson([plan]))).toBeLessThanOrEqual(960 * 1024);
      expect(performance.now() - started).toBeLessThan(500);
    });
  });
});

describe('renderPlanJson', () => {
  it('is the plans as JSON when they fit', async () => {
    expect(renderPlanJson([modified, removed])).toBe(JSON.stringify([modified, removed]));
  });

  it('keeps the changes to review first under the budget, and ends with a truncation marker', async () => {
    const json = renderPlanJson([modified, removed], 1_500);
    expect(Buffer.byteLength(json)).toBeLessThanOrEqual(1_500);
    const output = JSON.parse(json) as { changes?: { care: boolean }[]; truncated?: boolean; omittedChanges?: number; omittedFiles?: number }[];
    const marker = output.at(-1)!;
    expect(marker.truncated).toBe(true);
    const kept = output.slice(0, -1).flatMap((plan) => plan.changes!);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((change) => change.care)).toBe(true);
    expect(marker.omittedChanges).toBe(modified.changes.length + removed.changes.length - kept.length);
  });
});

describe('renderPlanText', () => {
  it('prints the plan for a terminal, colour only when asked', async () => {
    const plain = renderPlanText([modified, removed], false);
    expect(plain).toBe(stripVTControlCharacters(renderPlanText([modified, removed], true)));
    expect(renderPlanText([modified], true)).not.toBe(renderPlanText([modified], false));
    const lines = plain.split('\n');
    expect(lines[0]).toBe('Plan: 6 changes in 2 files, 5 to review');
    expect(lines).toContain('  connect/prod.json');
    expect(lines).toContain('  ⚠ Account  field removed: Phone');
    expect(lines).toContain('    Contact  mapping added: read_only, 6 fields');
    expect(lines).toContain('      Import drops the column for Phone from the Account table (ALTER TABLE), and its data with it.');
    expect(lines).toContain('  connect/gone.json (removed)');
  });

  it('says when there are no changes', async () => {
    expect(renderPlanText([renamed], false)).toBe('Plan: no changes to the mappings.\n');
  });

  it('shows control characters from the files instead of sending them to the terminal', async () => {
    const document = JSON.stringify({ mappings: [{ object_name: 'Evil\u001b[2J\u202eX', config: { fields: {} } }] });
    const text = renderPlanText([(await planFile({ path: 'a\u0007.json', status: 'added' }, undefined, Buffer.from(document)))!], false);
    expect(text).toContain('Evil\\x1b[2J\\u202eX');
    expect(text).toContain('a\\x07.json (new file)');
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
  });
});

describe('the JSON shape of a plan', () => {
  it('is the FilePlan objects, with plain values only', async () => {
    const base = Buffer.from(JSON.stringify({ mappings: [{ object_name: 'Lead', config: { access: 'read_only', sf_polling_seconds: 600, fields: { Id: {}, Email: {} } } }] }));
    const head = Buffer.from(JSON.stringify({ mappings: [{ object_name: 'Lead', config: { access: 'read_only', sf_polling_seconds: 300, fields: { Id: {} } } }] }));
    const plan = await planFile({ path: 'lead.json', status: 'modified' }, base, head);
    expect(JSON.parse(JSON.stringify([plan]))).toEqual([
      {
        path: 'lead.json',
        status: 'modified',
        changes: [
          {
            kind: 'polling-interval-changed',
            object: 'Lead',
            from: 600,
            to: 300,
            detail: '600 s (10 min) → 300 s (5 min)',
            consequence: 'Heroku Connect polls Salesforce for changes to Lead every 300 s (5 min) instead of every 600 s (10 min).',
            care: false,
          },
          {
            kind: 'field-removed',
            object: 'Lead',
            field: 'Email',
            detail: 'Email',
            consequence: 'Import drops the column for Email from the Lead table (ALTER TABLE), and its data with it.',
            care: true,
          },
        ],
      },
    ]);
  });
});
