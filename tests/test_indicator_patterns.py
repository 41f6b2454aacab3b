"""The language patterns of issue 17, each on sentences of our own (not from any corpus
document): what a number measures, which numbers are no records, units as written."""
import pytest

from extractor.api import extract_text
from extractor.devtools.audit import classes
from extractor.rulepack import load_rules

# A few Arabic-digit values around a sentence make a document of Arabic digits.
ARABIC = "全年新增城镇就业12万人，新建学校20所，改造公园15个。"


def records(text: str, year: int | None = 2026):
    return {r.text: r for r in extract_text(text, year=year)}


@pytest.mark.parametrize("text, value, indicator", [
    ("城乡居民养老金标准分别达到每月210元和180元。", "180元", "农村居民养老金标准"),
    # a 分别 list's last item, a kind a character longer than the others, shares the class after it; a word of two
    # characters the items share (工业, 企业) stays with them
    ("电子信息、有色金属、装备制造业产业规模分别达到1200亿元、1100亿元、800亿元。", "1100亿元", "有色金属产业规模"),
    ("传统、新兴工业领域投资分别增长5%、12%。", "5%", "传统工业领域投资"),
    ("科技、文化、小微企业领域贷款余额分别增长15%、12%、20%。", "15%", "科技企业领域贷款余额"),
    # an earlier item the last ends with takes what follows it there; a kind's name takes the class after the last's
    ("汽车、新能源汽车产量分别增长5%、30%。", "5%", "汽车产量"),
    ("工业、服务业领域投资分别增长5%、8%。", "5%", "工业领域投资"),
    ("装备制造业、电子信息产业增加值分别增长8%、10%。", "8%", "装备制造业增加值"),
    # the last item's own word runs up to the class after the others' length (有色金属行业: 钢铁行业), unless what runs
    # is a kind the items share (新兴工业, above) or opens the shared part (全产业链); a kind's name takes no 产业 or 行业
    ("钢铁、有色金属行业增加值分别增长5%、8%。", "5%", "钢铁行业增加值"),
    ("数字经济、生物医药、新能源汽车产业规模分别达到3000亿元、2000亿元、1000亿元。", "2000亿元", "生物医药产业规模"),
    ("人参、食用菌全产业链产值分别达到1230亿元、120亿元。", "1230亿元", "人参全产业链产值"),
    ("制造业、战略性新兴产业贷款分别增长12.7%、27.2%。", "12.7%", "制造业贷款"),
    # a word that qualifies the class (特色, 高耗能, 设施: CLASS_QUALIFIER) is shared with it; a kind's name takes the
    # class when it opens a longer noun (产业链)
    ("茶叶、水果特色产业产值分别增长8%、10%。", "8%", "茶叶特色产业产值"),
    ("化工、建材高耗能行业用电量分别下降3%、5%。", "3%", "化工高耗能行业用电量"),
    ("农业、林业特色产业产值分别增长5%、8%。", "5%", "农业特色产业产值"),
    ("农业、文化旅游产业链产值分别增长5%、9%。", "5%", "农业产业链产值"),
    ("汽车、新一代信息技术产业增加值分别增长8%、12%。", "8%", "汽车产业增加值"),  # a long own word runs, too
    ("钢铁、有色金属冶炼行业增加值分别增长5%、8%。", "5%", "钢铁行业增加值"),
    # a last item twice as long as items of one length spells out what they share; not after a metric of its own
    ("初中阶段、高中阶段毛入学率分别达到99%、93%。", "99%", "初中阶段毛入学率"),
    ("盗窃、诈骗案件分别下降12%、9%。", "12%", "盗窃案件"),
    ("全市出口、实际利用外资分别增长6%、9%。", "6%", "出口"),
    ("其中，钢材、水泥、平板玻璃分别增长3%、2%、5%。", "3%", "钢材"),  # whole names of two characters stay whole
    ("物流、科技服务领域投资分别增长5%、8%。", "5%", "物流领域投资"),  # 服务 is the last item's own, no qualifier
    ("国家级、部级创新平台分别达到22家、182家。", "22家", "国家级创新平台"),  # a level's own word is the level
    # counted things of any length, an adverb of all and the state they reached: named by it; a task done keeps its name
    ("全市45家城市信用社全部改制为农村商业银行。", "45家", "改制为农村商业银行的城市信用社"),
    ("全省18个贫困县全部摘帽。", "18个", "摘帽贫困县"),
    ("全年12件民生实事全部完成。", "12件", "民生实事"),
    ("全市1200个老旧小区全部完成改造。", "1200个", "完成改造老旧小区"),  # 完成 with what was done is no bare task
    # a bare count of the dead or injured counts people, named with what its sentence says caused them
    ("全年共发生道路交通事故3.2万起，造成8200人死亡、3.1万人受伤。", "8200人", "道路交通事故死亡人数"),
    ("今年因暴雨洪涝灾害造成直接经济损失12亿元，死亡8人，失踪3人。", "3人", "暴雨洪涝灾害失踪人数"),
    ("全省报告甲、乙类传染病发病8万例，报告死亡120人。", "120人", "甲、乙类传染病死亡人数"),
    # an event that caused nothing the sentence says (未发生…疫情，…出生…) names no deaths
    ("全省未发生重大传染病疫情，全年出生人口12万人，死亡8万人。", "8万人", "死亡人数"),
    ("全省建成32个应用平台，形成15项共性支撑能力。", "15项", "共性支撑能力"),  # 共性 is no 共 (in all) that stops a noun
    ("全年新发放创业担保贷款60亿元。", "60亿元", "新发放创业担保贷款"),  # 新发放 is one word: no handing out to drop (MONEY_GIVEN)
    ("全市农村信用社发放支农贷款120亿元。", "120亿元", "农村信用社支农贷款"),  # money named with whose it is
    # 的 between whose and the measure goes (OWNER_OF_MEASURE); after a clause or a list of places it stays
    ("提高农村低保对象的救助标准到每人每月500元。", "500元", "农村低保对象救助标准"),
    ("各类生产安全事故的死亡人数下降12%。", "12%", "生产安全事故死亡人数"),
    ("来源于本省的财政总收入达到3000亿元。", "3000亿元", "来源于本省的财政总收入"),
    ("设区市、县城和重点镇的公共供水普及率分别达到95%、85%和75%。", "95%", "设区市公共供水普及率"),
    ("新建中学8所、小学12所，分别新增学位1.1万个和0.9万个。", "0.9万个", "新增学位"),  # 分别 is in no name
    ("民营经济增加值占到全市生产总值的52%。", "52%", "民营经济增加值占生产总值比重"),
    # a share of a whole is named as one (share_of_whole_named): 占地区 is no 占地; 占到 before a Latin name is 占
    ("全县工业投资占地区固定资产投资的46%。", "46%", "工业投资占地区固定资产投资比重"),
    ("全社会研发投入占到GDP的2.5%。", "2.5%", "全社会研发投入占GDP比重"),
    ("旅游业总收入相当于全省生产总值的比重达到12%。", "12%", "旅游业总收入相当于生产总值比重"),  # 相当于 as 占
    ("人均地区生产总值相当于全国平均水平的80%。", "80%", "人均地区生产总值相当于全国平均水平"),  # an average compared with
    ("全市违规占地面积下降30%。", "30%", "违规占地面积"),  # 占地, 占用: words of their own, no share
    ("全市非法占用耕地面积下降30%。", "30%", "非法占用耕地面积"),
    # a rate of growth after a share is its owner's; a change in points is the share's
    ("民间投资占固定资产投资的61.2%，增长8.4%。", "8.4%", "民间投资"),
    ("民间投资占固定资产投资的61.2%，提高2.3个百分点。", "2.3个百分点", "民间投资占固定资产投资比重"),
    ("服务业增加值占地区生产总值的比重由48%提高到51%，增长6.25%。", "6.25%", "服务业增加值占地区生产总值比重"),
    # an amount after a share, a share of another whole after it, a bare verb after it: all the owner's
    ("在棉纱总产量80万吨中，国营企业占62%，达到49.6万吨。", "49.6万吨", "国营企业"),
    ("民营企业出口额占全市出口总额的58%，占全省民营企业出口总额的12%。", "12%", "民营企业出口额占民营企业出口总额比重"),
    ("教育支出320亿元，占一般公共预算支出的18%；五年累计安排1500亿元。", "1500亿元", "教育支出安排"),
    # 要 after a share is the modal of its verb (SHARE_MODAL); 持续 before a verb of keeping says how (TRAIL_WORD)
    ("全市工业投资占固定资产投资的比重要提高到40%。", "40%", "工业投资占固定资产投资比重"),
    ("城乡居民医保参保率持续稳定在96%以上。", "96%", "城乡居民医保参保率"),
    ("全市可持续发展示范区达到6个，新建学校20所。", "6个", "可持续发展示范区"),  # 可持续: a word (TRAIL_KEEP)
    # counted things that did with a partner an act two parties do, to their clause's end (JOINT_ACT, _act_at_place)
    ("全年新建学校20所，120家乡镇卫生院与县医院组建医共体。", "120家", "与县医院组建医共体的乡镇卫生院"),
    ("全年新建学校20所，8个国家与地区参展。", "8个", "国家与地区参展"),  # 与 joins nouns: no act of partners
    # a verb before a count that changes what the things own, said after 的: named by the change first (_acted_on_owner)
    ("全年新建学校20所，全部取消全市300所农村小学的燃煤锅炉。", "300所", "取消燃煤锅炉的农村小学"),
    ("全年新建学校20所，改善了12万农村居民的出行条件。", "12万", "改善出行条件的农村居民"),
    ("全年新建学校20所，共取消50项市级设定的行政许可项目。", "50项", "市级设定的行政许可项目"),  # 项 counts the 项目
    # shares listed after a verb of contributing: of the thing after each, held by who contributed it
    ("全县民营经济贡献了55%以上的税收和65%以上的城镇就业。", "65%", "民营经济占城镇就业比重"),
    ("民营企业支撑起半壁江山，创造了55%税收、65%研发投入。", "55%", "税收占比"),
    ("沿江城市以30%的面积创造了全省60%以上的地区生产总值。", "60%", "地区生产总值占比"),
    ("全市创造了经济增长8%的好成绩。", "8%", "经济增长"),  # a word of its own before the share: no list of shares
    # both values of 由…到… after a bare counterpart take the name its first value got (PARALLEL_OPENING)
    ("城镇每百户拥有电脑由40台提高到62台，农村由12台提高到30台。", "30台", "农村每百户拥有电脑"),
    ("其中均衡性转移支付增幅超过12%，全市新建学校20所。", "12%", "均衡性转移支付增幅"),  # 均衡 is no 均 (LEAD_KEEP)
    ("全年新建学校20所，12件环保实事按期完成。", "12件", "环保实事"),  # when it was done is no name (TRAIL_WORD)
    ("全年新建学校20所，国际旅客吞吐量恢复至120万人次。", "120万人次", "国际旅客吞吐量"),  # 恢复至 is the verb
    ("全年新建学校20所，为5万名残疾人提供12项基本康复服务。", "12项", "基本康复服务"),  # 基本康复 is no 基本 (basically)
    ("全年新建学校20所，7家企业入围中国服务业企业500强。", "7家", "入围中国服务业企业500强的企业"),  # SELECTED_VERB
    # a verb of completion after when it was done stays with it; a place of one character is named by what it did
    ("全年新建学校20所，95个县提前完成存量隐性债务化解。", "95个", "完成存量隐性债务化解的县"),
    # a count said only by how its things moved is of the things the count before counted (elliptic_count)
    ("全市规上工业企业中，利润同比增长的企业个数为320家，持平的为15家，下降的为80家。", "80家", "利润同比下降的企业个数"),
    ("基本公共服务均等化水平明显提高，均等化覆盖率达到85%。", "85%", "均等化覆盖率"),
    # a verb of one character before 了 is no verb cut out of the people counted (群众 stays whole)
    ("全年新建学校20所，1.2万户困难群众圆了安居梦。", "1.2万户", "困难群众圆安居梦"),
    # a count then its things' measure said with its word (总装机, 总投资) counts the things named after it
    ("全年新建学校20所，推进6个总装机30万千瓦风电项目建设。", "6个", "风电项目"),
    # counted by 台 or 艘 as well as by 个: machines and ships whose size follows at once are what is counted
    ("年内续建2台66万千瓦热电联产机组。", "2台", "热电联产机组"),
    ("新建5艘3000吨货轮。", "5艘", "货轮"),
    # the things named after the measure end where the next item of a list starts (_before_next_name)
    ("续建甲电厂2台35万千瓦机组、乙电厂1台60万千瓦机组。", "2台", "甲电厂机组"),
    ("全年生产电视机539.4万部1.2倍\n收音机1000万部。", "539.4万部", "生产电视机"),  # a multiple after a count is its rise
    # a share after 按 that a verb after it changes something by names what the verb changes (rate_acted_on)
    ("市县两级一律按照不低于8%的比例压减会议费和差旅费。", "8%", "会议费和差旅费"),
    ("明年起按5%的幅度逐年提高村干部报酬。", "5%", "村干部报酬"),
    # a verb of cutting between whose the thing is and the thing cut names nothing: change says the cut (INNER_CUT)
    ("市本级压减一般性支出8%。", "8%", "市本级一般性支出"),
    ("钢铁集团削减粗钢产能120万吨。", "120万吨", "钢铁集团粗钢产能"),
    ("综合压减率达到30%。", "30%", "综合压减率"),  # a metric of its own
    # a share written right before its things and what they did names both, with acts of being or holding too (SHARE_ACT)
    ("新建污水处理厂10座，100%工业园区实行污水集中处理。", "100%", "工业园区实行污水集中处理比例"),
    ("改造文化站20个，85%以上乡镇建有综合文化站。", "85%", "乡镇建有综合文化站比例"),
    # a time phrase opening the name says when, not what (TIME_PREFIX): a span since an event, the first months, a plan's end
    ("前10个月全市实际使用外资12亿美元。", "12亿美元", "实际使用外资"),
    ("自贸港建设启动以来累计引进人才30万人。", "30万人", "引进人才"),
    ("前两个月全市新增贷款80亿元。", "80亿元", "新增贷款"),
    ("地铁1号线开通以来客运量突破5亿人次。", "5亿人次", "地铁1号线开通以来客运量"),  # the line is what is measured
    ("到“十五五”末全市人均公园绿地面积达到16平方米。", "16平方米", "人均公园绿地面积"),
    # and said inside it (TIME_INSIDE): a month's end, a plan's period, a sugar-cane season
    ("全市金融机构6月末本外币存款余额3200亿元。", "3200亿元", "金融机构本外币存款余额"),
    ("甲乙国际班列“十四五”期间开行2100列。", "2100列", "甲乙国际班列开行"),
    ("全区2022/2023榨季蔗农收入43亿元。", "43亿元", "蔗农收入"),
    # a bare noun counted and a longer act of theirs to the clause's end: the act names them, a clause of five
    # characters or more before 的 (named_by_long_act)
    ("全省1200家定点药店提供医保个人账户购药服务。", "1200家", "提供医保个人账户购药服务的定点药店"),
    ("全市6个产业园区顺利通过国家生态工业示范园区验收。", "6个", "通过国家生态工业示范园区验收的产业园区"),
    ("全区28家敬老院完成消防设施改造。", "28家", "完成消防设施改造的敬老院"),
    ("全区16家农贸市场完成智慧化改造工作。", "16家", "完成智慧化改造的农贸市场"),
    # nor an act that says how a plan went or with a subject of its own (NOT_A_SET_ACT)
    ("全区30件民生实事全面完成年度任务。", "30件", "民生实事"),
    ("全市12个重点镇较快发展。", "12个", "重点镇"),
    ("全区9个创新平台作用加快发挥。", "9个", "创新平台"),
    ("全区45件民生实事超额完成年度任务。", "45件", "民生实事"),
    # things a verb acts on, after 和 too, are named by a result only when it is much longer (LONG_ACT_OVER_NOUN)
    ("建设10个特色园区和培育20个农业强镇取得新成效。", "20个", "农业强镇"),
    # when it was done is no part of the act (ACT_LEAD), nor is a task word, but of 前期工作 (ACT_TASK_TAIL)
    ("全市3座污水处理厂已于年底前投入运营并达标排放。", "3座", "投入运营并达标排放的污水处理厂"),
    # a list's verb goes to no item with a verb or works of its own (verb_of_list_item)
    ("淘汰落后产能企业20家、处置僵尸企业39家。", "39家", "处置僵尸企业"),
    ("新建改造农村公路500公里、危旧桥梁改造80座。", "80座", "危旧桥梁改造"),
    # a means opening a name is dropped up to its verb, not past a second act after 并 (PURPOSE_CLAUSE)
    ("通过省级评估并开展标准化建设的村卫生室120个。", "120个", "通过省级评估并开展标准化建设的村卫生室"),
    # things described by a list of what they are like before 的 are named by the noun after it (DESCRIBED_BY_LIST)
    ("建设20个设施完善、功能齐全、服务规范的养老服务中心。", "20个", "养老服务中心"),
    ("建设20个功能齐全的养老服务中心。", "20个", "功能齐全的养老服务中心"),  # one description is no list: kept
    ("完成30个老旧小区、城中村的雨污分流改造。", "30个", "老旧小区、城中村的雨污分流改造"),  # works on the things listed
    # a value that says its own act after it takes the name before with its act in place of the other's (_own_act_of)
    ("全市行政村100%通天然气、95%通光纤。", "95%", "行政村通光纤比例"),
    ("2万家规上企业启动数字化改造、8000家完成改造任务。", "8000家", "完成改造任务的规上企业"),
    ("政务服务事项网上可办率达99%、120项实现跨省通办。", "120项", "实现跨省通办"),  # things counted after a rate
    # a later 分别 clause that names a metric of its own gives it to the names of the list before (_own_metric_of)
    ("甲市和乙县宽带接入率分别达到90%、80%，5G覆盖率分别达到95%、70%。", "70%", "乙县5G覆盖率"),
    # a metric said as the subject of its own clause between two values names the second (previous_indicator);
    # a bare word of a metric there (增速, 经济总量) names none
    ("全市耕地保有量稳定在500万亩，粮食总产量再创新高，达到30亿斤。", "30亿斤", "粮食总产量"),
    ("全市生产总值达到5000亿元，增速位居全省第一，增长7.2%。", "7.2%", "生产总值"),
    ("全市生产总值增长7.2%，经济总量位居全省第二，人均达到8万元。", "8万元", "人均生产总值"),
    # firms a verb retired something of are named by the act first (ACT_ON_OWNED, OWNED_QUALITY with bare firms)
    ("依法淘汰180家企业落后产能。", "180家", "淘汰落后产能的企业"),
    ("全年完成对320家企业的能源审计。", "320家", "完成能源审计的企业"),  # 完成 with 对: done to them, no task
    # those reached counted after 惠及 with no programme named keep the verb (program_benefits)
    ("全年减免租金5.2亿元，惠及3.1万户个体工商户。", "3.1万户", "惠及个体工商户"),
    # things that reached a state by a short act are named by it first (STATUS_REACHED); longer things keep the order
    ("全年新增8家企业上市，3个机场通航。", "8家", "上市企业"),
    ("全年新增8家企业上市，3个机场通航。", "3个", "通航机场"),
    ("150个贫困村整村脱贫，12个贫困县脱贫摘帽。", "150个", "整村脱贫贫困村"),
    ("150个贫困村整村脱贫，12个贫困县脱贫摘帽。", "12个", "贫困县脱贫摘帽"),
    ("全年8家科技企业上市。", "8家", "科技企业上市"),  # four characters: as said
    # money spent on a list is named by the kind 等 heads (spent_on, SPENT_LIST_KIND); not a bare 重点
    ("全年投资45亿元，推进供水、供气、供热等市政工程。", "45亿元", "市政工程投资"),
    # a part said by its grade alone is graded on what the first share's grade was (SHARE_GRADE)
    ("全年水环境质量好的城市占20%，较好的占60%。", "60%", "水环境质量较好的城市比例"),
    # the edition of a list, a prize or a fair goes from the name (EDITION_ORDINAL); medals won by a place's athletes
    # are named by the games (MEDAL_HOW)
    ("获第十六届“五个一工程”奖的作品达到5部。", "5部", "获“五个一工程”奖的作品"),
    ("第三届进博会签约项目120个。", "120个", "进博会签约项目"),
    ("甲省健儿在第十五届全运会勇夺金牌20枚。", "20枚", "全运会金牌"),
    ("在全国九运会上夺得6金4银。", "4银", "全国九运会银牌"),  # games named by their number
    ("在北京冬残奥会上，我国运动员共获得18枚金牌。", "18枚", "冬残奥会金牌"),  # not 残奥会 of 冬残奥会
    ("在第十届全国残运会上我省运动员获得12枚金牌。", "12枚", "残运会金牌"),
    # a word bound to the first item's head (接待人次, 资产总额, 销售收入) is not shared with a later short item
    ("全市旅游接待人数和收入分别增长6%和8%。", "8%", "旅游收入"),
    ("市属企业资产总额和利润分别增长4%和9%。", "9%", "市属企业利润"),
    ("园区企业销售收入和税收分别增长20%和16%。", "16%", "园区企业税收"),
    ("景区接待人次和接待收入分别增长6%和8%。", "8%", "景区接待收入"),  # said again by the item itself
    ("全市商品房销售面积和金额分别增长5%和8%。", "8%", "商品房销售金额"),  # 销售 goes with 收入 only
    ("甲市和乙县生产总值分别增长6%、7%，分别达到900亿元、300亿元。", "300亿元", "乙县生产总值"),  # none of its own
    ("甲、乙、丙产业增加值分别增长5%、6%和7%，营业收入分别增长1%、2%和3%。", "3%", "丙产业营业收入"),  # 产业 each item's
    ("电子、装备制造业增加值分别增长9%、8%，占工业比重分别达到20%、30%。", "30%", "装备制造业增加值占工业比重"),
    ("城乡居民人均可支配收入分别增长5%、7%，人均消费支出分别增长4%、6%。", "6%", "农村居民人均消费支出"),  # 居民 each item's
    # a count named only by a verb or a level before another count of the same things with its noun (head_of_next_count)
    ("全年开工10个、续建20个市级重点项目。", "10个", "开工市级重点项目"),
    ("改造老旧小区120个、完成60个小区加装电梯。", "120个", "老旧小区"),  # a name of its own stays
    # a total right after a count of new things is of them all: the verb that counts them new goes (RUNNING_TOTAL)
    ("城镇新增就业12万人、累计达到60万人。", "60万人", "城镇新增就业"),  # a flow stays new when summed (NEW_FLOW)
    ("全年新增贷款500亿元、达到12%。", "12%", "新增贷款"),  # a rate is no running total
    ("甲机场新开通国际航线15条、累计达到160条。", "160条", "甲机场国际航线"),
    ("全市新开通公交线路15条、其中夜班线路3条。", "3条", "夜班线路"),  # a part is no total
    # a clause closed by the state its subject reached or the event it held, before 、: what follows is a new name
    ("风电成为第一大电源、装机容量达到3000万千瓦。", "3000万千瓦", "风电装机容量"),  # CLAUSE_STATE_VERB in CLAUSE_PACE
    ("妥善安置因灾新增孤儿、孤老、孤残人员1460人。", "1460人", "妥善安置因灾新增孤儿、孤老、孤残人员"),  # 新增 lists what it adds
    ("全市成功举办招聘会、培训班120场。", "120场", "成功举办招聘会、培训班"),  # so does 举办
    # a label classing all of a list's items before the head they share names the list, no item (LIST_CLASS_LABEL)
    ("食品、纺织、建材三大支柱产业增加值分别增长9%、7%和5%。", "5%", "建材产业增加值"),
    ("氨氮、氮氧化物两项主要污染物排放量分别下降2%和3%。", "2%", "氨氮排放量"),
    ("城镇、农村主要污染物排放量分别下降2%和3%。", "2%", "城镇主要污染物排放量"),  # places, no pollutants
    # a set of counties counted and what they did, in one name: the act first (places_by_their_act); not a noun it opens
    ("全年新增30个县（市、区）城乡供水一体化。", "30个", "城乡供水一体化县（市、区）"),
    ("建成20个县（市、区）融媒体中心。", "20个", "县（市、区）融媒体中心"),  # built: the counties' own facility
    ("在12个县市区开展数字乡村试点。", "12个", "数字乡村试点县市区"),
    ("新建8个县（市、区）级妇幼保健院。", "8个", "县（市、区）级妇幼保健院"),
    # a kind after 其中 of things a count before counted as new is counted new the same way (act_of_whole)
    ("新注册经营主体9万户，其中企业2万户、个体工商户7万户。", "7万户", "新注册个体工商户"),  # each kind of the run
    ("去年新登记外资企业420家，其中制造业企业130家。", "130家", "新登记制造业企业"),  # 去年 leads as 今年 does
    ("新开工棚改安置房3万套，其中棚户区改造开工1.2万套。", "1.2万套", "棚户区改造开工"),  # its own act stays alone
    ("全年新建学校20所，开工15个总投资210亿元重大项目。", "15个", "重大项目"),
    # a short word before a quoted item in a 分别 list shares what follows the quote
    ("全年新建学校20所，刑事、“两抢”警情分别下降8.5%和30.2%。", "8.5%", "刑事警情"),
    # a bare 市 or 区 counted before a joiner and more places is a place, named by what they all did
    ("全年新建学校20所，全省9个区、40个乡镇完成垃圾分类。", "9个", "区完成垃圾分类"),
    ("全年新建学校20所，抓好6个市和30个县的生态建设。", "6个", "市生态建设"),
    # how the things counted did what they were selected for (集中, 相继) is no part of them
    ("全年新建学校20所，3款创新药集中获批上市。", "3款", "获批上市创新药"),
    ("全年新建学校20所，城乡电网改造成效显著，1500多万人直接受益。", "1500多万人", "受益"),  # the adverb alone names none
    # a count after 将/把 is the object of the verb after its noun: named by what is done to it
    ("全年新建学校20所，将3.2万低保边缘人口纳入救助范围。", "3.2万", "纳入救助范围的低保边缘人口"),
    ("全年新建学校20所，把600个行政村列入整治计划。", "600个", "列入整治计划的行政村"),
    # things counted, then 被 and what was done to them: named by it first; 被 inside a word cuts nothing
    ("全年新建学校20所，9项改革经验被国家部委推广。", "9项", "被国家部委推广的改革经验"),
    ("全年新建学校20所，8.6万名被征地农民纳入养老保险。", "8.6万名", "纳入养老保险的被征地农民"),
    ("全年新建学校20所，120万亩退化林草植被全部恢复。", "120万亩", "恢复退化林草植被"),
    # 成为 after a verb of making is one verb with it
    ("全年新建学校20所，6个园区建设成为省级示范园区。", "6个", "建设成为省级示范园区的园区"),
    # industries of a size reached, after 等, are counted, not a plan's fields (skip.listed_fields)
    ("全年新建学校20所，形成食品、汽车、冶金等10个千亿元产业。", "10个", "千亿元产业"),
    # a verb that sets a target leads no name (LEAD_WORD 确定), but 确定性 is a word of its own (LEAD_KEEP)
    ("确定全市地区生产总值增长6.5%左右的目标，是积极稳妥的。", "6.5%", "地区生产总值"),
    ("全年新建学校20所，确定性网络覆盖率达到40%。", "40%", "确定性网络覆盖率"),
    ("全市完工城市公园12个、动工8个。", "8个", "动工城市公园"),  # 动工 is a project's stage (STAGE_VERB)
    ("一年来，落实2023年度冬小麦种植面积1280万亩。", "1280万亩", "冬小麦种植面积"),  # a year's 年度 goes whole (TIME_PREFIX)
    ("全年新培育4个500亿元特色产业集群。", "4个", "500亿元特色产业集群"),  # the size in money opens the name (CLASS_OPENING)
    # 支出 is a measure (METRIC_HEAD): a list's items share it, not the last item's modifier (环境保护支出 -> 教育支出)
    ("全年科技、教育、环境保护支出分别增长12%、9%、15%。", "9%", "教育支出"),
    ("全年新能源汽车产量12万辆、销量11万辆，分别增长30%、28%。", "11万辆", "新能源汽车销量"),  # 销量 no part of the next name
    ("全年保障性住房竣工3.2万套、入住2.8万套。", "2.8万套", "保障性住房入住"),  # 入住 acts on what was built (IN_SERVICE_VERB)
    # a verb of what is then done with things counted takes the place of the act before (ACT_ON_COUNTED)
    ("区纪委立案查处违纪案件86件，结案79件。", "79件", "区纪委结案违纪案件"),  # acts said together go together
    ("全年办理劳动仲裁案件540件，审结512件。", "512件", "审结劳动仲裁案件"),
    ("全年劳动仲裁案件540件，审结512件。", "512件", "审结劳动仲裁案件"),  # no act before: the verb leads
    ("新建公租房2000套、分配1500套。", "1500套", "分配公租房"),
    ("全年受理不动产登记业务12.6万件，办结12.4万件。", "12.4万件", "办结不动产登记业务"),  # the first act, not one inside the thing
    ("清理规范性文件1200件，保留860件，废止210件。", "210件", "废止规范性文件"),  # an edit follows any act before
    ("全年新增城镇就业5.2万人，搬迁1.3万人。", "1.3万人", "搬迁"),  # people: no act of theirs taken
    # goods said after 生产, weighed, are named by their output (GOODS_PRODUCED); not what production uses
    ("全年生产碳酸锂6万吨。", "6万吨", "碳酸锂产量"),
    ("全市生产用水达到300万吨。", "300万吨", "生产用水"),
    ("全年生产销售化肥300万吨。", "300万吨", "生产销售化肥"),  # a second verb: no goods after 生产
    ("全年实际利用外资15亿美元、内资900亿元。", "900亿元", "实际利用内资"),  # a counterpart (PARALLEL_WORD 外资=内资)
    ("全年新建学校20所，2.1万人实现全部脱贫。", "2.1万人", "脱贫"),  # how many of them did it is no part (PEOPLE_ACT_LIGHT)
    # a proposal before the time goes with it (PROPOSAL_VERB in TIME_PREFIX); 建议 alone is a noun
    ("建议“十五五”时期全省地区生产总值年均增长6%左右。", "6%", "地区生产总值"),
    ("建议今年居民消费价格涨幅控制在2%左右。", "2%", "居民消费价格涨幅"),
    ("全年新建学校20所，代表建议和委员提案按时办复率100%，380件建议全部办结。", "380件", "办结建议"),
    # a month opening a name goes (TIME_PREFIX), but not a date (7月1日起) nor a start (11月以来)
    ("力争今年9月上线政务服务事项超过300项。", "300项", "上线政务服务事项"),
    ("力争用三年时间把农村公路养护里程提高到2万公里。", "2万公里", "农村公路养护里程"),  # the years' time it takes goes
    # those a programme benefits, after 受益, are named with the programme (BENEFIT_VERB)
    ("今年，改造农村危桥300座，受益15万人。", "15万人", "农村危桥改造受益人数"),  # the act after its things (PROGRAM_ACT)
    ("全市国有企业利润增长9%，所有者权益增长6%。", "6%", "所有者权益"),  # 所有者 is no 所有 (all): LEAD_KEEP
    ("全年新建学校20所，全市耕地净增加1.2万亩。", "1.2万亩", "耕地"),  # a net change goes whole (TRAIL_WORD)
    ("全年新建学校20所，全县90%的乡镇都建成了污水处理厂。", "90%", "建成污水处理厂的乡镇比例"),  # 都 is no part of them
    ("全年新建学校20所，动员3万名干部，为5万户企业解难题。", "3万名", "动员干部"),  # those mobilized are a record
    # places counted with their ranks in brackets (县（市、区）) are named by what they did, first, as a bare place is
    ("全年新建学校20所，36个县（市、区）完成农村饮水工程改造。", "36个", "完成农村饮水工程改造的县（市、区）"),
    ("全年新建学校20所，12个市（州）全部完成河湖划界。", "12个", "完成河湖划界的市（州）"),  # PLACE_NOUN
    ("全年新建学校20所，30个乡镇开通了镇村公交。", "30个", "开通镇村公交的乡镇"),
    ("全年新建学校20所，12个村都完成了清产核资。", "12个", "完成清产核资的村"),
    ("全年新建学校20所，5个项目建成投产，8家企业完成股份制改造。", "8家", "完成股份制改造的企业"),  # any counted things
    # a policy issued is named without 出台 (LEAD_WORD), and its noun may open with a word that elsewhere ends one
    ("全年新建学校20所，出台12项支持政策。", "12项", "支持政策"),
    ("全市地区生产总值历史性突破3000亿元。", "3000亿元", "地区生产总值"),
    ("全市细颗粒物平均浓度大幅降至25微克/立方米。", "25微克/立方米", "细颗粒物平均浓度"),
    ("税收收入增加近80亿元，稳步达到900亿元以上。", "900亿元", "税收收入"),
    ("今年建成12个220千伏变电站。", "12个", "220千伏变电站"),
    ("民间投资增速达到8%，高于全国平均2个百分点。", "2个百分点", "民间投资增速高于全国"),
    ("市属国有企业营收增长8%、利润增长6%。", "6%", "市属国有企业利润"),
    ("城市居民最低生活保障标准提高到每月700元、农村提高到每年6000元。", "6000元", "农村居民最低生活保障标准"),
    ("新建5个330千伏和110千伏电网工程。", "5个", "330千伏和110千伏电网工程"),
    ("粮食综合生产能力稳定在800亿斤阶段性水平。", "800亿斤", "粮食综合生产能力"),
    ("一、二、三产业增加值分别增长3.1%、6.2%、5.5%。", "6.2%", "第二产业增加值"),
    ("全市一、二、三产业增加值分别增长3.1%、6.2%、5.5%。", "5.5%", "第三产业增加值"),
    ("其中一二三产业分别增长3.8%、7.5%和9.1%。", "7.5%", "第二产业增加值"),  # a sector's growth is of its value added
    # a list's first item naming its own metric (地区生产总值) keeps it; the tenth plan's baseline is no name
    ("地区生产总值和地方财政收入分别比上年增长9.6%和11.2%。", "9.6%", "地区生产总值"),
    ("全市国内生产总值、税收收入分别增长7%和8%。", "7%", "国内生产总值"),
    ("畜牧业产值达到765亿元，比“十五”期末增长42%。", "42%", "畜牧业产值"),
    # people whose problem is said solved after them are named as if 解决 came before (SOLVED_AFTER); problems counted are not
    ("全年新建学校20所，6万农村人口饮水安全问题得到解决。", "6万", "解决饮水安全问题农村人口"),
    ("全年新建学校20所，312件群众反映强烈的问题得到解决。", "312件", "群众反映强烈的问题得到解决"),
    # a span of years before the verb is no part of the name (TIME_PREFIX); one that is the metric's own stays
    ("五年培训新型职业农民31万人。", "31万人", "培训新型职业农民"),
    ("5年共关停小火电机组316万千瓦。", "316万千瓦", "关停小火电机组"),
    # a currency's rise or fall from last year is a baseline, no name: the rate before names it (BASELINE_END)
    ("全年人民币平均汇率为1美元兑7.0元人民币，比上年贬值2.1%。", "2.1%", "人民币平均汇率"),
    ("学前三年毛入园率达到88%。", "88%", "学前三年毛入园率"),
    # a word said twice once an aside between went is said once (DOUBLED_TAIL)
    ("A股再筹资（包括配股、公开增发）筹资1300亿元。", "1300亿元", "A股再筹资"),
    # a rate's own name in brackets after a longer name is the header (ALIAS_IN_BRACKETS)
    ("城镇人口占总人口比重（常住人口城镇化率）为62.3%。", "62.3%", "常住人口城镇化率"),
    # a year's 度 goes with its year (2019年度, 上年度: STREAK, TIME_WORD)
    ("12项成果获2018年度国家科学技术奖。", "12项", "获国家科学技术奖的成果"),
    ("特困人员供养标准不低于上年度农村居民人均可支配收入的60%。", "60%", "特困人员供养标准占上年度农村居民人均可支配收入比重"),  # share_reached
    # a lower prize after a higher one is of the same award (PARALLEL_WORD)
    ("其中国家科技进步一等奖2项、二等奖9项。", "9项", "国家科技进步二等奖"),
    # an item naming its own metric takes only the share the last says (制造业增加值 + 占…比重)
    ("制造业增加值、数字经济占地区生产总值比重分别达到30%、45%。", "30%", "制造业增加值占地区生产总值比重"),
    # an adverb before the verb is no part of the name (TRAIL_WORD: 全部, 全面, 基本)
    ("城镇职工基本养老保险参保率全部达到95%。", "95%", "城镇职工基本养老保险参保率"),
    ("全省高速公路通车里程基本达到6000公里。", "6000公里", "高速公路通车里程"),
    # nor a modal, a steady adverb or how the figure moved against the tide (可, 始终, 处于, 降为, 逆势, 企稳)
    ("全市社会消费品零售总额预计可达320亿元。", "320亿元", "社会消费品零售总额"),
    ("城镇登记失业率始终控制在4%以内。", "4%", "城镇登记失业率"),
    ("城镇调查失业率处于5.1%的较低水平。", "5.1%", "城镇调查失业率"),
    ("细颗粒物平均浓度降为28微克/立方米。", "28微克/立方米", "细颗粒物平均浓度"),
    ("外贸进出口逆势增长6.5%。", "6.5%", "外贸进出口"),
    ("工业投资企稳回升，增长3%。", "3%", "工业投资"),
    # a word ending in 可 that is one word keeps it (TRAIL_KEEP)
    ("全年精简行政许可事项52项，核发行政许可30万件。", "30万件", "核发行政许可"),
    # the 等 of 高等 or 中等 ends no list: each rate keeps its own name (LIST_TAIL_MARK)
    ("义务教育巩固率、高等教育毛入学率分别提高2个、6个百分点。", "2个", "义务教育巩固率"),
    ("学前教育毛入园率、中等职业教育招生数分别达到90%和12万人。", "12万人", "中等职业教育招生数"),
    ("食品、纺织等产业增加值分别增长5%和6%。", "6%", "纺织产业增加值"),
    # how a rate was counted names nothing: the metric before it does (BASELINE_END)
    ("全省生产总值达到5569亿元，按不变价计算年均增长11.5%。", "11.5%", "生产总值"),
    ("农民人均纯收入8000元，扣除物价因素实际增长9.1%。", "9.1%", "农民人均纯收入"),
    ("地方一般预算收入1313亿元，按可比口径计算增长14.8%。", "14.8%", "地方一般预算收入"),
    # 全疆 and 全旗 are scope words as 全省 is
    ("持续加大民生投入，全疆77%以上的财政支出投向民生领域。", "77%", "财政支出投向民生领域"),
    # a pair word of three characters names one value per part, even alone after its verb (PAIR_WORD)
    ("全省实际引进内外资分别增长29.1%、72.3%。", "72.3%", "实际引进外资"),
    ("汽车产销量分别完成156万辆和157万辆。", "157万辆", "汽车销量"),
    # a clause of a noun alone is a topic only when it ends in a heading's noun, not in how it moves
    ("工业发展，力争完成投资7200亿元。", "7200亿元", "投资"),
    # a measure said once for a list of kinds, not for a metric of its own or a level
    ("工业增加值增长6%，建筑业增长4%，居民消费价格上涨2.1%。", "4%", "建筑业增加值"),
    ("工业增加值增长6%，建筑业增长4%，居民消费价格上涨2.1%。", "2.1%", "居民消费价格"),
    ("全省规模以上工业增加值增长7.5%，高技术企业达到1200家。", "1200家", "高技术企业"),
    ("全市工业增加值增长7.5%，城镇新增就业增长3%。", "3%", "城镇新增就业"),
    ("一产、二产、三产增加值分别增长4%、6%、5%。", "5%", "第三产业增加值"),
    ("高速铁路、高速公路通车里程分别达到800公里、5000公里。", "800公里", "高速铁路通车里程"),
    ("职工医保和居民医保政策范围内住院费用报销比例分别达到80%、70%。", "80%", "职工医保政策范围内住院费用报销比例"),
    ("居民医保和公共卫生服务经费人均财政补助标准分别提高30元和5元。", "30元", "居民医保人均财政补助标准"),
    ("7、确保城乡低保月人均保障标准分别不低于600元和400元；", "400元", "农村低保月人均保障标准"),
    (ARABIC + "新增甲市、乙县、丙区三个国家级开发区。", "三个", "国家级开发区"),
    ("实施农村学生营养餐补助制度，惠及12万名学生。", "12万名", "农村学生营养餐补助惠及学生"),
    ("“家电下乡”政策惠及30万户家庭。", "30万户", "“家电下乡”政策惠及家庭"),
    ("建成农村集中供水工程120处，受益人口42万人。", "42万人", "农村集中供水工程受益人口"),
    ("取消行政许可事项120项，减幅达35%。", "35%", "取消行政许可事项减幅"),
    ("全年地区生产总值迈上新台阶，总量突破6万亿元，增长5.1%。", "5.1%", "地区生产总值"),
    ("其中，快递业务总量30亿件，增长12%。", "12%", "快递业务总量"),
    ("地区生产总值增速逐季回升，全年增长5.2%。", "5.2%", "地区生产总值增速"),
    ("预计全省生产总值能够实现6%左右的预期目标。", "6%", "生产总值"),
    ("全疆地区生产总值同比增长6.1%。", "6.1%", "地区生产总值"),
    ("全省85%的乡镇卫生院已建成发热门诊。", "85%", "已建成发热门诊的乡镇卫生院比例"),
    ("全省80%的新建小区充电设施同步建成。", "80%", "新建小区充电设施同步建成"),
    ("其中一、二、三产增加值分别增长3.5%左右、6%左右、5%左右。", "3.5%", "第一产业增加值"),
    ("社区食堂、“暖心驿站”数量分别达到120个、64个。", "120个", "社区食堂数量"),
    ("全区从业人员达到36万人。", "36万人", "从业人员"),
    ("年末小额贷款余额40亿元，比年初增长20%。", "20%", "小额贷款余额"),
    ("全年进口5.2万亿元，以美元计价为7300亿美元。", "7300亿美元", "进口"),
    ("全年粮食增产12亿斤。", "12亿斤", "粮食产量"),
    ("地区生产总值增长8%，增速比上年高1.5个百分点。", "1.5个百分点", "地区生产总值增速"),
    ("剔除留抵退税因素一般公共预算收入增长6.1%。", "6.1%", "一般公共预算收入"),
    ("中央财政对我省转移支付增长9%。", "9%", "中央财政转移支付"),
    ("举办重大招商活动，签约120个项目。", "120个", "签约项目"),
    ("设区市、县城和重点镇的燃气普及率分别达到98%、90%和60%。", "90%", "县城燃气普及率"),
    ("力争民营经济占全省地区生产总值比重达到60%。", "60%", "民营经济占地区生产总值比重"),
    ("推广良种，亩均增产30公斤。", "30公斤", "亩均产量"),
    ("全县农民人均纯收入增收900元。", "900元", "农民人均纯收入"),
    ("全年5.2万名困难学生享受了助学金。", "5.2万名", "享受助学金困难学生"),
    ("今年安排12类50件民生实事。", "50件", "民生实事"),
    ("全区36个乡镇开展了垃圾分类试点。", "36个", "开展垃圾分类试点的乡镇"),  # SUBJECT_ACT; an act of five characters or more before 的
    ("全区8个街道都开展了垃圾分类试点。", "8个", "开展垃圾分类试点的街道"),  # the adverb goes
    ("全年造林200万亩、种草300万亩，分别完成年度任务的120%、115%。", "115%", "种草年度任务完成率"),
    ("完成“十三五”规划投资的85%左右。", "85%", "“十三五”规划投资完成率"),
    ("煤炭、水泥、平板玻璃产能分别压减到1亿吨、2亿吨、3亿重量箱。", "1亿吨", "煤炭产能"),
    ("风电、光伏发电装机分别达到3000万千瓦、5000万千瓦。", "3000万千瓦", "风电装机"),
    ("今年新增三级甲等医院4家，建成2家二级乙等专科医院。", "2家", "二级乙等专科医院"),
    ("全年举办“甲城欢购”等促消费活动1200场。", "1200场", "促消费活动"),
    ("对12万人次困难群众进行了医疗救助。", "12万人次", "医疗救助困难群众"),  # CARRIED_ACT: the act leads, no 了
    ("为8000名老年人免费进行健康体检。", "8000名", "免费健康体检老年人"),  # CARRIED_HOW: how it was done goes with the act
    ("对300家企业进行了全面的安全检查。", "300家", "企业"),  # the act said after 的 names them not
    ("对2100户困难家庭实施了适老化改造。", "2100户", "困难家庭适老化改造"),  # 实施 carries works done on things too
    ("全年8万困难群众基本生活得到有效保障。", "8万", "基本生活得到有效保障的困难群众"),  # GOT_VERB: what of theirs got it leads
    ("本外币存款、贷款余额双双突破2万亿元。", "2万亿元", "本外币存款、贷款余额"),
    ("城镇居民和农村居民人均收入各由2万元、1万元提高到3万元、1.5万元。", "1.5万元", "农村居民人均收入"),
    ("全县旅游接待总人次、总收入分别增长12%、15%。", "12%", "旅游接待总人次"),
    ("全县旅游接待总人次、总收入分别增长12%、15%。", "15%", "旅游总收入"),  # 接待 is the visitors' (HEAD_BOUND_WORD)
    ("销售收入过百亿元的企业达到8家、过50亿元的12家。", "12家", "销售收入过50亿元的企业"),
    ("引进丙银行等金融机构12家。", "12家", "金融机构"),
    ("纺织、建材、冶金等行业增加值分别增长3.5%、4.2%、6.1%。", "6.1%", "冶金行业增加值"),
    ("纺织、建材、冶金等行业增加值分别增长3.5%、4.2%、6.1%。", "3.5%", "纺织行业增加值"),
    ("全县财政支出80%以上用于改善民生。", "80%", "财政支出用于改善民生比例"),
    ("全年12万农村人口稳定脱贫。", "12万", "稳定脱贫农村人口"),
    ("全市8.5万户农户用上了清洁能源。", "8.5万户", "用上清洁能源的农户"),
    ("实现所有乡镇和90%行政村通硬化路。", "90%", "行政村通硬化路比例"),
    ("全市80%以上行政村建成卫生室。", "80%", "行政村建成卫生室比例"),
    ("所有乡镇和99%建制村通水泥（沥青）路。", "99%", "建制村通水泥（沥青）路比例"),
    ("民营经济占全省经济比重达到70%以上。", "70%", "民营经济占经济比重"),
    ("农民人均纯收入在粮价下调的情况下，仍然达到9000元。", "9000元", "农民人均纯收入"),
    ("城镇、农村低保标准分别达到月人均500元、年人均4000元。", "4000元", "农村低保标准"),
    ("城乡低保标准由月人均300元和年人均2000元分别提高到320元和2200元。", "2200元", "农村低保标准"),
    ("高技术产业增加值为20亿元，占全市工业增加值比重由20.1%、22%提高至24.4%。", "24.4%", "高技术产业增加值占工业增加值比重"),
    ("全县肉、蛋、奶产量分别增长6.3%、4.8%、8.4%。", "4.8%", "蛋产量"),
    ("全县一般公共预算收入50亿元，增长10%；支出70亿元，增长7%。", "70亿元", "一般公共预算支出"),
    ("优良水体比例较“十二五”期末上升11.3个百分点。", "11.3个百分点", "优良水体比例"),
    ("全县居民消费价格上升2.1%。", "2.1%", "居民消费价格"),
    ("省级以上龙头企业达到600户，其中国家级63户。", "63户", "国家级龙头企业"),
    ("城乡居民人均收入达到3万元和1万元、分别增长7.5%和8.2%。", "8.2%", "农村居民人均收入"),
    ("城乡低保标准提高到700元/月和480元/月、散居和集中养育孤儿补贴标准提高到1200元/月和1700元/月。",
     "1700元/月", "集中养育孤儿补贴标准"),
    ("新经济、绿色经济、制造业占地区生产总值比重分别提高到20%、42%和25%。", "42%", "绿色经济占地区生产总值比重"),
    ("城市污水处理率、垃圾无害化处理率显著提高，分别达到90%和95%。", "95%", "垃圾无害化处理率"),
    ("困难残疾人生活补贴、重度残疾人护理补贴标准，分别从每人每月165元、220元提高到175元、235元。",
     "235元", "重度残疾人护理补贴标准"),
    ("外贸进出口总额连跨两个千亿美元台阶，达到5481亿美元。", "5481亿美元", "外贸进出口总额"),
    ("全省生产总值迈上新台阶，按可比价计算，增长8%。", "8%", "生产总值"),
    ("战略性新兴产业、建筑业增加值占全市生产总值比重分别超过10%和9%。", "10%", "战略性新兴产业增加值占生产总值比重"),
    ("一、二、三、四季度分别增长5%、6%、7%、8%。", "5%", "一季度"),
    ("五年累计引进外资82亿美元，是“十二五”的2.3倍。", "2.3倍", "引进外资"),
    ("全省财政科技投入350亿元，比“十二五”时期增长86%。", "86%", "财政科技投入"),
    ("全年完成建设用地整理3.2万亩。", "3.2万亩", "建设用地整理"),
    ("城市建成区绿化覆盖率达到41%。", "41%", "城市建成区绿化覆盖率"),  # 建成区 is a word, no 建成 (LEAD_KEEP)
    # a part after a sentence opening with 其中 takes the whole the sentence before opens with
    ("全年入境游客300万人次，比上年增长8%。其中，外国人120万人次，下降2%。", "120万人次", "外国人入境游客"),
    # (a part sharing a word with the whole names its own measure: 因私出境 of 出境人数 stays)
    ("全年出境人数900万人次，比上年增长8%。其中，因私出境800万人次。", "800万人次", "因私出境"),
    # not when the whole names things, not a measure (煤炭 is a kind like 钢材)
    ("全年煤炭5亿吨，增长1%。其中，焦煤1亿吨，增长3%。", "1亿吨", "焦煤"),
    # not when the whole's value is in another unit (a count of kinds, then amounts of each)
    ("全年有30种矿产新增探明储量。其中，铁矿2亿吨，铜矿500万吨。", "2亿吨", "铁矿"),
    # not a part that shares a word with the whole: it names its own measure (出口额 of 进出口总额)
    ("全年对外贸易进出口总额800亿元，增长5%。其中，外贸出口500亿元。", "500亿元", "外贸出口"),
    # the class the last item names its kind by is shared by the items before it (SHARED_CLASS)
    ("化工、纺织、医药行业利润分别增长6%、3%和9%。", "6%", "化工行业利润"),
    ("小麦、玉米、薯类作物播种面积分别达到800万亩、600万亩和90万亩。", "600万亩", "玉米作物播种面积"),
    ("教育、卫生、文化领域支出分别增长8%、6%和5%。", "6%", "卫生领域支出"),  # 领域 too
    # generic things counted (项目, 改革成果) are of the noun said right before the count, with no verb in it
    ("推进城市更新示范区15个工程项目。", "15个", "城市更新示范区工程项目"),
    ("自贸试验区累计形成120项制度创新成果。", "120项", "自贸试验区制度创新成果"),
    ("全年推进30个重大项目。", "30个", "重大项目"),
    # a bare deal after one event held in its sentence is the event's (event_of_deal); not after a list or a series
    ("隆重举办第五届东北亚投资贸易博览会，签约项目总投资860亿元。", "860亿元", "东北亚投资贸易博览会签约项目总投资"),
    ("第9届“农交会”在我市成功举办，签约项目120个。", "120个", "“农交会”签约项目"),  # an edition opening the sentence
    ("举办农博会、茶博会等展会，签约金额达到120亿元。", "120亿元", "签约金额"),
    ("举办系列招商推介会，签约项目86个。", "86个", "签约项目"),
    ("成功举办丝博会，并参加了秋季广交会，签约项目86个。", "86个", "签约项目"),  # two events: no one deal's
    ("成功举办第五届丝博会，全年签约项目320个。", "320个", "签约项目"),  # the year's total (CUE_LEAD)
    ("召开全市领导干部大会，合同外资达到12亿美元。", "12亿美元", "合同外资"),  # a statistic, no deal
    ("组织企业参加广交会，成交金额12亿美元。", "12亿美元", "广交会成交金额"),
    ("自贸试验区制度创新形成45项改革成果。", "45项", "自贸试验区制度创新改革成果"),  # the 新 of 创新 stays
    ("省委省政府出台30项改革举措。", "30项", "改革举措"),  # the body that issued them is no scope
    ("旅游收入五年倍增行动带动就业2万人。", "2万人", "旅游收入五年倍增行动带动就业"),  # a plan named: no predicate cut
    ("新建9所中小学校和幼儿园（含民办）。", "9所", "中小学校和幼儿园"),  # what a bracket holds names no instance
    ("在全省十运会上获得金牌46枚。", "46枚", "全省十运会金牌"),
    ("孤儿每人每月生活补贴提高到1500元。", "1500元", "孤儿生活补贴"),
    ("分散供养孤儿每月基本生活费1200元。", "1200元", "分散供养孤儿每月基本生活费"),  # per month alone stays
    ("全省生产总值五年跨越两个万亿元台阶，达到5万亿元。", "5万亿元", "生产总值"),
    # a second item after the counted things naming an instance or a building work is not counted (SECOND_NAMED_ITEM)
    ("开通4条国际货运航线和郑州至列日国际物流通道。", "4条", "国际货运航线"),
    ("建成12个物流园区和冷链物流集散中心建设。", "12个", "物流园区"),
    ("新建5个国家医学中心和国家区域医疗中心（含分中心）。", "5个", "国家医学中心和国家区域医疗中心"),  # same kind
    # the unit a payment is made per, inside a name, goes (PER_UNIT_INSIDE); a predicate of a metric's clause too
    ("孤儿每人每月补助1200元。", "1200元", "孤儿补助"),
    ("国家助学贷款每人最高额度提高到2万元。", "2万元", "国家助学贷款每人最高额度"),  # no payment word after
    ("全市生产总值将再上一个千亿元台阶，达到2600亿元。", "2600亿元", "生产总值"),
    ("跨境电商综合试验区促成56个合作项目。", "56个", "跨境电商综合试验区合作项目"),  # two modifiers, 促成
    ("省级产业引导基金累计设立12支子基金。", "12支", "省级产业引导基金子基金"),
    ("全省范围内推出120项改革举措。", "120项", "改革举措"),  # a place within is no scope (NOT_A_SCOPE)
    ("发布第四批次15个示范项目。", "15个", "示范项目"),  # nor a batch
    ("综合保税区推出25项全国首创举措。", "25项", "综合保税区全国首创举措"),  # 全国首创 is no scope word
    # a bracket holding a figure with its unit is no part of the name (FIGURE_ASIDE); a code or a class's number stays
    ("学前三年（3-5岁）儿童毛入园率达到98%。", "98%", "学前三年儿童毛入园率"),
    ("细颗粒物（PM2.5）平均浓度下降到30微克/立方米。", "30微克/立方米", "细颗粒物（PM2.5）平均浓度"),
    ("完成小（2）型病险水库除险加固120座。", "120座", "小（2）型病险水库除险加固"),
    # a bare act takes the full name its paragraph last gave it before the value's clause (act_named_before)
    ("扎实推进易地扶贫搬迁。今年是关键一年，确保搬迁50万人。", "50万人", "易地扶贫搬迁"),
    ("深入开展河道整治，着力改善水环境。全年完成整治80公里。", "80公里", "河道整治"),
    ("打好违法建设治理攻坚战，全年完成治理1.2亿平方米。", "1.2亿平方米", "违法建设治理"),  # 建设 is the thing's
    ("认真做好退役军人安置，建成服务站30个。全年安置2000人。", "2000人", "退役军人安置"),  # after a verb of work (WORK_VERB)
    # not the act inside a longer word (职业培训补贴)
    ("开展职业技能培训。今年再次扩大职业培训补贴范围，培训10万人次。", "10万人次", "职业技能培训"),
    # none from a count's object, a clause with 的 or a quote cut in two: the act stays
    ("实施3年10万人技能培训行动，建成基地5个，完成培训2万人次。", "2万人次", "培训"),
    ("坚持困难最大的村寨优先搬迁，投资9亿元，搬迁3万人。", "3万人", "搬迁"),
    # not by an item named as a kind already (KIND_NAME)
    ("汽车制造业、新材料产业产值分别增长12%和15%。", "12%", "汽车制造业产值"),
    ("全年水利投资86亿元，所占比重由上年的7.1%上升到8.2%。", "8.2%", "水利投资所占比重"),  # 所占: the value before's share
    ("建成区绿地率提高到37%。", "37%", "建成区绿地率"),
    ("研发经费投入强度达到2.8%，比五年前提高0.6个百分点。", "0.6个百分点", "研发经费投入强度"),  # 比五年前: a baseline
    ("为86万名义务教育阶段学生提供免费午餐。", "86万名", "免费午餐义务教育阶段学生"),  # 名 + 义务, no 名义
    ("今年再提高农村低保标准8%。", "8%", "农村低保标准"),  # 再 (again) leads like 又; 再就业, 再生 stay whole
    ("逐步提高城乡居民基础养老金标准10%。", "10%", "城乡居民基础养老金标准"),  # how it is done leads too (大幅, 逐步)
    ("帮助失业人员再就业2.1万人，再生水利用率达到25%。", "25%", "再生水利用率"),
    ("年内实施以工代赈重点工程210个。", "210个", "以工代赈重点工程"),
    ("全年使用权出让收入达到85亿元。", "85亿元", "使用权出让收入"),
    ("新建充电桩3万个，其中乡村1.2万个。", "1.2万个", "乡村充电桩"),
    ("农民收入增长7%，增速比城镇居民高2个百分点。", "2个百分点", "农民收入增速高于城镇居民"),
    ("两年安排60亿元支持县域商业体系建设。", "60亿元", "县域商业体系建设资金"),
    ("落实支持外贸企业的退税政策80亿元。", "80亿元", "退税政策"),
    ("全市旅游收入连跨3个百亿台阶，达到420亿元、增长9%。", "420亿元", "旅游收入"),
    ("9个重点实验室入选国家级创新平台。", "9个", "入选国家级创新平台的重点实验室"),
    ("全县216个行政村退出、4个乡镇摘帽。", "216个", "退出行政村"),
    ("（2）扩大向居民开放的学校操场，数量增长15%。", "15%", "学校操场数量"),
    ("新建面向老年人提供助餐服务的社区长者食堂，数量达到500个。", "500个", "社区长者食堂数量"),
    ("继续推进全民健身设施建设，投资达到8亿元。", "8亿元", "全民健身设施建设投资"),
    ("石化产业持续壮大，年产值达到800亿元。", "800亿元", "石化产业年产值"),
    ("粮食播种面积1.2亿亩，油料面积900万亩，分别增长1.5%和3%。", "3%", "油料面积"),
    ("外贸出口380亿美元，进口210亿美元，分别比上年增长8%、5%。", "8%", "外贸出口"),
    ("新建、改扩建公办幼儿园60所。", "60所", "新建、改扩建公办幼儿园"),
    ("新建和改造提升农村公路3000公里。", "3000公里", "新建和改造提升农村公路"),
    ("省属企业实施重组整合12起。", "12起", "省属企业重组整合"),
    ("推动35个两地共同实施的重大项目。", "35个", "两地共同实施的重大项目"),
    ("规上文化企业总数达到860家，增加值突破600亿元。", "600亿元", "规上文化企业增加值"),
    ("民间投资增长9%，增速提高2个百分点。", "2个百分点", "民间投资增速"),
    ("建筑业平稳运行，实现增加值900亿元。", "900亿元", "建筑业增加值"),
    ("推动数字经济核心产业取得新突破，力争实现增加值1200亿元。", "1200亿元", "数字经济核心产业增加值"),
    ("提高孤儿基本生活保障标准，增幅不低于8%。", "8%", "孤儿基本生活保障标准增幅"),
    ("4个现代化的产业集群入选国家先进制造业集群。", "4个", "入选国家先进制造业集群的现代化产业集群"),
    ("为5000名困难的群众提供法律援助。", "5000名", "法律援助困难群众"),
    ("60个城市未达到空气质量二级标准。", "60个", "城市未达到空气质量二级标准"),
    ("城乡综合服务设施建设步伐加快。投资3.2亿元，新建服务站40个。", "3.2亿元", "城乡综合服务设施投资"),
    ("为返乡青年开发公益岗位2000个。", "2000个", "公益岗位"),
    ("受理群众来信4800件，办结率99%。", "99%", "群众来信办结率"),
    # rates of a cut or of things built or paid are of the things counted before (HANDLING_RATE)
    ("撤销区政府议事协调机构40个，精简率达到55%。", "55%", "区政府议事协调机构精简率"),
    ("新建农村公路桥梁120座，竣工率90%。", "90%", "农村公路桥梁竣工率"),
    ("排查消防隐患2.1万处，整改率96%。", "96%", "消防隐患整改率"),
    ("全年新增就业12万人，就业率95%。", "95%", "就业率"),
    ("15项科研成果获省科技进步奖。", "15项", "获省科技进步奖的科研成果"),
    ("30万名农民工成为城镇居民。", "30万名", "成为城镇居民的农民工"),
    ("6项关键技术填补国内空白。", "6项", "填补国内空白的关键技术"),
    ("精简机构编制三万任务顺利完成。", "三万", "精简机构编制"),
    ("今年完成退耕还林80万亩的任务。", "80万亩", "退耕还林"),
    ("超额完成转移农村劳动力15万人的目标任务。", "15万人", "转移农村劳动力"),
    ("新建120所（含改扩建）公办幼儿园。", "120所", "公办幼儿园"),
    ("帮助1500名3—6岁孤独症儿童接受康复训练。", "1500名", "孤独症儿童接受康复训练"),
    # a share before another in its list is named with what the list did (as the annotators of yunnan-2018 write it)
    ("全省80%以上的湿地和75%以上的珍稀物种得到保护。", "80%", "得到保护的湿地比例"),
    ("实现96%的乡镇和72%的建制村通硬化路。", "96%", "乡镇通硬化路"),
    ("全省98%的行政村、90%的社区建成综合性文化服务中心。", "98%", "建成综合性文化服务中心的行政村比例"),
    ("实现铁路网覆盖90%以上的县、80%以上的县通达高铁。", "90%", "铁路网覆盖县比例"),  # its own name, and the things reached
    ("有12部影片在国际电影节上获20次奖。", "12部", "影片在国际电影节上"),
    ("投入8亿元，全面完成2025年十件民生实事。", "8亿元", "民生实事投入"),
    ("落实资金60亿元，实施30项为民办实事项目。", "60亿元", "为民办实事项目资金"),
    ("对老旧供水管网进行改造，其中2026年完成300公里。", "300公里", "老旧供水管网改造"),
    ("为3200名退役军人提供职业技能培训。", "3200名", "职业技能培训退役军人"),
    ("对860户低保家庭发放取暖补贴。", "860户", "发放取暖补贴低保家庭"),
    ("粮油加工产值占农业产值的比重，由上年的31.5%上升到33%。", "33%", "粮油加工产值占农业产值比重"),
    ("民营工业增长12%，占全部工业的比重提高到40%；全年实现利润总额300亿元。", "300亿元", "利润总额"),  # a share's whole is no firms
    ("主要原材料消费中，钢材消费量3.8亿吨，增长6.0%。", "3.8亿吨", "钢材消费量"),  # FRAME_OF_KINDS: a kind's own measure stays
    ("能耗降低2.5%以上，力争“十四五”以来累计降低10%左右。", "10%", "能耗"),  # TIME_PREFIX: a span since a plan's start
    ("今年完成2.3万贫困人口易地扶贫搬迁任务。", "2.3万", "易地扶贫搬迁贫困人口"),  # TASK_END: the things counted, act first
    ("解决了2.5万户、9万农牧民的安居问题。", "9万", "解决安居问题农牧民"),  # LISTED_AFTER: each count 解决 lists is solved
    ("解决和巩固了40万贫困人口的温饱。", "40万", "解决温饱贫困人口"),  # SOLVED_BEFORE: 解决和巩固 is 解决
    ("解决农村80万人饮水安全问题。", "80万人", "解决饮水安全问题"),  # a scope word between (PART_SCOPE)
    ("解决300万农村人口和20万学校师生饮水安全问题。", "20万", "解决饮水安全问题学校师生"),
    ("完成15个乡镇卫生院的改扩建任务。", "15个", "乡镇卫生院改扩建"),  # works done on them after them (WORKS_DONE)
    ("招录500名高校毕业生到乡镇卫生院工作。", "500名", "高校毕业生到乡镇卫生院工作"),  # going to work is no task
    ("完成30个县农村综合改革试点工作。", "30个", "县农村综合改革试点工作"),  # a trial is named as said (TRIAL_END)
    ("主要原材料消费中，钢材3.8亿吨，增长6.0%；精炼铜620万吨，增长2.1%。", "2.1%", "精炼铜消费量"),  # its rate too
    ("建筑业占经济总量的比重提高到12%，实现利润由80亿元增加到95亿元。", "95亿元", "建筑业利润"),  # the share's part owns it
    ("社会保险基金结余，比上年底增加12.6%。", "12.6%", "社会保险基金结余"),
    ("各级财政用于教育的经费，五年合计860亿元。", "860亿元", "各级财政教育经费"),  # the clause before names it; FUND_OF drops 用于 and 的
    ("税收收入820亿元，可比增长6.4%。", "6.4%", "税收收入"),
    ("电子信息产业营业收入增长12%、规模力争突破800亿元。", "800亿元", "电子信息产业营业收入规模"),
    ("开展文化惠民演出活动120场次，实施城乡环境整治18项工程。", "18项", "城乡环境整治工程"),
    ("在27个县（市、区）开展养老服务改革试点。", "27个", "养老服务改革试点县（市、区）"),  # places named by their trial (TRIAL_RUN)
    ("达标的县（市、区）由31个增加到46个。", "31个", "达标的县（市、区）"),
    ("新建15个口袋公园（含滨河、环城等带状公园）。", "15个", "口袋公园"),
    ("全市城镇就业五年新增42万人。", "42万人", "城镇就业"),
    ("年内解决12万农村人口饮水困难问题。", "12万", "解决饮水困难问题农村人口"),
    ("高速公路通车里程新增320公里，总里程达到6100公里。", "6100公里", "高速公路通车总里程"),
    ("建成东线、西线等城际铁路210公里，总里程超过900公里。", "900公里", "城际铁路总里程"),
    ("建成东线、西线等城际铁路210公里。", "210公里", "城际铁路"),
    ("用于科技、教育等方面的资金320亿元。", "320亿元", "科技、教育等资金"),
    ("办好30件市委市政府为民办实事项目。", "30件", "市委市政府为民办实事项目"),
    ("提请市人大常委会审议法规草案6件。", "6件", "提请审议法规草案"),
    ("提请县人大及其常委会会议审议议案4件。", "4件", "提请审议议案"),  # 及其, 会议 too
    # a body that did an act, said before the act and its object, goes (ACTOR_BODY); not a body inside a noun
    ("市政府召开新闻发布会60场。", "60场", "召开新闻发布会"),
    ("全市已有120家单位发布社会责任报告。", "120家", "单位发布社会责任报告"),  # the units are what is counted
    ("市政府与央企签订合作协议36个。", "36个", "市政府与央企签订合作协议"),  # with another party
    ("完成改制和新公司设立的企业45家。", "45家", "改制和新公司设立的企业"),
    ("市属国有企业完成混合所有制改革46家。", "46家", "市属国有企业混合所有制改革"),
    ("规模以上工业企业实现利润820亿元。", "820亿元", "规模以上工业企业利润"),
    ("重大项目完成投资1200亿元。", "1200亿元", "重大项目投资"),  # INNER_COMPLETION
    ("年内完成42条、总长度31公里的背街小巷改造。", "42条", "背街小巷改造"),
    ("年末金融机构本外币存款余额8120亿元，增长9%；贷款余额6650亿元，增长11%。", "6650亿元", "金融机构本外币贷款余额"),
    ("城镇居民人均可支配收入4.2万元；农民收入2.1万元。", "2.1万元", "农民收入"),
    ("对3000户困难老年人家庭进行居家适老化改造。", "3000户", "困难老年人家庭居家适老化改造"),
    ("中职助学金标准每名学生从每年2000元提高至2500元。", "2500元", "中职助学金标准"),
    ("坚持将70%的新增财力用于民生。", "70%", "新增财力用于民生"),
    ("城镇保障性安居工程新开工4.1万套、基本建成3.6万套。", "3.6万套", "城镇保障性安居工程基本建成"),  # the verb stands where the one before stood
    ("全市用于教育方面的支出达到96亿元。", "96亿元", "教育支出"),
    ("先进制造业增加值、高技术制造业增加值占规模以上工业比重分别达到50%、30%。", "50%", "先进制造业增加值占规模以上工业比重"),
    ("实有市场主体五年净增120万户、增幅超过40%。", "40%", "实有市场主体增幅"),
    ("全市医院病床，五年增加2.4万张。", "2.4万张", "医院病床"),
    # a retiree's monthly pension per head, named as 25 of the devgold's annotators do and 7 do not
    ("企业退休人员基本养老金月人均增加150元。", "150元", "企业退休人员月人均基本养老金"),
    ("年末金融机构存贷款余额分别增长6.1%、8.3%。", "8.3%", "金融机构贷款余额"),
    ("教师生活补助标准提高到人均不低于每月600元。", "600元", "教师生活补助标准"),
    ("帮助2万名贫困劳动力参加技能培训并实现就业。", "2万名", "贫困劳动力参加技能培训"),
    ("完成新增储能80万千瓦目标。", "80万千瓦", "储能"),
    ("1—10月金融机构存款余额、贷款余额分别增长9%、11%。", "11%", "金融机构贷款余额"),
    ("道路交通事故起数、死亡人数分别下降6%、8%。", "8%", "道路交通事故死亡人数"),
    ("城乡低保标准分别从每月700元、520元提高到730元、550元。", "550元", "农村低保标准"),
    ("全年建成312间母婴室（年度任务200间）。", "312间", "母婴室"),
    ("全市92%的社区和85%的行政村建成综合服务站。", "85%", "建成综合服务站的行政村比例"),
    ("地方财政收入比2015年增长48%，平均每年增长8.2%。", "8.2%", "地方财政收入"),
    ("五年来全市工业总产值年均递增12.4%。", "12.4%", "工业总产值"),
    ("淘汰85座20蒸吨及以下的燃煤锅炉。", "85座", "20蒸吨及以下的燃煤锅炉"),
    ("解决了3.2万户城镇低收入家庭住房困难。", "3.2万户", "解决住房困难城镇低收入家庭"),
    ("五年全市累计投入水利资金86亿元。", "86亿元", "水利资金"),
    ("实施三年行动计划项目120个。", "120个", "三年行动计划项目"),
    ("棉纱产量一九五二年约为六十万件。", "六十万件", "棉纱产量"),
    ("粮食总产连续六年超过500亿斤。", "500亿斤", "粮食总产"),
    ("社会消费品零售总额连续9个月增长6%以上。", "6%", "社会消费品零售总额"),
    ("空气优良天数比例连续三个季度保持在85%以上。", "85%", "空气优良天数比例"),
    ("技改投资比前五年增长61%。", "61%", "技改投资"),
    ("二氧化硫、氮氧化物排放量分别下降3%、4%。", "3%", "二氧化硫排放量"),
    ("发明专利申请量、授权量分别为1.2万件、0.6万件。", "1.2万件", "发明专利申请量"),
    ("城镇居民和农村居民人均可支配收入分别达到4.1万元和2.2万元，比2015年增长41%和52%。", "41%", "城镇居民人均可支配收入"),
    # a topic naming no quantity keeps its growth word; a quantity does not
    ("全年经济增长要保持在7%以上，固定资产投资增长10%。", "7%", "经济增长"),
    ("全年经济增长要保持在7%以上，固定资产投资增长10%。", "10%", "固定资产投资"),
    ("经济总量达到5000亿元，增长6%。", "6%", "经济总量"),
    # a month a level is per, said between the verb and the value, is no part of the name (BASELINE_END)
    ("企业职工最低工资标准提高到月2100元。", "2100元", "企业职工最低工资标准"),
    ("“质量月”活动达到12场。", "12场", "“质量月”活动"),
    ("氧化铝产能达到年产300万吨。", "300万吨", "氧化铝产能"),
    # those benefiting, named by 受益 after them, take no clause saying what was stepped up as their programme; a
    # programme's own adverb stays (实施全面改薄工程); 扶持 and 贴息 head none (重点扶持, 财政贴息)
    ("加大农村义务教育薄弱环节建设力度，3700万学生受益。", "3700万", "受益学生"),
    ("实施全面改薄工程，120万名学生受益。", "120万名", "全面改薄工程受益学生"),
    ("重点扶持农民专业合作社860家，12万户农户受益。", "12万户", "受益农户"),
    ("实施创业担保贷款政策，财政贴息3亿元，惠及创业者8万人。", "8万人", "创业担保贷款惠及创业者"),
    ("实施“双30”工程，惠及企业1200家。", "1200家", "“双30”工程惠及企业"),
    # a doubling said before the level it reached goes from its name, nearly or as a multiple too (DOUBLED_END); things
    # counted by one keep it
    ("全市进出口总值几近翻番达到860亿元。", "860亿元", "进出口总值"),
    ("全市社会消费品零售总额翻倍达到1200亿元。", "1200亿元", "社会消费品零售总额"),
    ("全市22个乡镇财政收入翻番。", "22个", "乡镇财政收入翻番"),
    # 分别 values take the names the one value of the clause before was said of only when it holds for each of them
    # (均, a rise: EACH_OR_MOVED), ordinals spelled whole; not a total of them, nor a ratio in other units (RATIO_OR_SHARE_END)
    ("全区第一、二产业增加值均增长6%，分别达到300亿元和900亿元。", "900亿元", "第二产业增加值"),
    ("城乡低保标准提高80元，分别达到每月800元和600元。", "600元", "农村低保标准"),
    ("新建、改扩建幼儿园42所，分别为30所和12所。", "12所", "新建、改扩建幼儿园"),
    ("城乡居民收入比缩小到2.1，分别达到5万元和2.4万元。", "2.4万元", "城乡居民收入比"),
    # counts of people or events after a noun that owns measures are its (OWNED_COUNT); other heads are metrics of their own
    ("全省较大事故下降20%，死亡人数下降25%。", "25%", "较大事故死亡人数"),
    ("全市重点项目增长12%，投资增长15%。", "15%", "投资"),

])
def test_what_a_number_measures(text, value, indicator):
    assert records(text)[value].indicator == indicator


