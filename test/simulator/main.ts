/**
 * `npm run sim`: runs a simulator until Ctrl-C. PORT=<n> picks the port (default: a free one);
 * SIM_EXAMPLES=<variant> chooses the advertised examples, SIM_SWAGGER_UI=2 the legacy UI and
 * SIM_DESCRIPTION=<placement> where the Swagger page gets its description and
 * SIM_USER_LIST=<all|paged|capped> how the unsearched user list answers (USER_LIST_MODES).
 */
import { accountLines } from './accounts';
import {
  DESCRIPTION_PLACEMENTS,
  DESCRIPTION_PLACEMENT_NAMES,
  EXAMPLE_VARIANT_NAMES,
  SEED,
  USER_LIST_MODES,
  startSimulator,
} from './index';

/** The environment variable's value if it is one of `names`, else `fallback` when unset. */
function choiceFromEnv<T extends string>(variable: string, names: readonly T[], fallback: T): T {
  const wanted = process.env[variable] ?? fallback;
  const choice = names.find((name) => name === wanted);
  if (!choice) throw new Error(`${variable} must be one of: ${names.join(', ')}`);
  return choice;
}

const description = choiceFromEnv('SIM_DESCRIPTION', DESCRIPTION_PLACEMENT_NAMES, 'standard');
const userList = choiceFromEnv('SIM_USER_LIST', USER_LIST_MODES, 'all');
const sim = await startSimulator({
  port: Number(process.env.PORT ?? 0),
  examples: choiceFromEnv('SIM_EXAMPLES', EXAMPLE_VARIANT_NAMES, 'default'),
  swaggerUi: process.env.SIM_SWAGGER_UI === '2' ? '2' : '3',
  description,
  userList,
});

const swaggerLine =
  description === 'none'
    ? '  production Swagger: none (SIM_DESCRIPTION=none)'
    : `  production Swagger: ${sim.origin(SEED.tenants.production)}/api`;

console.log(`Resolver Core simulator (listening on 127.0.0.1:${sim.port})
  production login:  ${sim.origin(SEED.tenants.production)}/
${swaggerLine}
  sandbox login:     ${sim.origin(SEED.tenants.sandbox)}/
  API description:   ${description}: ${DESCRIPTION_PLACEMENTS[description]}
  user list:         ${userList} (SIM_USER_LIST: ${USER_LIST_MODES.join(', ')})
  (map *.resolver.com to 127.0.0.1, e.g. chromium --host-resolver-rules="MAP *.resolver.com 127.0.0.1")

Accounts:
${accountLines().map((line) => `  ${line}`).join('\n')}
Press Ctrl-C to stop.`);

process.on('SIGINT', () => {
  void sim.close().then(() => process.exit(0));
});
