// An organisation's nominee to a competition commission, checked the same way in
// the browser and on the server. Messages are keys under `competitions.nominations.errors`.
import { z } from "zod";
import { recordId } from "@/lib/validation/record-id";

const text = (min: number, max: number, short: string, long: string) =>
  z
    .string()
    .transform((value) => value.replace(/[\u0000-\u001f\u007f]/g, " ").trim())
    .pipe(z.string().min(min, short).max(max, long));

export const nominationFormSchema = z.object({
  organisationId: recordId,
  nomineeName: text(3, 200, "nameTooShort", "nameTooLong"),
  nomineeEmail: z.string().trim().toLowerCase().max(254, "emailInvalid").pipe(z.email("emailInvalid")),
  /** Optional; digits, spaces, hyphens and a leading +. */
  nomineePhone: z.union([
    z.literal(""),
    z
      .string()
      .trim()
      .regex(/^\+?[\d\s-]{6,20}$/, "phoneInvalid"),
  ]),
  /** The statement that the nominee agreed to stand and to their data being processed: required, said plainly on the form. */
  consent: z.literal(true, { error: "consentRequired" }),
});
export type NominationFormInput = z.input<typeof nominationFormSchema>;

export const nominateSchema = nominationFormSchema.extend({ competitionId: recordId });
export const withdrawNominationSchema = z.object({ nominationId: recordId });