@pytest.mark.parametrize("text, gone", [
    (ARABIC + "部署8项重点任务，推动民营经济25条政策落地。", ["8项", "25条"]),
    (ARABIC + "全区9个重点行业增加值增长6%。", ["9个"]),
    (ARABIC + "确保12个地市城市空气质量平均优良天数比率达到92%，有8个城市空气质量达到二级标准。", ["12个"]),
    (ARABIC + "5座以下乘用车销量增长8%。", ["5座"]),
    (ARABIC + "以实施五项关键工程为重点，完成三项改革任务。", ["五项", "三项"]),
    (ARABIC + "建成甲、乙、丙等一批物流项目。", ["一批"]),
    (ARABIC + "打造两个十公里滨江景观带，政校企三方签约共建实验室。", ["两个", "十公里", "三方"]),
    (ARABIC + "构建中心城区1小时通勤圈和15分钟便民生活圈。", ["1小时", "15分钟"]),
    (ARABIC + "壮大3个千亿产业集群，完成1:5万区域地质调查。", ["千亿", "5万"]),
    (ARABIC + "全面实施一元多层次战略体系。", ["一元"]),
    (ARABIC + "全市中小学45人及以上大班额全部消除。", ["45人"]),
    (ARABIC + "总理两次莅临我省，3次听取工作汇报；全省有27名同志牺牲在抗疫一线。", ["3次", "27名"]),  # tribute, no result
    (ARABIC + "培育2个5千亿元以上产业集群。", ["5千亿元"]),
    (ARABIC + "推进30户以上自然村寨污水治理，建设3人制篮球场。", ["30户", "3人"]),
    (ARABIC + "今年安排12类50件民生实事，落实十个方面37项改革任务。", ["12类", "十个方面"]),
    (ARABIC + "力争8条重点产业链产值突破5000亿元，推进人口2000人以上行政村污水集中处理。", ["8条", "2000人"]),
    (ARABIC + "\n\n**一、促进就业增收方面4件**\n\n1.新增就业岗位1万个。\n", ["4件"]),
    (ARABIC + "视频监控中心实现24小时值守，提供7×24小时在线服务。", ["24小时"]),
    (ARABIC + "推动一批80亿、30亿产业大项目开工。", ["80亿", "30亿"]),
    (ARABIC + "为山区16个重点县8.6万名留守儿童建立关爱档案，将9个县11万农村人口纳入保障。", ["16个", "9个"]),
    (ARABIC + "消除400个集体经济年收入低于5万元的薄弱村，全省92%的村年经营性收入超过20万元。", ["5万元", "20万元"]),
    (ARABIC + "出台支持外贸发展15条、稳定就业岗位8条等措施。", ["15条", "8条"]),
    (ARABIC + "规划提出20个主要指标，其中12个预期性指标、8个约束性指标。", ["20个", "12个", "8个"]),
    (ARABIC + "对人口在25户以下、发生率超过35%、搬迁成本低的自然村实施整村搬迁。", ["25户", "35%"]),
    (ARABIC + "对负债率高于70%的企业实施债务重组。", ["70%"]),
    (ARABIC + "长春入围国家首批20个“车路云一体化”试点城市，沿黄经济区跻身全国18个重点开发区。", ["20个", "18个"]),
    (ARABIC + "这是5000多万各族儿女团结奋斗的结果，幸福生活属于2800万父老乡亲。", ["5000多万", "2800万"]),
    # a round Chinese magnitude before a noun in a document of Arabic digits names or classes (drop.rhetorical_chinese_magnitude)
    (ARABIC + "保护好十万大山生态屏障，在过五万亿经济大省中增速领先。", ["十万", "五万亿"]),
    # the head count a level is per, after the verb that reaches it (skip.inner_qualifier)
    (ARABIC + "全县急救站点配置密度提高到每10万人3个，每5万人建成1个养老服务中心。", ["10万人", "5万人"]),
    # a capacity naming a plant or a machine, after its maker or 首台 (skip.machine_capacity)
    (ARABIC + "甲能源24GW高效光伏组件、乙锂电20GWh储能电池等项目开工建设，国内首台16兆瓦海上风电机组并网发电。",
     ["24GW", "20GWh", "16兆瓦"]),
])
def test_numbers_that_are_no_records(text, gone):
    found = records(text)
    assert not set(gone) & set(found)
    assert "12万人" in found  # the sentence's records are still there


