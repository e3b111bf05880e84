import { useEffect, useRef, type ReactNode } from 'react';
import { Button, Card, Space } from 'antd';
import { FileExcelOutlined, PictureOutlined } from '@ant-design/icons';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { useI18n } from '../../app/i18n';
import { download, toXlsx } from '../analytics/exportResult';

// Only the parts the dashboard draws; this file is loaded with the dashboard, never with the shell.
echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** A chart's data as a table: what 'export .xlsx' writes. */
export interface ChartData {
  columns: string[];
  rows: (string | number | null)[][];
}

/**
 * One dashboard chart with its two exports: the picture (ECharts getDataURL, PNG) and its data
 * (.xlsx, exceljs loaded on first use).
 */
export function ChartCard({ id, title, option, data, height = 280, extra }: {
  id: string; title: string; option: echarts.EChartsCoreOption; data: ChartData; height?: number; extra?: ReactNode;
}) {
  const { tr } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    if (!ref.current) return;
    const c = echarts.init(ref.current);
    chart.current = c;
    c.setOption(option);
    const onResize = () => c.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      c.dispose();
      chart.current = null;
    };
  }, [option]);

  const exportImage = () => {
    const url = chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    if (!url) return;
    const a = document.createElement('a');
    a.href = url;
    a.download = `${title}.png`;
    document.body.appendChild(a);
    a.click();
    a.remove();
  };
  const exportXlsx = async () => {
    const buffer = await toXlsx([{ path: title, columns: data.columns, rows: data.rows }]);
    download(buffer, `${title}.xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  };

  return (
    <Card size="small" title={title} data-testid={`chart-${id}`} extra={
      <Space size={4}>
        {extra}
        <Button size="small" icon={<PictureOutlined />} onClick={exportImage} data-testid={`export-image-${id}`}>{tr('导出图片', 'Image')}</Button>
        <Button size="small" icon={<FileExcelOutlined />} onClick={() => void exportXlsx()} data-testid={`export-xlsx-${id}`}>{tr('导出 Excel', '.xlsx')}</Button>
      </Space>
    }>
      <div ref={ref} style={{ height, width: '100%' }} data-testid={`canvas-${id}`} />
    </Card>
  );
}
