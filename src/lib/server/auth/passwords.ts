// Password hashing is better-auth's (scrypt), so accounts created here (admin pages, demo data)
// sign in through better-auth like any other.
import { hashPassword, verifyPassword } from 'better-auth/crypto';

export const MIN_PASSWORD_LENGTH = 10;

export { hashPassword, verifyPassword };
