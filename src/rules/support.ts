import type { MappingContext, Report } from '../lint/rule.js';

/** Where rules about the field list point: the `fields` key, or object_name when there is no field list. */
export function fieldsLocation(mapping: MappingContext): Pick<Report, 'path' | 'at'> {
  return mapping.fields ? { path: [...mapping.path, 'config', 'fields'], at: 'key' } : { path: [...mapping.path, 'object_name'] };
}

/** Where object-level rules point: the object_name value. */
export function objectLocation(mapping: MappingContext): Pick<Report, 'path'> {
  return { path: [...mapping.path, 'object_name'] };
}

export function fieldLocation(mapping: MappingContext, field: string): Pick<Report, 'path' | 'at'> {
  return { path: [...mapping.path, 'config', 'fields', field], at: 'key' };
}

export function configLocation(mapping: MappingContext, key: string): Pick<Report, 'path'> {
  return { path: [...mapping.path, 'config', key] };
}
