// Password hashing with argon2id (OWASP's first choice), parameters from the
// OWASP password storage cheat sheet (m = 19 MiB, t = 2, p = 1).
import { hash, verify, type Algorithm } from "@node-rs/argon2";

// Algorithm is a const enum, which isolated modules cannot read: 2 is Argon2id.
const ARGON2ID = 2 as Algorithm;
const options = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password);
}
