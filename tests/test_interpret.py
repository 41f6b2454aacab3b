"""Test sentences for the interpretation patterns (one per pattern found in the corpus):
which value gives a record, and its indicator, kind, year and comparator."""
import pytest

from extractor import extract_text

DOC = "city-gwr-2025"  # the document year comes from the name when the text has none


def records(text):
    return {r.text: r for r in extract_text(text, DOC)}


@pytest.mark.parametrize("text,value,indicator", [
    # 分别 lists: items get their own indicator and share the head word
    ("城镇居民、农村居民人均可支配收入分别增长4.6%、6.7%。", "4.6%", "城镇居民人均可支配收入"),
    ("苹果、食用菌、中药材产量分别增长3.4%、6.8%、13.7%。", "6.8%", "食用菌产量"),
    ("生产安全事故起数、死亡人数分别下降40.5%、32.7%。", "32.7%", "生产安全事故死亡人数"),
    ("农村自来水普及率、规模化供水工程覆盖率分别达98%和92%。", "92%", "规模化供水工程覆盖率"),
    # a list of values with as many subject items, and a later 分别 for the same items
    ("原煤、原油、天然气产量达到6640万吨、1253万吨、9.1亿立方米，分别增长9.3%、7.3%、21.2%。", "7.3%", "原油产量"),
    # [verb][value][classifier][noun]
    ("今年，全省建成投用600个公共文化空间、182个口袋体育公园。", "182个", "口袋体育公园"),
    ("新增7所高等院校。", "7所", "高等院校"),
    ("市人民医院等5所医院升级为三级医院。", "5所", "医院升级为三级医院"),
    # a bare metric word takes its subject from the value before it
    ("中央对地方转移支付增加1.5万亿元、规模近9.8万亿元。", "9.8万亿元", "中央对地方转移支付规模"),
    ("新增3个国家中小企业特色产业集群、总数达13个。", "13个", "国家中小企业特色产业集群总数"),
    ("投资2.5亿元,实施俄罗斯风情精品街项目。", "2.5亿元", "俄罗斯风情精品街项目投资"),
    # beneficiaries, purposes, cues and streaks are no part of the metric
    ("为困难群众提供法律咨询服务30万人次。", "30万人次", "法律咨询服务"),
    ("安排前期工作周转金25亿元支持重大工业项目建设。", "25亿元", "前期工作周转金"),
    ("做实打响新品牌、力争旅居人数达600万人次。", "600万人次", "旅居人数"),
    ("新建和改造高标准农田300万亩。", "300万亩", "高标准农田"),
    ("地区生产总值增长7%以上、力争达到8%。", "8%", "地区生产总值"),
    # a margin over the national rate is named after its metric
    ("制造业技改投资增长20.4%、高于全国12.4个百分点。", "12.4个百分点", "制造业技改投资增速高于全国"),
])
def test_indicator(text, value, indicator):
    assert records(text)[value].indicator == indicator


@pytest.mark.parametrize("text,absent", [
    ("89个开发区规上工业总产值占全省比重达78%。", "89个"),                  # a count of places is a scope
    ("钢铁、有色、化工、建材4个重点行业绿色化改造要全覆盖。", "4个"),          # the count of a list in a plan
    ("有效应对14轮强降雨和7次编号洪水。", "14轮"),
    ("全省上下，4200万辽宁人民拼出了血性。", "4200万"),
    ("分别从每人每月202元、270元提高到209元、280元。", "270元"),             # old levels
    ("围绕22个产业精准招商。", "22个"),
    ("今年我区有20个对外开放口岸。", "20个"),                                # a standing fact in a plan
    ("92个学科进入ESI全球前1%。", "1%"),
])
def test_no_record(text, absent):
    assert absent not in records(text)


def test_counts_of_things_after_a_count_are_records():
    recs = records("770家优质企业融入6条区域共建产业链。")
    assert {"770家", "6条"} <= set(recs)


def test_list_counts_are_kept_in_a_review():
    recs = records("一年来，新增鄂州花湖机场、宜昌三峡机场2个国际机场。")
    assert recs["2个"].kind == "achievement"


@pytest.mark.parametrize("text,value,comparator", [
    ("粮食、油料、蔬菜产量分别稳定在800亿斤、60亿斤、160亿斤以上。", "60亿斤", ">="),
    ("每个乡镇至少办好1所优质初中。", "1所", ">="),
    ("地区生产总值跨越3000亿元。", "3000亿元", ">="),
    ("惠及近千万家庭。", "千万", "~"),
    ("技改融资专项规模扩大至近400亿元。", "400亿元", "~"),
])
def test_comparator(text, value, comparator):
    assert records(text)[value].comparator == comparator


@pytest.mark.parametrize("text,value,kind,year", [
    ("一、2024年工作回顾\n过去一年，预计全省地区生产总值增长5.1%左右。", "5.1%", "achievement", 2024),
    ("二、2025年工作安排\n对地方一般性转移支付增长7.8%、增幅明显高于去年。", "7.8%", "target", 2025),
    ("二、2025年工作安排\n去年全省粮食产量达到700亿斤。", "700亿斤", "achievement", 2024),
    ("全社会研发经费投入年均增长7%以上、力争投入强度高于“十三五”时期实际。", "7%", "target", 2025),
    ("力争2027年建成6个万亿级产业。", "6个", "target", 2027),
])
def test_kind_and_year(text, value, kind, year):
    r = records(text)[value]
    assert (r.kind, r.year) == (kind, year)
