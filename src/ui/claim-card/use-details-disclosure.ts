import { useId, useState } from 'react';

/**
 * Whether a card's details are open: closed until opened by hand (so that the selected card
 * stays short enough to show whole), and closed again when the card is selected or left. Once
 * opened the details stay mounted, hidden, so that a pending save is never lost.
 */
export function useDetailsDisclosure(selected: boolean) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [followed, setFollowed] = useState(selected);
  const [mounted, setMounted] = useState(false);
  if (followed !== selected) {
    setFollowed(selected);
    setOpen(false);
  }
  if (open && !mounted) setMounted(true);
  return { id, open, mounted: mounted || open, toggle: () => setOpen(!open) };
}
