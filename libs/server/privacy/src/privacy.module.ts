import { Module } from '@nestjs/common';
import { AuditModule } from '@relais/server-audit';
import { HelpRequestsModule } from '@relais/server-help-requests';
import { LeadersModule } from '@relais/server-leaders';
import { PeopleModule } from '@relais/server-people';
import { SettingsModule } from '@relais/server-settings';
import { ErasureResolver } from './erasure/erasure.resolver';
import { ErasureService } from './erasure/erasure.service';
import { PrivacySettingsResolver } from './retention/privacy-settings.resolver';
import { PrivacySettingsService } from './retention/privacy-settings.service';
import { RetentionJobs } from './retention/retention-jobs';
import { RetentionService } from './retention/retention.service';

/** The privacy part of the schema: provided here, and listed where the schema is emitted. */
export const PRIVACY_RESOLVERS = [ErasureResolver, PrivacySettingsResolver];

/** A person's erasure, and how long Relais keeps what it holds (retention jobs and their settings). */
@Module({
  imports: [AuditModule, PeopleModule, HelpRequestsModule, LeadersModule, SettingsModule],
  providers: [ErasureService, PrivacySettingsService, RetentionService, RetentionJobs, ...PRIVACY_RESOLVERS],
  exports: [ErasureService, RetentionService],
})
export class PrivacyModule {}
