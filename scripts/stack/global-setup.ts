import { chooseTestServer, createTestDatabase } from '@member-graph/common/testing';
import { migrateAll } from './subgraphs';

/**
 * Jest global setup: choose the Postgres server (DATABASE_URL or an embedded one), then migrate the bus
 * and all four schemas ONCE into a template database of this run (a unique name, so concurrent runs on
 * one server do not meet). Each test file clones it (`create database … template …`) instead of
 * migrating its own database.
 */
export default async function globalSetup() {
  await chooseTestServer();
  delete process.env.TEST_TEMPLATE_DATABASE; // the template itself is an empty database, migrated here
  const template = await createTestDatabase('template');
  await migrateAll(template.url); // each migration closes its connections: the template is left unconnected, ready to clone
  process.env.TEST_TEMPLATE_DATABASE = new URL(template.url).pathname.slice(1);
  (globalThis as { __dropTestTemplate?: () => Promise<void> }).__dropTestTemplate = template.drop;
}
