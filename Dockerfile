# syntax=docker/dockerfile:1
# KL Kontrakt server image: the same commands as CI (.ci/run) — `npm ci`, `npm run build`, then
# `npm run serve` on a production install. Build for the URL Office and Teams will load it from:
#   docker build --build-arg PUBLIC_BASE_URL=https://kontrakt.example.dk --build-arg ENTRA_CLIENT_ID=<client id> -t kl-kontrakt .
# PUBLIC_BASE_URL and ENTRA_CLIENT_ID are baked into dist/addin/manifest.xml (README, "Drift").

# --- build: all dependencies, compile the bundles and the server to JavaScript -----------------
FROM node:22-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ARG PUBLIC_BASE_URL=https://localhost:3000
ARG ENTRA_CLIENT_ID=
ENV PUBLIC_BASE_URL=${PUBLIC_BASE_URL} ENTRA_CLIENT_ID=${ENTRA_CLIENT_ID}
RUN npm run build

# --- runtime: production dependencies only, no TypeScript, no webpack, not root ---------------
FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY assets ./assets
COPY scripts/serve.cjs ./scripts/serve.cjs
# PGlite's folder when no DATABASE_URL is given (mount a volume there, or use PostgreSQL).
RUN mkdir -p /app/data && chown node:node /app/data
USER node
ENV HOST=0.0.0.0 PORT=3000 DATA_DIR=/app/data
EXPOSE 3000
# node:22-slim has no curl: Node's own fetch asks the public health route.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node directly (not through npm): it receives SIGTERM and closes the server cleanly.
CMD ["node", "scripts/serve.cjs"]
