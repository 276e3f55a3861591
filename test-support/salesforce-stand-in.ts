import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import { listen, stop } from '../src/stand-in/http.js';

/** What the stand-in does instead of answering normally. */
export type Fault =
  /** Answers `status` with a Salesforce error body (errorCode defaults to SCRIPTED_FAULT), before the token is checked. */
  | { kind: 'status'; status: number; retryAfter?: string; errorCode?: string }
  /** Destroys the socket without answering, as a dropped connection does. */
  | { kind: 'drop' }
  /** Answers normally, but only after `ms`. */
  | { kind: 'delay'; ms: number }
  /** Never answers: the request stays open until the client gives up. */
  | { kind: 'hang' };

/**
 * Applies `fault` to requests that match: for `object` (case-insensitive) or the `request`-th request
 * overall (1-based, counting every request), or to every request when neither is given; `times` matches
 * at most (default 1, Infinity for always).
 */
export interface FaultRule {
  object?: string;
  request?: number;
  times?: number;
  fault: Fault;
}

/** An sObject describe as Salesforce returns it; the global describe lists each without its fields. */
export interface StandInDescribe {
  name: string;
  fields?: unknown;
  [property: string]: unknown;
}

export interface StandInOptions {
  /** The access token the stand-in accepts. */
  token: string;
  /** sObject describes as Salesforce returns them, served by their `name`. */
  describes: readonly StandInDescribe[];
  faults?: readonly FaultRule[];
  /** Added to every answer, so that concurrent requests overlap. */
  latencyMs?: number;
  /** Called when a `hang` fault holds a request: a test's fake clock then moves on to the client's timeout. */
  onHang?: () => void;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** Date.now() when the request arrived. */
  time: number;
}

export interface SalesforceStandIn {
  url: string;
  requests: RecordedRequest[];
  /** The most requests the stand-in was answering at once. */
  readonly maxConcurrent: number;
  close(): Promise<void>;
}

const API_PATH = /^\/services\/data\/v\d+\.\d+\/sobjects\/(?:([^/]+)\/describe\/?)?$/;

/** A local Salesforce REST API for tests: global and sObject describes, Bearer auth, and scripted faults. */
export async function startSalesforceStandIn(options: StandInOptions): Promise<SalesforceStandIn> {
  const describes = new Map(options.describes.map((describe) => [describe.name.toLowerCase(), describe]));
  const rules = (options.faults ?? []).map((rule) => ({ ...rule, left: rule.times ?? 1 }));
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let active = 0;
  let maxConcurrent = 0;

  const later = (ms: number, action: () => void): void => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      action();
    }, ms);
    timers.add(timer);
  };

  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({ method: request.method ?? 'GET', path, headers: request.headers, time: Date.now() });
    active++;
    maxConcurrent = Math.max(maxConcurrent, active);
    response.once('close', () => active--);

    const route = API_PATH.exec(path.split('?')[0]!);
    const object = route?.[1] === undefined ? undefined : decodeURIComponent(route[1]);
    const describe = object === undefined ? undefined : describes.get(object.toLowerCase());
    const rule = rules.find(
      (candidate) =>
        candidate.left > 0 &&
        (candidate.object === undefined || candidate.object.toLowerCase() === object?.toLowerCase()) &&
        (candidate.request === undefined || candidate.request === requests.length),
    );
    if (rule) rule.left--;
    const fault = rule?.fault;
    if (fault?.kind === 'drop') {
      request.socket.destroy();
      return;
    }
    if (fault?.kind === 'hang') {
      options.onHang?.();
      return;
    }
    const answer = (): void => {
      if (fault?.kind === 'status') {
        const headers: Record<string, string> = fault.retryAfter === undefined ? {} : { 'Retry-After': fault.retryAfter };
        send(response, fault.status, [{ errorCode: fault.errorCode ?? 'SCRIPTED_FAULT', message: `Scripted fault ${fault.status}` }], headers);
      } else if (request.headers.authorization !== `Bearer ${options.token}`) {
        send(response, 401, [{ errorCode: 'INVALID_SESSION_ID', message: 'Session expired or invalid' }]);
      } else if (route && object === undefined) {
        send(response, 200, { encoding: 'UTF-8', maxBatchSize: 200, sobjects: [...describes.values()].map(({ fields: _fields, ...flags }) => flags) });
      } else if (describe) {
        send(response, 200, describe);
      } else {
        send(response, 404, [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }]);
      }
    };
    later((options.latencyMs ?? 0) + (fault?.kind === 'delay' ? fault.ms : 0), answer);
  });

  return {
    url: await listen(server),
    requests,
    get maxConcurrent() {
      return maxConcurrent;
    },
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      await stop(server);
    },
  };
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  // The client may have given up (a timeout) and closed the connection while the answer was delayed.
  if (response.destroyed) return;
  response.writeHead(status, { 'Content-Type': 'application/json;charset=UTF-8', ...headers });
  response.end(JSON.stringify(body));
}
