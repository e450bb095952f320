/** The exact request about to be sent, and where its body came from. */
import { sourceWords } from '@/lib/request-source-words';
import { t } from '@/lib/i18n';
import type { PreparedRequest } from '@/lib/protocol';

function prettyBody(body: unknown): string {
  return body === undefined ? t('ui.request.noBody') : JSON.stringify(body, null, 2);
}

export function RequestPreview({ request }: { request: PreparedRequest }) {
  return (
    <figure className="mfa-request">
      <figcaption className="mfa-request__caption">{t('ui.request.heading')}</figcaption>
      <code className="mfa-request__line">
        {request.method} {request.path}
      </code>
      {/* A <pre> cannot carry a name of its own (ARIA prohibits naming a generic element, and
          screen readers drop it); as a group it keeps "Request body" as its name. */}
      <pre className="mfa-request__body" role="group" aria-label={t('ui.request.body')}>
        {prettyBody(request.body)}
      </pre>
      <p className="mfa-hint">{sourceWords(request.source, request.description)}</p>
    </figure>
  );
}
