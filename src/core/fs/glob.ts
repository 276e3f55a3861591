import { ConfigurationError } from '../errors.js';

/**
 * The bounds every glob from an input or the configuration file must keep before it is compiled.
 * picomatch turns a glob into a regular expression whose backtracking grows with the power of its
 * stars: on a 250-character file name, `*a*a*a*a*x` takes close to a minute to fail, `*(a*)*x`
 * and `(a*)+x` as long on 30 characters, and a pull request can commit both the pattern and the
 * names. Within these bounds every match of a name stays within milliseconds.
 */
export const MAX_GLOB_LENGTH = 256;
/** Stars in one path segment (`**` as a whole segment is a globstar, counted apart). */
const MAX_STARS_PER_SEGMENT = 2;
const MAX_GLOBSTARS = 2;
const MAX_BRACE_GROUPS = 4;

/** Options for picomatch and tinyglobby: extglobs are never compiled, even when the checks below are bypassed. */
export const GLOB_OPTIONS = { noextglob: true } as const;

/**
 * Throws a configuration error naming `pattern` and what to write instead when it cannot be matched
 * in bounded time: over MAX_GLOB_LENGTH, an extglob or a parenthesised group (a quantified group
 * nests stars), more than two stars in a segment or two globstars, nested or ranged braces, or more
 * than four brace groups. `what` names the input: `files pattern`, `describe pattern`.
 */
export function checkGlob(pattern: string, what: string): void {
  const refuse = (why: string, instead: string) =>
    new ConfigurationError(`The ${what} "${pattern.length > 80 ? `${pattern.slice(0, 80)}…` : pattern}" ${why}, which could take minutes to match. ${instead}`);
  if (pattern.length > MAX_GLOB_LENGTH) throw refuse(`is ${pattern.length} characters long, over ${MAX_GLOB_LENGTH}`, 'Use a shorter pattern, or several lines.');
  const body = pattern.startsWith('!') ? pattern.slice(1) : pattern;
  const segments: string[] = [''];
  let braceGroups = 0;
  let inBraces = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\') {
      segments[segments.length - 1] += body.slice(i, i + 2);
      i++;
      continue;
    }
    if (c === '[') {
      // A bracket expression matches one character, whatever it holds: skipped whole.
      const end = body.indexOf(']', i + 2);
      if (end !== -1) {
        segments[segments.length - 1] += '?';
        i = end;
        continue;
      }
    }
    if (c === '(' || c === ')')
      throw refuse(
        'has a group or an extglob such as +(…), @(…) or *(…)',
        'Write the alternatives in braces, as in "{accounts,contacts}.json", or one pattern per line; a parenthesis in a file name is written "[(]" or "[)]".',
      );
    if (c === '{') {
      if (inBraces) throw refuse('nests braces', 'Write the alternatives in one pair of braces, as in "{a,b,c}", or one pattern per line.');
      inBraces = true;
      if (++braceGroups > MAX_BRACE_GROUPS) throw refuse(`has more than ${MAX_BRACE_GROUPS} brace groups`, 'Split it into several patterns, one per line.');
    } else if (c === '}') {
      inBraces = false;
    } else if (inBraces && c === '.' && body[i + 1] === '.') {
      throw refuse('has a range in braces', 'List the values instead, as in "{1,2,3}".');
    }
    if (c === '/' && !inBraces) segments.push('');
    else segments[segments.length - 1] += c;
  }
  if (segments.filter((segment) => segment === '**').length > MAX_GLOBSTARS) {
    throw refuse(`has more than ${MAX_GLOBSTARS} "**"`, 'One "**" is usually enough, as in "heroku-connect/**/*.json".');
  }
  for (const segment of segments) {
    if (segment !== '**' && (segment.match(/\*/g)?.length ?? 0) > MAX_STARS_PER_SEGMENT) {
      throw refuse(`has more than ${MAX_STARS_PER_SEGMENT} "*" in "${segment}"`, `Use at most ${MAX_STARS_PER_SEGMENT} per folder or file name, as in "*connect*.json".`);
    }
  }
}
