import { registerEnumType } from 'type-graphql';
import { DEPUTY_IMPORT_STATUSES, type DeputyImportStatus } from '@luzhi/shared';
import { enumFrom } from '../../common/enums';

export const DeputyImportStatusEnum = enumFrom<DeputyImportStatus>(DEPUTY_IMPORT_STATUSES);
registerEnumType(DeputyImportStatusEnum, {
  name: 'DeputyImportStatus',
  description: '名册导入状态 / Status of a roster import',
  valuesConfig: {
    VALIDATING: { description: '正在校验 / Being checked' },
    VALID: { description: '校验通过,可导入 / Checked, ready to apply' },
    INVALID: { description: '有错误行 / Some rows have problems' },
    APPLYING: { description: '正在导入 / Being applied' },
    APPLIED: { description: '已导入 / Applied' },
    FAILED: { description: '失败 / Failed' },
  },
});

export enum DeputySort {
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
  BIRTH_DATE_ASC = 'BIRTH_DATE_ASC',
  BIRTH_DATE_DESC = 'BIRTH_DATE_DESC',
  CREATED_AT_DESC = 'CREATED_AT_DESC',
}
registerEnumType(DeputySort, {
  name: 'DeputySort',
  description: '代表排序(姓名按拼音)/ Deputy order (names by pinyin)',
  valuesConfig: {
    NAME_ASC: { description: '姓名拼音升序 / Name by pinyin, A to Z' },
    NAME_DESC: { description: '姓名拼音降序 / Name by pinyin, Z to A' },
    BIRTH_DATE_ASC: { description: '年长者在前 / Oldest first' },
    BIRTH_DATE_DESC: { description: '年轻者在前 / Youngest first' },
    CREATED_AT_DESC: { description: '最近登记在前 / Most recently recorded first' },
  },
});
