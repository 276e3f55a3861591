import type { ErrorObject } from 'ajv';

export interface ExportValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
export declare const validate: ExportValidator;
export default validate;
