import { spawn } from "node:child_process";
import { once } from "node:events";
import { db } from "@/lib/db/client";
import { resetEnvCache } from "@/lib/env";
import { failedJobs, queueCounts, retryFailedJob } from "@/lib/jobs/admin";
import { jobBoss, stopJobBoss } from "@/lib/jobs/boss";
import { queueMail } from "@/lib/jobs/enqueue";
import { pruneExpiredRecords } from "@/lib/jobs/maintenance";
import { startWorker } from "@/lib/jobs/worker";
import { verifyEmailMail } from "@/lib/mail/templates";
import { startSmtpServer, type TestSmtpServer } from "@/tests/helpers/smtp-server";
import { createPerson } from "@/tests/factories/people";
import { signInAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { retryJobAction } from "@/lib/jobs/actions";

const mail = (to: string) =>
  verifyEmailMail({
    to,
    locale: "pl",
    platformName: "Platforma",
    recipientName: "Jan",
    url: "https://ngo.example.org/x",
    validHours: 24,
  });

async function until<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("background jobs", () => {
  let smtp: TestSmtpServer;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    process.env.SMTP_URL = smtp.url;
    resetEnvCache();
    // Short retries, so a test sees the whole life of a failing job.
    await startWorker({ pollingIntervalSeconds: 0.5, retryDelaySeconds: 1, retryLimit: 1 });
  });

  afterAll(async () => {
    await stopJobBoss();
    delete process.env.SMTP_URL;
    resetEnvCache();
    await smtp.close();
  });

  it("delivers queued mail over SMTP without the caller waiting for it", async () => {
    await queueMail(mail("kolejka@example.org"));
    const delivered = await until(async () =>
      smtp.received.find(
        (m) => m.subject?.includes("Potwierdź") && JSON.stringify(m.to).includes("kolejka@example.org"),
      ),
    );
    expect(delivered.text).toContain("https://ngo.example.org/x");
  });

  it("retries when SMTP refuses, then shows the job as failed, and an administrator's retry delivers it", async () => {
    smtp.rejectAll(true);
    await queueMail(mail("odmowa@example.org"));
    const failed = await until(async () => (await failedJobs()).find((job) => job.queue === "mail-send"));
    expect(failed.attempts).toBe(2); // the first try and one retry
    expect(failed.error).toMatch(/SMTP delivery failed: .*Mailbox unavailable/);
    expect((await queueCounts()).find((q) => q.queue === "mail-send")!.counts.failed).toBe(1);
    expect(smtp.received.some((m) => JSON.stringify(m.to).includes("odmowa@example.org"))).toBe(false);

    smtp.rejectAll(false);
    const admin = await createPerson({ platformRole: "ADMINISTRATOR" });
    const resident = await createPerson();
    await signInAs(resident);
    expect((await retryJobAction({ queue: "mail-send", jobId: failed.id })).serverError).toBe("FORBIDDEN");
    await signInAs(admin);
    expect((await retryJobAction({ queue: "mail-send", jobId: failed.id })).data).toEqual({ queued: true });
    await until(async () => smtp.received.find((m) => JSON.stringify(m.to).includes("odmowa@example.org")));
    expect((await failedJobs()).find((job) => job.id === failed.id)).toBeUndefined();
    await expect(retryFailedJob("mail-send", failed.id)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db().auditEvent.count({ where: { action: "admin.job_retried", subjectId: failed.id } })).toBe(1);
  });

  it("runs on its own as `npm run worker`, and stops on SIGTERM", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "lib/cli/worker.ts"], {
      env: { ...process.env, LOG_LEVEL: "info" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const started = await new Promise<boolean>((resolve) => {
      // Compiling the worker's modules with tsx takes a while on a busy machine.
      const timer = setTimeout(() => resolve(false), 100_000);
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes("job worker started")) {
          clearTimeout(timer);
          resolve(true);
        }
      });
      child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
      // A worker that dies while starting (a server-only import, a configuration refusal) says why at once.
      child.on("exit", () => {
        clearTimeout(timer);
        resolve(false);
      });
    });
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await once(child, "exit");
    }
    const code = child.exitCode;
    expect({ started, code, output: started ? "" : output }).toEqual({ started: true, code: 0, output: "" });
  }, 120_000);

  it("schedules the nightly clean-up", async () => {
    const schedules = await (await jobBoss()).getSchedules();
    expect(schedules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "maintenance-prune", cron: "30 3 * * *", timezone: "Europe/Warsaw" }),
      ]),
    );
  });

  it("prunes only records whose time has passed", async () => {
    const now = new Date("2026-11-26T03:30:00Z");
    const old = new Date(now.getTime() - 40 * 24 * 3600_000);
    await db().rateLimitBucket.createMany({
      data: [
        { key: "a", count: 1, windowStart: old },
        { key: "b", count: 1, windowStart: now },
      ],
    });
    await db().devMailboxMessage.createMany({
      data: [
        { to: "x", subject: "s", text: "t", raw: "r", createdAt: old },
        { to: "y", subject: "s", text: "t", raw: "r", createdAt: now },
      ],
    });
    const counts = await pruneExpiredRecords(now);
    expect(counts).toMatchObject({ rateLimits: 1, mailbox: 1 });
    expect(await db().rateLimitBucket.findMany({ select: { key: true } })).toEqual([{ key: "b" }]);
  });
});
