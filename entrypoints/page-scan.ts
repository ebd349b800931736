// The scanner, injected by the background into a page whose first look (./first-look) passed. The
// background's answer to that first look brings the lexicon and the reader's settings; the page
// controller (lib/page/controller.ts) then owns the page: it decides, highlights a skincare article
// and reports it (the background injects the in-page control), and follows the page from there.
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { matcherFrom } from '../lib/lexicon/matcher';
import type { Result } from '../lib/model';
import { startPageController } from '../lib/page/controller';
import { handoff, type CandidateAnswer } from '../lib/page/handoff';
import { contentTimings, timed } from '../lib/page/timings';
import { settingsFromStorageChange } from '../lib/shared/settings';

const send = (message: unknown) => browser.runtime.sendMessage(message);

// Returns at once: the background's executeScript waits for a returned promise, and the answer
// this script waits for is the background's reply, sent after that call returns.
export default defineUnlistedScript(() => void scan());

async function scan(): Promise<void> {
  const shared = handoff();
  // Injected once per frame; a second request (two candidates in quick succession) finds it running.
  if (shared.scanning) return;
  shared.scanning = true;
  const start = shared.start;
  shared.start = undefined;
  const answer: CandidateAnswer = await (start?.answer ??
    send({ type: 'page/candidate' }).then(
      (result) => ((result as Result<CandidateAnswer> | undefined)?.ok ? (result as { value: CandidateAnswer }).value : false),
      () => false,
    ));
  if (!answer) {
    // A site the reader blocked: nothing is read, and the first look may ask again on a new route.
    shared.scanning = false;
    return;
  }
  const { matcher, names } = timed('setup', () => ({
    matcher: matcherFrom(answer.lexicon),
    names: new Map(answer.lexicon.entries.map((e) => [e.id, e.name])),
  }));
  const controller = startPageController(
    {
      window,
      matcher,
      names,
      settings: answer.settings,
      send,
      watchSettings(listener, signal) {
        // The storage event itself, not the settings store: that library would double this script.
        const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
          const next = settingsFromStorageChange(changes, area);
          if (next) listener(next);
        };
        browser.storage.onChanged.addListener(onChanged);
        signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
      },
    },
    { routeChanged: start?.routeChanged },
  );
  // Skinmark updated or removed since the page loaded: leave the page as it was when it is next seen.
  document.addEventListener('visibilitychange', () => !browser.runtime?.id && controller.stop(), { signal: controller.signal });
  contentTimings().done = true;
}
