// The stage list against Tauri's IPC mock: the real component and API
// layer, with the Rust side answered in-process.
import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { Playbook, Stage } from '../../lib/bindings';
import Stages from './Stages.svelte';

function stage(id: string, name: string): Stage {
  return {
    id,
    name,
    purpose: '',
    entryCriteria: '',
    exitCriteria: [],
    keyActivities: '',
    scripts: '',
    materials: '',
    expectedDays: null,
    updatedAt: '2026-11-23T00:00:00.000Z',
  };
}

function playbook(stages: Stage[]): Playbook {
  return {
    companyName: 'Acme',
    started: true,
    stages,
    qualification: [],
    profile: { idealCustomerProfile: '', valueProposition: '' },
    objections: [],
    competitors: [],
    kpis: [],
    training: [],
  };
}

afterEach(() => clearMocks());

describe('Stages', () => {
  it('lists stages in order, names shown as text', () => {
    const { getAllByTestId } = render(Stages, {
      props: { playbook: playbook([stage('1', 'Lead'), stage('2', '<b>x</b>')]) },
    });
    const items = getAllByTestId('stage-item');
    expect(items.map((i) => i.querySelector('.name')?.textContent)).toEqual(['Lead', '<b>x</b>']);
    expect(items[1].querySelector('b')).toBeNull();
  });

  it('shows the error of an empty new stage name next to the field', async () => {
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      if (cmd === 'create_stage') {
        throw { code: 'invalid', message: 'The stage name cannot be empty.', field: 'name' };
      }
      return null;
    });
    const { getByTestId, findByTestId } = render(Stages, { props: { playbook: playbook([]) } });
    await fireEvent.click(getByTestId('add-stage'));
    const error = await findByTestId('new-stage-name-error');
    expect(error.textContent?.trim()).toBe('The stage name cannot be empty.');
    expect(calls).toEqual(['create_stage']);
  });

  it('moves the selected stage with Alt+ArrowDown', async () => {
    const moves: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === 'move_item') {
        moves.push(args);
        return playbook([stage('2', 'Suspect'), stage('1', 'Lead')]);
      }
      return null;
    });
    const { getAllByTestId } = render(Stages, {
      props: { playbook: playbook([stage('1', 'Lead'), stage('2', 'Suspect')]) },
    });
    await fireEvent.keyDown(getAllByTestId('stage-item')[0], { key: 'ArrowDown', altKey: true });
    await waitFor(() => expect(moves).toHaveLength(1));
    expect(moves[0]).toMatchObject({ list: 'stages', id: '1', toIndex: 1 });
  });
});

describe('Stages drag and drop', () => {
  it('dropping a stage on another moves it to that index', async () => {
    const moves: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === 'move_item') {
        moves.push(args);
        return playbook([stage('2', 'Suspect'), stage('3', 'Qualified'), stage('1', 'Lead')]);
      }
      return null;
    });
    const { getAllByTestId } = render(Stages, {
      props: { playbook: playbook([stage('1', 'Lead'), stage('2', 'Suspect'), stage('3', 'Qualified')]) },
    });
    const rows = getAllByTestId('stage-item').map((b) => b.closest('li')!);
    await fireEvent.dragStart(rows[0]);
    await fireEvent.dragOver(rows[2]);
    await fireEvent.drop(rows[2]);
    await waitFor(() => expect(moves).toHaveLength(1));
    expect(moves[0]).toMatchObject({ list: 'stages', id: '1', toIndex: 2 });
  });
});