def test_a_list_item_takes_what_follows_the_word_it_ends_with_in_the_last_item_but_not_from_inside_a_word():
    found = records(ARABIC + "普通本科教育、高等职业教育毛入学率分别达到40%和20%。实际利用外资、引进省外资金规模分别增长6%和9%。"
                    "县级园区和园区服务中心分别达到12个和8家。")
    assert found["40%"].indicator == "普通本科教育毛入学率"
    assert found["6%"].indicator == "实际利用外资"
    assert found["12个"].indicator == "县级园区"


def test_how_well_things_are_going_names_nothing_but_progress_they_made_stays_whole():
    found = records(ARABIC + "全省60个产业项目进展顺利，12项在建工程有新进展，8个试点取得突破性进展。全市在建的38个水利工程进展顺利。")
    assert found["60个"].indicator == "产业项目" and found["38个"].indicator == "水利工程"
    assert found["12项"].indicator.endswith("有新进展") and "突破性进展" in found["8个"].indicator


def test_places_counted_after_a_rate_are_no_part_of_it_but_places_said_before_a_value_are():
    found = records(ARABIC + "全年关停落后产能企业30个，对5个市县和3家企业开展专项督察。省级财政支出增长6%，市县增长9%。")
    assert "企业" not in found["5个"].indicator
    assert found["9%"].indicator == "市县财政支出"


@pytest.mark.parametrize("text, kept", [
    # a length a verb of change or level governs is measured, not a size that names a thing (skip.size_of_thing)
    ("全年海堤加高1.5米达到百年一遇防洪标准，地下水位平均回升1.2米实现止跌回升，年均降水量达650毫米较常年偏多。",
     ["1.5米", "1.2米", "650毫米"]),
    # people counted before a verb are no class of the groups after it (skip.settlement_class)
    ("扶贫车间吸纳就业300人以上带动周边贫困村脱贫，培训农民5000人以上遍及全市行政村。", ["300人", "5000人"]),
    # kinds of works are no kinds of people (skip.kinds_of_people)
    ("实施8类工程带动群众增收，开设12类课程服务群众。", ["8类", "12类"]),
    # 中 opening a word is no pool (drop.pool_of_count)
    ("新培育5家企业中标国家重点研发专项获得2亿元资助，20个项目中期评估达90分以上。", ["5家", "20个"]),
    # a level reached in Chinese numerals stays a record (drop.rhetorical_chinese_magnitude)
    ("新建学校20所，全省生产总值跨过两万亿台阶，实现了由一千亿到两千亿的跨越。", ["两万亿", "一千亿", "两千亿"]),
    # a share of what a place has, in a plan, is a target (drop.standing_fact: not a share)
    ("今年新建学校20所，年内有30%的乡镇卫生院完成标准化建设。", ["30%"]),
    # a count of firms after 超 is no size class (skip.size_class), routes counted by 条 no policy's articles
    # (drop.policy_articles)
    ("推动超1万家企业上云，实施文旅提升行动，推出精品旅游线路200条。", ["1万家", "200条"]),
    # energy sent, capacity added or reached and works made are records, not the size of a machine (skip.machine_capacity)
    ("全年外送电量800亿千瓦时、增长12%，新增风电装机300万千瓦、光伏200万千瓦，全省生产总值迈上5万亿台阶。",
     ["800亿千瓦时", "300万千瓦", "200万千瓦", "5万亿"]),
])
def test_numbers_that_look_like_qualifiers_but_are_records(text, kept):
    assert set(kept) <= set(records(text))


@pytest.mark.parametrize("text, value, change", [
    ("利润总额120亿元增长较快。", "120亿元", "none"),  # a level; the growth said after it has no figure
    ("全市65%的农户收入增长，40%的县经济增速高于全省。", "65%", "none"),  # a share of households
    ("全市40%的县经济增速高于全省。", "40%", "none"),
    ("带动村集体经济增收10%。", "10%", "increase"),  # a rate of the income's rise, not income brought
    ("溶解氧浓度同比改善12%。", "12%", "none"),  # a concentration whose rise is its betterment
    ("审批事项压减率达到60%。", "60%", "none"),  # a rate of cutting is a level
])
def test_change_where_the_words_only_look_like_a_rise_or_a_fall(text, value, change):
    assert (records(text)[value].change or "none") == change


