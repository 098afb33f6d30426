import { useUiStore } from '../../store/ui-store';

/**
 * Opens an article at one of its claims: selected at once, and the reader scrolls to it as soon
 * as its claims are painted.
 */
export function openClaimInArticle(articleId: string, claimId: string): void {
  const { navigate, selectClaim } = useUiStore.getState();
  // navigate() clears the selection, so the claim is selected after it.
  navigate({ name: 'article', articleId });
  selectClaim(claimId, { scroll: true });
}
