import { Module } from '@nestjs/common';
import { AuditModule } from '@relais/server-audit';
import { SettingsService } from './settings.service';

@Module({ imports: [AuditModule], providers: [SettingsService], exports: [SettingsService] })
export class SettingsModule {}
