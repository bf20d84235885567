import type { PageTextGroup } from '@relais/admin-i18n';
import { loadTexts } from '@relais/admin-i18n';
import { PageSkeleton } from '@relais/admin-ui';
import type { ComponentType } from 'react';
import { Suspense, lazy } from 'react';

/** A module of ./pages: each names its route's page `Page`, so that the page and its libraries form a chunk of their own. */
export interface PageModule<P> {
  Page: ComponentType<P>;
}

const lazyPages = new WeakSet<object>();
const namedTexts = new Set<PageTextGroup>();

/**
 * A route's page whose code loads the first time it is shown, with the groups of texts it shows
 * beyond the app's base (BASE_GROUPS), fetched alongside its code: both at once, then the page.
 * Until then its place, inside the app's frame, shows skeletons: the header and navigation stay,
 * nothing goes blank. A text of a group not named here is reported missing (a console error).
 */
export function lazyPage<P extends object>(load: () => Promise<PageModule<P>>, texts: readonly PageTextGroup[]): ComponentType<P> {
  for (const group of texts) namedTexts.add(group);
  const Page = lazy(async () => {
    const [module] = await Promise.all([load(), loadTexts(texts)]);
    return { default: module.Page };
  });
  const LazyPage = (props: P) => (
    <Suspense fallback={<PageSkeleton />}>
      <Page {...props} />
    </Suspense>
  );
  lazyPages.add(LazyPage);
  return LazyPage;
}

/** Whether a component came from lazyPage: the router's test holds every page to it. */
export function isLazyPage(component: unknown): boolean {
  return typeof component === 'function' && lazyPages.has(component);
}

/** Every group of texts some page names: a unit test holds each group to the base or to a page. */
export function pageTextGroups(): ReadonlySet<PageTextGroup> {
  return namedTexts;
}
