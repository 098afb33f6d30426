import { useId, useState } from 'react';

/**
 * Whether a card's details are open: the selected claim's open by themselves, the others
 * collapsed (so that long lists stay compact) unless opened by hand; each new selection starts
 * over. Once opened the details stay mounted, hidden, so that a pending save is never lost.
 */
export function useDetailsDisclosure(selected: boolean) {
  const id = useId();
  const [chosen, setChosen] = useState<boolean | null>(null);
  const [followed, setFollowed] = useState(selected);
  const [mounted, setMounted] = useState(selected);
  if (followed !== selected) {
    setFollowed(selected);
    setChosen(null);
  }
  const open = chosen ?? selected;
  if (open && !mounted) setMounted(true);
  return { id, open, mounted: mounted || open, toggle: () => setChosen(!open) };
}
