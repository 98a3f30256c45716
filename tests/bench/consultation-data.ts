// A large consultation for `npm run bench`: a resolution of 300 units
// (rozdziały, §, ust., pkt) with 2,000 remarks from 200 of the bench's
// organisations, half of them answered. Built once per bench database
// (slug "bench-konsultacje"); then the report job's work is timed on it.
import { performance } from "node:perf_hooks";
import { db, disconnectDb } from "@/lib/db/client";
import { embeddedDatabaseUrl } from "@/lib/db/embedded";
import { setDatabaseUrl } from "@/lib/env";
import { splitIntoUnits } from "@/lib/consultations/units";
import { generateReport } from "@/lib/consultations/report/mutations";

export const BENCH_CONSULTATION_SLUG = "bench-konsultacje";
/** Fixed, so the bench can ask for its reader's parts (/api/consultations/[id]/viewer) by id. */
export const BENCH_CONSULTATION_ID = "benchkonsultacje00001";
export const BENCH_REMARKS = 2_000;
const DAY = 24 * 3600 * 1000;

/** 25 chapters of 4 sections, each with a paragraph, 3 of them with a point: 25 + 100 + 100 + 75 = 300 units. */
export function resolutionText(): string {
  const lines: string[] = [];
  let section = 0;
  for (let chapter = 1; chapter <= 25; chapter++) {
    lines.push(`Rozdział ${chapter}`, `Zadania w obszarze ${chapter}`);
    for (let s = 0; s < 4; s++) {
      section++;
      lines.push(
        `§ ${section}. 1. Organizacje realizują zadania publiczne w zakresie ${section}, a samorząd wspiera je w formach określonych w programie:`,
      );
      if (s < 3) lines.push("1) przez dotacje na realizację zadań;");
    }
  }
  return lines.join("\n");
}

export async function ensureBenchConsultation(
  port: number,
): Promise<{ units: number; remarks: number; created: boolean; report_ms: number }> {
  setDatabaseUrl(embeddedDatabaseUrl(port));
  try {
    const client = db();
    let consultation = await client.consultation.findUnique({
      where: { slug: BENCH_CONSULTATION_SLUG },
      select: { id: true },
    });
    // Made before it had a fixed id: made again (its remarks first: they hold its units).
    if (consultation && consultation.id !== BENCH_CONSULTATION_ID) {
      await client.remark.deleteMany({ where: { consultationId: consultation.id } });
      await client.consultation.delete({ where: { id: consultation.id } });
      consultation = null;
    }
    let created = false;
    if (!consultation) {
      const institution = await client.institution.findFirstOrThrow({
        where: { territoryCode: "16" },
        select: { id: true },
      });
      const sourceText = resolutionText();
      const now = new Date();
      consultation = await client.consultation.create({
        data: {
          id: BENCH_CONSULTATION_ID,
          slug: BENCH_CONSULTATION_SLUG,
          institutionId: institution.id,
          title: "Konsultacje projektu uchwały (pomiar wydajności)",
          kind: "DRAFT_RESOLUTION",
          summary: "Duże konsultacje do pomiarów: 300 fragmentów i 2000 uwag.",
          startsAt: new Date(now.getTime() - 10 * DAY),
          endsAt: new Date(now.getTime() + 3650 * DAY),
          status: "OPEN",
          publishedAt: new Date(now.getTime() - 10 * DAY),
          sourceText,
        },
        select: { id: true },
      });
      const units = splitIntoUnits(sourceText);
      await client.consultationUnit.createMany({
        data: units.map((unit, position) => ({ consultationId: consultation!.id, position, ...unit })),
      });
      const unitIds = await client.consultationUnit.findMany({
        where: { consultationId: consultation.id },
        orderBy: { position: "asc" },
        select: { id: true, text: true },
      });
      const organisations = await client.organisation.findMany({
        where: { slug: { startsWith: "bench-" } },
        orderBy: { slug: "asc" },
        take: 200,
        select: { id: true },
      });
      const author = await client.user.upsert({
        where: { email: "bench-author@bench.invalid" },
        create: { email: "bench-author@bench.invalid", name: "Autorka Uwag", emailVerifiedAt: now },
        update: {},
        select: { id: true },
      });
      await client.remark.createMany({
        data: Array.from({ length: BENCH_REMARKS }, (_, i) => {
          const unit = unitIds[(i * 7) % unitIds.length]!;
          return {
            consultationId: consultation!.id,
            unitId: i % 20 === 0 ? null : unit.id,
            currentWording: unit.text,
            proposedWording: `Proponujemy zmienić brzmienie na wersję nr ${i + 1}, uwzględniającą potrzeby organizacji.`,
            justification: `Uzasadnienie uwagi nr ${i + 1}: obecny zapis nie uwzględnia specyfiki małych organizacji działających na wsi.`,
            authorId: author.id,
            organisationId: organisations[i % organisations.length]?.id ?? null,
            createdAt: new Date(now.getTime() - 9 * DAY + i * 60_000),
            ...(i % 2 === 0
              ? {
                  decision: (["ACCEPTED", "PARTLY_ACCEPTED", "NOT_ACCEPTED"] as const)[i % 3],
                  decisionReason: i % 3 === 0 ? null : "Stanowisko urzędu w sprawie tej uwagi.",
                  answeredAt: now,
                }
              : {}),
          };
        }),
      });
      created = true;
    }
    await client.consultationReport.upsert({
      where: { consultationId: consultation.id },
      create: { consultationId: consultation.id },
      update: { state: "GENERATING" },
    });
    // The job's work, timed as the worker would run it.
    const started = performance.now();
    await generateReport(consultation.id);
    const report_ms = Math.round(performance.now() - started);
    const [units, remarks] = await Promise.all([
      client.consultationUnit.count({ where: { consultationId: consultation.id } }),
      client.remark.count({ where: { consultationId: consultation.id } }),
    ]);
    return { units, remarks, created, report_ms };
  } finally {
    await disconnectDb();
  }
}
