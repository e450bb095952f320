/** Building MFA requests from the page's API description, and checking what a person typed. */
export { actionOperationAmong, type ActionOperation } from './action-operation';
export { actionRequestBuilder, builtInPlan, checkActionInput, type RequestPlan } from './build-request';
export { looksLikeEmail } from './email';
export { RequestBuildError, type RequestErrorCode } from './request-error';
export { isApiDescription } from './spec-document';
export { checkUserId, parseUserId } from './user-id';
