import { Inject, Injectable } from '@nestjs/common';
import { normaliseReferralCode } from '@relais/domain-people';
import { PUBLIC_URL } from '@relais/server-messaging';
import { ERASED_PERSON_ID } from '@relais/server-people';
import type { Viewer } from '@relais/server-shared';
import { isUuid } from '@relais/server-shared';
import { DataSource } from 'typeorm';
import type { IdeaShare } from './idea-share.type';

/** Share links of ideas: /i/<idea>?c=<the sharer's referral code>. */
@Injectable()
export class IdeaSharesService {
  constructor(
    private readonly db: DataSource,
    @Inject(PUBLIC_URL) private readonly publicUrl: string,
  ) {}

  /** The caller's link for an idea they can see, with its visits and sign-ups. */
  async mine(viewer: Viewer, ideaId: string): Promise<IdeaShare> {
    const [row]: { code: string; visits: number; signUps: number }[] = await this.db.query(
      `SELECT p.referral_code AS code,
              coalesce((SELECT s.visits FROM idea_share s WHERE s.idea_id = $2 AND s.sharer_id = p.id), 0) AS visits,
              (SELECT count(*) FROM person n WHERE n.came_for_idea_id = $2 AND n.referred_by_id = p.id)::int AS "signUps"
       FROM person p WHERE p.id = $1`,
      [viewer.id, ideaId],
    );
    return { url: `${this.publicUrl}/i/${ideaId}?c=${encodeURIComponent(row?.code ?? '')}`, visits: row?.visits ?? 0, signUps: row?.signUps ?? 0 };
  }

  /**
   * A visit: counted for the idea and its sharer when both exist and the idea is not hidden
   * (nothing kept of the visitor). Returns where to send the visitor: the sign-up, with the
   * sharer's code and the idea, or without when the link names nothing known.
   */
  async visit(ideaId: string, code: string | undefined): Promise<string> {
    const referral = code ? normaliseReferralCode(code) : '';
    if (!isUuid(ideaId) || !/^[A-Z2-9]{4,12}$/.test(referral)) return '/inscription';
    const rows: { idea_id: string }[] = await this.db.query(
      `WITH sharer AS (SELECT id FROM person WHERE referral_code = $2 AND id <> $3),
            idea_shown AS (SELECT id FROM idea WHERE id = $1 AND status <> 'HIDDEN')
       INSERT INTO idea_share (idea_id, sharer_id, visits)
       SELECT idea_shown.id, sharer.id, 1 FROM idea_shown, sharer
       ON CONFLICT (idea_id, sharer_id) DO UPDATE SET visits = idea_share.visits + 1
       RETURNING idea_id`,
      [ideaId, referral, ERASED_PERSON_ID],
    );
    return rows.length ? `/inscription?code=${encodeURIComponent(referral)}&idee=${ideaId}` : '/inscription';
  }
}
