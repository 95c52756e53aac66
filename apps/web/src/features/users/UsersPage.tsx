import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/api-client.js';
import type { Province, UserRow } from '../../api/api-types.js';

/** Administrators' list of accounts, with role, scope and lock status. */
export function UsersPage() {
  const { t } = useTranslation();
  const [users, setUsers] = useState<UserRow[] | null>(null);
  const [provinces, setProvinces] = useState<Map<string, string>>(new Map());
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    Promise.all([api.users(), api.provinces()]).then(
      ([u, p]) => {
        setUsers(u.users);
        setProvinces(new Map(p.provinces.map((x: Province) => [x.id, x.name])));
      },
      (e: unknown) => setError(e instanceof ApiError ? e.message : t('errors.network')),
    );
  }, [t]);

  return (
    <section aria-labelledby="users-title">
      <h1 id="users-title">{t('users.title')}</h1>
      {error && (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      )}
      {!users && !error && <p>{t('common.loading')}</p>}
      {users && (
        <>
          <p>{t('users.count', { count: users.length })}</p>
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="users-title">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('users.email')}</th>
                  <th scope="col">{t('users.name')}</th>
                  <th scope="col">{t('users.role')}</th>
                  <th scope="col">{t('users.province')}</th>
                  <th scope="col">{t('users.status')}</th>
                </tr>
              </thead>
              <tbody>
                {users.map((u) => (
                  <tr key={u.id}>
                    <td>{u.email}</td>
                    <td>{u.displayName}</td>
                    <td>{t(`roles.${u.role}`)}</td>
                    <td>{u.provinceId ? (provinces.get(u.provinceId) ?? u.provinceId) : t('users.national')}</td>
                    <td>{u.locked ? t('users.locked') : t('users.active')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
