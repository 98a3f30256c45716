// Which items may be named as what came of an entry: only public ones (a
// link to a draft would lead visitors nowhere).
import type { ConsultationStatus, LibraryReview, NewsStatus } from "@/lib/generated/prisma/enums";
import { isPublicDocument } from "@/lib/library/queries";
import { isPublic as isPublicArticle } from "@/lib/news/workflow";

export type OutcomeTarget =
  | { kind: "CONSULTATION"; institutionId: string; status: ConsultationStatus }
  | { kind: "NEWS"; institutionId: string | null; status: NewsStatus; publishedAt: Date | null }
  | { kind: "LIBRARY"; institutionId: string | null; review: LibraryReview; currentVersionId: string | null };

export function isPublicTarget(target: OutcomeTarget, now: Date): boolean {
  switch (target.kind) {
    case "CONSULTATION":
      return target.status !== "DRAFT";
    case "NEWS":
      return isPublicArticle(target, now);
    case "LIBRARY":
      return isPublicDocument(target);
  }
}
