// Entries of the ideas board in a given state, for the tests of supports,
// answers, outcomes and the office's figures (written straight to the
// database: writing entries has its own tests).
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { IdeaAddressee, IdeaKind, IdeaStatus, IdeaVisibility } from "@/lib/generated/prisma/enums";

let sequence = 0;

export async function createIdeaRecord(
  overrides: {
    kind?: IdeaKind;
    title?: string;
    authorId?: string | null;
    organisationId?: string | null;
    addressee?: IdeaAddressee;
    institutionId?: string | null;
    visibility?: IdeaVisibility;
    status?: IdeaStatus;
    publishedAt?: Date | null;
    answerDueAt?: Date | null;
    firstAnsweredAt?: Date | null;
    mergedIntoId?: string | null;
  } & Omit<Prisma.IdeaUncheckedCreateInput, "slug" | "kind" | "title" | "body" | "addressee"> = {},
) {
  sequence += 1;
  const addressee = overrides.addressee ?? (overrides.institutionId ? "INSTITUTION" : "OPERATOR");
  const publishedAt = overrides.publishedAt === undefined ? new Date() : overrides.publishedAt;
  return db().idea.create({
    data: {
      ...overrides,
      slug: `pomysl-${sequence}-${randomUUID().slice(0, 8)}`,
      kind: overrides.kind ?? "SUGGESTION",
      title: overrides.title ?? `Wspólny kalendarz wydarzeń nr ${sequence}`,
      body: "Proponujemy wspólny kalendarz wydarzeń organizacji w gminie.",
      addressee,
      visibility: overrides.visibility ?? "PUBLISHED",
      publishedAt,
      answerDueAt:
        overrides.answerDueAt === undefined && publishedAt
          ? new Date(publishedAt.getTime() + 30 * 24 * 3600_000)
          : overrides.answerDueAt,
    },
  });
}
