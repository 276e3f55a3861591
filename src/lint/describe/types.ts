/**
 * Salesforce describe data, reduced to what the rules use. Loaded from snapshot files
 * (REST sObject describe, global describe, `sf sobject describe --json`) or fetched live.
 */
export interface DescribedField {
  name: string;
  type?: string;
  /** The text length of a string-like field: its column's varchar length. */
  length?: number;
  externalId?: boolean;
  unique?: boolean;
  createable?: boolean;
  updateable?: boolean;
  nillable?: boolean;
  defaultedOnCreate?: boolean;
  calculated?: boolean;
  referenceTo?: string[];
  relationshipName?: string | null;
  compoundFieldName?: string | null;
}

export interface DescribedObject {
  name: string;
  queryable?: boolean;
  updateable?: boolean;
  createable?: boolean;
  custom?: boolean;
  /** Present only for a full sObject describe; a global describe entry has object-level flags only. */
  fields?: DescribedField[];
}

/** Describe data by object name, compared case-insensitively as Salesforce does. */
export class DescribeIndex {
  private readonly objects = new Map<string, DescribedObject>();

  get size(): number {
    return this.objects.size;
  }

  /** A later full describe refines an earlier global-describe entry; flags given twice keep the newest. */
  add(object: DescribedObject): void {
    const key = object.name.toLowerCase();
    const known = this.objects.get(key);
    this.objects.set(key, known ? { ...known, ...definedOnly(object), fields: object.fields ?? known.fields } : object);
  }

  get(name: string): DescribedObject | undefined {
    return this.objects.get(name.toLowerCase());
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
