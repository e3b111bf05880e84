import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { TestApp } from '../../api/test/helpers';
import { DEMO_PASSWORD } from '../../api/src/seed';
import { newPage, screenshot, signIn, startAdminApp } from './harness';

let app: TestApp;
beforeAll(async () => {
  app = await startAdminApp();
});
afterAll(() => app?.close());

async function pick(page: Page, scope: ReturnType<Page['getByTestId']> | Page, label: string, option: string) {
  const select = scope.getByLabel(label, { exact: true });
  await select.click();
  // The list is virtual (only the first rows exist): type to narrow it when the select searches.
  if ((await select.getAttribute('readonly')) === null) await select.pressSequentially(option);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
}

const statusIs = (page: Page, text: string) => page.getByTestId('activity-status').filter({ hasText: text }).waitFor();
const findingIs = (page: Page, text: string) => page.getByTestId('finding-status').filter({ hasText: text }).first().waitFor();
/** Closes a multiple select's list inside a dialog (Escape could close the dialog itself). */
async function closeDropdown(page: Page) {
  await page.locator('.ant-modal:visible .ant-modal-title').click();
  await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
}

/** Confirms the open dialog and waits until it has gone, so the next one is not confused with it. */
async function ok(page: Page) {
  await page.locator('.ant-modal:visible').getByRole('button', { name: /确\s*定|登\s*记|创\s*建|保\s*存|发\s*送/ }).click();
  await expect.poll(() => page.locator('.ant-modal:visible').count(), { timeout: 30_000 }).toBe(0);
}

