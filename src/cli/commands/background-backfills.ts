import type { ArticleStore } from '../../store/article-store.js';

/**
 * Run what the store's migrations left for after open (`ArticleStore.finishBackfills`) in the
 * background of a server: a progress line on stderr after its first batch, then at most every 10 s and when it ends; a failure
 * is reported, not thrown (the next start resumes from the last committed batch).
 */
export function finishBackfillsInBackground(
  store: ArticleStore,
  label: string,
  write: (line: string) => void = (line) => process.stderr.write(line),
): Promise<void> {
  if (!store.finishBackfills) return Promise.resolve();
  const started = performance.now();
  let lastAt = -Infinity;
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  return store
    .finishBackfills(({ done, total }) => {
      const now = performance.now();
      if (done < total && now - lastAt < 10_000) return;
      lastAt = now;
      const share = total ? Math.floor((100 * done) / total) : 100;
      write(
        `${label}: search index by day ${done.toLocaleString('en')}/${total.toLocaleString('en')} articles (${share}%), ${seconds()} s${done >= total ? ', complete' : ''}\n`,
      );
    })
    .catch((error: unknown) =>
      write(
        `${label}: search index by day stopped (${(error as Error).message}); the next start resumes it\n`,
      ),
    );
}
