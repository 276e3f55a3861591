import type { BuiltinRule } from './rule.js';

export const unreadableFile: BuiltinRule = {
  id: 'unreadable-file',
  scope: 'builtin',
  defaultLevel: 'error',
  docs: {
    summary: 'A file named for linting cannot be read: it does not exist, is not a regular file, is not readable, or is over the size limit (16 MiB for JSON, 1 MiB for YAML).',
    why: 'A named file that cannot be read must never pass in silence: the import would fail, or lint a different file than intended.',
    source: 'heroku-connect-action: the size limit is far above any real export (the largest public one is about 5 KB; 2,000 mappings of 65 fields, indented as Heroku writes them, is about 7 MB).',
    bad: 'files: mappings/heroku-connect.jsn   # a typo in the path',
    good: 'files: mappings/heroku-connect.json',
    example: { unrunnable: 'it is the files input, not the content of a mapping file' },
  },
};
