import type { ErrorObject } from 'ajv';

export interface AnswerValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
export declare const validatePullFiles: AnswerValidator;
export declare const validateContent: AnswerValidator;
export declare const validateComments: AnswerValidator;
export declare const validateComment: AnswerValidator;
export declare const validateIssues: AnswerValidator;
export declare const validateIssue: AnswerValidator;
