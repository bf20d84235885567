import type { NestExpressApplication } from '@nestjs/platform-express';
import { AuthService } from '@relais/server-auth';
import { FeedbackService, HelpRequestTransitionsService, HelpRequestsService } from '@relais/server-help-requests';
import { JobsService } from '@relais/server-jobs';
import { AmbassadorsService, LeaderScoresService } from '@relais/server-leaders';
import { VolunteerMirror } from '@relais/server-matching';
import { NeighbourhoodsService } from '@relais/server-neighbourhoods';
import { CampaignsService, IdeaCommentsService, IdeasService, WaysToHelpService } from '@relais/server-outreach';
import { ConsentsService, ERASED_PERSON_ID, OrganiserScopesService, PeopleService } from '@relais/server-people';
import type { AppConfig } from '@relais/server-shared';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createApp } from './create-app';
import type { OpenDatabase } from './database-connection';
import { openDatabase } from './database-connection';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, defaultNeighbourhoodsFile, loadDemoCity } from './demo/demo-city';
import { developmentJwtSecret } from './dev-secret';
import { findRepoRoot } from './repo-root';

// Where an admin created from ADMIN_EMAIL "lives" until they say otherwise: Paris's Hôtel de Ville.
const DEFAULT_HOME = { lat: 48.8566, lng: 2.3522 };

export interface Booted {
  app: NestExpressApplication;
  database: OpenDatabase;
  url: string;
  stop(): Promise<void>;
}

export async function boot(config: AppConfig, log: (line: string) => void = console.log, quiet = false): Promise<Booted> {
  const database = await openDatabase(config, log);
  const jwtSecret = config.jwtSecret ?? (await developmentJwtSecret(config.dataDir));
  const repoRoot = findRepoRoot();
  const app = await createApp({
    dataSource: database.dataSource,
    jwtSecret,
    adminDir: process.env['ADMIN_DIST_DIR'] ?? path.join(repoRoot, 'dist', 'admin'),
    redisUrl: config.redisUrl,
    smtpUrl: config.smtpUrl,
    outboxDir: path.join(config.dataDir, 'outbox'),
    jobsDatabaseUrl: database.url,
    introspection: config.graphqlIntrospection,
    trustProxy: config.trustProxy,
    publicUrl: config.publicUrl,
    maps: config.maps,
    digestWorkerFile: builtDigestWorker(),
    logging: { level: quiet ? 'error' : config.logLevel },
  });
  const empty = await isEmpty(database);
  if (config.admin && (await app.get(AuthService).ensureAdmin(config.admin.email, config.admin.password, DEFAULT_HOME))) {
    log(`Created the admin account ${config.admin.email}.`);
  }
  let demo = false;
  if (config.demoData && empty) {
    log('Empty database: loading the demo city (Paris, 80 quartiers)…');
    const help = {
      db: database.dataSource,
      requests: app.get(HelpRequestsService),
      transitions: app.get(HelpRequestTransitionsService),
      feedback: app.get(FeedbackService),
    };
    const outreach = {
      consents: app.get(ConsentsService),
      ambassadors: app.get(AmbassadorsService),
      campaigns: app.get(CampaignsService),
      ideas: app.get(IdeasService),
      comments: app.get(IdeaCommentsService),
      waysToHelp: app.get(WaysToHelpService),
    };
    const loaded = await loadDemoCity(app.get(NeighbourhoodsService), app.get(PeopleService), app.get(OrganiserScopesService), help, outreach, {
      neighbourhoodsFile: defaultNeighbourhoodsFile(repoRoot),
      residents: 200,
      volunteers: 120,
      history: 150,
    });
    // Four months of weekly scores, so that the leaders' trends have something to show.
    await app.get(LeaderScoresService).replay(119, 7);
    log(
      `Demo city loaded: ${loaded.neighbourhoods} neighbourhoods, ${loaded.people} people, ` +
        `${loaded.doneRequests} requests done, ${loaded.openRequests} open, ${loaded.campaigns} campaigns sent, ${loaded.ideas} ideas.`,
    );
    demo = true;
  }
  await app.get(JobsService).start();
  await app.listen(config.port);
  // In the background: until the trust graph is in memory, a neighbourhood's is read from the
  // database, and the scoring code runs unoptimised; the first ranking of candidates would
  // otherwise wait for every volunteer to be read.
  void app.get(LeaderScoresService).warmUp();
  void app.get(VolunteerMirror).warm();
  const url = `http://localhost:${config.port}`;
  log(`\nRelais is running at ${url}  (GraphQL: ${url}/graphql, health: ${url}/healthz)`);
  if (demo || (await app.get(PeopleService).findByEmail(DEMO_ACCOUNTS.admin))) {
    log(`Demo log-ins (password "${DEMO_PASSWORD}" for each):`);
    for (const [role, email] of Object.entries(DEMO_ACCOUNTS)) log(`  ${role.padEnd(10)} ${email}`);
  }
  return {
    app,
    database,
    url,
    stop: async () => {
      await app.close();
      await database.close();
    },
  };
}

async function isEmpty(database: OpenDatabase): Promise<boolean> {
  const rows: { count: string }[] = await database.dataSource.query(
    // The erased-person placeholder is there from the first migration on: it is not data.
    'SELECT (SELECT count(*) FROM neighbourhood) + (SELECT count(*) FROM person WHERE id <> $1) AS count',
    [ERASED_PERSON_ID],
  );
  return Number(rows[0]?.count ?? 0) === 0;
}

/** The digest worker built beside this bundle (dist/api/digest-worker.js); null when running from the sources. */
function builtDigestWorker(): string | null {
  const file = path.join(__dirname, 'digest-worker.js');
  return existsSync(file) ? file : null;
}
