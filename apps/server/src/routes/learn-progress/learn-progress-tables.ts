/** A learner's completed item, kept on the account (anonymous learners keep it on the device). */
export interface LearnProgressTable {
  user_id: string;
  kind: 'scenario' | 'quiz' | 'lesson';
  item_id: string;
  outcome: 'safe' | 'unsafe' | null;
  score: number | null;
  total: number | null;
  completed_at: string;
}
