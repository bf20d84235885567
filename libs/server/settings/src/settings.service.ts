import { Injectable } from '@nestjs/common';
import { AuditService } from '@relais/server-audit';
import { DataSource } from 'typeorm';

/**
 * Settings an admin changes at run time (matching weights, scoring weights), kept as JSON per
 * key. Every change is audited with the values before and after.
 */
@Injectable()
export class SettingsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get<T>(key: string, fallback: T): Promise<T> {
    const rows: { value: T }[] = await this.db.query(`SELECT value FROM app_setting WHERE key = $1`, [key]);
    return rows[0]?.value ?? fallback;
  }

  async set<T>(key: string, value: T, actorId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const before: { value: T }[] = await tx.query(`SELECT value FROM app_setting WHERE key = $1 FOR UPDATE`, [key]);
      await tx.query(
        `INSERT INTO app_setting (key, value, updated_by_id) VALUES ($1, $2::jsonb, $3)
         ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_by_id = EXCLUDED.updated_by_id, updated_at = now()`,
        [key, JSON.stringify(value), actorId],
      );
      await this.audit.record(
        [{ actorId, action: 'UPDATE_SETTING', subjectType: 'setting', subjectId: key, detail: { before: before[0]?.value ?? null, after: value } }],
        tx,
      );
    });
  }
}
