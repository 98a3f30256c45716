"use server";

import { z } from "zod";
import { AppError } from "@/lib/errors";
import { IMPORT_FIELDS, mappingSchema } from "@/lib/organisations/bulk-import/mapping";
import { importHeaders } from "@/lib/organisations/bulk-import/queries";
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
    const headers = await importHeaders(parsedInput.importId);
    if (!headers) throw new AppError("NOT_FOUND", "organisation import");
    const chosen = Object.fromEntries(Object.entries(parsedInput.mapping).filter(([, column]) => column !== ""));
    const mapping = mappingSchema(headers.length).safeParse(chosen);
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
