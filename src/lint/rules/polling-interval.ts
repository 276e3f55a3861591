import type { MappingRule } from './rule.js';
import { inConfigOf } from './example.js';
import { configLocation } from './support.js';

const PAID_MINIMUM_MINUTES = 2;
const DEMO_MINIMUM_MINUTES = 10;
const MAXIMUM_MINUTES = 60;

/** Every message this rule reports: the rule reference lists them. */
const messages = {
  notWholeMinutes: (d: { seconds: string; range: string; nearest: string }) =>
    `sf_polling_seconds is ${d.seconds}, which is not a whole number of minutes. Use a multiple of 60 from ${d.range}, such as ${d.nearest}.`,
  outOfRange: (d: { seconds: string; range: string }) => `sf_polling_seconds is ${d.seconds}, outside ${d.range}. Set it within that range.`,
};

export const pollingInterval: MappingRule = {
  id: 'polling-interval',
  scope: 'mapping',
  defaultLevel: 'error',
  messages,
  docs: {
    summary: '`sf_polling_seconds` is not a whole number of minutes between 2 and 60 (10 to 60 on the demo plan).',
    why: 'Connect polls Salesforce at intervals set in whole minutes within that range; other values are not a setting Connect can run with.',
    source:
      'Heroku Dev Center, Mapping Configuration Options, "Standard polling": "from 2 minutes (10 minutes on the demo plan) to 60 minutes", changed "in 1-minute steps"; Heroku Connect plans: demo has "a minimum polling interval of 10 minutes".',
    bad: '"sf_polling_seconds": 90',
    good: '"sf_polling_seconds": 120',
    example: inConfigOf('Account', 'read_only'),
    silentWhen: ['`sf_polling_seconds` is not a whole number (a string, a fraction): `schema` reports the type.'],
  },
  check(mapping) {
    const seconds = mapping.config?.sf_polling_seconds;
    if (typeof seconds !== 'number' || !Number.isInteger(seconds)) return [];
    const demo = mapping.document.herokuPlan === 'demo';
    const minimum = demo ? DEMO_MINIMUM_MINUTES : PAID_MINIMUM_MINUTES;
    const range = `${minimum * 60} to ${MAXIMUM_MINUTES * 60} seconds (${minimum} to ${MAXIMUM_MINUTES} minutes${demo ? ' on the demo plan' : ''})`;
    if (seconds % 60 !== 0) {
      const nearest = Math.min(MAXIMUM_MINUTES, Math.max(minimum, Math.round(seconds / 60))) * 60;
      return [{ ...configLocation(mapping, 'sf_polling_seconds'), message: messages.notWholeMinutes({ seconds: String(seconds), range, nearest: String(nearest) }) }];
    }
    if (seconds < minimum * 60 || seconds > MAXIMUM_MINUTES * 60) {
      return [{ ...configLocation(mapping, 'sf_polling_seconds'), message: messages.outOfRange({ seconds: String(seconds), range }) }];
    }
    return [];
  },
};
