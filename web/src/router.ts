import { useEffect, useState } from 'preact/hooks';

/** Current path + query of the page (history-API routing, so every view has a permalink). */
export function useLocation(): URL {
  const [href, setHref] = useState(location.href);
  useEffect(() => {
    const update = () => setHref(location.href);
    addEventListener('popstate', update);
    addEventListener('entente:navigate', update);
    return () => {
      removeEventListener('popstate', update);
      removeEventListener('entente:navigate', update);
    };
  }, []);
  return new URL(href);
}

/** Go to a path inside the app without reloading. */
export function navigate(path: string): void {
  history.pushState(null, '', path);
  dispatchEvent(new Event('entente:navigate'));
  window.scrollTo(0, 0);
}

/** Click handler for in-app links: plain left clicks navigate in place. */
export function onLinkClick(event: MouseEvent): void {
  const anchor = (event.target as HTMLElement).closest('a');
  if (
    !anchor ||
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey
  )
    return;
  const url = new URL(anchor.href, location.href);
  if (
    url.origin !== location.origin ||
    url.pathname.startsWith('/api/') ||
    anchor.target ||
    anchor.hasAttribute('download')
  )
    return;
  event.preventDefault();
  navigate(url.pathname + url.search);
}
