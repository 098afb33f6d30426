import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../store/ui-store';
import { EXPORT_FORMATS, type ExportFormat } from './export-formats';
import { errorMessage } from '../shared/problem-messages';
import './exchange.css';

interface Props {
  /** The article to export, or null for the whole library. */
  articleId: string | null;
  /** The button's text, already translated ("Export" when not given). */
  label?: string;
}

/** A menu button offering every export format of an article or of the library. */
export function ExportMenu({ articleId, label: given }: Props) {
  const { t } = useTranslation();
  const label = given ?? t('Export');
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const showToast = useUiStore((s) => s.showToast);

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const close = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const run = async (format: ExportFormat) => {
    setOpen(false);
    try {
      // The export code (formats, CSV library) loads on first use, not with the first screen.
      const { buildExport, downloadFile } = await import('./export-files');
      const file = await buildExport(format, articleId);
      downloadFile(file);
      showToast({ message: t('Exported {{name}}', { name: file.name }), tone: 'info' });
    } catch (error) {
      const detail = errorMessage(error);
      showToast({ message: t('Export failed: {{detail}}', { detail }), tone: 'error' });
    }
  };

  return (
    <div className="menu-root" ref={root}>
      <button
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {label} ▾
      </button>
      {open && (
        <div
          className="menu"
          role="menu"
          id={menuId}
          aria-label={label}
          onKeyDown={(e) => {
            const items = [
              ...(root.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []),
            ];
            const at = items.indexOf(document.activeElement as HTMLElement);
            if (e.key === 'Escape') {
              setOpen(false);
              root.current?.querySelector<HTMLButtonElement>('button')?.focus();
            } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
              e.preventDefault();
              const next = (at + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
              items[next]?.focus();
            }
          }}
        >
          {EXPORT_FORMATS.map((format) => (
            <button
              key={format.id}
              type="button"
              role="menuitem"
              className="menu-item"
              onClick={() => void run(format.id)}
            >
              {t(format.label)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
