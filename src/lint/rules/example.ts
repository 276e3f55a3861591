import type { HerokuPlan } from '../../core/types.js';
import type { DescribedObject } from '../describe/types.js';

/** Where in RuleExample.around the bad or good fragment goes. */
export const EXAMPLE = '$EXAMPLE';

/**
 * How a rule's bad and good fragments run: the whole file around them, and the facts the rule needs.
 * The rule tests lint both through the engine: bad must fire the rule and good must not.
 */
export interface RuleExample {
  /** The file the fragment is linted as, with EXAMPLE where the fragment goes. */
  around: string;
  /** Its name; the extension picks the parser. */
  file?: string;
  describe?: readonly DescribedObject[];
  herokuPlan?: HerokuPlan;
}

/**
 * A fragment that cannot run as it is shown, and why: it stands for a file too large to show, or for
 * something outside a mapping file. Its rule's fixtures cover it instead.
 */
export interface UnrunnableExample {
  unrunnable: string;
}

/** The fragment is the whole file. */
export const AS_FILE: RuleExample = { around: EXAMPLE };
/** The fragment is top-level properties (mappings, connection). */
export const IN_FILE: RuleExample = { around: `{ ${EXAMPLE} }` };
/** The fragment is one mapping. */
export const AS_MAPPING: RuleExample = { around: `{ "mappings": [ ${EXAMPLE} ] }` };
/** The fragment is the properties of one mapping. */
export const IN_MAPPING: RuleExample = { around: `{ "mappings": [ { ${EXAMPLE} } ] }` };

/** The fragment is the config property of a mapping of objectName. */
export function inMappingOf(objectName: string, facts: Omit<RuleExample, 'around'> = {}): RuleExample {
  return { ...facts, around: `{ "mappings": [ { "object_name": ${JSON.stringify(objectName)}, ${EXAMPLE} } ] }` };
}

/** The fragment is properties of the config of a mapping of objectName, whose access is given. */
export function inConfigOf(objectName: string, access: 'read_only' | 'read_write', facts: Omit<RuleExample, 'around'> = {}): RuleExample {
  return { ...facts, around: `{ "mappings": [ { "object_name": ${JSON.stringify(objectName)}, "config": { "access": "${access}", ${EXAMPLE} } } ] }` };
}