@pytest.mark.parametrize("text, value, basis", [
    # a span of two years or more opening a review's sentence totals what it did (SPAN_OPENING); a time before now, years
    # in a name and one year do not
    ("一、过去一年工作回顾\n\n近两年，全市新建农村公路1800公里。", "1800公里", "cumulative"),
    ("一、过去一年工作回顾\n\n两年前，全市仅有规上工业企业320家。", "320家", "none"),
    ("一、过去一年工作回顾\n\n十五年免费教育全面实施，新建普通高中4所。", "4所", "none"),
    ("一、过去一年工作回顾\n\n两年攻坚行动首年任务全面完成，改造老旧小区160个。", "160个", "none"),
    # the mean of years a value is compared with is no yearly figure; a yearly mean said as such is (PER_YEAR_RATE)
    ("一、过去一年工作回顾\n\n全市公务接待费比前三年平均数下降18%。", "18%", "none"),
    ("一、过去一年工作回顾\n\n全市新增城镇就业年平均数为6.1万人。", "6.1万人", "per_year"),
])
def test_basis_of_a_span_said_before_the_value(text, value, basis):
    assert (records(text, year=2020)[value].basis or "none") == basis


def test_a_heading_counting_the_doings_under_it_goes_but_an_item_counting_its_own_things_stays():
    text = "附件\n\n**某市2025年20件民生实事清单**\n\n一、促进就业增收6件\n\n1．新建零工市场12个。\n\n2．开展技能培训2万人次。\n"
    found = records(text, 2025)
    assert not {"20件", "6件"} & set(found)
    assert {"12个", "2万人次"} <= set(found)
    assert "15项" in records("二、加强社会保障\n\n3．新增养老机构15项。\n", 2025)  # an item line ends with 。


def test_a_share_of_firms_after_over_stays_a_record_beside_a_class_criterion():
    found = records("对税收占比超过60%的乡镇逐个制定方案，全省超过80%的企业实现数字化转型。")
    assert "60%" not in found and found["80%"].comparator == ">="
    found = records("对困难群众个人自负费用按70%以上的比例给予救助，对小额贷款按不低于5%的贴息率给予贴息。")
    assert found.keys() == {"70%", "5%"}  # a rate something is given at is no class


def test_a_count_that_joined_a_national_batch_stays_but_the_batch_size_goes():
    found = records(ARABIC + "全省5个县入选全国首批20个农村改革试点县。")
    assert "5个" in found and "20个" not in found


def test_a_time_limit_of_a_day_is_a_record():
    assert records(ARABIC + "群众诉求24小时内办结，城区停电时间少于24小时。").keys() >= {"24小时"}


def test_a_list_of_counts_under_thresholds_splices_no_number_into_a_name():
    """Counts of firms or counties each under its own threshold (2个…超20亿元、10个超10亿元、20个超5亿元的县):
    no name holds a number the sentence does not (超2 and 10个 spliced into 超210个)."""
    found = records(ARABIC + "力争形成2个财政收入超20亿元、10个超10亿元、20个超5亿元的县（市、区）。")
    assert {"2个", "10个", "20个"} <= set(found)
    assert not any("210" in r.indicator for r in found.values())
    assert found["20个"].indicator == "超5亿元的县（市、区）"


def test_a_count_of_places_in_a_list_with_its_own_value_after_it_stays():
    found = records(ARABIC + "新增国家森林城市6个和国家园林县城5个，新建乡镇卫生院12个、社区卫生中心30个。")
    assert {"6个", "5个", "12个", "30个"} <= set(found)


def test_a_count_of_listed_things_a_plan_builds_stays_but_of_its_own_parts_goes():
    built = records(ARABIC + "今年加快建设甲山、乙河、丙湖3个抽水蓄能电站。")
    parts = records(ARABIC + "今年钢铁、有色、化工3个重点行业绿色化改造要全覆盖。")
    assert "3个" in built and "3个" not in parts


def test_counted_things_a_plan_works_through_go_but_a_list_of_works_there_stays():
    """以N个…为重点 is the plan's frame; a list of counts in that place names what is built (skip.frame_of_plan)."""
    frame = records(ARABIC + "以8个县级医院为试点，推进改革。今年以50家龙头企业为引领，新增就业12万人。")
    works = records(ARABIC + "以40个中型灌区、6个节水项目建设为重点，完善灌排体系。")
    assert not {"8个", "50家"} & set(frame) and "12万人" in frame
    assert {"40个", "6个"} <= set(works)


def test_a_lands_own_size_goes_but_land_treated_and_roads_built_stay():
    found = records(ARABIC + "守护好90多万平方公里的辽阔疆域。修复3000平方公里的草原，新建120公里的边境公路。")
    assert "90多万平方公里" not in found and {"3000平方公里", "120公里"} <= set(found)


def test_the_poverty_line_a_count_is_measured_by_goes_but_a_line_raised_stays():
    found = records(ARABIC + "按2300元的新扶贫标准减少贫困人口140万人。将农村扶贫标准提高到2500元。")
    assert "2300元" not in found and {"140万人", "2500元"} <= set(found)
    # the criterion said with 按 is no part of it (CRITERION_LEAD), nor the verb of the cut (INNER_CUT; change says it)
    assert (found["140万人"].indicator, found["140万人"].change) == ("贫困人口", "decrease")


def test_a_chinese_count_of_a_plans_fields_goes_but_new_fields_of_a_size_are_counted():
    found = records(ARABIC + "统筹发展十二个重点产业。新增石化、机械两个千亿元产业，千亿元产业达到7个。")
    assert "十二个" not in found and {"两个", "7个"} <= set(found)


def test_a_pool_said_with_zhong_scopes_but_a_county_high_school_is_counted():
    found = records(ARABIC + "在16个试点县中选择5个县开展示范。托管12所试点县县中。")
    assert "16个" not in found and "12所" in found


def test_a_pool_won_or_ranked_in_after_zai_scopes_but_a_hospital_with_zhong_is_counted():
    found = records(ARABIC + "运动员在12个项目中获得60个世界冠军。在8个县级中医院建设老年健康中心。")
    assert "12个" not in found and {"60个", "8个"} <= set(found)


def test_forced_to_is_no_passive_that_names_the_things_counted():
    found = records(ARABIC + "2.1万户企业因缺电被迫停产，3项经验被国家推广。")
    assert not found["2.1万户"].indicator.startswith("被") and found["3项"].indicator == "被国家推广的经验"


def test_a_clause_with_de_before_a_count_says_which_things_are_counted_and_names_none():
    found = records(ARABIC + "年初确定的24件民生实事已完成23件。原定的8个项目和新增的3个项目全部开工。")
    assert found["24件"].indicator == "民生实事" and found["8个"].indicator != "和新增"


def test_a_pool_with_a_share_of_it_after_zhong_and_places_before_their_rate_only_scope():
    found = records(ARABIC + "监测的120个城市中85.3%的城市空气质量达标。首批12个试点县参保率达到92%。"
                    "建好8个肉羊重点县和关中10个奶山羊重点县。办理代表建议277件，277件建议办复率达100%。"
                    "对150个贫困发生率在5%以上的贫困村挂牌督战。")
    assert not {"120个", "12个"} & set(found) and {"85.3%", "92%", "10个", "8个", "150个"} <= set(found)


def test_places_an_act_is_done_in_only_say_where_when_the_act_has_its_own_value():
    found = records(ARABIC + "在36个重点县改造建设420所乡村幼儿园。在15个县和30个镇开展综合改革试点。"
                    "在8个人口20万以上的县建成特殊教育学校。在12个村开展确权试点、面积达到8.5万亩。在40个产粮大县每县建成2个示范片。")
    assert "36个" not in found and {"420所", "15个", "30个", "8个", "12个", "8.5万亩", "40个"} <= set(found)


def test_a_value_after_a_count_dropped_as_its_scope_is_named_by_the_clause():
    found = records(ARABIC + "城乡居民大病保险覆盖21个县386万人。")
    assert "21个" not in found and found["386万人"].indicator == "城乡居民大病保险覆盖"


def test_a_minimum_built_or_secured_is_a_record_but_a_class_of_things_is_not():
    found = records("新建150万平方米以上廉租住房，确保160亿斤以上粮食总产量，推动年综合能耗5000吨标准煤及以上重点用能单位节能改造。")
    assert {"150万平方米", "160亿斤"} <= set(found) and "5000吨标准煤" not in found
    assert "500平方米" not in records("在农村建设500平方米以上示范社区100个。")  # the size of things counted after it


def test_a_count_after_a_threshold_word_ending_the_clause_is_what_the_things_reached_together():
    found = records("有色等10个行业受惠企业超过160户。")
    assert "160户" in found and "超过" not in found["10个"].indicator
    assert "10亿元" not in records("34个县财政收入超过10亿元。")  # an amount bounds a class of them


def test_a_floor_or_size_of_money_is_a_record_but_a_threshold_of_a_class_is_not():
    found = records("给予每人不低于500元的住院分娩补助，设立超过1000亿元的纾困基金，支持营业收入超100亿元的企业做大做强。")
    assert {"500元", "1000亿元"} <= set(found) and "100亿元" not in found
    found = records("每年安排不低于3000万元的人才发展专项资金，支持年营业收入超过5亿元的企业开展技术改造。")
    assert "3000万元" in found and "5亿元" not in found  # the fund's name is long; the class's threshold is none


def test_the_span_of_a_yearly_average_is_no_part_of_the_name():
    found = records("2021年，规模以上工业增加值两年平均增长6.1%，实际使用外资近三年平均增长12.5%。", 2022)
    assert found["6.1%"].indicator == "规模以上工业增加值" and found["12.5%"].indicator == "实际使用外资"
    assert records("力争税收收入未来三年平均增长6%以上。", 2024)["6%"].indicator == "税收收入"
    assert found["6.1%"].basis == "per_year" and found["6.1%"].change == "increase"


def test_a_rate_first_in_a_list_of_whole_names_is_its_own_name():
    found = records("赤字率、地方政府专项债券规模分别拟按3%、3.9万亿元安排。", 2024)
    assert found["3%"].indicator == "赤字率" and found["3.9万亿元"].indicator == "地方政府专项债券规模"


def test_a_stock_cut_to_a_level_is_the_level_and_a_cut_by_an_amount_a_fall():
    found = records("缩减外资准入负面清单至29条以内，压减地下水开采量1.57亿立方米。", 2024)
    assert found["29条"].change is None and found["1.57亿立方米"].change == "decrease"


def test_a_plan_sentence_opening_on_last_year_or_a_year_before_reports_it():
    found = records("三、2024年政府工作任务\n回顾2023年，国内生产总值增长5.2%。上年实际赤字率为3.8%，今年赤字率拟按3%安排。"
                    "2025年，力争全市粮食产量达到1400亿斤。", 2024)
    assert [(found[v].kind, found[v].year) for v in ("5.2%", "3.8%", "3%")] == [
        ("achievement", 2023), ("achievement", 2023), ("target", 2024)]
    assert found["1400亿斤"].kind == "target"


def test_a_review_clause_of_the_documents_year_with_will_is_a_target():
    found = records("一、2016年工作回顾\n按照计划，2017年还将开工建设滨河路等道路12条。2016年，全区新建人才公寓1200套，"
                    "2017年将再筹建人才公寓1500套。", 2017)
    assert [(found[v].kind, found[v].year) for v in ("12条", "1200套", "1500套")] == [
        ("target", 2017), ("achievement", 2016), ("target", 2017)]


def test_the_base_a_plan_builds_on_leaves_no_frame_in_the_names():
    found = records("二、2024年工作安排\n在去年新增城镇就业5.6万人的基础上，今年新增城镇就业6万人。在建项目1200个。", 2024)
    assert found["5.6万人"].indicator == "新增城镇就业" and found["5.6万人"].kind == "achievement"
    assert found["6万人"].kind == "target" and found["1200个"].indicator == "在建项目"  # a name opening with 在 keeps it


def test_a_project_named_with_a_code_or_a_number_names_the_investment_but_a_value_does_not():
    found = records("加快S12城际铁路建设，全年完成投资40亿元。防控甲型H1N1流感，投入资金1.37亿元。新建学校12所，投资8亿元。")
    assert found["40亿元"].indicator == "S12城际铁路建设投资"
    assert "H1N" not in found["1.37亿元"].indicator and "12" not in found["8亿元"].indicator


def test_a_fund_set_aside_each_year_is_a_yearly_figure_but_a_standard_paid_by_the_year_is_not():
    found = records("今后五年，每年安排不低于5000万元的基层党建专项经费，生均公用经费标准提高到每年800元。")
    assert found["5000万元"].basis == "per_year" and found["800元"].basis is None


def test_before_a_deadline_or_ahead_of_time_is_no_ordinal():
    found = records("年底前70%以上地市开展试点，单件平均提前15.7天办结，进入全球前20名。")
    assert {"70%", "15.7天"} <= set(found) and "20名" not in found


def test_a_margin_over_a_past_target_is_kept_and_names_nothing_of_the_target():
    found = records("财政总收入达到425.7亿元，比“十五”计划目标275亿元超过150.7亿元。")
    assert "150.7亿元" in found and "超过" not in found["275亿元"].indicator


def test_a_chinese_count_in_an_arabic_document_is_kept_with_a_comparator_or_a_magnitude():
    found = records(ARABIC + "每个县建设一个以上托育中心，旅游收入突破千亿元，民生支出占比达到八成。")
    assert {"一个", "千亿元", "八成"} <= set(found)


def test_a_chinese_count_of_new_things_made_by_the_verb_before_it_is_kept_but_one_is_a_standard():
    found = records(ARABIC + "新建道路50公里、桥梁8座、泵站6处。新组建两个省级工程研究中心，实施四项民生工程。每个乡镇新建一所卫生院。")
    assert "两个" in found and not {"四项", "一所"} & set(found)


def test_a_chinese_count_is_kept_in_a_document_of_chinese_numerals():
    text = "五年来，新建学校二千所，改造道路三万公里，完成三项改革任务。"
    assert "三项" in records(text)


@pytest.mark.parametrize("text, value_text, value, unit, comparator", [
    ("全部工业增加值超7千亿元。", "7千亿元", 7000, "亿元", ">="),
    ("全年受理群众来信来访2.3万件次。", "2.3万件次", 2.3, "万件次", "="),
    ("牧业年度牲畜存栏6200万头只。", "6200万头只", 6200, "万头只", "="),
    ("设立50亿元产业投资基金。", "50亿元", 50, "亿元", "="),
    ("教师生活补助标准提高到人均不低于每月600元。", "600元", 600, "元", ">="),
    ("用好8亿元产业发展引导资金。", "8亿元", 8, "亿元", "="),
    ("常住人口达到3百万。", "3百万", 300, "万", "="),
    ("民生支出占比保持在七成左右。", "七成", 7, "成", "~"),
    ("全年会展收入破亿。", "亿", 1, "亿", ">="),
    ("全年侦破电信诈骗案件120起。", "120起", 120, "起", "="),
    ("全年侦破120起电信诈骗案件。", "120起", 120, "起", "="),
    ("先行下达资金8亿元。", "8亿元", 8, "亿元", "="),
    ("商品住房消化周期缩短到8.7个月。", "8.7个月", 8.7, "个月", "="),
    ("实施保护性耕作1.19亿亩次。", "1.19亿亩次", 1.19, "亿亩次", "="),
    ("压减平板玻璃产能600万重量箱。", "600万重量箱", 600, "万重量箱", "="),
    ("能繁母猪保险保额提高至1500元/头。", "1500元/头", 1500, "元/头", "="),
    ("孤儿基本生活费提高到1800元/人月。", "1800元/人月", 1800, "元/人月", "="),
    ("新建28个多功能运动场。", "28个", 28, "个", "="),  # 多 opens a word after a unit: no floor
    ("安置9万多下岗职工。", "9万", 9, "万", ">="),  # after a bare magnitude 多 is more
    ("为康复医院增加1200张床位。", "1200张", 1200, "张", "="),  # beds are what is counted, 张 the unit
])
def test_values_as_written(text, value_text, value, unit, comparator):
    r = records(text)[value_text]
    assert (r.value, r.unit, r.comparator) == (value, unit, comparator)


def test_more_than_a_time_after_a_unit_is_a_floor():
    """多 after a unit is more only before a time or a unit it is more of (MORE_THAN_WHAT)."""
    assert records("工期缩短到14个多月。")["14个"].comparator == ">="


def test_a_verb_ending_in_a_trailing_word_goes_whole():
    """下达 goes as a word (not 达 alone, which left 先行下); the 6亿元 has the name before it."""
    found = records("先行下达资金8亿元，年内下达6亿元。")
    assert found["6亿元"].indicator == "先行下达资金"
    assert not records("先行下达12亿元。")["12亿元"].indicator.endswith("下")


def test_a_plan_section_goes_on_past_a_heading_of_no_mode():
    text = ("一、2025年工作回顾\n全年新增就业12万人。\n二、2026年工作安排\n新增就业13万人。\n"
            "三、加强政府自身建设\n再取消行政审批事项30项。\n")
    r = records(text)["30项"]
    assert (r.kind, r.trace.kind) == ("target", "kind.plan_section")


def test_a_chinese_count_of_things_classed_by_size_is_a_record_beside_arabic_figures_but_no_steps_passed():
    found = records("打造四个千亿级产业集群，着力打造六个千亿元产业集群，规上工业企业突破6000家。", 2021)
    assert (found["四个"].value, found["四个"].indicator) == (4, "千亿级产业集群")
    assert found["六个"].indicator == "千亿元产业集群"
    assert "两个" not in records("地区生产总值连跨两个千亿元台阶，达到3200亿元。", 2021)
    assert "三项" not in records("新增就业120万人，建成基站3万个、学校20所、公园15个，完成三项改革任务。", 2021)


@pytest.mark.parametrize("mark", ["## ", "##", "### ", ""])
def test_a_markdown_heading_opens_its_section_with_or_without_a_space_after_its_hashes(mark):
    """The reading drops the space between ## and the words; the heading still opens a plan after a review."""
    text = (f"# 某市规划纲要\n\n{mark}一、发展基础\n\n2020年全市实现地区生产总值2300亿元。\n\n"
            f"{mark}二、“十四五”时期主要目标\n\n到2025年，全市地区生产总值达到3100亿元。\n")
    r = records(text, 2021)["3100亿元"]
    assert (r.kind, r.year, r.section) == ("target", 2025, "二、“十四五”时期主要目标")


def test_a_name_cut_inside_quotes_keeps_no_quote_mark_without_its_pair():
    """A 、 inside quotes parts no items: the quotation stays whole (a way of handling things is said first, as
    ITEMS_BY_WAY says it); a name cut after an opening quote loses the lone mark, not the words."""
    r = records("全年新建学校20所，实现就医、社保等80项高频事项“跨省通办、省内通办”。")["80项"]
    assert r.indicator == "“跨省通办、省内通办”高频事项"
    r = records("全年新建学校20所，推动60项高频事项“全城通办、就近可办”。")["60项"]
    assert r.indicator == "“全城通办、就近可办”高频事项"
    r = records("全年新建学校20所，共有12家企业入围“中国民营企业500强”。")["12家"]
    assert r.indicator.count("\u201c") == r.indicator.count("\u201d")


def test_audit_does_not_count_a_name_that_says_first_what_its_things_were_selected_for():
    rules = load_rules()
    named = records("9个重点实验室入选国家级创新平台。")["9个"]
    assert "starts with a function word or verb" not in classes(named, rules)
    given = records("为3200名退役军人提供职业技能培训。")["3200名"]
    assert "starts with a function word or verb" not in classes(given, rules)
    verb = records("推动新建学校5所。")["5所"].model_copy(update={"indicator": "推动新建学校"})
    assert "starts with a function word or verb" in classes(verb, rules)
    before = records("实施重点项目120个。")["120个"].model_copy(update={"indicator": "实施重点项目"})
    assert "starts with a function word or verb" in classes(before, rules)
    paired = records("新建、改扩建公办幼儿园60所。")["60所"]
    assert "starts with a function word or verb" not in classes(paired, rules)
    for text, value in [("全区36个乡镇开展了垃圾分类试点。", "36个"), ("全年12万农村人口稳定脱贫。", "12万"),
                        ("全区从业人员达到36万人。", "36万人")]:
        assert "starts with a function word or verb" not in classes(records(text)[value], rules), text
    signed = records("全年招商项目签约120个。")["120个"]
    assert "ends with a function word or verb" not in classes(signed, rules)
    grown = records("今年经济增长预期目标为5.5%左右，新建学校20所。")["5.5%"]  # the spec's own name for a topic's growth
    assert grown.indicator == "经济增长" and "ends with a function word or verb" not in classes(grown, rules)
    rose = grown.model_copy(update={"indicator": "国际旅客吞吐量增长"})
    assert "ends with a function word or verb" in classes(rose, rules)
    for name, where in [("林草植被", "ends"), ("被征地农民参保人数", "starts")]:  # 被 inside a word is no function word
        word = grown.model_copy(update={"indicator": name})
        assert f"{where} with a function word or verb" not in classes(word, rules), name


def test_a_coming_plan_named_in_a_review_sets_targets_due_at_its_end():
    text = ("一、2025年工作回顾\n全年新增就业12万人。\n二、“十四五”时期发展成就和“十五五”时期主要目标\n"
            "我们编制了“十五五”规划纲要，提出地区生产总值年均增长5%左右。\n")
    r = records(text)["5%"]
    assert (r.kind, r.year) == ("target", 2030)


@pytest.mark.parametrize("text, value, change", [
    ("全市机关单位减少办公用房租金2000万元。", "2000万元", "decrease"),
    ("为中小企业降低用能成本30亿元。", "30亿元", "decrease"),
    ("全市为中小企业减轻税费负担20亿元。", "20亿元", None),
    ("下调失业保险费率20%。", "20%", "decrease"),
])
def test_a_cut_before_a_stock_or_a_cost_is_its_fall_but_a_burden_eased_is_a_level(text, value, change):
    assert records(text)[value].change == change


def test_a_year_is_a_baseline_before_a_multiple_or_a_level_restored_to():
    found = records("私营企业达到109万户，是2017年的1.6倍。我们的目标是2027年高新技术企业达到1000家。"
                    "全年接待游客1.2亿人次，恢复到2019年的96%。", year=2023)
    assert found["1.6倍"].year != 2017 and found["96%"].year != 2019
    assert found["1000家"].year == 2027


@pytest.mark.parametrize("text, year, kind", [
    ("“十五五”规划纲要提出，常住人口城镇化率达到68%。", 2026, ("target", 2030)),
    ("“十五五”规划纲要实施以来，新增就业120万人。", 2028, ("achievement", 2027)),
])
def test_a_coming_plan_sets_targets_and_a_plan_under_way_reports(text, year, kind):
    r = next(iter(records("一、工作回顾\n" + text + "\n", year=year).values()))
    assert (r.kind, r.year) == kind


def test_a_user_rule_on_the_span_rule_reads_table_cells_too(tmp_path):
    """span_rule works on a table cell (its table rule) as on prose: a user's drop rule on
    quantity.percent drops the prose percentage and leaves the document's table alone."""
    rules = tmp_path / "mine.toml"
    rules.write_text('''[[interpret]]
id = "mine.no_percent"
field = "drop"
doc = "Percentages are not wanted here"
when = { span_rule = "quantity.percent" }

  [[interpret.examples]]
  text = "地区生产总值增长5%，新建学校20所。"
  value_text = "5%"
''', encoding="utf-8")
    text = ("地区生产总值增长5%，新建学校20所。\n\n| 指标 | 单位 | 2025年 |\n|---|---|---|\n"
            "| 地区生产总值 | 亿元 | 5120 |\n")
    found = {r.text: r for r in extract_text(text, year=2026, rules=[rules])}
    assert "5%" not in found and "20所" in found and "5120" in found


@pytest.mark.parametrize("opening", ["十年来", "新时代十年", "党的二十大以来", "三年来"])
def test_a_paragraph_looking_back_over_years_or_since_a_congress_reviews(opening):
    """REVIEW_CUE: the years since a party congress, the decade of a new era, N years."""
    r = records(opening + "，全省地区生产总值增长到5.6万亿元，城镇化率提高到60%。", year=2024)["5.6万亿元"]
    assert (r.kind, r.year) == ("achievement", 2023)


def test_a_coming_plan_drafted_in_the_sentence_sets_its_targets():
    r = records("我们编制了“十五五”规划，提出常住人口城镇化率达到65%。", year=2026)["65%"]
    assert (r.indicator, r.kind, r.year) == ("常住人口城镇化率", "target", 2030)


def test_a_count_of_places_that_meet_a_standard_stays_a_record():
    assert "8个" in records(ARABIC + "有8个城市空气质量达到二级标准，占监测城市的40%。")


@pytest.mark.parametrize("text, value, change", [
    ("全市进出口总额比2010年增长1.8倍。", "1.8倍", "increase"),
    ("全市进出口总额是2010年的2.8倍。", "2.8倍", None),
    ("全区人口自然增长率为5.2‰。", "5.2‰", None),
    ("人口增长率为5.2‰。", "5.2‰", "increase"),
    ("压减煤炭产能420万吨、钢铁产能90万吨、水泥35万吨。", "35万吨", "decrease"),
    ("提高城乡低保标准8%、特困供养标准10%。", "10%", "increase"),
    ("地方财政收入增加42亿元、总量达到380亿元。", "380亿元", None),
    ("货运量12亿吨，比2015年分别增加3.1亿吨。", "3.1亿吨", "increase"),
    ("常用药品平均降价幅度达41%。", "41%", "decrease"),
    ("常用药品平均降价38%。", "38%", "decrease"),
    ("城乡低保标准每人每月提高30元，达到520元。", "520元", None),
    ("全省铁路营业里程增加310公里、达到4200公里。", "4200公里", None),
    ("研发投入增长8%以上、力争达到10%。", "10%", "increase"),
    ("全县经营主体净增1.2万户，净增规上工业企业30家。", "1.2万户", "increase"),
    ("全县经营主体净增1.2万户，净增规上工业企业30家。", "30家", None),
    ("把城镇净增4万个就业岗位作为硬任务。", "4万个", None),
    ("城镇新增就业8万人，比上年多增0.6万人；农村转移就业比上年少增0.2万人。", "0.6万人", "increase"),
    ("城镇新增就业8万人，比上年多增0.6万人；农村转移就业比上年少增0.2万人。", "0.2万人", "decrease"),
    ("年末汇率比上年末升值2.5%，年均汇率贬值1.5%。", "1.5%", "decrease"),
    ("平原区地下水位平均回升0.8米。", "0.8米", "increase"),
    ("调减籽粒玉米种植面积60万亩。", "60万亩", "decrease"),
])
def test_the_size_of_a_rise_or_fall(text, value, change):
    assert records(text)[value].change == change


@pytest.mark.parametrize("text, value, comparator, indicator", [
    ("企业开办时间压缩至3个工作日内。", "3个工作日", "<=", "企业开办时间"),
    ("医保报销结算在10分钟内完成。", "10分钟", "<=", None),
    ("在12个县内开展改革试点。", "12个", "=", None),
])
def test_within_a_length_of_time_is_a_ceiling(text, value, comparator, indicator):
    r = records(text)[value]
    assert r.comparator == comparator
    assert indicator is None or r.indicator == indicator


def test_a_table_written_as_a_list_keeps_one_row_a_line():
    text = ("**民生实事**\n\n- **序号** **领域** **事项名称** **具体内容**\n"
            "- 1 教育 增加学位供给 新增公办学位1.2万个\n- 2 养老 建设养老设施 新建社区养老服务站60个\n")
    found = records(text)
    assert found["1.2万个"].sentence.startswith("- 1 教育") and "序号" not in found["1.2万个"].indicator
    assert found["60个"].indicator.endswith("社区养老服务站") and found["60个"].indicator[0] not in "-2"


