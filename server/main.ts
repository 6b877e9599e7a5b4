import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { startServer } from './server';
import { redactDatabaseUrl } from './storage/openStorage';

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee "Configuration" in README.md.\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const server = await startServer(config, logger);

  // Handlers first: a signal that arrives right after start must still shut down cleanly.
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    signals++;
    if (signals > 1) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    logger.info({ signal }, 'shutting down');
    server.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);

  logger.info(
    {
      url: server.url,
      port: server.port,
      storage: server.storage.kind,
      ...(config.databaseUrl
        ? { database: redactDatabaseUrl(config.databaseUrl) }
        : { dataDir: config.dataDir }),
    },
    `Wijkatelier listens on ${server.url}`,
  );
  if (server.setupLink) {
    // Printed plainly as well (not only as a log field) so whoever starts the server sees it.
    logger.info('no ADMIN_TOKEN set: a one-time admin setup link was printed');
    process.stdout.write(
      `\nNo ADMIN_TOKEN is set. Open this link once to become the admin of this Wijkatelier:\n  ${server.setupLink}\n\n`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Wijkatelier could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
