// Compiles the export and config schemas, and the schemas of the API answers kept beside each client,
// into standalone ajv validators, so that nothing compiles a schema at run time and the bundle does
// not carry ajv's compiler.
import { readFileSync, writeFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';

/**
 * Each schema and the standalone validator generated from it: one default `validate`, or, with
 * `exports`, one named validator per definition. An API answer's shape (`answer: true`) stops at the
 * first error, since one field is named in the message and a hostile answer's thousand errors are
 * never collected, and may give a key several types (`["string", "null"]`), as the recordings do.
 */
export const VALIDATORS = [
  { schema: 'schema/heroku-connect-mappings.schema.json', out: 'src/lint/schema/validate-export.generated.js', type: 'ExportValidator' },
  // The same schema without the check of each field's value (`{ "type": "object" }`), for a document
  // whose parser proved every field value is `{}`: that check is about 90% of the time ajv spends on
  // a large export, and cannot fail there. src/lint/schema/check.ts decides when it applies.
  {
    schema: 'schema/heroku-connect-mappings.schema.json',
    out: 'src/lint/schema/validate-export-empty-fields.generated.js',
    type: 'ExportValidator',
    dropped: [['definitions', 'config', 'properties', 'fields', 'additionalProperties']],
  },
  { schema: 'schema/config.schema.json', out: 'src/interface/config/validate-config.generated.js', type: 'ConfigValidator' },
  {
    schema: 'src/clients/connect/answers.schema.json',
    out: 'src/clients/connect/answers.generated.js',
    type: 'AnswerValidator',
    answer: true,
    exports: {
      validateSearch: 'search',
      validateLink: 'link',
      validateDetail: 'detail',
      validateExport: 'export',
      validateValidationStart: 'validationStart',
      validateValidation: 'validation',
      validateWriteErrors: 'writeErrors',
      validateNotifications: 'notifications',
      validateSchemaDiff: 'schemaDiff',
      validateApiVersionChange: 'apiVersionChange',
    },
  },
  {
    schema: 'src/clients/github/answers.schema.json',
    out: 'src/clients/github/answers.generated.js',
    type: 'AnswerValidator',
    answer: true,
    exports: { validatePullFiles: 'pullFiles', validateContent: 'content', validateComments: 'comments', validateComment: 'comment', validateIssues: 'issues', validateIssue: 'issue' },
  },
  { schema: 'src/clients/heroku/answers.schema.json', out: 'src/clients/heroku/answers.generated.js', type: 'AnswerValidator', answer: true, exports: { validateConfigVars: 'configVars' } },
  { schema: 'src/lint/describe/answers.schema.json', out: 'src/lint/describe/answers.generated.js', type: 'AnswerValidator', answer: true, exports: { validateSObjectDescribe: 'sObjectDescribe' } },
];

/**
 * Keywords the schema carries for editors but the linter leaves to a rule: polling-interval reports
 * sf_polling_seconds with the plan's own floor (10 minutes on demo) and a value to use instead;
 * compiled in, the schema rule would report the same value a second time, without either.
 */
const RULE_OWNED_KEYWORDS = [{ schema: VALIDATORS[0].schema, at: ['definitions', 'config', 'properties', 'sf_polling_seconds'], keywords: ['minimum', 'maximum', 'multipleOf'] }];

export function linterSchema(schema, schemaPath = VALIDATORS[0].schema) {
  const copy = structuredClone(schema);
  for (const { at, keywords } of RULE_OWNED_KEYWORDS.filter((owned) => owned.schema === schemaPath)) {
    const node = at.reduce((parent, key) => parent[key], copy);
    for (const keyword of keywords) delete node[keyword];
  }
  return copy;
}

/**
 * The validator `out` (by default the first one compiled from `schemaPath`) as its generated module.
 * @param {string} [schemaPath]
 * @param {string} [out]
 */
export function compileSchema(schemaPath = VALIDATORS[0].schema, out) {
  const entry = VALIDATORS.find((validator) => validator.schema === schemaPath && (out === undefined || validator.out === out)) ?? {};
  const schema = linterSchema(JSON.parse(readFileSync(new URL(`../${schemaPath}`, import.meta.url), 'utf8')), schemaPath);
  for (const at of entry.dropped ?? []) delete at.slice(0, -1).reduce((parent, key) => parent[key], schema)[at.at(-1)];
  const ajv = new Ajv({ allErrors: !entry.answer, strict: true, allowUnionTypes: entry.answer === true, code: { source: true, esm: true, lines: true } });
  addFormats(ajv, ['date-time']);
  let compiled;
  if (entry.exports) {
    ajv.addSchema(schema);
    compiled = Object.fromEntries(Object.entries(entry.exports).map(([name, definition]) => [name, `${schema.$id}#/definitions/${definition}`]));
  } else {
    compiled = ajv.compile(schema);
  }
  const imports = [];
  // ajv's "esm" output still require()s its runtime helpers and formats; turn those into imports.
  const code = standaloneCode(ajv, compiled)
    .replace(/require\("([^"]+)"\)/g, (_, specifier) => {
      const name = `runtime${imports.length}`;
      imports.push(`import ${name} from "${specifier}.js";`);
      return name;
    })
    .replace(/^"use strict";\n/, '')
    // With allErrors, ajv appends each sub-validator's errors by concat, copying every error found so
    // far: quadratic in a file of thousands of bad mappings (40,000 took seconds). Push them instead.
    .replace(
      /vErrors = vErrors === null \? (\w+)\.errors : vErrors\.concat\(\1\.errors\);/g,
      (_, validator) => `if (vErrors === null) vErrors = ${validator}.errors; else for (const error of ${validator}.errors) vErrors.push(error);`,
    );
  return `// Generated by scripts/compile-schema.mjs from ${schemaPath}. Do not edit.\n${imports.join('\n')}\n${code}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const { schema, out, type, exports } of VALIDATORS) {
    writeFileSync(new URL(`../${out}`, import.meta.url), compileSchema(schema, out));
    const declared = exports
      ? Object.keys(exports)
          .map((name) => `export declare const ${name}: ${type};\n`)
          .join('')
      : `export declare const validate: ${type};\nexport default validate;\n`;
    writeFileSync(
      new URL(`../${out.replace(/\.js$/, '.d.ts')}`, import.meta.url),
      `import type { ErrorObject } from 'ajv';\n\nexport interface ${type} {\n  (data: unknown): boolean;\n  errors?: ErrorObject[] | null;\n}\n${declared}`,
    );
  }
}
