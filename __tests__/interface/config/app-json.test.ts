import { planFromAppJson } from '../../../src/interface/config/app-json.js';

describe('planFromAppJson', () => {
  it.each([
    ['["herokuconnect"]', 'demo', '"herokuconnect"'],
    ['["heroku-postgresql", "herokuconnect:demo"]', 'demo', '"herokuconnect:demo"'],
    ['[{ "plan": "herokuconnect:enterprise", "as": "CONNECT" }]', 'enterprise', '"herokuconnect:enterprise"'],
    ['["herokuconnect:danketsu"]', 'enterprise', '"herokuconnect:danketsu"'],
    ['["herokuconnect:shield"]', 'shield', '"herokuconnect:shield"'],
  ])('reads %s as the %s plan', (addons, plan, named) => {
    expect(planFromAppJson(`{ "name": "app", "addons": ${addons} }`)).toEqual({ plan, where: `app.json (addons: ${named})` });
  });

  it.each([
    ['no add-on of Heroku Connect', '{ "addons": ["heroku-postgresql:essential-0", "herokuconnectx"] }'],
    ['a tier that is no known plan', '{ "addons": ["herokuconnect:gold"] }'],
    ['no addons', '{ "name": "app" }'],
    ['addons of the wrong type', '{ "addons": "herokuconnect" }'],
    ['text that is not JSON', '{ "addons": ['],
  ])('says nothing for %s', (_, text) => {
    expect(planFromAppJson(text)).toBeUndefined();
  });
});
