// Where the app is: the module on screen, and a record asked for (by the
// search box, the start screen or a menu) that the module's screen opens.
import type { SearchHit, SearchKind } from './bindings';

export type Module = 'home' | 'playbook' | 'hiring' | 'plans' | 'accounts' | 'reviews' | 'data';

export const modules: { id: Module; label: string }[] = [
  { id: 'home', label: 'Start' },
  { id: 'playbook', label: 'Playbook' },
  { id: 'hiring', label: 'Hiring' },
  { id: 'plans', label: 'Plans' },
  { id: 'accounts', label: 'Account plans' },
  { id: 'reviews', label: 'Reviews' },
  { id: 'data', label: 'Data & backups' },
];

/** The module that opens each kind of record. */
const moduleOf: Record<SearchKind, Module> = {
  stage: 'playbook',
  kpi: 'playbook',
  training: 'playbook',
  competitor: 'playbook',
  objection: 'playbook',
  qualification: 'playbook',
  profile: 'playbook',
  person: 'hiring',
  role: 'hiring',
  candidate: 'hiring',
  account: 'accounts',
  account_plan: 'accounts',
  business_plan: 'plans',
  review: 'reviews',
};

export type Target = Pick<SearchHit, 'kind' | 'id' | 'roleId' | 'repId' | 'quarter'>;

class Navigation {
  module = $state<Module>('playbook');
  /** A record to open, until its screen takes it. */
  target = $state<Target | null>(null);

  /** Shows a module as it is; a record asked for and not opened yet is
   *  forgotten (it must not open later, out of the blue). */
  go(module: Module) {
    this.target = null;
    this.module = module;
  }

  /** Shows the record: its module, which then opens it. */
  open(target: Target) {
    this.target = target;
    this.module = moduleOf[target.kind];
  }

  /** The record asked for, if it is one of `kinds`, without taking it. */
  peek(kinds: SearchKind[]): Target | null {
    const target = this.target;
    return target && kinds.includes(target.kind) ? target : null;
  }

  /** The record asked for, if it is one of `kinds`; taken, so it opens once. */
  take(kinds: SearchKind[]): Target | null {
    const target = this.peek(kinds);
    if (target) this.target = null;
    return target;
  }
}

export const navigation = new Navigation();
