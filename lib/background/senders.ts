// Who sent a message, from what the browser says of the sender (never from the message).
import type { Browser } from 'wxt/browser';
import type { SenderInfo } from '../messaging/requests';

/** The in-page control's writing half: an extension page framed into web pages (entrypoints/control-frame). */
export const CONTROL_FRAME_PAGE = 'control-frame.html';

/** The sender, or undefined when the message is not from Skinmark's own scripts and pages. */
export function senderInfo(sender: Browser.runtime.MessageSender, runtimeId: string, extensionOrigin: string): SenderInfo | undefined {
  if (sender.id !== runtimeId) return undefined;
  const ownPage = !!sender.url?.startsWith(extensionOrigin);
  // An extension page inside a web page's tab is a frame Skinmark put there (or one a page put
  // there: the control frame proves itself with a ticket before it may write).
  const inWebTab = !!sender.tab?.url && !sender.tab.url.startsWith(extensionOrigin);
  const path = ownPage ? sender.url!.slice(extensionOrigin.length).replace(/[?#].*$/, '') : '';
  return {
    fromExtensionPage: ownPage && !inWebTab,
    fromControlFrame: ownPage && inWebTab && path === CONTROL_FRAME_PAGE,
    tabId: sender.tab?.id,
    frameId: sender.frameId,
    url: sender.url,
  };
}
