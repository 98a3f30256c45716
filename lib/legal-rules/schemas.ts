// What an administrator sends to add a legal limit's new value. Messages are
// keys under forms.errors. The value is read by the key's unit (values.ts);
// the unit itself comes from the key, never from the form.
import { z } from "zod";
import { legalRuleKeys, legalRuleUnits } from "@/lib/legal-rules/keys";
import { parseRuleValue } from "@/lib/legal-rules/values";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day as the date field sends it ("2027-01-01"), existing in the calendar, from 2019 to 2100. */
const day = z.string().refine((text) => {
  const match = DAY.exec(text);
  if (!match) return false;
  const date = new Date(`${text}T00:00:00Z`);
  const year = Number(match[1]);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text && year >= 2019 && year <= 2100;
}, "dateInvalid");

export const addLegalRuleSchema = z
  .object({
    key: z.enum(legalRuleKeys, { error: "legalRuleKeyUnknown" }),
    value: z.string().max(300, "legalRuleTextInvalid"),
    validFrom: day,
    source: z.string().trim().min(5, "legalRuleSourceTooShort").max(500, "legalRuleSourceTooLong"),
    note: z.string().trim().max(1000, "legalRuleNoteTooLong"),
  })
  .transform((input, ctx) => {
    const parsed = parseRuleValue(legalRuleUnits[input.key], input.value);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", path: ["value"], message: parsed.message });
      return z.NEVER;
    }
    return {
      key: input.key,
      valueInt: parsed.valueInt,
      valueText: parsed.valueText,
      validFrom: new Date(`${input.validFrom}T00:00:00Z`),
      source: input.source,
      note: input.note === "" ? null : input.note,
    };
  });

export type AddLegalRuleInput = z.input<typeof addLegalRuleSchema>;
export type AddLegalRuleValues = z.output<typeof addLegalRuleSchema>;
