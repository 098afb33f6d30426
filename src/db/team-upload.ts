import { VerdictError } from '../domain/problem';
import { planPreview, type JoinPreview } from './team-join';
import { teamDeletedArticleIds } from './team-sync';

/**
 * Uploading later the articles kept out of the team (docs/DECISIONS.md, "Joining a team"): the
 * same preview and merge as joining, planned in the same worker (team-plan.ts, `planUpload`).
 */

/**
 * Previews uploading the articles this browser keeps out of its team, or gives null when none
 * can be (none kept out, or only articles the team deleted, which uploading would not bring
 * back: the library's deletion mark wins).
 */
export async function previewUpload(): Promise<JoinPreview | null> {
  const deleted = teamDeletedArticleIds();
  if (!deleted) throw new VerdictError('token-invalid');
  const now = new Date().toISOString();
  const preview = await planPreview({ kind: 'plan-upload', deleted, now }, []);
  const { articles } = preview.summary;
  if (articles.new + articles.updated + articles.unchanged > 0) return preview;
  preview.discard();
  return null;
}
