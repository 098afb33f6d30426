import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemOf, type Problem } from '../../domain/problem';
import {
  clearTeamSettings,
  saveTeamSettings,
  teamSettingsProblem,
  type TeamSettings,
} from '../../db/team-settings';
import { startTeamSync, stopTeamSync } from '../../db/team-sync';
import { useSyncStatus } from '../live/use-team';
import { FormFooter } from '../shared/FormFooter';
import { Modal } from '../shared/Modal';
import { problemMessage, writeErrorMessage } from '../shared/problem-messages';
import { runWrite } from '../shared/run-write';

interface Props {
  team: TeamSettings | null;
  onClose: () => void;
}

/**
 * Settings → Team: joining a team (server address, team name, access token) or leaving it.
 * Joining starts sync at once; leaving stops it and keeps the local library as it is.
 */
export function TeamDialog({ team, onClose }: Props) {
  const id = useId();
  const { t } = useTranslation();
  const status = useSyncStatus();
  const [form, setForm] = useState<TeamSettings>(team ?? { serverUrl: '', team: '', token: '' });
  const [problems, setProblems] = useState<Problem[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const field = (key: keyof TeamSettings, value: string) =>
    setForm((f) => ({ ...f, [key]: value }));

  const join = async () => {
    const found = teamSettingsProblem(form);
    const problem = found && problemOf(found);
    setProblems(problem ? [problem] : []);
    if (problem) return;
    const outcome = await runWrite(() => saveTeamSettings(form), { report: 'caller' });
    if (!outcome.ok) {
      setFailure(outcome.error);
      return;
    }
    setFailure(null);
    await startTeamSync();
  };

  const leave = async () => {
    const outcome = await runWrite(clearTeamSettings, { report: 'caller' });
    if (!outcome.ok) {
      setFailure(outcome.error);
      return;
    }
    await stopTeamSync();
    onClose();
  };

  const refusal =
    status.state === 'refused' && status.problem ? [problemMessage({ code: status.problem })] : [];
  return (
    <Modal title={t('Team')} onClose={onClose}>
      <form
        className="modal-body settings-form"
        onSubmit={(e) => {
          e.preventDefault();
          void join();
        }}
      >
        <p className="hint">
          {t(
            'Your library stays in this browser and works offline. With a team, the articles and claims of this browser are shared with the team’s members through the team server, and theirs arrive here. The access token stays in this browser: backups and exports never contain it.',
          )}
        </p>
        {team && (
          <p role="status">
            {t('Joined team {{team}} on {{server}}.', { team: team.team, server: team.serverUrl })}
          </p>
        )}
        <div className="field">
          <label htmlFor={`${id}-url`}>{t('Server address')}</label>
          <input
            id={`${id}-url`}
            inputMode="url"
            placeholder="wss://"
            value={form.serverUrl}
            onChange={(e) => field('serverUrl', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-team`}>{t('Team name')}</label>
          <input
            id={`${id}-team`}
            value={form.team}
            onChange={(e) => field('team', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-token`}>{t('Access token')}</label>
          <input
            id={`${id}-token`}
            type="password"
            autoComplete="off"
            value={form.token}
            onChange={(e) => field('token', e.target.value)}
          />
        </div>
        {team && (
          <div className="field">
            <p className="hint">
              {t('Leaving the team stops sync; every article and claim stays in this browser.')}
            </p>
            <button type="button" onClick={() => void leave()}>
              {t('Leave the team')}
            </button>
          </div>
        )}
        <FormFooter
          problems={[
            ...problems.map(problemMessage),
            ...refusal,
            ...(failure === null ? [] : [writeErrorMessage(failure)]),
          ]}
          submitLabel={t('Join the team')}
          onCancel={onClose}
        />
      </form>
    </Modal>
  );
}
