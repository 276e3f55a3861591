import type { JsonPath, Level, HerokuPlan } from '../../core/types.js';
import type { ObjectFacts } from '../catalog/facts.js';
import type { RuleExample, UnrunnableExample } from './example.js';
import type { Edit } from '../fix/edit.js';

/**
 * What a rule reports: where (a path into the document, and whether the key or the value is meant)
 * and what. The engine turns the path into a line and column, and only when there is something to
 * report, so clean files never pay for position tracking.
 */
export interface Report {
  path: JsonPath;
  /** 'key' points at the property name, 'value' (the default) at its value. */
  at?: 'key' | 'value';
  message: string;
  /** The edits that fix it for certain, from a rule that declares `fixable`: `lint --fix` makes them. */
  fix?: readonly Edit[];
}

export interface RuleDocs {
  /** One line: what the rule reports. */
  summary: string;
  /** Why it matters: what Heroku Connect does with such a mapping. */
  why: string;
  /** The documented fact the rule rests on, with where it is written. */
  source: string;
  /** A minimal mapping fragment that breaks the rule, and the same fragment fixed. */
  bad: string;
  good: string;
  /** How bad and good are linted by the rule tests. */
  example: RuleExample | UnrunnableExample;
  /**
   * When the rule deliberately says nothing although the mapping looks like its case: another rule
   * reports the cause, or the rule lacks the facts to be sure. Users read this to tell a silence
   * from a miss.
   */
  silentWhen?: readonly string[];
}

/**
 * The messages a rule reports, by name: each a function of the values that differ between findings,
 * every value already worded, so that the rule reference can show each message with its values named.
 */
export type RuleMessages = Readonly<Record<string, (data: never) => string>>;

interface RuleBase {
  id: string;
  defaultLevel: Level;
  docs: RuleDocs;
  /**
   * Set when some of its findings carry a fix (as ESLint's `meta.fixable`): what `lint --fix` does
   * about them, and when it leaves one alone, for the rule reference. The engine refuses a fix
   * from a rule without it.
   */
  fixable?: string;
}

/** A mapping as the rules see it: only mappings whose object_name is a string are checked. */
export interface MappingContext {
  index: number;
  /** ['mappings', index] */
  path: JsonPath;
  objectName: string;
  /** The config object, or undefined when it is missing or not an object (the schema rule reports that). */
  config: Record<string, unknown> | undefined;
  /** Keys of config.fields when it is an object, in file order. */
  fields: readonly string[] | undefined;
  /** config.indexes when it is an object. */
  indexes: Record<string, unknown> | undefined;
  /** config.access when it is one of the two valid values. */
  access: 'read_only' | 'read_write' | undefined;
  /** What is known about the object: catalog facts, overridden by describe data when given. */
  facts: ObjectFacts;
  document: DocumentContext;
}

export interface DocumentContext {
  /** The parsed document, as JSON.parse (or YAML) returned it. Untyped: the schema rule checks shape. */
  root: unknown;
  mappings: MappingContext[];
  /** Number of entries in the mappings array (including ones the rules skip). */
  mappingCount: number;
  connection: {
    /** connection.api_version as a number, when it is a well-formed version string. */
    apiVersion?: number;
    features: Record<string, unknown>;
  };
  herokuPlan?: HerokuPlan;
  /** True when describe data (files or live) was given: rules that need it stay silent otherwise. */
  hasDescribe: boolean;
}

export interface MappingRule extends RuleBase {
  scope: 'mapping';
  messages: RuleMessages;
  /**
   * The rule concludes from what the field list leaves out ("does not map Id"). When the schema
   * rule reports the config or its fields as mis-shaped (a missing config, fields that are not an
   * object), what the mapping maps cannot be read, so the engine does not run it: the shape error
   * is the one finding of that cause.
   */
  readsFieldList?: true;
  check(mapping: MappingContext): Report[];
}

export interface DocumentRule extends RuleBase {
  scope: 'document';
  messages: RuleMessages;
  check(document: DocumentContext): Report[];
}

/**
 * Rules whose findings come from the parser or the schema validator rather than from a check
 * function. They are still listed so that their level can be set and their docs published.
 */
export interface BuiltinRule extends RuleBase {
  scope: 'builtin';
}

export type Rule = MappingRule | DocumentRule | BuiltinRule;
