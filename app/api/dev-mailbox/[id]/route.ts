import { showMailboxMessage } from "@/lib/mail/mailbox-handlers";

export const dynamic = "force-dynamic";

export const GET = showMailboxMessage;
