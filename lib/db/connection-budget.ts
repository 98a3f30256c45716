// How many PostgreSQL connections one server process may hold, in one place,
// so that the embedded PostgreSQL can be started with room for every process
// of the production server (WEB_PROCESSES) and the README's sum stays true.

/** The app's pool (Prisma over node-postgres): requests in flight in one process wait for one of these. */
export const APP_POOL_CONNECTIONS = 10;
/** pg-boss's pool, opened by the first job enqueued or worked in a process (lib/jobs/boss.ts). */
export const JOB_POOL_CONNECTIONS = 4;
/** The LISTEN session that hears of public data changed elsewhere (lib/cache/public-data-broadcast.ts). */
export const BROADCAST_CONNECTIONS = 1;

/** At most what one server process holds: every pool full at once. */
export const CONNECTIONS_PER_PROCESS = APP_POOL_CONNECTIONS + JOB_POOL_CONNECTIONS + BROADCAST_CONNECTIONS;

/** Room for the launcher's own connections, a separate worker, migrations and an administrator's psql. */
const CONNECTIONS_BESIDE_THE_SERVER = 20;
/** PostgreSQL's own default; never start with fewer. */
const POSTGRES_DEFAULT_MAX_CONNECTIONS = 100;

/** The max_connections the embedded PostgreSQL needs for a server of `processes` processes. */
export function maxConnectionsFor(processes: number): number {
  return Math.max(
    POSTGRES_DEFAULT_MAX_CONNECTIONS,
    processes * CONNECTIONS_PER_PROCESS + CONNECTIONS_BESIDE_THE_SERVER,
  );
}
