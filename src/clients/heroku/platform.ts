import { ConfigurationError, RemoteFailure } from '../../core/errors.js';
import { describeStatus, HttpClient, type HttpClientOptions } from '../../core/http/client.js';
import { checkedCredential, checkedCredentialUrl, urlSegment } from '../../core/http/safety.js';
import { checkedAnswer } from '../../core/http/shape.js';
import { validateConfigVars } from './answers.generated.js';

const SERVICE = 'the Heroku Platform API';

export interface PlatformOptions extends Pick<HttpClientOptions, 'clock' | 'fetch' | 'timeoutMs' | 'retries' | 'random' | 'log'> {
  apiKey: string;
  server: string;
  deadline?: number;
}

/** The most bytes of the answer, every config var of the app in it: a database URL is a few hundred characters. */
const MAX_BODY_BYTES = 1024 * 1024;

/**
 * `GET /apps/{app}/config-vars` with the same API key as Heroku Connect's, and only to the Platform
 * API's origin: the value of the one config var asked for (the connection's db_key), undefined when
 * the app has none of that name. The answer is checked against its schema before it is read.
 */
export async function readConfigVar(options: PlatformOptions, app: string, name: string): Promise<string | undefined> {
  const apiKey = checkedCredential(options.apiKey, 'The Heroku API key', 'Pass the bare key (heroku auth:token).');
  const server = checkedCredentialUrl(options.server, { name: 'The Heroku Platform API (HEROKU_PLATFORM_API)', credential: 'the API key' });
  const { apiKey: _key, server: _server, deadline, ...policy } = options;
  const http = new HttpClient({
    ...policy,
    service: SERVICE,
    credential: 'the API key',
    headers: { Authorization: `Bearer ${apiKey}`, Accept: 'application/vnd.heroku+json; version=3', 'User-Agent': 'heroku-connect-action' },
    origins: new Set([server.origin]),
    maxBodyBytes: MAX_BODY_BYTES,
  });
  const segment = urlSegment(app, (reason) => new ConfigurationError(`The app name ${reason}; use the Heroku app's name.`));
  const purpose = `read the config vars of app "${app}"`;
  const answer = await http.request({ url: `${server.origin}/apps/${segment}/config-vars`, purpose, ...(deadline !== undefined && { deadline }) });
  if (answer.status === 401 || answer.status === 403) {
    throw new ConfigurationError(
      `The Heroku Platform API refused the API key (${describeStatus(answer.status, answer.body)}) when asked to ${purpose}: reading a database URL needs a key with access to the app's config vars ` +
        '(a global key, or an authorization with the read-protected scope). Or pass the URL itself with database-url.',
    );
  }
  if (answer.status !== 200) throw new RemoteFailure(SERVICE, 'answered', `${SERVICE} answered ${describeStatus(answer.status, answer.body)} when asked to ${purpose}.`);
  const vars = checkedAnswer<Record<string, string | null>>(validateConfigVars, answer.body, 'The Heroku Platform API', purpose);
  const value = Object.hasOwn(vars, name) ? vars[name] : undefined;
  return typeof value === 'string' && value !== '' ? value : undefined;
}
