// Recognises database errors that are part of normal operation, such as a
// unique constraint refusing a duplicate that a concurrent request inserted
// first. Prisma reports the columns in different places depending on whether a
// driver adapter is used; both are read.
import { Prisma } from "@/lib/generated/prisma/client";

/** The columns of the unique constraint an error violated, or null for any other error. */
export function uniqueViolationFields(error: unknown): string[] | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return null;
  const meta = (error.meta ?? {}) as {
    target?: string[] | string;
    driverAdapterError?: { cause?: { constraint?: { fields?: string[]; index?: string } } };
  };
  if (Array.isArray(meta.target)) return meta.target;
  if (typeof meta.target === "string") return [meta.target];
  const constraint = meta.driverAdapterError?.cause?.constraint;
  if (constraint?.fields) return constraint.fields.map((field) => field.replace(/^"|"$/g, ""));
  // PostgreSQL names the index ("Organisation_nip_key"); Prisma's index names are <Model>_<columns>_key.
  if (constraint?.index) return (/^[A-Za-z]+_(.+)_key$/.exec(constraint.index)?.[1] ?? constraint.index).split("_");
  return [];
}
