# syntax=docker/dockerfile:1
# Relais API + admin app. Build from the repository root:
#   docker build -f docker/api.Dockerfile -t relais .

# --- build: every dependency, then the admin app (dist/admin) and the API bundle (dist/api)
FROM node:20-bookworm-slim AS build
WORKDIR /app
# package.json carries `allowScripts`, which npm ci honours here as on a workstation.
COPY package.json package-lock.json .npmrc ./
RUN npm ci
COPY . .
RUN npm run build

# --- runtime: production dependencies, the build output and the neighbourhood GeoJSON files
FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY data ./data
# Runs as the image's unprivileged user; the data dir (embedded PostgreSQL, when no
# DATABASE_URL is set) must be writable by it.
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
ENV PORT=3000
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/api/main.js"]
