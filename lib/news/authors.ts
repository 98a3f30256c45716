// Who writes news (lib/auth/authors.ts with the news permissions): an
// organisation's owners and editors, an institution's officials, the
// platform's administrators.
import type { Actor } from "@/lib/auth/permissions";
import {
  actsAsAnyAuthor,
  authorOptions as optionsFor,
  mayActAsAuthor,
  type AuthorChoice,
  type AuthorOption,
  type AuthorPermissions,
} from "@/lib/auth/authors";

export const NEWS_AUTHORS: AuthorPermissions = {
  organisation: "news.writeForOrganisation",
  institution: "news.writeForInstitution",
  platform: "news.writeForPlatform",
};

export const writesNews = (actor: Actor | null) => actsAsAnyAuthor(actor, NEWS_AUTHORS);
export const authorOptions = (actor: Actor): Promise<AuthorOption[]> => optionsFor(actor, NEWS_AUTHORS);
export const mayWriteFor = (actor: Actor, author: AuthorChoice) => mayActAsAuthor(actor, author, NEWS_AUTHORS);
