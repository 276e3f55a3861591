import pkg from '../../../package.json' with { type: 'json' };
import { RULES } from '../rules/index.js';
import type { SuppressedFinding } from '../suppress.js';
import type { Finding, Level } from '../../core/types.js';
import { encodePath } from '../../core/text.js';
import { sarifText } from '../../core/output/escape.js';
import { PROJECT_URL, ruleDocsUrl } from '../../core/output/links.js';

const SARIF_LEVEL: Record<Level, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };

/**
 * SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif). Columns are the lint's
 * own, counted in UTF-16 code units, and declared so; file URIs are percent-encoded per segment
 * (RFC 3986), so a `?` or `#` in a file name stays part of the path.
 */
export function toSarif(findings: readonly Finding[], suppressed: readonly SuppressedFinding[] = []): object {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'heroku-connect-action',
            informationUri: PROJECT_URL,
            semanticVersion: pkg.version,
            rules: RULES.map((rule) => ({
              id: rule.id,
              name: rule.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
              shortDescription: { text: rule.docs.summary.slice(0, 1024) },
              fullDescription: { text: `${rule.docs.summary} ${rule.docs.why}`.slice(0, 1024) },
              helpUri: ruleDocsUrl(rule.id),
              help: {
                text: `${rule.docs.why}\nSource: ${rule.docs.source}\nBad: ${rule.docs.bad}\nGood: ${rule.docs.good}`,
                markdown: `${rule.docs.why}\n\n**Source:** ${rule.docs.source}\n\n**Bad**\n\n\`\`\`json\n${rule.docs.bad}\n\`\`\`\n\n**Good**\n\n\`\`\`json\n${rule.docs.good}\n\`\`\``,
              },
              defaultConfiguration: { level: SARIF_LEVEL[rule.defaultLevel] },
              properties: { tags: ['heroku-connect', 'configuration'] },
            })),
          },
        },
        automationDetails: { id: 'heroku-connect-action/' },
        columnKind: 'utf16CodeUnits',
        // Suppressed findings stay in the report, marked, so code scanning shows them as dismissed by the repository.
        results: [...findings, ...suppressed].map((finding) => ({
          ruleId: finding.ruleId,
          ruleIndex: ruleIndex.get(finding.ruleId) ?? -1,
          level: SARIF_LEVEL[finding.level],
          message: { text: sarifText(finding.message) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodePath(finding.file) },
                region: {
                  startLine: finding.line,
                  startColumn: finding.column,
                  ...(finding.endLine !== undefined && { endLine: finding.endLine, endColumn: finding.endColumn }),
                },
              },
            },
          ],
          ...('justification' in finding && { suppressions: [{ kind: 'external', justification: sarifText(String(finding.justification)) }] }),
        })),
      },
    ],
  };
}
