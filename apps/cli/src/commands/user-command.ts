import { createUser, generatePassword, loadConfig, migrateToLatest, openDatabase, ROLES } from '@kmm/server';
import { z } from 'zod';

const userOptions = z.object({
  role: z.enum(ROLES, { error: `--role must be one of: ${ROLES.join(', ')}` }),
  email: z.email({ error: '--email must be an email address' }),
  password: z.string().min(10, { error: '--password needs at least 10 characters' }).optional(),
  name: z.string().min(1).max(100).optional(),
  province: z.string().optional(),
});

/** `kmm user create`: add an account; without --password one is generated and printed once. */
export async function userCreateCommand(raw: Record<string, unknown>): Promise<void> {
  const parsed = userOptions.safeParse(raw);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join('\n'));
  const options = parsed.data;
  const password = options.password ?? generatePassword();
  const handle = openDatabase(loadConfig().DATABASE_URL);
  try {
    await migrateToLatest(handle.db);
    await createUser(handle.db, {
      email: options.email,
      role: options.role,
      password,
      displayName: options.name ?? options.email.split('@')[0]!,
      provinceId: options.province ?? null,
    });
  } finally {
    await handle.close();
  }
  console.log(`Đã tạo tài khoản / Created ${options.role} ${options.email}`);
  if (!options.password) console.log(`Mật khẩu (chỉ hiện một lần) / Password (shown once): ${password}`);
}
