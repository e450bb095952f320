/**
 * `npm run sim`: runs a simulator until Ctrl-C. PORT=<n> picks the port (default: a free one);
 * SIM_EXAMPLES=<variant> and SIM_SWAGGER_UI=2 choose the advertised examples and the legacy UI.
 */
import { accountLines } from './accounts';
import { EXAMPLE_VARIANT_NAMES, type ExampleVariantName, SEED, startSimulator } from './index';

function variantFromEnv(): ExampleVariantName {
  const wanted = process.env.SIM_EXAMPLES ?? 'default';
  const variant = EXAMPLE_VARIANT_NAMES.find((name) => name === wanted);
  if (!variant) throw new Error(`SIM_EXAMPLES must be one of: ${EXAMPLE_VARIANT_NAMES.join(', ')}`);
  return variant;
}

const sim = await startSimulator({
  port: Number(process.env.PORT ?? 0),
  examples: variantFromEnv(),
  swaggerUi: process.env.SIM_SWAGGER_UI === '2' ? '2' : '3',
});

console.log(`Resolver Core simulator (listening on 127.0.0.1:${sim.port})
  production login:  ${sim.origin(SEED.tenants.production)}/
  production Swagger: ${sim.origin(SEED.tenants.production)}/api
  sandbox login:     ${sim.origin(SEED.tenants.sandbox)}/
  (map *.resolver.com to 127.0.0.1, e.g. chromium --host-resolver-rules="MAP *.resolver.com 127.0.0.1")

Accounts:
${accountLines().map((line) => `  ${line}`).join('\n')}
Press Ctrl-C to stop.`);

process.on('SIGINT', () => {
  void sim.close().then(() => process.exit(0));
});
