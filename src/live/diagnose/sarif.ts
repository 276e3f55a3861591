import { encodePath } from '../../core/text.js';
import { sarifText } from '../../core/output/escape.js';
import { PROJECT_URL } from '../../core/output/links.js';
import type { DiagnoseFinding } from './findings.js';

/**
 * The diagnose findings as a SARIF run of their own, beside the lint's run in the same file: a tool
 * of its own name and category, so code scanning keeps Heroku Connect's checks apart from the
 * offline lint's rules. The rules are Heroku's, known only by the ids its answers carry.
 */
export function diagnoseSarifRun(findings: readonly DiagnoseFinding[]): object {
  const ruleIds = [...new Set(findings.map((finding) => finding.ruleId))];
  // The ids come from Heroku's answers, so there may be as many as findings: each is looked up, not searched for.
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
  const helpUri = new Map(findings.filter((f) => f.docUrl).map((f) => [f.ruleId, f.docUrl!]));
  return {
    tool: {
      driver: {
        name: 'heroku-connect-action diagnose',
        informationUri: PROJECT_URL,
        rules: ruleIds.map((id) => ({ id, ...(helpUri.has(id) && { helpUri: helpUri.get(id) }), properties: { tags: ['heroku-connect', 'diagnose'] } })),
      },
    },
    automationDetails: { id: 'heroku-connect-action/diagnose/' },
    columnKind: 'utf16CodeUnits',
    results: findings.map((finding) => ({
      ruleId: finding.ruleId,
      ruleIndex: ruleIndex.get(finding.ruleId)!,
      level: finding.level === 'notice' ? 'note' : finding.level,
      message: { text: sarifText(finding.message) },
      locations: [{ physicalLocation: { artifactLocation: { uri: encodePath(finding.file) }, region: { startLine: finding.line, startColumn: finding.column } } }],
      properties: { source: 'diagnose', ...(finding.object !== undefined && { object: finding.object }) },
    })),
  };
}
