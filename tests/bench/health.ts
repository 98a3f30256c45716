// The health check under a load balancer's worst day: 100 clients asking
// /api/health back to back for 30 s, while other clients read the baseline
// route, which needs a database connection of its own. Before the check went
// through the app's pool with a shared answer, this ran PostgreSQL out of
// connections ("too many clients already") and broke the other requests too.
import http from "node:http";

export interface HealthLoadResult {
  name: "health-under-load";
  clients: number;
  seconds: number;
  health_requests: number;
  /** Health answers other than 200. */
  health_failures: number;
  other_requests: number;
  /** Baseline answers other than 200 during the load. */
  other_failures: number;
}

function get(agent: http.Agent, port: number, path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get({ host: "127.0.0.1", port, path, agent }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode === 200));
    });
    request.on("error", () => resolve(false));
  });
}

export async function benchHealthUnderLoad(
  port: number,
  options: { clients?: number; seconds?: number; otherRoute: string },
): Promise<HealthLoadResult> {
  const clients = options.clients ?? 100;
  const seconds = options.seconds ?? 30;
  const healthAgent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const otherAgent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  const deadline = Date.now() + seconds * 1000;
  const counts = { health_requests: 0, health_failures: 0, other_requests: 0, other_failures: 0 };
  const loop = async (agent: http.Agent, path: string, kind: "health" | "other") => {
    while (Date.now() < deadline) {
      const ok = await get(agent, port, path);
      counts[`${kind}_requests`] += 1;
      if (!ok) counts[`${kind}_failures`] += 1;
    }
  };
  try {
    await Promise.all([
      ...Array.from({ length: clients }, () => loop(healthAgent, "/api/health", "health")),
      ...Array.from({ length: 4 }, () => loop(otherAgent, options.otherRoute, "other")),
    ]);
  } finally {
    healthAgent.destroy();
    otherAgent.destroy();
  }
  return { name: "health-under-load", clients, seconds, ...counts };
}
