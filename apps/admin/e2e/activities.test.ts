import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../api/test/helpers';
import { DEMO_PASSWORD } from '../../api/src/seed';
import { clickUntil, closeDropdown, inviteGroup, newPage, ok, pick, screenshot, signIn, startAdminApp } from './harness';

let app: TestApp;
beforeAll(async () => {
  app = await startAdminApp();
});
afterAll(() => app?.close());

const statusIs = (page: Page, text: string) => page.getByTestId('activity-status').filter({ hasText: text }).waitFor();
const findingIs = (page: Page, text: string) => page.getByTestId('finding-status').filter({ hasText: text }).first().waitFor();


describe('activities in the admin', () => {
  // One retry: on a starved CI machine a dialog has missed its 30 s; a real fault fails twice.
  it('plans an inspection, sends the notice, records attendance and a finding, and follows the finding to RESOLVED', { retry: 1 }, async () => {
    const { context, page } = await newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
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
      // An end before the start is said at the end date, and the dialog stays open.
      await form.getByLabel('结束日期').fill('2030-05-09');
      await page.locator('.ant-modal:visible').getByRole('button', { name: /确\s*定|创\s*建/ }).click();
      await form.locator('.ant-form-item').filter({ has: page.getByLabel('结束日期') }).locator('.ant-form-item-explain-error').filter({ hasText: '结束日期不能早于开始日期' }).waitFor();
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
      // A file over the limit is refused here, with the server's words, and never sent.
      const sent: string[] = [];
      page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/files')) sent.push(r.url()); });
      const fileInput = plan.locator('input[type=file]');
      await fileInput.setInputFiles({ name: '大文件.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(10 * 1024 * 1024 + 1) });
      await page.getByText('文件超过 10 MB 的上限').waitFor();
      expect(sent).toEqual([]);
      await fileInput.setInputFiles({ name: '行程表.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n') });
      await plan.locator('.ant-upload-list-item-done').filter({ hasText: '行程表.pdf' }).waitFor();
      await plan.getByRole('button', { name: '保存实施方案' }).click();
      await page.getByText('实施方案已保存').waitFor();
      // Saved: the file is the plan's now, and the list of new uploads is empty again.
      await plan.getByRole('button', { name: '行程表.pdf' }).waitFor();
      await expect.poll(() => plan.locator('.ant-upload-list-item').count()).toBe(0);

      // Invite a whole group.
      await inviteGroup(page, '城关 柳河', '城关街道代表小组');
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
      const dialog = page.getByTestId('finding-dialog');
      await clickUntil(page.getByTestId('finding-report'), dialog.getByText('报告整改完成'));
      await dialog.getByText('报告整改完成').click();
      // Choosing the kind re-renders the form: fill the note after that, and check it stuck.
      await dialog.locator('.ant-radio-wrapper-checked').filter({ hasText: '报告整改完成' }).waitFor();
      await dialog.getByLabel('说明').fill('已督促 3 家企业补缴社保');
      await expect.poll(() => dialog.getByLabel('说明').inputValue()).toBe('已督促 3 家企业补缴社保');
      await ok(page);
      await page.getByTestId('finding-timeline').getByText('责任单位报告整改完成').waitFor();
      await clickUntil(page.getByTestId('finding-verify'), page.getByTestId('finding-dialog').getByLabel('说明'));
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

      // The finding becomes a suggestion: chosen on the board, drafted with the deputy who attended
      // as lead, saved as a draft that links both ways.
      const [{ name: attendee }] = await app.db.query(`SELECT d.name FROM activity_participant p JOIN deputy d ON d.id = p.deputy_id WHERE p.activity_id = $1 AND p.status = 'ATTENDED'`, [activityId]);
      await page.locator('tr').filter({ hasText: '部分企业未足额缴纳职工社保' }).getByRole('checkbox').check();
      await page.getByTestId('make-suggestion').click();
      await page.waitForURL(/\/suggestions\/new\?findings=\d+$/);
      const draft = page.getByTestId('suggestion-form');
      await expect.poll(() => draft.getByLabel('标题').inputValue()).toBe('关于部分企业未足额缴纳职工社保的建议');
      await draft.getByTestId('lead-deputy').filter({ hasText: attendee }).waitFor();
      await draft.getByTestId('source-findings').getByRole('link', { name: '部分企业未足额缴纳职工社保' }).waitFor();
      await screenshot(page, 'activities-finding-to-suggestion');
      await page.getByTestId('save-draft').click();
      await page.waitForURL(/\/suggestions\/\d+$/);
      const suggestionId = page.url().split('/').pop()!;
      const [linked] = await app.db.query(`SELECT f.suggestion_id, s.status, s.source_kind FROM finding f JOIN suggestion s ON s.id = f.suggestion_id WHERE f.activity_id = $1`, [activityId]);
      expect(linked).toEqual({ suggestion_id: Number(suggestionId), status: 'DRAFT', source_kind: 'INSPECTION_FINDING' });
      // Both ways: the suggestion opens its finding, and the finding opens the suggestion.
      await page.getByTestId('suggestion-findings').getByRole('link', { name: '部分企业未足额缴纳职工社保' }).click();
      await page.waitForURL(/\/findings\/\d+$/);
      await page.getByTestId('finding-suggestion-link').click();
      await page.waitForURL(new RegExp(`/suggestions/${suggestionId}$`));
      await page.getByTestId('suggestion-title').filter({ hasText: '关于部分企业未足额缴纳职工社保的建议' }).waitFor();

      await page.getByTestId('side-menu').getByRole('link', { name: '年度计划' }).click();
      await page.getByTestId('plan-calendar').waitFor();
      await screenshot(page, 'activities-plan');
      expect(pageErrors).toEqual([]);
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

});
