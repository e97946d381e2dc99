import { natsForTests } from './nats';

test('NATS_URL selects the NATS tests without probing', () => {
  const probe = jest.fn(() => false);
  expect(natsForTests({ NATS_URL: 'nats://nats.example:4222' }, probe)).toEqual({ url: 'nats://nats.example:4222' });
  expect(probe).not.toHaveBeenCalled();
});

test('without NATS_URL a server answering on 127.0.0.1:4222 selects them', () => {
  expect(natsForTests({}, () => true)).toEqual({ url: 'nats://127.0.0.1:4222' });
});

test('with no server they are skipped with a notice, or fail under REQUIRE_NATS=true', () => {
  expect(natsForTests({}, () => false)).toEqual({ skip: expect.stringMatching(/NATS bus tests skipped: no NATS_URL and no NATS server/) });
  expect(natsForTests({ REQUIRE_NATS: 'true' }, () => false)).toEqual({ fail: expect.stringMatching(/^REQUIRE_NATS=true but no NATS_URL/) });
});
