// Every record's id is a cuid (Prisma's @default(cuid())): lower-case letters
// and digits. Ids arriving from the client are checked against this one pattern
// before any query, so a malformed id is "not found" and never reaches SQL.
import { z } from "zod";

/** The pattern's source, for patterns that embed an id (mentions, author choices). */
export const RECORD_ID_SOURCE = "[a-z0-9]{20,40}";
export const RECORD_ID = new RegExp(`^${RECORD_ID_SOURCE}$`);

export const isRecordId = (value: unknown): value is string => typeof value === "string" && RECORD_ID.test(value);

/** A record id in an action's or route's input; a malformed one is reported as not found. */
export const recordId = z.string().regex(RECORD_ID, "notFound");
