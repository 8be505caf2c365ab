import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './env';

describe('loadConfig', () => {
  it('uses the embedded database and port 3000 on 127.0.0.1 by default', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.PORT).toBe(3000);
    expect(config.HOST).toBe('127.0.0.1');
    expect(config.uploadDir).toBe('./data/uploads');
  });

  it('names DATABASE_URL when it is malformed', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://nope' })).toThrowError(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: 'not a url' })).toThrowError(/DATABASE_URL/);
  });

  it('rejects a port outside the valid range', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrowError(/PORT/);
  });

  it('accepts a PostgreSQL URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@localhost:5432/tsunagu' }).DATABASE_URL).toContain(
      'postgres://',
    );
  });
});
