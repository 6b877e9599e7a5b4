# Wijkatelier as one instance of several (issue 17): docker-compose.yml runs three behind nginx.
# Also fine alone (SQLite in /data when DATABASE_URL is unset).

# Build: dependencies (better-sqlite3 may need a compiler when no prebuilt binary fits) and the client.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npx vite build && npm prune --omit=dev

# Run: no compiler, no dev dependencies, not root.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 DATA_DIR=/data
COPY --from=build --chown=node:node /app /app
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
VOLUME ["/data"]
# 200 while storage writes (and Redis answers, with REDIS_URL); 503 otherwise.
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# What `npm run serve` runs, without npm in between: SIGTERM reaches the server, which stores
# everything and closes its sockets before it exits ([SYNC9]).
CMD ["node", "--import", "tsx", "server/main.ts"]
