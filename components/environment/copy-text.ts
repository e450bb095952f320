/**
 * Copies text for the admin. The Clipboard API exists only in secure contexts (the popup, the
 * options page, an https Resolver page); elsewhere the text is put in a temporary text field inside
 * `container` (our own UI: the panel's shadow root keeps the page out) and copied from its selection.
 */
export async function copyText(text: string, container: HTMLElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, the document not focused): try the selection below.
  }
  if (container === null) return false;
  const field = container.ownerDocument.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.className = 'mfa-visually-hidden';
  container.append(field);
  field.select();
  try {
    // Deprecated, but the only way to copy without the Clipboard API; absent in some documents.
    return container.ownerDocument.execCommand('copy');
  } catch {
    return false;
  } finally {
    field.remove();
  }
}
