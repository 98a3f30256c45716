import { db } from "@/lib/db/client";
import { resetEnvCache } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { listMailboxMessages } from "@/lib/mail/mailbox-queries";
import { verifyEmailMail } from "@/lib/mail/templates";
import { isMailboxEnabled, sendMail } from "@/lib/mail/transport";
import { startSmtpServer, type TestSmtpServer } from "@/tests/helpers/smtp-server";

const mail = () =>
  verifyEmailMail({
    to: "Anna.Nowak@example.org",
    locale: "de",
    platformName: "Plattform",
    recipientName: "Anna",
    url: "https://ngo.example.org/v/abc",
    validHours: 24,
  });

function withEnv(values: Record<string, string | undefined>) {
  const saved = Object.fromEntries(Object.keys(values).map((k) => [k, process.env[k]]));
  Object.assign(process.env, values);
  for (const [k, v] of Object.entries(values)) if (v === undefined) delete process.env[k];
  resetEnvCache();
  return () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    resetEnvCache();
  };
}

describe("sending mail over SMTP", () => {
  let smtp: TestSmtpServer;
  let restore: () => void;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    restore = withEnv({ SMTP_URL: smtp.url, MAIL_FROM: "Plattform <no-reply@ngo.example.org>" });
  });
  afterAll(async () => {
    restore();
    await smtp.close();
  });

  it("delivers a message with an HTML and a plain-text part in the recipient's language", async () => {
    await sendMail(mail());
    expect(smtp.received).toHaveLength(1);
    const received = smtp.received[0]!;
    expect(received.subject).toBe("Bestätigen Sie Ihre E-Mail-Adresse – Plattform");
    expect(received.from?.text).toBe('"Plattform" <no-reply@ngo.example.org>');
    expect(received.to && "text" in received.to ? received.to.text : "").toBe("Anna.Nowak@example.org");
    expect(received.text).toContain("https://ngo.example.org/v/abc");
    expect(received.html).toContain('<html lang="de">');
    expect(await db().devMailboxMessage.count()).toBe(0);
  });

  it("turns a refused delivery into UNAVAILABLE", async () => {
    smtp.rejectAll(true);
    try {
      await expect(sendMail(mail())).rejects.toMatchObject({ code: "UNAVAILABLE" });
    } finally {
      smtp.rejectAll(false);
    }
  });
});

describe("the development mailbox", () => {
  it("keeps the complete message when no SMTP server is configured", async () => {
    const restore = withEnv({ SMTP_URL: undefined });
    try {
      expect(isMailboxEnabled()).toBe(true);
      await sendMail(mail());
      const [listed] = await listMailboxMessages();
      expect(listed).toMatchObject({
        to: "Anna.Nowak@example.org",
        subject: "Bestätigen Sie Ihre E-Mail-Adresse – Plattform",
      });
      const stored = await db().devMailboxMessage.findUniqueOrThrow({ where: { id: listed!.id } });
      expect(stored.raw).toMatch(/^Content-Type: multipart\/alternative/m);
      expect(stored.text).toContain("https://ngo.example.org/v/abc");
    } finally {
      restore();
    }
  });

  it("is open in the demo's production build, and closed in real production, which refuses to send", async () => {
    let restore = withEnv({ SMTP_URL: undefined, NODE_ENV: "production", DEMO_MODE: "true" });
    try {
      expect(isMailboxEnabled()).toBe(true);
    } finally {
      restore();
    }
    restore = withEnv({ SMTP_URL: undefined, NODE_ENV: "production", DEMO_MODE: undefined });
    try {
      expect(isMailboxEnabled()).toBe(false);
      const before = await db().devMailboxMessage.count();
      await expect(sendMail(mail())).rejects.toBeInstanceOf(AppError);
      expect(await db().devMailboxMessage.count()).toBe(before);
    } finally {
      restore();
    }
  });
});