@pytest.mark.parametrize("text, value, year", [
    # a target within a span of years is due at its end
    ("力争三年内培育科技领军企业30家。", "30家", 2027),
    ("用5年时间建成乡镇综合文化站120个。", "120个", 2029),
    ("启动医务人员补充计划，3年引进3000名医务人员。", "3000名", 2027),  # a clause opening with its span and verb
    # the items after the first share its span (after 、, or alone with their noun in the next clause)
    ("力争五年内集聚50名战略科学家、500名科技领军人才。", "500名", 2029),
    ("三年内省级研发机构达到2500家，研制重大装备50项。", "50项", 2027),
    # not a baseline's year before the document's
    ("今年居民消费价格涨幅控制在去年实际涨幅4.8%以内，城镇登记失业率控制在4.5%以内。", "4.5%", 2025),
    ("为离校2年内未就业高校毕业生提供见习岗位3000个。", "3000个", 2025),
    # a baseline or a policy's year is not the year of the values after it
    ("五年来，重点村集体收入从2019年的2万元提高到9万元，农民人均收入年均增长8%。", "9万元", 2024),
    ("五年来，重点村集体收入从2019年的2万元提高到9万元，农民人均收入年均增长8%。", "8%", 2024),
    ("一年来，叠加2023年出台的减税降费政策，全年为企业减负120亿元。", "120亿元", 2024),
    # a remark a semicolon closes, a rank in it, dates the remark only
    ("一年来，人均生产总值达到8.2万元，2023年上升至全国第6位；一般公共预算收入增加159亿元。", "159亿元", 2024),
    # a note in brackets dates what it says, not the value after it
    ("一年来，未达标城市（基于2015年浓度未达标的城市）年平均浓度降至37微克/立方米。", "37微克/立方米", 2024),
    ("一年来，可吸入颗粒物平均浓度比考核基准年（2013年）降低10%。", "10%", 2024),
    # a note in brackets the value is in keeps its year
    ("一年来，全年粮食产量达到700亿斤（其中2023年为680亿斤），增长3%。", "680亿斤", 2023),
    ("一年来，全年粮食产量达到700亿斤（其中2023年为680亿斤），增长3%。", "700亿斤", 2024),
    # a span of years alone in brackets dates the survey it follows
    ("一年来，根据第六次资源清查（2019-2023年）结果，全省森林面积175万公顷。", "175万公顷", 2023),
])
def test_the_year_of_a_value_in_a_report_of_2025(text, value, year):
    assert records(text, year=2025)[value].year == year


PARTY_REPORT = "在中国共产党某省第十二次代表大会上的报告\n（2021年11月20日）\n二、今后五年的奋斗目标\n"


@pytest.mark.parametrize("said, text, value, year", [
    # said at its year's end, a party congress's coming years start the year after; but the five years of one in a
    # plan's first year are the plan's (2021: to 2025)
    (2021, "今后五年的主要目标是：地区生产总值年均增长6.5%左右，城镇化率达到65%。", "6.5%", 2025),
    (2022, "今后五年的主要目标是：地区生产总值年均增长6.5%左右，城镇化率达到65%。", "6.5%", 2027),
    (2021, "用3年时间建成乡镇综合文化站120个。", "120个", 2024),
])
def test_the_coming_years_of_a_party_congress_report_start_after_its_year(said, text, value, year):
    assert records(PARTY_REPORT.replace("2021", str(said)) + text, year=None)[value].year == year


def test_a_party_congress_named_short_reviews_up_to_its_own_year_as_one_named_in_full():
    """中共 is 中国共产党: the review's bare results are of the congress's year in both, and a yearly rate after levels
    said of two years (由2016年的…增加到2020年的…) is of the later one."""
    body = ("（2021年9月26日）\n一、过去五年的工作回顾\n五年来，全市城镇新增就业12万人。全市地区生产总值由2016年的"
            "1536亿元增加到2020年的2218亿元，年均增长7.2%。\n")
    for title in ("——在中国共产党临江市第八次代表大会上的报告\n", "——在中共临江市第八次代表大会上的报告\n"):
        got = records(title + body, year=None)
        assert (got["12万人"].year, got["7.2%"].year) == (2021, 2020)


def test_a_paragraph_of_this_years_work_so_far_reports_what_was_done_this_year():
    """今年以来，… (a speech late in its year) opens no plan: what it reports is done this year; a paragraph opening
    今年 alone still plans."""
    text = "今年以来，全市工业生产持续向好，规模以上工业增加值增长7.1%。\n今年全市地区生产总值增长6%左右。\n"
    got = records(text, year=2025)
    assert (got["7.1%"].kind, got["7.1%"].year) == ("achievement", 2025)
    assert (got["6%"].kind, got["6%"].year) == ("target", 2025)


def test_a_part_of_this_year_still_ahead_in_a_report_of_its_start_is_planned():
    """今年一季度 and 今年下半年 open no report of what was done (a report of January plans them); 今年前三季度 does."""
    ahead, done = records("今年一季度，新开工亿元以上项目不少于50个。", 2026), records("今年前三季度，全市规模以上工业增加值增长7.1%。", 2026)
    assert ahead["50个"].kind == "target" and (done["7.1%"].kind, done["7.1%"].year) == ("achievement", 2026)


def test_a_speech_late_in_its_year_reviews_that_year():
    """A speech dated in December (no work report) reviews its own year: 前三季度 and 1-10月 are of 2024, a heading
    of this year so far (今年以来经济运行情况) reviews; 明年 is 2025."""
    text = ("在全市经济工作会议上的讲话\n（2024年12月20日）\n同志们：\n一、今年以来经济运行情况\n"
            "前三季度，全市实现地区生产总值1286.4亿元，同比增长5.9%。1-10月，全市固定资产投资同比下降3.6%。\n"
            "二、明年工作的主要目标\n明年全市地区生产总值增长5.5%左右。\n")
    got = records(text, year=None)
    assert [(got[v].kind, got[v].year) for v in ("1286.4亿元", "3.6%")] == [("achievement", 2024)] * 2
    assert (got["5.5%"].kind, got["5.5%"].year) == ("target", 2025)


def test_a_late_dated_document_keeps_its_targets_years_and_a_plan_heading_mentioning_this_year_plans():
    """A December speech's 下一步 targets are of the next year, not its term's end (2029); a plan's subheading that
    mentions 今年以来 (巩固今年以来…态势) still plans; 今年上半年 in a July speech is done."""
    speech = "在全县农村工作会议上的讲话\n2024年12月26日\n二、下一步工作\n明年要新建高标准农田5万亩。\n"
    assert records(speech, year=None)["5万亩"].year == 2025
    plan = "二、明年重点工作\n（一）巩固和增强今年以来经济回升向好态势\n新开工重大项目100个。\n"
    assert records(plan, year=2024)["100个"].kind == "target"
    july = "在全市半年工作会议上的讲话\n2024年7月26日\n今年上半年，全市地区生产总值增长5.5%。\n"
    assert (records(july, year=None)["5.5%"].kind, records(july, year=None)["5.5%"].year) == ("achievement", 2024)


def test_an_aside_about_last_year_leaves_a_plan_value_a_target():
    text = "二、2026年工作安排\n一般性支出在去年压减的基础上再压减5%。"
    assert records(text)["5%"].kind == "target"


@pytest.mark.parametrize("text, value, change", [
    # a bare rate after a rise restates it as a stretch only after a word of striving (change.restates_previous)
    ("地区生产总值增长7%以上、力争达到8%。", "8%", "increase"),
    ("城镇化率提高2%、达到65%。", "65%", None),
    ("居民消费价格上涨2.1%，低于3%左右的调控目标。", "3%", "increase"),  # a target named after it
    ("居民收入增长8%，实现90%的目标人群全覆盖。", "90%", None),  # no target: 目标人群
    ("农民收入增长12.5%，62.4%的监测对象实现增收。", "62.4%", None),
    ("居民收入增长8%，比上年高1.5个百分点。", "1.5个百分点", "increase"),  # above last year's: a rise
])
def test_a_rate_after_a_rise_restates_it_only_as_a_stretch(text, value, change):
    assert records(text)[value].change == change


@pytest.mark.parametrize("text, value", [
    ("县域居民收入增长8%，比全省平均水平高1.5个百分点。", "1.5个百分点"),
    ("服务业增加值增长9%，高出生产总值增幅2个百分点。", "2个百分点"),
])
def test_points_above_another_rate_are_a_margin(text, value):
    assert records(text)[value].trace.change == "change.margin_over_another"


@pytest.mark.parametrize("text, value, basis", [
    ("中职学校免学费补助标准提高到每年3000元。", "3000元", None),
    ("残疾人生活津贴每年1500元。", "1500元", None),
    ("今后五年，力争每年新增城镇就业12万人。", "12万人", "per_year"),
    ("生产安全事故死亡人数比上个五年下降41%。", "41%", None),
    ("九年义务教育巩固率达到96%，学前三年毛入园率超过90%。", "96%", None),
    ("九年义务教育巩固率达到96%，学前三年毛入园率超过90%。", "90%", None),
    ("近五年全省生产安全事故死亡人数下降41%。", "41%", "cumulative"),
    # a level after a growth shares no 年均 with it (basis.shared_verb)
    ("今后五年，居民收入年均增长6%，城镇调查失业率控制在5.5%以内。", "5.5%", None),
    ("今后五年，居民收入年均增长6%，城镇调查失业率控制在5.5%以内。", "6%", "per_year"),
    # a span that names the years since a thing last happened, or a level held in it, makes no total
    ("时隔40年，我省再次新建本科高校3所。", "3所", None),
    ("近三年粮食总产量稳定在600万吨以上。", "600万吨", None),
    ("三年学前教育毛入园率达到88%。", "88%", None),
    ("近三年学前教育毛入园率提高8个百分点。", "8个百分点", "cumulative"),
    # 共计 adds up parts; a total over a span only when the sentence names one
    ("全年减税降费共计120亿元。", "120亿元", None),
    ("五年来，全省共计减税降费600亿元。", "600亿元", "cumulative"),
    ("全年累计减税降费120亿元。", "120亿元", "cumulative"),
    # a list item with a verb of its own is counted over the span of the item before, unless it is a level reached
    ("累计引进知名品牌1200个、培育老字号企业25家。", "25家", "cumulative"),
    ("累计新增规上企业500家、总数达到3000家。", "3000家", None),
    ("累计引进项目500个、今年新引进120个。", "120个", None),  # a year of its own
    ("每年新建学校20所、全市学校总数800所。", "800所", None),  # a stock
    ("我省时隔近30年再次新建本科高校2所。", "2所", None),
    ("五年来，共计减税降费600亿元，今年合计减税降费150亿元。", "150亿元", None),
    ("2018年至2020年，全市合计完成造林100万亩。", "100万亩", "cumulative"),
    ("近五年，全市完成总计划投资的90%。", "90%", None),
    ("近三年粮食产量保持1200万吨以上。", "1200万吨", None),
    ("今后五年粮食平均每年产量4.1亿吨（2030年4.3亿吨）。", "4.3亿吨", None),
])
def test_a_standard_paid_by_the_year_is_no_yearly_figure_of_a_span(text, value, basis):
    assert records(text)[value].basis == basis


def test_a_unit_a_value_is_per_said_before_it():
    found = records(ARABIC + "细颗粒物平均浓度从每立方米48微克下降到36微克，污水处理费每吨1.2元。")
    assert (found["48微克"].unit, found["36微克"].unit) == ("微克/立方米", "微克/立方米")
    assert found["36微克"].indicator == "细颗粒物平均浓度"
    assert found["1.2元"].unit == "元/吨"


def test_a_measure_before_a_rate_qualifies_it_but_a_count_there_is_a_record():
    found = records(ARABIC + "供暖用户室温18℃达标率提升到95%，312件政协提案办复率达100%。")
    assert "18℃" not in found and {"95%", "312件", "100%"} <= set(found)


def test_a_bare_magnitude_of_money_after_spending_is_a_record():
    found = records(ARABIC + "力争三年累计农业投资万亿元，推进投资亿元以上项目建设。")
    assert found["万亿元"].value == 1 and found["万亿元"].unit == "万亿元" and "亿元" not in found


@pytest.mark.parametrize("text, value", [
    ("学前三年毛入园率达到92%。", "92%"),
    ("受灾人数较前五年均值下降40%。", "40%"),
    ("力争完成三年行动计划总任务的80%以上。", "80%"),
    ("提前两年实现高速公路里程突破6000公里。", "6000公里"),
])
def test_a_span_of_years_that_names_a_class_a_baseline_or_a_plan_makes_no_total(text, value):
    assert records(ARABIC + text, year=2025)[value].basis is None


def test_a_span_of_years_before_a_value_still_makes_a_total():
    assert records("建成面积占比近3年提升21个百分点。", year=2025)["21个百分点"].basis == "cumulative"


def test_a_population_that_did_something_is_a_record_a_population_class_is_not():
    found = records(ARABIC + "全省110万人口实现脱贫，新建改扩建幼儿园200所以上，40万人口以上的县设置救助站，县城按照30万—50万人口来规划。")
    assert found["110万"].value == 110 and found["200所"].comparator == ">="
    assert not {"40万", "30万", "50万人口", "50万"} & set(found)


def test_a_bound_said_with_not_below_is_the_value_s_own_comparator_not_a_class():
    found = records("保障12万农村低保人员月人均补差金额不低于30元，新发放创业担保贷款不低于60亿元。")
    assert found["30元"].comparator == ">=" and "60亿元" in found


def test_measures_counted_by_their_articles_are_a_record():
    assert records(ARABIC + "出台稳增长措施近100条。")["100条"].indicator.endswith("稳增长措施")


def test_a_glossary_with_notes_holds_no_records():
    text = "2025年工作报告\n\n一、工作回顾\n\n新建学校20所。\n\n名词解释和说明\n\n（1）绿道：长10公里以上，宽3米以上。\n"
    assert set(records(text, None)) == {"20所"}


@pytest.mark.parametrize("heading", ["《政府工作报告》有关内容名词注释", "政府工作报告注释", "主要名词解释"])
def test_a_glossary_after_the_title_it_explains_holds_no_records(heading):
    text = f"2025年工作报告\n\n一、工作回顾\n\n新建学校20所。\n\n{heading}\n\n1.空壳村：村级集体经济年收入低于5万元的村。\n"
    assert set(records(text, None)) == {"20所"}


@pytest.mark.parametrize("heading", ["2025年政府工作报告名词解释", "《关于2025年国民经济和社会发展计划执行情况的报告》名词解释"])
def test_a_glossary_with_the_report_s_year_or_a_long_title(heading):
    text = f"2025年工作报告\n\n一、工作回顾\n\n新建学校20所。\n\n{heading}\n\n1.空壳村：村级集体经济年收入低于5万元的村。\n"
    assert set(records(text, None)) == {"20所"}


def test_a_share_after_a_metric_s_predicate_stays_in_its_name():
    assert records("工程完成后，水浇地面积将占耕地面积的60%。")["60%"].indicator.endswith("占耕地面积比重")


def test_a_kind_in_another_unit_takes_no_measure_of_one_unit():
    """面积 is said of 亩 alone: 玉米80万吨 after 水稻种植面积100万亩 is no 玉米种植面积."""
    assert records("水稻种植面积100万亩，玉米80万吨。")["80万吨"].indicator == "玉米"


def test_notes_under_a_heading_with_a_colon_hold_no_records():
    """A communiqué's notes (注释：) define its terms: 脱贫县包括原832个… counts no result."""
    text = "2024年统计公报\n\n全年新增就业1256万人。\n\n注释：\n\n[1]脱贫县包括原832个国家扶贫开发工作重点县。\n"
    assert set(records(text, None)) == {"1256万人"}


@pytest.mark.parametrize("text, value, indicator", [
    ("城乡居民收入比缩小至2.25。", "2.25", "城乡居民收入比"),
    ("城乡居民收入差距从2.4：1缩小至2.2：1。", "2.2", "城乡居民收入差距"),
    ("区域发展差异系数由0.71调整为0.69。", "0.69", "区域发展差异系数"),
])
def test_a_ratio_said_with_no_unit_is_a_record(text, value, indicator):
    found = records(text)
    assert found[value].indicator == indicator and found[value].unit == ""


def test_a_bare_thousand_hundred_million_reached_at_the_end_of_its_clause_is_a_record():
    found = records(ARABIC + "食品加工产业突破千亿，打造一批超百亿、超千亿产业链。")
    assert found["千亿"].comparator == ">=" and "百亿" not in found


def test_a_small_chinese_count_of_things_selected_is_a_record_in_an_arabic_document():
    found = records(ARABIC + "全省三所高校入选国家“双一流”建设名单，二人转《新春》荣获文华奖。")
    assert found["三所"].value == 3 and "二人" not in found


def test_a_count_written_as_a_bare_magnitude_with_its_unit_is_a_record():
    found = records(ARABIC + "力争全省有万个美丽乡村、千个特色小镇，每年新增百万户经营主体，惠及千家万户。")
    assert (found["万个"].unit, found["千个"].value, found["百万户"].unit) == ("万个", 1000, "万户")
    assert not any(k.startswith("千家") for k in found)


def test_a_capacity_naming_a_project_in_a_list_is_no_record_but_listed_outputs_are():
    found = records(ARABIC + "加快东方石化二期、300万吨乙烯、海南原油储备等项目建设，粮食产量1300万吨、油料300万吨。")
    assert found["300万吨"].indicator == "油料产量" and "1300万吨" in found
    assert len([r for r in extract_text(ARABIC + "加快东方石化二期、300万吨乙烯、海南原油储备等项目建设。") if r.unit == "万吨"]) == 0
    cut = records(ARABIC + "淘汰600万吨小钢铁、52万千瓦小火电机组、100万吨小水泥。")
    assert {"600万吨", "52万千瓦", "100万吨"} <= set(cut)


def test_a_comparator_after_a_list_leaves_a_value_written_as_the_last():
    """分别增长8%和8%以上: the word tells the last value from the one written the same."""
    found = extract_text("城镇、农村居民人均可支配收入分别增长7%和7%以上，粮食、油料产量分别稳定在800亿斤、60亿斤以上。",
                         year=2026)
    assert [r.comparator for r in found] == ["=", ">=", ">=", ">="]


def test_a_value_after_markdown_bold_is_read_but_not_a_numbered_heading_before_a_year():
    got = records("**250个重大项目建设顺利推进，**56件事项实现“一件事”办理。\n\n**17.2006年十件实事：**")
    assert set(got) == {"250个", "56件"}
    assert "4*100" not in "".join(records("建成4*100G骨干网，新增基站300个。"))


def test_tonnes_of_standard_coal_abbreviated_are_one_unit():
    got = records("万元生产总值能耗从0.45吨标煤降至0.37吨标煤，腾出用能空间180万吨标煤。")
    assert [(t, r.unit) for t, r in got.items()] == [("0.45吨标煤", "吨标煤"), ("0.37吨标煤", "吨标煤"),
                                                     ("180万吨标煤", "万吨标煤")]


def test_a_measure_above_which_a_goal_is_set_is_a_record_not_a_class():
    got = records("到2030年森林蓄积量达到3.1亿立方米以上的目标，推动年综合能耗5000吨标准煤及以上重点用能单位节能改造。")
    assert list(got) == ["3.1亿立方米"] and got["3.1亿立方米"].comparator == ">="


@pytest.mark.parametrize("text, value, comparator", [
    ("供养标准不低于当地低保标准的1.3倍。", "1.3倍", ">="),
    ("奖励总额不超过原封顶线的20%。", "20%", "<="),
    ("年末失业率为4.05%，略低于上年末的4.09%。", "4.09%", "="),
    ("新建沼气池15万口，相当于过去总和的40%。", "40%", "="),
    ("力争肉牛出栏80万头（只）以上。", "80万头", ">="),
    ("各级领导每年至少主持召开2次座谈会。", "2次", ">="),
    ("粮食总产量再次登上700亿斤台阶。", "700亿斤", ">="),
    ("全县经济总量跻身100亿元行列。", "100亿元", ">="),
    ("项目审批全流程最多60天。", "60天", "<="),
])
def test_floors_and_ceilings_said_around_a_value(text, value, comparator):
    assert records(text)[value].comparator == comparator


@pytest.mark.parametrize("text", [
    "拥有自主知识产权的时速350公里中国标准动车组正式下线。",
    "甲市至乙市350公里时速高铁列入国家专项规划。",
    "首次获得海拔7000米高空大气组分数据。",
    "支持110米口径全向可动射电望远镜项目建设。",
    "丙汽车20万台整车项目顺利投产。",
])
def test_sizes_speeds_altitudes_and_capacities_that_name_a_thing_are_no_records(text):
    assert extract_text(text, year=2020) == []


def test_a_plant_s_capacity_is_no_record_but_housing_to_build_is():
    got = {r.text for r in extract_text("启动实施三年建设1万套农村教师周转房等教育工程。", year=2012)}
    assert got == {"1万套"}


def test_rates_per_thousand_and_per_hundred_thousand_in_chinese_numerals():
    got = {r.text: (r.value, r.unit, r.indicator)
           for r in extract_text("孕产妇死亡率、婴儿死亡率分别下降至十万分之五十、千分之八。", year=2021)}
    assert got == {"十万分之五十": (50, "1/10万", "孕产妇死亡率"), "千分之八": (8, "‰", "婴儿死亡率")}


def test_money_raised_above_a_sum_is_a_record_not_a_class():
    assert [r.text for r in extract_text("筹集100亿元以上资金，加快普通高中建设。", year=2020)] == ["100亿元"]


def test_a_footnote_mark_in_the_text_is_no_part_of_a_name():
    got = records("全年外出务工人员[7]总量18600万人，比上年增长1.2%。")
    assert got["18600万人"].indicator == "外出务工人员总量"
    assert got["1.2%"].indicator == "外出务工人员总量"


def test_a_footnote_mark_in_full_width_is_no_part_of_a_name_either():
    assert records("四大主导产业［7］增加值占比达到62%。")["62%"].indicator == "四大主导产业增加值占比"


def test_a_count_of_listed_items_newly_built_stays_a_record():
    found = records(ARABIC + "今年新开工甲至乙、丙至丁2条高速公路，加快戊、己、庚3个重点行业改造。")
    assert "2条" in found and "3个" not in found


def test_a_clause_holding_a_value_without_a_name_names_nothing_after_it():
    found = records(ARABIC + "首次突破3000亿元，达到3120亿元，其中出口1371亿元，占总额的比重为44%。")
    assert found["3120亿元"].indicator == "?"  # not 首次突破, nor 首次突破3000亿元
    found = records(ARABIC + "首次突破3000亿元，达到3120亿元，占全国的比重为4%。")
    assert found["4%"].indicator == "占全国比重"  # not ?占全国的比重 (SHARE_OF_DE: nor its 的)


def test_counts_of_projects_by_size_class_stay_and_the_class_goes():
    found = records(ARABIC + "开工亿元以上项目120个，其中10亿元以上36个、50亿元以上8个。")
    assert {"120个", "36个", "8个"} <= set(found) and "10亿元" not in found and "50亿元" not in found


def test_the_whole_a_part_is_counted_out_of_is_no_record():
    found = records(ARABIC + "市政府32个部门中28个实现网上审批，3条公路（其中2条高速公路）已经开工。")
    assert "32个" not in found and {"28个", "3条", "2条"} <= set(found)


def test_a_definition_gives_no_record_and_a_stated_figure_does():
    text = ("[12]高速铁路是指设计速度250公里/小时及以上的铁路。"
            "年末全国铁路营业里程15万公里，其中高速铁路4万公里。")
    assert [r.text for r in extract_text(text, year=2025)] == ["15万公里", "4万公里"]


def test_a_length_said_by_itself_is_of_the_line_named_before_it_but_a_list_of_lengths_is_not():
    """indicator.length_of_line: the kind of line named last before a bare length names it, a total
    borrowed from an addition loses the 新增; lengths said of a list take no one kind for all."""
    found = records(ARABIC + "新建铁路210公里，营运里程达到5400公里；新增高速公路380公里，总里程突破8100公里。")
    assert found["5400公里"].indicator == "铁路营运里程" and found["8100公里"].indicator == "高速公路总里程"
    found = records(ARABIC + "高速公路新增通车里程520公里，通车总里程达到7300公里。")
    assert found["7300公里"].indicator == "高速公路通车总里程"
    assert records(ARABIC + "高速公路通车里程快速增长，城际铁路达到1.2万公里。")["1.2万公里"].indicator == "城际铁路里程"
    found = records(ARABIC + "实现市市通高铁、县县通高速，通车里程分别达到1800公里和6900公里。")
    assert {found["1800公里"].indicator, found["6900公里"].indicator} == {"通车里程"}


def test_an_output_said_by_itself_is_of_the_produce_named_before_it():
    """indicator.output_of_produce: the produce said after the record before, not that record's name;
    a produce's farming names its produce; a list of outputs is the list's."""
    found = records(ARABIC + "植树造林80万亩，棉花生产喜获丰收，总产达到500万吨，增长3%。")
    assert found["500万吨"].indicator == "棉花总产" and found["80万亩"].indicator != "棉花总产"
    found = records(ARABIC + "蔬菜生产稳中有增、产量达到1200万吨。")
    assert found["1200万吨"].indicator == "蔬菜产量"
    found = records(ARABIC + "新建日光温室3万亩，产量达到20万吨。")
    assert found["20万吨"].indicator != "粮食产量"


def test_places_counted_after_the_list_that_names_them_are_named_by_what_they_did():
    """PLACE_COUNT and indicator.act_of_places: 甲、乙等6地 counts places of any rank; the names listed
    are instances, what the places did names the count; 地 opening a word (地区) is no count, and
    counties inside what is done (推动山区26县…) are a scope, not places that did it."""
    found = records(ARABIC + "丙市、丁县等6地新获批国家级农业产业强镇。")
    assert found["6地"].indicator == "国家级农业产业强镇"
    assert "3地" not in records(ARABIC + "全省等3地区推进改革。")
    found = records(ARABIC + "推动山区26县跨越式高质量发展。")
    assert "26县" not in found or found["26县"].indicator != "跨越式高质量发展"


def test_a_metric_said_once_before_parts_of_the_year_is_each_parts_and_the_whole_years():
    """PERIOD_OF_YEAR: 地区生产总值一季度、上半年、前三季度分别增长… names each value by its part of the
    year, said first; 全年 after them is the metric's own (WHOLE_YEAR), no part's."""
    found = records(ARABIC + "规模以上工业增加值一季度、上半年、前三季度分别增长3.1%、4.2%、5.3%，全年增长6.4%。")
    assert [found[v].indicator for v in ("3.1%", "4.2%", "5.3%", "6.4%")] == [
        "一季度规模以上工业增加值", "上半年规模以上工业增加值", "前三季度规模以上工业增加值", "规模以上工业增加值"]



def test_parks_and_firms_named_by_a_size_are_classes_but_money_for_them_is_not():
    """百亿元园区, 过500亿元园区, 十亿元企业 name classes counted after them; money said before a fund or
    a grant for firms is a record (skip.grade_of_industry, skip.size_class)."""
    got = records("百亿元园区达到28个，其中过500亿元园区4个。加快发展十亿元企业。安排10亿元企业技改资金，设立200亿元产业投资基金。")
    assert set(got) == {"28个", "4个", "10亿元", "200亿元"}
    assert got["4个"].indicator == "过500亿元园区" and got["10亿元"].indicator == "企业技改资金"
    got = records("十大乡村特色产业全产业链总产值达1.78万亿元、千亿产业增至8个。")  # classes are round
    assert set(got) == {"1.78万亿元", "8个"} and got["8个"].indicator == "千亿产业"
    got = records("力争千亿元园区、500亿元园区、100亿元园区分别达到3个、4个和44个。")  # 3个 is no count of the list
    assert set(got) == {"3个", "4个", "44个"} and got["3个"].indicator == "千亿元园区"
    got = records("千亿、五百亿、百亿园区分别增加2家、4家和9家。")  # the sizes share the last one's head
    assert [got[v].indicator for v in ("2家", "4家", "9家")] == ["千亿园区", "五百亿园区", "百亿园区"]


