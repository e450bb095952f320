/**
 * Mounts one of the helper's React UIs (the panel, the reminder notice) in a shadow root of its own
 * at the end of the page's body: page CSS cannot reach in, ours cannot leak out. Each shows itself
 * in the admin's chosen language, marked on its own container: the page's `lang` is the page's.
 */
import { createShadowRootUi, type ContentScriptContext } from '#imports';
import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { ChosenLanguage } from '@/components/ChosenLanguage';
import { sharedStores } from '@/lib/store-owner/owned-stores';
import { dropUntrustedEvents } from './drop-untrusted-events';
import themeCss from '@/components/theme.css?inline';
import panelCss from './panel.css?inline';
import noticeCss from './reminder-notice.css?inline';

/**
 * The views' stylesheets, in the shadow root itself: this module is not a content script entry, so
 * no content-script stylesheet is loaded for it, and nothing of ours reaches the page's document.
 * `:root` becomes `:host` as WXT does for a content script's own stylesheet: a shadow root has no
 * `:root`.
 */
const SHADOW_ROOT_CSS = [themeCss, panelCss, noticeCss].join('\n').replaceAll(':root', ':host');

export async function mountGuardedUi(ctx: ContentScriptContext, name: string, content: ReactNode): Promise<void> {
  const ui = await createShadowRootUi<Root>(ctx, {
    name,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    // Keystrokes typed in our UI must not reach the page's own keyboard handlers.
    isolateEvents: true,
    css: SHADOW_ROOT_CSS,
    onMount(container, shadowRoot) {
      // Page scripts can reach this open shadow root and dispatch events into it; registered
      // before React's root, so synthetic clicks, keys and input never reach our handlers.
      dropUntrustedEvents(shadowRoot);
      const root = createRoot(container);
      root.render(
        <ChosenLanguage settings={sharedStores().settings} onShown={(language) => container.setAttribute('lang', language)}>
          {content}
        </ChosenLanguage>,
      );
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  ui.mount();
}
