import path from 'node:path';
import { readConfined } from '../../core/fs/workspace.js';
import { isRecord } from '../../core/json.js';
import type { HerokuPlan } from '../../core/types.js';
import type { LintInputs } from '../inputs/read.js';

/** The Heroku Connect add-on's name in app.json's `addons`. */
const ADD_ON = 'herokuconnect';

/**
 * The add-on's plan names and the plan each is. Provisioning the add-on without a plan gives the
 * demo plan, Heroku's default for it; the enterprise plan "was called danketsu previously".
 */
const PLAN_OF_TIER: Readonly<Record<string, HerokuPlan>> = { demo: 'demo', enterprise: 'enterprise', danketsu: 'enterprise', shield: 'shield' };

/** An app.json is a few lines of settings; anything this large is not one, and is not read. */
export const MAX_APP_JSON_BYTES = 256 * 1024;

/**
 * The Heroku Connect plan that an app.json's top-level `addons` provisions: each entry is a plan
 * string ("herokuconnect" or "herokuconnect:enterprise") or an object with one (`{ "plan": ... }`).
 * Undefined when the file is not JSON, names no Heroku Connect add-on, names a plan not known here,
 * or names two plans: a plan is never guessed at.
 */
export function planFromAppJson(text: string): HerokuPlan | undefined {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return undefined;
  }
  const addons = isRecord(document) && Array.isArray(document.addons) ? (document.addons as unknown[]) : [];
  const plans = new Set<HerokuPlan | undefined>();
  for (const addon of addons) {
    const spec = typeof addon === 'string' ? addon : isRecord(addon) && typeof addon.plan === 'string' ? addon.plan : undefined;
    if (spec === undefined) continue;
    const [name, tier, ...rest] = spec.trim().toLowerCase().split(':');
    if (name !== ADD_ON) continue;
    plans.add(rest.length === 0 ? (tier === undefined || tier === '' ? 'demo' : PLAN_OF_TIER[tier]) : undefined);
  }
  const [plan] = plans;
  return plans.size === 1 ? plan : undefined;
}

/** The plan read from the workspace's app.json, and how to say where it came from. */
export interface PlanFromApp {
  plan: HerokuPlan;
  /** One line for the log: the plan, the file it came from, and how to override it. */
  note: string;
}

/**
 * The plan of the app.json at the root the run lints in (the repository of a Heroku app keeps it
 * there), read confined to that root and bounded. Undefined when there is none or it says nothing
 * certain: a file that is not there or cannot be read is not the lint's to report.
 */
export async function planFromWorkspace(root: string, overrideWith: string): Promise<PlanFromApp | undefined> {
  const read = readConfined(path.join(root, 'app.json'), root, MAX_APP_JSON_BYTES);
  if (!read.ok) return undefined;
  const plan = planFromAppJson(read.bytes.toString('utf8'));
  if (plan === undefined) return undefined;
  const why = plan === 'demo' ? ", the add-on's default when app.json names no plan" : '';
  return { plan, note: `Heroku Connect plan: ${plan}, from the herokuconnect add-on in app.json${why}. Set ${overrideWith} to lint for another plan.` };
}

/**
 * The inputs with the plan of the workspace's app.json when neither an input nor the configuration
 * file sets one; `say` gets the line that says where the plan came from.
 */
export async function withPlanFromAppJson(inputs: LintInputs, root: string, overrideWith: string, say: (note: string) => void): Promise<LintInputs> {
  if (inputs.herokuPlan !== undefined) return inputs;
  const found = await planFromWorkspace(root, overrideWith);
  if (found === undefined) return inputs;
  say(found.note);
  return { ...inputs, herokuPlan: found.plan };
}