def test_a_policy_named_by_its_articles_is_no_record_but_measures_taken_are():
    """十五条硬措施, 三十条要求: a policy's own number (skip.own_parts_named); 85项整改措施 counts work done."""
    got = records("全面落实安全生产十五条硬措施和省委三十条要求，制定了85项整改措施。")
    assert set(got) == {"85项"}


@pytest.mark.parametrize("text, value, indicator", [
    ("完成集体建设用地调查6.12万宗、调查率75.28%。", "75.28%", "集体建设用地调查率"),
    ("应届高校毕业生就业18.2万人，就业率达91.7%。", "91.7%", "应届高校毕业生就业率"),
    ("共扫除青壮年文盲近10万人，文盲率控制在4%以内。", "4%", "文盲率"),  # a rate of its own metric
    ("全年完成投资3512亿元，投资率达到33.3%。", "33.3%", "投资率"),
])
def test_a_bare_rate_of_the_act_a_count_ends_with_is_of_what_it_was_done_to(text, value, indicator):
    assert records(text)[value].indicator == indicator


@pytest.mark.parametrize("text, value, indicator", [
    ("年末全国大型水库蓄水总量1962亿立方米，比上年末多蓄水93亿立方米。", "93亿立方米", "大型水库蓄水总量"),
    ("全国普通高等学校招生268万人，比上年增招48万人。", "48万人", "普通高等学校招生"),
    ("农村居民人均可支配收入增长6.5%，比城镇居民高1.9个百分点。", "1.9个百分点", "农村居民人均可支配收入增速高于城镇居民"),
])
def test_a_name_that_is_only_a_baseline_names_nothing_but_a_margin_does(text, value, indicator):
    """比上年末多蓄水 is what the value is compared with (COMPARED_ONLY); 比城镇居民高 names a margin."""
    assert records(text, 2021)[value].indicator == indicator


def test_a_name_that_opens_inside_brackets_loses_what_they_close():
    """未达标的262个城市）年平均浓度: the value cut the brackets, and what they closed names nothing."""
    got = records("全国未达标城市（基于2015年细颗粒物浓度未达标的262个城市）年平均浓度48微克/立方米。", 2018)
    assert got["48微克/立方米"].indicator == "年平均浓度"


@pytest.mark.parametrize("text, value, comparator", [
    ("超额完成年初确定的新增电力装机容量290万千瓦的任务。", "290万千瓦", ">="),  # a target exceeded
    ("全年新增电力装机容量290万千瓦，完成年度任务。", "290万千瓦", "="),
    ("各县按户籍人口不低于人均13元标准筹集医疗救助资金。", "13元", ">="),  # a floor over a per-head word
])
def test_floors_said_by_a_target_exceeded_or_over_a_per_head_word(text, value, comparator):
    assert records(text, 2018)[value].comparator == comparator


@pytest.mark.parametrize("text, value, indicator", [
    ("去年，6个县、400个村、11万人实现脱贫摘帽。", "6个", "县脱贫摘帽"),  # places, then people, then what they did
    ("去年，6个县、400个村、11万人实现脱贫摘帽。", "400个", "村脱贫摘帽"),
    ("去年，6个县、400个村、11万人实现脱贫摘帽。", "11万人", "脱贫摘帽"),
    ("全省8个县、20万人完成了易地扶贫搬迁。", "8个", "?"),  # the people named by nothing: nor the places
])
def test_places_listed_before_people_are_named_by_what_the_people_did(text, value, indicator):
    assert records(text, 2020)[value].indicator == indicator


@pytest.mark.parametrize("text, value, indicator", [
    ("全省超七成财政支出投向民生社会事业。", "七成", "投向民生社会事业财政支出"),  # 投向 is one act (SUBJECT_ACT)
    ("全市近八成财政资金用于民生。", "八成", "用于民生财政资金"),
])
def test_tenths_of_things_named_by_what_they_went_to(text, value, indicator):
    """超七成财政支出投向…: the tenth is of the things the act after them is said of, 投向 not cut in two."""
    assert records(text, 2023)[value].indicator == indicator


@pytest.mark.parametrize("text, value, unit, magnitude", [
    ("选派千名医生帮扶山区乡镇卫生院。", "千名", "名", 1000),
    ("新建和改扩建百所敬老院。", "百所", "所", 100),
    ("培训万名乡村医生。", "万名", "万名", 10000),
])
def test_round_counts_after_a_verb_that_builds_or_trains(text, value, unit, magnitude):
    """A bare magnitude counts what a verb that builds, trains or sends acts on (quantity.magnitude_count)."""
    got = records(ARABIC + text)[value]
    assert (got.unit, got.magnitude) == (unit, magnitude)


def test_round_sizes_after_a_verb_that_builds_are_no_counts():
    """建设万亩连片标准粮田, 建设千亩高产示范片: a size class, no count of fields."""
    got = records(ARABIC + "建设万亩连片标准粮田，高水平建设千亩高产示范片1000个。")
    assert "万亩" not in got and "千亩" not in got and "1000个" in got


@pytest.mark.parametrize("text, value, indicator", [
    ("今年省财政将投入592亿元。", "592亿元", "省财政投入"),  # 将 before a verb of doing says when (ASPECT_WILL)
    ("全省21个贫困县即将脱贫出列。", "21个", "脱贫出列贫困县"),  # the act then its things, as without 即将
])
def test_will_before_a_verb_of_doing_is_no_part_of_a_name(text, value, indicator):
    assert records(text, 2019)[value].indicator == indicator


@pytest.mark.parametrize("text, value, indicator", [
    ("全年新增40万亩有效灌溉面积。", "40万亩", "有效灌溉面积"),  # 有效 before a noun is no adverb (RIGHT_STOP_INSIDE)
    ("新建3个污水处理厂有效遏制水污染。", "3个", "污水处理厂"),  # before a verb it is, and ends the noun
])
def test_effective_before_a_noun_is_part_of_it(text, value, indicator):
    assert records(text, 2020)[value].indicator == indicator


@pytest.mark.parametrize("text, value, indicator", [
    ("继续抓好甲至乙等11条、总长1131公里高速公路续建项目。", "11条", "高速公路续建项目"),  # the measure of the same things follows
    ("新开工丙至丁等15项950公里高速公路项目。", "15项", "高速公路项目"),
])
def test_a_count_whose_measure_follows_counts_the_things_after_it(text, value, indicator):
    assert records(ARABIC + text, 2020)[value].indicator == indicator


@pytest.mark.parametrize("text, value, indicator", [
    ("去年42万户、143万人喜迁新居。", "42万户", "喜迁新居户数"),  # households of the people after them
    ("去年30万户120多万农牧民喜迁新居。", "30万户", "喜迁新居农牧民户数"),  # a bare magnitude of people
])
def test_households_before_the_people_in_them_are_named_by_them(text, value, indicator):
    assert records(ARABIC + text, 2020)[value].indicator == indicator


@pytest.mark.parametrize("text, value, indicator", [
    ("广播、电视人口覆盖率分别达到93%和94%。", "93%", "广播人口覆盖率"),  # the coverage of people is shared too
    ("广播和电视人口综合覆盖率分别达到98%和99%。", "98%", "广播人口综合覆盖率"),
])
def test_a_coverage_of_people_is_shared_by_the_items_of_a_list(text, value, indicator):
    assert records(text, 2010)[value].indicator == indicator


@pytest.mark.parametrize("text, value, indicator", [
    ("城区绿化覆盖率、绿地率分别达到39%和36%。", "36%", "城区绿地率"),  # the head's first word gives way
    ("商品房销售面积、销售额分别增长5%和8%。", "8%", "商品房销售额"),  # not 商品房销售销售额
])
def test_a_later_item_of_a_list_replaces_the_words_it_says_again(text, value, indicator):
    assert records(text, 2010)[value].indicator == indicator


def test_one_character_items_share_the_last_items_second():
    """牛、羊肉分别增长…: 牛 is 牛肉, as 羊肉 says."""
    assert records("其中，猪肉减少9.2%；牛、羊肉分别增长6.1%和5.8%。", 2010)["6.1%"].indicator == "牛肉"


def test_a_one_character_item_the_last_opens_with_stays_itself():
    """钢和钢材分别增长…: 钢 is no 钢材."""
    assert records("钢和钢材分别增长19.7%和19.6%。", 2003)["19.7%"].indicator == "钢"


@pytest.mark.parametrize("text, value, indicator", [
    ("海洋经济加速发展，实现增加值1000亿元。", "1000亿元", "海洋经济增加值"),
    ("乡镇企业继续推进改革发展，实现增加值329亿元。", "329亿元", "乡镇企业增加值"),
    ("推动页岩气增储上产，年产量达到60亿立方米。", "60亿立方米", "页岩气年产量"),
    ("支持“三大特色产业”壮大规模，力争营业收入突破3000亿元。", "3000亿元", "“三大特色产业”营业收入"),
])
def test_how_a_topic_grew_is_no_part_of_the_topic(text, value, indicator):
    assert records(text, 2020)[value].indicator == indicator


def test_a_name_ending_in_development_keeps_it():
    """设立12支产业发展基金，总规模…: 发展 inside a name ends no clause."""
    assert records("设立12支产业发展基金，总规模超过300亿元。", 2020)["300亿元"].indicator == "产业发展基金总规模"


@pytest.mark.parametrize("text, value, indicator", [
    ("新增就业岗位12万个；落实资金3.2亿元。", "3.2亿元", "落实资金"),  # a count, then money: another item
    ("惠及农民2000万人；累计投资15亿元。", "15亿元", "投资"),  # 累计 is the basis
])
def test_a_bare_metric_after_a_semicolon_and_a_value_of_another_kind_takes_no_subject(text, value, indicator):
    assert records(text, 2020)[value].indicator == indicator


def test_a_bare_metric_after_a_semicolon_shares_the_subject_of_the_same_kind_of_value():
    """…工业增加值618亿元，增长26%；销售收入2000亿元: the last level before is money too."""
    got = records("规模以上工业增加值600亿元，增长20%；销售收入1800亿元，增长30%。", 2010)
    assert got["1800亿元"].indicator == "规模以上工业销售收入"


def test_growth_said_with_its_speed_before_growing_big_goes_whole():
    """产业集群快速发展壮大: 快速 goes with 发展壮大, not left on the topic."""
    got = records("石化产业集群快速发展壮大，成功创建3个千亿级产业集群。", 2020)
    assert got["3个"].indicator == "千亿级产业集群"


@pytest.mark.parametrize("text, value, indicator", [
    ("“国千”“省千”人才分别达到672人和1800人。", "672人", "“国千”人才"),  # quoted names side by side are items
    ("“甲—乙”“丙—丁”区域重污染天数比例分别控制在5%和2%以内。", "5%", "“甲—乙”区域重污染天数比例"),
    ("“千镇连锁超市”和“万村放心店”的覆盖面分别达64.8%和65%。", "64.8%", "“千镇连锁超市”覆盖面"),  # not its 的
])
def test_quoted_items_of_a_list_share_what_follows_the_last(text, value, indicator):
    assert records(text, 2010)[value].indicator == indicator


def test_quoted_names_inside_one_name_are_no_items():
    """…事项“一次不跑”“只跑一次”办理率: the list is 省级 and 市县两级, the quotes are of one name."""
    got = records("省级和市县两级依申请类政务服务事项“一次不跑”“只跑一次”办理率分别达到90%和80%。", 2019)
    assert got["80%"].indicator.endswith("“一次不跑”“只跑一次”办理率")


@pytest.mark.parametrize("text, value, basis", [
    ("技术合同成交额年均增长60%、总量突破2000亿元。", "2000亿元", None),  # a yearly rate's span is no amount's
    ("地区生产总值年均增长6.2%、总量突破2万亿元。", "6.2%", "per_year"),
    ("累计创建现代农业产业园11个、农业产业强镇19个。", "19个", "cumulative"),  # an amount after an amount shares it
    ("城镇调查失业率全年平均为5.3%。", "5.3%", None),  # the mean of one year, no yearly figure of a span
])
def test_a_value_after_a_list_mark_shares_the_basis_of_a_value_of_its_kind(text, value, basis):
    assert records(text, 2021)[value].basis == basis


@pytest.mark.parametrize("text, value, change", [
    ("居民消费价格涨幅、城镇调查失业率分别控制在3%和5.5%以内。", "5.5%", None),  # 涨幅 is the first's own
    ("医疗费用增速和药占比分别下降3个和4个百分点。", "4个百分点", "decrease"),  # the verb after 分别 says it of both
])
def test_a_list_shares_the_change_its_verb_says_not_the_first_name_says(text, value, change):
    assert records(text, 2021)[value].change == change


REVIEW = "一、2024年工作回顾\n"


@pytest.mark.parametrize("text, value, kind", [
    ("坚决打好污染防治攻坚战，省财政三年将投入600亿元。", "600亿元", "target"),  # what will be spent
    ("与铁道部签署合作纪要，计划建设8个铁路项目。", "8个", "target"),
    ("力争“十四五”期间多方筹资70亿元，用于生物多样性保护。", "70亿元", "target"),
    ("计划安排的23个市场全部开工，已建成5个。", "23个", "achievement"),  # planned and done
    ("实施重点项目500个，计划总投资3000亿元。", "3000亿元", "achievement"),  # a project's planned size
])
def test_a_review_reports_a_commitment_as_a_target(text, value, kind):
    assert records(REVIEW + text, 2025)[value].kind == kind


PLAN = "二、2025年工作安排\n"


@pytest.mark.parametrize("text, value, kind", [
    ("去年，为民办实事共完成28项指标，其中超额完成21项。", "21项", "achievement"),  # 去年 opens the sentence
    ("去年，为民办实事完成28项，今年突出抓好32项。", "32项", "target"),  # until 今年 turns it ahead
])
def test_a_plan_sentence_opening_with_last_year_reports_the_past(text, value, kind):
    assert records(PLAN + text, 2025)[value].kind == kind


def test_a_plan_still_to_draft_sets_no_targets_of_its_own():
    """今年要…编制“十五五”规划，…确保基础设施投资超过3000亿元: this year's target, not the plan's."""
    text = "二、2025年工作安排\n今年要编制“十五五”规划，争取更多项目纳入国家盘子，确保基础设施投资超过3000亿元。"
    got = records(text, 2025)["3000亿元"]
    assert (got.kind, got.year) == ("target", 2025)


def test_a_five_year_plans_five_years_are_its_period():
    """五年内 in the sixth five-year plan (1981-1985) ends in 1985, not five years after its year."""
    text = "中华人民共和国国民经济和社会发展第六个五年计划\n（1982年12月10日）\n五年内新探明铁矿储量24亿吨、磷矿储量6亿吨。"
    got = records(text, None)
    assert (got["24亿吨"].year, got["6亿吨"].year) == (1985, 1985)


def test_a_period_compared_with_is_no_due_date():
    """同“七五”期间年均产量相比: 七五 is the baseline of the eighth plan's yearly output, not its year."""
    text = "中华人民共和国国民经济和社会发展十年规划和第八个五年计划纲要\n粮食年均产量达到4.47亿吨，同“七五”期间年均产量相比，平均每年增加820万吨；棉花，年均产量464万吨。"
    assert records(text, 1991)["464万吨"].year == 1995


def test_a_value_beating_a_target_is_not_due_when_the_target_was():
    text = "一、2004年工作回顾\n财政总收入349.2亿元，比“十五”计划2005年的目标275亿元超过74.2亿元。"
    assert records(text, 2005)["74.2亿元"].year == 2004


def test_a_plan_proposed_last_year_sets_targets():
    """去年省委、省政府提出，…重点支持100家大型工业企业: what was proposed, not what was done."""
    text = PLAN + "去年省委、省政府提出，实施“三个一百”，即：重点支持100家大型工业企业做大做强。"
    assert records(text, 2025)["100家"].kind == "target"


@pytest.mark.parametrize("text, value, year", [
    ("全省科技资源相对较多。“十二五”期间，全省科技进步贡献率提高了7.8个百分点。", "7.8个百分点", 2015),  # a past period opening it
])
def test_a_past_period_the_sentence_opens_with_dates_its_achievements(text, value, year):
    heading = "**“十二五”工作回顾**\n\n**“十三五”经济社会发展的主要目标任务**\n\n"  # two headings of one level
    assert records(heading + text, 2016)[value].year == year


def test_people_counted_before_livestock_take_the_problem_after_both_but_not_a_problem_past_theirs():
    got = records("解决了9.6万人、31万头（只）牲畜的饮水困难。" + ARABIC)
    assert got["9.6万人"].indicator == "解决饮水困难人数"
    got = records("解决了4.2万人、15万头牲畜饮水困难和6万人的用电问题。" + ARABIC)
    assert "用电" not in got["4.2万人"].indicator


def test_money_is_a_payment_standard_only_when_paid_at_a_rate():
    got = records("按每人每月300元标准发放高龄津贴，省财政安排5亿元给予补助。" + ARABIC)
    assert got["300元"].indicator == "高龄津贴标准"
    assert not got["5亿元"].indicator.endswith("标准")
    got = records("新增生态公益林100万亩，符合条件的按每亩20元进行补助。" + ARABIC)
    assert got["20元"].indicator == "补助标准"  # 符合条件的 is a condition, no one it is paid to


def test_a_doubling_in_chinese_numerals_is_a_figure_only_where_the_document_writes_them():
    """翻一番 is the figure in a document written in Chinese numerals, a slogan where numbers are
    Arabic digits (ARABIC_ONLY_UNIT), and there it is no value at all."""
    chinese = records("实现国内生产总值和城乡居民人均收入比二〇一〇年翻一番，粮食产量稳定在一万亿斤以上。", 2012)
    assert chinese["一番"].indicator == "国内生产总值和城乡居民人均收入" and chinese["一番"].unit == "番"
    arabic = records("新增就业120万人，建成基站3万个，力争地区生产总值比2020年翻一番。", 2021)
    assert "一番" not in arabic and set(arabic) == {"120万人", "3万个"}


def test_a_year_compared_with_another_is_the_value_s_own():
    """到2030年比2020年增长1倍: 2030 is when the rise is due, 2020 only its baseline; a year alone
    before 比 is a baseline (与2020年比，…增加4868元)."""
    found = records("人均地区生产总值到2030年比2020年增长1倍。", 2025)
    assert found["1倍"].year == 2030
    assert records("与2020年比，城镇居民人均可支配收入增加4868元。", 2025)["4868元"].year != 2020


def test_a_section_headed_by_goals_sets_targets():
    """三、全面建成小康社会的目标: a heading ending with the goals it states opens a plan section (PLAN_CUE
    的目标), even where a clause in it says something achieved (取得重大进展, a goal too)."""
    text = ("一、过去五年的工作\n五年来，新建学校二千所，粮食产量稳定在一万亿斤以上。\n三、全面建成小康社会的目标\n"
            "——经济持续健康发展。转变经济发展方式取得重大进展，实现国内生产总值比二〇一〇年翻一番，新增就业五千万人。\n")
    found = records(text, 2012)
    assert found["二千所"].kind == "achievement" and found["一番"].kind == "target" and found["五千万人"].kind == "target"


def test_the_next_item_of_a_list_of_counts_takes_the_name_before_only_when_counted_alike():
    """10个…示范县、20个示范基地: an item opening with a word inside the name before takes what leads
    that word; people and places are no items of one kind (3万低收入人口、120个低收入村)."""
    found = records("全年创建8个乡村振兴示范镇、40个示范村。" + ARABIC)
    assert found["40个"].indicator == "乡村振兴示范村"
    found = records("全年共有3万农村低收入人口、120个低收入村。" + ARABIC)
    assert found["120个"].indicator == "低收入村"


def test_a_count_of_kinds_whose_noun_is_a_measure_with_its_value_only_scopes_it():
    """8类民生支出2100亿元: the kinds of spending counted only say what the amount covers (支出 a measure)."""
    assert set(records("全省8类民生支出2100亿元，占一般公共预算支出的78%。" + ARABIC)) >= {"2100亿元", "78%"}
    assert "8类" not in records("全省8类民生支出2100亿元，占一般公共预算支出的78%。" + ARABIC)


def test_mian_xiang_is_a_word_and_no_act_towards_someone():
    """60所学校操场面向社会开放: 面向 is one word, not 面 and an act said with 向 (ACT_PARTNER)."""
    name = records("全年新建学校20所，60所学校操场面向社会开放。")["60所"].indicator
    assert name.startswith("学校操场") and not name.startswith("向")


def test_what_an_act_saved_a_party_named_after_wei_says_whom_only_when_bare():
    """为企业降低各类成本80亿元: a bare 成本 says whom and the act, and the cut its name says is no change;
    a name of its own (用电成本) stays and falls; people counted after 为 are the record."""
    found = records("全年为中小企业降低各类成本80亿元。" + ARABIC)["80亿元"]
    assert found.indicator == "为中小企业降低成本" and found.change is None
    found = records("全年为企业降低用电成本50亿元。" + ARABIC)["50亿元"]
    assert found.indicator == "用电成本" and found.change == "decrease"
    assert "为" not in records("为10万名残疾人提供康复服务，为困难群众节省费用3亿元。" + ARABIC)["10万名"].indicator


def test_a_verb_of_improving_before_a_count_names_the_things_by_what_it_improved_of_theirs():
    """改善135万农村居民饮用水条件: the things end at the last head of counted things (农村居民, not 农村),
    the quality of theirs the verb improved names them first."""
    found = records("改善135万农村居民饮用水条件，提高21万低收入脱贫人口脱贫质量。" + ARABIC)
    assert found["135万"].indicator == "改善饮用水条件的农村居民"
    assert found["21万"].indicator == "提高脱贫质量的低收入脱贫人口"


def test_a_verb_ending_in_a_joiner_takes_the_next_count_and_ends_the_noun_before_it():
    """1854个项目惠及20万人: 惠及 is a verb of the next count, not 惠 and the joiner 及 (JOINER_IN_WORD)."""
    found = records("全年实施1854个项目、惠及20.89万贫困人口，新建2886所学校、惠及156万名学生。" + ARABIC)
    assert found["1854个"].indicator == "项目" and found["2886所"].indicator == "学校"


def test_the_level_reached_names_what_it_rose_from_only_when_it_names_nothing_itself():
    """…突破300亿元，由2015年的258亿元增加到2020年的343亿元: 343亿元 is of the metric 258亿元 measures;
    由亏损55.3亿元到盈利21亿元: 盈利 is said of 21亿元 itself."""
    found = records("地方财政收入突破300亿元，由2015年的258亿元增加到2020年的343亿元。" + ARABIC)
    assert found["343亿元"].indicator == found["258亿元"].indicator == "地方财政收入"
    assert "盈利" in records("职工减少8.1万人，由亏损55.3亿元到盈利21亿元。" + ARABIC)["21亿元"].indicator


def test_money_is_named_by_a_purpose_said_with_how_and_when_before_its_verb():
    """投入3亿元，提前两年全面完善…: adverbs of how and when (MONEY_PURPOSE_HOW) lead the verb of the purpose;
    a result after it (实现增长10%) is no purpose."""
    found = records("全年投入3亿元，提前两年全面完善乡镇卫生院设施，筹措8亿元，较高幅度提高城乡低保标准。" + ARABIC)
    assert found["3亿元"].indicator == "乡镇卫生院设施投入"
    assert found["8亿元"].indicator == "城乡低保标准资金"
    assert records("全年完成投资500亿元，实现“两年有效果”的目标。" + ARABIC)["500亿元"].indicator == "投资"


def test_zha_shi_says_how_counted_things_went_and_ends_their_noun():
    """230个重点项目扎实推进: 扎实 is how they went (RIGHT_STOP), as 稳步 and 有序 are, no part of the noun."""
    assert records("全省230个重点项目扎实推进，新增就业5万人。" + ARABIC)["230个"].indicator == "重点项目"


def test_a_list_of_metrics_in_a_clause_between_two_values_names_neither():
    """SUBJECT_METRIC takes one metric: a list of them (利税和利润) is the 分别 list's own."""
    names = {r.indicator for r in extract_text("规上工业增加值增长8%；实现利税和利润，年均分别增长10%和12%。", year=2026)}
    assert "利税和利润" not in names


@pytest.mark.parametrize("text, value, comparator", [
    # the highest or lowest a value goes, right before it, is a bound; 最高为 the level itself
    ("为创业者提供最高50万元、最长3年的担保贷款。", "50万元", "<="),
    ("基础养老金最低达到每人每月150元。", "150元", ">="),
    ("医疗救助标准最高为2万元。", "2万元", "="),
    ("城镇调查失业率小于5.5%。", "5.5%", "<="),
    ("全年人口自然增长率6％。左右，城镇登记失业率4.5%。以内。", "6％", "~"),  # past a stray 。 (COMPARATOR_AFTER)
    ("全年人口自然增长率6％。左右，城镇登记失业率4.5%。以内。", "4.5%", "<="),
    # 约 with a share's whole or a short verb is about (comparator.about_share_of, about_verb_before); not 签约
    ("高新技术产业增加值约占规上工业增加值的40%。", "40%", "~"),
    ("新建居家养老服务站约覆盖30万老年人。", "30万", "~"),
    ("全年新签约达120亿元，处置债券违约达12亿元。", "120亿元", "="),
    ("全年新签约达120亿元，处置债券违约达12亿元。", "12亿元", "="),
    ("全市PM2.5平均浓度降至历史最低28微克/立方米。", "28微克/立方米", "="),  # a record low is a level
    # a bottom line to hold is a floor (comparator.floor_kept); a red line is the level the golds write
    ("坚决守住5000万亩耕地保护底线，严守4800万亩永久基本农田红线。", "5000万亩", ">="),
    ("坚决守住5000万亩耕地保护底线，严守4800万亩永久基本农田红线。", "4800万亩", "="),
    ("守住政府债务率不超过100%的底线，守住18亿亩耕地红线和粮食安全底线。", "100%", "<="),
    ("守住政府债务率不超过100%的底线，守住18亿亩耕地红线和粮食安全底线。", "18亿亩", "="),
])
def test_bounds_and_approximations_said_before_a_value(text, value, comparator):
    assert records(text)[value].comparator == comparator



def test_a_bare_part_after_a_standard_named_with_its_first_part_takes_the_standard():
    """…经费补助标准小学由…、初中由…: 初中 is a part of the standard the first part's record was named with
    (STANDARD_NAMED); not across a semicolon, not from a value in another unit, not from a standardised thing."""
    found = records("寄宿生生活补助标准小学由900元提高到1000元、初中由1100元提高到1300元。" + ARABIC)
    assert found["1300元"].indicator == "初中寄宿生生活补助标准"
    found = records("集中供养老人基本生活保障标准从每月1500元提高到1600元，散居老人从每月900元提高到1000元。" + ARABIC)
    assert found["1000元"].indicator == "散居老人基本生活保障标准"
    assert records("寄宿生生活补助标准小学提高到1000元；初中1300元。" + ARABIC)["1300元"].indicator != "初中寄宿生生活补助标准"
    assert records("污水处理费征收标准下调15%，为用户减少电费7.2亿元。" + ARABIC)["7.2亿元"].indicator == "用户电费"
    assert "标准" not in records("建成标准化农场12个、农户增收3亿元。" + ARABIC)["3亿元"].indicator


