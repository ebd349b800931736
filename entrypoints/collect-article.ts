// Injected by the background when the reader saves a page and no readable copy is wanted (copies
// are off, or the article has one): the article as its page describes it (lib/page/collect.ts).
// Its result is what the background's executeScript call receives.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { collectArticle } from '../lib/page/collect';

export default defineUnlistedScript(() => collectArticle(false));
