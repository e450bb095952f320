import { describe, expect, it, vi } from 'vitest';
import { MAX_DESCRIPTION_CHARS } from './page/description/description-size';
import { readSwaggerUiInPage } from './page/description/swagger-ui-state';
import { readPageWorld, type ExecuteInPageWorld } from './page-world';

describe('reading a page’s own world from the background', () => {
  it('runs the read-only Swagger UI reader in the top frame of that tab, in the MAIN world, and hands back its result', async () => {
    const execute = vi.fn<ExecuteInPageWorld>(async () => [{ result: { values: ['bearer x'] } }]);
    await expect(readPageWorld(7, 'swagger-ui-authorisation', execute)).resolves.toEqual({ values: ['bearer x'] });
    expect(execute).toHaveBeenCalledWith({
      target: { tabId: 7, frameIds: [0] },
      world: 'MAIN',
      func: readSwaggerUiInPage,
      args: ['swagger-ui-authorisation', MAX_DESCRIPTION_CHARS],
    });
  });

  it('gives null when the browser refuses, the frame returned nothing, or there is no scripting API', async () => {
    await expect(readPageWorld(7, 'swagger-ui-description', async () => Promise.reject(new Error('No tab with id')))).resolves.toBeNull();
    await expect(readPageWorld(7, 'swagger-ui-description', async () => [])).resolves.toBeNull();
    await expect(readPageWorld(7, 'swagger-ui-description', null)).resolves.toBeNull();
  });
});