def test_a_count_before_a_bare_comma_and_a_measure_counts_the_things_the_measure_names():
    """新建5条、36公里农村公路: 5条 are the roads the 36公里 measures (MEASURE_LISTED); not when a name before
    the count names its own things (新建学校5所、36公里道路), nor in a list of counts (3个、4个)."""
    assert records("全年新建5条、36公里农村公路。" + ARABIC)["5条"].indicator == "农村公路"
    found = records("全年新建学校5所、36公里道路。" + ARABIC)
    assert found["5所"].indicator != "道路" and found["36公里"].indicator == "道路"
    assert "道路" not in records("全年建成3个、4个，新修道路6公里。" + ARABIC)["3个"].indicator


def test_those_a_programme_benefits_are_named_with_the_programme_a_clause_before_names():
    """发放助学贷款9亿元，惠及学生13万人: the programme the act before names, up to its head word (PROGRAM_NAMED),
    leads 惠及学生; a quoted name after the act, or the clause's subject up to its head (PROGRAM_SUBJECT), too;
    an act on no programme's name (惠民举措) names none, and the list item after the first takes it with the verb."""
    assert records("全年发放助学贷款9亿元，惠及学生13万人。" + ARABIC)["13万人"].indicator == "助学贷款惠及学生"
    assert records("深入开展“送岗位进乡村”行动，惠及群众5万人次。" + ARABIC)["5万人次"].indicator \
        == "“送岗位进乡村”行动惠及群众"
    assert records("农村饮水安全工程全面完工，受益群众30万人。" + ARABIC)["30万人"].indicator == "农村饮水安全工程受益群众"
    assert records("落实各项惠民举措，惠及群众5万人。" + ARABIC)["5万人"].indicator == "惠及群众"
    found = records("发放培训补贴2亿元，惠及企业300户、职工2万人。" + ARABIC)
    assert found["300户"].indicator == "培训补贴惠及企业" and found["2万人"].indicator == "培训补贴惠及职工"
    assert records("推广地膜覆盖栽培210万亩、冷库4万吨。" + ARABIC)["4万吨"].indicator == "冷库"


def test_money_a_purse_paid_over_years_or_after_a_joiner_is_named_by_its_purpose():
    """市财政三年统筹投入20亿元支持…: the purse, its years and its verbs name no money of their own
    (PURSE_OVER_SPAN), so its purpose does; so after 并决定, or with a government as the purse."""
    assert records("市财政三年统筹投入20亿元支持职业教育发展。" + ARABIC)["20亿元"].indicator == "职业教育发展投入"
    assert records("并决定安排2亿元支持乡村教师队伍建设。" + ARABIC)["2亿元"].indicator == "乡村教师队伍建设资金"
    assert records("市政府筹措6亿元支持创业担保贷款贴息。" + ARABIC)["6亿元"].indicator == "创业担保贷款贴息资金"


def test_a_bare_income_after_visitors_received_is_tourism_income():
    """接待游客5600万人次、实现收入480亿元: the income is tourism's (SUBJECT_FIELD), not the visitors' (接待游客收入);
    a metric that names its own field keeps it (旅游总收入), and where the visitors came from stays (境外)."""
    assert records("全年接待游客5600万人次、实现收入480亿元。" + ARABIC)["480亿元"].indicator == "旅游收入"
    assert records("全年接待游客5600万人次，旅游总收入480亿元。" + ARABIC)["480亿元"].indicator == "旅游总收入"
    assert records("全年接待境外游客46万人次，收入2.3亿美元。" + ARABIC)["2.3亿美元"].indicator == "境外旅游收入"


def test_from_a_to_b_reads_a_month_after_either_year():
    """由2015年8月的22.4万人下降到2016年底的…: a month after the year of either value is part of its time
    (FROM_GAP, TO_LINK), not a name (下降到2016, 在册职工由8月)."""
    found = records("在册职工由2015年8月的22.4万人下降到2016年底的18.6万人。" + ARABIC)
    assert found["22.4万人"].indicator == found["18.6万人"].indicator == "在册职工"
    found = records("贫困发生率由2015年底的10.3%下降到2019年6月的0.6%。" + ARABIC)
    assert found["0.6%"].indicator == "贫困发生率"


def test_a_bare_metric_listed_after_accidents_is_of_those_accidents():
    """道路交通事故、死亡人数分别下降…: the deaths are the accidents' (OWNER_NOUN), as after 事故起数."""
    found = records("道路交通事故、死亡人数分别下降6.2%和8.4%。" + ARABIC)
    assert found["6.2%"].indicator == "道路交通事故" and found["8.4%"].indicator == "道路交通事故死亡人数"


def test_the_year_of_a_list_said_inside_its_title_after_a_verb_of_selection_goes_from_the_name():
    """入围“2019中国民营企业500强”的企业: the year of the list is the record's to say (EDITION_YEAR), not its name's,
    as the edition (第五批) is."""
    found = records("全省33家企业入围“2019中国民营企业500强”。" + ARABIC)
    assert found["33家"].indicator == "入围“中国民营企业500强”的企业"
    assert records("5个县市荣获2021中国最美县域。" + ARABIC)["5个"].indicator == "荣获中国最美县域的县市"


def test_the_round_s_name_rules_stay_within_their_patterns():
    """Found by a review of the sixty-first round's rules with sentences of its own: tourism owns the visitors'
    income only (not a visitor centre's investment) and keeps a field named before 接待 (乡村旅游); 高标准农田 names
    no standard; a list of programmes credits none of them; 新一轮 leads no programme's name; a rank (2000强) is no
    list's year; a start value's year is read past its month."""
    assert "旅游" not in records("新建游客集散中心3个，完成投资2.1亿元。" + ARABIC)["2.1亿元"].indicator
    assert records("乡村旅游接待游客1200万人次，实现收入56亿元。" + ARABIC)["56亿元"].indicator == "乡村旅游收入"
    assert "标准" not in records("下达高标准农田建设投资12亿元、水利3亿元。" + ARABIC)["3亿元"].indicator
    found = records("发放创业担保贷款35亿元、稳岗补贴8亿元，惠及企业1.2万户。" + ARABIC)
    assert "创业担保贷款" not in found["1.2万户"].indicator
    found = records("实施新一轮农村电网改造升级工程，覆盖乡镇120个。" + ARABIC)
    assert found["120个"].indicator == "农村电网改造升级工程覆盖乡镇"
    assert "2000强" in records("5家企业跻身2000强。" + ARABIC)["5家"].indicator
    assert records("贷款余额由2020年6月末的1200亿元增加到2021年6月末的1500亿元。" + ARABIC)["1200亿元"].year == 2020


def test_adverbs_of_how_and_when_and_a_modal_inside_a_name_go_from_it():
    """先后投入资金…, 切实抓好…: how and when something was done opens no name (LEAD_WORD); 城镇要新增住宅面积: 要
    says what is wanted of the subject (MODAL_INSIDE), not in words it is part of (重要农产品)."""
    assert records("先后投入资金12亿元用于农村公路建设。" + ARABIC)["12亿元"].indicator == "农村公路建设资金"
    assert records("城镇要新增住宅面积300万平方米。" + ARABIC)["300万平方米"].indicator == "城镇新增住宅面积"
    assert records("营口港要努力实现吞吐量3亿吨。" + ARABIC)["3亿吨"].indicator == "营口港吞吐量"
    assert records("重要农产品产量稳定在800万吨。" + ARABIC)["800万吨"].indicator == "重要农产品产量"


def test_a_verb_alone_before_a_count_that_runs_on_names_no_noun():
    """开展20万人次…培训及组织3万名…: a left that is only a lead word or a verb (VERB_ALONE) names nothing, so the
    count running on into the next value keeps the noun after it, cut before a second item's verb (SECOND_ITEM_VERB);
    not when the right runs into the size of its things (RUNS_INTO_SIZE), the next value is a class of them
    (CLASS_OF_THINGS) or the right opens with a joiner (JOINER_START). A verb alone named by left_with_verbs keeps
    what it gave (THINGS_AFTER_VERB); a cue word (累计) is no verb."""
    found = records("全年开展20万人次农民工职业技能培训及组织3万名青年参加就业见习。" + ARABIC)
    assert found["20万人次"].indicator == "农民工职业技能培训"
    assert records("今年建设60个数字乡村示范点和培育50个农产品区域公用品牌。" + ARABIC)["60个"].indicator == "数字乡村示范点"
    assert records("建设50个美丽乡村示范村和提质改造20个农贸市场。" + ARABIC)["50个"].indicator == "美丽乡村示范村"
    assert records("建设80片连片的高标准农田20万亩。" + ARABIC)["80片"].indicator == "连片高标准农田"
    assert records("新建18个单体存栏1000头奶牛牧场。" + ARABIC)["18个"].indicator != "单体存栏"
    assert records("新建8个床位500张的县级医院。" + ARABIC)["8个"].indicator == "县级医院"
    assert records("设立12支总规模300亿元的产业投资基金。" + ARABIC)["12支"].indicator == "产业投资基金"
    assert "在建" not in records("建成12个和在建8个产业园区。" + ARABIC)["12个"].indicator
    assert records("免费为120万人提供健康体检。" + ARABIC)["120万人"].indicator == "免费提供健康体检"
    assert records("累计与35个国家的40个城市建立友好关系。" + ARABIC)["35个"].indicator == "累计"


def test_a_margin_said_with_gao_chu_or_chao_guo_a_national_level_is_named_after_the_value_before():
    """增长12%，高出全国5个百分点: a margin said with 高出, 超过 or 优于 a national or provincial level is the growth's
    (MARGIN); after a rise in points, or in another unit than points, the level's (IN_POINTS); with a name of its own
    it keeps it."""
    assert records("全市民间投资增长12%，高出全国平均水平5个百分点。" + ARABIC)["5个百分点"].indicator \
        == "民间投资增速高出全国平均水平"
    assert records("森林覆盖率达到45.2%，五年提高3个百分点，超过全省2.5个百分点。" + ARABIC)["2.5个百分点"].indicator \
        == "森林覆盖率超过全省"
    assert records("农民人均纯收入年均增长9%，高出全国平均水平900元。" + ARABIC)["900元"].indicator \
        == "农民人均纯收入高出全国平均水平"
    assert records("五年来全省生产总值年均增长6%、高于全国0.8个百分点。" + ARABIC)["0.8个百分点"].indicator \
        == "生产总值年均增速高于全国"  # over a yearly average growth (MARGIN_PER_YEAR)
    assert records("税收收入增长10%，高于全国2%。" + ARABIC)["2%"].indicator == "税收收入增速高于全国"
    assert records("实际使用外资增长8.1%，增速高于全国2.3个百分点。" + ARABIC)["2.3个百分点"].indicator \
        == "实际使用外资增速高于全国"  # said with its 增速
    found = records("全市生产总值增长6.8%，增速分别高于全国、全省0.7个和0.6个百分点。" + ARABIC)
    assert found["0.7个"].indicator == "生产总值增速高于全国" and found["0.6个百分点"].indicator == "生产总值增速高于全省"
    assert records("单位生产总值能耗下降5%，超过全国1个百分点。" + ARABIC)["1个百分点"].indicator \
        == "单位生产总值能耗降幅超过全国"  # a fall's margin (MARGIN_FALL_METRIC)
    assert records("城镇化率达到62%，人均生产总值超过全国平均水平。" + ARABIC)["62%"].indicator == "城镇化率"


def test_points_of_growth_a_part_pulled_are_named_by_the_growth_pulled():
    """拉动全市经济增长3.5个百分点: 拉动 alone names points of the growth pulled, without the scope (PULLED_GROWTH);
    a name before 拉动 stays, and a value in another unit or a rise of a share is no pulled growth."""
    assert records("全市工业增加值增长9%，拉动全市经济增长3.5个百分点。" + ARABIC)["3.5个百分点"].indicator == "拉动经济增长"
    assert records("全年净出口拉动经济增长1.2个百分点。" + ARABIC)["1.2个百分点"].indicator == "净出口拉动经济"
    assert records("全年直接拉动全省经济增长0.8个百分点。" + ARABIC)["0.8个百分点"].indicator == "直接拉动经济增长"
    assert records("全年拉动全省GDP增长1.2个百分点。" + ARABIC)["1.2个百分点"].indicator == "拉动GDP增长"
    assert records("项目建设拉动全市投资增长5%。" + ARABIC)["5%"].indicator != "拉动投资增长"  # points only
    assert records("民间投资占比达到60%，拉动效应增强，占比提高2个百分点。" + ARABIC)["2个百分点"].indicator == "民间投资占比"


def test_the_class_of_firms_a_listed_figure_covers_is_shared_by_the_items():
    """汽车、家电限上零售额分别增长…: 限上 (and 规上, 规模以上) opens the part the items share (SHARED_START), so each
    item keeps it: 汽车限上零售额, not 汽车零售额."""
    found = records("全市汽车、家电、通讯器材限上零售额分别增长8%、12%和15%。" + ARABIC)
    assert found["8%"].indicator == "汽车限上零售额" and found["12%"].indicator == "家电限上零售额"
    found = records("全市汽车、电子、通讯器材规上工业增加值分别增长5%、6%和7%。" + ARABIC)
    assert found["5%"].indicator == "汽车规上工业增加值"


def test_a_topic_said_to_stand_at_the_front_names_the_bare_stages_after_it():
    """保障房建设继续走在全国前列。开工3万套，建成2万套: the place at the front says how the topic did (RECORD_END), so
    the bare stages take the topic (保障房 is a word: RIGHT_STOP_INSIDE); a bare stage after another takes no
    开工 of the value before (lead_word_subject: VERB_ALONE)."""
    found = records("二是保障房建设继续走在全国前列。开工3.6万套，建成2.4万套。" + ARABIC)
    assert found["3.6万套"].indicator == "保障房建设开工" and found["2.4万套"].indicator == "保障房建设建成"
    found = records("全年开工3.6万套，建成2.4万套。" + ARABIC)
    assert found["2.4万套"].indicator == "建成"


def test_a_count_after_a_lists_deng_with_a_noun_after_it_is_named_by_that_noun():
    """甲遗址、乙古城等8处入选全国重点文物保护单位: the noun after the count names the kind of the things listed
    (listed_before_tail); with none, the things listed name it; a stage they reached names no kind."""
    assert records("甲遗址、乙古城等8处入选全国重点文物保护单位。" + ARABIC)["8处"].indicator == "入选全国重点文物保护单位"
    assert records("新建改造乡镇商贸中心、集贸市场等30个以上。" + ARABIC)["30个"].indicator == "新建改造乡镇商贸中心、集贸市场"
    assert records("甲路改扩建、乙路等4条建成通车。" + ARABIC)["4条"].indicator != "建成通车"
    assert records("甲路、乙路等4条已建成通车。" + ARABIC)["4条"].indicator != "已建成通车"  # STAGE_REACHED_ONLY
    assert records("甲公司、乙公司等5家获得融资3亿元。" + ARABIC)["5家"].indicator != "获得融资"  # the next value's


def test_purses_listed_before_fen_bie_and_a_bare_metric_verb_are_named_with_it():
    """省级和市县财政分别投入20亿元和35亿元: 投入 after 分别 is a bare metric (GENERIC_METRIC), so each purse is named
    with it (_owning_metric_after); a bare act (分别拆除) still leaves the names whole."""
    found = records("省级财政和市县财政分别投入20亿元和35亿元。" + ARABIC)
    assert found["20亿元"].indicator == "省级财政投入" and found["35亿元"].indicator == "市县财政投入"
    found = records("甲市和乙市分别投入资金9亿元和3亿元。" + ARABIC)
    assert found["9亿元"].indicator == "甲市投入资金"


def test_the_de_between_things_counted_and_the_works_done_on_them_goes():
    """完成400座小型病险水库的除险加固: the 的 between the things and the works done on them goes (WORKS_AFTER_DE), as
    after 对…进行; not after a clause that says which things, nor after a size class."""
    assert records("今年完成400座小型病险水库的除险加固。" + ARABIC)["400座"].indicator == "小型病险水库除险加固"
    assert records("推进120个村卫生室的标准化建设。" + ARABIC)["120个"].indicator == "村卫生室标准化建设"
    assert records("推动30项具有自主知识产权的重大科技成果产业化。" + ARABIC)["30项"].indicator \
        == "具有自主知识产权的重大科技成果产业化"
    assert records("推进100个投资亿元以上的产业项目建设。" + ARABIC)["100个"].indicator.startswith("投资亿元以上的")
    assert records("推进20个国家重点实验室的建设。" + ARABIC)["20个"].indicator == "国家重点实验室建设"
    assert records("推进30所国家支持的重点职业学校建设。" + ARABIC)["30所"].indicator == "国家支持的重点职业学校建设"


def test_a_time_that_opens_its_clause_and_the_act_it_took_is_named_by_what_was_done():
    """18天实现全市新增病例清零: the time measures how long the act took (time_taken), named by what was done and 用时;
    a light 实现 names nothing, a verb that builds stays after what it built, one that moves into a state leads it.
    Not a time with a name before it in its clause, nor one no act follows."""
    found = records("全市上下共同努力，18天实现全市新增病例清零，40天转入常态化防控。" + ARABIC)
    assert found["18天"].indicator == "全市新增病例清零用时"
    assert found["40天"].indicator == "转入常态化防控用时"
    assert records("仅用120天建成市应急医院并交付使用。" + ARABIC)["120天"].indicator == "市应急医院建成用时"
    assert records("企业开办时间压缩至2天，实现一网通办。" + ARABIC)["2天"].indicator != "一网通办用时"
    assert records("审批时限缩短为15个工作日。" + ARABIC)["15个工作日"].indicator.startswith("审批时限")


def test_a_count_of_batches_before_the_count_of_what_came_in_them_is_named_by_it():
    """派出6批820名医疗队员: batches of the people counted next (batches_of_next), named by them and 批次, not by the
    act they went on; batches of things by what was done with them. Not a count of batches with no count after it."""
    found = records("先后派出6批820名医疗队员紧急驰援兄弟省份。" + ARABIC)
    assert found["6批"].indicator == "医疗队员批次"
    assert records("组织5批次共320人的专家服务团深入基层。" + ARABIC)["5批次"].indicator == "专家服务团批次"
    assert records("组织7批1200个重点项目集中签约。" + ARABIC)["7批"].indicator == "重点项目集中签约批次"
    assert records("发放3批消费券，带动消费20亿元。" + ARABIC)["3批"].indicator == "消费券"


def test_a_margin_said_with_bi_and_its_side_is_named_side_first():
    """增速比全国高2个百分点: a margin in points or percent is named side first (margin_said_over: 增速高于全国), as the
    golds write 373 margins to 3; 快 and 慢 of a growth are 高于 and 低于. A comparison in days is kept as said."""
    assert records("全市生产总值增长8%，增速比全国高2个百分点。" + ARABIC)["2个百分点"].indicator == "生产总值增速高于全国"
    assert records("县域生产总值增幅比全省平均水平低0.5个百分点。" + ARABIC)["0.5个百分点"].indicator \
        == "县域生产总值增幅低于全省平均水平"
    assert records("出口货物通关时间比全国同期快3天。" + ARABIC)["3天"].indicator == "出口货物通关时间比全国同期快"


def test_an_item_ending_with_a_level_takes_what_follows_the_parallel_level_of_the_last():
    """农村小学和初中公用经费补助标准: the first item ends with a stage of schooling (PARALLEL_LEVELS), so it takes all that
    follows the stage the last opens with (农村小学公用经费补助标准, was 农村小学经费补助标准); only after a short qualifier
    (not 通电话自然村 and 农村…)."""
    found = records("农村小学和初中公用经费补助标准由人均300元和450元提高到600元和800元。" + ARABIC)
    assert found["300元"].indicator == "农村小学公用经费补助标准"
    assert found["450元"].indicator == "初中公用经费补助标准"
    found = records("新增通电话自然村和农村综合服务站分别为200个和300个。" + ARABIC)
    assert not found["200个"].indicator.endswith("综合服务站")


def test_a_count_after_a_verb_of_issuing_policies_counts_its_object_whoever_issued_them():
    """省政府制定出台47条支持政策: after a verb of issuing (ISSUED_END) the count is the verb's object, so the noun after the
    classifier names it even when it opens with a word that elsewhere stops one (支持), not the issuer and the verb."""
    assert records("市政府出台20条支持政策，助企纾困。" + ARABIC)["20条"].indicator == "支持政策"
    assert records("省政府制定出台35项支持政策。" + ARABIC)["35项"].indicator == "支持政策"


def test_the_end_of_a_time_said_with_a_word_of_time_opens_no_name():
    """到去年末实施招商引资项目103个: 到去年末 says when the count stood (TIME_PREFIX), as 到2012年底 does; without it the
    name kept 到末 once 去年 went."""
    assert records("到去年末实施招商引资项目103个。" + ARABIC)["103个"].indicator == "招商引资项目"
    assert records("截止今年底通过验收的县达到80个。" + ARABIC)["80个"].indicator == "通过验收的县"


def test_those_a_work_counted_in_the_list_item_before_reached_are_named_with_it():
    """改造城镇老旧小区1152个、惠及居民21万户: the benefit count after 、 takes the work the item before counted, as after a
    comma (_item_or_clause_before); 涉及 says those a work reached too (BENEFIT_VERB)."""
    assert records("开工改造城镇老旧小区800个、惠及居民12万户。" + ARABIC)["12万户"].indicator == "城镇老旧小区改造惠及居民"
    assert records("新开工改造城镇老旧小区500个，涉及居民9万户。" + ARABIC)["9万户"].indicator == "城镇老旧小区改造涉及居民"
    # money saved in the item before names no programme: the clause before does
    assert records("降低存量房贷利率，每年减少利息支出约100亿元、惠及200万户家庭。" + ARABIC)["200万户"].indicator \
        == "存量房贷利率惠及家庭"


def test_the_span_a_value_is_a_multiple_of_names_nothing():
    """新增城镇就业29万人，是前五年的1.6倍: 前五年 and 上个五年 are only the span compared with (TIME_ONLY), so the multiple is
    of what the value before measured, as after “十二五”时期."""
    assert records("新增城镇就业20万人，是前五年的1.6倍。" + ARABIC)["1.6倍"].indicator == "新增城镇就业"
    assert records("投入财政专项扶贫资金80亿元，是上个五年的3.3倍。" + ARABIC)["3.3倍"].indicator == "财政专项扶贫资金"


def test_service_items_and_the_quoted_way_they_are_handled_are_named_the_way_first():
    """350项政务服务事项“免证办”: items of government service and the quoted way they are handled after them are named
    the way first (ITEMS_BY_WAY), as after 实现; a quoted title of other things stays where it is."""
    assert records("推动120项政务服务事项“跨省通办”。" + ARABIC)["120项"].indicator == "“跨省通办”政务服务事项"
    assert records("300项高频民生服务事项“指尖”办理。" + ARABIC)["300项"].indicator == "“指尖”办理高频民生服务事项"
    assert records("创建100个左右省级“和美乡村”。" + ARABIC)["100个"].indicator.endswith("“和美乡村”")


def test_a_bare_employment_rate_after_graduates_are_named_is_theirs():
    """抓好高校毕业生就业，力争就业率达到85%: the rate is of the graduates the sentence names before it (rate_of_graduates);
    with none named it stays bare."""
    assert records("重点抓好高校毕业生就业，力争就业率达到88%以上。" + ARABIC)["88%"].indicator == "高校毕业生就业率"
    found = records("确保应届高校毕业生就业率95%以上、区外就业率12%以上。" + ARABIC)
    assert found["12%"].indicator == "应届高校毕业生区外就业率"
    assert records("全区就业率达到95%。" + ARABIC)["95%"].indicator == "就业率"


def test_already_before_a_verb_of_reaching_inside_a_name_goes():
    """基本养老保险已覆盖1311万人: 已 says when the programme reached them (REACH_ADVERB), no part of the name."""
    assert records("全区基本养老保险已覆盖1200万人。" + ARABIC)["1200万人"].indicator == "基本养老保险覆盖人数"


def test_a_bare_verb_of_reaching_after_a_count_of_works_takes_the_work_done():
    """改造农村危房17.6万户，惠及79万人: 惠及 alone takes the work the value before counted (农村危房改造), not only the
    things worked on (lead_word_subject); another bare verb still takes the subject as said."""
    assert records("改造农村危房12万户，惠及50万人。" + ARABIC)["50万人"].indicator == "农村危房改造惠及人数"
    assert records("实施项目50个，带动就业10万人。" + ARABIC)["10万人"].indicator == "实施项目带动就业"


def test_the_review_of_the_sixty_third_round_s_rules():
    """Faults a review found in this round's rules, each a sentence that went wrong: what was done ends at 、 and at 并
    before a second act only (not 并网), and holds no count; a time with a name before it in its clause took no act
    (TIME_TAKEN_LEAD); the people sent are no shorter than SENT_HEAD_MIN; a rate after a batch count is no count of what
    came; 加快 is no side of a margin; 中职 and 高职 are no stages a list item ends with, nor are places after a qualifier;
    graduates listed with others or 大学生村官 own no rate, nor does a rate of the region; 到底 and 至末 are no time."""
    found = records("仅用3个月实现光伏电站并网发电，5天实现企业开办、3天完成不动产登记。" + ARABIC)
    assert found["3个月"].indicator == "光伏电站并网发电用时" and found["5天"].indicator == "企业开办用时"
    assert records("仅用18个月建成并投运新机场。" + ARABIC)["18个月"].indicator == "新机场建成用时"
    assert records("15天开通5条国际货运航线。" + ARABIC)["15天"].indicator != "5条国际货运航线开通用时"
    assert records("项目审批25天实现办结。" + ARABIC)["25天"].indicator != "办结用时"
    assert records("派出4批120名对口支援干部。" + ARABIC)["4批"].indicator == "对口支援干部批次"
    assert records("抽检食品安全样品5批次100%合格。" + ARABIC)["5批次"].indicator != "合格批次"
    assert not records("全市增速比全国平均水平加快2个百分点。" + ARABIC)["2个百分点"].indicator.endswith("加")
    assert records("重点高校和高职院校招生规模分别达到5万人和8万人。" + ARABIC)["5万人"].indicator != "重点高校院校招生规模"
    assert records("通电自然村和农村综合服务站分别为200个和300个。" + ARABIC)["200个"].indicator == "通电自然村"
    assert records("举办大学生村官培训班，全区就业率达到95%。" + ARABIC)["95%"].indicator == "就业率"
    assert records("抓好高校毕业生、退役军人、农民工就业，就业率保持在95%以上。" + ARABIC)["95%"].indicator == "就业率"
    assert records("抓好高校毕业生就业，农民工转移就业率达到80%。" + ARABIC)["80%"].indicator == "农民工转移就业率"
    assert records("至末端配送网点覆盖率达到80%。" + ARABIC)["80%"].indicator.endswith("末端配送网点覆盖率")


def test_the_basis_a_figure_is_counted_on_is_no_part_of_the_name():
    """按新口径核算 says the basis a figure is counted on (LEAD_WORD, TRAIL_WORD), whole only: 按新口径计算的 keeps it
    rather than leave a verb; 依法 stays, a part of names (依法治省示范县, 依法纳税企业)."""
    found = records("第三产业增加值占地区生产总值比重达到45%，按新口径核算提高1.5个百分点。" + ARABIC)
    assert found["1.5个百分点"].indicator == "第三产业增加值占地区生产总值比重"
    assert not records("按新口径计算的城镇登记失业率为3.8%。" + ARABIC)["3.8%"].indicator.startswith("计算")
    assert records("建成依法治省示范县16个。" + ARABIC)["16个"].indicator.endswith("依法治省示范县")


