// A fact sheet is prerendered on the server; hostile text in the data must reach its HTML as text.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import CityReport from '../../src/lib/city/CityReport.svelte';
import { loadDataset } from '../../src/lib/data/node/loadDataset';
import { cityPageData, referenceDataset } from '../../src/lib/data/client';
import { messagesFor } from '../../src/lib/i18n';

const HOSTILE = '<img src=x onerror=alert(1)> Injected <b>bold</b> <script>alert(2)</script>';

describe('the server-rendered city report', () => {
  it('writes hostile data text as text, escaped', () => {
    const shared = referenceDataset(loadDataset());
    const city = shared.cities.find((c) => c.id === 'matamoros')!;
    const { data, facts } = cityPageData(shared, city.id);
    const source = facts.sources[0]!;
    const hostileFacts = {
      ...facts,
      facts: [...facts.facts, { ...facts.facts[0]!, id: 'hostile', date: '2019-08-01', text: { en: HOSTILE, es: HOSTILE }, sources: [source.id] }],
      sources: facts.sources.map((s) => (s.id === source.id ? { ...s, title: HOSTILE, publisher: HOSTILE } : s))
    };
    const hostileCity = { ...city, name: { en: HOSTILE, es: HOSTILE } };
    const { body } = render(CityReport, {
      props: { city: hostileCity, data, facts: hostileFacts, date: '2019-09-01', lang: 'en', t: messagesFor('en'), stateName: HOSTILE, level: 2, showLater: true }
    });
    expect(body).toContain('&lt;img src=x onerror=alert(1)> Injected &lt;b>bold&lt;/b>');
    expect(body).not.toMatch(/<img|<b>|<script/i);
  });
});
