import type { SingleInputActionFn } from "next-safe-action/hooks";
import type { z } from "zod";
import type { AppErrorCode } from "@/lib/errors";

/**
 * One area's server action as a shared discussion component runs it: the
 * component knows what it sends (a reason, a note, the wording shown) but not
 * what the area calls the item's id (`postId`, `commentIds`); the area names
 * that field, and `idInput` puts the id there.
 */
export type AreaAction<Input, Data> = SingleInputActionFn<AppErrorCode, z.ZodType<Input, Input>, unknown, Data>;

/** `{ postId: id }`: the id (or ids) under the name the area's actions give it. */
export function idInput<Field extends string, Id>(field: Field, id: Id): Record<Field, Id> {
  // A computed key widens to `string`; the object has exactly the one field named.
  return { [field]: id } as Record<Field, Id>;
}
