export const PROJECT_URL = 'https://github.com/heroku-connect-action/heroku-connect-action';

/** The generated rule reference, relative to the repository root: one heading (and anchor) per rule id. */
export const RULE_DOCS_PATH = 'docs/rules.md';

/** Each rule's entry in the rule reference. */
export function ruleDocsUrl(ruleId: string): string {
  return `${PROJECT_URL}/blob/main/${RULE_DOCS_PATH}#${ruleId}`;
}
