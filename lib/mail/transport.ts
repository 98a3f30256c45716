// Sends e-mail through SMTP when SMTP_URL is set. Without it, in development
// and in the demo, nodemailer still builds the complete message, and the
// development mailbox keeps it for a person to read at /dev/mailbox. A
// production instance without SMTP refuses to send rather than lose mail.
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/lib/db/client";
import { ConfigurationError, env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}

export type MailTransportKind = "smtp" | "mailbox";

export function mailTransportKind(): MailTransportKind {
  const config = env();
  if (config.SMTP_URL) return "smtp";
  if (config.NODE_ENV !== "production" || config.DEMO_MODE) return "mailbox";
  throw new ConfigurationError(["SMTP_URL is required in production: the platform must be able to send e-mail"]);
}

export function isMailboxEnabled(): boolean {
  try {
    return mailTransportKind() === "mailbox";
  } catch {
    return false;
  }
}

const transports = new Map<string, Transporter>();

function smtpTransport(url: string): Transporter {
  let transport = transports.get(url);
  if (!transport) {
    transport = nodemailer.createTransport(url);
    transports.set(url, transport);
  }
  return transport;
}

// Builds the real MIME message without sending it anywhere.
const mailboxBuilder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });

export async function sendMail(mail: OutgoingMail): Promise<void> {
  const message = { from: env().MAIL_FROM, ...mail };
  let kind: MailTransportKind;
  try {
    kind = mailTransportKind();
  } catch (error) {
    log.error("mail not sent: no transport", { error });
    throw new AppError("UNAVAILABLE", "no mail transport configured", { cause: error });
  }
  if (kind === "smtp") {
    try {
      const info = await smtpTransport(env().SMTP_URL!).sendMail(message);
      log.info("mail sent", { messageId: info.messageId });
    } catch (error) {
      log.error("mail not sent: SMTP failed", { error });
      throw new AppError("UNAVAILABLE", "SMTP delivery failed", { cause: error });
    }
    return;
  }
  const built = await mailboxBuilder.sendMail(message);
  const stored = await db().devMailboxMessage.create({
    data: { to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, raw: String(built.message) },
    select: { id: true },
  });
  log.info("mail kept in the development mailbox", { id: stored.id });
}
