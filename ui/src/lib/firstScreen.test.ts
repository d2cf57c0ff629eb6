/// <reference types="vite/client" />
import indexHtml from '../../index.html?raw';
import { commandsOver } from './commands';
import { askFirstScreen, EARLY_COMMANDS } from './firstScreen';
import { CommandError } from './api';

describe("the first screen's commands, sent by index.html's head script", () => {
  it('are the ones the typed wrappers would send, in the order firstScreen.ts reads them', () => {
    // The list the head script maps over: the array right before `.map(`.
    const list = /window\.__salesdeskFirst\s*=[^[]*\[([^\]]*)\]\s*\.map\(/.exec(indexHtml);
    expect(list, 'the head script of index.html').not.toBeNull();
    const inHtml = [...list![1].matchAll(/'([a-z_]+)'/g)].map((m) => m[1]);
    expect(inHtml).toEqual(EARLY_COMMANDS);

    const sent: string[] = [];
    const api = commandsOver(async (command: string) => {
      sent.push(command);
      return undefined as never;
    });
    void api.workspaceStatus();
    void api.getPlaybook();
    void api.currentUser();
    expect(sent).toEqual(EARLY_COMMANDS);
  });

  it("are answered from the head script's requests once, with refusals as CommandError", async () => {
    const open = { status: 'open', path: '/w', readOnly: false, example: false };
    const early = window as { __salesdeskFirst?: Promise<unknown>[] };
    early.__salesdeskFirst = [
      Promise.resolve(open),
      Promise.reject({ code: 'notFound', message: 'No playbook', field: null }),
      Promise.resolve(null),
    ];
    const answer = askFirstScreen();
    expect(early.__salesdeskFirst).toBeUndefined();
    await expect(answer).rejects.toBeInstanceOf(CommandError);
    await expect(answer).rejects.toMatchObject({ message: 'No playbook', code: 'notFound' });
  });
});
