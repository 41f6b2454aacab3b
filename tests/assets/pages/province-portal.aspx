<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>某某省人民政府 政府工作报告</title>
<script>var _hmt = _hmt || []; document.write("增长99%");</script>
</head>
<body>
<form method="post" action="./content.aspx?id=5678" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk" /></div>
<div class="top-bar"><div class="wrap"><span>今天是：2025年2月1日</span><a href="/">设为首页</a><a href="#">加入收藏</a><a href="/wza/">无障碍浏览</a></div></div>
<div class="header"><div class="logo"><img src="/img/logo.png" alt="某某省人民政府"></div>
  <div class="searchBox"><input type="text" placeholder="请输入关键字"><button>搜索</button></div></div>
<div class="mainNav"><ul>
  <li><a href="/">首页</a></li><li><a href="/zw/">政务</a></li><li><a href="/fw/">服务</a></li>
  <li><a href="/hd/">互动</a></li><li><a href="/sj/">数据</a></li></ul></div>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zw/">政务</a> &gt; 政府工作报告</div>
<div class="article">
  <h1 class="article-title">2025年某某省政府工作报告</h1>
  <div class="article-info">来源：省政府办公厅 发布时间：2025-01-25 浏览次数：<span id="hits">1024</span>
    <span class="font-size">字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>
  <div class="article-content" id="zoom">
    <p style="text-indent:2em">过去一年，全省新增城镇就业52.3万人，粮食产量达到1300万吨以上。</p>
    <p style="text-indent:2em">2025年全省地区生产总值增长5.5%左右，城镇调查失业率控制在5.5%以内。</p>
    <p style="display:none">隐藏段落 新增300家。</p>
  </div>
  <div class="bdsharebuttonbox"><span>分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin">微信</a><a href="#" class="bds_tsina">微博</a></div>
  <div class="related"><h3>相关链接</h3><ul>
    <li><a href="/a/1.html">2024年政府工作报告</a></li><li><a href="/a/2.html">2023年政府工作报告</a></li></ul></div>
</div>
<div class="footer"><p>主办单位：某某省人民政府办公厅 网站标识码：5100000001</p>
  <p>蜀ICP备05012345号-1 川公网安备 51010402000001号</p></div>
</form>
</body>
</html>
