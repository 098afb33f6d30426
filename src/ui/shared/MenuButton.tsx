import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/** One entry of a menu. */
export interface MenuEntry {
  key: string;
  /** What the entry says (translated). */
  label: ReactNode;
  onSelect: () => void;
  disabled?: boolean;
}

interface Props {
  /** The button's accessible name and the menu's (translated). */
  label: string;
  /** What the button shows, when not its label; its text is the button's name. */
  face?: ReactNode;
  /** The face is a symbol: the button is named by its label instead. */
  symbol?: boolean;
  entries: MenuEntry[];
  /** The button's classes. */
  className?: string;
}

/**
 * A button that opens a menu of actions: arrows move between them, Escape and a click outside
 * close it, and the focus returns to the button.
 */
export function MenuButton({ label, face, symbol, entries, className = 'button' }: Props) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')?.focus();
    const close = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [open]);

  return (
    <div className="menu-root" ref={root}>
      <button
        ref={button}
        type="button"
        className={className}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={symbol ? label : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {face ?? label}
      </button>
      {open && (
        <div
          className="menu"
          role="menu"
          id={menuId}
          aria-label={label}
          onKeyDown={(e) => {
            const items = [
              ...(root.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not(:disabled)') ??
                []),
            ];
            const at = items.indexOf(document.activeElement as HTMLElement);
            if (e.key === 'Escape') {
              setOpen(false);
              button.current?.focus();
            } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
              e.preventDefault();
              const next = (at + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
              items[next]?.focus();
            }
          }}
        >
          {entries.map((entry) => (
            <button
              key={entry.key}
              type="button"
              role="menuitem"
              className="menu-item"
              disabled={entry.disabled}
              onClick={() => {
                setOpen(false);
                entry.onSelect();
              }}
            >
              {entry.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
