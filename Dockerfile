# Member Graph: one image, every part. Run a part by its command:
#   docker run member-graph gateway | customer | loyalty | service | marketing | migrate
# The build stage runs the same npm scripts CI runs (npm ci from the lockfile, npm run build,
# npm run prune:prod), so a step that breaks here breaks CI too.

FROM node:22-bookworm-slim AS build
WORKDIR /app
# manifests first: the dependency layer is rebuilt only when the lockfile or a package.json changes
COPY package.json package-lock.json .npmrc ./
COPY common/package.json common/
COPY gateway/package.json gateway/
COPY subgraphs/customer/package.json subgraphs/customer/
COPY subgraphs/loyalty/package.json subgraphs/loyalty/
COPY subgraphs/service/package.json subgraphs/service/
COPY subgraphs/marketing/package.json subgraphs/marketing/
COPY clients/app/package.json clients/app/
COPY clients/staff/package.json clients/staff/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm run prune:prod

FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# the node image's unprivileged user; nothing in /app is writable by it
USER node
EXPOSE 4000 4001 4002 4003 4004
ENTRYPOINT ["node", "dist/scripts/part.js"]
CMD ["gateway"]
