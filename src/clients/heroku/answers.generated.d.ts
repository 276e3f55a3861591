import type { ErrorObject } from 'ajv';

export interface AnswerValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
export declare const validateConfigVars: AnswerValidator;
