// next-auth configuration: e-mail and password through lib/accounts, sessions
// as signed JWT cookies carrying only the user's id and session version.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate, SignInError } from "@/lib/accounts/authenticate";
import { signInWithLinkToken } from "@/lib/accounts/link-sign-in";
import { signInSchema, verifyEmailSchema } from "@/lib/accounts/schemas";
import type { SessionClaims } from "@/lib/auth/current-actor";
import { env } from "@/lib/env";
import { clientIpFrom } from "@/lib/http/request-context";

declare module "next-auth" {
  interface Session {
    claims?: SessionClaims;
  }
  interface User {
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    claims?: SessionClaims;
  }
}

export const SESSION_MAX_AGE_SECONDS = 8 * 3600;

export const authOptions: NextAuthOptions = {
  secret: env().AUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/logowanie", error: "/logowanie" },
  providers: [
    CredentialsProvider({
      credentials: {
        email: { type: "email" },
        password: { type: "password" },
        code: { type: "text" },
        signInToken: { type: "text" },
      },
      async authorize(credentials, request) {
        const forwardedFor = (request?.headers?.["x-forwarded-for"] as string | undefined) ?? null;
        // Straight after confirming the address: the one-time token that confirmation handed this browser.
        if (credentials?.signInToken) {
          const token = verifyEmailSchema.shape.token.safeParse(credentials.signInToken);
          if (!token.success) throw new Error("INVALID_CREDENTIALS");
          try {
            const user = await signInWithLinkToken(token.data, {
              ip: clientIpFrom(forwardedFor, env().TRUSTED_PROXY_HOPS),
              userAgent: (request?.headers?.["user-agent"] as string | undefined) ?? null,
            });
            return { id: user.id, sessionVersion: user.sessionVersion };
          } catch (error) {
            if (error instanceof SignInError) throw new Error(error.failure);
            throw error;
          }
        }
        const parsed = signInSchema.safeParse(credentials);
        // The code reaches the sign-in form as `error`; it never reveals whether the address exists.
        if (!parsed.success) throw new Error("INVALID_CREDENTIALS");
        try {
          const user = await authenticate(parsed.data.email, parsed.data.password, {
            ip: clientIpFrom(forwardedFor, env().TRUSTED_PROXY_HOPS),
            code: parsed.data.code || undefined,
            userAgent: (request?.headers?.["user-agent"] as string | undefined) ?? null,
          });
          return { id: user.id, sessionVersion: user.sessionVersion };
        } catch (error) {
          if (error instanceof SignInError) throw new Error(error.failure);
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) token.claims = { userId: user.id, sessionVersion: user.sessionVersion };
      return token;
    },
    async session({ session, token }) {
      // Only the claims travel; who the person is comes from the database (lib/auth/current-actor.ts).
      return { expires: session.expires, claims: token.claims };
    },
  },
};
