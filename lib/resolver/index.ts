/** Building MFA requests from the page's API description, and checking what a person typed. */
export { actionOperationAmong, type ActionOperation } from './action-operation';
export { actionRequestBuilder, builtInPlan, checkActionInput, type RequestPlan } from './build-request';
export { looksLikeEmail } from './email';
export { RequestBuildError } from './request-error';
export { parseUserId } from './user-id';
