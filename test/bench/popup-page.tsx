// The page the popup bench opens in Chromium: generates the dataset (not timed), then times the first render
// of <Popup> (React commit + style + layout) and leaves the figure on window.__popupBench.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { Popup } from '@/components/popup/Popup';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { generateArticles } from '@/test/fixtures/dataset/generate-articles';

declare global {
  interface Window {
    __popupBench?: { firstRenderMs: number; articles: number; listed: number };
  }
}

const count = Number(new URLSearchParams(location.search).get('count') ?? '500');
const articles = generateArticles(count);
const root = createRoot(document.getElementById('root')!);

const start = performance.now();
flushSync(() =>
  root.render(
    <Popup
      articles={articles}
      settings={DEFAULT_SETTINGS}
      loadPageReport={() => Promise.resolve(null)}
      onRevealMention={() => {}}
    />,
  ),
);
void document.body.offsetHeight; // style and layout are part of the first render
const firstRenderMs = performance.now() - start;

window.__popupBench = {
  firstRenderMs,
  articles: count,
  listed: document.querySelectorAll('[data-article-id]').length,
};
