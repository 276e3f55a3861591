import { ConfigurationError } from '../errors.js';

/** A URL a credential is sent to, as the messages about it name it. */
export interface CredentialUrlRole {
  /** Opens each message: "The Salesforce instance URL", "GITHUB_API_URL". */
  name: string;
  /** What the URL would receive: "the access token", "the API key". */
  credential: string;
  /** A sentence ending the messages about a wrong URL, saying which one to use. */
  hint?: string;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The URL, if a credential may be sent there: https, or plain http to this machine (a local
 * stand-in server), and no user name or password of its own. What follows the origin (a path, a
 * query) is the caller's to accept or refuse.
 */
export function checkedCredentialUrl(value: string, role: CredentialUrlRole): URL {
  const hint = role.hint === undefined ? '' : ` ${role.hint}`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(`${role.name} "${value}" is not an absolute URL.${hint}`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new ConfigurationError(`${role.name} must not contain a user name or password; pass ${role.credential} on its own.`);
  }
  // Plain http would send the credential in clear text.
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) {
    throw new ConfigurationError(`${role.name} "${url.origin}" does not use https; it must use https (or http to this machine) for ${role.credential} to be sent there.${hint}`);
  }
  return url;
}

/**
 * The credential, if it fits in an Authorization header: printable ASCII without spaces. Otherwise
 * fetch throws a message that quotes the header, credential included. `name` opens the message and
 * `hint` ends it; the value itself is never quoted.
 */
export function checkedCredential(value: string, name: string, hint: string): string {
  if (!/^[\x21-\x7e]+$/.test(value)) {
    throw new ConfigurationError(`${name} is empty or contains spaces, line breaks or non-ASCII characters. ${hint}`);
  }
  return value;
}

/**
 * A value from a file or an answer (an object name, an id, a path part) as one segment of a URL
 * path: encoded, so that "/", "?" and "#" stay inside it, and refused when it is empty, "." or
 * "..", which a URL resolves into another path. `refuse` makes the error, naming where the value
 * came from: a configuration error for a file's, a remote failure for an answer's.
 */
export function urlSegment(value: string, refuse: (reason: string) => Error): string {
  if (value === '' || value === '.' || value === '..') throw refuse(value === '' ? 'is empty' : `is "${value}", which a URL reads as a step in its path`);
  return encodeURIComponent(value);
}
