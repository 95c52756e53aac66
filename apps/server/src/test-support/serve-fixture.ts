// Runs the real server entry point (startServer) in a child process for shutdown tests:
// API only, configuration from the environment, the URL printed once ready.
import { loadConfig } from '../config/config.js';
import { startServer } from '../server.js';

const server = await startServer(loadConfig(), '/nonexistent-web-root');
console.log(`READY ${server.url}`);
