// Open competitions for tests that need one in a given phase (draft, open,
// upcoming, closed) rather than the way an official gets it there: stored
// directly, no checks, no notifications. Dates are relative to now; amounts
// are grosze. Tests of announcing go through the competitions' actions.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CompetitionStatus, TaskForm } from "@/lib/generated/prisma/enums";
import { createInstitution } from "@/tests/factories/institutions";

const DAY = 24 * 3600 * 1000;

export interface TaskSpec {
  number?: string;
  kindName?: string;
  /** The statutory point of the sphere ("10", "27"). */
  sphereCode?: string;
  form?: TaskForm;
  pool?: number;
  minGrant?: number;
  maxGrant?: number;
  minOwnContributionBp?: number;
  maxAdminCostBp?: number;
}

export interface CompetitionOptions {
  institutionId?: string;
  status?: CompetitionStatus;
  /** Days from now to the opening of offers (negative: already open). */
  opensInDays?: number;
  /** Days from now to the offer deadline (negative: already closed). */
  deadlineInDays?: number;
  /** One task of 200 000 zł in sphere 10 unless given. */
  tasks?: TaskSpec[];
  /** For a published competition: days ago it appeared in BIP, on the notice board and the website. */
  publishedDaysAgo?: number;
  overrides?: Partial<Prisma.CompetitionUncheckedCreateInput>;
}

let sequence = 0;

async function sphereId(code: string): Promise<string> {
  const sphere = await db().publicBenefitSphere.findFirst({ where: { code, validTo: null }, select: { id: true } });
  if (!sphere) throw new Error(`No sphere ${code} in force`);
  return sphere.id;
}

/** A competition with its tasks; published (with the three required publications) unless `status` says otherwise. */
export async function createCompetition(options: CompetitionOptions = {}) {
  sequence += 1;
  const now = Date.now();
  const status = options.status ?? "PUBLISHED";
  const published = status !== "DRAFT";
  const institutionId = options.institutionId ?? (await createInstitution()).id;
  const specs = options.tasks ?? [{}];
  const tasks = await Promise.all(
    specs.map(async (spec, index) => {
      const code = spec.sphereCode ?? "10";
      return {
        position: index,
        number: spec.number ?? String(index + 1),
        kindName: spec.kindName ?? `Zadanie testowe ${index + 1}`,
        description: "Opis zadania testowego.",
        sphereId: await sphereId(code),
        kindKey: code,
        form: spec.form ?? "SUPPORT",
        pool: BigInt(spec.pool ?? 20_000_000),
        minGrant: spec.minGrant === undefined ? null : BigInt(spec.minGrant),
        maxGrant: spec.maxGrant === undefined ? null : BigInt(spec.maxGrant),
        minOwnContributionBp: spec.minOwnContributionBp ?? null,
        maxAdminCostBp: spec.maxAdminCostBp ?? null,
      };
    }),
  );
  const totalPool = tasks.reduce((sum, task) => sum + task.pool, 0n);
  const ceiling = tasks.reduce((max, task) => {
    const possible = task.maxGrant ?? task.pool;
    return possible > max ? possible : max;
  }, 0n);
  const publishedOn = new Date(now - (options.publishedDaysAgo ?? 3) * DAY);
  const year = new Date(now).getUTCFullYear();
  return db().competition.create({
    data: {
      slug: `konkurs-${sequence}-${randomUUID().slice(0, 8)}`,
      institutionId,
      title: `Konkurs testowy nr ${sequence}`,
      summary: "Otwarty konkurs ofert na realizację zadań publicznych.",
      awardRules: "Zasady przyznawania dotacji.",
      implementationTerms: "Terminy i warunki realizacji zadań.",
      allowedYears: [year, year + 1],
      offersOpenAt: new Date(now + (options.opensInDays ?? -1) * DAY),
      offersDeadline: new Date(now + (options.deadlineInDays ?? 25) * DAY),
      selectionProcedure: "Tryb i kryteria wyboru ofert.",
      contactName: "Anna Urzędniczka",
      contactEmail: "konkursy@urzad.example",
      confirmationChannels: ["PAPER", "QUALIFIED_SIGNATURE", "TRUSTED_PROFILE"],
      status,
      publishedAt: published ? publishedOn : null,
      totalPool,
      maxGrantCeiling: ceiling,
      tasks: { create: tasks },
      spheres: { create: [...new Set(tasks.map((task) => task.sphereId))].map((id) => ({ sphereId: id })) },
      publications: published
        ? {
            create: (["BIP", "NOTICE_BOARD", "WEBSITE"] as const).map((channel) => ({
              channel,
              publishedOn: new Date(`${publishedOn.toISOString().slice(0, 10)}T00:00:00Z`),
            })),
          }
        : undefined,
      ...options.overrides,
    },
    include: { tasks: { orderBy: { position: "asc" } } },
  });
}
