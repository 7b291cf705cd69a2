import { Global, Module } from '@nestjs/common';
import { redisProvider, RedisCloser, REDIS } from './redis.provider';

@Global()
@Module({ providers: [redisProvider, RedisCloser], exports: [REDIS] })
export class RedisModule {}
