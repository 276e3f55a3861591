import type { HerokuPlan } from '../../core/types.js';
import { isRecord } from '../../core/json.js';

/** The Heroku Connect add-on's plan names by tier; enterprise was called danketsu before. */
const PLAN_OF_TIER: Readonly<Record<string, HerokuPlan>> = { demo: 'demo', enterprise: 'enterprise', danketsu: 'enterprise', shield: 'shield' };

/**
 * The Heroku Connect plan an app.json provisions: its `addons` entry for `herokuconnect` (a string,
 * or an object's `plan`), whose tier after the colon names the plan. No tier is the demo plan, the
 * add-on's default. Undefined when the text is not JSON, names no such add-on, or names a tier
 * that is none of the known plans (not guessed at). `where` says it for a message:
 * `app.json (addons: "herokuconnect:enterprise")`.
 */
export function planFromAppJson(text: string): { plan: HerokuPlan; where: string } | undefined {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return undefined;
  }
  const addons: unknown[] = isRecord(document) && Array.isArray(document.addons) ? document.addons : [];
  for (const addon of addons) {
    const name = typeof addon === 'string' ? addon : isRecord(addon) && typeof addon.plan === 'string' ? addon.plan : undefined;
    const match = name === undefined ? null : /^herokuconnect(?::(.*))?$/.exec(name.trim());
    if (!match) continue;
    const plan = match[1] === undefined ? 'demo' : PLAN_OF_TIER[match[1].trim().toLowerCase()];
    return plan === undefined ? undefined : { plan, where: `app.json (addons: ${JSON.stringify(name)})` };
  }
  return undefined;
}
