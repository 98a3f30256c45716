import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import http from "node:http";
import net from "node:net";

// The production server runs WEB_PROCESSES processes on one port
// (lib/cli/web-process-supervisor.ts). Each keeps its own page cache: a change
// made through one must empty the others' at once, as between instances. The
// cluster here is the real supervisor, page cache and broadcast, in front of a
// page that names its process (tests/helpers/web-process-cluster.ts), so no
// Next.js build is needed.

interface Answer {
  status: number;
  cache: string | undefined;
  body: string;
}

// A new connection each time (no keep-alive): the primary hands connections to the processes in turn.
function request(port: number, path: string, method = "GET"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const sent = http.request({ host: "127.0.0.1", port, path, method, agent: false }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, cache: response.headers["x-page-cache"] as string, body }),
      );
    });
    sent.on("error", reject);
    // A connection handed to a process as it is killed is never answered.
    sent.setTimeout(2_000, () => sent.destroy(new Error("no answer")));
    sent.end();
  });
}

const processOf = async (port: number) =>
  JSON.parse((await request(port, "/process")).body) as { pid: number; jobs: string };
const pageRenderer = (answer: Answer) => Number(/<p>(\d+):/.exec(answer.body)?.[1]);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as net.AddressInfo;
  server.close();
  await once(server, "close");
  return port;
}

function startCluster(port: number, extra: Record<string, string> = {}): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/helpers/web-process-cluster.ts"], {
    env: { ...process.env, PORT: String(port), WEB_PROCESSES: "2", JOBS_WORKER: "in-app", LOG_LEVEL: "info", ...extra },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

/** Asks until `found` holds (a process starting under tsx takes a few seconds on a busy machine). */
async function eventually<T>(ask: () => Promise<T>, found: (value: T) => boolean, seconds = 60): Promise<T> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    const value = await ask().catch(() => undefined);
    if (value !== undefined && found(value)) return value;
    if (Date.now() > until) throw new Error(`not found within ${seconds} s`);
    await pause(50);
  }
}

async function livePids(port: number, count: number): Promise<Map<number, string>> {
  const seen = new Map<number, string>();
  await eventually(
    async () => {
      const answer = await processOf(port);
      seen.set(answer.pid, answer.jobs);
      return seen;
    },
    (pids) => pids.size >= count,
  );
  return seen;
}

/** The primary logs one line per process it started (the pipe may bring it a moment after the answers). */
async function readyLines(server: ReturnType<typeof startCluster>, count: number): Promise<void> {
  const lines = () => server.output().match(/"message":"web process ready"/g)?.length ?? 0;
  await eventually(
    async () => lines(),
    (seen) => seen >= count,
    5,
  );
  expect(lines()).toBe(count);
}

describe("the production server's processes", () => {
  let port: number;
  let server: ReturnType<typeof startCluster>;

  beforeAll(async () => {
    port = await freePort();
    server = startCluster(port);
  });

  afterAll(async () => {
    if (server.child.exitCode === null && server.child.signalCode === null) {
      server.child.kill("SIGKILL");
      await once(server.child, "exit");
    }
  });

  it("answers from two processes on one port, and only one of them works the jobs", async () => {
    const processes = await livePids(port, 2);
    expect(processes.size).toBe(2);
    expect([...processes.values()].sort()).toEqual(["in-app", "separate"]);
    await readyLines(server, 2);
  }, 90_000);

  it("empties the other process's page cache when public data changes in one", async () => {
    // Both processes keep the page: each answers it from its cache.
    const cachedBy = new Set<number>();
    await eventually(
      () => request(port, "/"),
      (answer) => {
        if (answer.cache === "hit") cachedBy.add(pageRenderer(answer));
        return cachedBy.size === 2;
      },
    );
    const changedIn = (JSON.parse((await request(port, "/change", "POST")).body) as { pid: number }).pid;
    const other = [...cachedBy].find((pid) => pid !== changedIn)!;
    // The other process hears of it within milliseconds and renders the page afresh.
    const fromOther = await eventually(
      () => request(port, "/"),
      (answer) => pageRenderer(answer) === other && answer.cache === "miss",
      5,
    );
    expect(fromOther.body).toMatch(/render 2<\/p>/);
  }, 90_000);

  it("replaces a process that dies", async () => {
    const before = await livePids(port, 2);
    const [killed, survivor] = [...before.keys()];
    process.kill(killed!, "SIGKILL");
    const after = await eventually(
      () => processOf(port),
      (answer) => answer.pid !== killed && answer.pid !== survivor,
    );
    expect(after.pid).not.toBe(killed);
    expect(server.output()).toMatch(/"message":"web process died; starting another"/);
    await readyLines(server, 3);
  }, 90_000);

  it("stops every process on SIGTERM and exits cleanly", async () => {
    const processes = await livePids(port, 2);
    server.child.kill("SIGTERM");
    const [code] = (await once(server.child, "exit")) as [number | null];
    expect(code).toBe(0);
    for (const pid of processes.keys()) expect(() => process.kill(pid, 0)).toThrow();
  }, 90_000);
});

describe("a production server whose processes cannot start", () => {
  it("stops with an error instead of starting them again and again", async () => {
    const server = startCluster(await freePort(), { FAIL_TO_START: "true" });
    const [code] = (await once(server.child, "exit")) as [number | null];
    expect(code).toBe(1);
    expect(server.output()).toMatch(/this process cannot start/);
    expect(server.output()).toMatch(/"reason":"the process could not start"/);
    expect(server.output().match(/"message":"web process died; stopping the server"/g)).toHaveLength(1);
  }, 90_000);
});
