// The administrators' list of people, as its address asks for it: a search
// text and a page; anything malformed falls back to the first page of everyone.
import { z } from "zod";

export const peopleFilterSchema = z.object({
  q: z.string().trim().max(254).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type PeopleFilter = z.infer<typeof peopleFilterSchema>;
