export const PROJECT_URL = 'https://github.com/heroku-connect-action/heroku-connect-action';

/** Each rule's entry in the rule reference. */
export function ruleDocsUrl(ruleId: string): string {
  return `${PROJECT_URL}/blob/main/docs/rules.md#${ruleId}`;
}
