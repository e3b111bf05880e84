import type pg from 'pg';
import type { GenerateParams, GenerateStep } from '../generator';

export const VOTER_CONTACTS_PER_DEPUTY = 2;

/**
 * A deputy's duties for the year: attendance at this year's plenary session of their congress,
 * two voter contacts each (visits, letters, online), and for half of the contacts an opinion,
 * answered for most of the ones that are old enough.
 */
export const dutyStep: GenerateStep = {
  name: 'duty: session attendance, voter contacts and opinions',
  async run(client: pg.Client, params: GenerateParams, progress) {
    const s = params.seed;
    const y = params.year;
    const n = params.deputies;
    await client.query(`
      INSERT INTO session_attendance (session_id, deputy_id, status, note, version)
      SELECT (m.term_id - 1) * 5 + 5, m.deputy_id, a.status, CASE WHEN a.status = 'ON_LEAVE' THEN '因公请假' END, 1
        FROM mandate m
        CROSS JOIN LATERAL (SELECT CASE WHEN pg_temp.rnd(m.id, ${s} + 60, 100) < 93 THEN 'ATTENDED' WHEN pg_temp.rnd(m.id, ${s} + 60, 100) < 98 THEN 'ON_LEAVE' ELSE 'ABSENT' END AS status) a`);
    progress('session attendance');
    await client.query(`
      INSERT INTO voter_contact (id, deputy_id, kind, contacted_on, reception_day_id, station_id, voter_name, voter_phone, summary, version) OVERRIDING SYSTEM VALUE
      SELECT i, 1 + (i - 1) % ${n}, pg_temp.pick(i, ${s} + 61, ARRAY['VISIT','VISIT','LETTER','ONLINE']), DATE '${y}-01-01' + pg_temp.rnd(i, ${s} + 62, 365),
             NULL, NULL, '选民' || (1 + pg_temp.rnd(i, ${s} + 63, 9999)), NULL, '走访选民,听取意见。', 1
        FROM generate_series(1, ${n * VOTER_CONTACTS_PER_DEPUTY}) i`);
    progress(`${(n * VOTER_CONTACTS_PER_DEPUTY).toLocaleString('en')} voter contacts`);
    await client.query(`
      INSERT INTO voter_opinion (contact_id, diary_id, deputy_id, voter_name, voter_phone, content, status, answer, referred_organization_id, suggestion_id, handled_on, version)
      SELECT c.id, NULL, c.deputy_id, c.voter_name, NULL, '希望改善' || pg_temp.pick(c.id, ${s} + 64, ARRAY['道路','学校','医疗','环境','就业']) || '。', o.status,
             CASE WHEN o.status = 'ANSWERED' THEN '已向选民解释说明。' END, NULL, NULL, CASE WHEN o.status = 'ANSWERED' THEN c.contacted_on + 15 END, 1
        FROM voter_contact c
        CROSS JOIN LATERAL (SELECT CASE WHEN c.contacted_on < DATE '${y}-07-01' AND pg_temp.rnd(c.id, ${s} + 65, 100) < 80 THEN 'ANSWERED' ELSE 'OPEN' END AS status) o
       WHERE pg_temp.rnd(c.id, ${s} + 66, 100) < 50`);
    progress('voter opinions');
  },
};
