import { describe, expect, it } from 'vitest';
import { gradeScore, gradeVotes, isValidVoteThresholds, itemPoints, ORGAN_EVALUATION_MACHINE, VOTER_OPINION_MACHINE } from './duty';
import { allowedActions, nextState } from './state-machine';

const votes = (competent: number, basicallyCompetent: number, notCompetent: number) => ({ competent, basicallyCompetent, notCompetent });

describe('grading duty reports by votes', () => {
  it('grades competent at exactly 80% of the votes, and not below', () => {
    expect(gradeVotes(votes(80, 20, 0))).toBe('COMPETENT');
    expect(gradeVotes(votes(4, 1, 0))).toBe('COMPETENT');
    expect(gradeVotes(votes(79, 21, 0))).toBe('BASICALLY_COMPETENT');
    // 2/3 competent would need floating point care: 66.7% is below 80.
    expect(gradeVotes(votes(2, 1, 0))).toBe('BASICALLY_COMPETENT');
  });

  it('grades basically competent at exactly 50% competent + basically competent, and not competent below', () => {
    expect(gradeVotes(votes(20, 30, 50))).toBe('BASICALLY_COMPETENT');
    expect(gradeVotes(votes(1, 0, 1))).toBe('BASICALLY_COMPETENT');
    expect(gradeVotes(votes(20, 29, 51))).toBe('NOT_COMPETENT');
    expect(gradeVotes(votes(0, 0, 3))).toBe('NOT_COMPETENT');
  });

  it('gives no grade without votes, and follows configured thresholds', () => {
    expect(gradeVotes(votes(0, 0, 0))).toBeNull();
    const strict = { competentPercent: 90, basicallyCompetentPercent: 60 };
    expect(gradeVotes(votes(85, 15, 0), strict)).toBe('BASICALLY_COMPETENT');
    expect(gradeVotes(votes(90, 10, 0), strict)).toBe('COMPETENT');
    expect(gradeVotes(votes(30, 29, 41), strict)).toBe('NOT_COMPETENT');
    expect(isValidVoteThresholds(strict)).toBe(true);
    expect(isValidVoteThresholds({ competentPercent: 50, basicallyCompetentPercent: 80 })).toBe(false);
    expect(isValidVoteThresholds({ competentPercent: 80.5, basicallyCompetentPercent: 50 })).toBe(false);
  });
});

describe('scores', () => {
  it('grades 80+ good, 60–79 fair, below 60 poor', () => {
    expect([gradeScore(80), gradeScore(79.99), gradeScore(60), gradeScore(59.5)]).toEqual(['GOOD', 'FAIR', 'FAIR', 'POOR']);
  });

  it('caps an item\'s points on both sides', () => {
    expect(itemPoints(3, 15, 15)).toBe(15);
    expect(itemPoints(3, -10, 20)).toBe(-20);
    expect(itemPoints(3, 2, null)).toBe(6);
  });
});

describe('state machines', () => {
  it('moves an organ evaluation PREPARING → EVALUATING → RECTIFYING → DONE and nothing else', () => {
    expect(allowedActions(ORGAN_EVALUATION_MACHINE, 'PREPARING')).toEqual(['START_EVALUATION']);
    expect(nextState(ORGAN_EVALUATION_MACHINE, 'PREPARING', 'FINISH')).toBeNull();
    expect(nextState(ORGAN_EVALUATION_MACHINE, 'RECTIFYING', 'FINISH')).toBe('DONE');
    expect(allowedActions(ORGAN_EVALUATION_MACHINE, 'DONE')).toEqual([]);
  });

  it('lets a referred opinion be answered but an answered one not be referred', () => {
    expect(nextState(VOTER_OPINION_MACHINE, 'REFERRED', 'ANSWER')).toBe('ANSWERED');
    expect(nextState(VOTER_OPINION_MACHINE, 'ANSWERED', 'REFER')).toBeNull();
  });
});
