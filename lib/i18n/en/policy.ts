/** English: what the organisation's policy (managed storage, lib/policy/) allows, and why a value was not applied. */
export const policy = {
  'policy.refused.environment': 'Your organisation does not allow this helper on {host}.',
  'policy.refused.enforce-off': 'Enforcing MFA is turned off by your organisation.',
  'policy.refused.bulk-off': 'Bulk runs are turned off by your organisation.',
  'policy.refused.reason-required': 'Your organisation requires a reason or ticket reference for this action.',

  'policy.environment.notice':
    'Your organisation does not allow this helper on {host}: it acts only on {allowed}. Use it in one of those environments, or ask your IT department.',
  'policy.tab.enforceOff': 'Enforcing MFA is turned off by your organisation.',
  'policy.tab.bulkOff': 'Bulk runs are turned off by your organisation.',
  'policy.reason.label': 'Reason or ticket reference (required by your organisation)',
  'policy.reason.missing': 'Your organisation requires a reason or ticket reference: write one to confirm.',

  'policy.title': 'Set by your organisation',
  'policy.intro': 'These values come from your organisation’s policy. They apply in this browser and cannot be changed here.',
  'policy.value.allowedEnvironments': 'Environments the helper acts on: {value}.',
  'policy.value.callerChecklist': 'Caller checklist: {count} checks, shown under Settings.',
  'policy.value.requireReason.on': 'A reason or ticket reference is required to reset a user’s MFA or opt a user out.',
  'policy.value.requireReason.off': 'A reason or ticket reference is optional.',
  'policy.value.allowBulkRuns.on': 'Bulk runs are allowed.',
  'policy.value.allowBulkRuns.off': 'Bulk runs are turned off.',
  'policy.value.allowEnforce.on': 'Enforcing MFA is allowed.',
  'policy.value.allowEnforce.off': 'Enforcing MFA is turned off.',
  'policy.value.auditRetentionDays': 'The history keeps {days} days: older entries are removed.',
  'policy.problems.title': 'Values not applied',
  'policy.problem.unknown-key': '“{key}” is not a setting this version knows: it is ignored.',
  'policy.problem.environments-type': '“{key}” must be a list of hosts: every Resolver environment stays allowed.',
  'policy.problem.environments-empty': '“{key}” lists no environment: every Resolver environment stays allowed.',
  'policy.problem.environments-too-many': '“{key}” lists more than {max} environments: every Resolver environment stays allowed.',
  'policy.problem.environment-shape':
    '“{key}”: “{value}” is not a host (write acme.resolver.com, or *.resolver.com for every environment under a domain): every Resolver environment stays allowed.',
  'policy.problem.environment-not-resolver':
    '“{key}”: “{value}” is not a Resolver host (…resolver.com): every Resolver environment stays allowed.',
  'policy.problem.checklist':
    '“{key}” must be a list of at most {count} checks of at most {max} characters each: the checklist set on this page applies.',
  'policy.problem.boolean': '“{key}” must be true or false, not {value}: the helper’s default applies.',
  'policy.problem.days':
    '“{key}” must be a whole number of days from {min} to {max}, not {value}: the history keeps its entries.',

  'settings.checklist.managed': 'Set by your organisation: these checks apply to every reset and cannot be changed here.',
  'settings.checklist.managedNone': 'Set by your organisation: no checklist.',
} as const;
