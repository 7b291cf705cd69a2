import { Injectable, OnModuleInit } from '@nestjs/common';
import { Algorithm, hash, verify } from '@node-rs/argon2';

/** OWASP's argon2id minimum (19 MiB, 2 passes); the parameters travel inside each hash. */
const ARGON2_OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

@Injectable()
export class PasswordService implements OnModuleInit {
  private dummyHash: Promise<string> | undefined;

  /** Made up front, so that not even the first unknown e-mail takes longer than a real check. */
  onModuleInit(): void {
    this.dummyHash = this.hash('kopa-dummy-password-for-timing');
  }

  hash(password: string): Promise<string> {
    return hash(password, ARGON2_OPTIONS);
  }

  async verify(passwordHash: string, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash, password);
    } catch {
      // A malformed stored hash is a failed check, not a server error.
      return false;
    }
  }

  /** Spends the same time as a real check, so an unknown e-mail cannot be told from a wrong password. */
  async verifyDummy(password: string): Promise<false> {
    this.dummyHash ??= this.hash('kopa-dummy-password-for-timing');
    await this.verify(await this.dummyHash, password);
    return false;
  }
}
