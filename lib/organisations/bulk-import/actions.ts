"use server";

import { z } from "zod";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { IMPORT_FIELDS, mappingSchema } from "@/lib/organisations/bulk-import/mapping";
import { checkImport, startImport } from "@/lib/organisations/bulk-import/service";
import { signedInClient } from "@/lib/safe-action";

const importId = z.string().regex(/^[a-z0-9]{10,40}$/);

/** The dry run with the chosen columns (field → column index, or "" for none). */
export const checkImportAction = signedInClient
  .metadata({ name: "checkOrganisationImport", permission: "organisations.import" })
  .inputSchema(
    z.object({
      importId,
      mapping: z.partialRecord(z.enum(IMPORT_FIELDS), z.union([z.literal(""), z.coerce.number().int().min(0)])),
    }),
  )
  .action(async ({ parsedInput }) => {
    const found = await db().organisationImport.findUnique({
      where: { id: parsedInput.importId },
      select: { headers: true },
    });
    if (!found) throw new AppError("NOT_FOUND", "organisation import");
    const chosen = Object.fromEntries(Object.entries(parsedInput.mapping).filter(([, column]) => column !== ""));
    const mapping = mappingSchema(found.headers.length).safeParse(chosen);
    if (!mapping.success) {
      return {
        mappingErrors: mapping.error.issues.map((issue) => ({
          field: String(issue.path[0]),
          problem: issue.message as "required" | "duplicate",
        })),
      };
    }
    return { summary: await checkImport(parsedInput.importId, mapping.data) };
  });

export const startImportAction = signedInClient
  .metadata({ name: "startOrganisationImport", permission: "organisations.import" })
  .inputSchema(z.object({ importId }))
  .action(async ({ parsedInput, ctx }) => {
    await startImport(parsedInput.importId, ctx.actor.id);
    return { started: true };
  });