def test_money_a_purse_adds_over_years_is_named_by_its_purpose():
    """省财政5年新增210亿元支持…: the purse, the years and 新增 are only who paid it (PURSE_OVER_SPAN read on the text
    left of the value, whose name drops the verb); the purpose after it names the money (money_purpose)."""
    assert records("省财政五年新增80亿元支持山区县跨越式发展。" + ARABIC)["80亿元"].indicator == "山区县跨越式发展资金"
    assert records("市财政三年增加投入12亿元支持职业教育发展。" + ARABIC)["12亿元"].indicator == "职业教育发展投入"
    assert "口支援" not in records("省财政三年新增10亿元对口支援西藏。" + ARABIC)["10亿元"].indicator[:3]  # 对口 no 对


def test_a_share_of_things_a_named_work_reached_and_the_shares_listed_after_it():
    """X覆盖90%的Y names the share of Y that X reached (BENEFIT_VERB with a name before it), not X覆盖; a share
    listed after it with 和 or 、, its things ending the clause, is of the same act (share_in_list), and one whose
    things did more names that (…的县建成高铁站); the verb alone after a programme named before reaches too."""
    found = records("分级诊疗覆盖90%的县级医院和70%的乡镇卫生院。" + ARABIC)
    assert found["90%"].indicator == "分级诊疗覆盖县级医院比例"
    assert found["70%"].indicator == "分级诊疗覆盖乡镇卫生院比例"
    found = records("全市整治45%的背街小巷、35%的老旧小区和20%的城中村。" + ARABIC)
    assert [found[k].indicator for k in ("35%", "20%")] == ["整治老旧小区比例", "整治城中村比例"]
    found = records("铁路网覆盖90%以上的县、80%以上的县通达高铁。" + ARABIC)
    assert found["90%"].indicator == "铁路网覆盖县比例" and "铁路网" not in found["80%"].indicator
    assert records("新农合制度惠及85%的农村人口。" + ARABIC)["85%"].indicator == "新农合制度惠及农村人口比例"
    assert records("农家书屋增加到1200个，覆盖60%的行政村。" + ARABIC)["60%"].indicator == "农家书屋覆盖行政村比例"
    found = records("扩大基本公共卫生服务覆盖面，今年要覆盖95%的城市居民。" + ARABIC)
    assert found["95%"].indicator == "基本公共卫生服务覆盖面"
    assert records("全县95%的乡镇和78%的行政村通了天然气。" + ARABIC)["78%"].indicator == "通天然气的行政村比例"


def test_a_coast_a_river_or_the_inside_of_a_border_named_after_qi_zhong_is_a_part_of_the_whole():
    """其中沿海…，内河… and 其中境外… name parts of the whole before them as 其中农村 does (PART_SCOPE)."""
    found = records("建成水运泊位能力2800万吨，其中沿海1700万吨，内河1100万吨。" + ARABIC)
    assert found["1700万吨"].indicator == "沿海水运泊位能力" and found["1100万吨"].indicator == "内河水运泊位能力"
    assert records("新增上市公司10家，其中境外3家。" + ARABIC)["3家"].indicator == "境外上市公司"


def test_a_list_whose_items_end_alike_shares_what_follows_the_last_item_s_own_end():
    """棚户区、老旧小区改造: the own parts of both items end in 区, so what they share starts after it (改造), not at
    the first's length inside the last (区改造, which doubled the 区: 棚户区区改造); so for all the items of a list one
    of whose items ends so (居民 and 农牧民: 城镇职工医疗费用…, was 城镇职工疗费用…), only with a character that ends
    nouns of places or people (ITEM_END_ALIKE: 市、县市政… stays 市市政…)."""
    found = records("棚户区、老旧小区改造分别新开工12.95万套、65.56万户。" + ARABIC)
    assert found["12.95万套"].indicator == "棚户区改造" and found["65.56万户"].indicator == "老旧小区改造"
    found = records("学前三年、高中阶段、高等教育毛入学率分别达到80%、90%、40%。" + ARABIC)
    assert found["80%"].indicator == "学前三年毛入学率"
    found = records("城镇职工、居民和农牧民医疗费用年度最高报销额分别达到22万元、14万元、13万元。" + ARABIC)
    assert [found[k].indicator for k in ("22万元", "14万元")] == ["城镇职工医疗费用年度最高报销额", "居民医疗费用年度最高报销额"]
    assert records("市、县市政设施完好率分别达到90%、80%以上。" + ARABIC)["90%"].indicator == "市市政设施完好率"


def test_growing_or_extending_to_a_level_is_no_part_of_the_name():
    """X发展到N, 拓展到, 扩展到 are verbs of reaching a level as 增加到 is (TRAIL_WORD): 国家级海洋牧场, not …发展."""
    assert records("国家级海洋牧场发展到59家。" + ARABIC)["59家"].indicator == "国家级海洋牧场"
    assert records("144小时过境免签政策扩展到11个市。" + ARABIC)["11个"].indicator == "144小时过境免签政策"
    assert records("推动高质量发展，市场主体发展到120万户。" + ARABIC)["120万户"].indicator == "市场主体"


def test_margins_listed_after_as_many_rates_are_each_over_its_own_rate():
    """好于全国 is a margin as 高于全国 is (MARGIN); a list of margins after a list of as many rates pairs them in
    order, whether the margins are said once before the list (好于全国11个、1.7个百分点) or by 分别 (margin_in_list)."""
    found = records("全年地区生产总值增长3.6%，好于全国1.3个百分点。" + ARABIC)
    assert found["1.3个百分点"].indicator == "地区生产总值增速好于全国"
    found = records("进出口、实际使用外资增长32.4%、21.9%，好于全国11个、1.7个百分点。" + ARABIC)
    assert [found[k].indicator for k in ("11个", "1.7个百分点")] == ["进出口增速好于全国", "实际使用外资增速好于全国"]
    found = records("城乡居民人均可支配收入分别增长8.5%和9.1%，分别高于全国0.5个和0.8个百分点。" + ARABIC)
    assert found["0.8个百分点"].indicator == "农村居民人均可支配收入增速高于全国"
    found = records("城乡居民人均可支配收入分别增长8.5%和9.1%，达到3万元和1.5万元。" + ARABIC)
    assert found["1.5万元"].indicator == "农村居民人均可支配收入"  # no margin: named by 分别 as the rate


def test_how_fast_counted_things_did_it_is_no_part_of_their_name():
    """102个跨省合作事项加速落地: 加速, like 集中 (MANNER_ADVERB), says how they did it; the act names them
    (落地跨省合作事项, was 落地跨省合作事项加速)."""
    assert records("102个跨省合作事项加速落地。" + ARABIC)["102个"].indicator == "落地跨省合作事项"
    assert records("全年120个重大项目加快建设。" + ARABIC)["120个"].indicator == "重大项目"


def test_a_record_set_is_no_part_of_the_name_nor_a_noun_of_the_value():
    """创历史新高 after a name (TRAIL_WORD) and 新纪录 after a value (RIGHT_STOP) say a record was set: 外贸规模创历史新高、
    增长13.8% -> 外贸规模; 50万名境外采购商、创历史新高 -> 境外采购商; 新高潮 and 纪录片 stay words."""
    assert records("外贸规模创历史新高、增长13.8%。" + ARABIC)["13.8%"].indicator == "外贸规模"
    assert records("共吸引约50万名境外采购商、创历史新高。" + ARABIC)["50万名"].indicator == "境外采购商"
    assert records("超级杂交稻创百亩连片平均亩产988.1公斤新纪录。" + ARABIC)["988.1公斤"].indicator != "新纪录"
    assert records("拍摄3部纪录片。" + ARABIC)["3部"].indicator == "纪录片"
    assert records("打造3个开放新高地。" + ARABIC)["3个"].indicator == "开放新高地"


def test_a_monthly_average_said_after_a_name_is_no_part_of_it():
    """失业保险金发放标准月平均达到672.5元 names 失业保险金发放标准 (was …标准月: 平均 went, 月 stayed), as 月人均 goes
    (PER_MONTH_END); the 月 of a month or of each month stays (各月均为, 比2001年12月平均降低: a baseline); a clause of
    only such a rise is still a rise (人均月增55元: change.rise_per_head)."""
    found = records("失业保险金发放标准月平均达到672.5元，增长99.3%。" + ARABIC)
    assert found["672.5元"].indicator == "失业保险金发放标准"
    assert records("企业最低工资标准月均提高15%。" + ARABIC)["15%"].indicator == "企业最低工资标准"
    assert records("全省各类电价比2001年12月平均降低0.128元。" + ARABIC)["0.128元"].indicator == "电价"
    assert records("新建商品住宅销售价格上涨城市个数上半年各月均为69个。" + ARABIC)["69个"].indicator.endswith("各月")
    found = records("调整失业保险金发放标准，人均月增55元。" + ARABIC)
    assert found["55元"].change == "increase" and found["55元"].indicator.endswith("失业保险金发放标准")


def test_adverbs_of_how_hard_a_government_works_are_no_part_of_a_name():
    """坚决, 积极, 大力, 着力, 集中力量 (and 依法, 认真; not in 依法治县) before a name or before the verb after it (LEAD_WORD, TRAIL_WORD) say how hard the
    work is done: 坚决落实教育经费占财政支出16%的要求 -> 教育经费占财政支出比重; 今年要坚决完成3300亿元 names the value before."""
    assert records("坚决落实教育经费占财政支出16%的要求。" + ARABIC)["16%"].indicator == "教育经费占财政支出比重"
    found = records("基础设施和农业投资占总投资30%左右，今年要坚决完成3300亿元。" + ARABIC)
    assert found["3300亿元"].indicator == "基础设施和农业投资"
    assert records("积极引进外资企业120家。" + ARABIC)["120家"].indicator == "外资企业"
    assert records("依法受理行政复议案件1.1万件。" + ARABIC)["1.1万件"].indicator == "受理行政复议案件"
    assert records("认真办理政协委员提案600件。" + ARABIC)["600件"].indicator == "办理政协委员提案"
    assert records("创建依法治县示范县10个。" + ARABIC)["10个"].indicator == "依法治县示范县"


def test_a_topic_said_to_develop_is_named_without_its_development():
    """乡镇企业发展较快，总产值… names 乡镇企业总产值 (TOPIC_TAIL += 发展, 做大做强), not 乡镇企业发展总产值."""
    assert records("乡镇企业发展较快，总产值达到178亿元，增长58.4%。" + ARABIC)["178亿元"].indicator == "乡镇企业总产值"
    assert records("加快绿色工业发展，完成投资100亿元以上。" + ARABIC)["100亿元"].indicator == "绿色工业投资"


def test_a_count_of_items_counted_again_by_piece_counts_the_same_things():
    """21项30个为民办实事项目: 21项 counts the projects by item (RECOUNTED_UNIT), so it is named as 30个 is (was no
    name); 10项26件实事 alike; not households and their people (3万户15万人), nor people and their times (16人50次)."""
    found = records("21项30个为民办实事项目全面完成。" + ARABIC)
    assert found["21项"].indicator == found["30个"].indicator == "为民办实事项目"
    found = records("抓好15项24个重点民生实事项目。" + ARABIC)
    assert found["15项"].indicator == "重点民生实事项目"
    found = records("解决3万户15万人饮水安全问题。" + ARABIC)
    assert found["3万户"].indicator != found["15万人"].indicator


def test_the_review_of_the_sixty_ninth_round_s_rules():
    """What a review of this round's rules found: the seam of a list's items is no 人 or 员 opening 人均 or 人员, nor the
    民 of 农民工; margins of falls and yearly averages pair too, and points pair with rates, not levels; the 月 of
    个月 stays; 创新高地 is a word; a part after 其中 goes before no whole that says where already."""
    assert records("残疾人、低保对象人均补贴标准分别提高到120元、150元。" + ARABIC)["120元"].indicator == "残疾人人均补贴标准"
    assert "居民工" not in records("城镇居民、农民工养老保险参保率分别达到95%、80%。" + ARABIC)["95%"].indicator
    found = records("城乡居民人均可支配收入年均分别增长7.2%和8.8%，分别高于全国0.2和0.4个百分点。" + ARABIC)
    assert found["0.4个百分点"].indicator == "农村居民人均可支配收入年均增速高于全国"
    assert records("能耗、水耗分别下降4%、5%，好于全国1个、2个百分点。" + ARABIC)["2个百分点"].indicator == "水耗降幅好于全国"
    found = records("城镇、农村居民人均可支配收入分别增长8%、9%，达到4万元、2万元，分别高于全国1个、2个百分点。" + ARABIC)
    assert found["2个百分点"].indicator == "农村居民人均可支配收入增速高于全国"
    assert records("居民消费价格近三个月平均上涨2%。" + ARABIC)["2%"].indicator == "居民消费价格"
    assert records("全省布局建设3个创新高地。" + ARABIC)["3个"].indicator == "创新高地"
    assert records("全年接待国内外游客1亿人次，其中境外200万人次。" + ARABIC)["200万人次"].indicator != "境外国内外游客"


def test_counts_of_a_list_share_the_works_said_after_the_last_item():
    """18个县级医院、19个急救中心和53个乡镇卫生院基础设施建设: the works after the last item's own noun (its noun ends as
    an item before it does: 院) are done to every item (tail_of_last_item); not when no noun ends alike, when the
    last noun ends the item (企业 of 龙头企业), when only 建设 follows, nor a size or stage the last goes on with."""
    found = records("完成6个县级医院、9个急救中心和20个乡镇卫生院基础设施改造。" + ARABIC)
    assert found["6个"].indicator == "县级医院基础设施改造"
    assert found["9个"].indicator == "急救中心基础设施改造"
    assert found["20个"].indicator == "乡镇卫生院基础设施改造"
    assert records("推进12个城中村、40个行政村雨污分流治理。" + ARABIC)["12个"].indicator == "城中村雨污分流治理"
    assert records("新建4个体育馆、7个城市公园。" + ARABIC)["4个"].indicator == "体育馆"
    assert records("培育30家龙头企业、80家企业技术中心。" + ARABIC)["30家"].indicator == "龙头企业"
    assert records("抓好20个重点村、60个示范村建设。" + ARABIC)["20个"].indicator == "重点村"
    assert records("推进5个百亿元、20个10亿元以上项目建设。" + ARABIC)["5个"].indicator != "百亿元以上项目建设"


def test_a_share_between_its_things_and_any_act_names_the_share_that_did_it():
    """应届高校毕业生60%留省就业 -> 应届高校毕业生留省就业比例: the act after the share need not open with a verb of
    SHARE_ACT_WORD; not after a verb's object (延续执行…加计扣除100%政策), a 按 (增长目标按高出…安排), another value in
    the act, nor before 的, a comparison or a change."""
    assert records("应届高校毕业生60%留省就业。" + ARABIC)["60%"].indicator == "应届高校毕业生留省就业比例"
    assert records("城市道路照明70%使用节能灯具。" + ARABIC)["70%"].indicator == "城市道路照明使用节能灯具比例"
    assert records("延续执行研发费用加计扣除100%政策。" + ARABIC)["100%"].indicator == "延续执行研发费用加计扣除"
    assert "安排" not in records("增长目标按高出全国1个百分点安排。" + ARABIC)["1个百分点"].indicator
    found = records("家庭医生签约服务覆盖60%城市社区和40%农村社区。" + ARABIC)
    assert "40%" not in found["60%"].indicator and "和" not in found["60%"].indicator
    assert records("全市地表水考核断面水质100%达标。" + ARABIC)["100%"].indicator == "地表水考核断面水质达标率"


def test_a_part_on_one_side_of_the_border_a_whole_spans_is_the_whole_on_that_side():
    """受理境内外专利申请…，其中境内申请… -> 受理境内专利申请 (was 境内申请); a part on a side the whole does not name as
    spanned (其中境外 under 国内外) stays as it is."""
    found = records("全年受理国内外商标注册申请50万件，其中国内申请45万件。" + ARABIC)
    assert found["45万件"].indicator == "受理国内商标注册申请"
    found = records("全年受理境内外仲裁案件3000件，其中境外案件400件。" + ARABIC)
    assert found["400件"].indicator == "受理境外仲裁案件"
    assert records("接待国内外游客5000万人次，其中境外游客20万人次。" + ARABIC)["20万人次"].indicator == "境外游客"


def test_a_time_between_a_thing_and_the_act_of_getting_it_done_is_how_long_it_takes():
    """抵押登记1天办结 -> 抵押登记办结时间 (was 办结), 省会至各市州2小时通达 -> 省会至各市州通达时间 (time_to_act); a limit
    before the time is no part of the name; a name that says a time already stays, and so does a time that closes
    no act (每天1小时校园体育活动)."""
    found = records("企业注销登记2个工作日办结、变更登记1天办结。" + ARABIC)
    assert found["2个工作日"].indicator == "企业注销登记办结时间"
    assert found["1天"].indicator == "变更登记办结时间"
    assert records("实现省会至各市州2小时通达。" + ARABIC)["2小时"].indicator == "省会至各市州通达时间"
    assert records("商标注册申请限10个工作日内办结。" + ARABIC)["10个工作日"].indicator == "商标注册申请办结时间"
    assert records("企业开办时间压缩至1个工作日。" + ARABIC)["1个工作日"].indicator == "企业开办时间"
    assert "时间" not in records("保证学生每天1小时校园体育活动。" + ARABIC)["1小时"].indicator


def test_the_review_of_the_seventy_first_round_s_rules():
    """What a review of this round's rules found: a list's shared works are cut where a noun of places or facilities
    ends, never inside a word (大学 before 学科) nor across 的; a share before a tax, a rate moved or a bare 执行 is no
    share of things that acted; the 了 of 了解 stays; 数据 is no 据."""
    assert records("支持6所重点大学、20个优势学科建设。" + ARABIC)["6所"].indicator == "重点大学"
    assert records("实施20个美丽乡镇、15条村的名镇名村改造工程。" + ARABIC)["20个"].indicator == "美丽乡镇"
    assert "比例" not in records("企业所得税15%优惠税率延续实施。" + ARABIC)["15%"].indicator
    assert "比例" not in records("贷款利率下浮10%执行。" + ARABIC)["10%"].indicator
    assert records("学生家长100%了解资助政策。" + ARABIC)["100%"].indicator == "学生家长了解资助政策比例"
    assert records("全省数据中心100%使用绿色电力。" + ARABIC)["100%"].indicator == "数据中心使用绿色电力比例"


def test_a_share_before_a_bare_coverage_is_a_coverage_rate():
    """充电设施100%全覆盖 -> 充电设施覆盖率 (was 充电设施全覆盖比例), as 水质100%达标 is 水质达标率; a verb of reaching
    between the things and the share is none of theirs (改革试点实现100%覆盖 -> 改革试点覆盖率, was 改革试点); a share
    said before a comparison (…达到80%相比) names no act."""
    assert records("高速公路服务区充电设施100%全覆盖。" + ARABIC)["100%"].indicator == "高速公路服务区充电设施覆盖率"
    assert records("县级医院远程医疗服务实现100%覆盖。" + ARABIC)["100%"].indicator == "县级医院远程医疗服务覆盖率"
    assert records("行政村实现100%通光纤。" + ARABIC)["100%"].indicator == "行政村通光纤比例"
    assert "相比" not in records("与先进省份达到80%相比，差距仍然较大。" + ARABIC)["80%"].indicator


def test_the_second_review_of_the_seventy_first_round_s_rules():
    """A thing that names a time already is the name (审批时限, not 审批时办结时间); a change or a headway is no time an
    act takes; a share after 达到 of a rate or a level names no act's share (普及率, not 普及率比例; 2.5%水平 no
    水平比例); 全力以赴 goes whole."""
    assert records("施工许可审批时限压缩至15个工作日办结。" + ARABIC)["15个工作日"].indicator == "施工许可审批时限"
    assert "时间" not in records("平均提速2天办结。" + ARABIC)["2天"].indicator
    assert records("城市燃气达到98%普及率。" + ARABIC)["98%"].indicator == "城市燃气普及率"
    assert "比例" not in records("研发经费投入强度达到2.5%水平。" + ARABIC)["2.5%"].indicator
    assert records("全力以赴实施稳增长项目120个。" + ARABIC)["120个"].indicator == "稳增长项目"


def test_a_later_value_reads_an_earlier_name_as_the_view_reads_it():
    """A name said in full-width forms (（按可比口径计算）, ３２０．５) is compared by the values after it as the
    view reads it: the share a from-to says again is the name before, not the name with its share added twice."""
    got = records("基础设施投资３２０．５亿元，占总投资比重（按可比口径计算）由“十五”期间的１５％提高到１８％。")
    assert got["１８％"].indicator == got["１５％"].indicator == "基础设施投资占总投资比重（按可比口径计算）"


@pytest.mark.parametrize("text, value, indicator", [
    # 又, 还, 也, 另 before a bare act or thing say it was done besides another
    ("今年全县又脱贫3.2万人，贫困发生率降至1%。", "3.2万人", "脱贫"),
    ("在完成年度任务的基础上，全区还新建学校12所。", "12所", "新建学校"),
    ("全年另新建学校5所，改扩建学校12所。", "5所", "新建学校"),
    ("另行安排资金5000万元。", "5000万元", "安排资金"),  # 另行 whole
    ("全年还迁1200户。", "1200户", "还迁"),  # a word 还 opens stays whole (LEAD_KEEP)
    ("还原耕地面积300亩。", "300亩", "还原耕地面积"),
    # a conjunction opening a clause
    ("尽管传统产业只增长2.1%，但新兴产业增长15.3%。", "2.1%", "传统产业"),
    ("虽然粮食播种面积减少20万亩，但粮食总产量增加3%。", "20万亩", "粮食播种面积"),
    ("如果全省规上企业利润率提高1个百分点，税收就可增加8亿元。", "1个百分点", "规上企业利润率"),
    ("尽管是零增长，但增速比上年提高4.5个百分点。", "4.5个百分点", "增速"),
])
def test_a_word_that_only_links_a_clause_names_nothing(text, value, indicator):
    """An adverb saying besides (又, 还, 也, 另) or a conjunction (尽管, 虽然, 如果, 但) opening a name goes; the
    name is the act or thing after it."""
    assert records(text)[value].indicator == indicator


@pytest.mark.parametrize("text, value, indicator", [
    ("全年15件民生实事高质量完成。", "15件", "民生实事"),
    ("8个重点项目保质保量完成。", "8个", "重点项目"),
    ("32件惠民实事高标准完成。", "32件", "惠民实事"),
    ("年初确定的20件惠民实事圆满完成。", "20件", "惠民实事"),
    ("新建5个高标准农田示范区。", "5个", "高标准农田示范区"),  # an adjective of the noun after it stays
    ("高标准农田示范区累计形成15项改革成果。", "15项", "高标准农田示范区改革成果"),  # and in a scope before a count
    ("120家企业高质量发展水平显著提升。", "120家", "高质量发展水平显著提升的企业"),  # 高质量发展 is an act of its own
    ("高质量完成改革任务36项。", "36项", "改革任务"),  # said before the verb, with it (LEAD_WORD)
])
def test_how_well_things_were_done_is_no_part_of_their_name(text, value, indicator):
    assert records(text)[value].indicator == indicator


@pytest.mark.parametrize("text, value, indicator", [
    ("全市规上工业企业研发投入是五年前的2.5倍。", "2.5倍", "规上工业企业研发投入"),
    ("城区人均住房面积为全省平均水平的1.2倍。", "1.2倍", "城区人均住房面积"),
    # nothing before 是: the value before names it, never the total it is compared with
    ("两年新建农村公路3200公里，约是计划任务的1.6倍。", "1.6倍", "农村公路"),
    ("全年落地外资项目120个，相当于过去十年总和的1.8倍。", "1.8倍", "落地外资项目"),
    ("全县粮食总产量21万吨，均为历年最高水平的1.1倍。", "1.1倍", "粮食总产量"),
    # a multiple reached is named with what it is of (share_reached: MULTIPLE_OF)
    ("农村低保标准提高到当地最低工资标准的0.6倍。", "0.6倍", "农村低保标准相当于当地最低工资标准倍数"),
    # the last 是 or 为 before it: one opening the clause (二是, 特别是) or inside a word (违法行为) is no comparison
    ("二是全县粮食总产量是2010年的1.5倍。", "1.5倍", "粮食总产量"),
    ("特别是规上工业利润是五年前的2倍。", "2倍", "规上工业利润"),
    ("违法行为查处数量是上年的2倍。", "2倍", "违法行为查处数量"),
    # a multiple of a rate is named by the rate
    ("全市税收收入增长18%，是全省平均增速的2倍。", "2倍", "税收收入增速"),
])
def test_what_a_multiple_is_compared_with_names_nothing(text, value, indicator):
    """是/为/相当于 X 的N倍: X is what the value is compared with (a past total, an average, a plan); the metric is
    said before 是 or by the value before it (MULTIPLE_BASE)."""
    assert records(text + ARABIC)[value].indicator == indicator


def test_a_multiple_of_a_rate_of_rise_is_no_change():
    """增幅是全省平均水平的3倍 compares two rates: no increase, though the name ends in 增幅."""
    got = records("全市工业投资增长21%，增幅是全省平均水平的2倍。" + ARABIC)
    assert got["21%"].change == "increase" and got["2倍"].change is None


@pytest.mark.parametrize("text, value, indicator", [
    ("全市城镇登记失业率为3.2%，低于4.5%的年度调控目标。", "4.5%", "城镇登记失业率"),
    ("全年进出口总额增长12%，超过10%的预期目标。", "10%", "进出口总额"),
    ("地方财政收入增长9.6%，高于8%的计划目标，居民消费价格上涨2.1%。", "8%", "地方财政收入"),
])
def test_a_rate_of_a_goal_is_the_goal_of_the_metric_before(text, value, indicator):
    """N%的预期目标 after a value: the goal set for that value's metric, no share of a goal (GOAL_AFTER)."""
    assert records(text + ARABIC)[value].indicator == indicator


def test_a_share_of_a_goal_after_a_count_is_not_the_count():
    """Only a rate before it makes the goal's rate its own: 完成90%的年度目标 after a count is a share of the goal done."""
    got = records("全市新建学校20所，完成90%的年度目标；新增就业5万人，今年提出增长8%左右的预期目标。" + ARABIC)
    assert got["90%"].indicator != "新建学校" and not got["8%"].indicator.startswith("新增就业")


@pytest.mark.parametrize("text, value, indicator", [
    ("从今年起每年化解存量债务200亿元以上。", "200亿元", "存量债务"),
    ("自2026年起全市城乡居民医保财政补助标准提高到每人每年700元。", "700元", "城乡居民医保财政补助标准"),
    ("从下半年起将企业退休人员基本养老金提高到每月3100元。", "3100元", "企业退休人员基本养老金"),
    ("从3月份起全省新能源汽车产量增长40%。", "40%", "新能源汽车产量"),
])
def test_the_time_a_thing_starts_from_is_no_part_of_its_name(text, value, indicator):
    """从…起 and 自…起 say when something starts; they went, leaving 起 at the head of the name (TIME_PREFIX)."""
    assert records(text + ARABIC)[value].indicator == indicator


def test_a_word_opening_with_qi_after_a_time_is_kept_whole():
    """从今年起步的…: 起步 is a word, not the 起 of 从今年起."""
    assert records("从今年起步的数字经济产业园入驻企业80家。" + ARABIC)["80家"].indicator.startswith("起步")


@pytest.mark.parametrize("text, value, indicator", [
    ("全市研发经费投入86亿元，增长15%，相当于地区生产总值的2.6%。", "2.6%", "研发经费投入占地区生产总值比重"),
    ("全县一般公共预算收入32亿元，为年度预算的104%。", "104%", "一般公共预算收入占年度预算比重"),
    ("新建农村公路1200公里，相当于过去五年总和的60%。", "60%", "农村公路占过去五年总和比重"),
])
def test_a_share_of_a_whole_with_nothing_named_before_its_verb_is_the_amount_before(text, value, indicator):
    """…，相当于地区生产总值的2.6%: the share the amount said before it has in the whole, not the whole (share_of_base)."""
    assert records(text + ARABIC)[value].indicator == indicator
