import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What one run of the action or of a CLI command knows across its modules: the secrets it read
 * (to take out of every file and log line it writes) and the files it created (the only existing
 * files a later write of the same run may replace). The action's run and the CLI's main each open
 * a scope; code outside one, a test calling a module directly, shares the process's.
 */
export interface RunScope {
  /** Each secret's value, with the label that replaces it. */
  secrets: Map<string, string>;
  /** Real paths of the files this run created. */
  created: Set<string>;
}

const storage = new AsyncLocalStorage<RunScope>();
const processScope = newScope();

function newScope(): RunScope {
  return { secrets: new Map(), created: new Set() };
}

/** Runs `fn` as a run of its own: it starts with no secrets and no files of earlier runs in the process. */
export function inNewRun<T>(fn: () => Promise<T>): Promise<T> {
  return storage.run(newScope(), fn);
}

export function currentRun(): RunScope {
  return storage.getStore() ?? processScope;
}

/** Notes a secret of the run, as the inputs read it; an empty value is no secret. */
export function registerSecret(value: string, label: string): void {
  if (value !== '') currentRun().secrets.set(value, label);
}

/**
 * Every secret of the run replaced by its label, the longest first (so a secret holding another is
 * taken out whole), in the text as it is and as JSON escapes it: an answer echoing a secret that
 * has a quote or a backslash is written with the escaped form.
 */
export function redactSecrets(text: string): string {
  const secrets = [...currentRun().secrets].sort(([a], [b]) => b.length - a.length);
  let redacted = text;
  for (const [secret, label] of secrets) {
    redacted = redacted.replaceAll(secret, label);
    const escaped = JSON.stringify(secret).slice(1, -1);
    if (escaped !== secret) redacted = redacted.replaceAll(escaped, label);
  }
  return redacted;
}
