// A real SMTP server inside the test process: mail goes over the wire through
// nodemailer and is read back parsed, as a recipient's client would.
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface TestSmtpServer {
  url: string;
  received: ParsedMail[];
  /** Makes the server refuse the next messages (a delivery failure). */
  rejectAll(reject: boolean): void;
  close(): Promise<void>;
}

export async function startSmtpServer(): Promise<TestSmtpServer> {
  const received: ParsedMail[] = [];
  let rejecting = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          if (rejecting) return callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    rejectAll: (reject) => {
      rejecting = reject;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
