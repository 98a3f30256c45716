import "server-only";
import { db } from "@/lib/db/client";

export async function listMailboxMessages(take = 100) {
  return db().devMailboxMessage.findMany({
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, to: true, subject: true, createdAt: true },
  });
}

export async function getMailboxMessage(id: string) {
  return db().devMailboxMessage.findUnique({
    where: { id },
    select: { id: true, to: true, subject: true, text: true, html: true, createdAt: true },
  });
}
