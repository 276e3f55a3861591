/**
 * The shapes of Heroku Connect API answers, as far as this project reads them (research §1.3, §2.1).
 * The parsers check only what the deploy relies on, so that a changed API fails with a clear message
 * rather than with a TypeError deep in the wait.
 */
import { RemoteFailure } from '../errors.js';

/** One result of the discovery search `GET /connections?app=`. */
export interface DiscoveredConnection {
  id: string;
  resource_name: string;
  app_name: string;
  /** The regional host for every other call, without `/api/v3`. */
  region_url: string;
  /** Absolute here; the detail answer's own detail_url is relative and must not replace it. */
  detail_url: string;
}

export interface MappingConfig {
  revision?: number;
  applied_at?: string;
  [key: string]: unknown;
}

export interface MappingDetail {
  object_name: string;
  state: string;
  state_description?: string;
  config?: MappingConfig;
}

/** `GET {detail_url}?deep=true`. */
export interface ConnectionDetail {
  id?: string;
  name?: string;
  app_name?: string;
  resource_name?: string;
  state: string;
  plan?: string;
  organization_id?: string | null;
  /** Some answers carry the Salesforce API version at the top level (plugin test fixtures). */
  api_version?: string;
  sf_info?: { organization_id?: string; api_version?: string } | null;
  features?: Record<string, unknown>;
  logplex_log_enabled?: boolean;
  mappings: MappingDetail[];
}

/** A mapping file: the document `heroku connect:export` writes and `actions/import` takes. */
export interface ExportDocument {
  mappings: ExportMapping[];
  connection?: Record<string, unknown>;
  version?: unknown;
  [key: string]: unknown;
}

export interface ExportMapping {
  object_name: string;
  config?: Record<string, unknown>;
  [key: string]: unknown;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unexpected(what: string, problem: string): RemoteFailure {
  return new RemoteFailure('Heroku Connect', 'answered', `Heroku Connect's answer to ${what} is not what its API returns (${problem}).`);
}

export function parseSearch(body: unknown, what: string): DiscoveredConnection[] {
  if (!isRecord(body) || !Array.isArray(body.results)) throw unexpected(what, 'no "results" list');
  return body.results.map((result, i) => {
    if (!isRecord(result)) throw unexpected(what, `result ${i + 1} is not an object`);
    for (const key of ['id', 'region_url', 'detail_url'] as const) {
      if (typeof result[key] !== 'string' || result[key] === '') throw unexpected(what, `result ${i + 1} has no "${key}"`);
    }
    return {
      id: result.id as string,
      resource_name: typeof result.resource_name === 'string' ? result.resource_name : '',
      app_name: typeof result.app_name === 'string' ? result.app_name : '',
      region_url: result.region_url as string,
      detail_url: result.detail_url as string,
    };
  });
}

export function parseDetail(body: unknown, what: string): ConnectionDetail {
  if (!isRecord(body) || typeof body.state !== 'string') throw unexpected(what, 'no connection "state"');
  if (!Array.isArray(body.mappings)) throw unexpected(what, 'no "mappings" list');
  body.mappings.forEach((mapping, i) => {
    if (!isRecord(mapping) || typeof mapping.object_name !== 'string' || typeof mapping.state !== 'string') {
      throw unexpected(what, `mapping ${i + 1} has no "object_name" or "state"`);
    }
  });
  return body as unknown as ConnectionDetail;
}

export function parseExport(body: unknown, what: string): ExportDocument {
  if (!isRecord(body) || !Array.isArray(body.mappings)) throw unexpected(what, 'no "mappings" list');
  return body as ExportDocument;
}
