# Brief — the news-briefing bot, compiled to JavaScript and run by `node` (README: Deployment).
# The build stage installs everything, compiles src/ to dist/ with tsc and bundles the CLI with
# esbuild into dist/bundle/ (`npm run build`), and drops the dev dependencies; the image gets the
# production dependencies, dist/ and the launcher only: no TypeScript sources, no tsc, no tsx.
FROM node:24-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 builds from source when no prebuilt binary fits.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY bin ./bin
COPY scripts/build.ts ./scripts/build.ts
COPY src ./src
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:24-bookworm-slim
ENV NODE_ENV=production \
    BRIEFINGS_DIR=/app/briefings \
    DATABASE_URL=/app/data/brief.db \
    PORT=3000
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json package-lock.json ./
COPY bin/brief.js bin/runtime.js ./bin/
COPY briefings ./briefings
COPY config ./config
RUN mkdir -p /app/data && chown -R node:node /app/data /app/briefings
USER node
VOLUME ["/app/briefings", "/app/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# node is the main process and handles SIGTERM itself (stops within shutdown.graceSeconds).
CMD ["node", "bin/brief.js", "start"]
