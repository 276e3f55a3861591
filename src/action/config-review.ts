import { lstat, readlink } from 'node:fs/promises';
import path from 'node:path';
import { holdToBase } from '../interface/config/leniency.js';
import { CONFIG_FILE_NAMES, parseConfig, type LoadedConfig } from '../interface/config/load.js';
import { errorMessage } from '../core/errors.js';
import { parseRuleSettings } from '../lint/levels.js';
import { baseReader, type BaseReader } from '../pr/base-content.js';
import type { ChangedFile } from '../pr/changed-files.js';
import type { GitHubApi } from '../clients/github/github-api.js';
import { markdownText } from '../core/output/escape.js';
import type { PullRequestEvent } from './event.js';
import { Input } from '../interface/inputs/read.js';
import type { ActionIO } from './io.js';

/** A pull request may add any number of ignores: the warning names this many settings and counts the rest. */
const MAX_LISTED = 10;

export interface ConfigReview {
  /** The configuration the run uses. */
  config: LoadedConfig | undefined;
  /** For the job summary, when the pull request may have changed the configuration; empty otherwise. */
  markdown: string;
}

/**
 * On a pull request that may have changed the configuration file, its settings that would make the
 * check more lenient come from the base branch's version, and the run says which, at the file and in
 * the summary. "May have changed": the pull request changes a configuration file, or the file is a
 * symlink (its target may be any file the pull request changes), or the changed files could not be
 * listed. A base branch whose configuration cannot be read is held to the defaults.
 */
export async function reviewPullRequestConfig(
  io: ActionIO,
  root: string,
  head: LoadedConfig | undefined,
  pullRequest: { event: PullRequestEvent; changed: readonly ChangedFile[] | undefined; github: GitHubApi | undefined },
): Promise<ConfigReview> {
  const { event, changed, github } = pullRequest;
  const link = head && (await linkTarget(root, head.file));
  const why = whyItMayHaveChanged(changed, link);
  if (why === undefined) return { config: head, markdown: '' };
  const readBase = baseReader({ sha: event.baseSha, git: { cwd: root }, ...(github && { api: { client: github, owner: event.owner, repo: event.repo } }) });
  // A symlink's blob holds its target's path: the base's configuration is its target as the base had it.
  const candidates = link && head ? [{ read: link, as: head.file }] : CONFIG_FILE_NAMES.map((name) => ({ read: name, as: name }));
  const base = await baseConfig(root, readBase, candidates);
  const { config, heldBack } = holdToBase(head, base.config, {
    failOn: io.getInput(Input.FailOn) !== '',
    rules: new Set(parseRuleSettings(io.getInput(Input.Rules).split('\n')).map(([id]) => id)),
  });
  const file = why.file ?? head?.file ?? CONFIG_FILE_NAMES[0];
  const subject = why.reason === undefined ? `This pull request changes ${file}` : `This pull request may change ${file} (${why.reason})`;
  if (heldBack.length === 0) {
    const message = `${subject}, which decides how this check lints (rule levels, fail-on, ignores): review that change with the check's result.`;
    // When nothing is held back, only a change the pull request lists is worth a warning.
    if (why.listed) io.warning(message, { title: 'Configuration changed', file });
    else io.info(`${message} Nothing in it relaxes the check beyond the base branch's configuration.`);
    return { config, markdown: '' };
  }
  const unread = base.unread === undefined ? '' : ` The base branch's configuration could not be read (${base.unread}), so the defaults stand in for it.`;
  const listed = heldBack.slice(0, MAX_LISTED);
  const more = heldBack.length > listed.length ? `; and ${heldBack.length - listed.length} more` : '';
  const message = `${subject}, which decides how this check lints. Until it merges, what would relax the check comes from the base branch instead: ${listed.join('; ')}${more}.${unread}`;
  io.warning(message, { title: 'Configuration changed', file });
  return { config, markdown: `> [!WARNING]\n> ${markdownText(message)}\n\n` };
}

interface Why {
  /** The configuration file the pull request lists as changed, when it does. */
  file?: string;
  /** Why it may have changed otherwise. */
  reason?: string;
  /** Whether the pull request lists the file, or its symlink's target, as changed. */
  listed: boolean;
}

function whyItMayHaveChanged(changed: readonly ChangedFile[] | undefined, link: string | undefined): Why | undefined {
  if (changed === undefined) return { reason: 'its changed files could not be listed', listed: false };
  const paths = new Set(changed.flatMap((file) => (file.previousPath === undefined ? [file.path] : [file.path, file.previousPath])));
  const touched = CONFIG_FILE_NAMES.find((name) => paths.has(name));
  if (touched !== undefined) return { file: touched, listed: true };
  if (link === undefined) return undefined;
  return paths.has(link) ? { reason: `it is a symlink to ${link}, which the pull request changes`, listed: true } : { reason: `it is a symlink to ${link}`, listed: false };
}

/** Where the configuration file links to, relative to the root and '/'-separated; undefined when it is no symlink. */
async function linkTarget(root: string, file: string): Promise<string | undefined> {
  const absolute = path.join(root, file);
  try {
    if (!(await lstat(absolute)).isSymbolicLink()) return undefined;
    return path
      .relative(root, path.resolve(path.dirname(absolute), await readlink(absolute)))
      .split(path.sep)
      .join('/');
  } catch {
    return undefined;
  }
}

/** The base branch's configuration: the first candidate it has, read as the file the action would load. */
async function baseConfig(root: string, readBase: BaseReader, candidates: readonly { read: string; as: string }[]): Promise<{ config?: LoadedConfig; unread?: string }> {
  for (const { read, as } of candidates) {
    try {
      const bytes = await readBase(read);
      if (bytes !== undefined) return { config: await parseConfig(root, path.join(root, as), bytes) };
    } catch (error) {
      return { unread: errorMessage(error) };
    }
  }
  return {};
}
