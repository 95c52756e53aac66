import { loadConfig, startServer, type DemoAccount } from '@kmm/server';
import { WEB_DIST } from '../paths.js';
import { ensureWebBuilt } from '../web-build.js';

function printDemoAccounts(accounts: DemoAccount[]): void {
  if (accounts.length === 0) return;
  const width = Math.max(...accounts.map((a) => a.email.length));
  console.log('\nTài khoản demo (mật khẩu chỉ hiện MỘT lần — hãy lưu lại) / Demo accounts (passwords shown ONCE):');
  for (const a of accounts) console.log(`  ${a.role.padEnd(10)} ${a.email.padEnd(width)}  ${a.password}`);
  console.log('Đổi hoặc tạo tài khoản: npm run kmm -- user create --role <role> --email <email>');
  // First start: offer the demo campaign, which takes a few seconds and is never loaded unasked.
  console.log('Dữ liệu chiến dịch mẫu (2.100 trường, 6.000 buổi tập huấn…) / Demo campaign data: npm run kmm -- seed --demo\n');
}

/** `kmm start`: build the web app if needed, prepare the database, serve. */
export async function startCommand(): Promise<void> {
  const config = loadConfig();
  ensureWebBuilt((line) => console.log(line));
  const server = await startServer(config, WEB_DIST);
  printDemoAccounts(server.demoAccounts);
  console.log(`Không Một Mình đang chạy tại ${server.url} (cơ sở dữ liệu: ${server.database.dialect})`);
  console.log(`Not alone is running at ${server.url} (database: ${server.database.dialect})`);
}
