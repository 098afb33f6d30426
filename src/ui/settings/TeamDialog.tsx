import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemOf, type Problem } from '../../domain/problem';
import {
  clearTeamSettings,
  saveTeamSettings,
  teamSettingsProblem,
  type TeamSettings,
} from '../../db/team-settings';
import { previewTeamJoin, type JoinPreview } from '../../db/team-join';
import { previewUpload } from '../../db/team-upload';
import { startTeamSync, stopTeamSync } from '../../db/team-sync';
import type { Resolution } from '../../domain/merge/plan';
import { useLocalOnlyCount, useSyncStatus } from '../live/use-team';
import { FormFooter } from '../shared/FormFooter';
import { Modal } from '../shared/Modal';
import { problemMessage, writeErrorMessage } from '../shared/problem-messages';
import { runWrite } from '../shared/run-write';
import { TeamJoinPreview } from './TeamJoinPreview';

/** Where a join from a library that holds articles stands (team-join.ts). */
type Joining =
  | { step: 'reading' }
  | { step: 'preview'; team: TeamSettings; preview: JoinPreview; later: boolean }
  | { step: 'saving'; team: TeamSettings; preview: JoinPreview; later: boolean };

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
  const [joining, setJoining] = useState<Joining | null>(null);
  const reading = useRef<AbortController | null>(null);
  const localOnly = useLocalOnlyCount();
  const [nothingToUpload, setNothingToUpload] = useState(false);
  const field = (key: keyof TeamSettings, value: string) =>
    setForm((f) => ({ ...f, [key]: value }));

  const join = async () => {
    const found = teamSettingsProblem(form);
    const problem = found && problemOf(found);
    setProblems(problem ? [problem] : []);
    if (problem) return;
    setFailure(null);
    // A new membership (not a new token for the same team) from a library that holds articles
    // is previewed first: nothing is sent until the person chooses.
    if (!team || team.team !== form.team.trim() || team.serverUrl !== form.serverUrl.trim()) {
      const controller = new AbortController();
      reading.current = controller;
      setJoining({ step: 'reading' });
      try {
        const preview = await previewTeamJoin(form, controller.signal);
        if (controller.signal.aborted) return;
        if (preview) return setJoining({ step: 'preview', team: form, preview, later: false });
        setJoining(null);
        // Another team's documents are not this one's: they go before this one's arrive.
        if (team) await stopTeamSync();
      } catch (error) {
        if (controller.signal.aborted) return;
        setJoining(null);
        const refused = problemOf(error);
        if (refused) setProblems([refused]);
        else setFailure(error);
        return;
      }
    }
    const outcome = await runWrite(() => saveTeamSettings(form), { report: 'caller' });
    if (!outcome.ok) {
      setFailure(outcome.error);
      return;
    }
    setFailure(null);
    await startTeamSync();
  };

  const cancelJoin = () => {
    reading.current?.abort();
    if (joining && joining.step !== 'reading') joining.preview.discard();
    setJoining(null);
  };
  // A preview left open when the dialog closes lets its planner go.
  const previewShown = joining && joining.step !== 'reading' ? joining.preview : null;
  useEffect(() => () => previewShown?.discard(), [previewShown]);

  /** Previews uploading the articles kept out of the team (the team already joined). */
  const uploadLater = async () => {
    if (!team) return;
    setFailure(null);
    setJoining({ step: 'reading' });
    try {
      const preview = await previewUpload();
      setJoining(preview && { step: 'preview', team, preview, later: true });
      setNothingToUpload(preview === null);
    } catch (error) {
      setJoining(null);
      setFailure(error);
    }
  };

  const confirmJoin = async (resolution: Resolution, upload: boolean) => {
    if (joining?.step !== 'preview') return;
    const { preview, later } = joining;
    setJoining({ ...joining, step: 'saving' });
    // A new membership starts from the team's documents as read; an upload keeps them.
    if (!later) await stopTeamSync();
    const outcome = await runWrite(() => preview.apply(resolution, upload), { report: 'caller' });
    setJoining(null);
    if (!outcome.ok) {
      setFailure(outcome.error);
      return;
    }
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
  if (joining && joining.step !== 'reading') {
    return (
      <Modal title={t('Team')} onClose={onClose} wide>
        <div className="modal-body">
          <TeamJoinPreview
            team={joining.team.team.trim()}
            preview={joining.preview}
            later={joining.later}
            busy={joining.step === 'saving'}
            onJoin={(resolution, upload) => void confirmJoin(resolution, upload)}
            onCancel={cancelJoin}
          />
        </div>
      </Modal>
    );
  }
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
        {team && localOnly > 0 && (
          <div className="notice">
            <p>
              {t(
                '{{count}} articles of this browser are not shared with the team: they were here before joining and were not uploaded, or changed here after a teammate deleted them.',
                { count: localOnly },
              )}
            </p>
            <button
              type="button"
              className="button"
              disabled={joining !== null}
              onClick={() => void uploadLater()}
            >
              {t('Upload them to the team…')}
            </button>
            {nothingToUpload && (
              <p role="status">
                {t(
                  'A teammate deleted these articles from the team’s library: uploading them would not bring them back for the team.',
                )}
              </p>
            )}
          </div>
        )}
        {joining?.step === 'reading' && <p role="status">{t('Reading what the team holds…')}</p>}
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
          busy={joining?.step === 'reading'}
          onCancel={joining ? cancelJoin : onClose}
        />
      </form>
    </Modal>
  );
}
