import { ownKeys } from './json.js';
import { excerpt } from './text.js';
import { derivedOnce } from './memo.js';

/**
 * The suffixes Salesforce puts after the last double underscore (compared without case): custom
 * objects and fields, relationships, events, external, big and metadata objects, knowledge,
 * compound field components, person-account fields, and the generated share, history, feed,
 * change-event, tag and sharing objects.
 */
const SUFFIXES = ['c', 'r', 'e', 'x', 'b', 's', 'mdt', 'kav', 'ka', 'pc', 'pr', 'hd', 'hqr', 'chn', 'tag', 'share', 'history', 'feed', 'changeevent', 'xo', 'dlm', 'dll'];

/** One segment: letters, digits and single underscores, starting with a letter, not ending with an underscore. */
const SEGMENT = '[a-z][a-z0-9]*(?:_[a-z0-9]+)*';

/**
 * Salesforce API names: segments joined by double underscores (a namespace prefix, the name,
 * relationship parts), the last of several being a known suffix, as in
 * `ns__Project__r__External_Id__c`. A segment cannot contain "__", so matching never backtracks
 * more than once per segment.
 */
const API_NAME = new RegExp(`^${SEGMENT}(?:(?:__${SEGMENT})*__(?:${SUFFIXES.join('|')}))?$`, 'i');

/** Far above Salesforce's own limits (40 characters a name, plus a namespace and suffixes). */
const MAX_LENGTH = 255;

/** Names already found valid: a large export repeats the same field names in every mapping. */
const validNames = new Set<string>();
const MAX_REMEMBERED = 20_000;

export function isValidApiName(name: string): boolean {
  if (validNames.has(name)) return true;
  if (name.length > MAX_LENGTH || !API_NAME.test(name)) return false;
  if (validNames.size >= MAX_REMEMBERED) validNames.clear();
  validNames.add(name);
  return true;
}

export interface FieldNames {
  /** The keys of a mapping's fields object, in file order. */
  names: readonly string[];
  allValid: boolean;
}

/**
 * A fields object's keys and whether all are valid API names, read once for the engine and
 * invalid-api-name alike: on a large export that is one walk of every field name instead of two.
 */
export const fieldNames = derivedOnce((fields: object): FieldNames => {
  const names = ownKeys(fields);
  return { names, allValid: names.every(isValidApiName) };
});

/** What is wrong with a name that is not a valid API name, for a message; undefined when it is valid. */
export function apiNameProblem(name: string): string | undefined {
  if (isValidApiName(name)) return undefined;
  if (name.length > MAX_LENGTH) return `it is ${name.length.toLocaleString('en-US')} characters long, far over Salesforce's limit of 40 characters for a name`;
  const bad = /[^A-Za-z0-9_]/.exec(name);
  if (bad) return `it contains ${describeCharacter(name.codePointAt(bad.index)!)}`;
  if (/^[0-9]/.test(name)) return 'it starts with a digit';
  if (name.startsWith('_')) return 'it starts with an underscore';
  if (name.endsWith('_')) return 'it ends with an underscore';
  if (name.includes('___')) return 'it has three or more underscores in a row';
  if (/__[0-9]/.test(name)) return 'a part after a double underscore starts with a digit';
  return `it ends in "__${excerpt(name.slice(name.lastIndexOf('__') + 2), 20)}", which is not a Salesforce suffix (such as __c for a custom object or field)`;
}

function describeCharacter(code: number): string {
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) return `a line break (${hex})`;
  if (code === 0x1b) return `an escape character (${hex}), which terminals read as a command`;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return `a control character (${hex})`;
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0x200e || code === 0x200f || code === 0x061c) {
    return `an invisible text-direction mark (${hex}), which makes text display in another order than it reads`;
  }
  if (code === 0x20) return 'a space';
  if (code > 0x20 && code < 0x7f) return `the character "${String.fromCharCode(code)}"`;
  return `the character ${hex}, which is not an ASCII letter or digit`;
}
