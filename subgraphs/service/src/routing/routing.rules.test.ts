import { chooseAgent, isVipTier, routingCategory, ticketLanguage, validateAgentSkills, type RoutingAgent } from './routing.rules';

const agent = (agentId: string, over: Partial<RoutingAgent> = {}): RoutingAgent => ({
  agentId,
  categories: ['PRODUCT_QUALITY', 'CONSULTATION'],
  languages: ['zh'],
  vip: false,
  capacity: 3,
  load: 0,
  ...over,
});
const ticket = { category: 'PRODUCT_QUALITY', language: 'zh', vip: false };

describe('chooseAgent', () => {
  test('only agents with the category and the language are eligible', () => {
    expect(chooseAgent(ticket, [agent('a', { categories: ['REFUND'] }), agent('b', { languages: ['en'] })])).toBeNull();
    expect(chooseAgent(ticket, [agent('a', { categories: ['REFUND'] }), agent('c')])).toBe('c');
    expect(chooseAgent({ ...ticket, language: null }, [agent('b', { languages: ['en'] })])).toBe('b');
  });

  test('the least loaded wins; ties go to the lower load per capacity, then the lower agent id', () => {
    expect(chooseAgent(ticket, [agent('a', { load: 2 }), agent('b', { load: 1 })])).toBe('b');
    expect(chooseAgent(ticket, [agent('a', { load: 1, capacity: 2 }), agent('b', { load: 1, capacity: 5 })])).toBe('b');
    expect(chooseAgent(ticket, [agent('z', { load: 1 }), agent('m', { load: 1 })])).toBe('m');
  });

  test('capacity is respected: a full agent is never chosen; everybody full leaves the ticket in the queue', () => {
    expect(chooseAgent(ticket, [agent('a', { load: 3 }), agent('b', { load: 2 })])).toBe('b');
    expect(chooseAgent(ticket, [agent('a', { load: 3 }), agent('b', { capacity: 0 })])).toBeNull();
  });

  test('a VIP ticket goes to a VIP-skilled agent when one is online (waiting when they are full), otherwise to anyone skilled', () => {
    const vip = { ...ticket, vip: true };
    expect(chooseAgent(vip, [agent('a'), agent('v', { vip: true, load: 2 })])).toBe('v');
    expect(chooseAgent(vip, [agent('a'), agent('v', { vip: true, load: 3 })])).toBeNull();
    expect(chooseAgent(vip, [agent('a'), agent('v', { vip: true, categories: ['REFUND'] })])).toBe('a');
    expect(chooseAgent(ticket, [agent('v', { vip: true }), agent('a', { load: 1 })])).toBe('v');
  });
});

test('routing category, language and VIP tiers', () => {
  expect(routingCategory({ type: 'COMPLAINT', category: 'REFUND' })).toBe('REFUND');
  expect(routingCategory({ type: 'COMPLAINT', category: null })).toBe('OTHER');
  expect(routingCategory({ type: 'AFTER_SALES', category: null })).toBe('AFTER_SALES');
  expect(ticketLanguage('衣服破了 broken')).toBe('zh');
  expect(ticketLanguage('The zip is broken')).toBe('en');
  expect(isVipTier(['DIAMOND'], 'DIAMOND')).toBe(true);
  expect(isVipTier(['DIAMOND'], 'GOLD')).toBe(false);
  expect(isVipTier(['DIAMOND'], null)).toBe(false);
});

test('validateAgentSkills normalises and names every problem', () => {
  expect(validateAgentSkills({ agentId: ' agent-7 ', displayName: ' 小王 ', categories: ['REFUND', 'CONSULTATION', 'REFUND'], languages: ['EN', 'zh'], vip: true, capacity: 5 })).toEqual({
    agentId: 'agent-7',
    displayName: '小王',
    categories: ['CONSULTATION', 'REFUND'],
    languages: ['en', 'zh'],
    vip: true,
    capacity: 5,
  });
  expect(() => validateAgentSkills({ agentId: 'a b', displayName: null, categories: ['NOPE'], languages: [], vip: false, capacity: 101 })).toThrow(
    /agentId[\s\S]*unknown category NOPE[\s\S]*languages holds[\s\S]*capacity/,
  );
});
