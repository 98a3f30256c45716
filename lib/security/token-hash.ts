// Secrets sent in links or typed by people (sign-in links, consent links,
// recovery codes) are stored only as their SHA-256, so a copy of the database
// cannot be used to follow them. The secrets are random, so a plain hash is
// enough: there is nothing to guess.
import { createHash } from "node:crypto";

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
