"""Who speaks: the government a document is of, from its own words first, then its folders."""
import pytest

from extractor.core.identity import document_government
from extractor.rulepack import load_rules

PACK = load_rules()


@pytest.mark.parametrize("text,path,government", [
    ("---\ntitle: 2017年广州市政府工作报告\n---\n各位代表：", "x/2017.md", "广州市"),
    ("**政府工作报告**\n\n**2024年1月23日在浙江省**\n\n**第十四届人民代表大会第二次会议上**\n", "2024.md", "浙江省"),
    ("政府工作报告\n——在广西壮族自治区第十四届人民代表大会第三次会议上\n", "", "广西壮族自治区"),
    ("2012年自治区政府工作报告\n各位代表：\n", "新疆维吾尔自治区/2012.md", "新疆维吾尔自治区"),
    ("2021年政府工作报告\n李克强\n各位代表：\n现在，我代表国务院，向大会报告政府工作。", "", "国务院"),
    ("**中华人民共和国**\n\n**2008年国民经济和社会发展统计公报**\n", "", "国务院"),
    ("在中国共产党第十八次全国代表大会上的报告\n", "", "中共中央"),
    ("——在政协第五届周口市委员会第三次会议(开幕式)上的讲话\n", "", "周口市"),
    ("政府工作报告\n\n**浙江省省长 王 浩**\n\n各位代表：东亚城市市长论坛在昆明举行。", "", "浙江省"),
    ("各位代表：东亚城市市长论坛在昆明举行。", "", None),
    ("安徽省2016年政府工作报告\n\n各位代表：", "", "安徽省"),  # the year after the name
    ("政府工作报告\n\n各位代表：", "docs/安徽省_2016.txt", "安徽省"),  # the file name
    ("政府工作报告\n\n各位代表：", "浙江省/杭州市/我市2023年工作报告.md", "杭州市"),  # a folder before the file's
    ("政府工作报告\n\n各位代表：", "docs/我市2023年工作报告.md", None),  # 我市 names no government
    ("政府工作报告\n\n各位代表：", "浙江省/2020年工作报告.md", "浙江省"),
    # the place above it named too: the government is the one after it, as its other reports name it
    ("政府工作报告\n——2023年1月6日在云州市云溪区第五届人民代表大会第三次会议上\n", "", "云溪区"),
    ("江城市松林区2025年政府工作报告\n", "", "松林区"),
    ("政府工作报告\n——在济南市市中区第十八届人民代表大会第三次会议上\n", "", "市中区"),
    ("政府工作报告\n——在延边朝鲜族自治州第十六届人民代表大会第三次会议上\n", "", "延边朝鲜族自治州"),
])
def test_document_government(text, path, government):
    assert document_government(text, path, PACK)[0] == government
