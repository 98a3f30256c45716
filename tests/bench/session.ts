// Signs a demo person in through next-auth's own credentials endpoint, as the
// sign-in form does, and returns the session cookie for the bench's signed-in routes.
import http from "node:http";

interface Answer {
  status: number;
  cookies: string[];
  body: string;
}

function call(
  port: number,
  path: string,
  options: { method?: string; cookie?: string; form?: string },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port,
        path,
        method: options.method ?? "GET",
        headers: {
          ...(options.cookie ? { cookie: options.cookie } : {}),
          ...(options.form
            ? { "content-type": "application/x-www-form-urlencoded", "content-length": Buffer.byteLength(options.form) }
            : {}),
        },
      },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, cookies: response.headers["set-cookie"] ?? [], body }),
        );
      },
    );
    request.on("error", reject);
    request.end(options.form);
  });
}

const pair = (setCookie: string) => setCookie.split(";")[0]!;

/** The `Cookie` header of a fresh session of `email`; throws when signing in fails. */
export async function signedInCookie(port: number, email: string, password: string): Promise<string> {
  const csrf = await call(port, "/api/auth/csrf", {});
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const form = new URLSearchParams({ csrfToken, email, password, json: "true" }).toString();
  const answer = await call(port, "/api/auth/callback/credentials", {
    method: "POST",
    cookie: csrf.cookies.map(pair).join("; "),
    form,
  });
  const session = answer.cookies.map(pair).find((cookie) => /session-token=/.test(cookie));
  if (!session) throw new Error(`signing in as ${email} failed (status ${answer.status})`);
  return session;
}
