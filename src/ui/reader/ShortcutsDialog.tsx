import { useTranslation } from 'react-i18next';
import { VERDICTS } from '../../domain/types';
import { msg } from '../i18n/i18n';
import { VERDICT_LABELS } from '../shared/verdict-labels';
import { Modal } from '../shared/Modal';

// The keys are shown as they are printed on keyboards; the actions are translated when shown.
const SHORTCUTS: [string[], string][] = [
  [['Shift', '←', '→'], msg('Select words in the article')],
  [
    VERDICTS.map((verdict) => VERDICT_LABELS[verdict].key),
    msg('Mark the selection — or set the current claim — confirmed, disputed, unverified'),
  ],
  [['Enter'], msg('Open the claim under the caret')],
  [['J', 'K'], msg('Next / previous claim')],
  [['E'], msg('Edit the current claim’s rationale')],
  [['Delete'], msg('Delete the current claim (with Undo)')],
  [['Ctrl', 'Z'], msg('Undo the last claim change')],
  [['Ctrl', 'Shift', 'Z'], msg('Redo')],
  [['/'], msg('Find in the article (also Ctrl+F)')],
  [['?'], msg('This list')],
  [['Esc'], msg('Close a dialog, menu or the find box')],
];

/** The list of keyboard shortcuts (`?`). */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal title={t('Keyboard shortcuts')} onClose={onClose}>
      <div className="modal-body">
        <table className="shortcuts">
          <caption className="visually-hidden">{t('Keyboard shortcuts')}</caption>
          <tbody>
            {SHORTCUTS.map(([keys, action]) => (
              <tr key={action}>
                <th scope="row">
                  {keys.map((k) => (
                    <kbd key={k}>{k}</kbd>
                  ))}
                </th>
                <td>{t(action)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="hint">
          {t(
            'Single-key shortcuts never fire while you type in a field. On macOS, Cmd replaces Ctrl.',
          )}
        </p>
        <div className="modal-actions">
          <button type="button" className="button primary" onClick={onClose} autoFocus>
            {t('Close')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
