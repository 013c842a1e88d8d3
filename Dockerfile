# The same path as App Service and test/deploy/production-start.test.ts: compile and stage with
# production dependencies only (npm run stage:production), then run the built bot as the image's
# unprivileged "node" user with npm run start:prod's command. Not built here (no Docker where this
# was written); linted by test/deploy/dockerfile.test.ts.
FROM node:24-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run stage:production -- --out /app

FROM node:24-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build --chown=node:node /app /app
USER node
# With MicrosoftAppId set the bot listens on every interface; without one only on loopback
# (requests are then not authenticated): pass -e HOST=0.0.0.0 to try it that way.
ENV PORT=3978
EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=5s CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
STOPSIGNAL SIGTERM
CMD ["node", "--no-memory-reducer", "dist/bot/index.js"]