describe('activities in the admin', () => {
  // One retry: on a starved CI machine a dialog has missed its 30 s; a real fault fails twice.
  it('plans an inspection, sends the notice, records attendance and a finding, and follows the finding to RESOLVED', { retry: 1 }, async () => {
    const { context, page } = await newPage();
    try {
      await signIn(page, app.url, 'staff', DEMO_PASSWORD);
      await page.getByTestId('welcome').waitFor();
      await page.getByTestId('side-menu').getByRole('link', { name: '代表活动' }).click();
      await page.getByTestId('new-activity').click();
      const form = page.getByTestId('activity-form');
      await form.getByLabel('活动名称').fill('园区企业用工情况单项视察');
      await pick(page, form, '类型', '视察');
      await pick(page, form, '哪一级人大的代表参加', '柳河区人民代表大会');
      await form.getByLabel('开始日期').fill('2030-05-10');
      await form.getByLabel('结束日期').fill('2030-05-11');
      await form.getByLabel('地点').fill('柳河区工业园区');
      await ok(page);
      await page.waitForURL(/\/activities\/\d+$/);
      const activityId = page.url().split('/').pop()!;
      await statusIs(page, '已计划');

      // The implementation plan, written before the activity.
      const plan = page.getByTestId('plan-form');
      await plan.getByLabel('目的和要求').fill('了解园区企业用工和社保缴纳情况');
      await plan.getByLabel('行程安排').fill('上午查看两家企业,下午座谈');
      await plan.getByLabel(/准备材料/).fill('会前查阅人社部门提供的用工统计');
      await plan.getByRole('button', { name: '保存实施方案' }).click();
      await page.getByText('实施方案已保存').waitFor();

      // Invite a whole group.
      await page.getByRole('tab', { name: /参加人/ }).click();
      await page.getByTestId('invite-groups').click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '城关街道代表小组' }).click();
      await page.keyboard.press('Escape');
      await page.getByTestId('invite').click();
      await page.getByText('已邀请', { exact: true }).first().waitFor();
      const [{ n: invited }] = await app.db.query(`SELECT count(*)::int AS n FROM activity_participant WHERE activity_id = $1`, [activityId]);
      const [{ n: members }] = await app.db.query(`SELECT count(*)::int AS n FROM group_membership gm JOIN deputy_group g ON g.id = gm.group_id WHERE g.name = '城关街道代表小组' AND gm.end_date IS NULL`);
      expect(invited).toBe(members);

      // The advance notice reaches every invited deputy; the activity becomes NOTIFIED.
      await page.getByRole('tab', { name: '通知' }).click();
      await page.getByTestId('send-notice').click();
      await statusIs(page, '已通知');
      await page.getByTestId('notice-read-count').filter({ hasText: `0 / ${members}` }).waitFor();
      await screenshot(page, 'activities-notice');

      await page.getByTestId('activity-action-START').click();
      await statusIs(page, '进行中');

      // Sign-in on the day, and one deputy on leave.
      await page.getByRole('tab', { name: /参加人/ }).click();
      const rows = page.getByTestId('participants').locator('tbody tr');
      await rows.nth(0).getByRole('button', { name: /签\s*到/ }).click();
      await page.getByText('已签到', { exact: true }).first().waitFor();
      await rows.nth(1).getByRole('button', { name: /请\s*假/ }).click();
      await page.getByLabel('请假事由').fill('外出学习');
      await ok(page);
      await page.getByText('已登记请假').waitFor();
      const summary = page.getByTestId('attendance-summary');
      await summary.locator('.ant-statistic').filter({ hasText: '出席' }).filter({ hasText: /^出席1$/ }).waitFor();
      await summary.locator('.ant-statistic').filter({ hasText: /^请假1$/ }).waitFor();
      await screenshot(page, 'activities-participants');

      // A finding with its responsible unit and deadline.
      await page.getByRole('tab', { name: '发现的问题' }).click();
      await page.getByTestId('new-finding').click();
      const ff = page.getByTestId('finding-form');
      await ff.getByLabel('问题', { exact: true }).fill('部分企业未足额缴纳职工社保');
      await pick(page, ff, '责任单位', '区人力资源和社会保障局');
      await ff.getByLabel('整改期限').fill('2030-09-30');
      await ok(page);
      await page.getByRole('link', { name: '部分企业未足额缴纳职工社保' }).click();
      await page.waitForURL(/\/findings\/\d+$/);
      await findingIs(page, '待调查');

      // Followed to rectification: investigated, rectified, the unit's claim, the committee's check.
      await page.getByTestId('finding-action-INVESTIGATE').click();
      await page.getByTestId('finding-dialog').getByLabel('说明').fill('交区人社局调查核实');
      await ok(page);
      await findingIs(page, '调查中');
      await page.getByTestId('finding-action-START_RECTIFICATION').click();
      await ok(page);
      await findingIs(page, '整改中');
      await page.getByTestId('finding-report').click();
      const dialog = page.getByTestId('finding-dialog');
      await dialog.getByText('报告整改完成').click();
      // Choosing the kind re-renders the form: fill the note after that, and check it stuck.
      await dialog.locator('.ant-radio-wrapper-checked').filter({ hasText: '报告整改完成' }).waitFor();
      await dialog.getByLabel('说明').fill('已督促 3 家企业补缴社保');
      await expect.poll(() => dialog.getByLabel('说明').inputValue()).toBe('已督促 3 家企业补缴社保');
      await ok(page);
      await page.getByTestId('finding-timeline').getByText('责任单位报告整改完成').waitFor();
      await page.getByTestId('finding-verify').click();
      await page.getByTestId('finding-dialog').getByLabel('说明').fill('代表回访企业,已补缴到位');
      await ok(page);
      await findingIs(page, '已解决');
      await page.getByTestId('finding-timeline').getByText('常委会核实通过').waitFor();
      await screenshot(page, 'activities-finding-resolved');

      const [finding] = await app.db.query(`SELECT status, resolved_at FROM finding WHERE activity_id = $1`, [activityId]);
      expect(finding.status).toBe('RESOLVED');
      expect(finding.resolved_at).toBeTruthy();
      const kinds = (await app.db.query(`SELECT kind FROM finding_update u JOIN finding f ON f.id = u.finding_id WHERE f.activity_id = $1 ORDER BY u.id`, [activityId])).map((r: any) => r.kind);
      expect(kinds).toEqual(['CREATED', 'STATUS_CHANGE', 'STATUS_CHANGE', 'RECTIFICATION_CLAIM', 'VERIFICATION_PASSED']);

      // The board counts it, and the plan page shows the demo plan.
      await page.getByTestId('side-menu').getByRole('link', { name: '问题整改' }).click();
      await page.getByTestId('finding-board').waitFor();
      await screenshot(page, 'activities-findings-board');
      await page.getByTestId('side-menu').getByRole('link', { name: '年度计划' }).click();
      await page.getByTestId('plan-calendar').waitFor();
      await screenshot(page, 'activities-plan');
    } finally {
      await context.close();
    }
  });

  it('shows a deputy their notices and invitations, and lets them confirm', async () => {
    const { context, page } = await newPage();
    try {
      await signIn(page, app.url, 'deputy', DEMO_PASSWORD);
      await page.getByTestId('welcome').waitFor();
      await page.getByTestId('side-menu').getByRole('link', { name: '通知' }).click();
      await page.getByTestId('notice-item').first().waitFor();
      await page.getByTestId('my-activities').click();
      await page.getByTestId('deputy-attendance').waitFor();
      await page.getByRole('link', { name: '市人大代表集中视察' }).waitFor();
      // Invited to the 城关 group's 2006 revisit, still open: they confirm.
      const row = page.locator('tr').filter({ hasText: '社区服务回访视察' });
      await row.getByRole('button', { name: '确认参加' }).click();
      await row.getByText('已确认').waitFor();
      await screenshot(page, 'activities-deputy');
    } finally {
      await context.close();
    }
  });

  // One retry, as above: on a clean clone at load average ~9 the server's field error under the
  // title once did not show within 30 s (it shows every time on a quieter machine; cause not found).
  it('edits a plan item, creates a training with quiz scores and a committee meeting, sends an information notice and reassigns a finding', { retry: 1 }, async () => {
    const { context, page } = await newPage();
    const menu = (name: string) => page.getByTestId('side-menu').getByRole('link', { name, exact: true }).click();
    try {
      await signIn(page, app.url, 'staff', DEMO_PASSWORD);
      await page.getByTestId('welcome').waitFor();

      // A plan item: the server's length check shows under the title, then the item is changed.
      await menu('年度计划');
      await page.getByTestId('plan-select').click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '2006 年区人大代表活动计划' }).click();
      await page.getByText('列表', { exact: true }).click();
      await page.locator('tr').filter({ hasText: '区人大代表 2006 年集中培训' }).getByTestId('edit-plan-item').click();
      const itemForm = page.getByTestId('plan-item-form');
      await itemForm.getByLabel('项目', { exact: true }).fill('培'.repeat(201));
      await page.locator('.ant-modal:visible').getByRole('button', { name: /确\s*定/ }).click();
      await itemForm.locator('.ant-form-item').filter({ has: page.getByLabel('项目', { exact: true }) }).locator('.ant-form-item-explain-error').filter({ hasText: /输入有误.*title/ }).waitFor();
      await screenshot(page, 'activities-plan-item-error');
      await itemForm.getByLabel('项目', { exact: true }).fill('区人大代表 2006 年网络培训');
      await itemForm.getByLabel('月份').fill('5');
      await pick(page, itemForm, '组织小组(不选为常委会)', '城关街道代表小组');
      await ok(page);
      const itemRow = page.locator('tr').filter({ hasText: '区人大代表 2006 年网络培训' });
      await itemRow.filter({ hasText: '城关街道代表小组' }).waitFor();
      expect(await itemRow.locator('td').first().textContent()).toBe('5');
      const [item] = await app.db.query(`SELECT pi.month, g.name AS organizer FROM plan_item pi JOIN deputy_group g ON g.id = pi.organizer_group_id WHERE pi.title = '区人大代表 2006 年网络培训'`);
      expect(item).toEqual({ month: 5, organizer: '城关街道代表小组' });

      // A training: created with its quiz, a group invited, one deputy's score entered.
      await menu('学习培训');
      await page.getByTestId('new-training').click();
      const tf = page.getByTestId('training-form');
      await tf.getByLabel('活动名称').fill('代表法网络学习');
      await pick(page, tf, '哪一级人大的代表参加', '柳河区人民代表大会');
      await tf.getByLabel('开始日期').fill('2030-04-15');
      await tf.getByText('网络培训', { exact: true }).click();
      await tf.getByLabel('学时').fill('4');
      await tf.getByLabel(/学习材料/).fill('《代表法》');
      await tf.getByLabel(/知识答卷/).fill('代表法知识答卷');
      await ok(page);
      await page.waitForURL(/\/activities\/\d+$/);
      const trainingActivityId = page.url().split('/').pop()!;
      await page.getByText('网络培训 · 4 学时').waitFor();
      await page.getByRole('tab', { name: /参加人/ }).click();
      await page.getByTestId('invite-groups').click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '城关街道代表小组' }).click();
      await page.keyboard.press('Escape');
      await page.getByTestId('invite').click();
      await page.getByText('已邀请', { exact: true }).first().waitFor();
      await menu('学习培训');
      const trainingRow = page.locator('tr').filter({ hasText: '代表法网络学习' });
      await trainingRow.getByTestId('enter-scores').click();
      await page.getByTestId('quiz-form').getByRole('spinbutton').first().fill('88');
      await screenshot(page, 'activities-quiz-scores');
      await ok(page);
      await trainingRow.getByTestId('quiz-average').filter({ hasText: '88 / 100' }).waitFor();
      const scores = await app.db.query(`SELECT q.score::float AS score FROM quiz_result q JOIN training t ON t.id = q.training_id WHERE t.activity_id = $1`, [trainingActivityId]);
      expect(scores).toEqual([{ score: 88 }]);

      // A committee meeting with one deputy of the group sitting in.
      const [deputy] = await app.db.query(`SELECT d.id, d.name FROM deputy d JOIN group_membership gm ON gm.deputy_id = d.id JOIN deputy_group g ON g.id = gm.group_id WHERE g.name = '城关街道代表小组' AND gm.end_date IS NULL ORDER BY d.id LIMIT 1`);
      await menu('列席常委会');
      await page.getByTestId('new-meeting').click();
      const mf = page.getByTestId('meeting-form');
      await pick(page, mf, '届次', '柳河区人民代表大会 第十四届');
      await mf.getByLabel('第几次会议').fill('40');
      await mf.getByLabel('会议日期').fill('2006-03-28');
      await mf.getByLabel('会议名称').fill('区十四届人大常委会第40次会议');
      await mf.getByLabel('议程').fill('审议区人民政府关于城区交通秩序整治情况的报告');
      await pick(page, mf, '邀请列席的代表', deputy.name);
      await closeDropdown(page);
      await mf.locator('.ant-select-selection-item').filter({ hasText: deputy.name }).waitFor();
      await screenshot(page, 'activities-meeting-form');
      await ok(page);
      const meetingRow = page.locator('tr').filter({ hasText: '区十四届人大常委会第40次会议' });
      await meetingRow.filter({ hasText: '0 / 1' }).waitFor();
      await meetingRow.locator('.ant-table-row-expand-icon').click();
      await page.getByRole('link', { name: deputy.name, exact: true }).first().waitFor();
      const sitting = await app.db.query(`SELECT ma.deputy_id FROM meeting_attendance ma JOIN committee_meeting m ON m.id = ma.meeting_id WHERE m.title = '区十四届人大常委会第40次会议'`);
      expect(sitting).toEqual([{ deputy_id: deputy.id }]);

      // An information notice to a whole group.
      await menu('通知');
      await page.getByTestId('new-notice').click();
      const nf = page.getByTestId('notice-form');
      await nf.getByLabel('标题').fill('区人大常委会 2006 年工作要点');
      await nf.getByLabel('正文').fill('现将区人大常委会 2006 年工作要点印发给各位代表。');
      await pick(page, nf, '发给小组(当前成员)', '城关街道代表小组');
      await closeDropdown(page);
      await nf.locator('.ant-select-selection-item').filter({ hasText: '城关街道代表小组' }).waitFor();
      await screenshot(page, 'activities-notice-form');
      await ok(page);
      const [{ n: members }] = await app.db.query(`SELECT count(*)::int AS n FROM group_membership gm JOIN deputy_group g ON g.id = gm.group_id WHERE g.name = '城关街道代表小组' AND gm.end_date IS NULL`);
      const noticeItem = page.getByTestId('notice-item').filter({ hasText: '区人大常委会 2006 年工作要点' });
      await noticeItem.filter({ hasText: '知情知政' }).getByTestId('notice-read').filter({ hasText: `0 / ${members}` }).waitFor();
      const [notice] = await app.db.query(`SELECT n.kind, n.activity_id, count(r.id)::int AS recipients FROM notice n JOIN notice_recipient r ON r.notice_id = n.id WHERE n.title = '区人大常委会 2006 年工作要点' GROUP BY n.id`);
      expect(notice).toEqual({ kind: 'INFORMATION', activity_id: null, recipients: members });

      // A finding moved to another unit, with a deadline it did not have.
      const [finding] = await app.db.query(`SELECT id FROM finding WHERE title = '乡村道路和农田水利设施老化'`);
      await page.goto(`${app.url}/findings/${finding.id}`);
      await page.getByTestId('finding-reassign').click();
      const rf = page.getByTestId('reassign-form');
      await pick(page, rf, '责任单位', '区交通运输局');
      await rf.getByLabel('整改期限').fill('2006-10-31');
      await ok(page);
      await page.locator('.ant-descriptions-item').filter({ hasText: '责任单位' }).filter({ hasText: '区交通运输局' }).waitFor();
      await page.locator('.ant-descriptions-item').filter({ hasText: '整改期限' }).filter({ hasText: '2006-10-31' }).waitFor();
      const token = await app.login('staff', DEMO_PASSWORD);
      const r = await app.gql(`query($id: ID!) { finding(id: $id) { deadline responsibleOrganization { name } } }`, { id: String(finding.id) }, { token });
      expect(r.data.finding).toEqual({ deadline: '2006-10-31', responsibleOrganization: { name: '区交通运输局' } });
      await screenshot(page, 'activities-finding-reassigned');
    } finally {
      await context.close();
    }
  });
});
