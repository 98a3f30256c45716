// What an administrator may set for partner requests and the fit score.
// Messages are keys under forms.errors.
import { z } from "zod";

// A decimal comma is how Polish and German readers write 0,25.
const weight = z.preprocess(
  (value) => (typeof value === "string" ? value.trim().replace(",", ".") : value),
  z.coerce.number({ error: "partnerWeightInvalid" }).min(0, "partnerWeightInvalid").max(1, "partnerWeightInvalid"),
);

export const weightFields = [
  "weightSpheres",
  "weightDistance",
  "weightComplementarity",
  "weightTrackRecord",
  "weightReciprocity",
] as const;

export const partnershipSettingsSchema = z
  .object({
    weightSpheres: weight,
    weightDistance: weight,
    weightComplementarity: weight,
    weightTrackRecord: weight,
    weightReciprocity: weight,
    exposurePenalty: weight,
    dailyInterestLimit: z.coerce
      .number({ error: "partnerDailyLimitInvalid" })
      .int("partnerDailyLimitInvalid")
      .min(1, "partnerDailyLimitInvalid")
      .max(100, "partnerDailyLimitInvalid"),
    maxReplyDays: z.coerce
      .number({ error: "partnerReplyDaysInvalid" })
      .int("partnerReplyDaysInvalid")
      .min(7, "partnerReplyDaysInvalid")
      .max(365, "partnerReplyDaysInvalid"),
  })
  // The weights are divided by their sum: all zero would rank nothing.
  .refine((s) => weightFields.some((field) => s[field] > 0), {
    message: "partnerWeightsZero",
    path: ["weightSpheres"],
  });

export type PartnershipSettingsInput = z.input<typeof partnershipSettingsSchema>;
export type PartnershipSettingsValues = z.output<typeof partnershipSettingsSchema>;
