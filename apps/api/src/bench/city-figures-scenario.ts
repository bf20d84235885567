import type { DataSource } from 'typeorm';
import type { BenchClient } from './bench-client';
import { Latencies, ms } from './latency';

const FIGURES = `{ neighbourhoodFigures { neighbourhoodId residents volunteers openNeeds staleNeeds rankedVolunteers ambassadors recruitingNeed } }`;

/**
 * The city dashboard's one query, for the whole city as ADMIN asks it (every quartier, every
 * person counted): the target is p95 under 200 ms for the
 * whole city, the home page's poll being once a minute.
 */
export async function runCityFiguresScenario(api: BenchClient, db: DataSource, admin: string, rounds = 50): Promise<void> {
  const city = new Latencies();
  let quartiers = 0;
  for (let round = -5; round < rounds; round++) {
    const run = () => api.query<{ neighbourhoodFigures: unknown[] }>(FIGURES, {}, admin);
    if (round < 0) await run();
    else quartiers = (await city.time(run)).neighbourhoodFigures.length;
  }
  const [people] = await db.query(`SELECT count(*)::int AS n FROM person`);
  console.log(`City figures (neighbourhoodFigures) over GraphQL, ${quartiers} quartiers, ${people.n} people:`);
  console.log(`  the whole city (ADMIN)    p50 ${ms(city.percentile(50))}  p95 ${ms(city.percentile(95))}   (target p95 ≤ 200 ms)\n`);
}
