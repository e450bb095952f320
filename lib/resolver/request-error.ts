import { t } from '../i18n';

export type RequestErrorCode =
  | 'user-id-missing'
  | 'user-id-not-number'
  | 'user-id-not-integer'
  | 'user-id-not-positive'
  | 'user-id-too-large'
  | 'user-id-not-digits'
  | 'user-id-leading-zero'
  | 'opt-out-missing'
  | 'spec-unrecognized'
  | 'spec-invalid'
  | 'spec-ref-unresolved'
  | 'spec-ref-cycle'
  | 'spec-too-deep'
  | 'spec-no-example'
  | 'placeholder-none'
  | 'placeholder-ambiguous'
  | 'pasted-not-json';

/** A request that must not be sent; `message` is the user-facing sentence naming the problem. */
export class RequestBuildError extends Error {
  readonly code: RequestErrorCode;

  constructor(code: RequestErrorCode, vars: Record<string, string | number> = {}) {
    super(t(`request.${code}`, vars));
    this.name = 'RequestBuildError';
    this.code = code;
  }
}
