import type { ActorMention } from './actor-mentions.js';
import type { ArticleState } from './analysis-state.js';
import { mainSubjectMention } from './tree-sides.js';

/**
 * Who acted last, for "il" / "le ministre": the main subject of the latest sentence that has one
 * since an event's actor was remembered, else that actor. The sentences waiting in
 * `state.unreadSubjects` are settled here, newest first, so a sentence's tree is parsed for its
 * subject only when a later sentence asks (the same answer as settling each sentence in turn).
 */
export function lastSubject(state: ArticleState): ActorMention | null {
  const waiting = state.unreadSubjects;
  for (let i = waiting.length - 1; i >= 0; i--) {
    const { start, mentions } = waiting[i]!;
    const tree = state.trees?.at(start);
    const subject = tree && mainSubjectMention(tree, mentions);
    if (subject) {
      state.lastSubject = subject;
      break;
    }
  }
  state.unreadSubjects = [];
  return state.lastSubject;
}
