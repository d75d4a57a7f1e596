/** What a generated joint project is about: its law, its checklist, its measures and the problems it finds. */
export interface Topic {
  subject: string;
  committee: string;
  goal: string;
  legalBasis: string[];
  checklist: Array<{ code: string; text: string }>;
  indicators: Array<{ code: string; name: string; target: number }>;
  /** Problems as inspectors word them; `{place}` is the township or county. */
  problems: Array<{ title: string; category: string }>;
}

export const TOPICS: readonly Topic[] = [
  {
    subject: '《中华人民共和国食品安全法》执法检查',
    committee: '教育科学文化卫生委员会',
    goal: '守护群众“舌尖上的安全”',
    legalBasis: ['《中华人民共和国食品安全法》', '《河南省食品小作坊、小经营店和小摊点管理条例》'],
    checklist: [
      { code: 'F01', text: '校园及周边食品经营许可和日常监管' },
      { code: 'F02', text: '农村集体聚餐备案和指导' },
      { code: 'F03', text: '食品抽检不合格产品核查处置' },
    ],
    indicators: [
      { code: 'SAMPLING', name: '食品抽检批次(批/千人)', target: 4 },
      { code: 'RECTIFY_RATE', name: '问题整改完成率(%)', target: 95 },
    ],
    problems: [
      { title: '{place}部分学校周边小摊点无证经营', category: '执法不规范' },
      { title: '{place}农村集体聚餐未按规定备案', category: '落实不到位' },
      { title: '{place}抽检不合格食品未追溯处置', category: '执法不规范' },
      { title: '{place}食品小作坊登记台账不全', category: '制度缺失' },
    ],
  },
  {
    subject: '大气污染防治条例实施情况监督',
    committee: '城乡建设环境资源保护委员会',
    goal: '推动空气质量持续改善',
    legalBasis: ['《中华人民共和国大气污染防治法》', '《河南省大气污染防治条例》'],
    checklist: [
      { code: 'A01', text: '建筑工地扬尘治理“六个百分之百”' },
      { code: 'A02', text: '散煤及秸秆禁烧管控' },
      { code: 'A03', text: '重点排污单位在线监测' },
    ],
    indicators: [
      { code: 'GOOD_DAYS', name: '空气质量优良天数比例(%)', target: 70 },
      { code: 'PM25', name: 'PM2.5 年均浓度(微克/立方米)', target: 42 },
    ],
    problems: [
      { title: '{place}建筑工地裸土未覆盖', category: '生态环境' },
      { title: '{place}秸秆露天焚烧巡查不到位', category: '落实不到位' },
      { title: '{place}重点企业在线监测数据异常未处置', category: '生态环境' },
      { title: '{place}渣土车未密闭运输', category: '执法不规范' },
    ],
  },
  {
    subject: '义务教育均衡发展专题调研',
    committee: '教育科学文化卫生委员会',
    goal: '推动城乡义务教育优质均衡',
    legalBasis: ['《中华人民共和国义务教育法》', '《中华人民共和国教师法》'],
    checklist: [
      { code: 'E01', text: '乡村学校教师配备和待遇保障' },
      { code: 'E02', text: '义务教育经费保障机制落实' },
      { code: 'E03', text: '寄宿制学校安全和生活设施' },
    ],
    indicators: [
      { code: 'TEACHER_RATIO', name: '乡村学校师生比达标率(%)', target: 95 },
      { code: 'RECTIFY_RATE', name: '问题整改完成率(%)', target: 90 },
    ],
    problems: [
      { title: '{place}乡村学校音体美教师缺编', category: '落实不到位' },
      { title: '{place}寄宿制学校宿舍消防设施老化', category: '服务质效' },
      { title: '{place}义务教育公用经费拨付滞后', category: '资金' },
      { title: '{place}教师周转房建设进度滞后', category: '落实不到位' },
    ],
  },
  {
    subject: '城乡居民医疗保障工作监督',
    committee: '社会建设委员会',
    goal: '守好群众“看病钱”“救命钱”',
    legalBasis: ['《医疗保障基金使用监督管理条例》', '《中华人民共和国社会保险法》'],
    checklist: [
      { code: 'M01', text: '医保基金使用监管和专项检查' },
      { code: 'M02', text: '异地就医直接结算服务' },
      { code: 'M03', text: '村卫生室医保报销覆盖' },
    ],
    indicators: [
      { code: 'COVERAGE', name: '基本医保参保率(%)', target: 95 },
      { code: 'RECOVERED', name: '追回医保基金(万元)', target: 500 },
    ],
    problems: [
      { title: '{place}定点医疗机构存在挂床住院', category: '资金' },
      { title: '{place}村卫生室未开通医保结算', category: '服务质效' },
      { title: '{place}医保基金违规使用未追回', category: '资金' },
      { title: '{place}异地就医备案办理时限过长', category: '服务质效' },
    ],
  },
  {
    subject: '优化营商环境条例执法检查',
    committee: '财政经济委员会',
    goal: '打造市场化法治化营商环境',
    legalBasis: ['《优化营商环境条例》', '《河南省优化营商环境条例》'],
    checklist: [
      { code: 'B01', text: '涉企行政检查和处罚规范' },
      { code: 'B02', text: '政务服务“一网通办”' },
      { code: 'B03', text: '拖欠中小企业账款清理' },
    ],
    indicators: [
      { code: 'ONLINE_RATE', name: '政务服务事项网办率(%)', target: 90 },
      { code: 'ARREARS_CLEARED', name: '拖欠账款清偿率(%)', target: 100 },
    ],
    problems: [
      { title: '{place}涉企检查多头重复', category: '执法不规范' },
      { title: '{place}政务服务事项线下跑腿多', category: '服务质效' },
      { title: '{place}拖欠中小企业工程款未清偿', category: '资金' },
      { title: '{place}惠企政策兑现不及时', category: '落实不到位' },
    ],
  },
  {
    subject: '河湖长制落实情况专项监督',
    committee: '农业与农村委员会',
    goal: '建设幸福河湖',
    legalBasis: ['《中华人民共和国水法》', '《中华人民共和国水污染防治法》'],
    checklist: [
      { code: 'R01', text: '河湖长巡河履职' },
      { code: 'R02', text: '河道“四乱”排查整治' },
      { code: 'R03', text: '入河排污口监测和整治' },
    ],
    indicators: [
      { code: 'PATROLS', name: '河湖长巡河达标率(%)', target: 100 },
      { code: 'WATER_QUALITY', name: '地表水优良水体比例(%)', target: 80 },
    ],
    problems: [
      { title: '{place}河道内违规堆放垃圾', category: '生态环境' },
      { title: '{place}村级河长巡河记录不实', category: '落实不到位' },
      { title: '{place}入河排污口未登记', category: '制度缺失' },
      { title: '{place}河道采砂监管不到位', category: '执法不规范' },
    ],
  },
  {
    subject: '多元化解纠纷工作监督',
    committee: '监察和司法委员会',
    goal: '把矛盾纠纷化解在基层',
    legalBasis: ['《中华人民共和国人民调解法》', '《河南省多元化解纠纷条例》'],
    checklist: [
      { code: 'J01', text: '人民调解组织建设' },
      { code: 'J02', text: '诉调对接和司法确认' },
      { code: 'J03', text: '信访积案化解' },
    ],
    indicators: [
      { code: 'MEDIATED', name: '调解成功率(%)', target: 95 },
      { code: 'RECTIFY_RATE', name: '问题整改完成率(%)', target: 90 },
    ],
    problems: [
      { title: '{place}村级调解委员会人员不齐', category: '制度缺失' },
      { title: '{place}诉前调解案件超期未结', category: '司法' },
      { title: '{place}信访积案化解责任未落实', category: '落实不到位' },
      { title: '{place}调解卷宗归档不规范', category: '其他' },
    ],
  },
  {
    subject: '乡村振兴促进法贯彻实施情况检查',
    committee: '农业与农村委员会',
    goal: '推进乡村全面振兴',
    legalBasis: ['《中华人民共和国乡村振兴促进法》'],
    checklist: [
      { code: 'V01', text: '衔接推进乡村振兴补助资金使用' },
      { code: 'V02', text: '农村人居环境整治' },
      { code: 'V03', text: '高标准农田建设和管护' },
    ],
    indicators: [
      { code: 'FUNDS_USED', name: '衔接资金支出进度(%)', target: 90 },
      { code: 'FARMLAND', name: '新建高标准农田(万亩)', target: 30 },
    ],
    problems: [
      { title: '{place}衔接资金项目闲置', category: '资金' },
      { title: '{place}农村厕所改造后无人管护', category: '落实不到位' },
      { title: '{place}高标准农田灌溉设施损坏未修复', category: '服务质效' },
      { title: '{place}村庄生活垃圾清运不及时', category: '生态环境' },
    ],
  },
];

export const PROBLEM_DETAILS: readonly string[] = [
  '现场检查发现,相关台账未及时更新,责任人不清。',
  '走访群众反映问题已持续较长时间,未见有效处置。',
  '抽查资料显示,制度虽已制定但未落实到位。',
  '暗访发现,问题在检查前后反复出现。',
  '座谈中有关单位承认存在该问题,尚无整改计划。',
];

export const ACTIVITY_PLACES: readonly string[] = [
  '辖区学校及周边',
  '集贸市场',
  '重点企业',
  '村(社区)服务中心',
  '卫生院',
  '河道沿线',
  '政务服务中心',
  '建设工地',
];
