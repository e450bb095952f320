/**
 * The helper's lifetime: WXT's ContentScriptContext without its "a newer copy started" handshake.
 *
 * WXT stops a running content script when the document receives a CustomEvent named
 * `<extension id>:<entrypoint>:wxt:content-script-started` whose detail names the script's
 * context (wxt/utils/content-script-context: stopOldScripts, listenForNewerScripts). Every part
 * of it is public (the extension id shows in any web-accessible URL, the context name is the
 * panel's element name), and the page shares our DOM, so a page could dispatch it and switch the
 * helper off in its tab. The helper needs no such handshake: one copy runs per world
 * (lib/helper-run-once.ts), and a copy an extension update left behind is found invalid
 * (`isValid` reads `browser.runtime.id`) when the new one starts. So this context neither
 * announces itself nor listens. helper-context.test.ts fails if WXT changes the mechanism.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';

export class HelperContext extends ContentScriptContext {
  /** WXT's: tells older copies to stop, by a document event any page can also send. Not used. */
  override stopOldScripts(): void {}

  /** WXT's: stops this copy on that document event, which a page can forge. Not used. */
  override listenForNewerScripts(): void {}
}
