import { Modal } from './Modal';

const SHORTCUTS: [string[], string][] = [
  [['Shift', '←', '→'], 'Select words in the article'],
  [
    ['C', 'D', 'U'],
    'Mark the selection — or set the current claim — confirmed, disputed, unverified',
  ],
  [['Enter'], 'Open the claim under the caret'],
  [['J', 'K'], 'Next / previous claim'],
  [['E'], 'Edit the current claim’s rationale'],
  [['Delete'], 'Delete the current claim (with Undo)'],
  [['Ctrl', 'Z'], 'Undo the last claim change'],
  [['Ctrl', 'Shift', 'Z'], 'Redo'],
  [['/'], 'Find in the article (also Ctrl+F)'],
  [['?'], 'This list'],
  [['Esc'], 'Close a dialog, menu or the find box'],
];

/** The list of keyboard shortcuts (`?`). */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose}>
      <div className="modal-body">
        <table className="shortcuts">
          <caption className="visually-hidden">Keyboard shortcuts</caption>
          <tbody>
            {SHORTCUTS.map(([keys, action]) => (
              <tr key={action}>
                <th scope="row">
                  {keys.map((k) => (
                    <kbd key={k}>{k}</kbd>
                  ))}
                </th>
                <td>{action}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="hint">
          Single-key shortcuts never fire while you type in a field. On macOS, Cmd replaces Ctrl.
        </p>
        <div className="modal-actions">
          <button type="button" className="button primary" onClick={onClose} autoFocus>
            Close
          </button>
        </div>
      </div>
    </Modal>
  );
}
