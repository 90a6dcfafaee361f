import { describe, expect, it } from 'vitest';
import { call, startTestApi } from '../factories';

// Its own file: passport strategies are registered process-wide by name, so one API app per test file.
describe('/ready', () => {
  it('answers 503 naming Redis when Redis is unreachable', async () => {
    const broken = await startTestApi({ env: { REDIS_URL: 'redis://127.0.0.1:1' } });
    try {
      const res = await call(broken.app, 'GET', '/ready');
      expect(res.status).toBe(503);
      expect(res.body, res.text).toMatchObject({
        statusCode: 503,
        message: expect.stringContaining('redis'),
      });
      expect((await call(broken.app, 'GET', '/health')).status).toBe(200);
    } finally {
      await broken.close();
    }
  });
});
