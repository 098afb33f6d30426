import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS } from '../exchange/export-formats';
import { ExportMenu } from '../exchange/ExportMenu';
import { useExport } from '../exchange/use-export';
import { MenuButton } from '../shared/MenuButton';
import { MEDIUM, useMediaQuery } from '../shared/use-media-query';
import { useUiStore } from '../../store/ui-store';

interface Props {
  articleId: string;
  editingText: boolean;
  /** Every claim is found in the text (editing needs them all). */
  allLocated: boolean;
  /** The article's document cannot be shown: it is repaired before any editing. */
  damaged: boolean;
  onToggleEditing: () => void;
  onFind: () => void;
  onEditDetails: () => void;
}

/**
 * The reader's actions: edit the text, find, edit the details, export. On a phone or a tablet
 * held upright, Find stays a button and the others go into a menu.
 */
export function ReaderActions(props: Props) {
  const { editingText, allLocated, damaged } = props;
  const { t } = useTranslation();
  const narrow = useMediaQuery(MEDIUM);
  const exportAs = useExport(props.articleId);
  const navigate = useUiStore((s) => s.navigate);
  const openReport = () => navigate({ name: 'report', articleId: props.articleId });
  // Editing tracks every claim from its place in the text: all must be found first.
  const canEdit = !damaged && (editingText || allLocated);
  const editLabel = editingText ? t('Done editing') : t('Edit text');
  const find = (
    <button type="button" className="button" aria-keyshortcuts="/ Control+F" onClick={props.onFind}>
      {t('Find')}
    </button>
  );

  if (narrow) {
    return (
      <div className="reader-actions">
        {editingText && (
          <button type="button" className="button primary" onClick={props.onToggleEditing}>
            {editLabel}
          </button>
        )}
        {find}
        <MenuButton
          label={t('More actions')}
          face={<span aria-hidden="true">⋯</span>}
          symbol
          entries={[
            ...(editingText
              ? []
              : [
                  {
                    key: 'edit',
                    label: editLabel,
                    disabled: !canEdit,
                    onSelect: props.onToggleEditing,
                  },
                ]),
            { key: 'details', label: t('Edit details'), onSelect: props.onEditDetails },
            { key: 'report', label: t('Report'), onSelect: openReport },
            ...EXPORT_FORMATS.map((format) => ({
              key: format.id,
              label: t('Export: {{format}}', { format: t(format.label) }),
              onSelect: () => void exportAs(format.id),
            })),
          ]}
        />
      </div>
    );
  }
  return (
    <div className="reader-actions">
      <button
        type="button"
        className={`button${editingText ? ' primary' : ''}`}
        aria-pressed={editingText}
        disabled={!canEdit}
        title={canEdit ? undefined : t('Wait until every claim is found in the text')}
        onClick={props.onToggleEditing}
      >
        {editLabel}
      </button>
      {find}
      <button type="button" className="button" onClick={props.onEditDetails}>
        {t('Edit details')}
      </button>
      <button type="button" className="button" onClick={openReport}>
        {t('Report')}
      </button>
      <ExportMenu articleId={props.articleId} />
    </div>
  );
}
