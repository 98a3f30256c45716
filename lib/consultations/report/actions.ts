"use server";

import { organiserOf } from "@/lib/consultations/queries";
import { publishReport, requestReport, type ReportRefusal } from "@/lib/consultations/report/mutations";
import { consultationIdSchema } from "@/lib/consultations/schemas";
import type { MayRefuse } from "@/lib/rule-errors/refusals";
import { scopedAction } from "@/lib/safe-action";

export const requestReportAction = scopedAction(
  { name: "requestReport", permission: "consultations.manage" },
  consultationIdSchema,
  organiserOf,
  async ({ parsedInput, ctx }): MayRefuse<{ requested: true }, ReportRefusal> => {
    await requestReport(parsedInput.consultationId, { userId: ctx.actor.id, ...ctx.meta });
    return { requested: true };
  },
);

export const publishReportAction = scopedAction(
  { name: "publishReport", permission: "consultations.manage" },
  consultationIdSchema,
  organiserOf,
  async ({ parsedInput, ctx }): MayRefuse<{ published: true }, ReportRefusal> => {
    await publishReport(parsedInput.consultationId, { userId: ctx.actor.id, ...ctx.meta });
    return { published: true };
  },
);
