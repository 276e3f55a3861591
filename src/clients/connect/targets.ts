import { ConfigurationError } from '../../core/errors.js';

/** One app to work on, and its add-on's resource name when it has several connections. */
export interface AppTarget {
  app: string;
  resource?: string;
}

/**
 * The apps of `app` (one per line, or a repeated --app), each optionally `app:resource`. A lone
 * `resource` applies to a lone app; with several apps each names its own, so none is guessed.
 */
export function parseAppTargets(lines: readonly string[], resource: string): AppTarget[] {
  const targets = lines.map((line): AppTarget => {
    const [app = '', own = ''] = line.split(':', 2).map((part) => part.trim());
    if (!/^[a-z][a-z0-9-]*$/.test(app) || (own !== '' && !/^[\w.-]+$/.test(own))) {
      throw new ConfigurationError(`The app "${line}" is not a Heroku app name, optionally followed by ":resource-name" (such as shop-staging:herokuconnect-shaped-12345).`);
    }
    return own ? { app, resource: own } : { app };
  });
  if (resource !== '') {
    if (targets.length > 1) throw new ConfigurationError('With several apps, give each its resource as "app:resource" rather than one "resource" for all.');
    if (targets[0] && targets[0].resource === undefined) targets[0].resource = resource;
  }
  return targets;
}
