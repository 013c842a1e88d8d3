import { describe, expect, it } from 'vitest';
import { fillJsonTemplate } from '../../scripts/app-package-placeholders.js';

describe('fillJsonTemplate', () => {
  it('fills placeholders wherever they stand in a string, at any depth', () => {
    const template = JSON.stringify({ id: '{{AppId}}', bots: [{ botId: '{{AppId}}', note: 'v{{Version}}!' }], count: 3 });
    expect(fillJsonTemplate(template, { AppId: 'abc', Version: '1.2.3' }, 't.json')).toEqual({
      id: 'abc',
      bots: [{ botId: 'abc', note: 'v1.2.3!' }],
      count: 3,
    });
  });

  it('drops an array item that is only an unset optional placeholder', () => {
    const template = JSON.stringify({ validDomains: ['{{BotDomain}}', 'static.example.org'] });
    expect(fillJsonTemplate(template, { BotDomain: undefined }, 't.json')).toEqual({ validDomains: ['static.example.org'] });
    expect(fillJsonTemplate(template, { BotDomain: 'bot.example.org' }, 't.json')).toEqual({
      validDomains: ['bot.example.org', 'static.example.org'],
    });
  });

  it('refuses an unset optional placeholder outside an array', () => {
    expect(() => fillJsonTemplate('{"domain":"{{BotDomain}}"}', { BotDomain: undefined }, 't.json')).toThrow(
      'placeholder {{BotDomain}} at domain has no value',
    );
  });

  it('refuses a placeholder it has no value for, naming where it is', () => {
    expect(() => fillJsonTemplate('{"a":{"b":["{{Typo}}"]}}', {}, 't.json')).toThrow('unknown placeholder {{Typo}} at a.b[0]');
  });

  it('names the file when the template is not JSON', () => {
    expect(() => fillJsonTemplate('{"a":', {}, 'broken.json')).toThrow(/^broken\.json is not valid JSON/);
  });
});
