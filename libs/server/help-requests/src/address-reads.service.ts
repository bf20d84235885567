import { Injectable } from '@nestjs/common';
import type { Role } from '@relais/domain-people';
import { DataSource } from 'typeorm';
import type { AddressRead } from './address-read.type';
import { READ_ADDRESS } from './help-request-access';

/** How many reads a requester is shown: the newest. */
export const ADDRESS_READS_SHOWN = 200;

/** Who read the exact address of a requester's requests, from the audit log. */
@Injectable()
export class AddressReadsService {
  constructor(private readonly db: DataSource) {}

  /**
   * Newest first, one line per reader, role, request and day (its last read that day): the
   * requester learns who saw the address and when, not how often a page was refreshed. Reads by
   * the requester are never written; those of an erased reader, whose name is gone, are left out.
   */
  async of(requesterId: string): Promise<AddressRead[]> {
    const rows: { reader_id: string; reader_role: Role; request_id: string; at: Date }[] = await this.db.query(
      `SELECT a.actor_id AS reader_id, a.detail->>'as' AS reader_role, a.subject_id AS request_id, max(a.at) AS at
         FROM help_request r
         JOIN audit_log a ON a.subject_type = 'help_request' AND a.subject_id = r.id::text
        WHERE r.requester_id = $1 AND a.action = $2 AND a.actor_id IS NOT NULL AND a.actor_id <> $1
        GROUP BY a.actor_id, a.detail->>'as', a.subject_id, date_trunc('day', a.at)
        ORDER BY max(a.at) DESC, a.subject_id, a.actor_id
        LIMIT $3`,
      [requesterId, READ_ADDRESS, ADDRESS_READS_SHOWN],
    );
    return rows.map((row) => ({ readerId: row.reader_id, readerRole: row.reader_role, requestId: row.request_id, at: row.at }));
  }
}
