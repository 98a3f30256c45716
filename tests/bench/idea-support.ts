// Supports under load for `npm run bench`: 200 people support one entry at
// the same moment, each of them clicking twice (the same browser key twice,
// as a double click sends it), through the code the support action runs
// (lib/ideas/support/mutations.ts: the supports that arrive together go in
// with one statement that also raises the counter, lib/ideas/support/
// person-batch.ts). Afterwards the rows are counted against the entry's
// counter: none may be lost and none doubled. A fresh entry every run.
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { Actor } from "@/lib/auth/permissions";
import { db, disconnectDb } from "@/lib/db/client";
import { embeddedDatabaseUrl } from "@/lib/db/embedded";
import { setDatabaseUrl } from "@/lib/env";
import { supportIdea } from "@/lib/ideas/support/mutations";

export const SUPPORTERS = 200;
const SLUG = "bench-wsparcie";

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

export async function benchIdeaSupport(port: number) {
  setDatabaseUrl(embeddedDatabaseUrl(port));
  try {
    const client = db();
    await client.idea.deleteMany({ where: { slug: SLUG } });
    const institution = await client.institution.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true } });
    const supporters = await client.user.findMany({
      where: { email: { startsWith: "bench-idea-", endsWith: "@bench.invalid" } },
      orderBy: { email: "asc" },
      take: SUPPORTERS,
      select: { id: true },
    });
    if (supporters.length < SUPPORTERS) throw new Error("the idea-support bench needs the ideas bench's users");
    const now = new Date();
    const idea = await client.idea.create({
      data: {
        slug: SLUG,
        kind: "NEED",
        title: "Wspólny lokal dla organizacji (pomiar poparć)",
        body: "Wpis do pomiaru wydajności: 200 osób popiera go w tej samej chwili.",
        addressee: "INSTITUTION",
        institutionId: institution.id,
        visibility: "PUBLISHED",
        publishedAt: now,
        answerDueAt: new Date(now.getTime() + 30 * 24 * 3600 * 1000),
      },
      select: { id: true },
    });
    const latencies: number[] = [];
    let errors = 0;
    const started = performance.now();
    await Promise.all(
      supporters.map(async ({ id }) => {
        const actor: Actor = {
          id,
          platformRole: "RESIDENT",
          twoFactorEnabled: false,
          organisations: [],
          institutions: [],
        };
        const submissionKey = randomUUID().replace(/-/g, "");
        // A double click: the same key twice at once.
        await Promise.all(
          [0, 1].map(async () => {
            const begun = performance.now();
            try {
              await supportIdea(actor, { ideaId: idea.id, actingFor: null, submissionKey }, { ip: null });
            } catch {
              errors++;
            }
            latencies.push(performance.now() - begun);
          }),
        );
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const [rows, counter] = await Promise.all([
      client.ideaPersonSupport.count({ where: { ideaId: idea.id } }),
      client.idea.findUniqueOrThrow({ where: { id: idea.id }, select: { personSupportCount: true } }),
    ]);
    const round = (n: number) => Math.round(n * 100) / 100;
    return {
      name: "idea-support",
      supporters: SUPPORTERS,
      calls: latencies.length,
      p50_ms: round(percentile(latencies, 50)),
      p95_ms: round(percentile(latencies, 95)),
      supports_per_s: round(SUPPORTERS / elapsed),
      errors,
      rows,
      counter: counter.personSupportCount,
      // Supports lost (fewer rows than supporters) or doubled (more rows, or a counter off its rows).
      lost: Math.max(0, SUPPORTERS - rows),
      duplicates: Math.max(0, rows - SUPPORTERS) + Math.abs(counter.personSupportCount - rows),
    };
  } finally {
    await disconnectDb();
  }
}
