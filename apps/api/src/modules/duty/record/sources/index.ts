/**
 * Every kind of record the duty record counts: one import per file, each file registering its
 * sources with `registerDutySource`. To add one (activities, trainings, suggestions...), write
 * `<domain>.source.ts` beside these and add its import here.
 */
import './sessions.source';
import './activities.source';
import './meetings.source';
import './trainings.source';
import './findings.source';
import './suggestions.source';
import './duty-reports.source';
import './organ-evaluations.source';
import './voters.source';
import './diaries.source';
