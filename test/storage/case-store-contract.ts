import { describe, expect, it } from 'vitest';
import { addFacts, setStatus, summarizeCase, type CaseStore } from '../../domain/index.js';
import { triageCase } from './triage-case-fixture.js';

/** What every CaseStore must do, run against each implementation. */
export function describeCaseStoreContract(name: string, makeStore: () => Promise<CaseStore>): void {
  describe(`${name} (CaseStore contract)`, () => {
    it('gets back a saved case, and undefined for an unknown id', async () => {
      const store = await makeStore();
      const saved = triageCase({ id: 'UA-AAAAA2' });
      await store.save(saved);
      expect(await store.get('UA-AAAAA2')).toEqual(saved);
      expect(await store.get('UA-ZZZZZ9')).toBeUndefined();
    });

    it('replaces a case saved again under the same id', async () => {
      const store = await makeStore();
      await store.save(triageCase({ id: 'UA-AAAAA3' }));
      const updated = triageCase({ id: 'UA-AAAAA3', facts: { currentPlan: 'o365-enterprise-e4', licensedUsers: 400 } });
      await store.save(updated);
      expect(await store.get('UA-AAAAA3')).toEqual(updated);
      expect(await store.listByAgent('agent-1', 10)).toEqual([updated]);
    });

    it("lists only the agent's cases, newest first, up to the limit", async () => {
      const store = await makeStore();
      const dates = ['2026-11-18T10:00:00Z', '2026-11-20T10:00:00Z', '2026-11-19T10:00:00Z', '2026-11-21T08:00:00Z'];
      const ids = ['UA-BBBBB2', 'UA-BBBBB3', 'UA-BBBBB4', 'UA-BBBBB5'];
      for (const [position, id] of ids.entries()) await store.save(triageCase({ id, createdAt: dates[position] ?? '' }));
      await store.save(triageCase({ id: 'UA-CCCCC2', agentId: 'agent-2', createdAt: '2026-11-22T10:00:00Z' }));
      const listed = await store.listByAgent('agent-1', 10);
      expect(listed.map((c) => c.id)).toEqual(['UA-BBBBB5', 'UA-BBBBB3', 'UA-BBBBB4', 'UA-BBBBB2']);
      expect((await store.listByAgent('agent-1', 2)).map((c) => c.id)).toEqual(['UA-BBBBB5', 'UA-BBBBB3']);
      expect(await store.listByAgent('agent-1', 0)).toEqual([]);
      expect(await store.listByAgent('nobody', 5)).toEqual([]);
    });

    it('orders by the instant, whatever the UTC offset written', async () => {
      const store = await makeStore();
      // 10:30+02:00 is 08:30Z: earlier than 09:00Z although it sorts later as text.
      await store.save(triageCase({ id: 'UA-DDDDD2', createdAt: '2026-11-20T10:30:00+02:00' }));
      await store.save(triageCase({ id: 'UA-DDDDD3', createdAt: '2026-11-20T09:00:00Z' }));
      expect((await store.listByAgent('agent-1', 5)).map((c) => c.id)).toEqual(['UA-DDDDD3', 'UA-DDDDD2']);
    });

    it('moves a case between agents and dates when it is saved again', async () => {
      const store = await makeStore();
      await store.save(triageCase({ id: 'UA-EEEEE2', agentId: 'agent-1' }));
      await store.save(triageCase({ id: 'UA-EEEEE2', agentId: 'agent-2', createdAt: '2026-11-21T12:00:00Z' }));
      expect(await store.listByAgent('agent-1', 5)).toEqual([]);
      expect((await store.listByAgent('agent-2', 5)).map((c) => c.createdAt)).toEqual(['2026-11-21T12:00:00Z']);
    });

    it('refuses a case that does not match TriageCaseSchema', async () => {
      const store = await makeStore();
      await expect(store.save(triageCase({ id: 'not-a-case-id' }))).rejects.toThrow();
      await expect(store.save({ ...triageCase({ id: 'UA-FFFFF2' }), createdAt: 'yesterday' })).rejects.toThrow();
      expect(await store.get('UA-FFFFF2')).toBeUndefined();
    });

    it('returns copies the caller cannot change the store through', async () => {
      const store = await makeStore();
      const saved = triageCase({ id: 'UA-GGGGG2' });
      await store.save(saved);
      const read = await store.get('UA-GGGGG2');
      if (read) read.facts.licensedUsers = 9999;
      saved.facts.licensedUsers = 8888;
      expect((await store.get('UA-GGGGG2'))?.facts.licensedUsers).toBe(120);
    });

    it('update applies a change to the stored case and saves it, keeping the history', async () => {
      const store = await makeStore();
      await store.save(triageCase({ id: 'UA-HHHHH4' }));
      const lead = { id: 'lead-1', name: 'Lia Lead' };
      const updated = await store.update('UA-HHHHH4', (current) => addFacts(current, { purchaseChannel: 'partner' }, lead, '2026-11-21T10:00:00Z'));
      expect(updated?.diagnosis.path).toBe('contact-partner');
      expect(updated?.history.map((event) => event.change.kind)).toEqual(['created', 'facts']);
      expect(await store.get('UA-HHHHH4')).toEqual(updated);
      expect(await store.update('UA-ZZZZZ8', (current) => current)).toBeUndefined();
      // A change with nothing to save gives the case as it stands.
      expect(await store.update('UA-HHHHH4', () => undefined)).toEqual(updated);
    });

    it('keeps every change when updates of one case overlap', async () => {
      const store = await makeStore();
      await store.save(triageCase({ id: 'UA-HHHHH5' }));
      const agents = ['agent-a', 'agent-b', 'agent-c', 'agent-d'];
      await Promise.all(
        agents.map((id, minute) =>
          store.update('UA-HHHHH5', (current) =>
            setStatus(current, minute % 2 === 0 ? 'waiting-for-customer' : 'open', { id }, `2026-11-21T10:0${minute}:00Z`) ??
            addFacts(current, { licensedUsers: 200 + minute }, { id }, `2026-11-21T10:0${minute}:00Z`),
          ),
        ),
      );
      const stored = await store.get('UA-HHHHH5');
      expect(stored?.history.slice(1).map((event) => event.by.id).sort()).toEqual(agents);
    });

    it('summarizes every case, updated ones included', async () => {
      const store = await makeStore();
      expect(await store.summaries()).toEqual([]);
      await store.save(triageCase({ id: 'UA-JJJJJ4', customer: 'Contoso', ticket: '48213' }));
      await store.save(triageCase({ id: 'UA-JJJJJ5', agentId: 'agent-2', tenant: 'fabrikam.onmicrosoft.com' }));
      const resolved = await store.update('UA-JJJJJ4', (current) => setStatus(current, 'resolved', { id: 'agent-1' }, '2026-11-22T08:00:00Z'));
      const summaries = await store.summaries();
      expect(summaries.sort((a, b) => a.id.localeCompare(b.id))).toEqual([
        summarizeCase(resolved ?? triageCase({ id: 'UA-JJJJJ4' })),
        summarizeCase(triageCase({ id: 'UA-JJJJJ5', agentId: 'agent-2', tenant: 'fabrikam.onmicrosoft.com' })),
      ]);
      expect(summaries.find((line) => line.id === 'UA-JJJJJ4')?.status).toBe('resolved');
    });
  });
}
