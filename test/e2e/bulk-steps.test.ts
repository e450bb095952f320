import { describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { namedForUsers } from './bulk-steps';

describe('namedForUsers', () => {
  const sentence = (users: string) => t('bulkUi.confirm.go.reset', { users });
  const name = namedForUsers(sentence, 1000);

  it('matches the button whatever the page’s number format', () => {
    for (const count of ['1,000', '1000', '1\u202f000', '1.000']) {
      expect(name.test(sentence(t('bulkUi.users.other', { count })))).toBe(true);
    }
  });

  it('does not match another count or another sentence', () => {
    expect(name.test(sentence(t('bulkUi.users.other', { count: '100' })))).toBe(false);
    expect(name.test(t('bulkUi.confirm.go.optOut', { users: t('bulkUi.users.other', { count: '1000' }) }))).toBe(false);
  });
});
