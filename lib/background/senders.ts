// Who sent a message, from what the browser says of the sender (never from the message).
import type { Browser } from 'wxt/browser';
import type { SenderInfo } from '../messaging/requests';

/** The sender, or undefined when the message is not from Skinmark's own scripts and pages. */
export function senderInfo(sender: Browser.runtime.MessageSender, runtimeId: string, extensionOrigin: string): SenderInfo | undefined {
  if (sender.id !== runtimeId) return undefined;
  return {
    fromExtensionPage: !!sender.url?.startsWith(extensionOrigin) && !sender.tab?.url?.startsWith('http'),
    tabId: sender.tab?.id,
    frameId: sender.frameId,
    url: sender.url,
  };
}
