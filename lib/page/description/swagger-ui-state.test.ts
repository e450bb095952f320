// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { readSwaggerUiInPage, SwaggerUiAuthorisationSchema, SwaggerUiDescriptionSchema } from './swagger-ui-state';

const SPEC = { openapi: '3.0.3', info: { title: 'Resolver', version: '1' }, paths: {} };
const page = window as unknown as Record<string, unknown>;
const added: string[] = [];

function put(name: string, value: unknown) {
  page[name] = value;
  added.push(name);
}

afterEach(() => {
  for (const name of added.splice(0)) delete page[name];
});

/** What swagger-ui-dist 5 exposes, as far as the reader reads it (Immutable values have toJS). */
function modernUi(options: { url?: string; status?: string; urls?: unknown; authorized?: unknown } = {}) {
  return {
    specSelectors: {
      specJson: () => ({ toJS: () => SPEC }),
      url: () => options.url ?? '',
      loadingStatus: () => options.status ?? 'success',
    },
    getConfigs: () => ({ urls: options.urls }),
    authSelectors: { authorized: () => ({ toJS: () => options.authorized ?? {} }) },
  };
}

const read = (part: Parameters<typeof readSwaggerUiInPage>[0], max = 1_000_000) => readSwaggerUiInPage(part, max);

describe('reading Swagger UI 3+ in the page’s world', () => {
  it('gives the loaded description, where it came from, and the urls of a multi-document page', () => {
    put('ui', modernUi({ url: '/svc/docs/7/definition', urls: [{ url: '/a.json', name: 'A' }, { url: 5 }, { url: '/b.json' }] }));
    const answer = SwaggerUiDescriptionSchema.parse(read('swagger-ui-description'));
    expect(answer).toEqual({
      generation: '3+',
      loading: false,
      url: '/svc/docs/7/definition',
      json: JSON.stringify(SPEC),
      urls: [{ url: '/a.json', name: 'A' }, { url: '/b.json' }],
    });
  });

  it('says when it is still loading, without the document', () => {
    put('ui', modernUi({ status: 'loading' }));
    expect(SwaggerUiDescriptionSchema.parse(read('swagger-ui-description'))).toMatchObject({ loading: true, json: null });
  });

  it('leaves out a description larger than the limit', () => {
    put('ui', modernUi());
    expect(SwaggerUiDescriptionSchema.parse(read('swagger-ui-description', 10))).toMatchObject({ json: null });
  });

  it('finds the instance under another global name, past globals whose getters throw', () => {
    Object.defineProperty(window, 'boobyTrap', { get: () => { throw new Error('no'); }, configurable: true, enumerable: true });
    added.push('boobyTrap');
    put('resolverApiExplorer', modernUi({ url: '/x.json' }));
    expect(SwaggerUiDescriptionSchema.parse(read('swagger-ui-description')).url).toBe('/x.json');
  });

  it('gives the Authorization values of apiKey-in-header and http bearer schemes, nothing else', () => {
    put(
      'ui',
      modernUi({
        authorized: {
          bearer: { schema: { type: 'apiKey', in: 'header', name: 'Authorization' }, value: 'bearer one' },
          http: { schema: { type: 'http', scheme: 'bearer' }, value: 'two' },
          query: { schema: { type: 'apiKey', in: 'query', name: 'api_key' }, value: 'three' },
          basic: { schema: { type: 'http', scheme: 'basic' }, value: { username: 'u' } },
        },
      }),
    );
    expect(SwaggerUiAuthorisationSchema.parse(read('swagger-ui-authorisation'))).toEqual({ values: ['bearer one', 'Bearer two'] });
  });
});

describe('reading Swagger UI 2.x in the page’s world', () => {
  const legacyUi = (options: { spec?: unknown; url?: string; authz?: unknown }) => ({
    load: () => undefined,
    options: { spec: options.spec, url: options.url },
    api: { url: options.url, clientAuthorizations: { authz: options.authz ?? {} } },
  });

  it('gives the inline spec option, unresolved, or else only the URL it loaded', () => {
    put('swaggerUi', legacyUi({ spec: SPEC }));
    expect(SwaggerUiDescriptionSchema.parse(read('swagger-ui-description'))).toEqual({
      generation: '2',
      loading: false,
      url: null,
      json: JSON.stringify(SPEC),
      urls: [],
    });
    put('swaggerUi', legacyUi({ url: 'https://acme.resolver.com/hidden/swagger' }));
    expect(SwaggerUiDescriptionSchema.parse(read('swagger-ui-description'))).toMatchObject({
      url: 'https://acme.resolver.com/hidden/swagger',
      json: null,
    });
  });

  it('gives the Authorization header values of its client authorisations', () => {
    put(
      'swaggerUi',
      legacyUi({
        authz: {
          bearer: { name: 'Authorization', value: 'bearer legacy', type: 'header' },
          key: { name: 'api_key', value: 'k', type: 'query' },
        },
      }),
    );
    expect(SwaggerUiAuthorisationSchema.parse(read('swagger-ui-authorisation'))).toEqual({ values: ['bearer legacy'] });
  });
});

describe('a page without Swagger UI', () => {
  it('gives null', () => {
    put('ui', { specSelectors: 'not a selector' });
    expect(read('swagger-ui-description')).toBeNull();
    expect(read('swagger-ui-authorisation')).toBeNull();
  });
});
