import type { ErrorObject } from 'ajv';

export interface AnswerValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
export declare const validateSearch: AnswerValidator;
export declare const validateLink: AnswerValidator;
export declare const validateDetail: AnswerValidator;
export declare const validateExport: AnswerValidator;
export declare const validateValidationStart: AnswerValidator;
export declare const validateValidation: AnswerValidator;
export declare const validateWriteErrors: AnswerValidator;
export declare const validateNotifications: AnswerValidator;
export declare const validateSchemaDiff: AnswerValidator;
export declare const validateApiVersionChange: AnswerValidator;
