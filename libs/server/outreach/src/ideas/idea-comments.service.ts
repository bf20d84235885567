import { Injectable } from '@nestjs/common';
import { COMMENTS_PER_DAY, checkComment } from '@relais/domain-ideas';
import { AuditService } from '@relais/server-audit';
import { assertUnderAccountLimits } from '@relais/server-help-requests';
import type { Viewer } from '@relais/server-shared';
import { assertValid, conflict, isUuid, notFound } from '@relais/server-shared';
import { DataSource } from 'typeorm';
import type { IdeaComment } from './idea-comment.type';
import { IdeaStatus } from './idea.type';
import { IdeasService, mayModerate } from './ideas.service';

const DAY_SECONDS = 86_400;
/** The newest shown under an idea; a longer conversation belongs elsewhere. */
export const COMMENTS_SHOWN = 200;
const COLUMNS = `c.id, c.idea_id AS "ideaId", c.author_id AS "authorId", c.body, c.created_at AS "createdAt", c.hidden_at IS NOT NULL AS hidden`;

/** Comments under ideas: anyone who sees an idea comments it (not a hidden one); its moderators hide a comment, audited. */
@Injectable()
export class IdeaCommentsService {
  constructor(
    private readonly db: DataSource,
    private readonly ideas: IdeasService,
    private readonly audit: AuditService,
  ) {}

  async comment(viewer: Viewer, ideaId: string, body: string): Promise<IdeaComment> {
    assertValid(checkComment(body));
    const idea = await this.ideas.visible(viewer, ideaId);
    if (idea.status === IdeaStatus.HIDDEN) throw conflict('this idea was hidden by moderation: it takes no comments', 'IDEA_HIDDEN');
    const [row] = await this.db.transaction(async (tx) => {
      await assertUnderAccountLimits(tx, { table: 'idea_comment', authorColumn: 'author_id', what: 'comments' }, viewer.id, [
        { max: COMMENTS_PER_DAY, windowSeconds: DAY_SECONDS },
      ]);
      return tx.query(`INSERT INTO idea_comment (idea_id, author_id, body) VALUES ($1, $2, $3) RETURNING ${COLUMNS.replace(/c\./g, '')}`, [
        ideaId,
        viewer.id,
        body.trim(),
      ]) as Promise<IdeaComment[]>;
    });
    return row as IdeaComment;
  }

  /** For those who may moderate its idea; NOT_FOUND for others, as for a comment they cannot see. */
  async hide(viewer: Viewer, id: string): Promise<IdeaComment> {
    const [found]: (IdeaComment & { neighbourhoodId: string | null })[] = isUuid(id)
      ? await this.db.query(`SELECT ${COLUMNS}, i.neighbourhood_id AS "neighbourhoodId" FROM idea_comment c JOIN idea i ON i.id = c.idea_id WHERE c.id = $1`, [id])
      : [];
    if (!found || !mayModerate(viewer, found)) throw notFound('comment', id);
    await this.db.transaction(async (tx) => {
      await tx.query(`UPDATE idea_comment SET hidden_at = coalesce(hidden_at, now()), hidden_by_id = coalesce(hidden_by_id, $2) WHERE id = $1`, [id, viewer.id]);
      await this.audit.record([{ actorId: viewer.id, action: 'HIDE_IDEA_COMMENT', subjectType: 'idea_comment', subjectId: id, detail: { ideaId: found.ideaId } }], tx);
    });
    return { ...found, hidden: true };
  }

  /** Oldest first; hidden ones only for their author and the idea's moderators. */
  list(viewer: Viewer, idea: { id: string; neighbourhoodId: string | null }): Promise<IdeaComment[]> {
    const moderator = mayModerate(viewer, idea);
    return this.db.query(
      `SELECT * FROM (SELECT ${COLUMNS} FROM idea_comment c
         WHERE c.idea_id = $1 AND (c.hidden_at IS NULL OR $2 OR c.author_id = $3)
         ORDER BY c.created_at DESC, c.id DESC LIMIT ${COMMENTS_SHOWN}) newest
       ORDER BY "createdAt", id`,
      [idea.id, moderator, viewer.id],
    );
  }
}
