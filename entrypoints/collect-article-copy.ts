// Injected by the background when the reader saves a page and a readable copy is wanted: the
// article as its page describes it, and its main block's HTML for the copy (lib/page/collect.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { collectArticle } from '../lib/page/collect';

export default defineUnlistedScript(() => collectArticle(true));
