<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>CareRule</name>
        <message>
            <location filename="../core/care/CareRules.cpp" line="60" />
            <source>Birthday greeting</source>
            <translation>生日问候</translation>
        </message>
        <message>
            <location filename="../core/care/CareRules.cpp" line="62" />
            <source>Revisit after first purchase</source>
            <translation>首购后回访</translation>
        </message>
        <message>
            <location filename="../core/care/CareRules.cpp" line="64" />
            <source>Win-back when dormant</source>
            <translation>沉睡时挽回</translation>
        </message>
        <message>
            <location filename="../core/care/CareRules.cpp" line="66" />
            <source>Call a valuable customer at risk</source>
            <translation>致电有流失风险的高价值客户</translation>
        </message>
        <message>
            <location filename="../core/care/CareRules.cpp" line="68" />
            <source>Holiday greeting</source>
            <translation>节日问候</translation>
        </message>
        <message>
            <location filename="../core/care/CareRules.cpp" line="70" />
            <source>Replenish or revisit after a product</source>
            <translation>按商品回购周期提醒回访</translation>
        </message>
        <message>
            <location filename="../core/care/CareRules.cpp" line="72" />
            <source>Call back an unhappy survey answer</source>
            <translation>回访不满意的调查答复</translation>
        </message>
    </context>
    <context>
        <name>ImportField</name>
        <message>
            <location filename="../core/io/ImportField.cpp" line="15" />
            <source>Member code</source>
            <translation>会员卡号</translation>
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="16" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="17" />
            <source>Phone</source>
            <translation>手机</translation>
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="18" />
            <source>E-mail</source>
            <translation>邮箱</translation>
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="19" />
            <source>WeChat ID</source>
            <translation>微信号</translation>
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="20" />
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="21" />
            <source>Birthday</source>
            <translation>生日</translation>
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="22" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="23" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="24" />
            <source>Source channel</source>
            <translation>来源渠道</translation>
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="25" />
            <source>Joined on</source>
            <translation>入会日期</translation>
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="26" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="27" />
            <source>Marketing consent</source>
            <translation>营销同意</translation>
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="28" />
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="29" />
            <source>Order number</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="30" />
            <source>Order date</source>
            <translation>下单日期</translation>
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="31" />
            <source>Order time</source>
            <translation>下单时间</translation>
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="32" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="33" />
            <source>Category</source>
            <translation>品类</translation>
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="34" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="35" />
            <source>Store</source>
            <translation>门店</translation>
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="36" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="37" />
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="38" />
            <source>Line total</source>
            <translation>行金额</translation>
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="39" />
            <source>Line discount</source>
            <translation>行优惠金额</translation>
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="40" />
            <source>Product code</source>
            <translation>商品编码</translation>
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="41" />
            <source>Product name</source>
            <translation>商品名称</translation>
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="42" />
            <source>Refund flag</source>
            <translation>退货标记</translation>
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="67" />
            <source>(not imported)</source>
            <translation>（不导入）</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <location filename="../ui/widgets/QtTranslationGaps.cpp" line="9" />
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>文件夹</translation>
        </message>
        <message>
            <location filename="../ui/widgets/QtTranslationGaps.cpp" line="10" />
            <source>Drive</source>
            <translation>驱动器</translation>
        </message>
    </context>
    <context>
        <name>RfmSegment</name>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="32" />
            <source>Important value</source>
            <translation>重要价值客户</translation>
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="33" />
            <source>Important development</source>
            <translation>重要发展客户</translation>
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="34" />
            <source>Important retention</source>
            <translation>重要保持客户</translation>
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="35" />
            <source>Important win-back</source>
            <translation>重要挽留客户</translation>
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="36" />
            <source>General value</source>
            <translation>一般价值客户</translation>
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="37" />
            <source>General development</source>
            <translation>一般发展客户</translation>
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="38" />
            <source>General retention</source>
            <translation>一般保持客户</translation>
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="39" />
            <source>General win-back</source>
            <translation>一般挽留客户</translation>
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="40" />
            <source>New</source>
            <translation>新客</translation>
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="41" />
            <source>Champions</source>
            <translation>冠军客户</translation>
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="42" />
            <source>Loyal</source>
            <translation>忠诚客户</translation>
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="43" />
            <source>Potential loyalist</source>
            <translation>潜力忠诚客户</translation>
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="44" />
            <source>Promising</source>
            <translation>有潜力客户</translation>
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="45" />
            <source>Need attention</source>
            <translation>需要关注</translation>
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="46" />
            <source>About to sleep</source>
            <translation>即将沉睡</translation>
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="47" />
            <source>Can't lose them</source>
            <translation>不能失去</translation>
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="48" />
            <source>At risk</source>
            <translation>有流失风险</translation>
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="49" />
            <source>Hibernating</source>
            <translation>休眠</translation>
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="50" />
            <source>Lost</source>
            <translation>已流失</translation>
        </message>
    </context>
    <context>
        <name>SegmentationSettings</name>
        <message>
            <location filename="../core/segmentation/SegmentationSettings.cpp" line="25" />
            <location filename="../core/segmentation/SegmentationSettings.cpp" line="119" />
            <source>Unknown tier scheme "%1".</source>
            <translation>未知的等级方案“%1”。</translation>
        </message>
    </context>
    <context>
        <name>Stage</name>
        <message>
            <location filename="../core/segmentation/Lifecycle.cpp" line="109" />
            <source>Prospect</source>
            <translation>潜在客户</translation>
        </message>
        <message>
            <location filename="../core/segmentation/Lifecycle.cpp" line="110" />
            <source>New</source>
            <translation>新客</translation>
        </message>
        <message>
            <location filename="../core/segmentation/Lifecycle.cpp" line="111" />
            <source>Active</source>
            <translation>活跃</translation>
        </message>
        <message>
            <location filename="../core/segmentation/Lifecycle.cpp" line="112" />
            <source>At risk</source>
            <translation>有流失风险</translation>
        </message>
        <message>
            <location filename="../core/segmentation/Lifecycle.cpp" line="113" />
            <source>Dormant</source>
            <translation>沉睡</translation>
        </message>
        <message>
            <location filename="../core/segmentation/Lifecycle.cpp" line="114" />
            <source>Won back</source>
            <translation>已挽回</translation>
        </message>
    </context>
    <context>
        <name>Tier</name>
        <message>
            <location filename="../core/segmentation/TierRules.cpp" line="117" />
            <source>Diamond</source>
            <translation>钻石卡</translation>
        </message>
        <message>
            <location filename="../core/segmentation/TierRules.cpp" line="117" />
            <source>Gold</source>
            <translation>金卡</translation>
        </message>
        <message>
            <location filename="../core/segmentation/TierRules.cpp" line="118" />
            <source>Silver</source>
            <translation>银卡</translation>
        </message>
        <message>
            <location filename="../core/segmentation/TierRules.cpp" line="118" />
            <source>Dormant</source>
            <translation>沉睡</translation>
        </message>
        <message>
            <location filename="../core/segmentation/TierRules.cpp" line="119" />
            <source>Strategic</source>
            <translation>战略客户</translation>
        </message>
        <message>
            <location filename="../core/segmentation/TierRules.cpp" line="119" />
            <source>Growth</source>
            <translation>成长客户</translation>
        </message>
        <message>
            <location filename="../core/segmentation/TierRules.cpp" line="120" />
            <source>Basic</source>
            <translation>基础客户</translation>
        </message>
        <message>
            <location filename="../core/segmentation/TierRules.cpp" line="120" />
            <source>No tier</source>
            <translation>无等级</translation>
        </message>
    </context>
    <context>
        <name>UnsavedChanges</name>
        <message>
            <location filename="../ui/widgets/UnsavedChanges.cpp" line="11" />
            <source>Unsaved changes</source>
            <translation>未保存的修改</translation>
        </message>
        <message>
            <location filename="../ui/widgets/UnsavedChanges.cpp" line="12" />
            <source>Discard your changes?</source>
            <translation>放弃所做的修改吗？</translation>
        </message>
        <message>
            <location filename="../ui/widgets/UnsavedChanges.cpp" line="20" />
            <source>&amp;Keep Editing</source>
            <translation>继续编辑(&amp;K)</translation>
        </message>
    </context>
    <context>
        <name>clientele-cli</name>
        <message numerus="yes">
            <location filename="../app/cli/RuleCommands.cpp" line="146" />
            <source>Saved %Ln rule(s).</source>
            <translation>
                <numerusform>已保存 %Ln 条规则。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/RuleCommands.cpp" line="170" />
            <source>Dry run of rule %1 (%2 – %3): %Ln action(s); nothing was saved.</source>
            <translation>
                <numerusform>规则 %1 的试运行（%2 – %3）：%Ln 个动作；没有保存任何内容。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/RuleCommands.cpp" line="173" />
            <source>%Ln event(s) acted on before.</source>
            <translation>
                <numerusform>之前已处理 %Ln 个事件。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/RuleCommands.cpp" line="195" />
            <source>The rules took %Ln action(s).</source>
            <translation>
                <numerusform>规则执行了 %Ln 个动作。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/RuleCommands.cpp" line="197" />
            <source>%Ln more wait for tomorrow (daily limit %1).</source>
            <translation>
                <numerusform>另有 %Ln 个顺延到明天（每日上限 %1）。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="41" />
            <source>Give one campaign ID (a number), not “%1”.</source>
            <translation>请给出一个营销活动编号（数字），而不是“%1”。</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="59" />
            <source>Usage: clientele-cli campaign create NAME --filter FILTER [options]</source>
            <translation>用法：clientele-cli campaign create 名称 --filter 筛选条件 [选项]</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="61" />
            <source>campaign create needs --filter (for example stage=at_risk;tier=gold,diamond).</source>
            <translation>campaign create 需要 --filter（例如 stage=at_risk;tier=gold,diamond）。</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="68" />
            <source>--holdout is a percent from 0 to 50, not %1.</source>
            <translation>--holdout 应为 0 到 50 的百分比，而不是 %1。</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="75" />
            <source>--seed is a whole number from 0 to 2^63−1, not “%1”.</source>
            <translation>--seed 应为 0 到 2^63−1 的整数，而不是“%1”。</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="101" />
            <source>Campaign %1 “%2”: %3 to contact, %4 held out (seed %5).</source>
            <translation>营销活动 %1“%2”：联系 %3 位，对照组 %4 位（种子 %5）。</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="111" />
            <location filename="../app/cli/CampaignCommands.cpp" line="214" />
            <source>Warning: %1</source>
            <translation>注意：%1</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="124" />
            <location filename="../app/cli/CustomerCommands.cpp" line="108" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="129" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="356" />
            <location filename="../app/cli/RuleCommands.cpp" line="67" />
            <location filename="../app/cli/ServiceCommands.cpp" line="163" />
            <source>ID</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="124" />
            <location filename="../app/cli/CustomerCommands.cpp" line="108" />
            <location filename="../app/cli/SegmentCommands.cpp" line="293" />
            <location filename="../app/cli/SegmentCommands.cpp" line="322" />
            <location filename="../app/cli/StoreCommands.cpp" line="56" />
            <location filename="../app/cli/ValueCommands.cpp" line="152" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="124" />
            <location filename="../app/cli/CampaignCommands.cpp" line="342" />
            <source>Contact group</source>
            <translation>联系组</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="124" />
            <source>Marked contacted</source>
            <translation>已标记联系</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="124" />
            <source>Held out</source>
            <translation>对照组</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="125" />
            <source>Contact date</source>
            <translation>联系日期</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="125" />
            <source>Conversion lift</source>
            <translation>转化提升</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="147" />
            <source>No campaigns yet: clientele-cli campaign create NAME --filter FILTER</source>
            <translation>还没有营销活动：clientele-cli campaign create 名称 --filter 筛选条件</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="201" />
            <source>Campaign %1 “%2”</source>
            <translation>营销活动 %1“%2”</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="202" />
            <source>Audience: %1</source>
            <translation>目标客户：%1</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="203" />
            <source>%1 to contact, %2 held out (%3%, seed %4); results window %5 days.</source>
            <translation>联系 %1 位，对照组 %2 位（%3%，种子 %4）；观察期 %5 天。</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="212" />
            <source>Coupon for the contacted group: %1 (%2 issued)</source>
            <translation>联系组的优惠券：%1（已发 %2 张）</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="215" />
            <source>Message: %1</source>
            <translation>消息：%1</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="217" />
            <source>First message: %1</source>
            <translation>第一条消息：%1</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="229" />
            <source>campaign export needs -o FILE.csv.</source>
            <translation>campaign export 需要 -o 文件.csv。</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="232" />
            <source>--encoding is utf-8, utf-8-bom or gb18030, not “%1”.</source>
            <translation>--encoding 应为 utf-8、utf-8-bom 或 gb18030，而不是“%1”。</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="249" />
            <source>%1 customers to contact written to %2 (the hold-out of %3 is not in it).</source>
            <translation>已将 %1 位待联系客户写入 %2（对照组的 %3 位不在其中）。</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="269" />
            <source>--date is YYYY-MM-DD, not “%1”.</source>
            <translation>--date 应为 YYYY-MM-DD，而不是“%1”。</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="280" />
            <source>%1 customers marked contacted on %2; each one's timeline shows the message.</source>
            <translation>已将 %1 位客户标记为在 %2 联系过；每位客户的时间线上都记下了这条消息。</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="332" />
            <source>Purchases from %1 to %2</source>
            <translation>%1 至 %2 的购买</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="335" />
            <source>Group</source>
            <translation>分组</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="335" />
            <location filename="../app/cli/ProductCommands.cpp" line="92" />
            <location filename="../app/cli/SegmentCommands.cpp" line="119" />
            <location filename="../app/cli/SegmentCommands.cpp" line="124" />
            <location filename="../app/cli/SegmentCommands.cpp" line="190" />
            <source>Customers</source>
            <translation>客户数</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="335" />
            <source>Buyers</source>
            <translation>购买人数</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="335" />
            <source>Conversion</source>
            <translation>转化率</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="335" />
            <location filename="../app/cli/ProductCommands.cpp" line="92" />
            <location filename="../app/cli/SegmentCommands.cpp" line="190" />
            <location filename="../app/cli/StoreCommands.cpp" line="56" />
            <source>Revenue</source>
            <translation>收入</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="336" />
            <source>Revenue per customer</source>
            <translation>人均金额</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="343" />
            <source>Hold-out</source>
            <translation>对照组</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="347" />
            <source>Conversion lift %1 (95% interval %2 to %3 points, unpooled Wald).</source>
            <translation>转化提升 %1（95% 区间 %2 到 %3 个百分点，非合并 Wald 区间）。</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="372" />
            <location filename="../app/cli/StoreCommands.cpp" line="72" />
            <location filename="../app/cli/StoreCommands.cpp" line="167" />
            <source>Usage: clientele-cli %1</source>
            <translation>用法：clientele-cli %1</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="381" />
            <source>Campaigns with a random hold-out: audience from a filter, contact list, contact marks, measured lift.</source>
            <translation>带随机对照组的营销活动：按筛选条件选目标客户、联系名单、标记联系、衡量效果。</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="382" />
            <source>The audience, e.g. stage=at_risk;tier=gold,diamond;clv_top=20.</source>
            <translation>目标客户，例如 stage=at_risk;tier=gold,diamond;clv_top=20。</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="382" />
            <source>FILTER</source>
            <translation>筛选条件</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="383" />
            <source>Percent held out at random, 0–50 (default 10).</source>
            <translation>随机留作对照组的百分比，0–50（默认 10）。</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="383" />
            <source>PCT</source>
            <translation>百分比</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="384" />
            <source>Seed of the hold-out draw (default: a fresh one, recorded).</source>
            <translation>对照组抽取的随机种子（默认：新生成一个并记录）。</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="384" />
            <location filename="../app/cli/CustomerCommands.cpp" line="332" />
            <location filename="../app/cli/DemoCommand.cpp" line="95" />
            <location filename="../app/cli/DemoCommand.cpp" line="96" />
            <location filename="../app/cli/ImportCommands.cpp" line="582" />
            <location filename="../app/cli/MaintenanceCommands.cpp" line="198" />
            <location filename="../app/cli/MaintenanceCommands.cpp" line="200" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="577" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="597" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="601" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="608" />
            <location filename="../app/cli/MemberCommands.cpp" line="542" />
            <location filename="../app/cli/ProductCommands.cpp" line="116" />
            <location filename="../app/cli/SecurityCommands.cpp" line="289" />
            <location filename="../app/cli/SegmentCommands.cpp" line="550" />
            <location filename="../app/cli/ServiceCommands.cpp" line="550" />
            <location filename="../app/cli/ValueCommands.cpp" line="255" />
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="385" />
            <source>Message with {name} {tier} {points} {balance} {coupon} {birthday} {store}.</source>
            <translation>消息，可用 {name} {tier} {points} {balance} {coupon} {birthday} {store}。</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="386" />
            <location filename="../app/cli/CustomerCommands.cpp" line="329" />
            <location filename="../app/cli/MaintenanceCommands.cpp" line="195" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="580" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="594" />
            <location filename="../app/cli/MemberCommands.cpp" line="554" />
            <location filename="../app/cli/ServiceCommands.cpp" line="537" />
            <location filename="../app/cli/ServiceCommands.cpp" line="538" />
            <location filename="../app/cli/ServiceCommands.cpp" line="542" />
            <location filename="../app/cli/ServiceCommands.cpp" line="552" />
            <location filename="../app/cli/StoreCommands.cpp" line="179" />
            <source>TEXT</source>
            <translation>文字</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="387" />
            <source>Coupon type issued to the contacted group.</source>
            <translation>发给联系组的优惠券类型。</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="387" />
            <location filename="../app/cli/FieldCommands.cpp" line="157" />
            <source>TYPE</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="388" />
            <source>Days after the contact that count (default 14).</source>
            <translation>联系之后计入效果的天数（默认 14）。</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="388" />
            <source>DAYS</source>
            <translation>天数</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="389" />
            <source>File to write.</source>
            <translation>要写入的文件。</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="389" />
            <location filename="../app/cli/ImportCommands.cpp" line="51" />
            <location filename="../app/cli/ImportCommands.cpp" line="584" />
            <location filename="../app/cli/ImportCommands.cpp" line="606" />
            <location filename="../app/cli/ReportCommands.cpp" line="102" />
            <location filename="../app/cli/SecurityCommands.cpp" line="295" />
            <location filename="../app/cli/SegmentCommands.cpp" line="585" />
            <source>FILE</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="390" />
            <source>utf-8, utf-8-bom (default) or gb18030.</source>
            <translation>utf-8、utf-8-bom（默认）或 gb18030。</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="390" />
            <location filename="../app/cli/CommandRegistry.cpp" line="46" />
            <location filename="../app/cli/ImportCommands.cpp" line="38" />
            <location filename="../app/cli/ImportCommands.cpp" line="47" />
            <location filename="../app/cli/ImportCommands.cpp" line="615" />
            <location filename="../app/cli/ServiceCommands.cpp" line="539" />
            <location filename="../app/cli/StoreCommands.cpp" line="178" />
            <location filename="../app/cli/StoreCommands.cpp" line="180" />
            <source>NAME</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="391" />
            <source>Contact date YYYY-MM-DD (default today).</source>
            <translation>联系日期 YYYY-MM-DD（默认今天）。</translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="391" />
            <source>D</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../app/cli/CliContext.cpp" line="110" />
            <source>No customer with phone, member code or ID %1.</source>
            <translation>没有手机、会员卡号或编号为 %1 的客户。</translation>
        </message>
        <message>
            <location filename="../app/cli/CliContext.cpp" line="161" />
            <source>Store codes or names, separated by commas, or all (the chain). Default: the signed-in account's stores, or the chain.</source>
            <translation>门店代码或名称，用逗号分隔；all 表示整个连锁。默认：登录账号的门店，否则为整个连锁。</translation>
        </message>
        <message>
            <location filename="../app/cli/CliContext.cpp" line="163" />
            <source>STORES</source>
            <translation>门店</translation>
        </message>
        <message>
            <location filename="../app/cli/CommandRegistry.cpp" line="40" />
            <source>Database file (default: %1).</source>
            <translation>数据库文件（默认：%1）。</translation>
        </message>
        <message>
            <location filename="../app/cli/CommandRegistry.cpp" line="41" />
            <source>PATH</source>
            <translation>路径</translation>
        </message>
        <message>
            <location filename="../app/cli/CommandRegistry.cpp" line="42" />
            <source>Print machine-readable JSON.</source>
            <translation>输出机器可读的 JSON。</translation>
        </message>
        <message>
            <location filename="../app/cli/CommandRegistry.cpp" line="44" />
            <source>Sign in as NAME when the shop has user accounts (password from CLIENTELE_PASSWORD, else asked).</source>
            <translation>店铺设有用户账户时以 NAME 登录（密码取自 CLIENTELE_PASSWORD，否则询问）。</translation>
        </message>
        <message>
            <location filename="../app/cli/CommandRegistry.cpp" line="47" />
            <source>Show this help.</source>
            <translation>显示本帮助。</translation>
        </message>
        <message>
            <location filename="../app/cli/CommandRegistry.cpp" line="48" />
            <source>Show the version.</source>
            <translation>显示版本。</translation>
        </message>
        <message>
            <location filename="../app/cli/CommandRegistry.cpp" line="53" />
            <source>Usage: clientele-cli [--db PATH] [--user NAME] [--json] COMMAND [options]

Commands:
</source>
            <translation>用法：clientele-cli [--db 路径] [--user 名称] [--json] 命令 [选项]

命令：
</translation>
        </message>
        <message>
            <location filename="../app/cli/CommandRegistry.cpp" line="56" />
            <source>
Exit status: 0 done, 1 input or data refused, 2 usage.
</source>
            <translation>
退出码：0 完成，1 输入或数据被拒绝，2 用法错误。
</translation>
        </message>
        <message>
            <location filename="../app/cli/CommandRegistry.cpp" line="119" />
            <source>Run clientele-cli --help for usage.</source>
            <translation>运行 clientele-cli --help 查看用法。</translation>
        </message>
        <message>
            <location filename="../app/cli/CommandRegistry.cpp" line="147" />
            <location filename="../app/cli/CommandRegistry.cpp" line="151" />
            <source>Unknown command "%1".</source>
            <translation>未知命令“%1”。</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="45" />
            <source>Show phone numbers as 138****5678 (staff always see them so).</source>
            <translation>手机号显示为 138****5678（员工总是这样看到）。</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="108" />
            <source>Member</source>
            <translation>会员</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="108" />
            <location filename="../app/cli/CustomerCommands.cpp" line="258" />
            <location filename="../app/cli/SegmentCommands.cpp" line="293" />
            <source>Phone</source>
            <translation>手机</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="108" />
            <location filename="../app/cli/CustomerCommands.cpp" line="264" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="108" />
            <location filename="../app/cli/StoreCommands.cpp" line="56" />
            <source>Orders</source>
            <translation>订单数</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="108" />
            <location filename="../app/cli/CustomerCommands.cpp" line="303" />
            <source>Spend</source>
            <translation>消费</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="109" />
            <source>Last purchase</source>
            <translation>最近购买</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="109" />
            <location filename="../app/cli/SegmentCommands.cpp" line="119" />
            <location filename="../app/cli/SegmentCommands.cpp" line="190" />
            <location filename="../app/cli/SegmentCommands.cpp" line="293" />
            <location filename="../app/cli/ServiceCommands.cpp" line="467" />
            <source>Tier</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="109" />
            <location filename="../app/cli/SegmentCommands.cpp" line="124" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="109" />
            <source>RFM</source>
            <translation>消费评分</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="109" />
            <location filename="../app/cli/ValueCommands.cpp" line="152" />
            <source>12-month CLV</source>
            <translation>12 个月 CLV</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="109" />
            <location filename="../app/cli/CustomerCommands.cpp" line="269" />
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="123" />
            <source>%1 of %2 customers shown (--limit).</source>
            <translation>显示 %2 位客户中的 %1 位（--limit）。</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="130" />
            <source>Usage: clientele-cli customer PHONE|CODE|ID</source>
            <translation>用法：clientele-cli customer 手机|会员卡号|编号</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="259" />
            <source> (not a mainland mobile)</source>
            <translation>（非大陆手机号）</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="260" />
            <source>E-mail</source>
            <translation>邮箱</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="261" />
            <source>WeChat ID</source>
            <translation>微信号</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="262" />
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="262" />
            <source>female</source>
            <translation>女</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="262" />
            <source>male</source>
            <translation>男</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="263" />
            <source>Birthday</source>
            <translation>生日</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="265" />
            <location filename="../app/cli/StoreCommands.cpp" line="56" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="266" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="267" />
            <source>Joined</source>
            <translation>入会</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="268" />
            <source>Home store</source>
            <translation>归属门店</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="270" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="273" />
            <source>Marketing</source>
            <translation>营销</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="273" />
            <source>allowed</source>
            <translation>允许</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="273" />
            <source>opted out</source>
            <translation>已退订</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="274" />
            <source>Orders: %1, total %2</source>
            <translation>订单：%1 笔，合计 %2</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="276" />
            <source> (%1 refunds deducted)</source>
            <translation>（已扣除 %1 笔退款）</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="279" />
            <source>Average order: %1</source>
            <translation>客单价：%1</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="283" />
            <source>Tier: %1</source>
            <translation>等级：%1</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="285" />
            <source>Change: %1</source>
            <translation>变化：%1</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="286" />
            <source>Stage: %1 — %2</source>
            <translation>阶段：%1 — %2</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="289" />
            <source>RFM: %1; %2 (%3); %4</source>
            <translation>RFM 消费评分（R 最近一次消费、F 消费频次、M 消费金额）：%1；消费分群：%2（%3）；%4</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="297" />
            <source>Predicted: 12-month value %1; %2</source>
            <translation>预测：12 个月价值 %1；%2</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="299" />
            <source>Churn risk: valuable, and the chance of still being a customer is falling.</source>
            <translation>流失风险：高价值客户，仍为活跃客户的概率在下降。</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="302" />
            <source>Top products:</source>
            <translation>常购商品：</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="303" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="541" />
            <location filename="../app/cli/ProductCommands.cpp" line="92" />
            <location filename="../app/cli/StoreCommands.cpp" line="56" />
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="303" />
            <location filename="../app/cli/ProductCommands.cpp" line="92" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="303" />
            <location filename="../app/cli/CustomerCommands.cpp" line="310" />
            <location filename="../app/cli/ProductCommands.cpp" line="92" />
            <source>Category</source>
            <translation>品类</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="303" />
            <source>Purchases</source>
            <translation>购买次数</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="303" />
            <source>Last bought</source>
            <translation>最近购买</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="310" />
            <location filename="../app/cli/MemberCommands.cpp" line="443" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="310" />
            <source>Order</source>
            <translation>订单</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="310" />
            <location filename="../app/cli/MemberCommands.cpp" line="238" />
            <location filename="../app/cli/MemberCommands.cpp" line="239" />
            <location filename="../app/cli/MemberCommands.cpp" line="511" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="310" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="310" />
            <location filename="../app/cli/MemberCommands.cpp" line="443" />
            <location filename="../app/cli/ServiceCommands.cpp" line="467" />
            <source>Store</source>
            <translation>门店</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="313" />
            <source>%1 (voided)</source>
            <translation>%1（已作废）</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="314" />
            <source>%1 (void)</source>
            <translation>%1（作废）</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="328" />
            <source>List customers (search matches name, phone fragment, e-mail, member code, tag).</source>
            <translation>列出客户（搜索匹配姓名、手机号片段、邮箱、会员卡号、标签）。</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="329" />
            <source>Text to look for.</source>
            <translation>要查找的文字。</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="330" />
            <source>Only this city.</source>
            <translation>仅此城市。</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="330" />
            <source>CITY</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="331" />
            <source>Only customers with this tag.</source>
            <translation>仅带此标签的客户。</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="331" />
            <source>TAG</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="332" />
            <source>At most N rows (default 50).</source>
            <translation>最多 N 行（默认 50）。</translation>
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="336" />
            <source>One customer with contact details and orders.</source>
            <translation>单个客户的联系方式和订单。</translation>
        </message>
        <message>
            <location filename="../app/cli/DemoCommand.cpp" line="28" />
            <source>--seed needs a whole number.</source>
            <translation>--seed 需要一个整数。</translation>
        </message>
        <message>
            <location filename="../app/cli/DemoCommand.cpp" line="33" />
            <source>--end-date needs a date like 2026-10-31.</source>
            <translation>--end-date 需要日期，例如 2026-10-31。</translation>
        </message>
        <message>
            <location filename="../app/cli/DemoCommand.cpp" line="43" />
            <source>Wrote %1 and %2.</source>
            <translation>已写入 %1 和 %2。</translation>
        </message>
        <message>
            <location filename="../app/cli/DemoCommand.cpp" line="56" />
            <source>%1 already holds %2 customers; the demo shop needs an empty database (use --db NEW_FILE).</source>
            <translation>%1 已有 %2 位客户；演示店需要空数据库（请用 --db 新文件）。</translation>
        </message>
        <message>
            <location filename="../app/cli/DemoCommand.cpp" line="76" />
            <source>Demo shop created in %1: %2 customers, %3 orders.</source>
            <translation>已在 %1 创建演示店：%2 位客户，%3 笔订单。</translation>
        </message>
        <message>
            <location filename="../app/cli/DemoCommand.cpp" line="82" />
            <source>Tiers, stages and month-end figures calculated.</source>
            <translation>等级、阶段和月末数据已计算。</translation>
        </message>
        <message>
            <location filename="../app/cli/DemoCommand.cpp" line="83" />
            <source>Tiers and stages could not be calculated: %1. Run `segment` to catch up.</source>
            <translation>无法计算等级和阶段：%1。请运行 `segment` 补算。</translation>
        </message>
        <message>
            <location filename="../app/cli/DemoCommand.cpp" line="94" />
            <source>Create a realistic demo shop (Chinese names, phones, three years of orders), or write it as CSV.</source>
            <translation>创建逼真的演示店（中文姓名、手机号、三年订单），或写成 CSV 文件。</translation>
        </message>
        <message>
            <location filename="../app/cli/DemoCommand.cpp" line="95" />
            <source>Number of customers (default 2000).</source>
            <translation>客户数（默认 2000）。</translation>
        </message>
        <message>
            <location filename="../app/cli/DemoCommand.cpp" line="96" />
            <source>Number of orders (default 24000).</source>
            <translation>订单数（默认 24000）。</translation>
        </message>
        <message>
            <location filename="../app/cli/DemoCommand.cpp" line="97" />
            <source>Random seed; the same seed gives the same shop.</source>
            <translation>随机种子；相同种子生成相同的店。</translation>
        </message>
        <message>
            <location filename="../app/cli/DemoCommand.cpp" line="97" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="583" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="604" />
            <location filename="../app/cli/MemberCommands.cpp" line="544" />
            <source>S</source>
            <translation>S</translation>
        </message>
        <message>
            <location filename="../app/cli/DemoCommand.cpp" line="98" />
            <source>Last day of the order history (default today).</source>
            <translation>订单历史的最后一天（默认今天）。</translation>
        </message>
        <message>
            <location filename="../app/cli/DemoCommand.cpp" line="98" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="582" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="598" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="599" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="607" />
            <location filename="../app/cli/MemberCommands.cpp" line="117" />
            <location filename="../app/cli/MemberCommands.cpp" line="557" />
            <location filename="../app/cli/SegmentCommands.cpp" line="554" />
            <location filename="../app/cli/SegmentCommands.cpp" line="583" />
            <location filename="../app/cli/SegmentCommands.cpp" line="584" />
            <location filename="../app/cli/ValueCommands.cpp" line="250" />
            <source>DATE</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../app/cli/DemoCommand.cpp" line="99" />
            <source>Write customers.csv and orders.csv to DIR instead.</source>
            <translation>改为将 customers.csv 和 orders.csv 写入目录。</translation>
        </message>
        <message>
            <location filename="../app/cli/DemoCommand.cpp" line="99" />
            <source>DIR</source>
            <translation>目录</translation>
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="48" />
            <source>Key</source>
            <translation>键名</translation>
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="48" />
            <source>Label</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="48" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="356" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="541" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="48" />
            <source>Choices</source>
            <translation>选项</translation>
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="48" />
            <source>Customers with a value</source>
            <translation>有取值的客户</translation>
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="54" />
            <location filename="../app/cli/ImportCommands.cpp" line="235" />
            <location filename="../app/cli/ImportCommands.cpp" line="281" />
            <location filename="../app/cli/SecurityCommands.cpp" line="87" />
            <location filename="../app/cli/SecurityCommands.cpp" line="126" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="62" />
            <source>No customer fields yet. Add one with: clientele-cli fields add KEY --label LABEL --type text|choice|number|date</source>
            <translation>还没有客户字段。添加方法：clientele-cli fields add KEY --label LABEL --type text|choice|number|date</translation>
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="76" />
            <source>Usage: clientele-cli fields list | add KEY --label L --type text|choice|number|date [--choices a,b,c] [--required] | set KEY [--label L] [--choices a,b,c] | remove KEY [--yes]</source>
            <translation>用法：clientele-cli fields list | add KEY --label L --type text|choice|number|date [--choices a,b,c] [--required] | set KEY [--label L] [--choices a,b,c] | remove KEY [--yes]</translation>
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="91" />
            <source>--type is text, choice, number or date.</source>
            <translation>--type 为 text、choice、number 或 date。</translation>
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="100" />
            <source>Added the field %1 (%2, key %3).</source>
            <translation>已添加字段 %1（%2，键名 %3）。</translation>
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="127" />
            <source>There is no customer field "%1".</source>
            <translation>没有客户字段“%1”。</translation>
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="134" />
            <source>%1 customers have a value of "%2"; removing the field deletes those values. Run again with --yes.</source>
            <translation>有 %1 位客户填写了“%2”，删除该字段会删除这些取值。确认请加 --yes 再运行。</translation>
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="143" />
            <source>Removed the field %1 and %2 values.</source>
            <translation>已删除字段 %1 及 %2 个取值。</translation>
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="155" />
            <source>The shop's own customer fields (skin type, size …): list, add, change, remove.</source>
            <translation>店铺自定义的客户字段（肤质、尺码……）：列出、添加、修改、删除。</translation>
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="156" />
            <source>What people read: column header, profile label.</source>
            <translation>显示的名称：列标题、档案中的标签。</translation>
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="156" />
            <source>LABEL</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="157" />
            <source>text, choice, number or date.</source>
            <translation>text、choice、number 或 date。</translation>
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="158" />
            <source>The choices of a choice field, separated by commas.</source>
            <translation>选项字段的选项，用逗号分隔。</translation>
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="158" />
            <source>LIST</source>
            <translation>列表</translation>
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="159" />
            <source>The profile refuses to save without a value.</source>
            <translation>不填写则客户档案无法保存。</translation>
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="160" />
            <source>Confirm removing a field that customers have values for.</source>
            <translation>确认删除已有客户取值的字段。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="38" />
            <source>Text encoding: auto, utf-8, gb18030 (GBK), big5, utf-16le, utf-16be.</source>
            <translation>文本编码：auto、utf-8、gb18030（GBK）、big5、utf-16le、utf-16be。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="43" />
            <source>Field delimiter: , ; tab | (default: detected).</source>
            <translation>字段分隔符：, ; tab |（默认自动识别）。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="43" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="581" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="603" />
            <source>C</source>
            <translation>字符</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="47" />
            <source>Excel workbooks (.xlsx): the sheet to read (default: the first).</source>
            <translation>Excel 工作簿（.xlsx）：要读取的工作表（默认第一个）。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="51" />
            <source>Saved column mapping (JSON) to apply.</source>
            <translation>要使用的已保存列映射（JSON）。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="60" />
            <source>Unknown encoding "%1".</source>
            <translation>未知编码“%1”。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="66" />
            <source>Unknown delimiter "%1"; use , ; tab or |.</source>
            <translation>未知分隔符“%1”；请用 , ; tab 或 |。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="110" />
            <source>The change is saved, but tiers and stages could not be recalculated: %1. Run `segment` to catch up.</source>
            <translation>更改已保存，但无法重新计算等级和阶段：%1。请运行 `segment` 补算。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="113" />
            <source>Tiers, stages and month-end figures recalculated for all %1 customers.</source>
            <translation>已为全部 %1 位客户重新计算等级、阶段和月末数据。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="115" />
            <source>Tiers and stages refreshed for the %1 customers this import touched.</source>
            <translation>已为本次导入涉及的 %1 位客户刷新等级和阶段。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="121" />
            <source>Make the column a new customer field (label: its header) instead of leaving it out; TYPE is text (default), choice (its values, at most 20), number or date. Repeatable.</source>
            <translation>将该列作为新的客户字段（名称取列标题）而不是丢弃；TYPE 为 text（默认）、choice（取该列的值，最多 20 种）、number 或 date。可重复使用。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="123" />
            <source>COLUMN[:TYPE]</source>
            <translation>列[:类型]</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="139" />
            <source>--new-field %1: the type is text, choice, number or date.</source>
            <translation>--new-field %1：类型为 text、choice、number 或 date。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="144" />
            <source>--new-field needs a column name.</source>
            <translation>--new-field 需要列名。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="164" />
            <source>Usage: clientele-cli inspect FILE [--rows N]</source>
            <translation>用法：clientele-cli inspect 文件 [--rows N]</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="177" />
            <source>--kind is customers or orders.</source>
            <translation>--kind 取 customers 或 orders。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="212" />
            <source>New fields can only be made from a customer file.</source>
            <translation>只能从客户文件创建新字段。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="226" />
            <source>%1 has no column "%2". The header reads: %3</source>
            <translation>%1 中没有“%2”列。表头为：%3</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="232" />
            <source>new field (%1)</source>
            <translation>新字段（%1）</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="234" />
            <source>new field (%1: %2)</source>
            <translation>新字段（%1：%2）</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="237" />
            <source>no choice field: no values or more than 20 different ones</source>
            <translation>无法作为选项字段：没有值或超过 20 种不同的值</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="279" />
            <source>File:      %1</source>
            <translation>文件：    %1</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="281" />
            <source>Sheet:     %1 (the workbook's sheets: %2)</source>
            <translation>工作表：  %1（工作簿中的工作表：%2）</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="282" />
            <source>Header:    row %1</source>
            <translation>表头：    第 %1 行</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="284" />
            <source>Encoding:  %1%2</source>
            <translation>编码：    %1%2</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="284" />
            <source> (with BOM)</source>
            <translation>（带 BOM）</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="285" />
            <source>Delimiter: %1</source>
            <translation>分隔符：  %1</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="286" />
            <source>Looks like: %1</source>
            <translation>看起来是：%1</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="287" />
            <location filename="../app/cli/ImportCommands.cpp" line="452" />
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="287" />
            <source>Imported as</source>
            <translation>导入为</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="290" />
            <source>(not imported)</source>
            <translation>（不导入）</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="294" />
            <source>%1 (shop field)</source>
            <translation>%1（店铺字段）</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="319" />
            <source>Usage: clientele-cli import customers|orders FILE [options]</source>
            <translation>用法：clientele-cli import customers|orders 文件 [选项]</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="333" />
            <source>--on-duplicate is skip, fill or overwrite.</source>
            <translation>--on-duplicate 取 skip、fill 或 overwrite。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="339" />
            <source>--store is for order files: a customer's home store is where they first bought.</source>
            <translation>--store 只用于订单文件：客户的归属门店是其首次购买的门店。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="408" />
            <source>Dry run of %1: nothing was written.</source>
            <translation>%1 试运行：未写入任何数据。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="410" />
            <source>Imported %1 as import #%2.</source>
            <translation>已导入 %1，导入批次 #%2。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="412" />
            <source>Encoding %1, delimiter %2.</source>
            <translation>编码 %1，分隔符 %2。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="415" />
            <source>Sheet "%1"; lines below are the sheet's row numbers.</source>
            <translation>工作表“%1”；下面的行号是工作表中的行号。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="418" />
            <location filename="../app/cli/ImportCommands.cpp" line="467" />
            <source>Rows imported with a warning: %1</source>
            <translation>带警告导入的行：%1</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="421" />
            <source>Order lines imported: %1, making %2 orders (refunds among them: %3; linked to their original order: %4).</source>
            <translation>已导入订单明细 %1 行，组成 %2 笔订单（其中退款 %3 笔；已关联原订单 %4 笔）。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="427" />
            <source>Shipping, fee and discount lines among them: %1 (counted in their orders' amounts, not as products or categories).</source>
            <translation>其中运费、手续费和优惠行：%1（计入订单金额，不算作商品或品类）。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="432" />
            <source>Guest lines (no member code, phone or e-mail), not imported: %1.</source>
            <translation>散客明细行（没有会员卡号、手机或邮箱），未导入：%1。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="436" />
            <source>Orders imported earlier that get more lines in this file: %1. Those lines were not added (listed below).</source>
            <translation>本文件为以前导入的订单追加了明细：%1 笔。这些明细行未被添加（见下表）。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="442" />
            <source>Customers created from orders: %1</source>
            <translation>由订单新建的客户：%1</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="445" />
            <source>Note: %1</source>
            <translation>提示：%1</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="452" />
            <source>Line</source>
            <translation>行</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="452" />
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="452" />
            <location filename="../app/cli/ServiceCommands.cpp" line="511" />
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="452" />
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="457" />
            <source>… and %1 more; use --errors FILE.csv for the full list.</source>
            <translation>……另有 %1 条；用 --errors 文件.csv 导出完整列表。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="459" />
            <source>Rows skipped because of a problem: %1</source>
            <translation>因有问题而跳过的行：%1</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="461" />
            <source>%1 of them name a customer who is not in the database: import the customers first, or use --create-customers.</source>
            <translation>其中 %1 行指向数据库中没有的客户：请先导入客户，或使用 --create-customers。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="465" />
            <source>Rows skipped because they disagree with the customer they match: %1</source>
            <translation>因与匹配的客户不一致而跳过的行：%1</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="498" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="498" />
            <location filename="../app/cli/MemberCommands.cpp" line="443" />
            <location filename="../app/cli/ServiceCommands.cpp" line="163" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="498" />
            <location filename="../app/cli/MaintenanceCommands.cpp" line="80" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="498" />
            <location filename="../app/cli/MaintenanceCommands.cpp" line="80" />
            <location filename="../app/cli/SecurityCommands.cpp" line="175" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="498" />
            <location filename="../app/cli/MigrateCommand.cpp" line="57" />
            <source>Rows</source>
            <translation>行数</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="498" />
            <source>Inserted</source>
            <translation>新增</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="498" />
            <source>Updated</source>
            <translation>更新</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="499" />
            <source>Skipped</source>
            <translation>跳过</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="499" />
            <source>Errors</source>
            <translation>错误</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="499" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="504" />
            <source>undone</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="504" />
            <source>in effect</source>
            <translation>生效中</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="514" />
            <source>Usage: clientele-cli undo-import ID</source>
            <translation>用法：clientele-cli undo-import 编号</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="531" />
            <source>Import #%1 undone: %2 customers and %3 orders removed, %4 fields restored.</source>
            <translation>已撤销导入 #%1：删除 %2 位客户和 %3 笔订单，恢复 %4 个字段。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="538" />
            <source>The orders' %1 lines went with them; %2 products no other order names were removed.</source>
            <translation>这些订单的 %1 行明细一并删除；删除了 %2 个不再被其他订单引用的商品。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="552" />
            <source>Usage: clientele-cli export customers FILE [--encoding utf-8|utf-8-bom|gb18030] [--marketing]</source>
            <translation>用法：clientele-cli export customers 文件 [--encoding utf-8|utf-8-bom|gb18030] [--marketing]</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="556" />
            <source>--encoding is for CSV files; an .xlsx workbook has no encoding to choose.</source>
            <translation>--encoding 只用于 CSV 文件；.xlsx 工作簿没有编码可选。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="558" />
            <source>--encoding for export is utf-8, utf-8-bom or gb18030.</source>
            <translation>导出的 --encoding 取 utf-8、utf-8-bom 或 gb18030。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="571" />
            <source>Exported %1 customers to %2.</source>
            <translation>已导出 %1 位客户到 %2。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="581" />
            <source>How Clientele reads a file: encoding, delimiter, header, column mapping, first rows.</source>
            <translation>Clientele 如何读取文件：编码、分隔符、表头、列映射、前几行。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="582" />
            <source>Rows to show (default 5).</source>
            <translation>显示的行数（默认 5）。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="583" />
            <source>customers or orders (default: guessed from the header).</source>
            <translation>customers 或 orders（默认根据表头判断）。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="583" />
            <location filename="../app/cli/ServiceCommands.cpp" line="535" />
            <source>KIND</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="584" />
            <source>Write the column mapping to a JSON file to reuse.</source>
            <translation>把列映射写入 JSON 文件以便复用。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="591" />
            <source>Import a customer or order CSV or Excel workbook (.xlsx) as one undoable batch.</source>
            <translation>将客户或订单 CSV 或 Excel 工作簿（.xlsx）作为一个可撤销的批次导入。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="592" />
            <source>Validate and report only; write nothing.</source>
            <translation>只校验和报告，不写入。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="593" />
            <source>For customers already known: skip, fill empty fields, overwrite.</source>
            <translation>对已有客户：跳过、补全空字段或覆盖。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="594" />
            <source>POLICY</source>
            <translation>策略</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="595" />
            <source>Orders for unknown customers create them.</source>
            <translation>订单中的未知客户将被新建。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="596" />
            <source>Orders: the store (code or name on the store list) of rows that name none, or of the whole file when it has no store column.</source>
            <translation>订单：未写门店的行所属的门店（门店列表中的编码或名称）；文件没有门店列时即整个文件的门店。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="598" />
            <location filename="../app/cli/MemberCommands.cpp" line="543" />
            <source>CODE</source>
            <translation>券码</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="599" />
            <source>The customers in the file agreed to marketing messages (used where a row has no consent value; otherwise none is recorded).</source>
            <translation>文件中的客户已同意接收营销信息（用于没有同意值的行；否则不记录同意）。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="601" />
            <source>Write nothing if any row would be skipped or any value left out (a warning that a value was not imported); a phone kept as written does not count.</source>
            <translation>只要有行会被跳过或有值会被留空（即“值未导入”的警告），就什么也不写入；按原样保留的电话号码不算在内。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="604" />
            <source>Write the skipped rows and the warnings (file, line, column, value, reason, outcome) as CSV.</source>
            <translation>把跳过的行和警告（文件、行、列、值、原因、结果）写成 CSV。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="609" />
            <source>List import batches.</source>
            <translation>列出导入批次。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="610" />
            <source>Undo an import: remove what it added, restore what it changed.</source>
            <translation>撤销导入：删除其新增的数据，恢复其修改的数据。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="613" />
            <source>Export customers as CSV (UTF-8 with BOM for Excel by default), or as an Excel workbook when FILE ends in .xlsx.</source>
            <translation>将客户导出为 CSV（默认带 BOM 的 UTF-8，便于 Excel 打开）；文件名以 .xlsx 结尾时导出为 Excel 工作簿。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="615" />
            <source>utf-8, utf-8-bom or gb18030.</source>
            <translation>utf-8、utf-8-bom 或 gb18030。</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="616" />
            <source>A campaign list: leaves out customers who opted out of marketing.</source>
            <translation>营销名单：去掉拒绝营销的客户。</translation>
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="51" />
            <source>From now on the newest backup of each of the last %1 days is kept, and of %2 weeks before them.</source>
            <translation>今后保留最近 %1 天每天最新的一份备份，以及此前 %2 周每周最新的一份。</translation>
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="80" />
            <location filename="../app/cli/RuleCommands.cpp" line="103" />
            <location filename="../app/cli/RuleCommands.cpp" line="174" />
            <location filename="../app/cli/SegmentCommands.cpp" line="293" />
            <location filename="../app/cli/SegmentCommands.cpp" line="322" />
            <location filename="../app/cli/SegmentCommands.cpp" line="539" />
            <location filename="../app/cli/ValueCommands.cpp" line="152" />
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="80" />
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="85" />
            <source>A checked copy is made before the first import of a day and before every merge, erasure, undone import, restore and rule change (not for an empty shop). Kept: the newest copy of each of the last %1 days and of %2 weeks before them; now %3 copies, %4.</source>
            <translation>每天第一次导入前，以及每次合并、删除个人信息、撤销导入、恢复和修改规则前，都会制作一份经过检查的副本（空店铺除外）。保留：最近 %1 天每天最新的一份，以及此前 %2 周每周最新的一份；当前共 %3 份，%4。</translation>
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="101" />
            <source>Usage: clientele-cli backup [--reason TEXT] | backup list</source>
            <translation>用法：clientele-cli backup [--reason 文字] | backup list</translation>
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="111" />
            <source>Backed up to %1 (checked).</source>
            <translation>已备份到 %1（已校验）。</translation>
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="118" />
            <source>Usage: clientele-cli restore BACKUP_FILE</source>
            <translation>用法：clientele-cli restore 备份文件</translation>
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="134" />
            <source>Restored %1. The file it replaced is kept as %2.</source>
            <translation>已恢复 %1。被替换的文件保留为 %2。</translation>
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="150" />
            <source>%1 is healthy.</source>
            <translation>%1 完好。</translation>
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="152" />
            <source>%1 is damaged: %2. Restore the newest backup (clientele-cli backups).</source>
            <translation>%1 已损坏：%2。请恢复最新的备份（clientele-cli backups）。</translation>
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="164" />
            <location filename="../app/cli/MigrateCommand.cpp" line="28" />
            <source>There is no database at %1.</source>
            <translation>%1 处没有数据库。</translation>
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="179" />
            <location filename="../app/cli/MaintenanceCommands.cpp" line="183" />
            <source>Clientele %1</source>
            <translation>客户管家 Clientele %1</translation>
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="180" />
            <source>Database: %1</source>
            <translation>数据库：%1</translation>
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="181" />
            <source>Data version: %1</source>
            <translation>数据版本：%1</translation>
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="182" />
            <source>Last written by: %1</source>
            <translation>最后写入者：%1</translation>
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="182" />
            <source>unknown (an earlier Clientele)</source>
            <translation>未知（较早版本的 Clientele）</translation>
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="194" />
            <source>Make a checked copy of the database in its backups folder, or list the copies and what is kept.</source>
            <translation>在备份文件夹中制作一份经过检查的数据库副本，或列出副本及保留规则。</translation>
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="195" />
            <source>Why (part of the file name).</source>
            <translation>原因（作为文件名的一部分）。</translation>
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="197" />
            <source>List the backups of the database, newest first, or set how many are kept.</source>
            <translation>列出数据库的备份（最新的在前），或设置保留数量。</translation>
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="198" />
            <source>Keep the newest backup of each of the last N days (default 7).</source>
            <translation>保留最近 N 天每天最新的一份备份（默认 7）。</translation>
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="199" />
            <source>Also keep the newest backup of each of N weeks before them (default 4).</source>
            <translation>另外保留此前 N 周每周最新的一份备份（默认 4）。</translation>
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="203" />
            <source>Put a backup in place of the database; the current file is kept beside it.</source>
            <translation>用备份替换数据库；当前文件会保留在旁边。</translation>
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="204" />
            <source>Check the database file for damage (quick_check or integrity_check).</source>
            <translation>检查数据库文件是否损坏（quick_check 或 integrity_check）。</translation>
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="205" />
            <source>Run the full integrity check.</source>
            <translation>运行完整的完整性检查。</translation>
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="206" />
            <source>Show this Clientele's version and which version last wrote the database.</source>
            <translation>显示本 Clientele 的版本，以及最后写入数据库的版本。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="46" />
            <source>--%1 needs a date like 2026-10-31, not "%2".</source>
            <translation>--%1 需要 2026-10-31 这样的日期，而不是“%2”。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="56" />
            <source>--%1 needs an amount like 199 or 199.50, not "%2".</source>
            <translation>--%1 需要 199 或 199.50 这样的金额，而不是“%2”。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="68" />
            <source>--%1 needs a whole number of at least %2, not "%3".</source>
            <translation>--%1 需要不小于 %2 的整数，而不是“%3”。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="126" />
            <source>No visit-card plans yet: cards plans add NAME --uses N --price A --months M.</source>
            <translation>还没有次卡方案：cards plans add 名称 --uses N --price A --months M。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="129" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="261" />
            <source>Plan</source>
            <translation>方案</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="129" />
            <source>Uses</source>
            <translation>次数</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="129" />
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="129" />
            <source>Months</source>
            <translation>月数</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="129" />
            <source>Items</source>
            <translation>适用项目</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="140" />
            <source>Usage: clientele-cli cards plans add NAME --uses N --price A --months M [--items TEXT]</source>
            <translation>用法：clientele-cli cards plans add 名称 --uses N --price A --months M [--items 文本]</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="143" />
            <source>cards plans add needs --%1.</source>
            <translation>cards plans add 需要 --%1。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="158" />
            <source>Plan %1 added: %2 uses for %3, valid %4 months.</source>
            <translation>已添加方案 %1：%2 次，%3，有效 %4 个月。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="170" />
            <source>Usage: clientele-cli cards sell CUSTOMER PLAN [--date D] [--store S] [--pay METHOD]</source>
            <translation>用法：clientele-cli cards sell 顾客 方案 [--date 日期] [--store 门店] [--pay 方式]</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="182" />
            <source>No visit-card plan named %1.</source>
            <translation>没有名为 %1 的次卡方案。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="200" />
            <source>Sold visit card %1 (%2, %3 uses) for %4; valid until %5.</source>
            <translation>已售出次卡 %1（%2，%3 次），售价 %4，有效期至 %5。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="211" />
            <source>Usage: clientele-cli cards use CARD [--date D] [--store S]</source>
            <translation>用法：clientele-cli cards use 卡号 [--date 日期] [--store 门店]</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="220" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="226" />
            <source>No visit card %1.</source>
            <translation>没有次卡 %1。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="234" />
            <source>Use recorded on %1: %2 of %3 uses left (valid until %4).</source>
            <translation>已核销 %1 一次：剩余 %2 次（共 %3 次，有效期至 %4）。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="246" />
            <source>Usage: clientele-cli cards list --customer C</source>
            <translation>用法：clientele-cli cards list --customer 顾客</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="261" />
            <source>Card</source>
            <translation>卡号</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="261" />
            <source>Left</source>
            <translation>剩余</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="261" />
            <source>Sold</source>
            <translation>售出日期</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="261" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="541" />
            <source>Valid until</source>
            <translation>有效期至</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="261" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="541" />
            <location filename="../app/cli/SegmentCommands.cpp" line="539" />
            <location filename="../app/cli/ServiceCommands.cpp" line="163" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="265" />
            <source>expired</source>
            <translation>已过期</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="265" />
            <source>used up</source>
            <translation>已用完</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="265" />
            <source>active</source>
            <translation>可用</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="275" />
            <source>Usage: clientele-cli cards plans [add NAME …] | sell CUSTOMER PLAN | use CARD | list --customer C</source>
            <translation>用法：clientele-cli cards plans [add 名称 …] | sell 顾客 方案 | use 卡号 | list --customer 顾客</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="277" />
            <source>Unknown cards plans action "%1" (add).</source>
            <translation>未知的 cards plans 操作“%1”（可用：add）。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="350" />
            <source>No coupon types yet: coupons types add NAME (--amount-off A | --percent P | --item TEXT) (--valid-days N | --valid-until D).</source>
            <translation>还没有优惠券类型：coupons types add 名称 (--amount-off A | --percent P | --item 文本) (--valid-days N | --valid-until 日期)。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="356" />
            <source>Gives</source>
            <translation>优惠内容</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="356" />
            <source>Valid</source>
            <translation>有效期</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="356" />
            <source>Per customer</source>
            <translation>每人限领</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="356" />
            <source>Issued</source>
            <translation>已发放</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="356" />
            <source>Redeemed</source>
            <translation>已核销</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="357" />
            <source>Rate</source>
            <translation>核销率</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="360" />
            <source>%1 days from issue</source>
            <translation>发放后 %1 天</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="362" />
            <source>until %1</source>
            <translation>至 %1</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="363" />
            <source>no limit</source>
            <translation>不限</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="372" />
            <source>Usage: clientele-cli coupons types add NAME (--amount-off A | --percent P [--cap A] | --item TEXT [--item-value A]) [--min-spend A] (--valid-days N | --valid-until D [--valid-from D]) [--per-customer N] [--stackable]</source>
            <translation>用法：clientele-cli coupons types add 名称 (--amount-off A | --percent P [--cap A] | --item 文本 [--item-value A]) [--min-spend A] (--valid-days N | --valid-until 日期 [--valid-from 日期]) [--per-customer N] [--stackable]</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="380" />
            <source>A coupon type is one of --amount-off A, --percent P or --item TEXT.</source>
            <translation>优惠券类型须为 --amount-off A、--percent P 或 --item 文本 之一。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="419" />
            <source>Coupon type %1 added: %2.</source>
            <translation>已添加优惠券类型 %1：%2。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="431" />
            <source>segment %1</source>
            <translation>消费分群 %1</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="438" />
            <source>tier %1</source>
            <translation>等级 %1</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="445" />
            <source>No customer is in segment "%1" (segments come from the latest `segment` run); no coupons were issued.</source>
            <translation>没有顾客属于消费分群“%1”（消费分群来自最近一次 `segment` 运行）；未发放任何优惠券。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="448" />
            <source>No customer is in tier "%1" (tiers come from the latest `segment` run); no coupons were issued.</source>
            <translation>没有顾客属于等级“%1”（等级来自最近一次 `segment` 运行）；未发放任何优惠券。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="457" />
            <source>Usage: clientele-cli coupons issue TYPE (--customer C | --segment S | --tier T) [--date D]</source>
            <translation>用法：clientele-cli coupons issue 类型 (--customer 顾客 | --segment 消费分群 | --tier 等级) [--date 日期]</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="461" />
            <source>coupons issue needs exactly one of --customer C, --segment S or --tier T.</source>
            <translation>coupons issue 需要且只能指定 --customer、--segment 或 --tier 其中之一。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="470" />
            <source>No coupon type named %1.</source>
            <translation>没有名为 %1 的优惠券类型。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="478" />
            <source>customer %1</source>
            <translation>客户 %1</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="499" />
            <source>%1 coupon(s) of %2 issued to %3.</source>
            <translation>已向%3发放 %1 张“%2”。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="502" />
            <source>%1 customer(s) skipped: they already hold %2 of this type.</source>
            <translation>跳过 %1 位顾客：他们已持有 %2 张此类优惠券。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="507" />
            <source>Code: %1 (valid %2 – %3)</source>
            <translation>券码：%1（有效期 %2 – %3）</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="538" />
            <source>No coupons.</source>
            <translation>没有优惠券。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="541" />
            <location filename="../app/cli/RuleCommands.cpp" line="103" />
            <location filename="../app/cli/RuleCommands.cpp" line="174" />
            <location filename="../app/cli/ServiceCommands.cpp" line="163" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="541" />
            <source>Valid from</source>
            <translation>生效日期</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="554" />
            <source>Usage: clientele-cli coupons types [add NAME …] | issue TYPE (--customer C | --segment S | --tier T) | list [--customer C]</source>
            <translation>用法：clientele-cli coupons types [add 名称 …] | issue 类型 (--customer 顾客 | --segment 消费分群 | --tier 等级) | list [--customer 顾客]</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="557" />
            <source>Unknown coupons types action "%1" (add).</source>
            <translation>未知的 coupons types 操作“%1”（可用：add）。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="576" />
            <source>Visit cards (次卡): plans, selling a card (a sale), recording a use.</source>
            <translation>次卡：方案、售卡（记为一笔消费）、核销。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="577" />
            <source>Number of uses of the plan.</source>
            <translation>方案的次数。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="578" />
            <source>Price of the plan.</source>
            <translation>方案的价格。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="578" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="591" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="593" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="595" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="596" />
            <location filename="../app/cli/MemberCommands.cpp" line="535" />
            <source>A</source>
            <translation>A</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="579" />
            <source>Months a card stays valid after the sale.</source>
            <translation>售出后有效的月数。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="579" />
            <location filename="../app/cli/SegmentCommands.cpp" line="322" />
            <source>M</source>
            <translation>M</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="580" />
            <source>Products or services the plan covers (text or product codes).</source>
            <translation>方案适用的商品或服务（文字或商品编码）。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="581" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="603" />
            <source>Phone, member code or ID of the customer.</source>
            <translation>顾客的手机号、会员号或 ID。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="582" />
            <source>Day of the sale or use (default today).</source>
            <translation>售卡或核销的日期（默认今天）。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="583" />
            <source>Store where it happens.</source>
            <translation>发生的门店。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="584" />
            <source>How a card sold is paid: cash, card, wechat or alipay (default cash).</source>
            <translation>售卡的付款方式：cash、card、wechat 或 alipay（默认现金）。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="585" />
            <location filename="../app/cli/MemberCommands.cpp" line="112" />
            <source>METHOD</source>
            <translation>方式</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="590" />
            <source>Coupons: types with their redemption rate, issuing to a customer, a segment or a tier, listing.</source>
            <translation>优惠券：类型及核销率，向顾客、消费分群或等级发券，列出优惠券。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="591" />
            <source>Amount off the sale.</source>
            <translation>减免金额。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="592" />
            <source>Percent off the sale (1–100).</source>
            <translation>减免百分比（1–100）。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="592" />
            <source>P</source>
            <translation>P</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="593" />
            <source>At most this much off (percent coupons).</source>
            <translation>最多减免金额（折扣券）。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="594" />
            <source>A free item (text or product code).</source>
            <translation>赠品（文字或商品编码）。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="595" />
            <source>Value of the free item, taken off the sale.</source>
            <translation>赠品价值，从本单中抵扣。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="596" />
            <source>Minimum sale for the coupon.</source>
            <translation>使用优惠券的最低消费。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="597" />
            <source>Valid this many days from the day of issue.</source>
            <translation>自发放当天起有效的天数。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="598" />
            <source>First valid day (with --valid-until).</source>
            <translation>生效日期（与 --valid-until 一起使用）。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="599" />
            <source>Last valid day.</source>
            <translation>最后有效日期。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="600" />
            <source>Coupons of the type one customer may hold (default 1; 0 no limit).</source>
            <translation>每位顾客可持有此类优惠券的张数（默认 1；0 为不限）。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="602" />
            <source>May be used together with other stackable coupons on one sale.</source>
            <translation>可在同一单中与其他可叠加的优惠券同时使用。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="604" />
            <source>Every customer of this RFM segment (latest run).</source>
            <translation>该消费分群的所有顾客（最近一次分层）。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="605" />
            <source>Every customer of this tier (latest run), opted-out customers included.</source>
            <translation>该等级的所有顾客（最近一次运行），包括拒收营销的顾客。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="606" />
            <source>T</source>
            <translation>T</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="607" />
            <source>Day of issue (default today).</source>
            <translation>发放日期（默认今天）。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="608" />
            <source>At most N coupons (default 200).</source>
            <translation>最多 N 张（默认 200）。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="40" />
            <source>%1 must be an amount above 0 like 128.50, not "%2".</source>
            <translation>%1 必须是大于 0 的金额，例如 128.50，不能是“%2”。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="53" />
            <source>--date must be a date like 2026-12-01, not "%1".</source>
            <translation>--date 必须是 2026-12-01 这样的日期，不能是“%1”。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="75" />
            <source>Stored value is given twice (--pay balance:… and --pay-balance, or two --pay balance:…).</source>
            <translation>储值给了两次（--pay balance:… 与 --pay-balance，或两个 --pay balance:…）。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="86" />
            <source>--pay takes cash, card, wechat, alipay or balance, each with :AMOUNT when the sale is split, not "%1".</source>
            <translation>--pay 可取 cash、card、wechat、alipay 或 balance，分开付款时各带 :金额，而不是“%1”。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="112" />
            <source>Payment method: cash, card, wechat or alipay (default cash).</source>
            <translation>支付方式：cash、card、wechat 或 alipay（默认 cash）。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="117" />
            <source>The day it happened (default today).</source>
            <translation>发生日期（默认今天）。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="138" />
            <location filename="../app/cli/SegmentCommands.cpp" line="356" />
            <location filename="../app/cli/ServiceCommands.cpp" line="283" />
            <source>Cannot open %1.</source>
            <translation>无法打开 %1。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="142" />
            <location filename="../app/cli/ServiceCommands.cpp" line="287" />
            <source>%1 is not a JSON object: %2</source>
            <translation>%1 不是 JSON 对象：%2</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="157" />
            <source>Saved the member rules as version %1.</source>
            <translation>会员规则已保存为第 %1 版。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="159" />
            <source>%1 imported orders since the program's start earned points.</source>
            <translation>会员计划开始后导入的 %1 笔订单已获得积分。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="167" />
            <source>New member codes start with "%1".</source>
            <translation>新会员编号以“%1”开头。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="170" />
            <source>Usage: clientele-cli member-rules show | set FILE.json | prefix TEXT</source>
            <translation>用法：clientele-cli member-rules show | set FILE.json | prefix TEXT</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="176" />
            <source>Usage: clientele-cli sale CUSTOMER --amount A [--pay METHOD | --pay METHOD:A ...] [--pay-balance A|all] [--redeem-points N] [--coupon CODE] [--date D] [--store S]</source>
            <translation>用法：clientele-cli sale 客户 --amount 金额 [--pay 方式 | --pay 方式:金额 ...] [--pay-balance 金额|all] [--redeem-points N] [--coupon 券码] [--date 日期] [--store 门店]</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="180" />
            <source>sale needs --amount.</source>
            <translation>sale 需要 --amount。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="196" />
            <source>--redeem-points needs a whole number of points, not "%1".</source>
            <translation>--redeem-points 需要整数积分，不能是“%1”。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="235" />
            <source>Sale %1 for %2 (%3), %4</source>
            <translation>单据 %1：%2（%3），%4</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="238" />
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="241" />
            <source>Tier discount</source>
            <translation>等级折扣</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="243" />
            <source>Coupon %1 (%2)</source>
            <translation>优惠券 %1（%2）</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="246" />
            <source>Free item: %1</source>
            <translation>赠品：%1</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="248" />
            <source>%1 points</source>
            <translation>%1 积分</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="250" />
            <source>Stored value (principal %1, bonus %2)</source>
            <translation>储值（本金 %1，赠送 %2）</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="255" />
            <source>Total paid</source>
            <translation>实付合计</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="257" />
            <source>Points earned: %1; points now %2; stored value %3 (principal %4, bonus %5).</source>
            <translation>获得积分：%1；当前积分 %2；储值 %3（本金 %4，赠送 %5）。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="265" />
            <source>The sale was saved, but recalculating tiers failed: %1</source>
            <translation>单据已保存，但重新计算等级失败：%1</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="272" />
            <source>Usage: clientele-cli refund ORDER_NO</source>
            <translation>用法：clientele-cli refund ORDER_NO</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="298" />
            <source>Voided %1 as %2.</source>
            <translation>已作废 %1（%2）。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="298" />
            <source>Refunded %1 as %2.</source>
            <translation>已退款 %1（%2）。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="300" />
            <source>Points taken back: %1, points returned: %2; stored value returned: principal %3, bonus %4; to pay back otherwise: %5.</source>
            <translation>收回积分：%1，退还积分：%2；退回储值：本金 %3，赠送 %4；另需退还：%5。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="308" />
            <source>Pay back %1 by %2.</source>
            <translation>以%2退还 %1。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="311" />
            <source>Coupons given back: %1.</source>
            <translation>已退回优惠券：%1。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="313" />
            <source>Visit card %1: %2 unused uses cancelled.</source>
            <translation>次卡 %1：已作废 %2 次未用次数。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="321" />
            <source>Usage: clientele-cli topup CUSTOMER AMOUNT [--pay METHOD] [--date D]</source>
            <translation>用法：clientele-cli topup CUSTOMER AMOUNT [--pay METHOD] [--date D]</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="323" />
            <source>AMOUNT</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="344" />
            <source>Topped up %1 for %2 with a bonus of %3; stored value now %4 (principal %5, bonus %6).</source>
            <translation>已为 %2 充值 %1，赠送 %3；当前储值 %4（本金 %5，赠送 %6）。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="355" />
            <source>Usage: clientele-cli balance CUSTOMER [--history]</source>
            <translation>用法：clientele-cli balance CUSTOMER [--history]</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="435" />
            <source>%1 (%2): stored value %3 (principal %4, bonus %5); %6 points, %7 of them expiring within %8 days.</source>
            <translation>%1（%2）：储值 %3（本金 %4，赠送 %5）；积分 %6，其中 %7 将在 %8 天内过期。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="443" />
            <source>Ledger</source>
            <translation>账户</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="443" />
            <source>Change</source>
            <translation>变化</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="443" />
            <source>Expires</source>
            <translation>过期日</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="443" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="444" />
            <source>By</source>
            <translation>经办人</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="446" />
            <source>Points</source>
            <translation>积分</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="451" />
            <source>Stored value</source>
            <translation>储值</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="453" />
            <source>principal %1, bonus %2</source>
            <translation>本金 %1，赠送 %2</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="464" />
            <source>Usage: clientele-cli points adjust CUSTOMER N --reason TEXT (a negative N goes last, after --: points adjust CUSTOMER --reason TEXT -- -50)</source>
            <translation>用法：clientele-cli points adjust CUSTOMER N --reason TEXT（负数放在最后的 -- 之后：points adjust CUSTOMER --reason TEXT -- -50）</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="469" />
            <source>N must be a whole number of points other than 0, not "%1".</source>
            <translation>N 必须是不为 0 的整数积分，不能是“%1”。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="482" />
            <source>Adjusted %1's points by %2; now %3.</source>
            <translation>已将 %1 的积分调整 %2；当前 %3。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="492" />
            <source>--as-of must be a date like 2026-12-31, not "%1".</source>
            <translation>--as-of 必须是 2026-12-31 这样的日期，不能是“%1”。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="511" />
            <source>Owed to members as of %1</source>
            <translation>截至 %1 欠会员的</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="512" />
            <source>Stored value: principal</source>
            <translation>储值：本金</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="513" />
            <source>Stored value: bonus</source>
            <translation>储值：赠送</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="514" />
            <source>Points (%1)</source>
            <translation>积分（%1）</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="515" />
            <source>Unused visit-card uses (%1)</source>
            <translation>次卡未用次数（%1）</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="516" />
            <location filename="../app/cli/SegmentCommands.cpp" line="194" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="527" />
            <source>Show or replace (as a new version; owners, audited) the member program's rules, or set the member code prefix.</source>
            <translation>查看或替换（作为新版本；仅店主，记入审计）会员规则，或设置会员编号前缀。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="534" />
            <source>Ring up a sale for a member in one transaction: points, stored value, the rest by the payment method.</source>
            <translation>在一个事务中为会员开单：积分、储值，其余按支付方式支付。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="535" />
            <source>Amount of the sale.</source>
            <translation>单据金额。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="537" />
            <source>Payment method: cash, card, wechat or alipay (default cash). Repeat as METHOD:AMOUNT to split the sale (balance:A pays from stored value; one METHOD without an amount takes the rest).</source>
            <translation>付款方式：cash、card、wechat 或 alipay（默认 cash）。以 方式:金额 重复可分开付款（balance:金额 从储值支付；一个不带金额的方式支付剩余部分）。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="540" />
            <source>METHOD[:A]</source>
            <translation>方式[:金额]</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="541" />
            <source>Pay this much (or all it covers) from stored value.</source>
            <translation>从储值中支付此金额（或能覆盖的全部）。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="541" />
            <source>A|all</source>
            <translation>金额|all</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="542" />
            <source>Points to redeem (100 = ¥1 by default).</source>
            <translation>抵扣的积分（默认 100 积分 = ¥1）。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="543" />
            <source>Coupon code to redeem.</source>
            <translation>要使用的优惠券码。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="544" />
            <source>The store the sale belongs to.</source>
            <translation>单据所属门店。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="547" />
            <source>Reverse a counter sale: points, stored value (void on its day; later owners only).</source>
            <translation>冲销一张收银单：积分、储值（当天作废；之后仅店主可退款）。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="549" />
            <source>Top up a member's stored value; the bonus step is added.</source>
            <translation>为会员储值充值；按档位加送赠送金额。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="551" />
            <source>A member's stored value, points and what expires within 30 days.</source>
            <translation>会员的储值、积分及 30 天内过期的积分。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="552" />
            <source>Also list the ledgers.</source>
            <translation>同时列出流水。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="553" />
            <source>Adjust a member's points (owners, audited).</source>
            <translation>调整会员积分（仅店主，记入审计）。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="554" />
            <source>Why the points change.</source>
            <translation>积分变动的原因。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="556" />
            <source>What the shop owes its members: stored value, points and their value, unused card uses.</source>
            <translation>店铺对会员的负债：储值、积分及其价值、次卡未用次数。</translation>
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="557" />
            <source>Day (default today).</source>
            <translation>日期（默认今天）。</translation>
        </message>
        <message>
            <location filename="../app/cli/MigrateCommand.cpp" line="25" />
            <source>Name both databases: migrate --from shop.sqlite --to postgresql://USER@HOST/DATABASE.</source>
            <translation>请指定两个数据库：migrate --from shop.sqlite --to postgresql://用户@主机/数据库。</translation>
        </message>
        <message>
            <location filename="../app/cli/MigrateCommand.cpp" line="57" />
            <source>Table</source>
            <translation>数据表</translation>
        </message>
        <message>
            <location filename="../app/cli/MigrateCommand.cpp" line="62" />
            <source>Moved %1 rows from %2 to %3; row counts and money sums agree.</source>
            <translation>已从 %2 迁移 %1 行到 %3；行数和金额合计一致。</translation>
        </message>
        <message>
            <location filename="../app/cli/MigrateCommand.cpp" line="75" />
            <source>Copy a whole shop into an empty database (ids kept, sealed fields as they are); all or nothing.</source>
            <translation>把整个店铺复制到一个空数据库（保留编号，加密字段原样复制）；要么全部完成，要么什么都不改。</translation>
        </message>
        <message>
            <location filename="../app/cli/MigrateCommand.cpp" line="76" />
            <source>The shop to copy (a file or a server address).</source>
            <translation>要复制的店铺（文件或服务器地址）。</translation>
        </message>
        <message>
            <location filename="../app/cli/MigrateCommand.cpp" line="76" />
            <location filename="../app/cli/MigrateCommand.cpp" line="77" />
            <source>DATABASE</source>
            <translation>数据库</translation>
        </message>
        <message>
            <location filename="../app/cli/MigrateCommand.cpp" line="77" />
            <source>The empty database to copy it into.</source>
            <translation>复制到的空数据库。</translation>
        </message>
        <message>
            <location filename="../app/cli/ProductCommands.cpp" line="27" />
            <source>Usage: clientele-cli products set-interval CODE DAYS|clear</source>
            <translation>用法：clientele-cli products set-interval 编码 天数|clear</translation>
        </message>
        <message>
            <location filename="../app/cli/ProductCommands.cpp" line="33" />
            <source>DAYS is a whole number from 1 to 3650, or clear.</source>
            <translation>天数须为 1 到 3650 的整数，或 clear。</translation>
        </message>
        <message>
            <location filename="../app/cli/ProductCommands.cpp" line="44" />
            <source>%1: buy again every %2 days (your number; the care rule uses it).</source>
            <translation>%1：每%2天回购（您设定的周期，关怀规则将使用它）。</translation>
        </message>
        <message>
            <location filename="../app/cli/ProductCommands.cpp" line="47" />
            <source>%1: your interval cleared; the median of repeat purchases is used.</source>
            <translation>%1：已清除您设定的周期，改用回购间隔的中位数。</translation>
        </message>
        <message>
            <location filename="../app/cli/ProductCommands.cpp" line="57" />
            <source>Usage: clientele-cli products [--limit N] | products set-interval CODE DAYS|clear</source>
            <translation>用法：clientele-cli products [--limit N] | products set-interval 编码 天数|clear</translation>
        </message>
        <message>
            <location filename="../app/cli/ProductCommands.cpp" line="86" />
            <source>No order lines yet: import a file with one row per item (quantity, unit price or line total, product) to see products.</source>
            <translation>还没有订单明细：导入每件商品一行的文件（数量、单价或行金额、商品）后即可查看商品。</translation>
        </message>
        <message>
            <location filename="../app/cli/ProductCommands.cpp" line="92" />
            <source>Units</source>
            <translation>件数</translation>
        </message>
        <message>
            <location filename="../app/cli/ProductCommands.cpp" line="93" />
            <source>Repurchase (days)</source>
            <translation>复购间隔（天）</translation>
        </message>
        <message>
            <location filename="../app/cli/ProductCommands.cpp" line="93" />
            <source>Your interval (days)</source>
            <translation>您设定的周期（天）</translation>
        </message>
        <message>
            <location filename="../app/cli/ProductCommands.cpp" line="101" />
            <source>Repurchase: the median number of days between two purchases of the product by the same customer, over customers who bought it on two or more days. Your interval (products set-interval CODE DAYS) replaces it for the replenish care rule, which skips products with fewer than 3 repeat purchases and no interval of yours.</source>
            <translation>回购：同一顾客两次购买该商品之间天数的中位数，统计在两天或以上购买过的顾客。您设定的周期（products set-interval 编码 天数）在回购关怀规则中取代它；回购不足 3 次且未设定周期的商品不提醒。</translation>
        </message>
        <message>
            <location filename="../app/cli/ProductCommands.cpp" line="115" />
            <source>Best-selling products from order lines: units, revenue, customers, days between repeat purchases.</source>
            <translation>按订单明细统计的畅销商品：件数、收入、客户数、复购间隔天数。</translation>
        </message>
        <message>
            <location filename="../app/cli/ProductCommands.cpp" line="116" />
            <source>At most N products (default 20).</source>
            <translation>最多 N 个商品（默认 20）。</translation>
        </message>
        <message>
            <location filename="../app/cli/ReportCommands.cpp" line="30" />
            <location filename="../app/cli/ReportCommands.cpp" line="33" />
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <location filename="../app/cli/ReportCommands.cpp" line="39" />
            <source>Usage: clientele-cli report monthly --month YYYY-MM -o FILE.pdf|.html|.csv [--page a4|letter] [--store CODE[,CODE…]|all]</source>
            <translation>用法：clientele-cli report monthly --month YYYY-MM -o 文件.pdf|.html|.csv [--page a4|letter] [--store 代码[,代码…]|all]</translation>
        </message>
        <message>
            <location filename="../app/cli/ReportCommands.cpp" line="46" />
            <location filename="../app/cli/ServiceCommands.cpp" line="237" />
            <source>--month needs a month like 2026-10.</source>
            <translation>--month 需要一个月份，例如 2026-10。</translation>
        </message>
        <message>
            <location filename="../app/cli/ReportCommands.cpp" line="50" />
            <source>The output file must end in .pdf, .html or .csv.</source>
            <translation>输出文件须以 .pdf、.html 或 .csv 结尾。</translation>
        </message>
        <message>
            <location filename="../app/cli/ReportCommands.cpp" line="69" />
            <source>--page is a4 or letter.</source>
            <translation>--page 为 a4 或 letter。</translation>
        </message>
        <message>
            <location filename="../app/cli/ReportCommands.cpp" line="73" />
            <source>This build has no PDF output (built without the desktop libraries); use .html.</source>
            <translation>此版本不能输出 PDF（构建时未包含桌面库）；请使用 .html。</translation>
        </message>
        <message>
            <location filename="../app/cli/ReportCommands.cpp" line="85" />
            <source>Monthly tier report for %1 written to %2.</source>
            <translation>%1 的月度等级报告已写入 %2。</translation>
        </message>
        <message>
            <location filename="../app/cli/ReportCommands.cpp" line="87" />
            <source>Monthly tier report of %1 for %2 written to %3.</source>
            <translation>%1的 %2 月度等级报告已写入 %3。</translation>
        </message>
        <message>
            <location filename="../app/cli/ReportCommands.cpp" line="99" />
            <source>Write the monthly tier report (KPIs, tiers, migration, top and at-risk customers, follow-ups), for the chain or some stores (a store's figures: its home customers').</source>
            <translation>生成月度等级报告（关键指标、等级、等级迁移、头部客户与有流失风险的客户、跟进），可针对整个连锁或部分门店（门店的数字即其归属客户的数字）。</translation>
        </message>
        <message>
            <location filename="../app/cli/ReportCommands.cpp" line="101" />
            <location filename="../app/cli/ServiceCommands.cpp" line="545" />
            <source>The month, like 2026-10.</source>
            <translation>月份，例如 2026-10。</translation>
        </message>
        <message>
            <location filename="../app/cli/ReportCommands.cpp" line="101" />
            <location filename="../app/cli/SegmentCommands.cpp" line="560" />
            <location filename="../app/cli/SegmentCommands.cpp" line="565" />
            <location filename="../app/cli/SegmentCommands.cpp" line="566" />
            <location filename="../app/cli/ServiceCommands.cpp" line="545" />
            <location filename="../app/cli/ServiceCommands.cpp" line="557" />
            <location filename="../app/cli/ServiceCommands.cpp" line="564" />
            <source>YYYY-MM</source>
            <translation>YYYY-MM</translation>
        </message>
        <message>
            <location filename="../app/cli/ReportCommands.cpp" line="102" />
            <source>Where to write it; the ending picks the format.</source>
            <translation>写到哪里；扩展名决定格式。</translation>
        </message>
        <message>
            <location filename="../app/cli/ReportCommands.cpp" line="103" />
            <source>Paper for PDF: a4 or letter.</source>
            <translation>PDF 纸张：a4 或 letter。</translation>
        </message>
        <message>
            <location filename="../app/cli/ReportCommands.cpp" line="103" />
            <source>SIZE</source>
            <translation>尺寸</translation>
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="41" />
            <source>A rule ID is a number from `rules list`, not "%1".</source>
            <translation>规则编号是 `rules list` 中的数字，而不是“%1”。</translation>
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="67" />
            <source>On</source>
            <translation>开启</translation>
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="67" />
            <location filename="../app/cli/SegmentCommands.cpp" line="427" />
            <location filename="../app/cli/SegmentCommands.cpp" line="539" />
            <source>Rule</source>
            <translation>规则</translation>
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="67" />
            <source>Trigger → action</source>
            <translation>触发条件 → 动作</translation>
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="69" />
            <location filename="../app/cli/RuleCommands.cpp" line="99" />
            <source>on</source>
            <translation>开</translation>
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="69" />
            <location filename="../app/cli/RuleCommands.cpp" line="99" />
            <source>off</source>
            <translation>关</translation>
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="72" />
            <location filename="../app/cli/RuleCommands.cpp" line="252" />
            <source>At most %1 actions per day.</source>
            <translation>每天最多 %1 个动作。</translation>
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="72" />
            <source>No daily limit on actions.</source>
            <translation>每天的动作数不限。</translation>
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="74" />
            <source>Last run %1; %2 over the daily limit.</source>
            <translation>上次运行 %1；%2 个超出每日上限。</translation>
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="103" />
            <location filename="../app/cli/RuleCommands.cpp" line="174" />
            <location filename="../app/cli/SegmentCommands.cpp" line="431" />
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="116" />
            <source>Cannot read %1.</source>
            <translation>无法读取 %1。</translation>
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="121" />
            <source>%1 is not JSON: %2.</source>
            <translation>%1 不是 JSON：%2。</translation>
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="167" />
            <source>Rule %1 cannot run: %2.</source>
            <translation>规则 %1 无法运行：%2。</translation>
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="174" />
            <source>Action</source>
            <translation>动作</translation>
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="225" />
            <source>Rule %1 is on.</source>
            <translation>规则 %1 已开启。</translation>
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="225" />
            <source>Rule %1 is off.</source>
            <translation>规则 %1 已关闭。</translation>
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="237" />
            <source>The rules run after each recalculation and once a day.</source>
            <translation>规则在每次重新计算后和每天运行一次。</translation>
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="238" />
            <source>The rules run only when asked (rules run).</source>
            <translation>规则只在要求时运行（rules run）。</translation>
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="246" />
            <source>The daily limit is a number (0: none), not "%1".</source>
            <translation>每日上限是一个数字（0 表示不限），而不是“%1”。</translation>
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="255" />
            <source>Usage: clientele-cli rules list | show ID | set FILE.json | dry-run ID | on ID | off ID | run | limit N | auto on|off</source>
            <translation>用法：clientele-cli rules list | show ID | set FILE.json | dry-run ID | on ID | off ID | run | limit N | auto on|off</translation>
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="265" />
            <source>Automation rules (trigger → conditions → action; the care rules are built in): list, show, change (owners), try without saving, switch on or off, run now, the daily limit of actions.</source>
            <translation>自动化规则（触发条件 → 筛选条件 → 动作；关怀规则为内置规则）：列出、查看、修改（店主）、试运行（不保存）、开关、立即运行、每日动作上限。</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="38" />
            <source>New password for %1: </source>
            <translation>%1 的新密码：</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="39" />
            <source>Again: </source>
            <translation>再输入一次：</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="40" />
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不同。</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="79" />
            <source>No user accounts: Clientele opens without signing in. Add the owner with `users add NAME --role owner`.</source>
            <translation>没有用户账户：Clientele 打开时无需登录。用 `users add 名称 --role owner` 添加店主。</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="84" />
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="84" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="84" />
            <source>Stores</source>
            <translation>门店</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="84" />
            <source>Locked until</source>
            <translation>锁定至</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="87" />
            <source>all (chain)</source>
            <translation>全部（整个连锁）</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="93" />
            <location filename="../app/cli/SecurityCommands.cpp" line="131" />
            <source>Usage: clientele-cli users list | add NAME --role owner|staff | passwd NAME | role NAME owner|staff | set-stores NAME CODE[,CODE…]|all | remove NAME</source>
            <translation>用法：clientele-cli users list | add 名称 --role owner|staff | passwd 名称 | role 名称 owner|staff | set-stores 名称 代码[,代码…]|all | remove 名称</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="100" />
            <source>--role is owner or staff.</source>
            <translation>--role 为 owner 或 staff。</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="106" />
            <source>User %1 added as %2.</source>
            <translation>已添加用户 %1（%2）。</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="112" />
            <source>Password of %1 changed.</source>
            <translation>%1 的密码已修改。</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="116" />
            <source>The role is owner or staff.</source>
            <translation>角色为 owner 或 staff。</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="118" />
            <source>%1 is now %2.</source>
            <translation>%1 现在是%2。</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="125" />
            <source>%1 now sees the whole chain.</source>
            <translation>%1 现在可看整个连锁的数字。</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="126" />
            <source>%1 now sees the stores %2.</source>
            <translation>%1 现在可看门店 %2 的数字。</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="129" />
            <source>User %1 removed.</source>
            <translation>已删除用户 %1。</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="156" />
            <source>The audit log was changed outside Clientele at entry %1.</source>
            <translation>审计日志第 %1 条在 Clientele 之外被修改。</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="157" />
            <source>The audit log is intact.</source>
            <translation>审计日志完整。</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="175" />
            <source>Who</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="175" />
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="175" />
            <source>Subject</source>
            <translation>对象</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="175" />
            <source>Detail</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="189" />
            <source>Usage: clientele-cli privacy export ID -o FILE.json | privacy erase ID --yes</source>
            <translation>用法：clientele-cli privacy export 编号 -o 文件.json | privacy erase 编号 --yes</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="196" />
            <source>Usage: clientele-cli privacy export ID -o FILE.json</source>
            <translation>用法：clientele-cli privacy export 编号 -o 文件.json</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="199" />
            <source>Everything about customer %1 written to %2.</source>
            <translation>客户 %1 的全部信息已写入 %2。</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="203" />
            <source>Erasing cannot be undone in Clientele (a backup is made first). Add --yes to erase customer %1.</source>
            <translation>删除在 Clientele 内无法撤销（会先备份）。加上 --yes 以删除客户 %1。</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="207" />
            <source>Customer %1 erased: personal data removed, orders kept anonymously.</source>
            <translation>客户 %1 已删除：个人信息已移除，订单以匿名方式保留。</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="222" />
            <source>Usage: clientele-cli vault fields | setup | change-passphrase | mark FIELD | set ID FIELD VALUE | show ID FIELD</source>
            <translation>用法：clientele-cli vault fields | setup | change-passphrase | mark 字段 | set 编号 字段 内容 | show 编号 字段</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="239" />
            <source>New passphrase for sensitive fields: </source>
            <translation>敏感字段的新口令：</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="240" />
            <source>Sensitive fields are now encrypted with your passphrase. Keep it safe: without it they cannot be read.</source>
            <translation>敏感字段现已用你的口令加密。请妥善保管：没有它就无法读取。</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="242" />
            <source>Current passphrase: </source>
            <translation>当前口令：</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="243" />
            <source>New passphrase: </source>
            <translation>新口令：</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="244" />
            <source>Passphrase changed; every sensitive value was re-encrypted.</source>
            <translation>口令已修改；所有敏感信息已重新加密。</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="247" />
            <source>%1 is now a sensitive field.</source>
            <translation>%1 现在是敏感字段。</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="253" />
            <source>Passphrase: </source>
            <translation>口令：</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="265" />
            <source>Saved, encrypted.</source>
            <translation>已加密保存。</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="282" />
            <source>User accounts: the owner may do everything; staff may not export, erase, merge, undo imports, change rules or see full phone numbers. An account set to some stores sees only their figures. New passwords come from CLIENTELE_NEW_PASSWORD or are asked.</source>
            <translation>用户账号：店主可以做所有操作；店员不能导出、删除、合并、撤销导入、修改规则或查看完整手机号。限定了门店的账号只能看这些门店的数字。新密码取自 CLIENTELE_NEW_PASSWORD，否则会询问。</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="285" />
            <source>owner or staff.</source>
            <translation>owner 或 staff。</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="285" />
            <source>ROLE</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="288" />
            <source>The audit log (owner only): exports, erasures, merges, undone imports, user changes, reveals.</source>
            <translation>审计日志（仅店主）：导出、删除、合并、撤销导入、用户变更、查看敏感信息。</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="289" />
            <source>Newest N entries (default 50).</source>
            <translation>最新的 N 条（默认 50）。</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="290" />
            <source>Only this kind, e.g. export, erase, merge.</source>
            <translation>只看这一类，例如 export、erase、merge。</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="290" />
            <source>KEY</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="291" />
            <source>Check that no entry was changed or removed outside Clientele.</source>
            <translation>检查是否有记录在 Clientele 之外被修改或删除。</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="294" />
            <source>A customer's right of access (everything held, as JSON) and erasure (orders kept anonymously).</source>
            <translation>客户的查阅权（以 JSON 导出全部信息）和删除权（订单匿名保留）。</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="295" />
            <source>JSON file to write.</source>
            <translation>要写入的 JSON 文件。</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="296" />
            <source>Confirm the erasure.</source>
            <translation>确认删除。</translation>
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="299" />
            <source>Sensitive fields (ID card, private notes, fields you mark), encrypted with the owner's passphrase (CLIENTELE_PASSPHRASE / CLIENTELE_NEW_PASSPHRASE, else asked). Showing one is audited.</source>
            <translation>敏感字段（身份证号、私密备注、你标记的字段）用店主口令加密（CLIENTELE_PASSPHRASE / CLIENTELE_NEW_PASSPHRASE，否则询问）。查看会记入审计日志。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="55" />
            <source>--%1 needs a date like 2026-10-31.</source>
            <translation>--%1 需要日期，例如 2026-10-31。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="65" />
            <source>--%1 needs a month like 2026-10.</source>
            <translation>--%1 需要月份，例如 2026-10。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="78" />
            <source>Home customers of %1.</source>
            <translation>%1的归属客户。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="113" />
            <source>Segmented %1 customers as of %2 in %3 ms (months written: %4).</source>
            <translation>已按 %2 为 %1 位客户分层，用时 %3 毫秒（写入月份：%4）。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="119" />
            <location filename="../app/cli/SegmentCommands.cpp" line="124" />
            <location filename="../app/cli/SegmentCommands.cpp" line="190" />
            <source>Share</source>
            <translation>占比</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="152" />
            <source>No segmentation yet: run clientele-cli segment.</source>
            <translation>尚未分层：请运行 clientele-cli segment。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="189" />
            <source>Tiers in %1 (customers with purchases; revenue = 12-month spend)</source>
            <translation>%1 的等级（有购买的客户；收入 = 近 12 个月消费）</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="190" />
            <source>Revenue share</source>
            <translation>收入占比</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="204" />
            <source>Usage: clientele-cli migration --from YYYY-MM --to YYYY-MM [--store CODE[,CODE…]|all]</source>
            <translation>用法：clientele-cli migration --from YYYY-MM --to YYYY-MM [--store 代码[,代码…]|all]</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="239" />
            <source>Tier migration %1 → %2 (rows: tier in %1; columns: tier in %2; customers)</source>
            <translation>等级迁移 %1 → %2（行：%1 的等级；列：%2 的等级；客户数）</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="247" />
            <source>(new)</source>
            <translation>（新增）</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="293" />
            <source>Value at stake</source>
            <translation>风险价值</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="308" />
            <source>--model is cn8 or scores.</source>
            <translation>--model 取 cn8 或 scores。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="322" />
            <source>R</source>
            <translation>R</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="322" />
            <source>F</source>
            <translation>F</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="322" />
            <source>Segment</source>
            <translation>消费分群</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="344" />
            <source>--scheme is spend or value.</source>
            <translation>--scheme 取 spend 或 value。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="363" />
            <source>Saved %1 tier rules as version %2; run segment --history to apply them to every month.</source>
            <translation>已保存 %1 等级规则为第 %2 版；运行 segment --history 将其应用到每个月。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="372" />
            <source>tier-rules use spend|value</source>
            <translation>tier-rules use spend|value</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="375" />
            <source>Customers are now tiered by %1 rules; run segment --history.</source>
            <translation>客户现按 %1 规则分级；请运行 segment --history。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="378" />
            <source>Usage: clientele-cli tier-rules show [--scheme spend|value] | set FILE.json | use spend|value</source>
            <translation>用法：clientele-cli tier-rules show [--scheme spend|value] | set 文件.json | use spend|value</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="419" />
            <source>Dry run: %1 new follow-ups due %2 – %3 (%4 exist already); nothing was saved.</source>
            <translation>试运行：%2 – %3 之间将新建 %1 个跟进任务（%4 个已存在）；没有保存任何内容。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="425" />
            <source>At most %1 new per day; %2 moved to later days.</source>
            <translation>每天最多新增 %1 个；%2 个顺延到之后的日子。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="427" />
            <location filename="../app/cli/SegmentCommands.cpp" line="431" />
            <source>New tasks</source>
            <translation>新任务</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="447" />
            <source>Usage: clientele-cli followups limit [N] [--sundays skip|keep]</source>
            <translation>用法：clientele-cli followups limit [N] [--sundays skip|keep]</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="453" />
            <source>--sundays is skip or keep.</source>
            <translation>--sundays 只能是 skip 或 keep。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="464" />
            <source>At most %1 new care tasks per day.</source>
            <translation>每天最多新增 %1 个关怀任务。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="465" />
            <source>No daily limit on new care tasks.</source>
            <translation>新增关怀任务不设每日上限。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="466" />
            <source>Sunday tasks move to Monday.</source>
            <translation>周日的任务移到周一。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="466" />
            <source>Sundays are working days.</source>
            <translation>周日照常安排。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="480" />
            <source>--to must not be before --from.</source>
            <translation>--to 不能早于 --from。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="498" />
            <source>%1 follow-ups due %2 – %3 by the care rules; %4 new.</source>
            <translation>关怀规则在 %2 – %3 期间需要 %1 个跟进任务；新建 %4 个。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="509" />
            <source>Usage: clientele-cli followups export -o FILE.ics [--from DATE --to DATE]</source>
            <translation>用法：clientele-cli followups export -o FILE.ics [--from DATE --to DATE]</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="513" />
            <source>%1 open follow-ups due %2 – %3 written to %4.</source>
            <translation>%2 – %3 到期的 %1 个待办跟进已写入 %4。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="520" />
            <source>Usage: clientele-cli followups generate [--dry-run]|list|export|limit [N] [--from DATE --to DATE] [-o FILE.ics]</source>
            <translation>用法：clientele-cli followups generate [--dry-run]|list|export|limit [N] [--from DATE --to DATE] [-o FILE.ics]</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="539" />
            <location filename="../app/cli/ServiceCommands.cpp" line="163" />
            <source>Due</source>
            <translation>到期</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="539" />
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="550" />
            <location filename="../app/cli/ValueCommands.cpp" line="255" />
            <source>At most N rows (default 20).</source>
            <translation>最多 N 行（默认 20）。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="553" />
            <source>Recompute RFM, tiers and stages (prints counts per tier and stage).</source>
            <translation>重新计算消费分群、等级和阶段（输出各等级和阶段的人数）。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="554" />
            <source>Date to segment as of (default today).</source>
            <translation>分层的截止日期（默认今天）。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="555" />
            <source>Rebuild every month end from the first order.</source>
            <translation>从第一笔订单起重建每个月末。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="558" />
            <source>Customers and revenue per tier, with shares, for the chain or some stores (a store's figures: its home customers').</source>
            <translation>各等级的客户数和收入及占比，可针对整个连锁或部分门店（门店的数字即其归属客户的数字）。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="560" />
            <source>Month (default: the latest).</source>
            <translation>月份（默认最近）。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="563" />
            <source>Tier migration matrix between two months, for the chain or some stores (a store's figures: its home customers').</source>
            <translation>两个月之间的等级迁移矩阵，可针对整个连锁或部分门店（门店的数字即其归属客户的数字）。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="565" />
            <source>From month.</source>
            <translation>起始月份。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="566" />
            <source>To month.</source>
            <translation>目标月份。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="569" />
            <source>At-risk customers with the reason and the value at stake, of the chain or some stores (their home customers).</source>
            <translation>有流失风险的客户及原因和风险价值，可针对整个连锁或部分门店（其归属客户）。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="572" />
            <source>RFM scores and segment per customer.</source>
            <translation>每位客户的 RFM 消费评分（R 最近一次消费、F 消费频次、M 消费金额）和消费分群。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="573" />
            <source>cn8 (8 classes) or scores (score ranges).</source>
            <translation>cn8（八类模型）或 scores（评分区间模型）。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="573" />
            <source>MODEL</source>
            <translation>模型</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="576" />
            <source>Show, replace (as a new version) or choose the tier rules.</source>
            <translation>查看、替换（作为新版本）或选择等级规则。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="577" />
            <source>spend or value.</source>
            <translation>spend 或 value。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="577" />
            <source>SCHEME</source>
            <translation>方案</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="581" />
            <source>Create follow-ups from the care rules, list them, or export the open ones as an iCalendar file for a phone calendar (default: the next 30 days); limit shows or sets the new care tasks per day.</source>
            <translation>按关怀规则创建跟进任务、列出任务，或把未完成的任务导出为手机日历可用的 iCalendar 文件（默认：未来 30 天）；limit 显示或设置每天新增关怀任务的上限。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="583" />
            <source>First day.</source>
            <translation>第一天。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="584" />
            <source>Last day.</source>
            <translation>最后一天。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="585" />
            <source>iCalendar file to write (export).</source>
            <translation>要写入的 iCalendar 文件（export）。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="586" />
            <source>generate: show what would be created (per rule and per day, with the day cap), save nothing.</source>
            <translation>generate：显示将会创建的任务（按规则和日期，含每日上限），不保存。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="588" />
            <source>limit: skip (move Sunday tasks to Monday) or keep.</source>
            <translation>limit：skip（周日的任务移到周一）或 keep。</translation>
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="588" />
            <source>skip|keep</source>
            <translation>skip|keep</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="62" />
            <source>--at needs a time like 2026-12-01 14:30, not “%1”.</source>
            <translation>--at 需要类似 2026-12-01 14:30 的时间，而不是“%1”。</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="100" />
            <source>paused</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="101" />
            <source> (late)</source>
            <translation>（超时）</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="107" />
            <source>Usage: clientele-cli ticket open CUSTOMER --kind K --priority P --subject TEXT [--at DATETIME]</source>
            <translation>用法：clientele-cli ticket open 客户 --kind 类型 --priority 优先级 --subject 主题 [--at 时间]</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="134" />
            <source>Ticket %1 opened for %2; due %3 (first response by %4).</source>
            <translation>已为 %2 新建工单 %1；到期 %3（首次响应截止 %4）。</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="160" />
            <source>No overdue tickets.</source>
            <translation>没有超时的工单。</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="160" />
            <source>No tickets.</source>
            <translation>没有工单。</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="163" />
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="163" />
            <source>Ticket subject</source>
            <translation>工单主题</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="177" />
            <source>Usage: clientele-cli ticket update ID --status open|waiting|resolved|closed [--note TEXT] [--at DATETIME]</source>
            <translation>用法：clientele-cli ticket update 编号 --status open|waiting|resolved|closed [--note 备注] [--at 时间]</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="193" />
            <source>Ticket %1 is now %2.</source>
            <translation>工单 %1 现在是“%2”。</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="195" />
            <source>Due: %1.</source>
            <translation>到期：%1。</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="197" />
            <source>Resolved later than its SLA.</source>
            <translation>解决时已超出服务时限。</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="207" />
            <source>Usage: clientele-cli ticket show ID</source>
            <translation>用法：clientele-cli ticket show 编号</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="220" />
            <source>Customer: %1</source>
            <translation>客户：%1</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="221" />
            <source>Kind: %1, priority: %2, status: %3</source>
            <translation>类型：%1，优先级：%2，状态：%3</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="226" />
            <source>Due: %1</source>
            <translation>到期：%1</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="255" />
            <source>%1 h %2 min</source>
            <translation>%1 小时 %2 分钟</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="257" />
            <source>Service in %1</source>
            <translation>%1 的服务</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="258" />
            <source>Opened: %1, resolved: %2</source>
            <translation>新建：%1，解决：%2</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="259" />
            <source>Median first response: %1 (opening hours)</source>
            <translation>首次响应中位数：%1（按营业时间计）</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="260" />
            <source>Median resolution: %1 (opening hours)</source>
            <translation>解决时长中位数：%1（按营业时间计）</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="262" />
            <source>Resolved within SLA: %1</source>
            <translation>按时解决：%1</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="297" />
            <source>Saved the opening hours, SLA times and NPS warning line.</source>
            <translation>已保存营业时间、服务时限和 NPS 预警线。</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="300" />
            <source>Usage: clientele-cli ticket sla show | set FILE.json</source>
            <translation>用法：clientele-cli ticket sla show | set FILE.json</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="318" />
            <source>Usage: clientele-cli ticket open|list|update|show|stats|sla …</source>
            <translation>用法：clientele-cli ticket open|list|update|show|stats|sla …</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="335" />
            <source>--score is a whole number from 0 to 10, not “%1”.</source>
            <translation>--score 须为 0 到 10 的整数，而不是“%1”。</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="342" />
            <source>Usage: clientele-cli survey import FILE | add CUSTOMER --score N [--date D] [--note T] | code CUSTOMER | reply CODE --score N [--note T]</source>
            <translation>用法：clientele-cli survey import 文件 | add 客户 --score 分数 [--date 日期] [--note 评论] | code 客户 | reply 回复码 --score 分数 [--note 评论]</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="363" />
            <source>Line %1, column %2, “%3”: %4</source>
            <translation>第 %1 行，%2 列，“%3”：%4</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="364" />
            <source>Nothing was imported: fix the rows above and import again.</source>
            <translation>没有导入任何内容：请修正以上各行后重新导入。</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="366" />
            <source>%1 answers read: %2 new, %3 changed, %4 unchanged; %5 call-backs for unhappy answers.</source>
            <translation>读取 %1 份答复：新增 %2，更改 %3，未变 %4；为不满意的答复安排回访 %5 个。</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="396" />
            <source>--date needs a date like 2026-11-30, not “%1”.</source>
            <translation>--date 需要类似 2026-11-30 的日期，而不是“%1”。</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="405" />
            <location filename="../app/cli/ServiceCommands.cpp" line="417" />
            <source>Answer recorded.</source>
            <translation>答复已记录。</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="435" />
            <location filename="../app/cli/ServiceCommands.cpp" line="484" />
            <source>--month needs a month like 2026-10, not “%1”.</source>
            <translation>--month 需要类似 2026-10 的月份，而不是“%1”。</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="438" />
            <source>--by is tier or store, not “%1”.</source>
            <translation>--by 只能是 tier 或 store，而不是“%1”。</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="448" />
            <source>(no tier yet)</source>
            <translation>（尚无等级）</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="449" />
            <source>(no store)</source>
            <translation>（无门店）</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="467" />
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="468" />
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="468" />
            <source>Promoters</source>
            <translation>推荐者</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="468" />
            <source>Passives</source>
            <translation>中立者</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="468" />
            <source>Detractors</source>
            <translation>贬损者</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="468" />
            <source>Answers</source>
            <translation>答复数</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="472" />
            <source>– (under %1 answers)</source>
            <translation>–（不足 %1 份答复）</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="511" />
            <source>Figure</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="511" />
            <source>Warning</source>
            <translation>警示</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="514" />
            <source>red</source>
            <translation>红色</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="515" />
            <source>amber</source>
            <translation>黄色</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="533" />
            <source>Service tickets with their SLA due time (kinds complaint, return, repair, question; priorities urgent, high, normal, low; statuses open, waiting, resolved, closed).</source>
            <translation>服务工单及其服务时限的截止时间（类型 complaint 投诉、return 退货、repair 维修、question 咨询；优先级 urgent、high、normal、low；状态 open、waiting、resolved、closed）。</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="535" />
            <source>complaint, return, repair or question.</source>
            <translation>complaint、return、repair 或 question。</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="536" />
            <source>urgent, high, normal or low.</source>
            <translation>urgent、high、normal 或 low。</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="536" />
            <source>PRIORITY</source>
            <translation>优先级</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="537" />
            <source>What it is about.</source>
            <translation>工单主题。</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="538" />
            <source>More detail.</source>
            <translation>详细描述。</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="539" />
            <source>Who handles it (default: you).</source>
            <translation>负责人（默认：你自己）。</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="540" />
            <source>When it happened (default: now), like 2026-12-01 14:30.</source>
            <translation>发生时间（默认：现在），如 2026-12-01 14:30。</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="540" />
            <source>DATETIME</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="541" />
            <source>open, waiting, resolved or closed.</source>
            <translation>open、waiting、resolved 或 closed。</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="541" />
            <source>STATUS</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="542" />
            <source>A note; on resolved or closed, the resolution.</source>
            <translation>备注；解决或关闭时即处理结果。</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="543" />
            <source>Only tickets past their due time.</source>
            <translation>只列出已超时的工单。</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="544" />
            <source>Only open or waiting tickets.</source>
            <translation>只列出未完成或等待中的工单。</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="548" />
            <source>Survey answers (0–10): import a file (phone or member code, date, score, comment), add one by hand, hand out a reply code or record the answer given with one.</source>
            <translation>调查答复（0–10 分）：导入文件（手机或会员号、日期、评分、评论），手工添加，发放回复码，或按回复码记录答复。</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="550" />
            <source>0 to 10.</source>
            <translation>0 到 10。</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="551" />
            <source>The day of the answer (default: today).</source>
            <translation>答复日期（默认：今天）。</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="551" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="552" />
            <source>The customer's comment.</source>
            <translation>客户的评论。</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="555" />
            <source>Net promoter score of a month (no figure under 10 answers), for the shop, per tier or per store (the store a customer buys at most often).</source>
            <translation>某月的净推荐值（不足 10 份答复时不计算），可按全店、等级或门店（客户最常购买的门店）统计。</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="557" />
            <location filename="../app/cli/ServiceCommands.cpp" line="564" />
            <source>The month, like 2026-10 (default: this month).</source>
            <translation>月份，如 2026-10（默认：本月）。</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="558" />
            <source>tier or store.</source>
            <translation>tier 或 store。</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="558" />
            <source>GROUP</source>
            <translation>分组</translation>
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="561" />
            <source>The health page's figures: NPS, repurchase rate, average customer value (what the buyers of the 12 months spent in them, per buyer), customers turning dormant, tickets within SLA, with their warning level and 12-month trend.</source>
            <translation>健康度页面的指标：净推荐值、复购率、平均客户价值（近 12 个月购买过的客户在这期间的消费，按人平均）、转为沉睡的客户、按时解决的工单，以及警示级别和 12 个月趋势。</translation>
        </message>
        <message>
            <location filename="../app/cli/StoreCommands.cpp" line="50" />
            <source>No stores yet. A single shop needs none; a chain lists its stores here (stores add CODE --name NAME), and order files with a store column (门店/店铺/store) add theirs when imported.</source>
            <translation>还没有门店。单店不需要门店；连锁店在这里列出各门店（stores add 编码 --name 名称），带门店列（门店/店铺/store）的订单文件导入时也会加入其中的门店。</translation>
        </message>
        <message>
            <location filename="../app/cli/StoreCommands.cpp" line="56" />
            <source>Home customers</source>
            <translation>归属客户</translation>
        </message>
        <message>
            <location filename="../app/cli/StoreCommands.cpp" line="62" />
            <source>* the store this till (%1) sells for.</source>
            <translation>* 本收银机（%1）所属的门店。</translation>
        </message>
        <message>
            <location filename="../app/cli/StoreCommands.cpp" line="63" />
            <source>Home customers: customers whose home store it is (where they first bought, unless set by hand). Orders and revenue: every order on file that names the store, refunds deducted from revenue.</source>
            <translation>归属客户：以该店为归属门店的客户（首次购买的门店，除非手动指定）。订单和营业额：所有记录该门店的订单，营业额已扣除退款。</translation>
        </message>
        <message>
            <location filename="../app/cli/StoreCommands.cpp" line="90" />
            <source>Store %1 added.</source>
            <translation>已添加门店 %1。</translation>
        </message>
        <message>
            <location filename="../app/cli/StoreCommands.cpp" line="90" />
            <source>Store %1 changed.</source>
            <translation>已修改门店 %1。</translation>
        </message>
        <message>
            <location filename="../app/cli/StoreCommands.cpp" line="97" />
            <source>Usage: clientele-cli stores remove CODE</source>
            <translation>用法：clientele-cli stores remove 编码</translation>
        </message>
        <message>
            <location filename="../app/cli/StoreCommands.cpp" line="103" />
            <source>Store %1 removed.</source>
            <translation>已删除门店 %1。</translation>
        </message>
        <message>
            <location filename="../app/cli/StoreCommands.cpp" line="110" />
            <source>Usage: clientele-cli stores set-till STORE|none [--till NAME]</source>
            <translation>用法：clientele-cli stores set-till 门店|none [--till 名称]</translation>
        </message>
        <message>
            <location filename="../app/cli/StoreCommands.cpp" line="122" />
            <source>Till %1 sells for no store.</source>
            <translation>收银机 %1 不属于任何门店。</translation>
        </message>
        <message>
            <location filename="../app/cli/StoreCommands.cpp" line="124" />
            <source>Till %1 sells for store %2: its sales, top-ups and points carry that store.</source>
            <translation>收银机 %1 属于门店 %2：它的销售、充值和积分都记在该门店。</translation>
        </message>
        <message>
            <location filename="../app/cli/StoreCommands.cpp" line="132" />
            <source>Usage: clientele-cli stores set-home CUSTOMER STORE|first</source>
            <translation>用法：clientele-cli stores set-home 客户 门店|first</translation>
        </message>
        <message>
            <location filename="../app/cli/StoreCommands.cpp" line="145" />
            <source>%1 has no home store (no purchase names a store).</source>
            <translation>%1 没有归属门店（没有记录门店的购买）。</translation>
        </message>
        <message>
            <location filename="../app/cli/StoreCommands.cpp" line="147" />
            <source>%1's home store: %2.</source>
            <translation>%1 的归属门店：%2。</translation>
        </message>
        <message>
            <location filename="../app/cli/StoreCommands.cpp" line="176" />
            <source>The chain's stores: list them with their customers and orders, add or change one, say which store a till sells for, set a customer's home store.</source>
            <translation>连锁门店：列出各门店及其客户和订单，添加或修改门店，指定收银机所属门店，设置客户的归属门店。</translation>
        </message>
        <message>
            <location filename="../app/cli/StoreCommands.cpp" line="178" />
            <source>The store's name (default: its code).</source>
            <translation>门店名称（默认为编码）。</translation>
        </message>
        <message>
            <location filename="../app/cli/StoreCommands.cpp" line="179" />
            <source>The store's address.</source>
            <translation>门店地址。</translation>
        </message>
        <message>
            <location filename="../app/cli/StoreCommands.cpp" line="180" />
            <source>The till (default: this machine).</source>
            <translation>收银机（默认为本机）。</translation>
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="45" />
            <source>--unit is days or weeks.</source>
            <translation>--unit 取 days 或 weeks。</translation>
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="59" />
            <source>--as-of needs a date like 2026-10-31.</source>
            <translation>--as-of 需要日期，例如 2026-10-31。</translation>
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="115" />
            <source>Purchase models as of %1, time unit %2, fitted in %3 ms</source>
            <translation>截至 %1 的购买模型，时间单位 %2，拟合用时 %3 毫秒</translation>
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="116" />
            <source>days</source>
            <translation>天</translation>
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="116" />
            <source>weeks</source>
            <translation>周</translation>
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="119" />
            <source>Customers: %1, repeat buyers: %2</source>
            <translation>客户：%1，复购客户：%2</translation>
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="120" />
            <source>BG/NBD:      r = %1  alpha = %2  a = %3  b = %4  log-likelihood = %5</source>
            <translation>BG/NBD：     r = %1  alpha = %2  a = %3  b = %4  对数似然 = %5</translation>
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="127" />
            <source>Gamma-Gamma: p = %1  q = %2  gamma = %3 (fen)</source>
            <translation>Gamma-Gamma：p = %1  q = %2  gamma = %3（分）</translation>
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="152" />
            <source>P(alive)</source>
            <translation>仍活跃概率</translation>
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="152" />
            <source>Next 90 days</source>
            <translation>未来 90 天</translation>
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="152" />
            <source>Per purchase</source>
            <translation>每次消费</translation>
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="215" />
            <source>Forecast from %1 (existing customers):</source>
            <translation>自 %1 起的预测（现有客户）：</translation>
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="216" />
            <source>  next month:   %1 purchases, %2</source>
            <translation>  下个月：  %1 次购买，%2</translation>
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="219" />
            <source>  next quarter: %1 purchases, %2</source>
            <translation>  下个季度：%1 次购买，%2</translation>
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="223" />
            <source>Backtest (fitted until %1, forecast the last quarter): purchases %2 predicted vs %3 actual (%4% accurate), revenue %5 vs %6 (%7% accurate)</source>
            <translation>回测（拟合至 %1，预测最近一个季度）：购买次数预测 %2、实际 %3（准确率 %4%），收入预测 %5、实际 %6（准确率 %7%）</translation>
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="231" />
            <source>Backtest not available: %1</source>
            <translation>无法回测：%1</translation>
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="243" />
            <source>Usage: clientele-cli clv fit [--as-of DATE] [--unit days|weeks] | clv customers [--limit N]</source>
            <translation>用法：clientele-cli clv fit [--as-of 日期] [--unit days|weeks] | clv customers [--limit N]</translation>
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="250" />
            <source>Date (default: the last segmentation run).</source>
            <translation>日期（默认最近一次分层）。</translation>
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="251" />
            <source>Time unit of the models: days or weeks.</source>
            <translation>模型的时间单位：days 或 weeks。</translation>
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="251" />
            <source>UNIT</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="254" />
            <source>Fit the BG/NBD and Gamma-Gamma models, or list customers by predicted value.</source>
            <translation>拟合 BG/NBD 和 Gamma-Gamma 模型，或按预测价值列出客户。</translation>
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="257" />
            <source>Purchases and revenue expected next month and quarter, with a backtest on the last quarter.</source>
            <translation>预测下个月和下个季度的购买次数与收入，并在最近一个季度上回测。</translation>
        </message>
        <message>
            <location filename="../app/cli/CliContext.cpp" line="60" />
            <source>This shop has user accounts: sign in with --user NAME (the password comes from CLIENTELE_PASSWORD or is asked for).</source>
            <translation>此店铺设有用户账户：请用 --user 名称 登录（密码取自 CLIENTELE_PASSWORD 或询问输入）。</translation>
        </message>
        <message>
            <location filename="../app/cli/CliContext.cpp" line="62" />
            <source>Password for %1: </source>
            <translation>%1 的密码：</translation>
        </message>
        <message>
            <location filename="../app/cli/CliContext.cpp" line="120" />
            <source>Error: </source>
            <translation>错误：</translation>
        </message>
        <message>
            <location filename="../app/cli/CliContext.cpp" line="140" />
            <source>--%1 needs a whole number of at least %2.</source>
            <translation>--%1 需要不小于 %2 的整数。</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::analytics::BgNbd</name>
        <message>
            <location filename="../core/analytics/BgNbd.cpp" line="208" />
            <source>No customers with purchases to fit the model on.</source>
            <translation>没有有购买记录的客户可用于拟合模型。</translation>
        </message>
        <message>
            <location filename="../core/analytics/BgNbd.cpp" line="222" />
            <source>The purchase model did not converge (optimizer status %1); predictions are off.</source>
            <translation>购买模型未收敛（优化器状态 %1）；已关闭预测。</translation>
        </message>
        <message>
            <location filename="../core/analytics/BgNbd.cpp" line="226" />
            <source>The purchase model ran to the edge of its parameter range; the data does not support it (too little repeat buying?).</source>
            <translation>购买模型的参数到达了取值边界；数据不支持该模型（复购太少？）。</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::analytics::GammaGamma</name>
        <message>
            <location filename="../core/analytics/GammaGamma.cpp" line="128" />
            <source>Too few repeat buyers to fit the spend model.</source>
            <translation>复购客户太少，无法拟合消费模型。</translation>
        </message>
        <message>
            <location filename="../core/analytics/GammaGamma.cpp" line="145" />
            <source>The spend model did not converge (optimizer status %1).</source>
            <translation>消费模型未收敛（优化器状态 %1）。</translation>
        </message>
        <message>
            <location filename="../core/analytics/GammaGamma.cpp" line="148" />
            <source>The spend model ran to the edge of its parameter range; predictions are off.</source>
            <translation>消费模型的参数到达了取值边界；已关闭预测。</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::analytics::PurchaseModel</name>
        <message>
            <location filename="../core/analytics/PurchaseModel.cpp" line="107" />
            <source>Predictions are off: %1 customers have bought more than once, the models need at least %2. Stages and tiers use the purchase history alone.</source>
            <translation>预测已关闭：只有 %1 位客户复购过，模型至少需要 %2 位。阶段和等级仅依据购买记录。</translation>
        </message>
        <message>
            <location filename="../core/analytics/PurchaseModel.cpp" line="124" />
            <source>The purchase model is degenerate (a = 1); predictions are off.</source>
            <translation>购买模型退化（a = 1）；已关闭预测。</translation>
        </message>
        <message>
            <location filename="../core/analytics/PurchaseModel.cpp" line="128" />
            <source>The spend model has no finite mean (q ≤ 1); predictions are off.</source>
            <translation>消费模型没有有限均值（q ≤ 1）；已关闭预测。</translation>
        </message>
        <message>
            <location filename="../core/analytics/PurchaseModel.cpp" line="309" />
            <source>over 99%</source>
            <translation>超过 99%</translation>
        </message>
        <message>
            <location filename="../core/analytics/PurchaseModel.cpp" line="311" />
            <source>under 1%</source>
            <translation>不到 1%</translation>
        </message>
        <message>
            <location filename="../core/analytics/PurchaseModel.cpp" line="312" />
            <source>%1%</source>
            <comment>a probability in percent</comment>
            <translation>%1%</translation>
        </message>
        <message>
            <location filename="../core/analytics/PurchaseModel.cpp" line="320" />
            <source>bought once, %1 days ago</source>
            <translation>买过 1 次，%1 天前</translation>
        </message>
        <message>
            <location filename="../core/analytics/PurchaseModel.cpp" line="321" />
            <source>bought %1 times on one day, %2 days ago</source>
            <translation>%2 天前同一天买了 %1 次</translation>
        </message>
        <message>
            <location filename="../core/analytics/PurchaseModel.cpp" line="323" />
            <source>%1: too early to tell. New customers here usually make about %2 purchases in the next 90 days; a shop average, not a judgement of this customer</source>
            <translation>%1：现在下结论还太早。本店新客户在接下来 90 天里通常约购买 %2 次；这是全店平均，不是对这位客户的判断</translation>
        </message>
        <message>
            <location filename="../core/analytics/PurchaseModel.cpp" line="326" />
            <source>%1, not since: customers here who bought once that long ago make about %2 purchases in the next 90 days; a shop average, as one purchase says little about this customer</source>
            <translation>%1，之后没有再买：本店只买过一次、且已隔这么久的客户，在接下来 90 天里约购买 %2 次；这是全店平均，一次购买说明不了这位客户多少</translation>
        </message>
        <message>
            <location filename="../core/analytics/PurchaseModel.cpp" line="330" />
            <source>bought %1 times, last %2 days ago</source>
            <translation>买过 %1 次，最近一次在 %2 天前</translation>
        </message>
        <message>
            <location filename="../core/analytics/PurchaseModel.cpp" line="332" />
            <source>, usually every %1 days</source>
            <translation>，通常每 %1 天一次</translation>
        </message>
        <message>
            <location filename="../core/analytics/PurchaseModel.cpp" line="333" />
            <source>%1: %2 likely still active, about %3 purchases expected in the next 90 days</source>
            <translation>%1：仍活跃的可能性 %2，预计未来 90 天约购买 %3 次</translation>
        </message>
        <message>
            <location filename="../core/analytics/PurchaseModel.cpp" line="339" />
            <source>%1 over 12 months (typical of a new customer here)</source>
            <translation>未来 12 个月 %1（本店新客户的常见水平）</translation>
        </message>
        <message>
            <location filename="../core/analytics/PurchaseModel.cpp" line="340" />
            <source>%1 over 12 months</source>
            <translation>未来 12 个月 %1</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::automation::ParamSpecs</name>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="37" />
            <location filename="../core/automation/ParamSpecs.cpp" line="60" />
            <source>Days ahead</source>
            <translation>提前天数</translation>
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="39" />
            <source>Days after</source>
            <translation>之后天数</translation>
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="42" />
            <source>New stage</source>
            <translation>新阶段</translation>
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="45" />
            <source>Also when the purchase model sees it early</source>
            <translation>购买模型预判有风险时提前触发</translation>
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="48" />
            <source>Direction</source>
            <translation>方向</translation>
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="51" />
            <source>Days</source>
            <translation>天数</translation>
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="53" />
            <source>Chance below</source>
            <translation>概率低于</translation>
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="57" />
            <source>Repeat purchases needed to know the time</source>
            <translation>需要的复购次数（用于得出周期）</translation>
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="61" />
            <source>Holidays</source>
            <translation>节日</translation>
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="63" />
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="71" />
            <location filename="../core/automation/ParamSpecs.cpp" line="74" />
            <location filename="../core/automation/ParamSpecs.cpp" line="77" />
            <location filename="../core/automation/ParamSpecs.cpp" line="83" />
            <source>Is one of</source>
            <translation>属于其中之一</translation>
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="80" />
            <source>Has one of</source>
            <translation>带有其中任一</translation>
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="81" />
            <source>Has none of</source>
            <translation>不带其中任何</translation>
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="85" />
            <source>At least</source>
            <translation>至少</translation>
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="86" />
            <source>At most</source>
            <translation>至多</translation>
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="93" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="94" />
            <source>Message</source>
            <translation>消息</translation>
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="96" />
            <source>Tag</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="98" />
            <source>Coupon type</source>
            <translation>券类型</translation>
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="101" />
            <source>Campaign</source>
            <translation>营销活动</translation>
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="123" />
            <source>Down a tier</source>
            <translation>降级</translation>
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="123" />
            <source>Up a tier</source>
            <translation>升级</translation>
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="123" />
            <source>Either way</source>
            <translation>升降皆可</translation>
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="126" />
            <source>Any priority</source>
            <translation>任意优先级</translation>
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="213" />
            <source>Holidays, line %1: write the holiday's name, a colon, then its dates (%2).</source>
            <translation>节日第 %1 行：请写节日名称、冒号，再写日期（%2）。</translation>
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="222" />
            <source>Holidays, line %1: "%2" is not a date like 2027-02-06.</source>
            <translation>节日第 %1 行：“%2”不是 2027-02-06 这样的日期。</translation>
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="227" />
            <source>Holidays, line %1: %2 has no dates.</source>
            <translation>节日第 %1 行：%2 没有日期。</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::automation::Registry</name>
        <message>
            <location filename="../core/automation/Actions.cpp" line="106" />
            <source>Create a follow-up</source>
            <translation>创建跟进</translation>
        </message>
        <message>
            <location filename="../core/automation/Actions.cpp" line="115" />
            <source>Add a tag</source>
            <translation>添加标签</translation>
        </message>
        <message>
            <location filename="../core/automation/Actions.cpp" line="117" />
            <source>Remove a tag</source>
            <translation>移除标签</translation>
        </message>
        <message>
            <location filename="../core/automation/Actions.cpp" line="120" />
            <source>Issue a coupon</source>
            <translation>发放优惠券</translation>
        </message>
        <message>
            <location filename="../core/automation/Actions.cpp" line="126" />
            <source>Add to a campaign audience</source>
            <translation>加入营销活动受众</translation>
        </message>
        <message>
            <location filename="../core/automation/Conditions.cpp" line="41" />
            <source>Tier</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../core/automation/Conditions.cpp" line="43" />
            <source>RFM segment</source>
            <translation>消费分群</translation>
        </message>
        <message>
            <location filename="../core/automation/Conditions.cpp" line="45" />
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../core/automation/Conditions.cpp" line="54" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../core/automation/Conditions.cpp" line="56" />
            <source>Total spend</source>
            <translation>累计消费</translation>
        </message>
        <message>
            <location filename="../core/automation/Conditions.cpp" line="58" />
            <source>Predicted 12-month value</source>
            <translation>预测 12 个月价值</translation>
        </message>
        <message>
            <location filename="../core/automation/Conditions.cpp" line="61" />
            <source>Home store</source>
            <translation>归属门店</translation>
        </message>
        <message>
            <location filename="../core/automation/Registry.cpp" line="58" />
            <source>not available in this shop yet</source>
            <translation>本店暂不可用</translation>
        </message>
        <message>
            <location filename="../core/automation/Triggers.cpp" line="177" />
            <source>Birthday coming up</source>
            <translation>生日将至</translation>
        </message>
        <message>
            <location filename="../core/automation/Triggers.cpp" line="179" />
            <source>After the first purchase</source>
            <translation>首次购买之后</translation>
        </message>
        <message>
            <location filename="../core/automation/Triggers.cpp" line="181" />
            <source>Stage changed</source>
            <translation>阶段变化</translation>
        </message>
        <message>
            <location filename="../core/automation/Triggers.cpp" line="183" />
            <source>Tier changed</source>
            <translation>等级变化</translation>
        </message>
        <message>
            <location filename="../core/automation/Triggers.cpp" line="185" />
            <source>No purchase for a while</source>
            <translation>一段时间未购买</translation>
        </message>
        <message>
            <location filename="../core/automation/Triggers.cpp" line="188" />
            <source>Chance of still being a customer fell low</source>
            <translation>仍是客户的概率降低</translation>
        </message>
        <message>
            <location filename="../core/automation/Triggers.cpp" line="190" />
            <source>A product's repurchase time passed</source>
            <translation>商品的复购时间已过</translation>
        </message>
        <message>
            <location filename="../core/automation/Triggers.cpp" line="192" />
            <source>Holiday coming up</source>
            <translation>节日将至</translation>
        </message>
        <message>
            <location filename="../core/automation/Triggers.cpp" line="194" />
            <source>Points expiring</source>
            <translation>积分即将过期</translation>
        </message>
        <message>
            <location filename="../core/automation/Triggers.cpp" line="197" />
            <source>Stored value unused for a while</source>
            <translation>储值长期未使用</translation>
        </message>
        <message>
            <location filename="../core/automation/Triggers.cpp" line="200" />
            <source>Visit card with one use left</source>
            <translation>次卡仅剩一次</translation>
        </message>
        <message>
            <location filename="../core/automation/Triggers.cpp" line="202" />
            <source>Survey answer is a detractor</source>
            <translation>调查回答不满意（0–6 分）</translation>
        </message>
        <message>
            <location filename="../core/automation/Triggers.cpp" line="204" />
            <source>Service ticket overdue</source>
            <translation>服务工单逾期</translation>
        </message>
        <message>
            <location filename="../core/automation/Actions.cpp" line="46" />
            <location filename="../core/automation/Actions.cpp" line="62" />
            <source>The rule names no tag.</source>
            <translation>规则没有指定标签。</translation>
        </message>
        <message>
            <location filename="../core/automation/Actions.cpp" line="83" />
            <source>No coupon type %1.</source>
            <translation>没有优惠券类型 %1。</translation>
        </message>
        <message>
            <location filename="../core/automation/Actions.cpp" line="110" />
            <source>Follow-up due %1: %2</source>
            <translation>跟进（%1 到期）：%2</translation>
        </message>
        <message>
            <location filename="../core/automation/Actions.cpp" line="116" />
            <source>Add the tag %1</source>
            <translation>添加标签 %1</translation>
        </message>
        <message>
            <location filename="../core/automation/Actions.cpp" line="119" />
            <source>Remove the tag %1</source>
            <translation>移除标签 %1</translation>
        </message>
        <message>
            <location filename="../core/automation/Actions.cpp" line="123" />
            <source>Issue a coupon of type %1</source>
            <translation>发放类型为 %1 的优惠券</translation>
        </message>
        <message>
            <location filename="../core/automation/Actions.cpp" line="129" />
            <source>Add to campaign #%1</source>
            <translation>加入营销活动 #%1</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::automation::Rule</name>
        <message>
            <location filename="../core/automation/Rule.cpp" line="34" />
            <source>Rule %1</source>
            <translation>规则 %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/automation/Rule.cpp" line="43" />
            <source>(%Ln condition(s))</source>
            <translation>
                <numerusform>（%Ln 个筛选条件）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/automation/Rule.cpp" line="73" />
            <source>"conditions" must be a list.</source>
            <translation>“conditions”必须是列表。</translation>
        </message>
        <message>
            <location filename="../core/automation/Rule.cpp" line="76" />
            <source>Unknown trigger "%1".</source>
            <translation>未知的触发条件“%1”。</translation>
        </message>
        <message>
            <location filename="../core/automation/Rule.cpp" line="78" />
            <source>Unknown action "%1".</source>
            <translation>未知的动作“%1”。</translation>
        </message>
        <message>
            <location filename="../core/automation/Rule.cpp" line="82" />
            <source>Unknown condition "%1".</source>
            <translation>未知的筛选条件“%1”。</translation>
        </message>
        <message>
            <location filename="../core/automation/Rule.cpp" line="86" />
            <source>The action "%1" needs a "tag".</source>
            <translation>动作“%1”需要“tag”（标签）。</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::automation::RuleEngine</name>
        <message>
            <location filename="../core/automation/RuleEngine.cpp" line="335" />
            <source>Automation actions per day: between 0 (no limit) and %1, not %2.</source>
            <translation>每天的自动化动作数：应在 0（不限）到 %1 之间，而不是 %2。</translation>
        </message>
        <message>
            <location filename="../core/automation/RuleEngine.cpp" line="62" />
            <source>unknown trigger "%1"</source>
            <translation>未知的触发条件“%1”</translation>
        </message>
        <message>
            <location filename="../core/automation/RuleEngine.cpp" line="64" />
            <source>the trigger "%1" is %2</source>
            <translation>触发条件“%1”%2</translation>
        </message>
        <message>
            <location filename="../core/automation/RuleEngine.cpp" line="68" />
            <source>unknown condition "%1"</source>
            <translation>未知的筛选条件“%1”</translation>
        </message>
        <message>
            <location filename="../core/automation/RuleEngine.cpp" line="70" />
            <source>the condition "%1" is %2</source>
            <translation>筛选条件“%1”%2</translation>
        </message>
        <message>
            <location filename="../core/automation/RuleEngine.cpp" line="74" />
            <source>unknown action "%1"</source>
            <translation>未知的动作“%1”</translation>
        </message>
        <message>
            <location filename="../core/automation/RuleEngine.cpp" line="76" />
            <source>the action "%1" is %2</source>
            <translation>动作“%1”%2</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::automation::Why</name>
        <message>
            <location filename="../core/automation/Why.cpp" line="42" />
            <source>Moved up from %1 to %2</source>
            <translation>从 %1 升级到 %2</translation>
        </message>
        <message>
            <location filename="../core/automation/Why.cpp" line="42" />
            <source>Moved down from %1 to %2</source>
            <translation>从 %1 降级到 %2</translation>
        </message>
        <message>
            <location filename="../core/automation/Why.cpp" line="46" />
            <source>Came back with a purchase on %1</source>
            <translation>%1 回来购买</translation>
        </message>
        <message>
            <location filename="../core/automation/Why.cpp" line="48" />
            <source>No purchase for %1 days since %2</source>
            <translation>自 %2 起 %1 天没有购买</translation>
        </message>
        <message>
            <location filename="../core/automation/Why.cpp" line="50" />
            <source>%1 points expire on %2</source>
            <translation>%1 积分将于 %2 过期</translation>
        </message>
        <message>
            <location filename="../core/automation/Why.cpp" line="52" />
            <source>%1 of stored value unused since %2 (%3 days)</source>
            <translation>储值余额 %1 自 %2 起未使用（%3 天）</translation>
        </message>
        <message>
            <location filename="../core/automation/Why.cpp" line="56" />
            <source>Visit card %1 (%2) has one use left, valid until %3</source>
            <translation>次卡 %1（%2）仅剩一次，有效期至 %3</translation>
        </message>
        <message>
            <location filename="../core/automation/Why.cpp" line="59" />
            <source>The chance they are still a customer is %1%, below %2%; last purchase on %3</source>
            <translation>仍是客户的概率为 %1%，低于 %2%；最近一次购买在 %3</translation>
        </message>
        <message>
            <location filename="../core/automation/Why.cpp" line="64" />
            <source>Ticket #%1 (%2) was due %3 and is still not resolved</source>
            <translation>工单 #%1（%2）已于 %3 到期，仍未解决</translation>
        </message>
        <message>
            <location filename="../core/automation/Why.cpp" line="80" />
            <source>Overdue ticket of %1</source>
            <translation>%1 的工单已逾期</translation>
        </message>
        <message>
            <location filename="../core/automation/Why.cpp" line="81" />
            <source>Follow up with %1</source>
            <translation>跟进 %1</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::campaigns::CampaignResults</name>
        <message>
            <location filename="../core/campaigns/CampaignResults.cpp" line="74" />
            <source>%1 to %2</source>
            <translation>%1 至 %2</translation>
        </message>
        <message>
            <location filename="../core/campaigns/CampaignResults.cpp" line="80" />
            <source>%1 of %2 marked contacted</source>
            <translation>联系组 %2 人中已标记联系 %1 人</translation>
        </message>
        <message>
            <location filename="../core/campaigns/CampaignResults.cpp" line="89" />
            <source>%1 pts</source>
            <translation>%1 个百分点</translation>
        </message>
        <message>
            <location filename="../core/campaigns/CampaignResults.cpp" line="95" />
            <source>not contacted yet</source>
            <translation>尚未联系</translation>
        </message>
        <message>
            <location filename="../core/campaigns/CampaignResults.cpp" line="97" />
            <source>not measured yet</source>
            <translation>尚未开始统计</translation>
        </message>
        <message>
            <location filename="../core/campaigns/CampaignResults.cpp" line="104" />
            <source>Nobody has been marked contacted yet: results start counting from the contact date.</source>
            <translation>还没有标记任何联系：效果从联系日期开始计算。</translation>
        </message>
        <message>
            <location filename="../core/campaigns/CampaignResults.cpp" line="106" />
            <source>Not measured yet: results start counting on %1, the day after the contact date.</source>
            <translation>尚未开始统计：结果从联系日的次日 %1 起计算。</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/campaigns/CampaignResults.cpp" line="112" />
            <source>No hold-out: lift cannot be measured. %Ln customer(s) of the contact group bought in the window, but without a hold-out nobody can tell how many would have bought anyway.</source>
            <translation>
                <numerusform>没有对照组，无法衡量提升。联系组中有 %Ln 位客户在观察期内购买，但没有对照组，无法知道其中多少人本来就会购买。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/campaigns/CampaignResults.cpp" line="121" />
            <source>The message brought about %1 extra buyers (between %2 and %3) and %4 of revenue; without a hold-out you would have credited it with %5.</source>
            <translation>这条消息带来了约 %1 位额外的购买客户（介于 %2 和 %3 之间）和 %4 的收入；如果没有对照组，您会把 %5 位购买客户都算作它的功劳。</translation>
        </message>
        <message>
            <location filename="../core/campaigns/CampaignResults.cpp" line="126" />
            <source>The interval includes zero: the message may have made no difference.</source>
            <translation>区间包含零：这条消息可能没有带来任何变化。</translation>
        </message>
        <message>
            <location filename="../core/campaigns/CampaignResults.cpp" line="127" />
            <source>The figures compare the whole contact group (%1 of its %2 customers marked contacted) with the hold-out, reached or not.</source>
            <translation>以上数字按整个联系组（%2 位客户中已标记联系 %1 位）与对照组比较，不论是否已联系到。</translation>
        </message>
        <message>
            <location filename="../core/campaigns/CampaignResults.cpp" line="131" />
            <source>The window is still open until %1; the figures may still change.</source>
            <translation>观察期到 %1 才结束，数字可能还会变化。</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::campaigns::Campaigns</name>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="39" />
            <source>There is no campaign %1.</source>
            <translation>没有编号为 %1 的营销活动。</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/campaigns/Campaigns.cpp" line="72" />
            <source>%Ln left out: no marketing consent</source>
            <translation>
                <numerusform>%Ln 人未纳入：无营销许可</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/campaigns/Campaigns.cpp" line="74" />
            <source>%Ln left out: erased</source>
            <translation>
                <numerusform>%Ln 人未纳入：已删除个人信息</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/campaigns/Campaigns.cpp" line="81" />
            <source>The filter matches %Ln customer(s), but none of them has marketing consent, so a campaign may not message them. Tick “May receive offers and campaign messages” on a customer's profile when they agree, or import customers with a marketing consent column (营销许可: 是/否, Y/N).</source>
            <translation>
                <numerusform>筛选条件匹配 %Ln 位客户，但他们都没有营销许可，营销活动不能给他们发消息。客户同意后，请在客户档案中勾选“可以接收优惠和活动消息”，或导入带营销许可列（营销许可：是/否、Y/N）的客户名单。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/campaigns/Campaigns.cpp" line="88" />
            <source>The filter matches only erased customers (%Ln); choose another audience.</source>
            <translation>
                <numerusform>筛选条件只匹配到已删除个人信息的客户（%Ln 位）；请选择其他目标客户。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="91" />
            <source>The filter matches no customer; widen it (fewer conditions).</source>
            <translation>筛选条件没有匹配到任何客户；请放宽条件（减少筛选项）。</translation>
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="97" />
            <source>A campaign needs a name.</source>
            <translation>营销活动需要一个名称。</translation>
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="100" />
            <source>The hold-out is a share from 0 to 50 percent, not %1.</source>
            <translation>对照组比例应在 0 到 50% 之间，而不是 %1。</translation>
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="102" />
            <source>The results window is 1 to 365 days, not %1.</source>
            <translation>观察期应为 1 到 365 天，而不是 %1。</translation>
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="109" />
            <source>There is no coupon type “%1”.</source>
            <translation>没有名为“%1”的优惠券类型。</translation>
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="146" />
            <source>A saved audience needs a name.</source>
            <translation>保存目标客户需要一个名称。</translation>
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="160" />
            <source>No hold-out: lift cannot be measured. Raise the hold-out share or widen the audience.</source>
            <translation>没有对照组：无法衡量提升。请提高对照组比例或扩大目标客户。</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/campaigns/Campaigns.cpp" line="162" />
            <source>Only %Ln customer(s): too few for the hold-out to show a reliable lift.</source>
            <translation>
                <numerusform>只有 %Ln 位客户：人数太少，对照组无法给出可靠的提升。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="185" />
            <source>Customer %1 gave no marketing consent or was erased; not added.</source>
            <translation>客户 %1 没有营销许可或已删除个人信息，未加入。</translation>
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="294" />
            <source>not reachable by phone (no number)</source>
            <translation>无法电话联系（没有号码）</translation>
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="295" />
            <source>not reachable by phone (not a valid mobile number)</source>
            <translation>无法电话联系（不是有效的手机号）</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/campaigns/Campaigns.cpp" line="302" />
            <source>%n without a phone to call or text: their phone is left empty and the “Phone problem” column says why.</source>
            <translation>
                <numerusform>%n 位没有可拨打或发短信的号码：其手机一栏留空，原因见“手机问题”一栏。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="329" />
            <source>Member code</source>
            <translation>会员卡号</translation>
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="329" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="329" />
            <source>Phone</source>
            <translation>手机</translation>
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="329" />
            <source>Phone problem</source>
            <translation>手机问题</translation>
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="329" />
            <source>WeChat ID</source>
            <translation>微信号</translation>
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="329" />
            <source>Message</source>
            <translation>消息</translation>
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="351" />
            <source>The contact date is not a valid date.</source>
            <translation>联系日期不是有效的日期。</translation>
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="355" />
            <source>The contact date %1 is in the future; mark customers contacted on the day the message was sent (today, %2, at the latest).</source>
            <translation>联系日期 %1 在未来；请按实际发送消息的日期标记已联系（最晚为今天 %2）。</translation>
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="386" />
            <source>Campaign “%1”: %2</source>
            <translation>营销活动“%1”：%2</translation>
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="419" />
            <source>The campaign's coupon type “%1” no longer exists; no coupons were issued.</source>
            <translation>活动的优惠券类型“%1”已不存在；没有发放任何优惠券。</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::campaigns::FilterText</name>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="60" />
            <source>“%1” is not key=value.</source>
            <translation>“%1”不是 键=值 的形式。</translation>
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="64" />
            <source>Unknown filter key “%1” (known: %2).</source>
            <translation>未知的筛选键“%1”（可用：%2）。</translation>
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="66" />
            <source>The filter key “%1” is given twice.</source>
            <translation>筛选键“%1”出现了两次。</translation>
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="69" />
            <source>The filter key “%1” has no value.</source>
            <translation>筛选键“%1”没有值。</translation>
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="76" />
            <source>The filter key “%1” takes one value, not “%2”.</source>
            <translation>筛选键“%1”只能有一个值，而不是“%2”。</translation>
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="81" />
            <source>Unknown stage “%1” (known: prospect, new, active, at_risk, dormant, won_back).</source>
            <translation>未知的阶段“%1”（可用：prospect, new, active, at_risk, dormant, won_back）。</translation>
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="91" />
            <source>Unknown tier “%1” (known: %2).</source>
            <translation>未知的等级“%1”（可用：%2）。</translation>
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="98" />
            <source>Unknown RFM segment “%1”.</source>
            <translation>未知的消费分群“%1”。</translation>
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="115" />
            <source>clv_top is a whole percent from 1 to 100, not “%1”.</source>
            <translation>clv_top 应为 1 到 100 的整数百分比，而不是“%1”。</translation>
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="121" />
            <source>p_alive_below is a probability above 0 and at most 1, not “%1”.</source>
            <translation>p_alive_below 应为大于 0、不超过 1 的概率，而不是“%1”。</translation>
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="126" />
            <source>spend_min is an amount in yuan, not “%1”.</source>
            <translation>spend_min 应为以元计的金额，而不是“%1”。</translation>
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="132" />
            <source>within_days is a whole number of days from 1, not “%1”.</source>
            <translation>within_days 应为从 1 起的整数天数，而不是“%1”。</translation>
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="135" />
            <source>Only one of bought, never_bought, bought_category and never_bought_category.</source>
            <translation>bought、never_bought、bought_category 和 never_bought_category 只能用其中一个。</translation>
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="149" />
            <source>within_days needs bought, never_bought, bought_category or never_bought_category.</source>
            <translation>within_days 需要与 bought、never_bought、bought_category 或 never_bought_category 一起使用。</translation>
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="158" />
            <source>Shop field conditions, picked customers and “open follow-up” cannot be saved as an audience; clear them first.</source>
            <translation>自定义字段条件、手选的客户和“有未完成跟进”不能保存为目标客户；请先清除。</translation>
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="191" />
            <source>The product in this filter has no code; pick it by category instead.</source>
            <translation>此筛选条件中的商品没有编码；请改按品类选择。</translation>
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="205" />
            <source>everyone who may receive marketing</source>
            <translation>所有可接收营销消息的客户</translation>
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="211" />
            <source> or </source>
            <translation> 或 </translation>
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="220" />
            <source>lifecycle stage %1</source>
            <translation>生命周期阶段为%1</translation>
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="227" />
            <source>tier %1</source>
            <translation>等级 %1</translation>
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="230" />
            <source>RFM segment %1</source>
            <translation>消费分群为%1</translation>
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="232" />
            <source>tagged “%1”</source>
            <translation>带“%1”标签</translation>
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="234" />
            <source>in %1</source>
            <translation>城市为%1</translation>
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="236" />
            <source>home store %1</source>
            <translation>所属门店为 %1</translation>
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="238" />
            <source>matching “%1”</source>
            <translation>匹配“%1”</translation>
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="240" />
            <source>top %1% by predicted value</source>
            <translation>预测价值前 %1%</translation>
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="242" />
            <source>P(alive) below %1</source>
            <translation>仍活跃概率低于 %1</translation>
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="244" />
            <source>spent at least %1</source>
            <translation>累计消费至少 %1</translation>
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="254" />
            <source>bought %1</source>
            <translation>买过%1</translation>
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="254" />
            <source>never bought %1</source>
            <translation>从未买过%1</translation>
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="255" />
            <source>bought from the category %1</source>
            <translation>买过%1品类</translation>
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="255" />
            <source>never bought from the category %1</source>
            <translation>从未买过%1品类</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/campaigns/FilterText.cpp" line="258" />
            <source>in the last %Ln day(s)</source>
            <translation>
                <numerusform>（最近 %Ln 天内）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="262" />
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="45" />
            <source>No product has the code “%1”.</source>
            <translation>没有编码为“%1”的商品。</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::campaigns::MessageChecks</name>
        <message numerus="yes">
            <location filename="../core/campaigns/MessageChecks.cpp" line="63" />
            <source>%1 characters, %2 per SMS (Chinese or other Unicode text): %Ln SMS per customer.</source>
            <translation>
                <numerusform>%1 个字，每条短信 %2 字（中文或其他 Unicode 文字）：每位客户 %Ln 条短信。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/campaigns/MessageChecks.cpp" line="64" />
            <source>%1 characters, %2 per SMS (Latin text): %Ln SMS per customer.</source>
            <translation>
                <numerusform>%1 个字，每条短信 %2 字（拉丁字母）：每位客户 %Ln 条短信。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/campaigns/MessageChecks.cpp" line="68" />
            <source>The message is empty.</source>
            <translation>消息是空的。</translation>
        </message>
        <message>
            <location filename="../core/campaigns/MessageChecks.cpp" line="74" />
            <source>A Chinese marketing SMS must tell how to opt out: add “%1”.</source>
            <translation>中文营销短信必须说明如何退订：请加上“%1”。</translation>
        </message>
        <message>
            <location filename="../core/campaigns/MessageChecks.cpp" line="78" />
            <source>It is %1: send marketing messages between 08:00 and 21:00 only.</source>
            <translation>现在是 %1：营销消息只能在 08:00 到 21:00 之间发送。</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/campaigns/MessageChecks.cpp" line="96" />
            <source>{%1} is empty for %Ln customer(s).</source>
            <translation>
                <numerusform>{%1} 对 %Ln 位客户为空。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/campaigns/MessageChecks.cpp" line="101" />
            <source>{%1} is not a placeholder (known: %2).</source>
            <translation>{%1} 不是占位符（可用：%2）。</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::care::CareLoad</name>
        <message>
            <location filename="../core/care/CareLoad.cpp" line="43" />
            <source>New care tasks per day: between 0 (no limit) and %1.</source>
            <translation>每天新增关怀任务数：0（不限）到 %1 之间。</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::care::CareMessages</name>
        <message>
            <location filename="../core/care/CareMessages.cpp" line="17" />
            <source>Happy birthday, %1! Thank you for being with us. A small birthday gift is waiting for you at the shop this month.</source>
            <translation>%1，生日快乐！感谢一直以来的支持，本月到店有一份生日小礼物等着您。</translation>
        </message>
        <message>
            <location filename="../core/care/CareMessages.cpp" line="21" />
            <source>Hello %1, thank you for your first visit! How do you like what you bought? We would be glad to see you again.</source>
            <translation>%1您好，感谢您的首次光临！买的东西还满意吗？欢迎再来店里看看。</translation>
        </message>
        <message>
            <location filename="../core/care/CareMessages.cpp" line="25" />
            <source>Hello %1, we have not seen you for a while and miss you. New arrivals are in; drop by when it suits you.</source>
            <translation>%1您好，好久不见，挺想念您的。店里到了新品，方便时欢迎过来看看。</translation>
        </message>
        <message>
            <location filename="../core/care/CareMessages.cpp" line="29" />
            <source>Hello %1, it has been a while! As one of our most valued customers, we have set something aside for you. Come and see it.</source>
            <translation>%1您好，好久不见！作为我们最重要的顾客之一，我们特意为您留了一份心意，欢迎来店里看看。</translation>
        </message>
        <message>
            <location filename="../core/care/CareMessages.cpp" line="33" />
            <source>Happy holidays, %1! Best wishes to you and your family from all of us.</source>
            <translation>%1，节日快乐！全体店员祝您和家人一切顺利。</translation>
        </message>
        <message>
            <location filename="../core/care/CareMessages.cpp" line="34" />
            <source>Hello %1, </source>
            <translation>%1您好，</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::care::CareTaskGenerator</name>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="55" />
            <source>Birthday greeting for %1</source>
            <translation>给 %1 的生日问候</translation>
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="57" />
            <source>Revisit %1</source>
            <translation>回访 %1</translation>
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="59" />
            <source>Win back %1</source>
            <translation>挽回 %1</translation>
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="61" />
            <source>Call %1 (valuable, at risk)</source>
            <translation>致电 %1（高价值，有流失风险）</translation>
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="63" />
            <source>%1 greeting for %2</source>
            <translation>给 %2 的%1问候</translation>
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="65" />
            <source>Time for %1 to buy again</source>
            <translation>提醒%1回购</translation>
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="67" />
            <source>Call back %1 (unhappy survey answer)</source>
            <translation>回访 %1（调查不满意）</translation>
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="69" />
            <source>Service ticket of %1 due</source>
            <translation>%1 的服务工单到期</translation>
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="41" />
            <source>Spring Festival</source>
            <translation>春节</translation>
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="43" />
            <source>Mid-Autumn Festival</source>
            <translation>中秋节</translation>
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="45" />
            <source>National Day</source>
            <translation>国庆节</translation>
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="182" />
            <source>Birthday on %1 (greet %2 days ahead)</source>
            <translation>生日 %1（提前 %2 天问候）</translation>
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="186" />
            <source>First purchase on %1: a revisit %2 days after it</source>
            <translation>首次购买于 %1：购买 %2 天后回访</translation>
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="188" />
            <source>No purchase since %1 (dormant from %2)</source>
            <translation>自 %1 起未购买（%2 起沉睡）</translation>
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="192" />
            <source>%1 customer, no purchase since %2; the chance they are still a customer is falling</source>
            <translation>%1客户，自 %2 起未购买；仍为活跃客户的概率在下降</translation>
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="194" />
            <source>%1 customer, no purchase since %2; overdue after %3 days</source>
            <translation>%1客户，自 %2 起未购买；超过 %3 天即视为逾期</translation>
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="199" />
            <source>%1 on %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="204" />
            <source>Last bought %1 on %2; you set it to be bought again every %3 days</source>
            <translation>上次于%2购买%1；您设定的回购周期为每%3天</translation>
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="207" />
            <source>Last bought %1 on %2; customers usually buy it again after %3 days</source>
            <translation>上次于%2购买%1；顾客通常在%3天后再次购买</translation>
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="212" />
            <source>Scored %1 of 10 in the survey of %2</source>
            <translation>%2 的调查中打了 %1 分（满分 10）</translation>
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="214" />
            <source>Ticket #%1: %2</source>
            <translation>工单 #%1：%2</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::care::FollowUpCalendar</name>
        <message>
            <location filename="../core/care/FollowUpCalendar.cpp" line="48" />
            <source>Revisit after “%1”</source>
            <translation>“%1”之后的回访</translation>
        </message>
        <message>
            <location filename="../core/care/FollowUpCalendar.cpp" line="78" />
            <source>Snooze by at least one day.</source>
            <translation>至少推迟一天。</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::customers::BulkActions</name>
        <message>
            <location filename="../core/customers/BulkActions.cpp" line="26" />
            <source>Name at least one tag.</source>
            <translation>请至少填写一个标签。</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::customers::CustomFieldCatalog</name>
        <message>
            <location filename="../core/customers/CustomFieldCatalog.cpp" line="61" />
            <source>Text</source>
            <translation>文本</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomFieldCatalog.cpp" line="62" />
            <source>Choice list</source>
            <translation>选项列表</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomFieldCatalog.cpp" line="63" />
            <source>Number</source>
            <translation>数字</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomFieldCatalog.cpp" line="64" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomFieldCatalog.cpp" line="77" />
            <source>"%1" cannot be a field key: use a-z, 0-9 and _, starting with a letter (at most 40).</source>
            <translation>“%1”不能作为字段键名：只能用 a-z、0-9 和 _，以字母开头（最多 40 个字符）。</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomFieldCatalog.cpp" line="81" />
            <source>"%1" is a built-in field; choose another key.</source>
            <translation>“%1”是内置字段，请换一个键名。</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomFieldCatalog.cpp" line="83" />
            <location filename="../core/customers/CustomFieldCatalog.cpp" line="118" />
            <source>The field "%1" needs a label.</source>
            <translation>字段“%1”需要一个名称。</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomFieldCatalog.cpp" line="85" />
            <location filename="../core/customers/CustomFieldCatalog.cpp" line="143" />
            <source>The choice field "%1" needs at least one choice.</source>
            <translation>选项字段“%1”至少需要一个选项。</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomFieldCatalog.cpp" line="92" />
            <source>There is already a field with the key "%1".</source>
            <translation>已有键名为“%1”的字段。</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomFieldCatalog.cpp" line="95" />
            <location filename="../core/customers/CustomFieldCatalog.cpp" line="125" />
            <source>There is already a field labelled "%1" (key %2).</source>
            <translation>已有名为“%1”的字段（键名 %2）。</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomFieldCatalog.cpp" line="140" />
            <source>"%1" is not a choice field.</source>
            <translation>“%1”不是选项字段。</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/customers/CustomFieldCatalog.cpp" line="149" />
            <source>%Ln customer(s) hold a value of "%1" that is no longer a choice; change those first.</source>
            <translation>
                <numerusform>有 %Ln 位客户的“%1”取值已不在选项中，请先修改这些客户。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/customers/CustomFieldCatalog.cpp" line="48" />
            <source>There is no customer field "%1".</source>
            <translation>没有客户字段“%1”。</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::customers::CustomerEditor</name>
        <message>
            <location filename="../core/customers/CustomerEditor.cpp" line="65" />
            <source>a value is required</source>
            <translation>必须填写</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomerEditor.cpp" line="75" />
            <source>Customer %1 no longer exists.</source>
            <translation>客户 %1 已不存在。</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomerEditor.cpp" line="92" />
            <source>already belongs to %1 (customer %2); merge the two instead</source>
            <translation>已属于%1（客户 %2）；请改为合并这两位客户</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::customers::CustomerForm</name>
        <message>
            <location filename="../core/customers/CustomerForm.cpp" line="70" />
            <source>a customer needs at least a name, a phone number or a member code</source>
            <translation>客户至少需要姓名、手机号或会员卡号之一</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::customers::CustomerMerger</name>
        <message>
            <location filename="../core/customers/CustomerMerger.cpp" line="172" />
            <source>A customer cannot be merged with itself.</source>
            <translation>客户不能与自己合并。</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomerMerger.cpp" line="194" />
            <source>%1 has points, stored value or counter sales; keep %1 and merge the other customer into them instead.</source>
            <translation>%1 有积分、储值或收银记录；请保留 %1，把另一位客户合并到 %1。</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomerMerger.cpp" line="223" />
            <source>Recording the merge</source>
            <translation>记录合并</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomerMerger.cpp" line="268" />
            <source>Reading merge %1</source>
            <translation>读取合并记录 %1</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomerMerger.cpp" line="270" />
            <source>There is no merge %1.</source>
            <translation>没有合并记录 %1。</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomerMerger.cpp" line="272" />
            <source>Merge %1 was already undone.</source>
            <translation>合并 %1 已经撤销过了。</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomerMerger.cpp" line="285" />
            <source>The surviving customer %1 was itself merged or deleted since; undo that first.</source>
            <translation>保留的客户 %1 之后又被合并或删除；请先撤销那一步。</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomerMerger.cpp" line="309" />
            <source>Recording the undo</source>
            <translation>记录撤销</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomerMerger.cpp" line="331" />
            <source>Reading the merges of customer %1</source>
            <translation>读取客户 %1 的合并记录</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomerMerger.cpp" line="79" />
            <source>Customer %1 no longer exists.</source>
            <translation>客户 %1 已不存在。</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomerMerger.cpp" line="98" />
            <source>Reading order dates</source>
            <translation>读取订单日期</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomerMerger.cpp" line="112" />
            <source>Reading the %1 of customer %2</source>
            <translation>读取客户 %2 的 %1</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomerMerger.cpp" line="124" />
            <source>Moving the %1 of customer %2</source>
            <translation>转移客户 %2 的 %1</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::customers::CustomerTimeline</name>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="72" />
            <source>Joined</source>
            <translation>入会</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="73" />
            <source>Purchase</source>
            <translation>购买</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="74" />
            <source>Refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="75" />
            <source>Contact</source>
            <translation>联系方式</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="76" />
            <source>Follow-up</source>
            <translation>跟进</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="77" />
            <source>Tier</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="78" />
            <source>Service</source>
            <translation>服务</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="79" />
            <source>Member</source>
            <translation>会员</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="92" />
            <source>Customer %1 no longer exists.</source>
            <translation>客户 %1 已不存在。</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="94" />
            <source>Became a member</source>
            <translation>成为会员</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="110" />
            <source>%1 (voided)</source>
            <translation>%1（已作废）</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="111" />
            <source>%1 (void)</source>
            <translation>%1（作废）</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="127" />
            <source>done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="128" />
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="129" />
            <source>open</source>
            <translation>待办</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="134" />
            <source>Outcome: %1</source>
            <translation>结果：%1</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="137" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="145" />
            <source>Ticket opened: %1</source>
            <translation>新建工单：%1</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="146" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="150" />
            <source>Ticket %1: %2</source>
            <translation>工单%1：%2</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="51" />
            <source>Reading the tier history of customer %1</source>
            <translation>读取客户 %1 的等级历史</translation>
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="59" />
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::customers::DuplicateFinder</name>
        <message>
            <location filename="../core/customers/DuplicateFinder.cpp" line="34" />
            <source>Customer %1 no longer exists.</source>
            <translation>客户 %1 已不存在。</translation>
        </message>
        <message>
            <location filename="../core/customers/DuplicateFinder.cpp" line="50" />
            <source>Looking for duplicates of customer %1</source>
            <translation>查找客户 %1 的重复记录</translation>
        </message>
        <message>
            <location filename="../core/customers/DuplicateFinder.cpp" line="65" />
            <source>same phone</source>
            <translation>手机号相同</translation>
        </message>
        <message>
            <location filename="../core/customers/DuplicateFinder.cpp" line="67" />
            <source>same e-mail</source>
            <translation>邮箱相同</translation>
        </message>
        <message>
            <location filename="../core/customers/DuplicateFinder.cpp" line="69" />
            <source>same WeChat ID</source>
            <translation>微信号相同</translation>
        </message>
        <message>
            <location filename="../core/customers/DuplicateFinder.cpp" line="71" />
            <source>same name</source>
            <translation>姓名相同</translation>
        </message>
        <message>
            <location filename="../core/customers/DuplicateFinder.cpp" line="79" />
            <source>born %1 / %2</source>
            <translation>生日 %1 / %2</translation>
        </message>
        <message>
            <location filename="../core/customers/DuplicateFinder.cpp" line="81" />
            <source>city %1 / %2</source>
            <translation>城市 %1 / %2</translation>
        </message>
        <message>
            <location filename="../core/customers/DuplicateFinder.cpp" line="83" />
            <source>different gender</source>
            <translation>性别不同</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::customers::PrivacyRequests</name>
        <message>
            <location filename="../core/customers/PrivacyRequests.cpp" line="67" />
            <source>Erased customer #%1</source>
            <translation>已删除的客户 #%1</translation>
        </message>
        <message>
            <location filename="../core/customers/PrivacyRequests.cpp" line="77" />
            <location filename="../core/customers/PrivacyRequests.cpp" line="102" />
            <location filename="../core/customers/PrivacyRequests.cpp" line="111" />
            <location filename="../core/customers/PrivacyRequests.cpp" line="144" />
            <source>Reading a customer</source>
            <translation>读取客户</translation>
        </message>
        <message>
            <location filename="../core/customers/PrivacyRequests.cpp" line="80" />
            <location filename="../core/customers/PrivacyRequests.cpp" line="146" />
            <source>Customer %1 does not exist.</source>
            <translation>客户 %1 不存在。</translation>
        </message>
        <message>
            <location filename="../core/customers/PrivacyRequests.cpp" line="95" />
            <source>Reading %1</source>
            <translation>读取 %1</translation>
        </message>
        <message>
            <location filename="../core/customers/PrivacyRequests.cpp" line="133" />
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <location filename="../core/customers/PrivacyRequests.cpp" line="148" />
            <source>Customer %1 was already erased.</source>
            <translation>客户 %1 已被删除。</translation>
        </message>
        <message>
            <location filename="../core/customers/PrivacyRequests.cpp" line="163" />
            <location filename="../core/customers/PrivacyRequests.cpp" line="177" />
            <source>Erasing a customer</source>
            <translation>删除客户个人信息</translation>
        </message>
        <message>
            <location filename="../core/customers/PrivacyRequests.cpp" line="50" />
            <source>Reading the schema</source>
            <translation>读取数据库结构</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::demo::DemoShop</name>
        <message>
            <location filename="../core/demo/DemoShop.cpp" line="67" />
            <source>The demo shop needs at least one customer.</source>
            <translation>演示店至少需要一位客户。</translation>
        </message>
        <message>
            <location filename="../core/demo/DemoShop.cpp" line="69" />
            <source>Cannot create the folder %1.</source>
            <translation>无法创建文件夹 %1。</translation>
        </message>
        <message>
            <location filename="../core/demo/DemoShop.cpp" line="174" />
            <source>Cannot create a temporary folder for the demo shop.</source>
            <translation>无法为演示店创建临时文件夹。</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::i18n::LocalDates</name>
        <message>
            <location filename="../core/i18n/LocalDates.cpp" line="74" />
            <source>end of %1</source>
            <comment>a month end: %1 is a month and year</comment>
            <translation>%1末</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::io::ColumnMapping</name>
        <message>
            <location filename="../core/io/ColumnMapping.cpp" line="165" />
            <source>The saved mapping names an unknown field "%1" for column "%2".</source>
            <translation>已保存的映射为“%2”列指定了未知字段“%1”。</translation>
        </message>
        <message>
            <location filename="../core/io/ColumnMapping.cpp" line="168" />
            <source>The field "%1" cannot be imported into %2.</source>
            <translation>字段“%1”不能导入到 %2。</translation>
        </message>
        <message>
            <location filename="../core/io/ColumnMapping.cpp" line="179" />
            <source>Cannot open the mapping file %1: %2</source>
            <translation>无法打开映射文件 %1：%2</translation>
        </message>
        <message>
            <location filename="../core/io/ColumnMapping.cpp" line="184" />
            <source>The mapping file %1 is not valid JSON: %2</source>
            <translation>映射文件 %1 不是有效的 JSON：%2</translation>
        </message>
        <message>
            <location filename="../core/io/ColumnMapping.cpp" line="205" />
            <location filename="../core/io/ColumnMapping.cpp" line="208" />
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <location filename="../core/io/ColumnMapping.cpp" line="270" />
            <source>(column %1 without a name)</source>
            <translation>（第 %1 列，无列名）</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::io::CsvReader</name>
        <message>
            <location filename="../core/io/CsvReader.cpp" line="23" />
            <source>The encoding %1 is not available.</source>
            <translation>编码 %1 不可用。</translation>
        </message>
        <message>
            <location filename="../core/io/CsvReader.cpp" line="75" />
            <source>Line %1: a quoted field opened here is never closed (unterminated quote).</source>
            <translation>第 %1 行：此处开始的引号字段没有闭合（引号未结束）。</translation>
        </message>
        <message>
            <location filename="../core/io/CsvReader.cpp" line="83" />
            <source>Line %1: bytes that are not valid %2 text. Choose the file's encoding by hand (for example GB18030 for files saved by Chinese Excel).</source>
            <translation>第 %1 行：含有不是有效 %2 文本的字节。请手动选择文件编码（例如中文 Excel 保存的文件用 GB18030）。</translation>
        </message>
        <message>
            <location filename="../core/io/CsvReader.cpp" line="108" />
            <location filename="../core/io/CsvReader.cpp" line="146" />
            <source>Line %1: a field is longer than %2 characters; this does not look like a CSV file (perhaps a quote is missing).</source>
            <translation>第 %1 行：某个字段超过 %2 个字符；这不像 CSV 文件（可能缺少引号）。</translation>
        </message>
        <message>
            <location filename="../core/io/CsvReader.cpp" line="142" />
            <location filename="../core/io/CsvReader.cpp" line="183" />
            <source>Line %1: the file contains a NUL byte; it is not a text file.</source>
            <translation>第 %1 行：文件含有 NUL 字节；这不是文本文件。</translation>
        </message>
        <message>
            <location filename="../core/io/CsvReader.cpp" line="190" />
            <source>Line %1: a field is longer than %2 characters; this does not look like a CSV file.</source>
            <translation>第 %1 行：某个字段超过 %2 个字符；这不像 CSV 文件。</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::io::CsvWriter</name>
        <message>
            <location filename="../core/io/CsvWriter.cpp" line="41" />
            <source>The export encoding is not available on this system.</source>
            <translation>此系统不支持该导出编码。</translation>
        </message>
        <message>
            <location filename="../core/io/CsvWriter.cpp" line="43" />
            <location filename="../core/io/CsvWriter.cpp" line="81" />
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::io::CustomFieldParser</name>
        <message>
            <location filename="../core/io/CustomFieldParser.cpp" line="40" />
            <source>not one of the choices (%1)</source>
            <translation>不在选项中（%1）</translation>
        </message>
        <message>
            <location filename="../core/io/CustomFieldParser.cpp" line="40" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../core/io/CustomFieldParser.cpp" line="50" />
            <source>not a number (expected e.g. 12 or 12.5)</source>
            <translation>不是数字（应为如 12 或 12.5）</translation>
        </message>
        <message>
            <location filename="../core/io/CustomFieldParser.cpp" line="56" />
            <source>not a date (expected e.g. 2024-05-01, 2024/5/1 or 2024年5月1日)</source>
            <translation>不是日期（应为 2024-05-01、2024/5/1 或 2024年5月1日 等）</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::io::CustomerExporter</name>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="68" />
            <source>yes</source>
            <comment>marketing consent</comment>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="69" />
            <source>no</source>
            <comment>marketing consent</comment>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="125" />
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="29" />
            <source>Member code</source>
            <translation>会员卡号</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="29" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="29" />
            <source>Phone</source>
            <translation>手机</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="29" />
            <source>E-mail</source>
            <translation>邮箱</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="30" />
            <source>WeChat ID</source>
            <translation>微信号</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="30" />
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="30" />
            <source>Birthday</source>
            <translation>生日</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="30" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="31" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="31" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="31" />
            <source>Joined</source>
            <translation>入会</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="31" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="32" />
            <source>Marketing consent</source>
            <translation>营销同意</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="32" />
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="164" />
            <location filename="../core/io/CustomerExporter.cpp" line="165" />
            <source>file</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="164" />
            <source>sheet</source>
            <translation>工作表</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="164" />
            <source>row</source>
            <translation>行</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="164" />
            <location filename="../core/io/CustomerExporter.cpp" line="165" />
            <source>column</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="164" />
            <location filename="../core/io/CustomerExporter.cpp" line="165" />
            <source>value</source>
            <translation>值</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="164" />
            <location filename="../core/io/CustomerExporter.cpp" line="165" />
            <source>reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="164" />
            <location filename="../core/io/CustomerExporter.cpp" line="165" />
            <source>outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="165" />
            <source>line</source>
            <translation>行</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="174" />
            <source>skipped</source>
            <translation>已跳过</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="176" />
            <source>skipped (conflict)</source>
            <translation>已跳过（冲突）</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="178" />
            <source>imported</source>
            <translation>已导入</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="180" />
            <source>not imported (guest sale)</source>
            <translation>未导入（散客消费）</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::io::CustomerImporter</name>
        <message>
            <location filename="../core/io/CustomerImporter.cpp" line="63" />
            <source>no name, phone, member code, e-mail or WeChat ID</source>
            <translation>没有姓名、手机号、会员号、邮箱或微信号</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerImporter.cpp" line="127" />
            <source>line %1 of this file</source>
            <translation>本文件第 %1 行</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerImporter.cpp" line="128" />
            <source>customer #%1 in the database</source>
            <translation>数据库中的客户 #%1</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerImporter.cpp" line="131" />
            <source>%1 already belongs to %2 (%3); this row names %4</source>
            <translation>%1 已属于 %2（%3）；本行写的是 %4</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerImporter.cpp" line="138" />
            <source>%1 belongs to member %2 (%3); this row says member %4</source>
            <translation>%1 属于会员 %2（%3）；本行写的是会员 %4</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerImporter.cpp" line="149" />
            <source>%1 already belongs to %2 (customer #%3)</source>
            <translation>%1 已属于 %2（客户 #%3）</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::io::CustomerRowParser</name>
        <message>
            <location filename="../core/io/CustomerRowParser.cpp" line="130" />
            <source>not a mainland mobile number; kept as written</source>
            <translation>不是大陆手机号；按原样保留</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerRowParser.cpp" line="133" />
            <source>not a phone number</source>
            <translation>不是电话号码</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerRowParser.cpp" line="142" />
            <source>not an e-mail address</source>
            <translation>不是邮箱地址</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerRowParser.cpp" line="148" />
            <source>not a WeChat ID (letters, digits, _ and -, up to 40)</source>
            <translation>不是微信号（字母、数字、_ 和 -，最多 40 个字符）</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerRowParser.cpp" line="153" />
            <source>not a gender (expected 男/女, M/F)</source>
            <translation>不是性别（应为 男/女、M/F）</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerRowParser.cpp" line="173" />
            <source>not yes or no (是/否, Y/N, 1/0)</source>
            <translation>不是是或否（是/否、Y/N、1/0）</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerRowParser.cpp" line="30" />
            <source>no such day: month %1 of %2 has %3 days</source>
            <translation>没有这一天：%2年%1月只有 %3 天</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerRowParser.cpp" line="46" />
            <source>not a date (expected e.g. 2024-05-01, 2024/5/1 or 2024年5月1日)</source>
            <translation>不是日期（应为 2024-05-01、2024/5/1 或 2024年5月1日 等）</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerRowParser.cpp" line="50" />
            <location filename="../core/io/CustomerRowParser.cpp" line="77" />
            <source>the date is in the future</source>
            <translation>日期在未来</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerRowParser.cpp" line="72" />
            <source>not a birthday (expected e.g. 1990-05-01, 1990/5/1, 1990年5月1日, or without the year 5月1日 or 05-01)</source>
            <translation>不是生日（应为如 1990-05-01、1990/5/1、1990年5月1日，或不含年份的 5月1日、05-01）</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerRowParser.cpp" line="90" />
            <source>%1; imported as no marketing</source>
            <translation>%1；按不接收营销导入</translation>
        </message>
        <message>
            <location filename="../core/io/CustomerRowParser.cpp" line="91" />
            <source>%1; imported without it</source>
            <translation>%1；导入时留空</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::io::DelimiterSniffer</name>
        <message>
            <location filename="../core/io/DelimiterSniffer.cpp" line="108" />
            <source>comma ,</source>
            <translation>逗号 ,</translation>
        </message>
        <message>
            <location filename="../core/io/DelimiterSniffer.cpp" line="109" />
            <source>semicolon ;</source>
            <translation>分号 ;</translation>
        </message>
        <message>
            <location filename="../core/io/DelimiterSniffer.cpp" line="110" />
            <source>tab</source>
            <translation>制表符</translation>
        </message>
        <message>
            <location filename="../core/io/DelimiterSniffer.cpp" line="111" />
            <source>vertical bar |</source>
            <translation>竖线 |</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::io::ICalendarExport</name>
        <message>
            <location filename="../core/io/ICalendarExport.cpp" line="111" />
            <location filename="../core/io/ICalendarExport.cpp" line="114" />
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <location filename="../core/io/ICalendarExport.cpp" line="50" />
            <location filename="../core/io/Importer.cpp" line="108" />
            <location filename="../core/io/Importer.cpp" line="148" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::io::ImportCounts</name>
        <message numerus="yes">
            <location filename="../core/io/ImportCounts.cpp" line="42" />
            <source>%Ln line(s) read = %1 to import + %2 unchanged + %3 to skip</source>
            <translation>
                <numerusform>读取 %Ln 行明细 = 将导入 %1 + 未变 %2 + 将跳过 %3</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/io/ImportCounts.cpp" line="43" />
            <source>%Ln line(s) read = %1 imported + %2 unchanged + %3 skipped</source>
            <translation>
                <numerusform>读取 %Ln 行明细 = 导入 %1 + 未变 %2 + 跳过 %3</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/io/ImportCounts.cpp" line="46" />
            <source>%Ln row(s) read = %1 to add + %2 unchanged + %3 repeated in the file + %4 to skip</source>
            <translation>
                <numerusform>读取 %Ln 行 = 将新增 %1 + 未变 %2 + 文件内重复 %3 + 将跳过 %4</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/io/ImportCounts.cpp" line="48" />
            <source>%Ln row(s) read = %1 added + %2 unchanged + %3 repeated in the file + %4 skipped</source>
            <translation>
                <numerusform>读取 %Ln 行 = 新增 %1 + 未变 %2 + 文件内重复 %3 + 跳过 %4</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/io/ImportCounts.cpp" line="51" />
            <source>%Ln row(s) read = %1 to add + %2 to update + %3 unchanged + %4 repeated in the file + %5 to skip</source>
            <translation>
                <numerusform>读取 %Ln 行 = 将新增 %1 + 将更新 %2 + 未变 %3 + 文件内重复 %4 + 将跳过 %5</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/io/ImportCounts.cpp" line="54" />
            <source>%Ln row(s) read = %1 added + %2 updated + %3 unchanged + %4 repeated in the file + %5 skipped</source>
            <translation>
                <numerusform>读取 %Ln 行 = 新增 %1 + 更新 %2 + 未变 %3 + 文件内重复 %4 + 跳过 %5</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>clientele::core::io::ImportSource</name>
        <message>
            <location filename="../core/io/ImportSource.cpp" line="38" />
            <source>%1 is a folder, not a file.</source>
            <translation>%1 是文件夹，不是文件。</translation>
        </message>
        <message>
            <location filename="../core/io/ImportSource.cpp" line="40" />
            <location filename="../core/io/ImportSource.cpp" line="127" />
            <source>Cannot open %1: %2</source>
            <translation>无法打开 %1：%2</translation>
        </message>
        <message>
            <location filename="../core/io/ImportSource.cpp" line="45" />
            <source>%1 is an Excel 97-2003 workbook (.xls), which Clientele cannot read. Open it in Excel or WPS and save it as .xlsx or CSV.</source>
            <translation>%1 是 Excel 97-2003 工作簿（.xls），Clientele 无法读取。请用 Excel 或 WPS 打开，另存为 .xlsx 或 CSV。</translation>
        </message>
        <message>
            <location filename="../core/io/ImportSource.cpp" line="56" />
            <source>%1 is a text file, not an Excel workbook: it has no sheet "%2" to choose.</source>
            <translation>%1 是文本文件，不是 Excel 工作簿：没有可选的工作表“%2”。</translation>
        </message>
        <message>
            <location filename="../core/io/ImportSource.cpp" line="63" />
            <location filename="../core/io/ImportSource.cpp" line="154" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location filename="../core/io/ImportSource.cpp" line="68" />
            <source>The encoding %1 is not available on this system.</source>
            <translation>此系统不支持编码 %1。</translation>
        </message>
        <message>
            <location filename="../core/io/ImportSource.cpp" line="113" />
            <source>%1 has no sheet named "%2". Its sheets are: %3.</source>
            <translation>%1 中没有名为“%2”的工作表。它的工作表有：%3。</translation>
        </message>
        <message>
            <location filename="../core/io/ImportSource.cpp" line="114" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../core/io/ImportSource.cpp" line="157" />
            <source>%1: the sheet "%2" is empty; it has no header row.</source>
            <translation>%1：工作表“%2”是空的，没有表头行。</translation>
        </message>
        <message>
            <location filename="../core/io/ImportSource.cpp" line="158" />
            <source>%1 has no header row; the file is empty.</source>
            <translation>%1 没有表头行；文件是空的。</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::io::Importer</name>
        <message>
            <location filename="../core/io/Importer.cpp" line="290" />
            <source>%1: no column for %2. The header reads: %3. Map the columns by hand (a mapping file or the import wizard).</source>
            <translation>%1：没有对应“%2”的列。表头为：%3。请手动映射列（映射文件或导入向导）。</translation>
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="292" />
            <location filename="../core/io/Importer.cpp" line="317" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="317" />
            <source>Columns not imported: %1</source>
            <translation>未导入的列：%1</translation>
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="382" />
            <source>the row has more values than the header has columns (%1 extra)</source>
            <translation>这一行的值比表头的列多（多出 %1 个）</translation>
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="396" />
            <source>%1 was refused, nothing was imported: %2</source>
            <translation>%1 被拒绝，未导入任何数据：%2</translation>
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="411" />
            <source>%1: rows that would be skipped: %2; values that would be left out: %3. In strict mode nothing was imported.</source>
            <translation>%1：将被跳过的行：%2；将被留空的值：%3。严格模式下没有导入任何内容。</translation>
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="43" />
            <source>The import was cancelled; nothing was changed.</source>
            <translation>导入已取消；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="113" />
            <source>Column "%1" holds whole numbers written as decimals (17850.0); read as whole numbers (17850).</source>
            <translation>“%1”列的整数写成了小数（17850.0）；已按整数（17850）读取。</translation>
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="122" />
            <source>Column "%1" mixes day-first and month-first dates; read as %2, rows that do not fit are reported.</source>
            <translation>“%1”列混用了日在前和月在前的日期；按 %2 读取，不符合的行会报告出来。</translation>
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="124" />
            <source>day/month/year</source>
            <translation>日/月/年</translation>
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="125" />
            <source>month/day/year</source>
            <translation>月/日/年</translation>
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="127" />
            <source>Column "%1": dates like 3/4/2024 could be day/month or month/day and no value decides it; read as month/day/year.</source>
            <translation>“%1”列：像 3/4/2024 这样的日期既可能是日/月也可能是月/日，且没有值能确定；按月/日/年读取。</translation>
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="131" />
            <source>Column "%1": dates read as day/month/year.</source>
            <translation>“%1”列：日期按日/月/年读取。</translation>
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="173" />
            <source>New fields can only be made from a customer file.</source>
            <translation>只能从客户文件创建新字段。</translation>
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="182" />
            <source>%1 has no column "%2". The header reads: %3</source>
            <translation>%1 中没有“%2”列。表头为：%3</translation>
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="186" />
            <source>Column "%1" is already imported as %2; it cannot become a new field.</source>
            <translation>“%1”列已导入为%2，不能再作为新字段。</translation>
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="200" />
            <source>Column "%1" already fills the field "%2"; no new field was made.</source>
            <translation>“%1”列已填入字段“%2”，未创建新字段。</translation>
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="210" />
            <source>Column "%1" has no values or more than 20 different ones; make it a text field, or define the choice field first (fields add).</source>
            <translation>“%1”列没有值或有超过 20 种不同的值；请改为文本字段，或先定义该选项字段（fields add）。</translation>
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="223" />
            <source>New field "%1" (%2, key %3) made from column "%4".</source>
            <translation>已从“%4”列创建新字段“%1”（%2，键名 %3）。</translation>
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="246" />
            <source>Column "%1": there is no field "%2" any more; not imported.</source>
            <translation>“%1”列：字段“%2”已不存在，未导入。</translation>
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="263" />
            <source>New stores on the store list: %1</source>
            <translation>新加入门店列表的门店：%1</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::io::OrderImporter</name>
        <message>
            <location filename="../core/io/OrderImporter.cpp" line="166" />
            <source>no customer with this %1; import the customers first, or let the import create customers for unknown orders</source>
            <translation>没有这个%1的客户；请先导入客户，或让导入为未知订单创建客户</translation>
        </message>
        <message>
            <location filename="../core/io/OrderImporter.cpp" line="192" />
            <source>the order date is missing</source>
            <translation>缺少下单日期</translation>
        </message>
        <message>
            <location filename="../core/io/OrderImporter.cpp" line="194" />
            <source>not a date (expected e.g. 2024-05-01 13:45)</source>
            <translation>不是日期（应为 2024-05-01 13:45 等）</translation>
        </message>
        <message>
            <location filename="../core/io/OrderImporter.cpp" line="196" />
            <source>the date is in the future</source>
            <translation>日期在未来</translation>
        </message>
        <message>
            <location filename="../core/io/OrderImporter.cpp" line="208" />
            <source>not a time of day (expected 13:45); imported without it</source>
            <translation>不是时刻（应为 13:45 等）；导入时留空</translation>
        </message>
        <message>
            <location filename="../core/io/OrderImporter.cpp" line="214" />
            <source>the amount is missing</source>
            <translation>缺少金额</translation>
        </message>
        <message>
            <location filename="../core/io/OrderImporter.cpp" line="216" />
            <source>not an amount (expected e.g. 128.50 or ¥1,280)</source>
            <translation>不是金额（应为 128.50 或 ¥1,280 等）</translation>
        </message>
        <message>
            <location filename="../core/io/OrderImporter.cpp" line="218" />
            <source>the amount is beyond ¥100,000,000</source>
            <translation>金额超过 ¥100,000,000</translation>
        </message>
        <message>
            <location filename="../core/io/OrderImporter.cpp" line="225" />
            <source>not a product category (a number, or longer than %1 characters); imported without it</source>
            <translation>不是商品品类（是数字，或超过 %1 个字符）；导入时留空</translation>
        </message>
        <message>
            <location filename="../core/io/OrderImporter.cpp" line="236" />
            <source>not a phone number</source>
            <translation>不是电话号码</translation>
        </message>
        <message>
            <location filename="../core/io/OrderImporter.cpp" line="240" />
            <source>not an e-mail address</source>
            <translation>不是邮箱地址</translation>
        </message>
        <message>
            <location filename="../core/io/OrderImporter.cpp" line="243" />
            <source>no member code, phone or e-mail to link the order to a customer</source>
            <translation>没有会员卡号、手机号或邮箱可将订单关联到客户</translation>
        </message>
        <message>
            <location filename="../core/io/OrderImporter.cpp" line="331" />
            <source>line %1 of this file</source>
            <translation>本文件第 %1 行</translation>
        </message>
        <message>
            <location filename="../core/io/OrderImporter.cpp" line="332" />
            <source>import #%1, line %2</source>
            <translation>导入 #%1 第 %2 行</translation>
        </message>
        <message>
            <location filename="../core/io/OrderImporter.cpp" line="333" />
            <source>order number already used by a different order (%1)</source>
            <translation>订单号已被另一笔不同的订单使用（%1）</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::io::OrderLineImporter</name>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="74" />
            <source>the order date is missing</source>
            <translation>缺少下单日期</translation>
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="76" />
            <source>not a date (expected e.g. 2024-05-01 13:45)</source>
            <translation>不是日期（应为 2024-05-01 13:45 等）</translation>
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="78" />
            <source>the date is in the future</source>
            <translation>日期在未来</translation>
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="97" />
            <source>not a quantity (expected e.g. 2 or 0.5)</source>
            <translation>不是数量（应为例如 2 或 0.5）</translation>
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="99" />
            <source>the quantity is zero or beyond 100,000</source>
            <translation>数量为零或超过 100,000</translation>
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="103" />
            <source>the quantity is missing</source>
            <translation>缺少数量</translation>
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="109" />
            <source>not a unit price (expected e.g. 12.50, at most three decimals)</source>
            <translation>不是单价（应为例如 12.50，最多三位小数）</translation>
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="111" />
            <source>the unit price is beyond ¥10,000,000</source>
            <translation>单价超过 ¥10,000,000</translation>
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="119" />
            <location filename="../core/io/OrderLineImporter.cpp" line="130" />
            <source>not an amount (expected e.g. 128.50 or ¥1,280)</source>
            <translation>不是金额（应为 128.50 或 ¥1,280 等）</translation>
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="125" />
            <source>neither a line total nor a unit price</source>
            <translation>既没有行金额也没有单价</translation>
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="137" />
            <source>the amount is beyond ¥100,000,000</source>
            <translation>金额超过 ¥100,000,000</translation>
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="160" />
            <source>not a phone number</source>
            <translation>不是电话号码</translation>
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="164" />
            <source>not an e-mail address</source>
            <translation>不是邮箱地址</translation>
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="178" />
            <location filename="../core/io/OrderLineImporter.cpp" line="315" />
            <source>not imported with its order: line %1 of the order was refused</source>
            <translation>随所属订单一起未导入：该订单的第 %1 行被拒绝</translation>
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="224" />
            <source>%1: lines of order %2 name two customers (line %3 names another one)</source>
            <translation>%1：订单 %2 的明细行指向两位不同的客户（第 %3 行是另一位）</translation>
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="323" />
            <source>a guest sale: no member code, phone or e-mail on any line of its order</source>
            <translation>散客消费：该订单的所有明细行都没有会员卡号、手机或邮箱</translation>
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="345" />
            <source>the order's lines add up to more than ¥100,000,000</source>
            <translation>该订单明细合计超过 ¥100,000,000</translation>
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="407" />
            <source>Order %1 vanished during the import.</source>
            <translation>订单 %1 在导入过程中消失了。</translation>
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="410" />
            <source>line %1 of this file</source>
            <translation>本文件第 %1 行</translation>
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="411" />
            <source>import #%1, line %2</source>
            <translation>导入 #%1 第 %2 行</translation>
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="413" />
            <source>order number already used for another customer (%1)</source>
            <translation>订单号已被另一位客户使用（%1）</translation>
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="437" />
            <source>order number already used by a different order (%1)</source>
            <translation>订单号已被另一笔不同的订单使用（%1）</translation>
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="471" />
            <source>order %1 was imported before (import #%2) without this line; lines are not added to an order of an earlier import: undo import #%2 and import the files together</source>
            <translation>订单 %1 之前已导入（导入 #%2），当时没有这一行；不会向以前导入的订单追加明细：请撤销导入 #%2，再把这些文件一起导入</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::io::TextDecoding</name>
        <message>
            <location filename="../core/io/TextDecoding.cpp" line="17" />
            <source>The file is empty.</source>
            <translation>文件是空的。</translation>
        </message>
        <message>
            <location filename="../core/io/TextDecoding.cpp" line="28" />
            <source>This is not a text file (it contains binary data). Save it from your spreadsheet program as CSV first.</source>
            <translation>这不是文本文件（含有二进制数据）。请先在表格软件中另存为 CSV。</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::io::xlsx::SheetReader</name>
        <message>
            <location filename="../core/io/xlsx/SheetReader.cpp" line="37" />
            <source>sheet "%1" cannot be opened; the file is damaged.</source>
            <translation>无法打开工作表“%1”，文件已损坏。</translation>
        </message>
        <message>
            <location filename="../core/io/xlsx/SheetReader.cpp" line="57" />
            <source>sheet "%1", row %2: the sheet cannot be read (%3); the file is damaged or incomplete.</source>
            <translation>工作表“%1”第 %2 行：无法读取该工作表（%3），文件已损坏或不完整。</translation>
        </message>
        <message>
            <location filename="../core/io/xlsx/SheetReader.cpp" line="72" />
            <source>a cell reference "%1" is not valid</source>
            <translation>单元格引用“%1”无效</translation>
        </message>
        <message>
            <location filename="../core/io/xlsx/SheetReader.cpp" line="74" />
            <source>more than %1 columns</source>
            <translation>超过 %1 列</translation>
        </message>
        <message>
            <location filename="../core/io/xlsx/SheetReader.cpp" line="105" />
            <source>a shared string %1 that the workbook does not have</source>
            <translation>引用了工作簿中不存在的共享字符串 %1</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::io::xlsx::Workbook</name>
        <message>
            <location filename="../core/io/xlsx/Workbook.cpp" line="147" />
            <source>%1 is not a readable Excel workbook: the file is damaged or incomplete (perhaps a download or copy stopped early). Open it in Excel and save it again, or save the sheet as CSV.</source>
            <translation>%1 不是可读取的 Excel 工作簿：文件已损坏或不完整（可能下载或复制中途中断）。请用 Excel 打开后重新保存，或将工作表另存为 CSV。</translation>
        </message>
        <message>
            <location filename="../core/io/xlsx/Workbook.cpp" line="159" />
            <source>%1: the workbook part %2 cannot be read (%3); the file is damaged.</source>
            <translation>%1：无法读取工作簿部件 %2（%3），文件已损坏。</translation>
        </message>
        <message>
            <location filename="../core/io/xlsx/Workbook.cpp" line="169" />
            <source>%1 is a zip file but not an Excel workbook (.xlsx): it has no %2.</source>
            <translation>%1 是 zip 压缩文件，但不是 Excel 工作簿（.xlsx）：其中没有 %2。</translation>
        </message>
        <message>
            <location filename="../core/io/xlsx/Workbook.cpp" line="175" />
            <location filename="../core/io/xlsx/Workbook.cpp" line="215" />
            <location filename="../core/io/xlsx/Workbook.cpp" line="230" />
            <source>cannot open it</source>
            <translation>无法打开</translation>
        </message>
        <message>
            <location filename="../core/io/xlsx/Workbook.cpp" line="202" />
            <source>%1 has no worksheets.</source>
            <translation>%1 中没有工作表。</translation>
        </message>
        <message>
            <location filename="../core/io/xlsx/Workbook.cpp" line="298" />
            <source>%1: the sheet "%2" cannot be opened; the file is damaged.</source>
            <translation>%1：无法打开工作表“%2”，文件已损坏。</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::io::xlsx::XlsxWriter</name>
        <message>
            <location filename="../core/io/xlsx/XlsxWriter.cpp" line="44" />
            <location filename="../core/io/xlsx/XlsxWriter.cpp" line="144" />
            <source>Cannot write %1.</source>
            <translation>无法写入 %1。</translation>
        </message>
        <message>
            <location filename="../core/io/xlsx/XlsxWriter.cpp" line="66" />
            <source>Cannot add the sheet "%1" to %2.</source>
            <translation>无法在 %2 中添加工作表“%1”。</translation>
        </message>
        <message>
            <location filename="../core/io/xlsx/XlsxWriter.cpp" line="135" />
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::member::Coupons</name>
        <message>
            <location filename="../core/member/Coupons.cpp" line="47" />
            <source>Coupon %1 belongs to another customer.</source>
            <translation>优惠券 %1 属于另一位顾客。</translation>
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="50" />
            <source>Coupon %1 was already used on %2.</source>
            <translation>优惠券 %1 已于 %2 使用。</translation>
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="53" />
            <source>Coupon %1 is valid from %2.</source>
            <translation>优惠券 %1 自 %2 起可用。</translation>
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="56" />
            <source>Coupon %1 expired on %2.</source>
            <translation>优惠券 %1 已于 %2 过期。</translation>
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="70" />
            <source>A coupon type needs a name.</source>
            <translation>优惠券类型需要名称。</translation>
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="72" />
            <source>Coupon amounts cannot be negative.</source>
            <translation>优惠券金额不能为负数。</translation>
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="76" />
            <source>An amount-off coupon needs the amount it takes off.</source>
            <translation>满减券需要填写减免金额。</translation>
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="80" />
            <source>A percent-off coupon takes 1 to 100 percent off (got %1).</source>
            <translation>折扣券的折扣须在 1% 到 100% 之间（填写的是 %1）。</translation>
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="84" />
            <source>A free-item coupon needs the item it gives.</source>
            <translation>赠品券需要填写赠送的商品。</translation>
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="88" />
            <source>Coupons per customer cannot be negative.</source>
            <translation>每人限领张数不能为负数。</translation>
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="91" />
            <source>A coupon type is valid either until a date or for a number of days after issue (one of the two).</source>
            <translation>优惠券类型的有效期要么到某个日期为止，要么为发放后若干天（二选一）。</translation>
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="94" />
            <source>A coupon type's validity starts (%1) after it ends (%2).</source>
            <translation>优惠券类型的有效期开始日（%1）晚于结束日（%2）。</translation>
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="114" />
            <source>A coupon type named "%1" already exists.</source>
            <translation>名为“%1”的优惠券类型已存在。</translation>
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="172" />
            <source>Coupons need the day they are issued.</source>
            <translation>发放优惠券需要发放日期。</translation>
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="180" />
            <location filename="../core/member/Coupons.cpp" line="244" />
            <location filename="../core/member/Coupons.cpp" line="302" />
            <source>No coupon type %1.</source>
            <translation>没有优惠券类型 %1。</translation>
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="183" />
            <source>Coupons of type "%1" ended on %2; none were issued.</source>
            <translation>“%1”类优惠券已于 %2 截止，未发放任何优惠券。</translation>
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="193" />
            <source>No customer with ID %1.</source>
            <translation>没有 ID 为 %1 的顾客。</translation>
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="219" />
            <source>Could not find a free coupon code.</source>
            <translation>找不到可用的优惠券码。</translation>
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="238" />
            <location filename="../core/member/Coupons.cpp" line="289" />
            <location filename="../core/member/Coupons.cpp" line="297" />
            <source>No coupon with code %1.</source>
            <translation>没有券码为 %1 的优惠券。</translation>
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="251" />
            <source>Coupon %1 is already on this sale.</source>
            <translation>优惠券 %1 已用于本单。</translation>
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="264" />
            <location filename="../core/member/Coupons.cpp" line="315" />
            <source>One coupon per sale: %1 cannot be used together with %2.</source>
            <translation>每单限用一张优惠券：%1 不能与 %2 同时使用。</translation>
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="268" />
            <source>Coupon %1 needs a sale of at least %2; this sale is %3.</source>
            <translation>优惠券 %1 需消费满 %2；本单为 %3。</translation>
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="280" />
            <source>A coupon's discount cannot be negative.</source>
            <translation>优惠券的抵扣金额不能为负数。</translation>
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="378" />
            <source>Unused</source>
            <translation>未使用</translation>
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="379" />
            <source>Used</source>
            <translation>已使用</translation>
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="380" />
            <source>Expired</source>
            <translation>已过期</translation>
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="381" />
            <source>Not yet valid</source>
            <translation>未到生效日</translation>
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="389" />
            <source>Amount off</source>
            <translation>满减券</translation>
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="390" />
            <source>Percent off</source>
            <translation>折扣券</translation>
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="391" />
            <source>Free item</source>
            <translation>赠品券</translation>
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="410" />
            <source>%1 off</source>
            <translation>减 %1</translation>
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="412" />
            <source>%1% off, at most %2</source>
            <translation>减 %1%，最多减 %2</translation>
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="413" />
            <source>%1% off</source>
            <translation>减 %1%</translation>
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="416" />
            <source>free %1 (worth %2)</source>
            <translation>赠送 %1（价值 %2）</translation>
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="417" />
            <source>free %1</source>
            <translation>赠送 %1</translation>
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="421" />
            <source>, on a sale of %1 or more</source>
            <translation>，满 %1 可用</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::member::MemberCodes</name>
        <message>
            <location filename="../core/member/MemberCodes.cpp" line="52" />
            <source>No customer with ID %1.</source>
            <translation>没有 ID 为 %1 的客户。</translation>
        </message>
        <message>
            <location filename="../core/member/MemberCodes.cpp" line="80" />
            <source>A member code prefix is up to 8 characters without spaces, not "%1".</source>
            <translation>会员编号前缀最多 8 个字符且不含空格，“%1”不行。</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::member::MemberFigures</name>
        <message>
            <location filename="../core/member/MemberFigures.cpp" line="54" />
            <source>A month is written like 2026-11, not "%1".</source>
            <translation>月份的写法如 2026-11，而不是“%1”。</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::member::MemberRules</name>
        <message>
            <location filename="../core/member/MemberRules.cpp" line="78" />
            <source>%1 must be a whole number from %2 to %3.</source>
            <translation>%1 必须是 %2 到 %3 之间的整数。</translation>
        </message>
        <message>
            <location filename="../core/member/MemberRules.cpp" line="83" />
            <source>program_start must be a date like 2026-01-01, not "%1".</source>
            <translation>program_start 必须是 2026-01-01 这样的日期，不能是“%1”。</translation>
        </message>
        <message>
            <location filename="../core/member/MemberRules.cpp" line="90" />
            <source>payment_split is proportional or principal_first, not "%1".</source>
            <translation>payment_split 只能是 proportional 或 principal_first，不能是“%1”。</translation>
        </message>
        <message>
            <location filename="../core/member/MemberRules.cpp" line="97" />
            <source>Each top-up step needs min_topup_fen above 0 and bonus_fen of 0 or more.</source>
            <translation>每档充值赠送都需要大于 0 的 min_topup_fen 和不小于 0 的 bonus_fen。</translation>
        </message>
        <message>
            <location filename="../core/member/MemberRules.cpp" line="111" />
            <source>Each tier benefit needs a tier, points_multiplier_percent from 0 to 1000 and discount_percent from 0 to 100 ("%1").</source>
            <translation>每项等级权益都需要等级、0 到 1000 的 points_multiplier_percent 和 0 到 100 的 discount_percent（“%1”）。</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::member::MemberTimeline</name>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="76" />
            <source>expire %1</source>
            <translation>%1 过期</translation>
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="90" />
            <source>Visit card %1 bought: %2</source>
            <translation>购买次卡 %1：%2</translation>
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="91" />
            <source>%1 uses for %2, until %3</source>
            <translation>%1 次，%2，有效期至 %3</translation>
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="101" />
            <source>Visit card %1 used</source>
            <translation>次卡 %1 核销一次</translation>
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="102" />
            <source>Visit card %1: a use given back</source>
            <translation>次卡 %1：退回一次</translation>
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="103" />
            <source>%1 of %2 uses left</source>
            <translation>剩余 %1 / %2 次</translation>
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="111" />
            <source>Coupon %1 received: %2</source>
            <translation>获得优惠券 %1：%2</translation>
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="112" />
            <source>valid %1 to %2</source>
            <translation>有效期 %1 至 %2</translation>
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="120" />
            <source>Coupon %1 used: %2 off</source>
            <translation>使用优惠券 %1：减 %2</translation>
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="121" />
            <source>Coupon %1 given back (void)</source>
            <translation>优惠券 %1 已退回（作废）</translation>
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="122" />
            <source>Coupon %1 given back (refund)</source>
            <translation>优惠券 %1 已退回（退款）</translation>
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="123" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="39" />
            <source>Points %1 earned</source>
            <translation>获得积分 %1</translation>
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="41" />
            <source>Points %1 redeemed</source>
            <translation>积分抵扣 %1</translation>
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="44" />
            <source>Points %1 taken back (void)</source>
            <translation>积分收回 %1（作废）</translation>
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="44" />
            <source>Points %1 taken back (refund)</source>
            <translation>积分收回 %1（退款）</translation>
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="47" />
            <source>Points %1 given back (void)</source>
            <translation>积分退回 %1（作废）</translation>
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="47" />
            <source>Points %1 given back (refund)</source>
            <translation>积分退回 %1（退款）</translation>
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="49" />
            <source>Points adjusted by %1</source>
            <translation>积分调整 %1</translation>
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="56" />
            <source>Stored value topped up %1, bonus %2</source>
            <translation>储值充值 %1，赠送 %2</translation>
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="58" />
            <source>Paid %1 from stored value (principal %2, bonus %3)</source>
            <translation>储值支付 %1（本金 %2，赠送 %3）</translation>
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="60" />
            <source>%1 back to stored value (principal %2, bonus %3)</source>
            <translation>退回储值 %1（本金 %2，赠送 %3）</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::member::SaleService</name>
        <message>
            <location filename="../core/member/SaleService.cpp" line="313" />
            <source>The sale %1 was not saved.</source>
            <translation>单据 %1 未能保存。</translation>
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="608" />
            <source>The refund %1 was not saved.</source>
            <translation>退款单 %1 未能保存。</translation>
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="635" />
            <source>A top-up must be more than ¥0 (%1).</source>
            <translation>充值金额必须大于 ¥0（%1）。</translation>
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="640" />
            <source>%1 has neither a phone nor a member code; only members with one may hold stored value.</source>
            <translation>%1 既没有手机号也没有会员编号；只有有其一的会员才能储值。</translation>
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="659" />
            <source>Unknown payment method "%1" (cash, card, wechat or alipay).</source>
            <translation>未知的支付方式“%1”（cash、card、wechat 或 alipay）。</translation>
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="700" />
            <source>Adjust by a number of points other than 0.</source>
            <translation>调整的积分数不能为 0。</translation>
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="702" />
            <source>Give a reason for the points adjustment.</source>
            <translation>请填写积分调整的原因。</translation>
        </message>
        <message>
            <location filename="../core/member/SaleServiceLabels.cpp" line="35" />
            <source>Cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <location filename="../core/member/SaleServiceLabels.cpp" line="37" />
            <source>Bank card</source>
            <translation>银行卡</translation>
        </message>
        <message>
            <location filename="../core/member/SaleServiceLabels.cpp" line="39" />
            <source>WeChat Pay</source>
            <translation>微信支付</translation>
        </message>
        <message>
            <location filename="../core/member/SaleServiceLabels.cpp" line="41" />
            <source>Alipay</source>
            <translation>支付宝</translation>
        </message>
        <message>
            <location filename="../core/member/SaleServiceLabels.cpp" line="56" />
            <source>owner (no accounts)</source>
            <translation>店主（未设账户）</translation>
        </message>
        <message>
            <location filename="../core/member/SaleServiceLabels.cpp" line="58" />
            <source>%1 (no accounts)</source>
            <translation>%1（未设账户）</translation>
        </message>
        <message>
            <location filename="../core/member/SaleServiceLabels.cpp" line="65" />
            <source>imported order</source>
            <translation>导入的订单</translation>
        </message>
        <message>
            <location filename="../core/member/SaleServiceLabels.cpp" line="79" />
            <source>Taken back (void)</source>
            <translation>收回（作废）</translation>
        </message>
        <message>
            <location filename="../core/member/SaleServiceLabels.cpp" line="81" />
            <source>Returned (void)</source>
            <translation>退还（作废）</translation>
        </message>
        <message>
            <location filename="../core/member/SaleServiceLabels.cpp" line="83" />
            <location filename="../core/member/SaleServiceLabels.cpp" line="95" />
            <source>Void</source>
            <translation>作废</translation>
        </message>
        <message>
            <location filename="../core/member/SaleServiceLabels.cpp" line="86" />
            <source>Earned</source>
            <translation>获得</translation>
        </message>
        <message>
            <location filename="../core/member/SaleServiceLabels.cpp" line="87" />
            <source>Redeemed</source>
            <translation>已核销</translation>
        </message>
        <message>
            <location filename="../core/member/SaleServiceLabels.cpp" line="88" />
            <source>Taken back (refund)</source>
            <translation>收回（退款）</translation>
        </message>
        <message>
            <location filename="../core/member/SaleServiceLabels.cpp" line="89" />
            <source>Returned (refund)</source>
            <translation>退还（退款）</translation>
        </message>
        <message>
            <location filename="../core/member/SaleServiceLabels.cpp" line="90" />
            <source>Adjusted</source>
            <translation>调整</translation>
        </message>
        <message>
            <location filename="../core/member/SaleServiceLabels.cpp" line="91" />
            <source>Top-up</source>
            <translation>充值</translation>
        </message>
        <message>
            <location filename="../core/member/SaleServiceLabels.cpp" line="92" />
            <source>Payment</source>
            <translation>支付</translation>
        </message>
        <message>
            <location filename="../core/member/SaleServiceLabels.cpp" line="93" />
            <source>Refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <location filename="../core/member/SaleServiceLabels.cpp" line="94" />
            <source>Sale</source>
            <translation>销售</translation>
        </message>
        <message>
            <location filename="../core/member/TillStores.cpp" line="54" />
            <source>Not saved: this till has no store yet, and the shop has several, so the money would count for none of them. Choose the store this till stands in first.</source>
            <translation>未保存：本收银台还没有设定门店，而店铺有多家门店，这笔钱将不计入任何一家。请先选择本收银台所在的门店。</translation>
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="55" />
            <source>No customer with ID %1.</source>
            <translation>没有 ID 为 %1 的客户。</translation>
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="92" />
            <source>No visit-card plan %1.</source>
            <translation>没有次卡方案 %1。</translation>
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="96" />
            <source>The amount must be more than ¥0 (%1).</source>
            <translation>金额必须大于 ¥0（%1）。</translation>
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="107" />
            <source>A payment by %1 must be more than ¥0 (%2).</source>
            <translation>%1支付的金额必须大于 ¥0（%2）。</translation>
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="111" />
            <source>Only one payment can take the rest.</source>
            <translation>只能有一种付款方式支付剩余部分。</translation>
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="113" />
            <source>Visit cards are not available yet.</source>
            <translation>次卡功能尚未开放。</translation>
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="115" />
            <source>Points to redeem and the amount from stored value cannot be negative.</source>
            <translation>抵扣积分和储值支付金额不能为负数。</translation>
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="150" />
            <source>%1 has %2 points; %3 cannot be redeemed.</source>
            <translation>%1 只有 %2 积分，无法抵扣 %3 积分。</translation>
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="157" />
            <source>%1 points are worth %2, more than the %3 due.</source>
            <translation>%1 积分价值 %2，超过应付的 %3。</translation>
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="170" />
            <source>%1 from stored value is more than the %2 due.</source>
            <translation>储值支付 %1 超过应付的 %2。</translation>
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="173" />
            <source>The stored-value balance is %1 (principal %2, bonus %3); %4 cannot be paid from it. Nothing was changed.</source>
            <translation>储值余额为 %1（本金 %2，赠送 %3），不能支付 %4。未做任何更改。</translation>
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="190" />
            <source>The payments add up to %1, but %2 is left to pay after stored value and points.</source>
            <translation>各项付款合计 %1，但扣除储值和积分后还需支付 %2。</translation>
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="362" />
            <source>No counter sale numbered %1.</source>
            <translation>没有单号为 %1 的收银单。</translation>
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="367" />
            <source>%1 is itself a void.</source>
            <translation>%1 本身就是作废单。</translation>
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="367" />
            <source>%1 is itself a refund.</source>
            <translation>%1 本身就是退款单。</translation>
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="375" />
            <source>Sale %1 was already voided (%2).</source>
            <translation>单据 %1 已经作废（%2）。</translation>
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="375" />
            <source>Sale %1 was already refunded (%2).</source>
            <translation>单据 %1 已经退过款（%2）。</translation>
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="432" />
            <source>Visit card %1 sold by sale %2 has no unused uses left; there is nothing to refund.</source>
            <translation>销售单 %2 售出的次卡 %1 已没有未用次数，无可退款。</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::member::VisitCards</name>
        <message>
            <location filename="../core/member/VisitCards.cpp" line="38" />
            <source>A visit-card plan needs a name.</source>
            <translation>次卡方案需要名称。</translation>
        </message>
        <message>
            <location filename="../core/member/VisitCards.cpp" line="40" />
            <source>A visit-card plan needs at least 1 use (got %1).</source>
            <translation>次卡方案至少要有 1 次（填写的是 %1）。</translation>
        </message>
        <message>
            <location filename="../core/member/VisitCards.cpp" line="42" />
            <source>A visit-card plan's price cannot be negative.</source>
            <translation>次卡方案的价格不能为负数。</translation>
        </message>
        <message>
            <location filename="../core/member/VisitCards.cpp" line="45" />
            <source>A visit-card plan is valid for at least 1 month (got %1).</source>
            <translation>次卡方案的有效期至少 1 个月（填写的是 %1）。</translation>
        </message>
        <message>
            <location filename="../core/member/VisitCards.cpp" line="53" />
            <source>A visit-card plan named "%1" already exists.</source>
            <translation>名为“%1”的次卡方案已存在。</translation>
        </message>
        <message>
            <location filename="../core/member/VisitCards.cpp" line="97" />
            <location filename="../core/member/VisitCards.cpp" line="115" />
            <source>A visit card needs the day it is sold.</source>
            <translation>售出次卡需要售出日期。</translation>
        </message>
        <message>
            <location filename="../core/member/VisitCards.cpp" line="123" />
            <source>No visit-card plan %1.</source>
            <translation>没有次卡方案 %1。</translation>
        </message>
        <message>
            <location filename="../core/member/VisitCards.cpp" line="149" />
            <source>Visit card %1 was sold on %2; a use cannot be dated %3.</source>
            <translation>次卡 %1 于 %2 售出，核销日期不能是 %3。</translation>
        </message>
        <message>
            <location filename="../core/member/VisitCards.cpp" line="152" />
            <source>Visit card %1 expired on %2; it cannot be used any more (%3 of %4 uses left unused).</source>
            <translation>次卡 %1 已于 %2 过期，不能再使用（共 %4 次，剩余 %3 次未用）。</translation>
        </message>
        <message>
            <location filename="../core/member/VisitCards.cpp" line="157" />
            <source>Visit card %1 is used up (%2 of %2 uses taken).</source>
            <translation>次卡 %1 已用完（%2 次已全部使用）。</translation>
        </message>
        <message>
            <location filename="../core/member/VisitCards.cpp" line="165" />
            <source>A visit-card use needs its day.</source>
            <translation>次卡核销需要日期。</translation>
        </message>
        <message>
            <location filename="../core/member/VisitCards.cpp" line="173" />
            <location filename="../core/member/VisitCards.cpp" line="181" />
            <source>No visit card %1.</source>
            <translation>没有次卡 %1。</translation>
        </message>
        <message>
            <location filename="../core/member/VisitCards.cpp" line="211" />
            <source>No visit-card use %1.</source>
            <translation>没有次卡核销记录 %1。</translation>
        </message>
        <message>
            <location filename="../core/member/VisitCards.cpp" line="213" />
            <source>Visit-card use %1 was already undone.</source>
            <translation>次卡核销记录 %1 已撤销过。</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::report::DashboardData</name>
        <message>
            <location filename="../core/report/DashboardData.cpp" line="35" />
            <source>No figures yet: the dashboard fills after the first segmentation run.</source>
            <translation>还没有数据：第一次分层之后仪表盘才有内容。</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::report::Figures</name>
        <message>
            <location filename="../core/report/Figures.cpp" line="69" />
            <source>Customer records</source>
            <translation>客户档案数</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="70" />
            <source>Orders recorded</source>
            <translation>已记录订单</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="71" />
            <source>Customers by lifecycle stage</source>
            <translation>各生命周期阶段的客户数</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="72" />
            <source>Customers by RFM segment</source>
            <translation>各消费分群的客户数</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="73" />
            <source>Customers who bought</source>
            <translation>有购买的客户</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="74" />
            <source>Bought in the last 12 months</source>
            <translation>近 12 个月有购买</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="75" />
            <source>At risk</source>
            <translation>有流失风险</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="76" />
            <source>12-month spend of customers at risk</source>
            <translation>流失风险客户的近 12 个月消费</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="77" />
            <source>Repurchase rate (12 months)</source>
            <translation>复购率（近 12 个月）</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="78" />
            <source>Revenue this month</source>
            <translation>本月营业额</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="79" />
            <source>Average order this month</source>
            <translation>本月客单价</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="80" />
            <source>Revenue, last 12 months</source>
            <translation>近 12 个月营业额</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="81" />
            <source>New customers</source>
            <translation>新客户</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="82" />
            <source>Customers turned dormant</source>
            <translation>转为沉睡的客户</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="83" />
            <source>Customers in the tier</source>
            <translation>该等级的客户数</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="84" />
            <source>Tier revenue, 12 months</source>
            <translation>该等级近 12 个月营业额</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="85" />
            <source>Tier average order</source>
            <translation>该等级客单价</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="86" />
            <source>Orders</source>
            <translation>订单数</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="87" />
            <source>Total spend</source>
            <translation>累计消费</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="88" />
            <source>Average order</source>
            <translation>客单价</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="89" />
            <source>Last purchase</source>
            <translation>最近购买</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="90" />
            <source>12-month spend</source>
            <translation>近 12 个月消费</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="91" />
            <source>Predicted value</source>
            <translation>预测价值</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="100" />
            <source>Every customer on file that the list shows, including people who have not bought anything yet. Counted now.</source>
            <translation>列表中显示的所有客户档案，包括还没有买过东西的人。按当前数据计算。</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="103" />
            <source>Orders in the database, refunds not counted. Counted now.</source>
            <translation>数据库中的订单，不含退款。按当前数据计算。</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="105" />
            <source>Customers in each lifecycle stage as of the latest segmentation run. A stage judges each customer against their own rhythm: “Active” means buying as often as usual, which is not the same as “bought in the last 12 months”.</source>
            <translation>截至最近一次分群时各生命周期阶段的客户数。阶段按每位客户自己的购买节奏判断：“活跃”表示照常购买，与“近 12 个月有购买”不是一回事。</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="109" />
            <source>Customers in each RFM segment (eight-segment model) as of the latest segmentation run.</source>
            <translation>截至最近一次分群时各消费分群的客户数（按最近一次消费、消费频次和消费金额分成八类）。</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="111" />
            <source>Customers with at least one order by the month's end. Customer records without any order (prospects) are not counted, so this can be lower than the number of customer records.</source>
            <translation>截至月底至少有一笔订单的客户。没有任何订单的客户档案（潜在客户）不计在内，所以可能少于客户档案数。</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="114" />
            <source>Customers with at least one order in the 12 months up to the month's end. Not the lifecycle stage “Active”, which judges each customer against their own rhythm.</source>
            <translation>截至月底的 12 个月内至少有一笔订单的客户。不是生命周期阶段“活跃”——后者按每位客户自己的节奏判断。</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="117" />
            <source>Customers in the lifecycle stage “at risk” at the month's end: past their usual gap between purchases, not yet dormant.</source>
            <translation>月底处于生命周期阶段“有流失风险”的客户：已超过平常的购买间隔，但尚未沉睡。</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="120" />
            <source>What the customers at risk spent in the 12 months up to the month's end, refunds deducted.</source>
            <translation>有流失风险的客户在截至月底的 12 个月内的消费，已扣除退款。</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="122" />
            <source>Of the customers who bought in the 12 months up to the month's end, the share with two orders or more in those 12 months.</source>
            <translation>在截至月底的 12 个月内有购买的客户中，这 12 个月里有两笔或以上订单的比例。</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="125" />
            <source>Orders minus refunds dated in the month, up to the day its figures were taken.</source>
            <translation>本月内（截至取数当天）的订单金额减去退款。</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="127" />
            <source>The month's revenue (refunds deducted) divided by the month's orders (refunds are not orders).</source>
            <translation>本月营业额（已扣退款）除以本月订单数（退款不算订单）。</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="129" />
            <source>Orders minus refunds over the 12 months up to the month's end.</source>
            <translation>截至月底的 12 个月内的订单金额减去退款。</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="131" />
            <source>Customers whose first order was in the month.</source>
            <translation>首笔订单在本月的客户。</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="133" />
            <source>Customers who entered the lifecycle stage “dormant” in the month.</source>
            <translation>本月进入生命周期阶段“沉睡”的客户。</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="135" />
            <source>Customers in the tier at the month's end.</source>
            <translation>月底处于该等级的客户。</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="137" />
            <source>What the tier's customers spent in the 12 months up to the month's end: orders minus refunds. When their refunds in those months exceed their orders (refunds of purchases made earlier), it shows as net refunds.</source>
            <translation>该等级客户在截至月底的 12 个月内的消费：订单金额减去退款。如果这段时间的退款多于订单（退的是更早的购买），则显示为净退款。</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="141" />
            <source>The tier's 12-month revenue divided by its orders in those 12 months.</source>
            <translation>该等级近 12 个月营业额除以这 12 个月的订单数。</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="143" />
            <source>The customer's orders, every one on file; refunds are not counted as orders. Counted now.</source>
            <translation>这位客户的全部订单；退款不算订单。按当前数据计算。</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="145" />
            <source>Everything the customer has paid, refunds deducted. Counted now.</source>
            <translation>这位客户支付的全部金额，已扣除退款。按当前数据计算。</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="147" />
            <source>Total spend divided by orders. Counted now.</source>
            <translation>累计消费除以订单数。按当前数据计算。</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="149" />
            <source>The date of the customer's latest order (refunds are not purchases).</source>
            <translation>这位客户最近一笔订单的日期（退款不算购买）。</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="151" />
            <source>Orders minus refunds in the 12 months up to the latest segmentation run; the same amount the tier is judged by.</source>
            <translation>截至最近一次分群的 12 个月内的订单金额减去退款；等级也按这个金额判断。</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="154" />
            <source>What the purchase models expect the customer to spend over the next 12 months, discounted, as of the latest segmentation run. Until a customer buys a second time it is the shop's average for new customers, not a judgement of that person.</source>
            <translation>购买模型截至最近一次分群预计这位客户未来 12 个月的消费（已折现）。客户再次购买之前，这只是本店新客户的平均值，不是对这个人的判断。</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="173" />
            <source>Customers belong to the whole chain. A store's figures are those of the customers whose home store it is (where they first bought, or set by hand), with all their orders at any store of the chain; so each customer counts under one store only.</source>
            <translation>客户属于整个连锁。门店的数字是以该店为归属门店的客户（首次购买的门店，或手动设定）的数字，包括他们在连锁任何门店的全部订单；因此每位客户只计入一家门店。</translation>
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="188" />
            <source>net refunds %1</source>
            <comment>a tier whose refunds exceed its purchases; %1 is the amount</comment>
            <translation>净退款 %1</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::report::MemberSection</name>
        <message>
            <location filename="../core/report/MemberSection.cpp" line="29" />
            <source>Stored value owed (principal + bonus)</source>
            <translation>储值余额（本金 + 赠送）</translation>
        </message>
        <message>
            <location filename="../core/report/MemberSection.cpp" line="30" />
            <source>%1 (%2 + %3)</source>
            <translation>%1（%2 + %3）</translation>
        </message>
        <message>
            <location filename="../core/report/MemberSection.cpp" line="31" />
            <source>Points outstanding</source>
            <translation>未用积分</translation>
        </message>
        <message>
            <location filename="../core/report/MemberSection.cpp" line="31" />
            <location filename="../core/report/MemberSection.cpp" line="33" />
            <source>%1, worth %2</source>
            <translation>%1，价值 %2</translation>
        </message>
        <message>
            <location filename="../core/report/MemberSection.cpp" line="32" />
            <source>Unused visit-card uses</source>
            <translation>次卡未用次数</translation>
        </message>
        <message>
            <location filename="../core/report/MemberSection.cpp" line="34" />
            <source>Owed to members in all</source>
            <translation>对会员负债合计</translation>
        </message>
        <message>
            <location filename="../core/report/MemberSection.cpp" line="35" />
            <source>Top-ups this month</source>
            <translation>本月充值</translation>
        </message>
        <message>
            <location filename="../core/report/MemberSection.cpp" line="36" />
            <source>%1 for %2; bonus given %3</source>
            <translation>%1 笔，共 %2；赠送 %3</translation>
        </message>
        <message>
            <location filename="../core/report/MemberSection.cpp" line="37" />
            <source>Points this month</source>
            <translation>本月积分</translation>
        </message>
        <message>
            <location filename="../core/report/MemberSection.cpp" line="38" />
            <source>earned %1, spent %2, expired %3</source>
            <translation>获得 %1，使用 %2，过期 %3</translation>
        </message>
        <message>
            <location filename="../core/report/MemberSection.cpp" line="39" />
            <source>Visit-card uses this month</source>
            <translation>本月次卡核销</translation>
        </message>
        <message>
            <location filename="../core/report/MemberSection.cpp" line="40" />
            <source>Member-day sales this month</source>
            <translation>本月会员日销售</translation>
        </message>
        <message>
            <location filename="../core/report/MemberSection.cpp" line="41" />
            <source>%1 for %2</source>
            <translation>%1 笔，共 %2</translation>
        </message>
        <message>
            <location filename="../core/report/MemberSection.cpp" line="44" />
            <source>Coupon type %1</source>
            <translation>优惠券类型 %1</translation>
        </message>
        <message>
            <location filename="../core/report/MemberSection.cpp" line="45" />
            <source>%1 of %2 used (%3)</source>
            <translation>已用 %1 / %2（%3）</translation>
        </message>
        <message>
            <location filename="../core/report/MemberSection.cpp" line="54" />
            <source>Member program</source>
            <translation>会员计划</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::report::MonthlyReport</name>
        <message>
            <location filename="../core/report/MonthlyReport.cpp" line="69" />
            <source>%1 is not a month (expected YYYY-MM).</source>
            <translation>%1 不是月份（应为 YYYY-MM）。</translation>
        </message>
        <message>
            <location filename="../core/report/MonthlyReport.cpp" line="89" />
            <source>There are no figures for %1 yet: run the segmentation (clientele-cli segment) first.</source>
            <translation>%1 还没有数据：请先运行分层（clientele-cli segment）。</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::report::ReportRenderer</name>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="154" />
            <source>Monthly tier report</source>
            <translation>月度等级报告</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="160" />
            <source>No home store</source>
            <translation>无归属门店</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="162" />
            <source>%1 (%2)</source>
            <comment>store name and code</comment>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="170" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="176" />
            <source>MMMM yyyy</source>
            <comment>month and year, QLocale date format</comment>
            <translation>yyyy年M月</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="202" />
            <source>figures as of %1; changes against %2</source>
            <translation>数据截至 %1；变化与%2相比</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="208" />
            <source>Campaigns, service tickets and the member program are the whole chain's.</source>
            <translation>营销活动、服务工单和会员计划为整个连锁的数字。</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="212" />
            <source>Key figures</source>
            <translation>关键指标</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="213" />
            <source>Figure</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="213" />
            <source>Change</source>
            <translation>变化</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="220" />
            <source>Tiers</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="221" />
            <location filename="../core/report/ReportRenderer.cpp" line="236" />
            <location filename="../core/report/ReportRenderer.cpp" line="279" />
            <location filename="../core/report/ReportRenderer.cpp" line="287" />
            <location filename="../core/report/ReportRenderer.cpp" line="297" />
            <location filename="../core/report/ReportRenderer.cpp" line="324" />
            <source>Tier</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="221" />
            <source>Customers</source>
            <translation>客户数</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="221" />
            <source>Share</source>
            <translation>占比</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="221" />
            <location filename="../core/report/ReportRenderer.cpp" line="287" />
            <location filename="../core/report/ReportRenderer.cpp" line="297" />
            <source>Revenue, 12 months</source>
            <translation>近 12 个月营业额</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="221" />
            <source>Revenue share</source>
            <translation>收入占比</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="222" />
            <source>Average order</source>
            <translation>客单价</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="222" />
            <source>Change in customers</source>
            <translation>客户数变化</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="235" />
            <source>Customers per tier and store</source>
            <translation>各等级各门店的客户</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="243" />
            <source>Share of customers and of revenue</source>
            <translation>客户占比与营业额占比</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="247" />
            <source>customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="249" />
            <source>revenue</source>
            <translation>营业额</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="255" />
            <source>Tier migration from %1 to %2</source>
            <translation>从%1到%2的等级迁移</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="257" />
            <source>From \ to</source>
            <translation>从 \ 到</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="278" />
            <source>Top customers per tier</source>
            <translation>各等级消费最高的客户</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="279" />
            <location filename="../core/report/ReportRenderer.cpp" line="324" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="279" />
            <location filename="../core/report/ReportRenderer.cpp" line="324" />
            <source>Spend, 12 months</source>
            <translation>近 12 个月消费</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="279" />
            <location filename="../core/report/ReportRenderer.cpp" line="324" />
            <source>Last purchase</source>
            <translation>最近购买</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="282" />
            <location filename="../core/report/ReportRenderer.cpp" line="327" />
            <source>%1 days ago</source>
            <translation>%1 天前</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="286" />
            <source>Top categories per tier</source>
            <translation>各等级热销品类</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="287" />
            <source>Category</source>
            <translation>品类</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="287" />
            <location filename="../core/report/ReportRenderer.cpp" line="297" />
            <source>Units</source>
            <translation>件数</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="290" />
            <source>(no category)</source>
            <translation>（无分类）</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="296" />
            <source>Top products per tier</source>
            <translation>各等级热销商品</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="297" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="306" />
            <source>Campaigns this month</source>
            <translation>本月的营销活动</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="307" />
            <source>Campaign</source>
            <translation>营销活动</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="307" />
            <source>Contacted</source>
            <translation>联系组</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="307" />
            <source>Held out</source>
            <translation>对照组</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="307" />
            <source>Contact date</source>
            <translation>联系日期</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="307" />
            <source>Conversion lift (95% interval)</source>
            <translation>转化提升（95% 区间）</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="311" />
            <source>not yet</source>
            <translation>尚未联系</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="312" />
            <source>%1 pts (%2 to %3)</source>
            <translation>%1 个百分点（%2 到 %3）</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="320" />
            <source>Customers at risk</source>
            <translation>有流失风险的客户</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="322" />
            <source>Nobody is at risk this month.</source>
            <translation>本月没有流失风险客户。</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="331" />
            <source>Follow-ups</source>
            <translation>跟进</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="333" />
            <source>Due this month: %1 done, %2 still open. Overdue today: %3.</source>
            <translation>本月到期：已完成 %1 条，仍待办 %2 条。今天逾期：%3 条。</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="334" />
            <source>Due this month: %1 done, %2 still open. Overdue at the month's end: %3.</source>
            <translation>本月到期：已完成 %1 条，仍待办 %2 条。月末逾期：%3 条。</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="341" />
            <source>%1 h %2 min</source>
            <translation>%1 小时 %2 分钟</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="345" />
            <source>Service</source>
            <translation>服务</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="346" />
            <source>Tickets opened: %1, resolved: %2, resolved within SLA: %3. Median first response: %4; median resolution: %5 (opening hours).</source>
            <translation>新建工单：%1，已解决：%2，按时解决：%3。首次响应中位数：%4；解决时长中位数：%5（按营业时间计）。</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="352" />
            <source>Net promoter score: %1 (%2 answers: %3 promoters, %4 passives, %5 detractors).</source>
            <translation>净推荐值：%1（%2 份答复：推荐者 %3，中立者 %4，贬损者 %5）。</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="363" />
            <source>How these figures are counted</source>
            <translation>这些数字是怎么算的</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="61" />
            <source> pts</source>
            <translation> 个百分点</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="73" />
            <source>New since</source>
            <translation>新增</translation>
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="148" />
            <source>%1 (whole chain)</source>
            <comment>a report section not split by store</comment>
            <translation>%1（整个连锁）</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::security::AuditLog</name>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="37" />
            <location filename="../core/security/AuditLog.cpp" line="46" />
            <source>Writing the audit log</source>
            <translation>写入审计日志</translation>
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="57" />
            <location filename="../core/security/AuditLog.cpp" line="70" />
            <location filename="../core/security/AuditLog.cpp" line="78" />
            <source>Reading the audit log</source>
            <translation>读取审计日志</translation>
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="98" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="99" />
            <source>Privacy export</source>
            <translation>个人信息导出</translation>
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="100" />
            <source>Customer erased</source>
            <translation>客户信息已删除</translation>
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="101" />
            <source>Merge</source>
            <translation>合并</translation>
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="102" />
            <source>Merge undone</source>
            <translation>撤销合并</translation>
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="103" />
            <source>Import undone</source>
            <translation>导入已撤销</translation>
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="104" />
            <source>Rules changed</source>
            <translation>规则变更</translation>
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="105" />
            <source>Customer fields changed</source>
            <translation>客户字段已更改</translation>
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="106" />
            <source>Backup restored</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="107" />
            <source>Sensitive data shown</source>
            <translation>查看敏感信息</translation>
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="108" />
            <source>Sensitive-field passphrase</source>
            <translation>敏感字段口令</translation>
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="109" />
            <source>User added</source>
            <translation>添加用户</translation>
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="110" />
            <source>User removed</source>
            <translation>删除用户</translation>
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="111" />
            <source>Role changed</source>
            <translation>角色变更</translation>
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="112" />
            <source>Password changed</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="113" />
            <source>Signed in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="114" />
            <source>Sign-in failed</source>
            <translation>登录失败</translation>
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="115" />
            <source>Locked out</source>
            <translation>账户锁定</translation>
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="116" />
            <source>Points adjusted</source>
            <translation>积分已调整</translation>
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="117" />
            <source>Sale refunded after its day</source>
            <translation>隔日退款</translation>
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="118" />
            <source>Stores changed</source>
            <translation>门店已修改</translation>
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="119" />
            <source>User's stores changed</source>
            <translation>用户的门店已修改</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::security::FieldVault</name>
        <message>
            <location filename="../core/security/FieldVault.cpp" line="155" />
            <source>The sensitive fields already have a passphrase; change it instead.</source>
            <translation>敏感字段已设口令；请改用“修改口令”。</translation>
        </message>
        <message>
            <location filename="../core/security/FieldVault.cpp" line="157" />
            <location filename="../core/security/FieldVault.cpp" line="214" />
            <source>A passphrase needs at least %1 characters.</source>
            <translation>口令至少需要 %1 个字符。</translation>
        </message>
        <message>
            <location filename="../core/security/FieldVault.cpp" line="159" />
            <source>The encryption library could not start.</source>
            <translation>加密库无法启动。</translation>
        </message>
        <message>
            <location filename="../core/security/FieldVault.cpp" line="186" />
            <source>No passphrase is set for the sensitive fields yet.</source>
            <translation>敏感字段尚未设置口令。</translation>
        </message>
        <message>
            <location filename="../core/security/FieldVault.cpp" line="192" />
            <source>Wrong passphrase for the sensitive fields.</source>
            <translation>敏感字段口令错误。</translation>
        </message>
        <message>
            <location filename="../core/security/FieldVault.cpp" line="230" />
            <location filename="../core/security/FieldVault.cpp" line="352" />
            <location filename="../core/security/FieldVault.cpp" line="369" />
            <location filename="../core/security/FieldVault.cpp" line="381" />
            <source>Reading sensitive fields</source>
            <translation>读取敏感字段</translation>
        </message>
        <message>
            <location filename="../core/security/FieldVault.cpp" line="237" />
            <source>The sensitive field %1 of customer %2 does not open; nothing was changed.</source>
            <translation>客户 %2 的敏感字段 %1 无法解密；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../core/security/FieldVault.cpp" line="249" />
            <source>Re-encrypting sensitive fields</source>
            <translation>重新加密敏感字段</translation>
        </message>
        <message>
            <location filename="../core/security/FieldVault.cpp" line="282" />
            <source>A field name is letters, digits and _ (for example passport_no).</source>
            <translation>字段名由字母、数字和 _ 组成（例如 passport_no）。</translation>
        </message>
        <message>
            <location filename="../core/security/FieldVault.cpp" line="299" />
            <source>ID card number</source>
            <translation>身份证号</translation>
        </message>
        <message>
            <location filename="../core/security/FieldVault.cpp" line="301" />
            <source>Private notes</source>
            <translation>私密备注</translation>
        </message>
        <message>
            <location filename="../core/security/FieldVault.cpp" line="314" />
            <source>“%1” is not a sensitive field.</source>
            <translation>“%1”不是敏感字段。</translation>
        </message>
        <message>
            <location filename="../core/security/FieldVault.cpp" line="319" />
            <location filename="../core/security/FieldVault.cpp" line="327" />
            <source>Saving a sensitive field</source>
            <translation>保存敏感字段</translation>
        </message>
        <message>
            <location filename="../core/security/FieldVault.cpp" line="338" />
            <source>The sensitive field %1 of customer %2 does not open (changed outside Clientele?).</source>
            <translation>客户 %2 的敏感字段 %1 无法解密（是否在 Clientele 之外被修改？）。</translation>
        </message>
        <message>
            <location filename="../core/security/FieldVault.cpp" line="61" />
            <source>The key settings of the sensitive fields are damaged.</source>
            <translation>敏感字段的密钥设置已损坏。</translation>
        </message>
        <message>
            <location filename="../core/security/FieldVault.cpp" line="67" />
            <source>The key could not be derived (out of memory?).</source>
            <translation>无法生成密钥（内存不足？）。</translation>
        </message>
        <message>
            <location filename="../core/security/FieldVault.cpp" line="135" />
            <source>The sensitive fields are locked: unlock them with the owner's passphrase.</source>
            <translation>敏感字段已锁定：请用店主口令解锁。</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::security::PhoneVisibility</name>
        <message>
            <location filename="../core/security/PhoneVisibility.cpp" line="41" />
            <source>customer %1</source>
            <translation>客户 %1</translation>
        </message>
        <message>
            <location filename="../core/security/PhoneVisibility.cpp" line="42" />
            <source>phone number (%1)</source>
            <translation>手机号（%1）</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::security::Session</name>
        <message>
            <location filename="../core/security/Session.cpp" line="100" />
            <source>owner (no accounts)</source>
            <translation>店主（未设账户）</translation>
        </message>
        <message>
            <location filename="../core/security/Session.cpp" line="100" />
            <source>%1 (no accounts)</source>
            <translation>%1（未设账户）</translation>
        </message>
        <message>
            <location filename="../core/security/Session.cpp" line="125" />
            <source>Staff accounts may not %1. Ask the owner to sign in.</source>
            <translation>店员账户不能%1。请店主登录。</translation>
        </message>
        <message>
            <location filename="../core/security/Session.cpp" line="33" />
            <source>export customer data</source>
            <translation>导出客户数据</translation>
        </message>
        <message>
            <location filename="../core/security/Session.cpp" line="34" />
            <source>erase customers</source>
            <translation>删除客户</translation>
        </message>
        <message>
            <location filename="../core/security/Session.cpp" line="35" />
            <source>merge customers or undo merges</source>
            <translation>合并客户或撤销合并</translation>
        </message>
        <message>
            <location filename="../core/security/Session.cpp" line="36" />
            <source>undo imports</source>
            <translation>撤销导入</translation>
        </message>
        <message>
            <location filename="../core/security/Session.cpp" line="37" />
            <source>change tier or care rules</source>
            <translation>修改等级或关怀规则</translation>
        </message>
        <message>
            <location filename="../core/security/Session.cpp" line="38" />
            <source>see full phone numbers</source>
            <translation>查看完整手机号</translation>
        </message>
        <message>
            <location filename="../core/security/Session.cpp" line="39" />
            <source>manage user accounts</source>
            <translation>管理用户账户</translation>
        </message>
        <message>
            <location filename="../core/security/Session.cpp" line="40" />
            <source>read the audit log</source>
            <translation>查看审计日志</translation>
        </message>
        <message>
            <location filename="../core/security/Session.cpp" line="41" />
            <source>restore backups</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <location filename="../core/security/Session.cpp" line="42" />
            <source>adjust points or refund a sale after its day</source>
            <translation>调整积分或隔日退款</translation>
        </message>
        <message>
            <location filename="../core/security/Session.cpp" line="43" />
            <source>change the store list or a customer's home store</source>
            <translation>修改门店列表或客户的归属门店</translation>
        </message>
        <message>
            <location filename="../core/security/Session.cpp" line="67" />
            <source>Owner</source>
            <translation>店主</translation>
        </message>
        <message>
            <location filename="../core/security/Session.cpp" line="67" />
            <source>Staff</source>
            <translation>店员</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::security::UserDirectory</name>
        <message>
            <location filename="../core/security/UserDirectory.cpp" line="58" />
            <location filename="../core/security/UserDirectory.cpp" line="66" />
            <location filename="../core/security/UserDirectory.cpp" line="79" />
            <location filename="../core/security/UserDirectory.cpp" line="89" />
            <location filename="../core/security/UserDirectory.cpp" line="242" />
            <source>Reading user accounts</source>
            <translation>读取用户账户</translation>
        </message>
        <message>
            <location filename="../core/security/UserDirectory.cpp" line="81" />
            <source>There is no user named “%1”.</source>
            <translation>没有名为“%1”的用户。</translation>
        </message>
        <message>
            <location filename="../core/security/UserDirectory.cpp" line="101" />
            <source>Sign in as an owner to manage user accounts.</source>
            <translation>请以店主身份登录后管理用户账户。</translation>
        </message>
        <message>
            <location filename="../core/security/UserDirectory.cpp" line="109" />
            <source>A password needs at least %1 characters.</source>
            <translation>密码至少需要 %1 个字符。</translation>
        </message>
        <message>
            <location filename="../core/security/UserDirectory.cpp" line="117" />
            <source>A user needs a name.</source>
            <translation>用户需要名称。</translation>
        </message>
        <message>
            <location filename="../core/security/UserDirectory.cpp" line="126" />
            <source>The first account must be the owner's.</source>
            <translation>第一个账户必须是店主。</translation>
        </message>
        <message>
            <location filename="../core/security/UserDirectory.cpp" line="128" />
            <source>There is already a user named “%1”.</source>
            <translation>已有名为“%1”的用户。</translation>
        </message>
        <message>
            <location filename="../core/security/UserDirectory.cpp" line="131" />
            <location filename="../core/security/UserDirectory.cpp" line="162" />
            <source>The password could not be hashed (out of memory?).</source>
            <translation>无法生成密码哈希（内存不足？）。</translation>
        </message>
        <message>
            <location filename="../core/security/UserDirectory.cpp" line="139" />
            <location filename="../core/security/UserDirectory.cpp" line="168" />
            <location filename="../core/security/UserDirectory.cpp" line="192" />
            <location filename="../core/security/UserDirectory.cpp" line="253" />
            <source>Saving a user account</source>
            <translation>保存用户账户</translation>
        </message>
        <message>
            <location filename="../core/security/UserDirectory.cpp" line="187" />
            <source>“%1” is the only owner; make someone else owner first.</source>
            <translation>“%1”是唯一的店主；请先把其他人设为店主。</translation>
        </message>
        <message>
            <location filename="../core/security/UserDirectory.cpp" line="212" />
            <source>“%1” is the only owner; remove the staff accounts first or make another owner.</source>
            <translation>“%1”是唯一的店主；请先删除店员账户或设置另一位店主。</translation>
        </message>
        <message>
            <location filename="../core/security/UserDirectory.cpp" line="218" />
            <source>Removing a user account</source>
            <translation>删除用户账户</translation>
        </message>
        <message>
            <location filename="../core/security/UserDirectory.cpp" line="232" />
            <source>unknown name</source>
            <translation>未知用户名</translation>
        </message>
        <message>
            <location filename="../core/security/UserDirectory.cpp" line="237" />
            <source>Too many wrong passwords: “%1” is locked until %2.</source>
            <translation>密码错误次数过多：“%1”已锁定至 %2。</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/security/UserDirectory.cpp" line="258" />
            <source>%Ln wrong password(s) in a row</source>
            <translation>
                <numerusform>连续 %Ln 次密码错误</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/security/UserDirectory.cpp" line="266" />
            <source>Too many wrong passwords: “%1” is locked for %2 minutes.</source>
            <translation>密码错误次数过多：“%1”已锁定 %2 分钟。</translation>
        </message>
        <message>
            <location filename="../core/security/UserDirectory.cpp" line="38" />
            <source>Wrong user name or password.</source>
            <translation>用户名或密码错误。</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::segmentation::Lifecycle</name>
        <message>
            <location filename="../core/segmentation/Lifecycle.cpp" line="61" />
            <source>No purchases yet</source>
            <translation>尚无购买</translation>
        </message>
        <message>
            <location filename="../core/segmentation/Lifecycle.cpp" line="63" />
            <source>No purchase for %1 days (dormant from %2 days)</source>
            <translation>%1 天未购买（%2 天起视为沉睡）</translation>
        </message>
        <message>
            <location filename="../core/segmentation/Lifecycle.cpp" line="65" />
            <source>First purchase %1 days ago (new for %2 days)</source>
            <translation>首次购买在 %1 天前（%2 天内为新客）</translation>
        </message>
        <message>
            <location filename="../core/segmentation/Lifecycle.cpp" line="67" />
            <source>Bought again on %1 after %2 days away</source>
            <translation>间隔 %2 天后于 %1 再次购买</translation>
        </message>
        <message>
            <location filename="../core/segmentation/Lifecycle.cpp" line="76" />
            <source>one purchase so far, overdue after %1 days</source>
            <translation>目前只买过一次，超过 %1 天视为逾期</translation>
        </message>
        <message>
            <location filename="../core/segmentation/Lifecycle.cpp" line="77" />
            <source>usually every %1 days, overdue after %2 days</source>
            <translation>通常每 %1 天购买一次，超过 %2 天视为逾期</translation>
        </message>
        <message>
            <location filename="../core/segmentation/Lifecycle.cpp" line="79" />
            <source>%1 days since the last purchase; %2</source>
            <translation>距上次购买已 %1 天；%2</translation>
        </message>
        <message>
            <location filename="../core/segmentation/Lifecycle.cpp" line="80" />
            <source>Last purchase %1 days ago; %2</source>
            <translation>上次购买在 %1 天前；%2</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::segmentation::RfmSegments</name>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="124" />
            <source>no purchases yet</source>
            <translation>尚无购买</translation>
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="126" />
            <source>high</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="127" />
            <source>low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="129" />
            <source>R %1 (%2 days vs average %3), F %4 (%5 orders vs average %6.%7), M %8 (%9 vs average %10)</source>
            <translation>R %1（%2 天，平均 %3 天），F %4（%5 单，平均 %6.%7 单），M %8（%9，平均 %10）</translation>
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="142" />
            <source>R%1 F%2 M%3 (FM %4)</source>
            <translation>R%1 F%2 M%3（FM %4）</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::segmentation::TierPolicy</name>
        <message>
            <location filename="../core/segmentation/TierPolicy.cpp" line="53" />
            <source>No purchases yet</source>
            <translation>尚无购买</translation>
        </message>
        <message>
            <location filename="../core/segmentation/TierPolicy.cpp" line="55" />
            <source>%1: no purchase for %2 days (dormant from %3)</source>
            <translation>%1：%2 天未购买（%3 天起沉睡）</translation>
        </message>
        <message>
            <location filename="../core/segmentation/TierPolicy.cpp" line="70" />
            <source>%1: 12-month spend %2 ≥ %3</source>
            <translation>%1：近 12 个月消费 %2 ≥ %3</translation>
        </message>
        <message>
            <location filename="../core/segmentation/TierPolicy.cpp" line="72" />
            <source>%1: 12-month spend %2 &lt; %3</source>
            <translation>%1：近 12 个月消费 %2 &lt; %3</translation>
        </message>
        <message>
            <location filename="../core/segmentation/TierPolicy.cpp" line="77" />
            <location filename="../core/segmentation/TierPolicy.cpp" line="78" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location filename="../core/segmentation/TierPolicy.cpp" line="99" />
            <source>%1 kept (month %2 of %3 below the line): %4</source>
            <translation>保留%1（低于标准第 %2/%3 个月）：%4</translation>
        </message>
        <message>
            <location filename="../core/segmentation/TierPolicy.cpp" line="115" />
            <source>%1: no purchase for %2 days</source>
            <translation>%1：%2 天未购买</translation>
        </message>
        <message>
            <location filename="../core/segmentation/TierPolicy.cpp" line="117" />
            <source>%1: bought again, 12-month spend %2</source>
            <translation>%1：再次购买，近 12 个月消费 %2</translation>
        </message>
        <message>
            <location filename="../core/segmentation/TierPolicy.cpp" line="119" />
            <source>%1: 12-month spend %2 from %3 to %4</source>
            <translation>%1：近 12 个月消费从 %3 %2至 %4</translation>
        </message>
        <message>
            <location filename="../core/segmentation/TierPolicy.cpp" line="120" />
            <source>rose</source>
            <translation>升</translation>
        </message>
        <message>
            <location filename="../core/segmentation/TierPolicy.cpp" line="120" />
            <source>fell</source>
            <translation>降</translation>
        </message>
        <message>
            <location filename="../core/segmentation/TierPolicy.cpp" line="122" />
            <source>%1: M score %2 → %3, F score %4 → %5</source>
            <translation>%1：M 评分 %2 → %3，F 评分 %4 → %5</translation>
        </message>
        <message>
            <location filename="../core/segmentation/TierPolicy.cpp" line="33" />
            <source> and </source>
            <translation> 且 </translation>
        </message>
        <message>
            <location filename="../core/segmentation/TierPolicy.cpp" line="33" />
            <source> or </source>
            <translation> 或 </translation>
        </message>
        <message>
            <location filename="../core/segmentation/TierPolicy.cpp" line="37" />
            <source>CLV score</source>
            <translation>CLV 评分</translation>
        </message>
        <message>
            <location filename="../core/segmentation/TierPolicy.cpp" line="37" />
            <source>M score</source>
            <translation>M 评分</translation>
        </message>
        <message>
            <location filename="../core/segmentation/TierPolicy.cpp" line="38" />
            <source>F score</source>
            <translation>F 评分</translation>
        </message>
        <message>
            <location filename="../core/segmentation/TierPolicy.cpp" line="40" />
            <source>, P(alive) %1 %2 %3%</source>
            <translation>，仍活跃概率 %1 %2 %3%</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::segmentation::TierRules</name>
        <message>
            <location filename="../core/segmentation/TierRules.cpp" line="75" />
            <source>Tier rules need "scheme": "spend" or "value".</source>
            <translation>等级规则需要 "scheme": "spend" 或 "value"。</translation>
        </message>
        <message>
            <location filename="../core/segmentation/TierRules.cpp" line="80" />
            <source>dormant_days must be at least 1 and grace_months between 0 and 24.</source>
            <translation>dormant_days 至少为 1，grace_months 须在 0 到 24 之间。</translation>
        </message>
        <message>
            <location filename="../core/segmentation/TierRules.cpp" line="83" />
            <source>Tier rules need at least one level.</source>
            <translation>等级规则至少需要一个级别。</translation>
        </message>
        <message>
            <location filename="../core/segmentation/TierRules.cpp" line="90" />
            <source>Each tier level needs its own key (not "dormant" or "none").</source>
            <translation>每个级别需要唯一的 key（不能是 "dormant" 或 "none"）。</translation>
        </message>
        <message>
            <location filename="../core/segmentation/TierRules.cpp" line="97" />
            <source>Spend levels must be listed from the highest threshold down.</source>
            <translation>消费级别须按门槛从高到低排列。</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::service::HealthFigures</name>
        <message>
            <location filename="../core/service/HealthFigures.cpp" line="64" />
            <location filename="../core/service/HealthFigures.cpp" line="173" />
            <source>“%1” is not a month like 2026-10.</source>
            <translation>“%1”不是月份（格式如 2026-10）。</translation>
        </message>
        <message>
            <location filename="../core/service/HealthFigures.cpp" line="196" />
            <source>Unknown health figure “%1”.</source>
            <translation>未知的健康指标“%1”。</translation>
        </message>
        <message>
            <location filename="../core/service/HealthFigures.cpp" line="202" />
            <source>Net promoter score</source>
            <translation>净推荐值（NPS）</translation>
        </message>
        <message>
            <location filename="../core/service/HealthFigures.cpp" line="204" />
            <source>Repurchase rate</source>
            <translation>复购率</translation>
        </message>
        <message>
            <location filename="../core/service/HealthFigures.cpp" line="206" />
            <source>Average customer value</source>
            <translation>平均客户价值</translation>
        </message>
        <message>
            <location filename="../core/service/HealthFigures.cpp" line="208" />
            <source>Customers turning dormant</source>
            <translation>转为沉睡的客户</translation>
        </message>
        <message>
            <location filename="../core/service/HealthFigures.cpp" line="210" />
            <source>Tickets resolved within SLA</source>
            <translation>按时解决的工单</translation>
        </message>
        <message>
            <location filename="../core/service/HealthFigures.cpp" line="217" />
            <source>What the shop's customers are worth a year: what the customers who bought in the 12 months to the month's end spent in them (less their refunds), divided by their number. A refund to someone who bought nothing in those months does not count. The line plots the same figure at each month's end. A customer's own predicted value is on their profile.</source>
            <translation>顾客一年为店里带来的价值：截至月末 12 个月内有购买的顾客在这 12 个月的消费（扣除他们的退款），除以这些顾客的人数。这 12 个月里没有购买的顾客即使有退款，也不计入。折线是每个月末的同一指标。每位顾客自己的预测价值见其档案。</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::service::Nps</name>
        <message>
            <location filename="../core/service/Nps.cpp" line="109" />
            <location filename="../core/service/Nps.cpp" line="120" />
            <location filename="../core/service/TicketFigures.cpp" line="67" />
            <source>“%1” is not a month like 2026-10.</source>
            <translation>“%1”不是月份（格式如 2026-10）。</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::service::ServiceSettings</name>
        <message>
            <location filename="../core/service/ServiceSettings.cpp" line="33" />
            <source>Monday</source>
            <translation>星期一</translation>
        </message>
        <message>
            <location filename="../core/service/ServiceSettings.cpp" line="34" />
            <source>Tuesday</source>
            <translation>星期二</translation>
        </message>
        <message>
            <location filename="../core/service/ServiceSettings.cpp" line="35" />
            <source>Wednesday</source>
            <translation>星期三</translation>
        </message>
        <message>
            <location filename="../core/service/ServiceSettings.cpp" line="36" />
            <source>Thursday</source>
            <translation>星期四</translation>
        </message>
        <message>
            <location filename="../core/service/ServiceSettings.cpp" line="37" />
            <source>Friday</source>
            <translation>星期五</translation>
        </message>
        <message>
            <location filename="../core/service/ServiceSettings.cpp" line="38" />
            <source>Saturday</source>
            <translation>星期六</translation>
        </message>
        <message>
            <location filename="../core/service/ServiceSettings.cpp" line="39" />
            <source>Sunday</source>
            <translation>星期日</translation>
        </message>
        <message>
            <location filename="../core/service/ServiceSettings.cpp" line="57" />
            <source>%1: the shop must open before it closes (%2).</source>
            <translation>%1：开门时间必须早于关门时间（%2）。</translation>
        </message>
        <message>
            <location filename="../core/service/ServiceSettings.cpp" line="61" />
            <source>The shop must be open on at least one day, or no ticket could ever fall due.</source>
            <translation>店铺每周至少要有一天营业，否则工单永远不会到期。</translation>
        </message>
        <message>
            <location filename="../core/service/ServiceSettings.cpp" line="65" />
            <source>Time to resolve a ticket of priority “%1” must be between %2 minutes and %3 working days, not %4 minutes.</source>
            <translation>优先级“%1”的解决时限必须在 %2 分钟到 %3 个工作日之间，不能是 %4 分钟。</translation>
        </message>
        <message>
            <location filename="../core/service/ServiceSettings.cpp" line="73" />
            <source>The NPS warning line must be between −100 and +100, not %1.</source>
            <translation>NPS 预警线必须在 −100 到 +100 之间，不能是 %1。</translation>
        </message>
        <message>
            <location filename="../core/service/ServiceSettings.cpp" line="75" />
            <source>The NPS drop that warns must be between 1 and 200 points, not %1.</source>
            <translation>触发预警的 NPS 降幅必须在 1 到 200 分之间，不能是 %1。</translation>
        </message>
        <message>
            <location filename="../core/service/ServiceSettings.cpp" line="116" />
            <source>Unknown service setting “%1” (expected hours, sla_minutes, nps).</source>
            <translation>未知的服务设置“%1”（可用：hours、sla_minutes、nps）。</translation>
        </message>
        <message>
            <location filename="../core/service/ServiceSettings.cpp" line="122" />
            <source>Unknown day “%1” in hours (expected mon … sun).</source>
            <translation>hours 中未知的日子“%1”（可用：mon … sun）。</translation>
        </message>
        <message>
            <location filename="../core/service/ServiceSettings.cpp" line="125" />
            <source>Opening hours for %1 must look like 10:00-21:00 or closed, not “%2”.</source>
            <translation>%1 的营业时间应写成 10:00-21:00 或 closed，不能是“%2”。</translation>
        </message>
        <message>
            <location filename="../core/service/ServiceSettings.cpp" line="132" />
            <source>Unknown priority “%1” in sla_minutes (expected urgent, high, normal, low).</source>
            <translation>sla_minutes 中未知的优先级“%1”（可用：urgent、high、normal、low）。</translation>
        </message>
        <message>
            <location filename="../core/service/ServiceSettings.cpp" line="135" />
            <source>Minutes for %1 must be a whole number, not “%2”.</source>
            <translation>%1 的分钟数必须是整数，不能是“%2”。</translation>
        </message>
        <message>
            <location filename="../core/service/ServiceSettings.cpp" line="143" />
            <source>nps.%1 must be a whole number, not “%2”.</source>
            <translation>nps.%1 必须是整数，不能是“%2”。</translation>
        </message>
        <message>
            <location filename="../core/service/ServiceSettings.cpp" line="149" />
            <source>Unknown NPS setting “%1” (expected below, drop).</source>
            <translation>未知的 NPS 设置“%1”（可用：below、drop）。</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::service::Surveys</name>
        <message>
            <location filename="../core/service/Surveys.cpp" line="108" />
            <source>Cannot open %1: %2</source>
            <translation>无法打开 %1：%2</translation>
        </message>
        <message>
            <location filename="../core/service/Surveys.cpp" line="119" />
            <source>%1 is empty.</source>
            <translation>%1 是空文件。</translation>
        </message>
        <message>
            <location filename="../core/service/Surveys.cpp" line="126" />
            <source>%1 needs the columns phone or member code, date and score (found: %2).</source>
            <translation>%1 需要以下列：手机或会员号、日期、评分（找到的列：%2）。</translation>
        </message>
        <message>
            <location filename="../core/service/Surveys.cpp" line="146" />
            <source>no customer with this phone or member code</source>
            <translation>没有此手机号或会员号的客户</translation>
        </message>
        <message>
            <location filename="../core/service/Surveys.cpp" line="149" />
            <source>not a date</source>
            <translation>不是日期</translation>
        </message>
        <message>
            <location filename="../core/service/Surveys.cpp" line="153" />
            <source>not a score from 0 to 10</source>
            <translation>不是 0 到 10 的评分</translation>
        </message>
        <message>
            <location filename="../core/service/Surveys.cpp" line="212" />
            <source>No free reply code for customer %1.</source>
            <translation>无法为客户 %1 生成回复码。</translation>
        </message>
        <message>
            <location filename="../core/service/Surveys.cpp" line="224" />
            <source>There is no reply code %1.</source>
            <translation>没有回复码 %1。</translation>
        </message>
        <message>
            <location filename="../core/service/Surveys.cpp" line="226" />
            <source>Reply code %1 was answered already.</source>
            <translation>回复码 %1 已经用过了。</translation>
        </message>
        <message>
            <location filename="../core/service/Surveys.cpp" line="72" />
            <source>A score is 0 to 10, not %1.</source>
            <translation>评分须在 0 到 10 之间，而不是 %1。</translation>
        </message>
        <message>
            <location filename="../core/service/Surveys.cpp" line="74" />
            <source>The answer needs a date.</source>
            <translation>答复需要日期。</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::service::Tickets</name>
        <message>
            <location filename="../core/service/Tickets.cpp" line="70" />
            <location filename="../core/service/Tickets.cpp" line="137" />
            <source>A ticket needs a subject.</source>
            <translation>工单需要填写主题。</translation>
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="71" />
            <location filename="../core/service/Tickets.cpp" line="138" />
            <source>kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="73" />
            <location filename="../core/service/Tickets.cpp" line="140" />
            <source>priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="76" />
            <source>The ticket needs a valid time.</source>
            <translation>工单需要有效的时间。</translation>
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="101" />
            <source>status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="104" />
            <source>The change needs a valid time.</source>
            <translation>这次变更需要有效的时间。</translation>
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="113" />
            <source>Ticket %1 is already %2.</source>
            <translation>工单 %1 已经是“%2”状态。</translation>
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="116" />
            <source>%1 lies before the ticket's last change (%2).</source>
            <translation>%1 早于工单的上一次变更（%2）。</translation>
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="198" />
            <source>Complaint</source>
            <translation>投诉</translation>
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="200" />
            <source>Return</source>
            <translation>退货</translation>
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="202" />
            <source>Repair</source>
            <translation>维修</translation>
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="204" />
            <source>Question</source>
            <translation>咨询</translation>
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="211" />
            <source>Urgent</source>
            <translation>紧急</translation>
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="213" />
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="215" />
            <source>Normal</source>
            <translation>普通</translation>
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="217" />
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="224" />
            <source>open</source>
            <translation>待办</translation>
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="226" />
            <source>waiting for customer</source>
            <translation>等待客户</translation>
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="228" />
            <source>resolved</source>
            <translation>已解决</translation>
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="230" />
            <source>closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="25" />
            <source>Unknown %1 “%2” (use one of: %3).</source>
            <translation>未知的%1“%2”（可用：%3）。</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::storage::AutomationRepository</name>
        <message>
            <location filename="../core/storage/AutomationRepository.cpp" line="48" />
            <location filename="../core/storage/AutomationRepository.cpp" line="60" />
            <source>Reading automation rules</source>
            <translation>读取自动化规则</translation>
        </message>
        <message>
            <location filename="../core/storage/AutomationRepository.cpp" line="62" />
            <location filename="../core/storage/AutomationRepository.cpp" line="79" />
            <location filename="../core/storage/AutomationRepository.cpp" line="103" />
            <source>There is no automation rule %1.</source>
            <translation>没有编号为 %1 的自动化规则。</translation>
        </message>
        <message>
            <location filename="../core/storage/AutomationRepository.cpp" line="77" />
            <source>Saving automation rule %1</source>
            <translation>保存自动化规则 %1</translation>
        </message>
        <message>
            <location filename="../core/storage/AutomationRepository.cpp" line="90" />
            <source>Saving an automation rule</source>
            <translation>保存自动化规则</translation>
        </message>
        <message>
            <location filename="../core/storage/AutomationRepository.cpp" line="101" />
            <source>Switching automation rule %1</source>
            <translation>开关自动化规则 %1</translation>
        </message>
        <message>
            <location filename="../core/storage/AutomationRepository.cpp" line="117" />
            <location filename="../core/storage/AutomationRepository.cpp" line="134" />
            <source>Reading customers for automation rules</source>
            <translation>为自动化规则读取客户</translation>
        </message>
        <message>
            <location filename="../core/storage/AutomationRepository.cpp" line="155" />
            <location filename="../core/storage/AutomationRepository.cpp" line="181" />
            <location filename="../core/storage/AutomationRepository.cpp" line="194" />
            <source>Reading what automation rules did</source>
            <translation>读取自动化规则的执行记录</translation>
        </message>
        <message>
            <location filename="../core/storage/AutomationRepository.cpp" line="172" />
            <source>Recording what an automation rule did</source>
            <translation>记录自动化规则的执行</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::storage::Backups</name>
        <message>
            <location filename="../core/storage/Backups.cpp" line="45" />
            <source>%1 does not exist.</source>
            <translation>%1 不存在。</translation>
        </message>
        <message>
            <location filename="../core/storage/Backups.cpp" line="57" />
            <source>not a database file (%1)</source>
            <translation>不是数据库文件（%1）</translation>
        </message>
        <message>
            <location filename="../core/storage/Backups.cpp" line="85" />
            <source>Keep 1 to 1000 daily and 0 to 1000 weekly backups.</source>
            <translation>每日备份保留 1 到 1000 份，每周备份保留 0 到 1000 份。</translation>
        </message>
        <message>
            <location filename="../core/storage/Backups.cpp" line="197" />
            <source>An in-memory database cannot be backed up.</source>
            <translation>内存数据库无法备份。</translation>
        </message>
        <message>
            <location filename="../core/storage/Backups.cpp" line="202" />
            <source>Cannot create the backup folder %1.</source>
            <translation>无法创建备份文件夹 %1。</translation>
        </message>
        <message>
            <location filename="../core/storage/Backups.cpp" line="213" />
            <source>The backup to %1 failed (disk full or not writable?): %2</source>
            <translation>备份到 %1 失败（磁盘已满或不可写？）：%2</translation>
        </message>
        <message>
            <location filename="../core/storage/Backups.cpp" line="221" />
            <source>The backup %1 did not pass its integrity check; it was discarded.</source>
            <translation>备份 %1 未通过完整性检查，已丢弃。</translation>
        </message>
        <message>
            <location filename="../core/storage/Backups.cpp" line="224" />
            <source>Cannot finish the backup %1.</source>
            <translation>无法完成备份 %1。</translation>
        </message>
        <message>
            <location filename="../core/storage/Backups.cpp" line="262" />
            <source>The backup %1 is damaged (%2); nothing was changed.</source>
            <translation>备份 %1 已损坏（%2）；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../core/storage/Backups.cpp" line="267" />
            <source>Cannot set %1 aside; nothing was changed.</source>
            <translation>无法将 %1 另存；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../core/storage/Backups.cpp" line="275" />
            <source>Cannot copy %1 to %2; nothing was changed.</source>
            <translation>无法将 %1 复制到 %2；未做任何更改。</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::storage::CampaignRepository</name>
        <message>
            <location filename="../core/storage/CampaignRepository.cpp" line="86" />
            <source>Saving the campaign</source>
            <translation>保存营销活动</translation>
        </message>
        <message>
            <location filename="../core/storage/CampaignRepository.cpp" line="98" />
            <location filename="../core/storage/CampaignRepository.cpp" line="111" />
            <source>Listing campaigns</source>
            <translation>列出营销活动</translation>
        </message>
        <message>
            <location filename="../core/storage/CampaignRepository.cpp" line="123" />
            <source>Reading the campaign</source>
            <translation>读取营销活动</translation>
        </message>
        <message>
            <location filename="../core/storage/CampaignRepository.cpp" line="135" />
            <location filename="../core/storage/CampaignRepository.cpp" line="150" />
            <source>Reading campaign members</source>
            <translation>读取营销活动成员</translation>
        </message>
        <message>
            <location filename="../core/storage/CampaignRepository.cpp" line="174" />
            <location filename="../core/storage/CampaignRepository.cpp" line="185" />
            <location filename="../core/storage/CampaignRepository.cpp" line="195" />
            <source>Marking contacts</source>
            <translation>标记联系</translation>
        </message>
        <message>
            <location filename="../core/storage/CampaignRepository.cpp" line="212" />
            <source>Reading purchases after the campaign</source>
            <translation>读取营销活动之后的购买</translation>
        </message>
        <message>
            <location filename="../core/storage/CampaignRepository.cpp" line="230" />
            <source>Reading customers for the message</source>
            <translation>读取消息所需的客户信息</translation>
        </message>
        <message>
            <location filename="../core/storage/CampaignRepository.cpp" line="247" />
            <location filename="../core/storage/CampaignRepository.cpp" line="250" />
            <source>Counting customers left out</source>
            <translation>统计未纳入的客户</translation>
        </message>
        <message>
            <location filename="../core/storage/CampaignRepository.cpp" line="259" />
            <source>Reading the customer</source>
            <translation>读取客户</translation>
        </message>
        <message>
            <location filename="../core/storage/CampaignRepository.cpp" line="269" />
            <source>Reading the campaign's coupons</source>
            <translation>读取活动的优惠券</translation>
        </message>
        <message>
            <location filename="../core/storage/CampaignRepository.cpp" line="286" />
            <source>Recording the campaign's coupon</source>
            <translation>记录活动的优惠券</translation>
        </message>
        <message>
            <location filename="../core/storage/CampaignRepository.cpp" line="299" />
            <source>Saving the filter</source>
            <translation>保存筛选条件</translation>
        </message>
        <message>
            <location filename="../core/storage/CampaignRepository.cpp" line="305" />
            <source>Reading saved filters</source>
            <translation>读取已保存的筛选条件</translation>
        </message>
        <message>
            <location filename="../core/storage/CampaignRepository.cpp" line="317" />
            <source>Removing the filter</source>
            <translation>删除筛选条件</translation>
        </message>
        <message>
            <location filename="../core/storage/CampaignRepository.cpp" line="65" />
            <source>Adding a campaign member</source>
            <translation>添加营销活动成员</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::storage::CardStore</name>
        <message>
            <location filename="../core/storage/CardStore.cpp" line="108" />
            <source>Saving visit-card plan %1</source>
            <translation>保存次卡方案 %1</translation>
        </message>
        <message>
            <location filename="../core/storage/CardStore.cpp" line="116" />
            <location filename="../core/storage/CardStore.cpp" line="128" />
            <location filename="../core/storage/CardStore.cpp" line="139" />
            <source>Reading visit-card plans</source>
            <translation>读取次卡方案</translation>
        </message>
        <message>
            <location filename="../core/storage/CardStore.cpp" line="152" />
            <source>Numbering visit cards</source>
            <translation>生成次卡卡号</translation>
        </message>
        <message>
            <location filename="../core/storage/CardStore.cpp" line="173" />
            <location filename="../core/storage/CardStore.cpp" line="182" />
            <source>Saving visit card %1</source>
            <translation>保存次卡 %1</translation>
        </message>
        <message>
            <location filename="../core/storage/CardStore.cpp" line="252" />
            <source>Recording a visit-card use</source>
            <translation>记录次卡核销</translation>
        </message>
        <message>
            <location filename="../core/storage/CardStore.cpp" line="261" />
            <location filename="../core/storage/CardStore.cpp" line="273" />
            <location filename="../core/storage/CardStore.cpp" line="286" />
            <source>Reading visit-card uses</source>
            <translation>读取次卡核销记录</translation>
        </message>
        <message>
            <location filename="../core/storage/CardStore.cpp" line="305" />
            <source>Cancelling the visit card's unused uses</source>
            <translation>作废次卡的未用次数</translation>
        </message>
        <message>
            <location filename="../core/storage/CardStore.cpp" line="69" />
            <source>Reading visit cards</source>
            <translation>读取次卡</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::storage::CouponStore</name>
        <message>
            <location filename="../core/storage/CouponStore.cpp" line="149" />
            <source>Saving coupon type %1</source>
            <translation>保存优惠券类型 %1</translation>
        </message>
        <message>
            <location filename="../core/storage/CouponStore.cpp" line="192" />
            <source>Issuing coupon %1</source>
            <translation>发放优惠券 %1</translation>
        </message>
        <message>
            <location filename="../core/storage/CouponStore.cpp" line="202" />
            <location filename="../core/storage/CouponStore.cpp" line="260" />
            <source>Reading coupons</source>
            <translation>读取优惠券</translation>
        </message>
        <message>
            <location filename="../core/storage/CouponStore.cpp" line="280" />
            <source>Recording a coupon redemption</source>
            <translation>记录优惠券核销</translation>
        </message>
        <message>
            <location filename="../core/storage/CouponStore.cpp" line="53" />
            <source>Reading coupon types</source>
            <translation>读取优惠券类型</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::storage::CustomFieldRepository</name>
        <message>
            <location filename="../core/storage/CustomFieldRepository.cpp" line="56" />
            <source>Reading the customer fields</source>
            <translation>读取客户字段</translation>
        </message>
        <message>
            <location filename="../core/storage/CustomFieldRepository.cpp" line="68" />
            <source>Reading the customer field %1</source>
            <translation>读取客户字段 %1</translation>
        </message>
        <message>
            <location filename="../core/storage/CustomFieldRepository.cpp" line="86" />
            <source>Adding the customer field %1</source>
            <translation>添加客户字段 %1</translation>
        </message>
        <message>
            <location filename="../core/storage/CustomFieldRepository.cpp" line="95" />
            <source>Renaming a customer field</source>
            <translation>重命名客户字段</translation>
        </message>
        <message>
            <location filename="../core/storage/CustomFieldRepository.cpp" line="103" />
            <source>Changing the choices of a customer field</source>
            <translation>更改客户字段的选项</translation>
        </message>
        <message>
            <location filename="../core/storage/CustomFieldRepository.cpp" line="110" />
            <source>Removing a customer field</source>
            <translation>删除客户字段</translation>
        </message>
        <message>
            <location filename="../core/storage/CustomFieldRepository.cpp" line="118" />
            <location filename="../core/storage/CustomFieldRepository.cpp" line="129" />
            <source>Counting the values of a customer field</source>
            <translation>统计客户字段的取值</translation>
        </message>
        <message>
            <location filename="../core/storage/CustomFieldRepository.cpp" line="139" />
            <location filename="../core/storage/CustomFieldRepository.cpp" line="153" />
            <source>Reading the fields of customer %1</source>
            <translation>读取客户 %1 的字段</translation>
        </message>
        <message>
            <location filename="../core/storage/CustomFieldRepository.cpp" line="164" />
            <location filename="../core/storage/CustomFieldRepository.cpp" line="170" />
            <source>Saving the fields of customer %1</source>
            <translation>保存客户 %1 的字段</translation>
        </message>
        <message>
            <location filename="../core/storage/CustomFieldRepository.cpp" line="182" />
            <source>Undoing import %1</source>
            <translation>撤销导入 %1</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::storage::CustomerQueries</name>
        <message>
            <location filename="../core/storage/CustomerQueries.cpp" line="308" />
            <location filename="../core/storage/CustomerQueries.cpp" line="390" />
            <source>Listing customers</source>
            <translation>列出客户</translation>
        </message>
        <message>
            <location filename="../core/storage/CustomerQueries.cpp" line="360" />
            <location filename="../core/storage/CustomerQueries.cpp" line="368" />
            <source>Counting customers</source>
            <translation>统计客户</translation>
        </message>
        <message>
            <location filename="../core/storage/CustomerQueries.cpp" line="427" />
            <source>Counting the customers of each store</source>
            <translation>统计各门店的顾客数</translation>
        </message>
        <message>
            <location filename="../core/storage/CustomerQueries.cpp" line="452" />
            <source>Reading customers for export</source>
            <translation>读取要导出的客户</translation>
        </message>
        <message>
            <location filename="../core/storage/CustomerQueries.cpp" line="402" />
            <source>Reading the filter choices</source>
            <translation>读取筛选选项</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::storage::CustomerRepository</name>
        <message>
            <location filename="../core/storage/CustomerRepository.cpp" line="115" />
            <location filename="../core/storage/CustomerRepository.cpp" line="119" />
            <source>Saving customer %1</source>
            <translation>保存客户 %1</translation>
        </message>
        <message>
            <location filename="../core/storage/CustomerRepository.cpp" line="156" />
            <source>Updating customer %1</source>
            <translation>更新客户 %1</translation>
        </message>
        <message>
            <location filename="../core/storage/CustomerRepository.cpp" line="165" />
            <source>Deleting customer %1</source>
            <translation>删除客户 %1</translation>
        </message>
        <message>
            <location filename="../core/storage/CustomerRepository.cpp" line="174" />
            <location filename="../core/storage/CustomerRepository.cpp" line="210" />
            <source>Looking up a customer</source>
            <translation>查找客户</translation>
        </message>
        <message>
            <location filename="../core/storage/CustomerRepository.cpp" line="230" />
            <source>Looking up customers</source>
            <translation>查找客户</translation>
        </message>
        <message>
            <location filename="../core/storage/CustomerRepository.cpp" line="282" />
            <source>Searching customers</source>
            <translation>搜索客户</translation>
        </message>
        <message>
            <location filename="../core/storage/CustomerRepository.cpp" line="295" />
            <source>Counting customers</source>
            <translation>统计客户</translation>
        </message>
        <message>
            <location filename="../core/storage/CustomerRepository.cpp" line="322" />
            <source>Saving tag %1</source>
            <translation>保存标签 %1</translation>
        </message>
        <message>
            <location filename="../core/storage/CustomerRepository.cpp" line="327" />
            <source>Tagging customer %1</source>
            <translation>给客户 %1 加标签</translation>
        </message>
        <message>
            <location filename="../core/storage/CustomerRepository.cpp" line="345" />
            <source>Removing tags of customer %1</source>
            <translation>移除客户 %1 的标签</translation>
        </message>
        <message>
            <location filename="../core/storage/CustomerRepository.cpp" line="358" />
            <source>Removing tag %1</source>
            <translation>删除标签 %1</translation>
        </message>
        <message>
            <location filename="../core/storage/CustomerRepository.cpp" line="369" />
            <source>Reading tags</source>
            <translation>读取标签</translation>
        </message>
        <message>
            <location filename="../core/storage/CustomerRepository.cpp" line="409" />
            <source>Unknown customer column %1</source>
            <translation>未知的客户字段 %1</translation>
        </message>
        <message>
            <location filename="../core/storage/CustomerRepository.cpp" line="424" />
            <source>Restoring %1 of customer %2</source>
            <translation>恢复客户 %2 的 %1</translation>
        </message>
        <message>
            <location filename="../core/storage/CustomerInsertBatch.cpp" line="29" />
            <location filename="../core/storage/CustomerInsertBatch.cpp" line="86" />
            <source>Saving customers</source>
            <translation>保存客户</translation>
        </message>
        <message>
            <location filename="../core/storage/CustomerInsertBatch.cpp" line="93" />
            <location filename="../core/storage/CustomerInsertBatch.cpp" line="96" />
            <source>Saving tags</source>
            <translation>保存标签</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::storage::Database</name>
        <message>
            <location filename="../core/storage/Database.cpp" line="110" />
            <source>%1 cannot be opened read-only: its data version is %2, this Clientele needs %3.</source>
            <translation>无法以只读方式打开 %1：其数据版本为 %2，本版本 Clientele 需要 %3。</translation>
        </message>
        <message>
            <location filename="../core/storage/Database.cpp" line="128" />
            <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
            <translation>未安装 Qt 的 SQLite 驱动（软件包 libqt6sql6-sqlite）。</translation>
        </message>
        <message>
            <location filename="../core/storage/Database.cpp" line="132" />
            <source>%1 is a folder, not a database file.</source>
            <translation>%1 是文件夹，不是数据库文件。</translation>
        </message>
        <message>
            <location filename="../core/storage/Database.cpp" line="134" />
            <source>Cannot create the folder %1.</source>
            <translation>无法创建文件夹 %1。</translation>
        </message>
        <message>
            <location filename="../core/storage/Database.cpp" line="142" />
            <source>Cannot open the database %1: %2</source>
            <translation>无法打开数据库 %1：%2</translation>
        </message>
        <message>
            <location filename="../core/storage/Database.cpp" line="150" />
            <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
            <translation>未安装 Qt 的 PostgreSQL 驱动（软件包 libqt6sql6-psql）。</translation>
        </message>
        <message>
            <location filename="../core/storage/Database.cpp" line="176" />
            <source>%1 cannot be opened: its folder is read-only, and SQLite writes its journal beside the file. Copy the file to a folder you can write to.</source>
            <translation>无法打开 %1：其所在文件夹为只读，而 SQLite 需要在文件旁写入日志。请把文件复制到可写的文件夹。</translation>
        </message>
        <message>
            <location filename="../core/storage/Database.cpp" line="180" />
            <source>%1 is not a Clientele database (or it is damaged).</source>
            <translation>%1 不是 Clientele 数据库（或已损坏）。</translation>
        </message>
        <message>
            <location filename="../core/storage/Database.cpp" line="51" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location filename="../core/storage/dialect/PostgresConnectError.cpp" line="32" />
            <source>The shop server %1 did not accept user %2: the password is wrong, or the server does not know this user.</source>
            <translation>门店服务器 %1 不接受用户 %2：密码错误，或服务器上没有这个用户。</translation>
        </message>
        <message>
            <location filename="../core/storage/dialect/PostgresConnectError.cpp" line="37" />
            <source>The shop server %1 has no database named %2. Check the name, or ask whoever runs the server to create it.</source>
            <translation>门店服务器 %1 上没有名为 %2 的数据库。请检查名称，或请服务器管理员创建它。</translation>
        </message>
        <message>
            <location filename="../core/storage/dialect/PostgresConnectError.cpp" line="42" />
            <source>The shop server %1 does not offer TLS, and this connection requires it.</source>
            <translation>门店服务器 %1 不提供 TLS 加密，而此连接要求加密。</translation>
        </message>
        <message>
            <location filename="../core/storage/dialect/PostgresConnectError.cpp" line="47" />
            <source>No shop server answers at %1. Check the host name and the port (%2), and that the server is running and reachable from this computer.</source>
            <translation>%1 没有门店服务器响应。请检查主机名和端口（%2），并确认服务器正在运行、这台电脑能访问到它。</translation>
        </message>
        <message>
            <location filename="../core/storage/dialect/PostgresConnectError.cpp" line="52" />
            <source>Cannot connect to the shop server %1: %2</source>
            <translation>无法连接门店服务器 %1：%2</translation>
        </message>
        <message>
            <location filename="../core/storage/dialect/PostgresDialect.cpp" line="101" />
            <source>Storing the schema version</source>
            <translation>保存数据版本</translation>
        </message>
        <message>
            <location filename="../core/storage/dialect/PostgresDialect.cpp" line="186" />
            <source> The connection to the server was lost; nothing was changed.</source>
            <translation>与服务器的连接已断开；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../core/storage/dialect/PostgresDialect.cpp" line="188" />
            <source> The server's disk is full; nothing was changed.</source>
            <translation>服务器磁盘已满；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../core/storage/dialect/PostgresDialect.cpp" line="190" />
            <source> This server account may not change the shop; nothing was changed.</source>
            <translation>此服务器账户无权修改店铺数据；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../core/storage/dialect/PostgresDialect.cpp" line="278" />
            <source>Moving the ids of %1 on</source>
            <translation>调整 %1 的编号序列</translation>
        </message>
        <message>
            <location filename="../core/storage/dialect/SqliteDialect.cpp" line="50" />
            <source>Switching %1 to WAL</source>
            <translation>将 %1 切换为 WAL 模式</translation>
        </message>
        <message>
            <location filename="../core/storage/dialect/SqliteDialect.cpp" line="132" />
            <source> The disk may be full or the file too large for it; nothing was changed.</source>
            <translation> 磁盘可能已满或文件过大；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../core/storage/dialect/SqliteDialect.cpp" line="134" />
            <source> The file or its folder is read-only; nothing was changed.</source>
            <translation> 文件或其所在文件夹为只读；未做任何更改。</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::storage::DatabaseLocation</name>
        <message>
            <location filename="../core/storage/DatabaseLocation.cpp" line="42" />
            <source>No database given.</source>
            <translation>未指定数据库。</translation>
        </message>
        <message>
            <location filename="../core/storage/DatabaseLocation.cpp" line="49" />
            <source>%1 is not a database Clientele can open: give a file path or a server address postgresql://USER@HOST[:PORT]/DATABASE.</source>
            <translation>%1 不是 Clientele 能打开的数据库：请给出文件路径，或服务器地址 postgresql://用户@主机[:端口]/数据库。</translation>
        </message>
        <message>
            <location filename="../core/storage/DatabaseLocation.cpp" line="54" />
            <source>The server address is not valid: %1</source>
            <translation>服务器地址无效：%1</translation>
        </message>
        <message>
            <location filename="../core/storage/DatabaseLocation.cpp" line="61" />
            <source>The server address names no user: postgresql://USER@HOST/DATABASE.</source>
            <translation>服务器地址缺少用户名：postgresql://用户@主机/数据库。</translation>
        </message>
        <message>
            <location filename="../core/storage/DatabaseLocation.cpp" line="63" />
            <source>The server address names no host: postgresql://USER@HOST/DATABASE.</source>
            <translation>服务器地址缺少主机：postgresql://用户@主机/数据库。</translation>
        </message>
        <message>
            <location filename="../core/storage/DatabaseLocation.cpp" line="65" />
            <source>The server address names no database: postgresql://USER@HOST/DATABASE.</source>
            <translation>服务器地址缺少数据库名：postgresql://用户@主机/数据库。</translation>
        </message>
        <message>
            <location filename="../core/storage/DatabaseLocation.cpp" line="69" />
            <source>The port of the server address must be 1 to 65535.</source>
            <translation>服务器地址的端口必须在 1 到 65535 之间。</translation>
        </message>
        <message>
            <location filename="../core/storage/DatabaseLocation.cpp" line="75" />
            <source>The server address has an option Clientele does not know: %1 (only sslmode).</source>
            <translation>服务器地址含有 Clientele 不认识的选项：%1（只支持 sslmode）。</translation>
        </message>
        <message>
            <location filename="../core/storage/DatabaseLocation.cpp" line="77" />
            <source>sslmode must be disable, allow, prefer, require, verify-ca or verify-full, not %1.</source>
            <translation>sslmode 必须是 disable、allow、prefer、require、verify-ca 或 verify-full，而不是 %1。</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::storage::DeferredIndexes</name>
        <message>
            <location filename="../core/storage/DeferredIndexes.cpp" line="26" />
            <source>Reading %1</source>
            <translation>读取 %1</translation>
        </message>
        <message>
            <location filename="../core/storage/DeferredIndexes.cpp" line="41" />
            <source>Reading the indexes of %1</source>
            <translation>读取 %1 的索引</translation>
        </message>
        <message>
            <location filename="../core/storage/DeferredIndexes.cpp" line="62" />
            <source>Reading the cache size</source>
            <translation>读取缓存大小</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::storage::DuplicateQueries</name>
        <message>
            <location filename="../core/storage/DuplicateQueries.cpp" line="31" />
            <source>Looking for duplicate customers</source>
            <translation>查找重复客户</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::storage::FollowUpRepository</name>
        <message>
            <location filename="../core/storage/FollowUpRepository.cpp" line="83" />
            <location filename="../core/storage/FollowUpRepository.cpp" line="121" />
            <location filename="../core/storage/FollowUpRepository.cpp" line="211" />
            <source>Saving a follow-up</source>
            <translation>保存跟进任务</translation>
        </message>
        <message>
            <location filename="../core/storage/FollowUpRepository.cpp" line="92" />
            <source>Reading follow-ups</source>
            <translation>读取跟进任务</translation>
        </message>
        <message>
            <location filename="../core/storage/FollowUpRepository.cpp" line="105" />
            <location filename="../core/storage/FollowUpRepository.cpp" line="132" />
            <location filename="../core/storage/FollowUpRepository.cpp" line="155" />
            <source>Listing follow-ups</source>
            <translation>列出跟进任务</translation>
        </message>
        <message>
            <location filename="../core/storage/FollowUpRepository.cpp" line="113" />
            <location filename="../core/storage/FollowUpRepository.cpp" line="196" />
            <source>A follow-up needs a title and a date.</source>
            <translation>跟进任务需要内容和日期。</translation>
        </message>
        <message>
            <location filename="../core/storage/FollowUpRepository.cpp" line="141" />
            <source>Reading a follow-up</source>
            <translation>读取跟进任务</translation>
        </message>
        <message>
            <location filename="../core/storage/FollowUpRepository.cpp" line="168" />
            <source>Counting follow-ups</source>
            <translation>统计跟进</translation>
        </message>
        <message>
            <location filename="../core/storage/FollowUpRepository.cpp" line="217" />
            <source>A follow-up needs a date.</source>
            <translation>跟进任务需要日期。</translation>
        </message>
        <message>
            <location filename="../core/storage/FollowUpRepository.cpp" line="222" />
            <source>Moving a follow-up</source>
            <translation>移动跟进任务</translation>
        </message>
        <message>
            <location filename="../core/storage/FollowUpRepository.cpp" line="232" />
            <source>Completing a follow-up</source>
            <translation>完成跟进任务</translation>
        </message>
        <message>
            <location filename="../core/storage/FollowUpRepository.cpp" line="241" />
            <source>Cancelling a follow-up</source>
            <translation>取消跟进任务</translation>
        </message>
        <message>
            <location filename="../core/storage/FollowUpRepository.cpp" line="251" />
            <source>Reading customers for care rules</source>
            <translation>为关怀规则读取客户</translation>
        </message>
        <message>
            <location filename="../core/storage/FollowUpRepository.cpp" line="271" />
            <source>Reading survey answers for care rules</source>
            <translation>为关怀规则读取调查答复</translation>
        </message>
        <message>
            <location filename="../core/storage/FollowUpRepository.cpp" line="64" />
            <source>Follow-up %1 does not exist (any more).</source>
            <translation>跟进任务 %1 不存在（或已删除）。</translation>
        </message>
        <message>
            <location filename="../core/storage/FollowUpRepository.cpp" line="188" />
            <source>This follow-up is already %1; it can no longer be changed.</source>
            <translation>此跟进任务已%1，不能再修改。</translation>
        </message>
        <message>
            <location filename="../core/storage/FollowUpRepository.cpp" line="189" />
            <source>done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../core/storage/FollowUpRepository.cpp" line="189" />
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::storage::ImportBatchRepository</name>
        <message>
            <location filename="../core/storage/ImportBatchRepository.cpp" line="84" />
            <location filename="../core/storage/ImportBatchRepository.cpp" line="100" />
            <source>Recording the import</source>
            <translation>记录导入</translation>
        </message>
        <message>
            <location filename="../core/storage/ImportBatchRepository.cpp" line="110" />
            <source>Recording a change</source>
            <translation>记录修改</translation>
        </message>
        <message>
            <location filename="../core/storage/ImportBatchRepository.cpp" line="117" />
            <source>Listing imports</source>
            <translation>列出导入</translation>
        </message>
        <message>
            <location filename="../core/storage/ImportBatchRepository.cpp" line="129" />
            <source>Reading import %1</source>
            <translation>读取导入 %1</translation>
        </message>
        <message>
            <location filename="../core/storage/ImportBatchRepository.cpp" line="145" />
            <source>There is no import #%1.</source>
            <translation>没有导入 #%1。</translation>
        </message>
        <message>
            <location filename="../core/storage/ImportBatchRepository.cpp" line="147" />
            <source>Import #%1 was already undone.</source>
            <translation>导入 #%1 已经撤销过。</translation>
        </message>
        <message>
            <location filename="../core/storage/ImportBatchRepository.cpp" line="157" />
            <source>Import #%1 created customers who now have %2 orders from other imports or entered by hand. Undo those imports first; nothing was changed.</source>
            <translation>导入 #%1 创建的客户现在有 %2 笔来自其他导入或手工录入的订单。请先撤销那些导入；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../core/storage/ImportBatchRepository.cpp" line="168" />
            <source>Import #%1 created customers who now have %2 notes or interactions. Undoing it would delete them; nothing was changed.</source>
            <translation>导入 #%1 创建的客户现在有 %2 条备注或互动记录。撤销会删除它们；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../core/storage/ImportBatchRepository.cpp" line="179" />
            <source>Reading the changes of import %1</source>
            <translation>读取导入 %1 的修改</translation>
        </message>
        <message>
            <location filename="../core/storage/ImportBatchRepository.cpp" line="209" />
            <location filename="../core/storage/ImportBatchRepository.cpp" line="222" />
            <location filename="../core/storage/ImportBatchRepository.cpp" line="257" />
            <source>Undoing import %1</source>
            <translation>撤销导入 %1</translation>
        </message>
        <message>
            <location filename="../core/storage/ImportBatchRepository.cpp" line="53" />
            <source>Checking import %1</source>
            <translation>检查导入 %1</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::storage::InteractionRepository</name>
        <message>
            <location filename="../core/storage/InteractionRepository.cpp" line="45" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../core/storage/InteractionRepository.cpp" line="46" />
            <source>Call</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../core/storage/InteractionRepository.cpp" line="47" />
            <source>Visit</source>
            <translation>到店</translation>
        </message>
        <message>
            <location filename="../core/storage/InteractionRepository.cpp" line="48" />
            <source>Message</source>
            <translation>消息</translation>
        </message>
        <message>
            <location filename="../core/storage/InteractionRepository.cpp" line="57" />
            <source>A note needs some text.</source>
            <translation>备注不能为空。</translation>
        </message>
        <message>
            <location filename="../core/storage/InteractionRepository.cpp" line="66" />
            <source>Saving a note for customer %1</source>
            <translation>保存客户 %1 的备注</translation>
        </message>
        <message>
            <location filename="../core/storage/InteractionRepository.cpp" line="77" />
            <source>Reading the notes of customer %1</source>
            <translation>读取客户 %1 的备注</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::storage::MappingRepository</name>
        <message>
            <location filename="../core/storage/MappingRepository.cpp" line="23" />
            <source>A saved mapping needs a name.</source>
            <translation>保存的列对应方案需要一个名称。</translation>
        </message>
        <message>
            <location filename="../core/storage/MappingRepository.cpp" line="31" />
            <source>Saving the column mapping %1</source>
            <translation>保存列对应方案 %1</translation>
        </message>
        <message>
            <location filename="../core/storage/MappingRepository.cpp" line="39" />
            <source>Reading the column mapping %1</source>
            <translation>读取列对应方案 %1</translation>
        </message>
        <message>
            <location filename="../core/storage/MappingRepository.cpp" line="50" />
            <source>Listing saved column mappings</source>
            <translation>列出已保存的列对应方案</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::storage::MemberFigureQueries</name>
        <message>
            <location filename="../core/storage/MemberFigureQueries.cpp" line="26" />
            <source>Summing the month's top-ups</source>
            <translation>汇总本月充值</translation>
        </message>
        <message>
            <location filename="../core/storage/MemberFigureQueries.cpp" line="38" />
            <source>Summing the month's points</source>
            <translation>汇总本月积分</translation>
        </message>
        <message>
            <location filename="../core/storage/MemberFigureQueries.cpp" line="51" />
            <source>Counting the month's visit-card uses</source>
            <translation>统计本月次卡核销</translation>
        </message>
        <message>
            <location filename="../core/storage/MemberFigureQueries.cpp" line="65" />
            <source>Counting coupons by type</source>
            <translation>按类型统计优惠券</translation>
        </message>
        <message>
            <location filename="../core/storage/MemberFigureQueries.cpp" line="79" />
            <source>Reading stored-value balances</source>
            <translation>读取储值余额</translation>
        </message>
        <message>
            <location filename="../core/storage/MemberFigureQueries.cpp" line="95" />
            <source>Reading the month's counter sales</source>
            <translation>读取本月收银单据</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::storage::MemberRepository</name>
        <message>
            <location filename="../core/storage/MemberRepository.cpp" line="131" />
            <source>Reading the member rules</source>
            <translation>读取会员规则</translation>
        </message>
        <message>
            <location filename="../core/storage/MemberRepository.cpp" line="144" />
            <source>Saving the member rules</source>
            <translation>保存会员规则</translation>
        </message>
        <message>
            <location filename="../core/storage/MemberRepository.cpp" line="156" />
            <source>Reading the member account</source>
            <translation>读取会员账户</translation>
        </message>
        <message>
            <location filename="../core/storage/MemberRepository.cpp" line="169" />
            <source>Numbering the sale</source>
            <translation>生成单号</translation>
        </message>
        <message>
            <location filename="../core/storage/MemberRepository.cpp" line="189" />
            <source>Saving the sale's order</source>
            <translation>保存收银单的订单</translation>
        </message>
        <message>
            <location filename="../core/storage/MemberRepository.cpp" line="203" />
            <source>Saving the sale</source>
            <translation>保存收银单</translation>
        </message>
        <message>
            <location filename="../core/storage/MemberRepository.cpp" line="213" />
            <source>Saving the sale's payments</source>
            <translation>保存该单的付款</translation>
        </message>
        <message>
            <location filename="../core/storage/MemberRepository.cpp" line="224" />
            <source>Reading the sale's payments</source>
            <translation>读取该单的付款</translation>
        </message>
        <message>
            <location filename="../core/storage/MemberRepository.cpp" line="239" />
            <location filename="../core/storage/MemberRepository.cpp" line="249" />
            <location filename="../core/storage/MemberRepository.cpp" line="258" />
            <source>Reading the sale</source>
            <translation>读取收银单</translation>
        </message>
        <message>
            <location filename="../core/storage/MemberRepository.cpp" line="268" />
            <source>Reading counter sales</source>
            <translation>读取收银记录</translation>
        </message>
        <message>
            <location filename="../core/storage/MemberRepository.cpp" line="282" />
            <source>Writing the points ledger</source>
            <translation>写入积分流水</translation>
        </message>
        <message>
            <location filename="../core/storage/MemberRepository.cpp" line="292" />
            <location filename="../core/storage/MemberRepository.cpp" line="300" />
            <location filename="../core/storage/MemberRepository.cpp" line="308" />
            <location filename="../core/storage/MemberRepository.cpp" line="370" />
            <source>Reading the points ledger</source>
            <translation>读取积分流水</translation>
        </message>
        <message>
            <location filename="../core/storage/MemberRepository.cpp" line="321" />
            <source>Writing the stored-value ledger</source>
            <translation>写入储值流水</translation>
        </message>
        <message>
            <location filename="../core/storage/MemberRepository.cpp" line="331" />
            <location filename="../core/storage/MemberRepository.cpp" line="339" />
            <location filename="../core/storage/MemberRepository.cpp" line="350" />
            <source>Reading the stored-value ledger</source>
            <translation>读取储值流水</translation>
        </message>
        <message>
            <location filename="../core/storage/MemberRepository.cpp" line="359" />
            <source>Reading the customer's tier</source>
            <translation>读取客户等级</translation>
        </message>
        <message>
            <location filename="../core/storage/MemberRepository.cpp" line="379" />
            <source>Reading member codes</source>
            <translation>读取会员编号</translation>
        </message>
        <message>
            <location filename="../core/storage/MemberRepository.cpp" line="389" />
            <source>Giving the customer a member code</source>
            <translation>为客户分配会员编号</translation>
        </message>
        <message>
            <location filename="../core/storage/MemberRepository.cpp" line="399" />
            <source>Reading imported orders</source>
            <translation>读取导入的订单</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::storage::Migrations</name>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="288" />
            <source>Cannot read the schema version of %1.</source>
            <translation>无法读取 %1 的数据版本。</translation>
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="291" />
            <source>%1 was written by a newer version of Clientele (data version %2; this version understands up to %3). Update Clientele to open it; the file was not changed.</source>
            <translation>%1 由更新版本的 Clientele 写入（数据版本 %2；本版本最多支持 %3）。请升级 Clientele 后再打开；文件未被修改。</translation>
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="303" />
            <source>Reading the tables of %1</source>
            <translation>读取 %1 的数据表</translation>
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="307" />
            <source>%1 is not a Clientele database: it already holds other tables (%2, …) and no Clientele data version. Choose an empty database or a Clientele one; nothing was changed.</source>
            <translation>%1 不是 Clientele 数据库：其中已有其他数据表（%2 等），且没有 Clientele 数据版本。请选择一个空数据库或 Clientele 数据库；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="318" />
            <source>Cannot back up %1 before upgrading it; nothing was changed.</source>
            <translation>升级前无法备份 %1；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="339" />
            <source>Unknown schema step %1.</source>
            <translation>未知的数据升级步骤 %1。</translation>
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="43" />
            <source>Reading the tables of the shop</source>
            <translation>读取店铺的数据表</translation>
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="77" />
            <source>Storing the tier presets</source>
            <translation>保存等级预设</translation>
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="86" />
            <location filename="../core/storage/Migrations.cpp" line="104" />
            <location filename="../core/storage/Migrations.cpp" line="236" />
            <location filename="../core/storage/Migrations.cpp" line="255" />
            <source>Storing the care rules</source>
            <translation>保存关怀规则</translation>
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="114" />
            <source>Reading customer names</source>
            <translation>读取客户姓名</translation>
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="122" />
            <source>Storing the pinyin of customer names</source>
            <translation>保存客户姓名的拼音</translation>
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="128" />
            <source>Reading follow-ups</source>
            <translation>读取跟进任务</translation>
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="140" />
            <source>Storing the facts of follow-ups</source>
            <translation>保存跟进任务的依据</translation>
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="149" />
            <location filename="../core/storage/ProductQueries.cpp" line="250" />
            <source>Reading products</source>
            <translation>读取商品</translation>
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="156" />
            <source>Marking shipping, fee and discount lines</source>
            <translation>标记运费、手续费和优惠行</translation>
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="169" />
            <source>Reading the stores on file</source>
            <translation>读取已有的门店</translation>
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="178" />
            <source>Storing the store list</source>
            <translation>保存门店列表</translation>
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="193" />
            <source>Reading monthly figures</source>
            <translation>读取月度统计</translation>
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="219" />
            <source>Storing monthly figures</source>
            <translation>保存月度统计</translation>
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="259" />
            <source>Reading the care rules</source>
            <translation>读取关怀规则</translation>
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="270" />
            <source>Storing the automation rules</source>
            <translation>保存自动化规则</translation>
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="278" />
            <source>Recording what the care rules did</source>
            <translation>记录关怀规则已执行的内容</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::storage::MonthFigureQueries</name>
        <message>
            <location filename="../core/storage/MonthFigureQueries.cpp" line="55" />
            <source>Counting the month's figures of the stores</source>
            <translation>统计门店的本月数字</translation>
        </message>
        <message>
            <location filename="../core/storage/MonthFigureQueries.cpp" line="86" />
            <source>Counting tiers</source>
            <translation>统计等级</translation>
        </message>
        <message>
            <location filename="../core/storage/MonthFigureQueries.cpp" line="99" />
            <source>Counting orders per tier</source>
            <translation>按等级统计订单</translation>
        </message>
        <message>
            <location filename="../core/storage/MonthFigureQueries.cpp" line="116" />
            <source>Counting tiers per store</source>
            <translation>按门店统计等级</translation>
        </message>
        <message>
            <location filename="../core/storage/MonthFigureQueries.cpp" line="133" />
            <source>Counting customers at risk</source>
            <translation>统计流失风险客户</translation>
        </message>
        <message>
            <location filename="../core/storage/MonthFigureQueries.cpp" line="152" />
            <source>Counting follow-ups</source>
            <translation>统计跟进</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::storage::OrderLineRepository</name>
        <message>
            <location filename="../core/storage/OrderLineRepository.cpp" line="47" />
            <source>Reading product %1</source>
            <translation>读取商品 %1</translation>
        </message>
        <message>
            <location filename="../core/storage/OrderLineRepository.cpp" line="57" />
            <location filename="../core/storage/OrderLineRepository.cpp" line="72" />
            <source>Saving product %1</source>
            <translation>保存商品 %1</translation>
        </message>
        <message>
            <location filename="../core/storage/OrderLineRepository.cpp" line="93" />
            <source>Saving an order line</source>
            <translation>保存订单明细</translation>
        </message>
        <message>
            <location filename="../core/storage/OrderLineRepository.cpp" line="103" />
            <location filename="../core/storage/OrderLineRepository.cpp" line="116" />
            <location filename="../core/storage/OrderLineRepository.cpp" line="175" />
            <source>Reading order lines</source>
            <translation>读取订单明细</translation>
        </message>
        <message>
            <location filename="../core/storage/OrderLineRepository.cpp" line="130" />
            <location filename="../core/storage/OrderLineRepository.cpp" line="132" />
            <location filename="../core/storage/OrderLineRepository.cpp" line="187" />
            <source>Reading an order</source>
            <translation>读取订单</translation>
        </message>
        <message>
            <location filename="../core/storage/OrderLineRepository.cpp" line="157" />
            <source>Saving an order</source>
            <translation>保存订单</translation>
        </message>
        <message>
            <location filename="../core/storage/OrderLineRepository.cpp" line="165" />
            <source>Saving a refund</source>
            <translation>保存退款</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::storage::OrderRepository</name>
        <message>
            <location filename="../core/storage/OrderRepository.cpp" line="153" />
            <location filename="../core/storage/OrderRepository.cpp" line="200" />
            <source>Saving order %1</source>
            <translation>保存订单 %1</translation>
        </message>
        <message>
            <location filename="../core/storage/OrderRepository.cpp" line="167" />
            <source>Reading order %1</source>
            <translation>读取订单 %1</translation>
        </message>
        <message>
            <location filename="../core/storage/OrderRepository.cpp" line="232" />
            <location filename="../core/storage/OrderRepository.cpp" line="251" />
            <source>Saving orders</source>
            <translation>保存订单</translation>
        </message>
        <message>
            <location filename="../core/storage/OrderRepository.cpp" line="278" />
            <source>Reading orders</source>
            <translation>读取订单</translation>
        </message>
        <message>
            <location filename="../core/storage/OrderRepository.cpp" line="301" />
            <location filename="../core/storage/OrderRepository.cpp" line="310" />
            <source>Counting orders</source>
            <translation>统计订单</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::storage::PredictionRepository</name>
        <message>
            <location filename="../core/storage/PredictionRepository.cpp" line="43" />
            <location filename="../core/storage/PredictionRepository.cpp" line="60" />
            <location filename="../core/storage/PredictionRepository.cpp" line="71" />
            <location filename="../core/storage/PredictionRepository.cpp" line="83" />
            <location filename="../core/storage/PredictionRepository.cpp" line="94" />
            <source>Reading predictions</source>
            <translation>读取预测</translation>
        </message>
        <message>
            <location filename="../core/storage/PredictionRepository.cpp" line="114" />
            <source>The purchase models have not been fitted yet: run clientele-cli segment.</source>
            <translation>购买模型尚未拟合：请运行 clientele-cli segment。</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::storage::ProductQueries</name>
        <message>
            <location filename="../core/storage/ProductQueries.cpp" line="109" />
            <location filename="../core/storage/ProductQueries.cpp" line="132" />
            <location filename="../core/storage/ProductQueries.cpp" line="185" />
            <location filename="../core/storage/ProductQueries.cpp" line="196" />
            <location filename="../core/storage/ProductQueries.cpp" line="216" />
            <location filename="../core/storage/ProductQueries.cpp" line="288" />
            <source>Reading products</source>
            <translation>读取商品</translation>
        </message>
        <message>
            <location filename="../core/storage/ProductQueries.cpp" line="174" />
            <source>Saving the product's repurchase interval</source>
            <translation>保存商品的回购周期</translation>
        </message>
        <message>
            <location filename="../core/storage/ProductQueries.cpp" line="176" />
            <source>No product has the code %1.</source>
            <translation>没有编码为 %1 的商品。</translation>
        </message>
        <message>
            <location filename="../core/storage/ProductQueries.cpp" line="65" />
            <source>Reading the customer's products</source>
            <translation>读取客户购买的商品</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::storage::ReportListQueries</name>
        <message>
            <location filename="../core/storage/ReportListQueries.cpp" line="97" />
            <source>Counting tiers per month</source>
            <translation>按月统计等级</translation>
        </message>
        <message>
            <location filename="../core/storage/ReportListQueries.cpp" line="135" />
            <source>Listing the customers of a month's tier</source>
            <translation>列出某月某等级的客户</translation>
        </message>
        <message>
            <location filename="../core/storage/ReportListQueries.cpp" line="152" />
            <source>Listing the customers of a migration cell</source>
            <translation>列出某迁移格中的客户</translation>
        </message>
        <message>
            <location filename="../core/storage/ReportListQueries.cpp" line="28" />
            <source>Listing customers for the report</source>
            <translation>列出报告中的客户</translation>
        </message>
        <message>
            <location filename="../core/storage/ReportListQueries.cpp" line="41" />
            <source>Counting customers for the dashboard</source>
            <translation>为仪表盘统计客户</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::storage::SearchIndex</name>
        <message>
            <location filename="../core/storage/SearchIndex.cpp" line="23" />
            <source>Pausing the search index</source>
            <translation>暂停搜索索引</translation>
        </message>
        <message>
            <location filename="../core/storage/SearchIndex.cpp" line="29" />
            <source>Resuming the search index</source>
            <translation>恢复搜索索引</translation>
        </message>
        <message>
            <location filename="../core/storage/SearchIndex.cpp" line="43" />
            <source>Updating the search index</source>
            <translation>更新搜索索引</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::storage::SegmentationRepository</name>
        <message>
            <location filename="../core/storage/SegmentationRepository.cpp" line="53" />
            <location filename="../core/storage/SegmentationRepository.cpp" line="112" />
            <source>Reading the order history</source>
            <translation>读取订单历史</translation>
        </message>
        <message>
            <location filename="../core/storage/SegmentationRepository.cpp" line="137" />
            <location filename="../core/storage/SegmentationRepository.cpp" line="176" />
            <source>Reading tier rules</source>
            <translation>读取等级规则</translation>
        </message>
        <message>
            <location filename="../core/storage/SegmentationRepository.cpp" line="139" />
            <source>No %1 tier rules (version %2).</source>
            <translation>没有 %1 等级规则（版本 %2）。</translation>
        </message>
        <message>
            <location filename="../core/storage/SegmentationRepository.cpp" line="162" />
            <source>Saving tier rules</source>
            <translation>保存等级规则</translation>
        </message>
        <message>
            <location filename="../core/storage/SegmentationRepository.cpp" line="215" />
            <source>Saving segmentation results</source>
            <translation>保存分层结果</translation>
        </message>
        <message>
            <location filename="../core/storage/SegmentationRepository.cpp" line="266" />
            <location filename="../core/storage/SegmentationRepository.cpp" line="301" />
            <location filename="../core/storage/SegmentationRepository.cpp" line="591" />
            <source>Replacing the %1 snapshot</source>
            <translation>替换 %1 快照</translation>
        </message>
        <message>
            <location filename="../core/storage/SegmentationRepository.cpp" line="276" />
            <location filename="../core/storage/SegmentationRepository.cpp" line="309" />
            <source>Saving the %1 snapshot</source>
            <translation>保存 %1 快照</translation>
        </message>
        <message>
            <location filename="../core/storage/SegmentationRepository.cpp" line="336" />
            <source>Saving the figures of %1</source>
            <translation>保存 %1 的统计</translation>
        </message>
        <message>
            <location filename="../core/storage/SegmentationRepository.cpp" line="346" />
            <source>Reading the %1 snapshot</source>
            <translation>读取 %1 快照</translation>
        </message>
        <message>
            <location filename="../core/storage/SegmentationRepository.cpp" line="377" />
            <source>Listing months</source>
            <translation>列出月份</translation>
        </message>
        <message>
            <location filename="../core/storage/SegmentationRepository.cpp" line="388" />
            <source>Reading the last segmentation date</source>
            <translation>读取最近一次分层日期</translation>
        </message>
        <message>
            <location filename="../core/storage/SegmentationRepository.cpp" line="402" />
            <source>Counting tiers</source>
            <translation>统计等级</translation>
        </message>
        <message>
            <location filename="../core/storage/SegmentationRepository.cpp" line="423" />
            <source>Computing the tier migration</source>
            <translation>计算等级迁移</translation>
        </message>
        <message>
            <location filename="../core/storage/SegmentationRepository.cpp" line="436" />
            <source>Reading monthly figures</source>
            <translation>读取月度统计</translation>
        </message>
        <message>
            <location filename="../core/storage/SegmentationRepository.cpp" line="521" />
            <location filename="../core/storage/SegmentationRepository.cpp" line="540" />
            <location filename="../core/storage/SegmentationRepository.cpp" line="569" />
            <source>Reading segmentation results</source>
            <translation>读取分层结果</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::storage::ServerBackup</name>
        <message>
            <location filename="../core/storage/ServerBackup.cpp" line="43" />
            <source>pg_dump was not found (package postgresql-client-15); the server was not backed up.</source>
            <translation>找不到 pg_dump（软件包 postgresql-client-15）；服务器未备份。</translation>
        </message>
        <message>
            <location filename="../core/storage/ServerBackup.cpp" line="58" />
            <source>pg_dump of %1 failed: %2</source>
            <translation>备份 %1 时 pg_dump 失败：%2</translation>
        </message>
        <message>
            <location filename="../core/storage/ServerBackup.cpp" line="68" />
            <source>Cannot finish the backup %1.</source>
            <translation>无法完成备份 %1。</translation>
        </message>
        <message>
            <location filename="../core/storage/ServerBackup.cpp" line="76" />
            <source>pg_restore was not found (package postgresql-client-15).</source>
            <translation>找不到 pg_restore（软件包 postgresql-client-15）。</translation>
        </message>
        <message>
            <location filename="../core/storage/ServerBackup.cpp" line="80" />
            <source>The backup %1 cannot be read by pg_restore: %2</source>
            <translation>pg_restore 无法读取备份 %1：%2</translation>
        </message>
        <message>
            <location filename="../core/storage/ServerBackup.cpp" line="87" />
            <source>The backup %1 is empty.</source>
            <translation>备份 %1 是空的。</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::storage::ShopMover</name>
        <message>
            <location filename="../core/storage/ShopMover.cpp" line="197" />
            <source>%1 is at data version %2 and %3 at %4; open both with this version of Clientele first.</source>
            <translation>%1 的数据版本是 %2，%3 的是 %4；请先用此版本的 Clientele 分别打开两者。</translation>
        </message>
        <message>
            <location filename="../core/storage/ShopMover.cpp" line="211" />
            <source>%1 has no table %2.</source>
            <translation>%1 中没有数据表 %2。</translation>
        </message>
        <message>
            <location filename="../core/storage/ShopMover.cpp" line="231" />
            <source>%1 is not empty (table %2 has %3 rows): a shop is moved only into an empty database; nothing was changed.</source>
            <translation>%1 不是空的（数据表 %2 有 %3 行）：店铺只能迁移到空数据库；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../core/storage/ShopMover.cpp" line="252" />
            <source>%1 has no column %2.%3.</source>
            <translation>%1 中没有列 %2.%3。</translation>
        </message>
        <message>
            <location filename="../core/storage/ShopMover.cpp" line="266" />
            <source>The copy of %1 does not add up (%2: %3 here, %4 there); nothing was changed.</source>
            <translation>%1 的副本与原表不符（%2：原表 %3，副本 %4）；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../core/storage/ShopMover.cpp" line="271" />
            <source>The copy of %1 does not add up (%2 rows here, %3 there); nothing was changed.</source>
            <translation>%1 的副本与原表不符（原表 %2 行，副本 %3 行）；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../core/storage/ShopMover.cpp" line="40" />
            <source>Listing the tables of %1</source>
            <translation>列出 %1 的数据表</translation>
        </message>
        <message>
            <location filename="../core/storage/ShopMover.cpp" line="48" />
            <source>%1 has a table Clientele did not make: %2.</source>
            <translation>%1 中有一个不是 Clientele 创建的数据表：%2。</translation>
        </message>
        <message>
            <location filename="../core/storage/ShopMover.cpp" line="57" />
            <source>Reading the columns of %1</source>
            <translation>读取 %1 的列</translation>
        </message>
        <message>
            <location filename="../core/storage/ShopMover.cpp" line="69" />
            <source>Counting the rows of %1</source>
            <translation>统计 %1 的行数</translation>
        </message>
        <message>
            <location filename="../core/storage/ShopMover.cpp" line="79" />
            <source>Reading the foreign keys of %1</source>
            <translation>读取 %1 的外键</translation>
        </message>
        <message>
            <location filename="../core/storage/ShopMover.cpp" line="116" />
            <source>Checking the rows of %1</source>
            <translation>核对 %1 的行</translation>
        </message>
        <message>
            <location filename="../core/storage/ShopMover.cpp" line="141" />
            <location filename="../core/storage/ShopMover.cpp" line="161" />
            <source>Reading %1</source>
            <translation>读取 %1</translation>
        </message>
        <message>
            <location filename="../core/storage/ShopMover.cpp" line="150" />
            <source>Writing %1</source>
            <translation>写入 %1</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::storage::StoreRepository</name>
        <message>
            <location filename="../core/storage/StoreRepository.cpp" line="37" />
            <location filename="../core/storage/StoreRepository.cpp" line="53" />
            <location filename="../core/storage/StoreRepository.cpp" line="65" />
            <source>Reading the store list</source>
            <translation>读取门店列表</translation>
        </message>
        <message>
            <location filename="../core/storage/StoreRepository.cpp" line="78" />
            <source>Looking up a store</source>
            <translation>查找门店</translation>
        </message>
        <message>
            <location filename="../core/storage/StoreRepository.cpp" line="93" />
            <location filename="../core/storage/StoreRepository.cpp" line="166" />
            <source>Adding a store</source>
            <translation>添加门店</translation>
        </message>
        <message>
            <location filename="../core/storage/StoreRepository.cpp" line="96" />
            <source>There is already a store with the code %1.</source>
            <translation>已有编码为 %1 的门店。</translation>
        </message>
        <message>
            <location filename="../core/storage/StoreRepository.cpp" line="106" />
            <source>Changing a store</source>
            <translation>修改门店</translation>
        </message>
        <message>
            <location filename="../core/storage/StoreRepository.cpp" line="109" />
            <location filename="../core/storage/StoreRepository.cpp" line="142" />
            <source>There is no store with the code %1.</source>
            <translation>没有编码为 %1 的门店。</translation>
        </message>
        <message>
            <location filename="../core/storage/StoreRepository.cpp" line="122" />
            <source>Counting what names the store</source>
            <translation>统计引用该门店的记录</translation>
        </message>
        <message>
            <location filename="../core/storage/StoreRepository.cpp" line="133" />
            <source>Store %1 is named by %2 orders, sales or customers; a store with history stays on the list (rename it instead).</source>
            <translation>门店 %1 被 %2 条订单、销售或客户引用；有历史记录的门店会保留在列表中（可以改名）。</translation>
        </message>
        <message>
            <location filename="../core/storage/StoreRepository.cpp" line="139" />
            <source>Removing a store</source>
            <translation>删除门店</translation>
        </message>
        <message>
            <location filename="../core/storage/StoreRepository.cpp" line="156" />
            <source>Reading the stores of the import</source>
            <translation>读取本次导入的门店</translation>
        </message>
        <message>
            <location filename="../core/storage/StoreRepository.cpp" line="182" />
            <source>Taking back the stores of an import</source>
            <translation>撤回导入带来的门店</translation>
        </message>
        <message>
            <location filename="../core/storage/StoreRepository.cpp" line="197" />
            <source>Setting the home stores of customers</source>
            <translation>设置客户的归属门店</translation>
        </message>
        <message>
            <location filename="../core/storage/StoreRepository.cpp" line="223" />
            <location filename="../core/storage/StoreRepository.cpp" line="232" />
            <source>Setting the home store of a customer</source>
            <translation>设置客户的归属门店</translation>
        </message>
        <message>
            <location filename="../core/storage/StoreRepository.cpp" line="235" />
            <source>There is no customer #%1.</source>
            <translation>没有客户 #%1。</translation>
        </message>
        <message>
            <location filename="../core/storage/StoreRepository.cpp" line="243" />
            <source>Reading the home store of a customer</source>
            <translation>读取客户的归属门店</translation>
        </message>
        <message>
            <location filename="../core/storage/StoreRepository.cpp" line="252" />
            <source>Reading the store of this till</source>
            <translation>读取本收银机的门店</translation>
        </message>
        <message>
            <location filename="../core/storage/StoreRepository.cpp" line="264" />
            <source>Setting the store of this till</source>
            <translation>设置本收银机的门店</translation>
        </message>
        <message>
            <location filename="../core/storage/StoreRepository.cpp" line="271" />
            <source>Reading the stores of a user</source>
            <translation>读取用户的门店</translation>
        </message>
        <message>
            <location filename="../core/storage/StoreRepository.cpp" line="283" />
            <location filename="../core/storage/StoreRepository.cpp" line="289" />
            <source>Setting the stores of a user</source>
            <translation>设置用户的门店</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::storage::SurveyRepository</name>
        <message>
            <location filename="../core/storage/SurveyRepository.cpp" line="58" />
            <location filename="../core/storage/SurveyRepository.cpp" line="102" />
            <source>Reading survey answers</source>
            <translation>读取调查答复</translation>
        </message>
        <message>
            <location filename="../core/storage/SurveyRepository.cpp" line="74" />
            <source>Saving a survey answer</source>
            <translation>保存调查答复</translation>
        </message>
        <message>
            <location filename="../core/storage/SurveyRepository.cpp" line="114" />
            <location filename="../core/storage/SurveyRepository.cpp" line="134" />
            <source>Saving a reply code</source>
            <translation>保存回复码</translation>
        </message>
        <message>
            <location filename="../core/storage/SurveyRepository.cpp" line="123" />
            <source>Reading reply codes</source>
            <translation>读取回复码</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::storage::TicketRepository</name>
        <message>
            <location filename="../core/storage/TicketRepository.cpp" line="76" />
            <source>Saving a service ticket</source>
            <translation>保存服务工单</translation>
        </message>
        <message>
            <location filename="../core/storage/TicketRepository.cpp" line="92" />
            <source>Saving the history of ticket %1</source>
            <translation>保存工单 %1 的历史</translation>
        </message>
        <message>
            <location filename="../core/storage/TicketRepository.cpp" line="101" />
            <location filename="../core/storage/TicketRepository.cpp" line="114" />
            <source>Saving ticket %1</source>
            <translation>保存工单 %1</translation>
        </message>
        <message>
            <location filename="../core/storage/TicketRepository.cpp" line="122" />
            <source>Reading ticket %1</source>
            <translation>读取工单 %1</translation>
        </message>
        <message>
            <location filename="../core/storage/TicketRepository.cpp" line="124" />
            <source>There is no ticket %1.</source>
            <translation>没有工单 %1。</translation>
        </message>
        <message>
            <location filename="../core/storage/TicketRepository.cpp" line="140" />
            <location filename="../core/storage/TicketRepository.cpp" line="159" />
            <source>Reading service tickets</source>
            <translation>读取服务工单</translation>
        </message>
        <message>
            <location filename="../core/storage/TicketRepository.cpp" line="174" />
            <location filename="../core/storage/TicketRepository.cpp" line="184" />
            <source>Reading follow-ups</source>
            <translation>读取跟进任务</translation>
        </message>
        <message>
            <location filename="../core/storage/TicketRepository.cpp" line="202" />
            <source>Reading the history of service tickets</source>
            <translation>读取服务工单的历史</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::stores::StoreScope</name>
        <message>
            <location filename="../core/stores/StoreScope.cpp" line="64" />
            <source>The account %1 sees the figures of its stores only: %2.</source>
            <translation>账号 %1 只能查看其门店的数字：%2。</translation>
        </message>
        <message>
            <location filename="../core/stores/StoreScope.cpp" line="65" />
            <source>, </source>
            <translation>、</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::stores::StoreService</name>
        <message>
            <location filename="../core/stores/StoreService.cpp" line="52" />
            <source>A store needs a code (for example SH01).</source>
            <translation>门店需要一个编码（例如 SH01）。</translation>
        </message>
        <message>
            <location filename="../core/stores/StoreService.cpp" line="55" />
            <source>The store code "%1" is longer than %2 characters.</source>
            <translation>门店编码“%1”超过 %2 个字符。</translation>
        </message>
        <message>
            <location filename="../core/stores/StoreService.cpp" line="59" />
            <source>The store code "%1" has a space in it; use letters, digits, - or _.</source>
            <translation>门店编码“%1”中有空格；请使用字母、数字、- 或 _。</translation>
        </message>
        <message>
            <location filename="../core/stores/StoreService.cpp" line="107" />
            <source>There is no store "%1": the store list is empty. Add the store first.</source>
            <translation>没有门店“%1”：门店列表为空。请先添加门店。</translation>
        </message>
        <message>
            <location filename="../core/stores/StoreService.cpp" line="109" />
            <source>There is no store "%1". The stores are: %2.</source>
            <translation>没有门店“%1”。现有门店：%2。</translation>
        </message>
        <message>
            <location filename="../core/stores/StoreService.cpp" line="109" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../core/stores/StoreService.cpp" line="155" />
            <source>There is no user account "%1".</source>
            <translation>没有用户账户“%1”。</translation>
        </message>
        <message>
            <location filename="../core/stores/StoreService.cpp" line="44" />
            <source>Store %1 needs a name.</source>
            <translation>门店 %1 需要一个名称。</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::AgendaModel</name>
        <message>
            <location filename="../ui/calendar/AgendaModel.cpp" line="47" />
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../ui/calendar/AgendaModel.cpp" line="49" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/calendar/AgendaModel.cpp" line="51" />
            <source>Overdue %Ln day(s)</source>
            <translation>
                <numerusform>逾期 %Ln 天</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/calendar/AgendaModel.cpp" line="52" />
            <source>Due today</source>
            <translation>今天到期</translation>
        </message>
        <message>
            <location filename="../ui/calendar/AgendaModel.cpp" line="52" />
            <source>Open</source>
            <translation>待办</translation>
        </message>
        <message>
            <location filename="../ui/calendar/AgendaModel.cpp" line="74" />
            <source>Made by the care rule “%1”: %2</source>
            <translation>由关怀规则“%1”生成：%2</translation>
        </message>
        <message>
            <location filename="../ui/calendar/AgendaModel.cpp" line="78" />
            <source>Outcome: %1</source>
            <translation>结果：%1</translation>
        </message>
        <message>
            <location filename="../ui/calendar/AgendaModel.cpp" line="80" />
            <source>Drag onto a day of the month to move it.</source>
            <translation>拖到月历中的某一天即可改期。</translation>
        </message>
        <message>
            <location filename="../ui/calendar/AgendaModel.cpp" line="101" />
            <source>Due</source>
            <translation>到期</translation>
        </message>
        <message>
            <location filename="../ui/calendar/AgendaModel.cpp" line="102" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../ui/calendar/AgendaModel.cpp" line="103" />
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <location filename="../ui/calendar/AgendaModel.cpp" line="104" />
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../ui/calendar/AgendaModel.cpp" line="105" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::AudienceBuilder</name>
        <message>
            <location filename="../ui/campaigns/AudienceBuilder.cpp" line="54" />
            <source>Any tier</source>
            <translation>任意等级</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/AudienceBuilder.cpp" line="59" />
            <source>Any stage</source>
            <translation>任意阶段</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/AudienceBuilder.cpp" line="62" />
            <source>Any RFM segment</source>
            <translation>任意消费分群</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/AudienceBuilder.cpp" line="66" />
            <source>Any tag</source>
            <translation>任意标签</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/AudienceBuilder.cpp" line="70" />
            <source>Any city</source>
            <translation>任意城市</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/AudienceBuilder.cpp" line="77" />
            <location filename="../ui/campaigns/AudienceBuilder.cpp" line="81" />
            <location filename="../ui/campaigns/AudienceBuilder.cpp" line="85" />
            <source>any</source>
            <translation>不限</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/AudienceBuilder.cpp" line="79" />
            <source>Total spend of at least this much</source>
            <translation>累计消费不少于此金额</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/AudienceBuilder.cpp" line="83" />
            <source>The customers with the highest predicted 12-month value: the top share</source>
            <translation>预测 12 个月价值最高的顾客：取前百分之几</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/AudienceBuilder.cpp" line="87" />
            <source>Customers whose chance of still being a customer (P(alive)) is below this; customers without a prediction never match</source>
            <translation>仍活跃概率（仍是本店顾客的可能性）低于此值的顾客；没有预测的顾客不会入选</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/AudienceBuilder.cpp" line="100" />
            <source>Spent at &amp;least:</source>
            <translation>累计消费至少(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/AudienceBuilder.cpp" line="102" />
            <source>Predicted value, to&amp;p:</source>
            <translation>预测价值前(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/AudienceBuilder.cpp" line="104" />
            <source>P(alive) &amp;below:</source>
            <translation>仍活跃概率低于(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/AudienceBuilder.cpp" line="153" />
            <source>More conditions than these: see the audience as text.</source>
            <translation>还有以上未列出的条件：请查看文本形式的受众。</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::AuditLogDialog</name>
        <message>
            <location filename="../ui/dialogs/AuditLogDialog.cpp" line="25" />
            <source>Audit Log</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/AuditLogDialog.cpp" line="29" />
            <source>Everything</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/AuditLogDialog.cpp" line="34" />
            <source>Show:</source>
            <translation>显示：</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/AuditLogDialog.cpp" line="41" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/AuditLogDialog.cpp" line="41" />
            <source>Who</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/AuditLogDialog.cpp" line="41" />
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/AuditLogDialog.cpp" line="41" />
            <source>Subject</source>
            <translation>对象</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/AuditLogDialog.cpp" line="41" />
            <source>Detail</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/AuditLogDialog.cpp" line="74" />
            <source>✓ Intact: no entry was changed or removed.</source>
            <translation>✓ 完整：没有记录被修改或删除。</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/AuditLogDialog.cpp" line="77" />
            <source>⚠ Entry %1 was changed or removed outside Clientele.</source>
            <translation>⚠ 第 %1 条记录在 Clientele 之外被修改或删除。</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::AutomationDialog</name>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="66" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="78" />
            <location filename="../ui/automation/AutomationDialog.cpp" line="235" />
            <location filename="../ui/automation/AutomationDialog.cpp" line="352" />
            <source>Automation</source>
            <translation>自动化</translation>
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="82" />
            <source>Each rule waits for a trigger, checks its conditions and then acts for the customer — once per event. The care rules (birthdays, revisits, win-back …) are rules here too. Rules run after each recalculation and once a day when Clientele starts.</source>
            <translation>每条规则等待触发条件，检查筛选条件，然后为客户执行动作——每个事件只执行一次。关怀规则（生日、回访、挽回……）也是这里的规则。规则在每次重新计算后以及每天启动 Clientele 时运行。</translation>
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="94" />
            <source>On</source>
            <translation>开启</translation>
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="94" />
            <source>Rule</source>
            <translation>规则</translation>
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="94" />
            <source>Trigger → action</source>
            <translation>触发条件 → 动作</translation>
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="96" />
            <source>Ne&amp;w Rule</source>
            <translation>新建规则(&amp;W)</translation>
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="111" />
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="119" />
            <source>&amp;Trigger:</source>
            <translation>触发条件(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="122" />
            <source>Trigger settings:</source>
            <translation>触发设置：</translation>
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="125" />
            <source>Conditions:</source>
            <translation>条件：</translation>
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="133" />
            <source>&amp;Action:</source>
            <translation>动作(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="136" />
            <source>Action settings:</source>
            <translation>动作设置：</translation>
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="137" />
            <source>A follow-up's title and message may use {name} for the customer's name.</source>
            <translation>跟进的标题和消息可用 {name} 代表客户姓名。</translation>
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="141" />
            <source>&amp;Save Rule</source>
            <translation>保存规则(&amp;S)</translation>
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="144" />
            <source>&amp;Dry Run</source>
            <translation>试运行(&amp;D)</translation>
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="154" />
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="154" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="154" />
            <source>Action</source>
            <translation>动作</translation>
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="154" />
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="163" />
            <source>At most</source>
            <translation>每天最多</translation>
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="167" />
            <source>no limit</source>
            <translation>不限</translation>
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="171" />
            <source>actions per day</source>
            <translation>个动作</translation>
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="172" />
            <source>Save &amp;Limit</source>
            <translation>保存上限(&amp;L)</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/automation/AutomationDialog.cpp" line="264" />
            <source>Last run %1: %Ln action(s) over the limit wait for the next day.</source>
            <translation>
                <numerusform>上次运行 %1：超出上限的 %Ln 个动作顺延到第二天。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="266" />
            <source>The rules have not run yet.</source>
            <translation>规则尚未运行。</translation>
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="301" />
            <source>New rule</source>
            <translation>新规则</translation>
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="352" />
            <source>Discard your changes to this rule?</source>
            <translation>放弃对这条规则的修改吗？</translation>
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="371" />
            <location filename="../ui/automation/AutomationDialog.cpp" line="385" />
            <location filename="../ui/automation/AutomationDialog.cpp" line="408" />
            <source>Rule Not Saved</source>
            <translation>规则未保存</translation>
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="415" />
            <source>Saved. A new rule starts switched off: look at its dry run, then switch it on.</source>
            <translation>已保存。新规则默认关闭：先看试运行结果，再开启。</translation>
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="416" />
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="426" />
            <source>Dry Run</source>
            <translation>试运行</translation>
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="431" />
            <source>This rule cannot run: %1.</source>
            <translation>此规则无法运行：%1。</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/automation/AutomationDialog.cpp" line="435" />
            <source>Between %1 and %2 this rule would act %Ln time(s); nothing has been saved.</source>
            <translation>
                <numerusform>在 %1 到 %2 之间，此规则会执行 %Ln 次；没有保存任何内容。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/automation/AutomationDialog.cpp" line="438" />
            <source>%Ln event(s) it acted on before are left alone.</source>
            <translation>
                <numerusform>之前已处理的 %Ln 个事件不会重复处理。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="441" />
            <source>Only events due by today are listed: this action is taken on the day its event comes (only follow-ups are planned ahead).</source>
            <translation>只列出截至今天到期的事件：此动作在事件当天执行（只有跟进会提前安排）。</translation>
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="458" />
            <source>Limit Not Saved</source>
            <translation>上限未保存</translation>
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="463" />
            <source>The rules take at most %1 actions a day; the rest wait for the next day.</source>
            <translation>规则每天最多执行 %1 个动作；其余顺延到第二天。</translation>
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="465" />
            <source>The rules take every action they call for.</source>
            <translation>规则会执行所有应执行的动作。</translation>
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="474" />
            <source>Rule Not Changed</source>
            <translation>规则未更改</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::CampaignDialog</name>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="37" />
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="266" />
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="272" />
            <source>New Campaign</source>
            <translation>新建营销活动</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="41" />
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="46" />
            <source>&amp;Audience:</source>
            <translation>受众(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="49" />
            <source>Save &amp;Filter…</source>
            <translation>保存筛选条件(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="54" />
            <source>Sa&amp;ved filters:</source>
            <translation>已保存的筛选条件(&amp;V)：</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="61" />
            <source>Keys: stage, tier, segment, tag, city, search, clv_top, p_alive_below, spend_min, bought, never_bought, bought_category, never_bought_category, within_days; joined with ;</source>
            <translation>可用的键：stage, tier, segment, tag, city, search, clv_top, p_alive_below, spend_min, bought, never_bought, bought_category, never_bought_category, within_days；用 ; 连接</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="65" />
            <source>Show as &amp;Text (Advanced)</source>
            <translation>以文本显示（高级）(&amp;T)</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="69" />
            <source>As te&amp;xt:</source>
            <translation>文本(&amp;X)：</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="82" />
            <source>&amp;Hold-out:</source>
            <translation>对照组(&amp;H)：</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="92" />
            <source>The same seed draws the same hold-out from the same audience.</source>
            <translation>同样的种子从同样的目标客户中抽出同样的对照组。</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="93" />
            <source>&amp;Seed:</source>
            <translation>随机种子(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="97" />
            <source>{name}, placeholders: {name} {tier} {points} {balance} {coupon} {birthday} {store}</source>
            <translation>{name}，占位符：{name} {tier} {points} {balance} {coupon} {birthday} {store}</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="99" />
            <source>&amp;Message:</source>
            <translation>消息(&amp;M)：</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="104" />
            <source>Preview:</source>
            <translation>预览：</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="108" />
            <source>Checks:</source>
            <translation>检查：</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="112" />
            <source>(no coupon)</source>
            <translation>（不发优惠券）</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="116" />
            <source>One coupon per contacted customer, issued when the message leaves Clientele (export, Copy Message) or at the latest when the customer is marked contacted; never to the hold-out. {coupon} in the message is its code.</source>
            <translation>联系组每位客户一张，在消息离开 Clientele 时（导出、复制消息）发放，最迟在标记该客户已联系时发放；对照组永远不发。消息中的 {coupon} 就是券码。</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="119" />
            <source>C&amp;oupon:</source>
            <translation>优惠券(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="124" />
            <source> days</source>
            <translation> 天内</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="125" />
            <source>&amp;Results window:</source>
            <translation>观察期(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="128" />
            <source>Cr&amp;eate Campaign</source>
            <translation>创建营销活动(&amp;E)</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="173" />
            <source>The new campaign has not been created.</source>
            <translation>新的营销活动还没有创建。</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="174" />
            <source>Discard this campaign?</source>
            <translation>放弃这个营销活动吗？</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="182" />
            <source>(pick a saved filter)</source>
            <translation>（选择已保存的筛选条件）</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="191" />
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="196" />
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="200" />
            <source>Save Filter</source>
            <translation>保存筛选条件</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="191" />
            <source>Name of the filter:</source>
            <translation>筛选条件名称：</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="214" />
            <source>%Ln customer(s): %1 to contact, %2 held out.</source>
            <translation>
                <numerusform>%Ln 位客户：联系 %1 位，对照组 %2 位。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="245" />
            <source>(nobody to preview)</source>
            <translation>（没有可预览的客户）</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="266" />
            <source>Create the campaign anyway?</source>
            <translation>仍然创建这个营销活动吗？</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::CampaignsPage</name>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="47" />
            <source>Campaign</source>
            <translation>营销活动</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="47" />
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="245" />
            <source>Contact group</source>
            <translation>联系组</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="47" />
            <source>Marked contacted</source>
            <translation>已标记联系</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="47" />
            <source>Held out</source>
            <translation>对照组</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="48" />
            <source>Contact date</source>
            <translation>联系日期</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="48" />
            <source>Conversion lift</source>
            <translation>转化提升</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="58" />
            <source>New Campaign…</source>
            <translation>新建营销活动…</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="60" />
            <source>Export Contact List…</source>
            <translation>导出联系名单…</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="62" />
            <source>Work Through…</source>
            <translation>逐个联系…</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="64" />
            <source>Mark All Contacted…</source>
            <translation>全部标记为已联系…</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="87" />
            <source>&amp;New Campaign…</source>
            <translation>新建营销活动(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="88" />
            <source>&amp;Export Contact List…</source>
            <translation>导出联系名单(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="89" />
            <source>&amp;Work Through Contact List…</source>
            <translation>逐个联系(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="90" />
            <source>&amp;Mark All Contacted…</source>
            <translation>全部标记为已联系(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="110" />
            <source>Campaigns</source>
            <translation>营销活动</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="115" />
            <source>Ca&amp;mpaigns</source>
            <comment>View menu</comment>
            <translation>营销活动(&amp;M)</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="120" />
            <source>Ca&amp;mpaigns</source>
            <translation>营销活动(&amp;M)</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="169" />
            <source>not yet</source>
            <translation>尚未联系</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="200" />
            <source>No campaign yet. A campaign sends a message to an audience and keeps a random share of it aside, so its real effect shows. Start with New Campaign.</source>
            <translation>还没有营销活动。营销活动向目标客户发送消息，并随机留出一部分不发，这样才能看出消息的真实效果。请从“新建营销活动”开始。</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="214" />
            <source>Audience: %1 · hold-out %2% (seed %3) · window %4 days</source>
            <translation>目标客户：%1 · 对照组 %2%（种子 %3）· 观察期 %4 天</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="227" />
            <source>Coupon for the contacted group: %1 (%2 issued)</source>
            <translation>联系组的优惠券：%1（已发 %2 张）</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="233" />
            <source>Purchases from %1 to %2</source>
            <translation>%1 至 %2 的购买</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="235" />
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="236" />
            <source>Buyers</source>
            <translation>购买人数</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="236" />
            <source>Conversion</source>
            <translation>转化率</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="236" />
            <source>Revenue</source>
            <translation>收入</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="237" />
            <source>Revenue per customer</source>
            <translation>人均金额</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="246" />
            <source>Hold-out</source>
            <translation>对照组</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="250" />
            <source>Conversion lift %1, 95% interval %2 points (unpooled Wald). Revenue per customer lift %3, 95% interval %4 to %5 (Welch).</source>
            <translation>转化提升 %1，95% 区间 %2 个百分点（非合并 Wald 区间）。人均金额提升 %3，95% 区间 %4 至 %5（Welch 区间）。</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="290" />
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="296" />
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="303" />
            <source>Export Contact List</source>
            <translation>导出联系名单</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="291" />
            <source>The message has problems:
%1

Export anyway?</source>
            <translation>消息有问题：
%1

仍然导出？</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="297" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="306" />
            <source>Contact list of “%1” saved to %2.</source>
            <translation>“%1”的联系名单已保存到 %2。</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="339" />
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="358" />
            <source>Mark All Contacted</source>
            <translation>全部标记为已联系</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="346" />
            <source>Everyone in the contacted group was sent the message on:</source>
            <translation>联系组的所有客户收到消息的日期：</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::CardsCouponsPanel</name>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="66" />
            <source>Visit cards</source>
            <translation>次卡</translation>
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="69" />
            <source>Card</source>
            <translation>卡号</translation>
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="69" />
            <source>Plan</source>
            <translation>方案</translation>
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="69" />
            <source>Uses left</source>
            <translation>剩余次数</translation>
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="69" />
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="85" />
            <source>Valid until</source>
            <translation>有效期至</translation>
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="69" />
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="85" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="72" />
            <source>Record a &amp;Use…</source>
            <translation>核销一次(&amp;U)…</translation>
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="74" />
            <source>&amp;Sell a Card…</source>
            <translation>售卡(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="82" />
            <source>Coupons</source>
            <translation>优惠券</translation>
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="85" />
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="85" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="88" />
            <source>&amp;Issue a Coupon…</source>
            <translation>发券(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="90" />
            <source>&amp;Plans &amp;&amp; Coupon Types…</source>
            <translation>次卡方案和券类型(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="114" />
            <source>Usable</source>
            <translation>可用</translation>
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="116" />
            <source>Expired</source>
            <translation>已过期</translation>
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="118" />
            <source>Used up</source>
            <translation>已用完</translation>
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="120" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="121" />
            <source>%1 of %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="136" />
            <source>Used on %1 (%2 off)</source>
            <translation>已于 %1 使用（抵扣 %2）</translation>
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="166" />
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="178" />
            <source>Visit Card</source>
            <translation>次卡</translation>
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="169" />
            <source>Record a Use</source>
            <translation>核销次卡</translation>
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="170" />
            <source>Record one use of card %1 (%2) today? %3 of %4 uses will be left.</source>
            <translation>今天核销次卡 %1（%2）一次？核销后剩余 %3 次（共 %4 次）。</translation>
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="192" />
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="204" />
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="222" />
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="238" />
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="242" />
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="254" />
            <source>Sell a Card</source>
            <translation>售卡</translation>
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="193" />
            <source>There are no visit-card plans yet. Add one under Plans &amp; Coupon Types.</source>
            <translation>还没有次卡方案。请在“次卡方案和券类型”中添加。</translation>
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="198" />
            <source>%1 — %2 uses, %3, %4 months</source>
            <translation>%1 — %2 次，%3，%4 个月</translation>
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="204" />
            <source>Plan (the price is recorded as a sale):</source>
            <translation>方案（售价记为一笔消费）：</translation>
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="219" />
            <source>Stored value (balance %1)</source>
            <translation>储值（余额 %1）</translation>
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="223" />
            <source>%1 for %2 — paid by:</source>
            <translation>%1，%2 —— 付款方式：</translation>
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="243" />
            <source>Stored value pays %1; the other %2 paid by:</source>
            <translation>储值支付 %1；其余 %2 的支付方式：</translation>
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="268" />
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="276" />
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="284" />
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="288" />
            <source>Issue a Coupon</source>
            <translation>发券</translation>
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="269" />
            <source>There are no coupon types yet. Add one under Plans &amp; Coupon Types.</source>
            <translation>还没有优惠券类型。请在“次卡方案和券类型”中添加。</translation>
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="274" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="276" />
            <source>Coupon type:</source>
            <translation>优惠券类型：</translation>
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="289" />
            <source>This customer already holds as many coupons of this type as one customer may.</source>
            <translation>该顾客持有的此类优惠券已达每人上限。</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::CarePlanDialog</name>
        <message>
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="48" />
            <source>Run Care Rules</source>
            <translation>运行关怀规则</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="60" />
            <source>no limit</source>
            <translation>不限</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="62" />
            <source>Tasks beyond this many on one day move to the next day with room. 0: no limit.</source>
            <translation>同一天超出此数的任务顺延到下一个有空位的日子。0 表示不限。</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="63" />
            <source>Move &amp;Sunday tasks to Monday</source>
            <translation>周日的任务移到周一(&amp;S)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="66" />
            <source>At most new care &amp;tasks per day:</source>
            <translation>每天最多新增关怀任务(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="77" />
            <source>Only the owner may change the daily limit.</source>
            <translation>只有店主可以修改每日上限。</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="80" />
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="85" />
            <source>Rule</source>
            <translation>规则</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="80" />
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="81" />
            <source>New tasks</source>
            <translation>新任务</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="81" />
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="85" />
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="85" />
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="85" />
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="112" />
            <source>The care rules call for %Ln follow-up(s) between %1 and %2.</source>
            <translation>
                <numerusform>关怀规则在 %1 至 %2 之间需要 %Ln 个跟进任务。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="114" />
            <source>New, to be created: %Ln. Nothing is saved until you press Create.</source>
            <translation>
                <numerusform>其中新任务 %Ln 个，将会创建；按“创建”之前不会保存任何内容。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="116" />
            <source>%Ln exist from an earlier run and are not made again.</source>
            <translation>
                <numerusform>%Ln 个在之前运行时已创建，不会重复创建。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="118" />
            <source>%Ln move to a later day because of the daily limit or Sundays.</source>
            <translation>
                <numerusform>%Ln 个因每日上限或周日顺延到之后的日子。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="142" />
            <source>%1 (rule: %2)</source>
            <translation>%1（规则日期：%2）</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="143" />
            <source>Moved from %1 by the daily limit</source>
            <translation>因每日上限从 %1 顺延</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="154" />
            <source>&amp;Create %Ln Follow-up(s)</source>
            <translation>
                <numerusform>创建 %Ln 个跟进任务(&amp;C)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::CompleteFollowUpDialog</name>
        <message>
            <location filename="../ui/dialogs/CompleteFollowUpDialog.cpp" line="25" />
            <source>Follow-up Done</source>
            <translation>完成跟进</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CompleteFollowUpDialog.cpp" line="27" />
            <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CompleteFollowUpDialog.cpp" line="37" />
            <source>What came of it, e.g. “Will come on Saturday for a fitting”</source>
            <translation>结果如何，例如“周六来店试衣”</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CompleteFollowUpDialog.cpp" line="40" />
            <source>&amp;Outcome:</source>
            <translation>结果(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CompleteFollowUpDialog.cpp" line="42" />
            <source>&amp;Book the next follow-up</source>
            <translation>预约下一次跟进(&amp;B)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CompleteFollowUpDialog.cpp" line="49" />
            <source>Revisit: %1</source>
            <translation>回访：%1</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CompleteFollowUpDialog.cpp" line="52" />
            <source>On:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CompleteFollowUpDialog.cpp" line="53" />
            <source>What to do:</source>
            <translation>要做什么：</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CompleteFollowUpDialog.cpp" line="62" />
            <source>Mark &amp;Done</source>
            <translation>标记完成(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::ConditionList</name>
        <message>
            <location filename="../ui/automation/ConditionList.cpp" line="34" />
            <source>None: the rule acts for every customer its trigger finds (greetings and other messages only for customers who agreed to marketing).</source>
            <translation>无：规则对触发找到的每位客户都执行（问候等消息只发给同意营销的客户）。</translation>
        </message>
        <message>
            <location filename="../ui/automation/ConditionList.cpp" line="40" />
            <source>Add Cond&amp;ition</source>
            <translation>添加条件(&amp;I)</translation>
        </message>
        <message>
            <location filename="../ui/automation/ConditionList.cpp" line="82" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../ui/automation/ConditionList.cpp" line="140" />
            <source>The condition "%1" sets nothing (nothing ticked, typed or entered): set it, or remove the condition.</source>
            <translation>条件“%1”什么都没有设置（没有勾选、输入或填写）：请设置它，或移除这个条件。</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::ConnectServerDialog</name>
        <message>
            <location filename="../ui/server/ConnectServerDialog.cpp" line="29" />
            <source>Connect to Shop Server</source>
            <translation>连接门店服务器</translation>
        </message>
        <message>
            <location filename="../ui/server/ConnectServerDialog.cpp" line="31" />
            <source>The shop's data on a PostgreSQL server that all stores and tills share. An empty database gets its tables on the first connection.</source>
            <translation>店铺数据存放在所有门店和收银台共用的 PostgreSQL 服务器上。空数据库会在第一次连接时建好数据表。</translation>
        </message>
        <message>
            <location filename="../ui/server/ConnectServerDialog.cpp" line="41" />
            <source>for example shop-server or 192.168.1.10</source>
            <translation>例如 shop-server 或 192.168.1.10</translation>
        </message>
        <message>
            <location filename="../ui/server/ConnectServerDialog.cpp" line="55" />
            <source>Use it when the server offers it</source>
            <translation>服务器支持时使用</translation>
        </message>
        <message>
            <location filename="../ui/server/ConnectServerDialog.cpp" line="56" />
            <source>Required (refuse a server without it)</source>
            <translation>必须使用（拒绝不支持的服务器）</translation>
        </message>
        <message>
            <location filename="../ui/server/ConnectServerDialog.cpp" line="58" />
            <source>&amp;Remember the password on this computer</source>
            <translation>在这台电脑上记住密码(&amp;R)</translation>
        </message>
        <message>
            <location filename="../ui/server/ConnectServerDialog.cpp" line="72" />
            <source>&amp;Server:</source>
            <translation>服务器(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../ui/server/ConnectServerDialog.cpp" line="73" />
            <source>P&amp;ort:</source>
            <translation>端口(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../ui/server/ConnectServerDialog.cpp" line="74" />
            <source>&amp;Database:</source>
            <translation>数据库(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../ui/server/ConnectServerDialog.cpp" line="75" />
            <source>&amp;User:</source>
            <translation>用户(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../ui/server/ConnectServerDialog.cpp" line="76" />
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../ui/server/ConnectServerDialog.cpp" line="77" />
            <source>&amp;TLS encryption:</source>
            <translation>TLS 加密(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../ui/server/ConnectServerDialog.cpp" line="83" />
            <source>&amp;Connect</source>
            <translation>连接(&amp;C)</translation>
        </message>
        <message>
            <location filename="../ui/server/ConnectServerDialog.cpp" line="125" />
            <source>Enter the server's name or address.</source>
            <translation>请输入服务器的名称或地址。</translation>
        </message>
        <message>
            <location filename="../ui/server/ConnectServerDialog.cpp" line="126" />
            <source>Enter the name of the shop's database on the server.</source>
            <translation>请输入店铺在服务器上的数据库名称。</translation>
        </message>
        <message>
            <location filename="../ui/server/ConnectServerDialog.cpp" line="127" />
            <source>Enter the user name for the server.</source>
            <translation>请输入服务器的用户名。</translation>
        </message>
        <message>
            <location filename="../ui/server/ConnectServerDialog.cpp" line="135" />
            <source>Connecting to %1…</source>
            <translation>正在连接 %1…</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::ContactPanel</name>
        <message>
            <location filename="../ui/calendar/ContactPanel.cpp" line="30" />
            <source>Show Number</source>
            <translation>显示号码</translation>
        </message>
        <message>
            <location filename="../ui/calendar/ContactPanel.cpp" line="32" />
            <source>Show the full number (recorded in the audit log)</source>
            <translation>显示完整号码（记入审计日志）</translation>
        </message>
        <message>
            <location filename="../ui/calendar/ContactPanel.cpp" line="36" />
            <source>A suggested message for this follow-up; change it as you like before copying.</source>
            <translation>为此跟进建议的消息；复制前可随意修改。</translation>
        </message>
        <message>
            <location filename="../ui/calendar/ContactPanel.cpp" line="37" />
            <source>Cop&amp;y Message</source>
            <translation>复制消息(&amp;Y)</translation>
        </message>
        <message>
            <location filename="../ui/calendar/ContactPanel.cpp" line="39" />
            <source>Copy the message to paste it into WeChat or a text message</source>
            <translation>复制消息，粘贴到微信或短信中</translation>
        </message>
        <message>
            <location filename="../ui/calendar/ContactPanel.cpp" line="40" />
            <source>Phone:</source>
            <translation>手机：</translation>
        </message>
        <message>
            <location filename="../ui/calendar/ContactPanel.cpp" line="46" />
            <source>Message:</source>
            <translation>消息：</translation>
        </message>
        <message>
            <location filename="../ui/calendar/ContactPanel.cpp" line="63" />
            <source>no phone number</source>
            <translation>没有手机号</translation>
        </message>
        <message>
            <location filename="../ui/calendar/ContactPanel.cpp" line="76" />
            <source>Choose one follow-up to see how to reach the customer.</source>
            <translation>选择一个跟进任务，查看如何联系该客户。</translation>
        </message>
        <message>
            <location filename="../ui/calendar/ContactPanel.cpp" line="97" />
            <source>follow-up</source>
            <translation>跟进任务</translation>
        </message>
        <message>
            <location filename="../ui/calendar/ContactPanel.cpp" line="99" />
            <source>Phone Number</source>
            <translation>手机号</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::CounterPage</name>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="71" />
            <source>Member</source>
            <translation>会员</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="76" />
            <source>New member…</source>
            <translation>新会员…</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="89" />
            <source>Ring up</source>
            <translation>开单</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="93" />
            <source>e.g. 128.50</source>
            <translation>例如 128.50</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="94" />
            <source>&amp;Amount (¥):</source>
            <translation>金额（¥）(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="100" />
            <source>Add paym&amp;ent</source>
            <translation>添加付款方式(&amp;E)</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="102" />
            <source>Split the sale: each payment gets its amount; one left empty takes the rest.</source>
            <translation>分开付款：每种方式填写金额；留空的一项支付剩余部分。</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="105" />
            <source>&amp;Paid by:</source>
            <translation>支付方式(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="115" />
            <source>C&amp;oupon:</source>
            <translation>优惠券(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="120" />
            <source>&amp;Redeem points:</source>
            <translation>积分抵扣(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="123" />
            <source>0, an amount, or "all"</source>
            <translation>0、金额或“全部”</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="124" />
            <source>From store&amp;d value (¥):</source>
            <translation>储值支付（¥）(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="132" />
            <source>Confirm sale (%1)</source>
            <translation>确认开单（%1）</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="139" />
            <source>Top up stored value</source>
            <translation>储值充值</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="143" />
            <source>Amou&amp;nt (¥):</source>
            <translation>充值金额（¥）(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="148" />
            <source>Paid b&amp;y:</source>
            <translation>支付方式(&amp;Y)：</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="155" />
            <source>Top up (%1)</source>
            <translation>充值（%1）</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="162" />
            <source>Receipt paper:</source>
            <translation>小票纸张：</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="165" />
            <source>58 mm roll</source>
            <translation>58 毫米小票</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="166" />
            <source>80 mm roll</source>
            <translation>80 毫米小票</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="167" />
            <source>A5</source>
            <translation>A5</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="189" />
            <source>&amp;Find Member</source>
            <translation>查找会员(&amp;F)</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="196" />
            <source>&amp;New Member…</source>
            <translation>新会员(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="197" />
            <source>&amp;Confirm Sale</source>
            <translation>确认开单(&amp;C)</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="198" />
            <source>&amp;Top Up</source>
            <translation>充值(&amp;T)</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="204" />
            <source>&amp;Print Receipt…</source>
            <translation>打印小票(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="206" />
            <source>&amp;Save Receipt as PDF…</source>
            <translation>小票另存为 PDF(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="207" />
            <source>&amp;Refund or Void a Sale…</source>
            <translation>退款或作废单据(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="210" />
            <source>Choose This Till's St&amp;ore…</source>
            <translation>选择本收银台的门店(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="282" />
            <source>the rest</source>
            <translation>剩余部分</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="283" />
            <source>The amount paid this way (¥); empty: whatever is left to pay.</source>
            <translation>以此方式支付的金额（¥）；留空：支付剩余部分。</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="287" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="289" />
            <source>Remove this payment</source>
            <translation>移除这项付款</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="324" />
            <source>Counter</source>
            <translation>收银台</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="329" />
            <source>Coun&amp;ter</source>
            <comment>View menu</comment>
            <translation>收银台(&amp;T)</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="334" />
            <source>Co&amp;unter</source>
            <translation>收银台(&amp;U)</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="367" />
            <source>This shop is open read-only; nothing can be rung up here.</source>
            <translation>此店铺以只读方式打开，不能在这里开单。</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="394" />
            <source>Find a member by phone, member code, name or pinyin (%1), or enrol a new one (%2).</source>
            <translation>按手机号、会员编号、姓名或拼音查找会员（%1），或新建会员（%2）。</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="406" />
            <source>This customer no longer exists.</source>
            <translation>该客户已不存在。</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="422" />
            <source>(no member code yet)</source>
            <translation>（尚无会员编号）</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="423" />
            <source>points ×%1</source>
            <translation>积分 ×%1</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="425" />
            <source>, %1% off</source>
            <translation>，优惠 %1%</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="426" />
            <source>Tier: %1 (%2)</source>
            <translation>等级：%1（%2）</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="427" />
            <source>not yet tiered</source>
            <translation>尚未分级</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="430" />
            <source>Points: %1 (worth %2)</source>
            <translation>积分：%1（价值 %2）</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="435" />
            <source>%1 points expire within %2 days</source>
            <translation>%1 积分将在 %2 天内过期</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="437" />
            <source>Stored value: %1 (principal %2, bonus %3)</source>
            <translation>储值：%1（本金 %2，赠送 %3）</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="442" />
            <source>Birthday this month (%1)</source>
            <translation>本月生日（%1）</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="444" />
            <source>Today is member day: points ×2</source>
            <translation>今天是会员日：积分 ×2</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="448" />
            <source>Open follow-up: %1 (due %2)</source>
            <translation>待办回访：%1（%2 到期）</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="456" />
            <source>Visit card %1 %2: %3 of %4 uses left, until %5</source>
            <translation>次卡 %1 %2：剩余 %3 / %4 次，有效期至 %5</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/counter/CounterPage.cpp" line="468" />
            <source>%Ln coupon(s) to use</source>
            <translation>
                <numerusform>%Ln 张优惠券可用</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="481" />
            <source>(no coupons)</source>
            <translation>（无优惠券）</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="481" />
            <source>(none)</source>
            <translation>（不使用）</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="484" />
            <source>%1 %2, until %3</source>
            <translation>%1 %2，有效期至 %3</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="507" />
            <location filename="../ui/counter/CounterPage.cpp" line="521" />
            <source>all</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="519" />
            <source>"%1" is not an amount: type the sale's amount in yuan, like 128.50.</source>
            <translation>“%1”不是金额：请输入本单金额（元），如 128.50。</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="522" />
            <source>"%1" is not an amount: type how much to pay from stored value, like 50, or "all".</source>
            <translation>“%1”不是金额：请输入从储值支付的金额，如 50，或“全部”。</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="525" />
            <source>"%1" is not an amount: type what is paid by %2, like 50, or leave it empty for the rest.</source>
            <translation>“%1”不是金额：请输入以%2支付的金额，如 50，或留空支付剩余部分。</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="536" />
            <source>Type the amount; the result shows here before you confirm.</source>
            <translation>输入金额；确认前会在这里显示结算结果。</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="561" />
            <source>%1 more than is due</source>
            <translation>比应付多 %1</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="562" />
            <source>the rest, %1, by %2</source>
            <translation>剩余 %1 以%2支付</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="563" />
            <source>adds up</source>
            <translation>金额已对齐</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="564" />
            <source>%1 still to pay</source>
            <translation>还需支付 %1</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="573" />
            <source>tier discount %1</source>
            <translation>等级折扣 %1</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="575" />
            <source>coupon %1 takes %2 off</source>
            <translation>优惠券 %1 减 %2</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="577" />
            <source>hand over %1 free</source>
            <translation>赠送 %1</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="579" />
            <source>%1 points = %2</source>
            <translation>%1 积分 = %2</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="581" />
            <source>stored value %1 (principal %2, bonus %3)</source>
            <translation>储值 %1（本金 %2，赠送 %3）</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="585" />
            <location filename="../ui/counter/CounterPage.cpp" line="588" />
            <source>%1 to pay by %2</source>
            <translation>%2 支付 %1</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="589" />
            <source>Due %1: %2. Earns %3 points; afterwards %4 points and %5 stored value.</source>
            <translation>应付 %1：%2。获得 %3 积分；之后积分 %4，储值 %5。</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="590" />
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="603" />
            <source>Not rung up: %1</source>
            <translation>未开单：%1</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="615" />
            <source>Sale %1 saved: amount %2, total paid %3, %4 points earned. %5 prints the receipt.</source>
            <translation>销售 %1 已保存：金额 %2，实付合计 %3，获得 %4 积分。按 %5 打印小票。</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="645" />
            <source>Bonus %1: stored value afterwards %2 (principal %3, bonus %4).</source>
            <translation>赠送 %1：充值后储值 %2（本金 %3，赠送 %4）。</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="657" />
            <source>Check the member and the amount, then take the money here.</source>
            <translation>请核对会员和金额，然后在这里收款。</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="675" />
            <source>Type the amount to top up, like 1000.</source>
            <translation>请输入充值金额，例如 1000。</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="686" />
            <source>Topped up %1 with a bonus of %2.</source>
            <translation>已充值 %1，赠送 %2。</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="702" />
            <source>%1 is member %2.</source>
            <translation>%1 的会员编号是 %2。</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="714" />
            <source>Refund or Void a Sale</source>
            <translation>退款或作废单据</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="714" />
            <source>Sale number (a sale of today is voided):</source>
            <translation>单号（当天的单据会被作废）：</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="722" />
            <source>Nothing refunded.</source>
            <translation>没有退款或作废。</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="731" />
            <source>Voided %1 (reversal recorded as %2): pay back %3; points and stored value restored.</source>
            <translation>已作废 %1（冲销记录为 %2）：退还 %3；积分和储值已恢复。</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="732" />
            <source>Refunded %1 (refund recorded as %2): pay back %3; points and stored value restored.</source>
            <translation>已退款 %1（退款记录为 %2）：退还 %3；积分和储值已恢复。</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="736" />
            <source>Coupon given back: %1.</source>
            <translation>已退回优惠券：%1。</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="736" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="756" />
            <source>No sale rung up here yet.</source>
            <translation>这里还没有开过单。</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="764" />
            <source>Save Receipt as PDF</source>
            <translation>小票另存为 PDF</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="765" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="769" />
            <source>Receipt saved as %1.</source>
            <translation>小票已保存为 %1。</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::CustomFieldsDialog</name>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="130" />
            <source>Customer Fields</source>
            <translation>客户字段</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="133" />
            <source>Label</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="133" />
            <source>Key</source>
            <translation>键名</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="133" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="133" />
            <source>Choices</source>
            <translation>选项</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="133" />
            <source>Customers with a value</source>
            <translation>有取值的客户</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="140" />
            <source>Fields of your own for every customer — skin type, size, a WeChat group … They show on the profile, as optional list columns and filters, in exports, and imports fill them from a column with the same heading.</source>
            <translation>为每位客户记录店铺自己的字段——肤质、尺码、微信群……它们显示在客户档案中，可作为列表的可选列和筛选条件，随导出一起输出，导入时由同名的列填入。</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="145" />
            <source>&amp;Add…</source>
            <translation>添加(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="146" />
            <source>&amp;Rename…</source>
            <translation>重命名(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="147" />
            <source>Edit &amp;Choices…</source>
            <translation>编辑选项(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="148" />
            <source>Re&amp;move…</source>
            <translation>删除(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="197" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="234" />
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="239" />
            <source>Rename Field</source>
            <translation>重命名字段</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="234" />
            <source>New label for “%1”:</source>
            <translation>“%1”的新名称：</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="253" />
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="259" />
            <source>Edit Choices</source>
            <translation>编辑选项</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="254" />
            <source>Choices of “%1”, one per line:</source>
            <translation>“%1”的选项，每行一个：</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="274" />
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="282" />
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="286" />
            <source>Remove Field</source>
            <translation>删除字段</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="278" />
            <source>Remove the field “%1”? No customer has a value for it.</source>
            <translation>删除字段“%1”？没有客户填写了该字段。</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="279" />
            <source>Remove the field “%1”? %Ln customer(s) have a value for it; those values are deleted too.</source>
            <translation>
                <numerusform>删除字段“%1”？有 %Ln 位客户填写了该字段，这些取值也会一并删除。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::CustomerEditForm</name>
        <message>
            <location filename="../ui/widgets/CustomerEditForm.cpp" line="40" />
            <source>e.g. 138 0013 8000 or +86 138-0013-8000</source>
            <translation>例如 138 0013 8000 或 +86 138-0013-8000</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerEditForm.cpp" line="41" />
            <source>e.g. 1990-05-01, 1990年5月1日, or without the year 5月1日</source>
            <translation>如 1990-05-01、1990年5月1日，或不含年份的 5月1日</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerEditForm.cpp" line="42" />
            <source>e.g. 1990-05-01 or 1990年5月1日</source>
            <translation>例如 1990-05-01 或 1990年5月1日</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerEditForm.cpp" line="43" />
            <source>separated by commas, e.g. VIP, new mum</source>
            <translation>用逗号分隔，例如 VIP，宝妈</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerEditForm.cpp" line="52" />
            <location filename="../ui/widgets/CustomerEditForm.cpp" line="148" />
            <source>Not given</source>
            <translation>未填写</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerEditForm.cpp" line="53" />
            <source>Female</source>
            <translation>女</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerEditForm.cpp" line="54" />
            <source>Male</source>
            <translation>男</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerEditForm.cpp" line="65" />
            <source>May receive offers and campaign messages</source>
            <translation>可以接收优惠和活动消息</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerEditForm.cpp" line="84" />
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerEditForm.cpp" line="86" />
            <source>Show the full number to see or change it (recorded in the audit log)</source>
            <translation>显示完整号码以查看或修改（记入审计日志）</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerEditForm.cpp" line="159" />
            <source>No date</source>
            <translation>无日期</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerEditForm.cpp" line="169" />
            <source>a number, e.g. 12 or 12.5</source>
            <translation>数字，如 12 或 12.5</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerEditForm.cpp" line="236" />
            <source>Cannot save</source>
            <translation>无法保存</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerEditForm.cpp" line="242" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerEditForm.cpp" line="243" />
            <source>%1 “%2”: %3</source>
            <translation>%1“%2”：%3</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerEditForm.cpp" line="287" />
            <source>profile</source>
            <translation>客户档案</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerEditForm.cpp" line="289" />
            <source>Phone Number</source>
            <translation>手机号</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerEditForm.cpp" line="303" />
            <source>Only the owner may see full phone numbers</source>
            <translation>只有店主可以查看完整手机号</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::CustomerFilterBar</name>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="30" />
            <source>Open follow-up</source>
            <translation>有待办跟进</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="38" />
            <source>Search customers (Ctrl+F)</source>
            <translation>搜索客户（Ctrl+F）</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="39" />
            <source>Searches name, phone, e-mail, WeChat ID, member code and tags (Ctrl+F).</source>
            <translation>按姓名、手机、邮箱、微信号、会员卡号和标签搜索（Ctrl+F）。</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="44" />
            <source>All stages</source>
            <translation>全部阶段</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="49" />
            <source>All RFM segments</source>
            <translation>全部消费分群</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="56" />
            <source>Only the customers whose home store this is</source>
            <translation>只显示归属于该门店的顾客</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="58" />
            <source>Only customers with a follow-up still to do</source>
            <translation>只显示还有待办跟进的客户</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="76" />
            <source>Save as Audience…</source>
            <translation>保存为目标客户…</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="78" />
            <source>Save these filters under a name: a new campaign offers them as its audience</source>
            <translation>把这些筛选条件命名保存：新建营销活动时可选作目标客户</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="112" />
            <source>contains…</source>
            <translation>包含…</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="136" />
            <source>Bought</source>
            <translation>购买过</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="137" />
            <source>Never bought</source>
            <translation>从未购买</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="141" />
            <source>product or category…</source>
            <translation>商品或品类…</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="149" />
            <source>any time</source>
            <translation>不限时间</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="150" />
            <source>in the last </source>
            <translation>最近 </translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="151" />
            <source> days</source>
            <translation> 天内</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="152" />
            <source>Only purchases in the last N days, today included (0 = any time)</source>
            <translation>只看最近 N 天内（含今天）的购买（0 = 不限时间）</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="173" />
            <source>Category: %1</source>
            <translation>品类：%1</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="177" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="201" />
            <source>Filter by a shop field…</source>
            <translation>按店铺字段筛选…</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="220" />
            <source>Any value</source>
            <translation>任意取值</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="232" />
            <source>from 2024-01-01</source>
            <translation>从 2024-01-01</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="232" />
            <source>from</source>
            <translation>从</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="233" />
            <source>to 2024-12-31</source>
            <translation>到 2024-12-31</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="233" />
            <source>to</source>
            <translation>到</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="265" />
            <source>All tags</source>
            <translation>全部标签</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="266" />
            <source>All cities</source>
            <translation>全部城市</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="274" />
            <source>All stores</source>
            <translation>全部门店</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="284" />
            <source>%1  ✕</source>
            <translation>%1  ✕</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="285" />
            <source>Click to show all customers again</source>
            <translation>点击重新显示全部客户</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="318" />
            <source>All tiers</source>
            <translation>全部等级</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::CustomerListPage</name>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="121" />
            <source>Customers</source>
            <comment>the view with the customer list</comment>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="126" />
            <source>&amp;Customers</source>
            <comment>the View menu entry of the customer list</comment>
            <translation>客户(&amp;C)</translation>
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="131" />
            <source>&amp;Customers</source>
            <comment>menu</comment>
            <translation>客户(&amp;C)</translation>
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="148" />
            <source>&amp;New Customer…</source>
            <translation>新建客户(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="149" />
            <source>&amp;Open Profile</source>
            <translation>打开客户档案(&amp;O)</translation>
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="154" />
            <source>&amp;Tag Selected Customers…</source>
            <translation>给选中客户加标签(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="156" />
            <source>Schedule &amp;Follow-up for Selected…</source>
            <translation>为选中客户安排跟进(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="159" />
            <source>E&amp;xport Selected Customers…</source>
            <translation>导出选中客户(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="162" />
            <source>&amp;Find Customer</source>
            <translation>查找客户(&amp;F)</translation>
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="163" />
            <source>&amp;Clear Search and Filters</source>
            <translation>清除搜索和筛选(&amp;C)</translation>
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="167" />
            <source>Show Full Phone Numbers</source>
            <translation>显示完整手机号</translation>
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="174" />
            <source>phone numbers</source>
            <translation>手机号</translation>
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="175" />
            <source>customer list</source>
            <translation>客户列表</translation>
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="178" />
            <source>More Co&amp;lumns</source>
            <translation>更多列(&amp;L)</translation>
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="268" />
            <source>Tag Selected Customers</source>
            <translation>给选中客户加标签</translation>
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="269" />
            <source>Tags to add to the selected customers (%1), separated by commas:</source>
            <translation>要给选中客户（%1 位）添加的标签，用逗号分隔：</translation>
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="276" />
            <source>Cannot tag</source>
            <translation>无法添加标签</translation>
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="279" />
            <source>Customers tagged: %1</source>
            <translation>已加标签的客户：%1</translation>
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="294" />
            <source>Cannot schedule</source>
            <translation>无法安排</translation>
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="297" />
            <source>Follow-ups scheduled: %1</source>
            <translation>已安排的跟进：%1</translation>
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="315" />
            <source>CSV for Excel, UTF-8 with BOM (*.csv)</source>
            <translation>Excel 用 CSV，带 BOM 的 UTF-8 (*.csv)</translation>
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="316" />
            <source>CSV for older Chinese Excel, GB18030 (*.csv)</source>
            <translation>旧版中文 Excel 用 CSV，GB18030 (*.csv)</translation>
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="317" />
            <source>CSV, plain UTF-8 (*.csv)</source>
            <translation>CSV，普通 UTF-8 (*.csv)</translation>
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="318" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="321" />
            <source>Export Customers</source>
            <translation>导出客户</translation>
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="321" />
            <source>customers.csv</source>
            <translation>客户.csv</translation>
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="336" />
            <source>Export failed</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="339" />
            <source>%1 customers exported to %2.</source>
            <translation>已导出 %1 位客户到 %2。</translation>
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="350" />
            <source>Save as Audience</source>
            <translation>保存为目标客户</translation>
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="352" />
            <source>This shop is open read-only: nothing can be saved.</source>
            <translation>这家店以只读方式打开：无法保存。</translation>
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="357" />
            <source>No filter is set: the audience would be every customer who may receive marketing. Save it anyway?</source>
            <translation>没有设置筛选条件：目标客户将是所有可以接收营销信息的客户。仍然保存吗？</translation>
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="362" />
            <source>Name of the audience (a new campaign offers it; the same name replaces the one saved before):</source>
            <translation>目标客户的名称（新建营销活动时可选用；同名会替换之前保存的）：</translation>
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="372" />
            <source>Audience “%1” saved: %2</source>
            <translation>已保存目标客户“%1”：%2</translation>
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="372" />
            <source>everyone</source>
            <translation>所有客户</translation>
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="387" />
            <source>No customer matches this search or filter.</source>
            <translation>没有符合此搜索或筛选条件的客户。</translation>
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="388" />
            <source>No customers yet.

Import your customer and order lists (CSV from Excel, your till or your online shop) with File ▸ Import (Ctrl+I), or drop a CSV file here.</source>
            <translation>还没有客户。

用“文件 ▸ 导入”（Ctrl+I）导入客户和订单表（来自 Excel、收银系统或网店的 CSV），或把 CSV 文件拖到这里。</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::CustomerPicker</name>
        <message>
            <location filename="../ui/widgets/CustomerPicker.cpp" line="26" />
            <source>Name, phone or member code</source>
            <translation>姓名、手机号或会员号</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::CustomerProductsPanel</name>
        <message>
            <location filename="../ui/widgets/CustomerProductsPanel.cpp" line="53" />
            <source>No order lines for this customer. Products appear when orders are imported from a file with one row per item (quantity, unit price or line total, product).</source>
            <translation>这位客户还没有订单明细。从每件商品一行的文件（数量、单价或行金额、商品）导入订单后，这里会显示商品。</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerProductsPanel.cpp" line="65" />
            <source>Purchases: orders with this product (returns not counted). Spend: line totals after discounts, returns deducted. Last bought: the latest purchase with it.</source>
            <translation>购买次数：含该商品的订单数（退货不计）。消费：扣除优惠后的明细金额合计，已减去退货。最近购买：最近一次购买该商品的日期。</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerProductsPanel.cpp" line="69" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerProductsPanel.cpp" line="69" />
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerProductsPanel.cpp" line="69" />
            <location filename="../ui/widgets/CustomerProductsPanel.cpp" line="83" />
            <source>Category</source>
            <translation>品类</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerProductsPanel.cpp" line="69" />
            <location filename="../ui/widgets/CustomerProductsPanel.cpp" line="83" />
            <source>Purchases</source>
            <translation>购买次数</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerProductsPanel.cpp" line="69" />
            <location filename="../ui/widgets/CustomerProductsPanel.cpp" line="83" />
            <source>Spend</source>
            <translation>消费</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerProductsPanel.cpp" line="69" />
            <location filename="../ui/widgets/CustomerProductsPanel.cpp" line="83" />
            <source>Last bought</source>
            <translation>最近购买</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerProductsPanel.cpp" line="89" />
            <source>(no category)</source>
            <translation>（无分类）</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerProductsPanel.cpp" line="96" />
            <source>&lt;b&gt;Products&lt;/b&gt;</source>
            <translation>&lt;b&gt;商品&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../ui/widgets/CustomerProductsPanel.cpp" line="97" />
            <source>&lt;b&gt;Categories&lt;/b&gt;</source>
            <translation>&lt;b&gt;分类&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::CustomerProfileDialog</name>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="102" />
            <source>This customer no longer exists.</source>
            <translation>该客户已不存在。</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="110" />
            <source>Edit &amp;Tags…</source>
            <translation>编辑标签(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="131" />
            <source>New Customer</source>
            <translation>新建客户</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="132" />
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="136" />
            <source>Contact</source>
            <translation>联系方式</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="135" />
            <source>Overview</source>
            <translation>概览</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="137" />
            <source>Timeline</source>
            <translation>时间线</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="146" />
            <source>Products</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="152" />
            <source>Cards &amp;&amp; Coupons</source>
            <translation>次卡和优惠券</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="154" />
            <source>Sensitive</source>
            <translation>敏感信息</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="157" />
            <source>Member</source>
            <translation>会员</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="160" />
            <source>Survey</source>
            <translation>满意度调查</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="180" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="188" />
            <source>Save the contact fields (Ctrl+S)</source>
            <translation>保存联系信息（Ctrl+S）</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="191" />
            <source>Find &amp;Duplicates…</source>
            <translation>查找重复(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="196" />
            <source>Export &amp;Everything…</source>
            <translation>导出全部信息(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="199" />
            <source>Everything Clientele holds about this customer, as a JSON file (right of access)</source>
            <translation>以 JSON 文件导出 Clientele 保存的该客户全部信息（查阅权）</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="203" />
            <source>E&amp;rase…</source>
            <translation>删除个人信息(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="205" />
            <source>Remove this person's personal data; their purchases stay, anonymously</source>
            <translation>删除此人的个人信息；购买记录以匿名方式保留</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="221" />
            <source>%1 — Customer</source>
            <translation>%1 — 客户</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="235" />
            <source>RFM: %1</source>
            <translation>RFM 消费评分（R 最近一次消费、F 消费频次、M 消费金额）：%1</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="245" />
            <source>No tags yet</source>
            <translation>还没有标签</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="257" />
            <source>Home store</source>
            <translation>归属门店</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="262" />
            <source>Not segmented yet: tiers and stages appear after the next segmentation run.</source>
            <translation>尚未分层：下次分层后将显示等级和阶段。</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="267" />
            <source>Tier</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="269" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="273" />
            <source>None yet: a segment comes with the first purchase</source>
            <translation>暂无：首次购买后才有分群</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="276" />
            <source>Segment</source>
            <translation>消费分群</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="300" />
            <source>Usual gap</source>
            <translation>通常间隔</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="300" />
            <source>%1 days</source>
            <translation>%1 天</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="305" />
            <source>%1; %2</source>
            <translation>%1；%2</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="317" />
            <source>Add &amp;Note…</source>
            <translation>添加备注(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="318" />
            <source>Schedule &amp;Follow-up…</source>
            <translation>安排跟进(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="338" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="338" />
            <source>Order</source>
            <translation>订单</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="338" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="338" />
            <source>Category</source>
            <translation>品类</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="338" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="338" />
            <source>Store</source>
            <translation>门店</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="358" />
            <source>%1 (voided)</source>
            <translation>%1（已作废）</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="359" />
            <source>%1 (void)</source>
            <translation>%1（作废）</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="379" />
            <source>Purchases (%1)</source>
            <translation>购买记录（%1）</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="380" />
            <source>Purchases (%1 + %Ln refund(s))</source>
            <translation>
                <numerusform>购买记录（%1 + %Ln 笔退款）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="443" />
            <source>Cannot save the note</source>
            <translation>无法保存备注</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="458" />
            <source>Cannot schedule the follow-up</source>
            <translation>无法安排跟进</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="471" />
            <source>Edit Tags</source>
            <translation>编辑标签</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="471" />
            <source>Tags, separated by commas:</source>
            <translation>标签，用逗号分隔：</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="476" />
            <source>Cannot save the tags</source>
            <translation>无法保存标签</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="494" />
            <source>Export Everything About This Customer</source>
            <translation>导出该客户的全部信息</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="495" />
            <source>customer-%1.json</source>
            <translation>customer-%1.json</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="495" />
            <source>JSON files (*.json)</source>
            <translation>JSON 文件 (*.json)</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="500" />
            <source>Export failed</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="503" />
            <source>Export Everything</source>
            <translation>导出全部信息</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="503" />
            <source>Saved to %1.</source>
            <translation>已保存到 %1。</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="508" />
            <source>Erase Customer</source>
            <translation>删除客户个人信息</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="509" />
            <source>Erase this customer's personal data (name, contact, birthday, notes, tags, contacts and follow-ups)? Their purchases stay, anonymously, so your figures do not change. A backup is made first; within Clientele this cannot be undone.</source>
            <translation>删除该客户的个人信息（姓名、联系方式、生日、备注、标签、联系记录和跟进任务）？购买记录以匿名方式保留，统计数字不变。删除前会先备份；在 Clientele 内无法撤销。</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="515" />
            <source>Not erased</source>
            <translation>未删除</translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="547" />
            <source>The contact fields were changed.</source>
            <translation>联系信息已修改。</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::CustomerTableModel</name>
        <message>
            <location filename="../ui/models/CustomerTableModel.cpp" line="114" />
            <source>Kept as written: not a mainland mobile number</source>
            <translation>按原样保留：不是大陆手机号</translation>
        </message>
        <message>
            <location filename="../ui/models/CustomerTableModel.cpp" line="116" />
            <source>Set by hand</source>
            <translation>手动设置</translation>
        </message>
        <message>
            <location filename="../ui/models/CustomerTableModel.cpp" line="116" />
            <source>Where they first bought</source>
            <translation>首次购买的门店</translation>
        </message>
        <message>
            <location filename="../ui/models/CustomerTableModel.cpp" line="128" />
            <source>Not predicted yet: the purchase models need at least 30 customers who bought more than once.</source>
            <translation>尚未预测：购买模型至少需要 30 位多次购买的客户。</translation>
        </message>
        <message>
            <location filename="../ui/models/CustomerTableModel.cpp" line="131" />
            <source>%1; %2</source>
            <translation>%1；%2</translation>
        </message>
        <message>
            <location filename="../ui/models/CustomerTableModel.cpp" line="159" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../ui/models/CustomerTableModel.cpp" line="160" />
            <source>Member code</source>
            <translation>会员卡号</translation>
        </message>
        <message>
            <location filename="../ui/models/CustomerTableModel.cpp" line="161" />
            <source>Phone</source>
            <translation>手机</translation>
        </message>
        <message>
            <location filename="../ui/models/CustomerTableModel.cpp" line="162" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../ui/models/CustomerTableModel.cpp" line="163" />
            <source>Tier</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../ui/models/CustomerTableModel.cpp" line="164" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../ui/models/CustomerTableModel.cpp" line="169" />
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../ui/models/CustomerTableModel.cpp" line="170" />
            <source>Home store</source>
            <translation>归属门店</translation>
        </message>
        <message>
            <location filename="../ui/widgets/ShopFieldColumns.cpp" line="67" />
            <source>No shop fields yet (Tools ▸ Customer Fields…)</source>
            <translation>还没有店铺字段（工具 ▸ 客户字段…）</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::DashboardView</name>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="114" />
            <source>New</source>
            <translation>新客</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="146" />
            <source>&amp;Warning Lines…</source>
            <translation>预警线(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="147" />
            <source>Set when a key figure turns amber or red</source>
            <translation>设置关键指标何时变为黄色或红色</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="148" />
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="150" />
            <source>St&amp;ore:</source>
            <translation>门店(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="160" />
            <source>No figures yet. The dashboard fills after customers and orders are imported and segmented.</source>
            <translation>还没有数据。导入客户和订单并完成分层后，仪表盘就会显示内容。</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="213" />
            <source>Tier migration from</source>
            <translation>等级迁移：从</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="215" />
            <source>to</source>
            <translation>到</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="221" />
            <source>Rows: tier at the end of the first month; columns: at the end of the second. Click a cell to list those customers.</source>
            <translation>行：第一个月末的等级；列：第二个月末的等级。点击单元格列出这些客户。</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="234" />
            <source>Tier</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="234" />
            <source>Revenue, 12 months</source>
            <translation>近 12 个月营业额</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="234" />
            <source>Units</source>
            <translation>件数</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="236" />
            <source>Over the 12 months up to the dashboard's date; returns subtract. Click a row to list the tier's customers who bought it.</source>
            <translation>截至仪表盘日期的 12 个月；退货已扣除。点击一行，列出该等级买过它的客户。</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="240" />
            <source>Top products</source>
            <translation>热销商品</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="241" />
            <source>Top categories</source>
            <translation>热销品类</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="249" />
            <source>Member program</source>
            <translation>会员计划</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="249" />
            <source>This month</source>
            <translation>本月</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="250" />
            <source>What the shop owes its members at the month's end, and the month's top-ups, points, visit-card uses, member-day sales and coupons (as in the monthly report).</source>
            <translation>月末对会员的负债，以及本月的充值、积分、次卡核销、会员日销售和优惠券（与月报相同）。</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="271" />
            <source>%1 who bought %2</source>
            <translation>买过%2的%1客户</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="280" />
            <source>Dashboard</source>
            <translation>仪表盘</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="285" />
            <source>&amp;Dashboard</source>
            <comment>View menu</comment>
            <translation>仪表盘(&amp;D)</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="344" />
            <source>Tier dashboard — %1 (figures as of %2)</source>
            <translation>等级仪表盘 — %1（数据截至 %2）</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="351" />
            <source>Customers per tier</source>
            <translation>各等级客户数</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="357" />
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="373" />
            <source>Share of customers and of 12-month revenue</source>
            <translation>客户占比与近 12 个月营业额占比</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="374" />
            <source>Customers %</source>
            <translation>客户 %</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="375" />
            <source>Revenue %</source>
            <translation>营业额 %</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="413" />
            <source>Customers per tier, month by month</source>
            <translation>各等级客户数（逐月）</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="427" />
            <source>%1 at the end of %2</source>
            <translation>%2月末的%1</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="444" />
            <source>%1 – %2</source>
            <comment>first and last month of the chart</comment>
            <translation>%1 至 %2</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="493" />
            <source>Lifecycle stages today</source>
            <translation>当前生命周期阶段</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="500" />
            <source>RFM segments today</source>
            <translation>当前各消费分群</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="538" />
            <source>%1 pts</source>
            <translation>%1 个百分点</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="539" />
            <source> vs last month</source>
            <translation>（与上月相比）</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="640" />
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="650" />
            <source>%1 · %2</source>
            <comment>customers of a chart, stores</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="664" />
            <source>Warning Lines</source>
            <translation>预警线</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="688" />
            <source>0 turns a line off.</source>
            <translation>设为 0 即关闭该预警线。</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="689" />
            <source>Repurchase rate amber below:</source>
            <translation>复购率低于此值显示黄色：</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="690" />
            <source>Repurchase rate red below:</source>
            <translation>复购率低于此值显示红色：</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="691" />
            <source>Customers at risk amber above:</source>
            <translation>流失风险客户多于此数显示黄色：</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="692" />
            <source>Customers at risk red above:</source>
            <translation>流失风险客户多于此数显示红色：</translation>
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="732" />
            <source>(no category)</source>
            <translation>（无分类）</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::DueTodayNotifier</name>
        <message numerus="yes">
            <location filename="../ui/calendar/DueTodayNotifier.cpp" line="40" />
            <source>%Ln follow-up(s) due today: %1</source>
            <translation>
                <numerusform>今天有 %Ln 个跟进任务：%1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/calendar/DueTodayNotifier.cpp" line="40" />
            <source>, </source>
            <comment>list separator</comment>
            <translation>、</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/calendar/DueTodayNotifier.cpp" line="42" />
            <source> and %Ln more</source>
            <translation>
                <numerusform>，另有 %Ln 人</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/calendar/DueTodayNotifier.cpp" line="43" />
            <source>.</source>
            <comment>end of the sentence</comment>
            <translation>。</translation>
        </message>
        <message>
            <location filename="../ui/calendar/DueTodayNotifier.cpp" line="45" />
            <source>%1 %2</source>
            <comment>two sentences, one after the other</comment>
            <translation>%1%2</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/calendar/DueTodayNotifier.cpp" line="45" />
            <source>%Ln overdue.</source>
            <translation>
                <numerusform>%Ln 个已逾期。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/calendar/DueTodayNotifier.cpp" line="60" />
            <source>Clientele: follow-ups today</source>
            <translation>Clientele：今日跟进</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::FindDuplicatesDialog</name>
        <message>
            <location filename="../ui/dialogs/FindDuplicatesDialog.cpp" line="24" />
            <source>%1 (customer %2)</source>
            <translation>%1（客户 %2）</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/FindDuplicatesDialog.cpp" line="43" />
            <source>Find Duplicates</source>
            <translation>查找重复客户</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/FindDuplicatesDialog.cpp" line="46" />
            <source>Records that share a phone, an e-mail or a name. Pairs sharing a phone or e-mail with nothing contradicting are checked. Red pairs give another birthday, city or gender: probably two people; check them only if you are sure. The first record of a pair is kept, and every merge can be undone.</source>
            <translation>手机、邮箱或姓名相同的记录。手机或邮箱相同且没有矛盾的已勾选。红色的一对生日、城市或性别不同，很可能是两个人；确定是同一人时才勾选。每对中保留第一条记录，每次合并都可以撤销。</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/FindDuplicatesDialog.cpp" line="56" />
            <source>Merge</source>
            <translation>合并</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/FindDuplicatesDialog.cpp" line="56" />
            <source>Keep</source>
            <translation>保留</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/FindDuplicatesDialog.cpp" line="56" />
            <source>Merge into it</source>
            <translation>合并进来</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/FindDuplicatesDialog.cpp" line="56" />
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/FindDuplicatesDialog.cpp" line="56" />
            <source>Conflicts</source>
            <translation>矛盾</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/FindDuplicatesDialog.cpp" line="69" />
            <source>&amp;Merge Checked</source>
            <translation>合并已勾选(&amp;M)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/FindDuplicatesDialog.cpp" line="71" />
            <source>&amp;Undo Last Merge</source>
            <translation>撤销上次合并(&amp;U)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/FindDuplicatesDialog.cpp" line="77" />
            <source>Only the owner may merge customers, and not in a read-only file.</source>
            <translation>只有店主可以合并客户，且文件不能是只读的。</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/FindDuplicatesDialog.cpp" line="102" />
            <source>⚠ probably another person: %1</source>
            <translation>⚠ 可能是另一个人：%1</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/FindDuplicatesDialog.cpp" line="112" />
            <source>No two records share a phone, an e-mail or a name.</source>
            <translation>没有手机、邮箱或姓名相同的记录。</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/dialogs/FindDuplicatesDialog.cpp" line="114" />
            <source>The first %Ln pairs are shown; merge or leave them and look again for more.</source>
            <translation>
                <numerusform>只显示前 %Ln 对；合并或保留它们后再查找可看到更多。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/dialogs/FindDuplicatesDialog.cpp" line="117" />
            <source>%Ln pair(s) found.</source>
            <translation>
                <numerusform>找到 %Ln 对。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/dialogs/FindDuplicatesDialog.cpp" line="142" />
            <source>%1 and %2: one of them was merged already; find duplicates again.</source>
            <translation>%1 和 %2：其中一条已被合并；请重新查找重复客户。</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/dialogs/FindDuplicatesDialog.cpp" line="160" />
            <source>%Ln pair(s) merged. Undo Last Merge brings a record back.</source>
            <translation>
                <numerusform>已合并 %Ln 对。“撤销上次合并”可恢复记录。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/dialogs/FindDuplicatesDialog.cpp" line="161" />
            <source>%Ln pair(s) merged; not merged: %1</source>
            <translation>
                <numerusform>已合并 %Ln 对；未合并：%1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/dialogs/FindDuplicatesDialog.cpp" line="178" />
            <source>Merge undone; customer %1 is back.</source>
            <translation>已撤销合并；客户 %1 已恢复。</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::FirstStartDialog</name>
        <message>
            <location filename="../ui/dialogs/FirstStartDialog.cpp" line="19" />
            <source>Welcome to Clientele</source>
            <translation>欢迎使用 Clientele</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/FirstStartDialog.cpp" line="22" />
            <source>&lt;h2&gt;Welcome to Clientele&lt;/h2&gt;&lt;p&gt;Your customer base lives in one file on this computer. How would you like to start?&lt;/p&gt;</source>
            <translation>&lt;h2&gt;欢迎使用 Clientele&lt;/h2&gt;&lt;p&gt;您的客户资料保存在这台电脑上的一个文件里。您想怎样开始？&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/FirstStartDialog.cpp" line="45" />
            <source>Explore the demo shop</source>
            <translation>体验示例店铺</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/FirstStartDialog.cpp" line="46" />
            <source>2,000 made-up customers with three years of orders, already tiered — try everything safely.</source>
            <translation>2,000 位虚构客户，含三年订单，已分好等级——放心试用所有功能。</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/FirstStartDialog.cpp" line="47" />
            <source>Import my customers</source>
            <translation>导入我的客户</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/FirstStartDialog.cpp" line="48" />
            <source>A new, empty shop, and the import opens at once: pick the CSV from Excel, your till or your online shop.</source>
            <translation>新建一个空白店铺并立即打开导入向导：选择来自 Excel、收银系统或网店的 CSV 文件。</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/FirstStartDialog.cpp" line="51" />
            <source>Start with an empty shop</source>
            <translation>从空白店铺开始</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/FirstStartDialog.cpp" line="52" />
            <source>Add customers by hand, or import your lists later with File ▸ Import (Ctrl+I).</source>
            <translation>手动添加客户，或以后用“文件 ▸ 导入”（Ctrl+I）导入名单。</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/FirstStartDialog.cpp" line="57" />
            <source>&amp;Save Sample Templates…</source>
            <translation>保存示例模板(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/FirstStartDialog.cpp" line="60" />
            <source>A customers and an orders CSV with example rows and the headings Clientele recognises: fill them in Excel, then import them.</source>
            <translation>一个客户 CSV 和一个订单 CSV，带示例行和 Clientele 能识别的表头：在 Excel 中填写后导入。</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/FirstStartDialog.cpp" line="63" />
            <source>&amp;Open an Existing Clientele File…</source>
            <translation>打开已有的 Clientele 文件(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/FirstStartDialog.cpp" line="66" />
            <source>A database you used before or copied from another computer.</source>
            <translation>以前用过的、或从另一台电脑拷来的数据库。</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::FollowUpCalendarView</name>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="97" />
            <source>Previous month (Page Up)</source>
            <translation>上个月（Page Up）</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="100" />
            <source>Next month (Page Down)</source>
            <translation>下个月（Page Down）</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="105" />
            <source>T&amp;oday</source>
            <translation>今天(&amp;O)</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="106" />
            <source>Back to this month and today's follow-ups</source>
            <translation>回到本月和今天的跟进任务</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="111" />
            <source>Run Care &amp;Rules…</source>
            <translation>运行关怀规则(&amp;R)…</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="113" />
            <source>Show the follow-ups the care rules call for in the next %Ln day(s) (birthdays, revisits after a first purchase, win-backs), per rule and per day, then create them. Tasks that exist are not made twice.</source>
            <translation>
                <numerusform>按规则和日期显示关怀规则在未来 %Ln 天内需要的跟进任务（生日、首购回访、唤回），确认后再创建。已有的任务不会重复创建。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="117" />
            <source>E&amp;xport Month to Calendar…</source>
            <translation>导出本月到日历(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="118" />
            <source>Save the month's open follow-ups as an iCalendar (.ics) file that phone and desktop calendars open. Names and tasks only; no phone numbers.</source>
            <translation>将本月待办跟进保存为 iCalendar（.ics）文件，手机和电脑日历都能打开。只含姓名和任务，不含手机号。</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="151" />
            <source>&lt;span style='color:#dc2626'&gt;●&lt;/span&gt; overdue &amp;nbsp; &lt;span style='color:#2563eb'&gt;●&lt;/span&gt; to do &amp;nbsp; &lt;span style='color:#94a3b8'&gt;✓&lt;/span&gt; done &amp;nbsp; — drag a task onto a day to move it</source>
            <translation>&lt;span style='color:#dc2626'&gt;●&lt;/span&gt; 逾期 &amp;nbsp; &lt;span style='color:#2563eb'&gt;●&lt;/span&gt; 待办 &amp;nbsp; &lt;span style='color:#94a3b8'&gt;✓&lt;/span&gt; 已完成 &amp;nbsp; — 把任务拖到某一天即可改期</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="193" />
            <source>&amp;New…</source>
            <translation>新建(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="194" />
            <source>Schedule a follow-up for a customer on the selected day (Insert)</source>
            <translation>在所选日期为客户安排跟进（Insert）</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="195" />
            <source>&amp;Edit…</source>
            <translation>编辑(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="196" />
            <source>Change the day or what to do (Enter)</source>
            <translation>修改日期或内容（Enter）</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="197" />
            <source>&amp;Done…</source>
            <translation>完成(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="198" />
            <source>Mark done with what came of it; it shows on the customer's timeline (Ctrl+D)</source>
            <translation>标记完成并记录结果，结果会显示在客户时间线上（Ctrl+D）</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="199" />
            <source>Snoo&amp;ze</source>
            <translation>推迟(&amp;Z)</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="200" />
            <source>Put off by a day or more; overdue tasks count from today</source>
            <translation>推迟一天或更久；逾期任务从今天算起</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="202" />
            <source>1 day</source>
            <translation>1 天</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="202" />
            <source>3 days</source>
            <translation>3 天</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="203" />
            <source>1 week</source>
            <translation>1 周</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="203" />
            <source>2 weeks</source>
            <translation>2 周</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="206" />
            <source>New D&amp;ate…</source>
            <translation>改期(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="207" />
            <source>Move to a day you choose</source>
            <translation>移到你选择的日期</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="208" />
            <source>Cancel Tas&amp;k</source>
            <translation>取消任务(&amp;K)</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="209" />
            <source>No longer needed; stays in the history as cancelled (Delete)</source>
            <translation>不再需要；以“已取消”保留在历史中（Delete）</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="210" />
            <source>O&amp;pen Customer</source>
            <translation>打开客户(&amp;P)</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="211" />
            <source>The customer's 360° profile</source>
            <translation>客户 360° 档案</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="301" />
            <source>Follow-up calendar</source>
            <translation>跟进日历</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="306" />
            <source>&amp;Follow-up Calendar</source>
            <comment>View menu</comment>
            <translation>跟进日历(&amp;F)</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="377" />
            <source>Nothing was planned for this day.</source>
            <translation>这一天没有安排。</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="378" />
            <source>Nothing planned for this day yet. Press New… to schedule a follow-up.</source>
            <translation>这一天还没有安排。点“新建…”安排跟进。</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="383" />
            <source>Nothing due today. All caught up.</source>
            <translation>今天没有到期任务，全部完成了。</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="384" />
            <source>Nothing due today, but %Ln follow-up(s) are overdue.</source>
            <translation>
                <numerusform>今天没有到期任务，但有 %Ln 个已逾期。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="388" />
            <source>No overdue follow-ups.</source>
            <translation>没有逾期的跟进任务。</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="393" />
            <source>ddd d MMM</source>
            <comment>agenda tab: weekday, day and month</comment>
            <translation>M月d日 ddd</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="394" />
            <source>Today (%1)</source>
            <translation>今天（%1）</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="395" />
            <source>Overdue (%1)</source>
            <translation>逾期（%1）</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="475" />
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="506" />
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="521" />
            <source>Follow-up Not Saved</source>
            <translation>跟进任务未保存</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="482" />
            <source>Follow-up for %1 on %2 saved.</source>
            <translation>已保存 %1 在 %2 的跟进任务。</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="498" />
            <source>Ticket #%1 of %2 saved.</source>
            <translation>%2 的工单 #%1 已保存。</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="508" />
            <source>Follow-up for %1 saved.</source>
            <translation>已保存 %1 的跟进任务。</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="523" />
            <source>Done; the next follow-up for %1 is on %2.</source>
            <translation>已完成；%1 的下一次跟进在 %2。</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="525" />
            <source>Follow-up for %1 done.</source>
            <translation>%1 的跟进已完成。</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="534" />
            <source>Not Snoozed</source>
            <translation>未推迟</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="536" />
            <source>%Ln follow-up(s) put off.</source>
            <translation>
                <numerusform>已推迟 %Ln 个跟进任务。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="546" />
            <source>Reschedule %Ln Follow-up(s)</source>
            <translation>
                <numerusform>改期 %Ln 个跟进任务</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="556" />
            <source>Not Moved</source>
            <translation>未移动</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="558" />
            <source>%Ln follow-up(s) moved to %1.</source>
            <translation>
                <numerusform>已将 %Ln 个跟进任务移到 %1。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="566" />
            <source>Cancel Follow-ups</source>
            <translation>取消跟进任务</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="567" />
            <source>Cancel %Ln follow-up(s)? They stay in the customer's history as cancelled.</source>
            <translation>
                <numerusform>取消 %Ln 个跟进任务？它们会以“已取消”保留在客户历史中。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="572" />
            <source>Not Cancelled</source>
            <translation>未取消</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="574" />
            <source>%Ln follow-up(s) cancelled.</source>
            <translation>
                <numerusform>已取消 %Ln 个跟进任务。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="581" />
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="593" />
            <source>Export Failed</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="586" />
            <source>Export Follow-ups to Calendar</source>
            <translation>导出跟进任务到日历</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="588" />
            <source>iCalendar files (*.ics)</source>
            <translation>iCalendar 文件 (*.ics)</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="595" />
            <source>%Ln open follow-up(s) of %1 saved to %2. Open the file on your phone or in your calendar app to add them.</source>
            <translation>
                <numerusform>%1 的 %Ln 个待办跟进已保存到 %2。在手机或日历应用中打开该文件即可添加。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="620" />
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="634" />
            <source>Care Rules Failed</source>
            <translation>关怀规则运行失败</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="625" />
            <source>Care rules not run; nothing was created.</source>
            <translation>未运行关怀规则；没有创建任何任务。</translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="630" />
            <source>Daily Limit Not Saved</source>
            <translation>每日上限未保存</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="636" />
            <source>%Ln new follow-up(s) created by the care rules.</source>
            <translation>
                <numerusform>关怀规则新建了 %Ln 个跟进任务。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::FollowUpDialog</name>
        <message>
            <location filename="../ui/dialogs/FollowUpDialog.cpp" line="22" />
            <source>Schedule Follow-up</source>
            <translation>安排跟进</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/FollowUpDialog.cpp" line="25" />
            <source>One follow-up for each of the %1 selected customers.</source>
            <translation>为选中的 %1 位客户各安排一条跟进。</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/FollowUpDialog.cpp" line="32" />
            <source>New Follow-up</source>
            <translation>新建跟进</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/FollowUpDialog.cpp" line="35" />
            <source>&amp;Customer:</source>
            <translation>客户(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/FollowUpDialog.cpp" line="44" />
            <source>Edit Follow-up</source>
            <translation>编辑跟进</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/FollowUpDialog.cpp" line="47" />
            <source>Customer:</source>
            <translation>客户：</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/FollowUpDialog.cpp" line="49" />
            <source>Made by the care rule “%1”: %2</source>
            <translation>由关怀规则“%1”生成：%2</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/FollowUpDialog.cpp" line="55" />
            <source>Why:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/FollowUpDialog.cpp" line="72" />
            <source>e.g. Call about the new season, invite to the tasting</source>
            <translation>例如：致电介绍新品，邀请参加品鉴会</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/FollowUpDialog.cpp" line="73" />
            <source>&amp;Due on:</source>
            <translation>日期(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/FollowUpDialog.cpp" line="74" />
            <source>&amp;What to do:</source>
            <translation>内容(&amp;W)：</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::GuideDialog</name>
        <message>
            <location filename="../ui/dialogs/GuideDialog.cpp" line="21" />
            <location filename="../ui/dialogs/GuideDialog.cpp" line="52" />
            <source>Clientele User Guide</source>
            <translation>Clientele 用户指南</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/GuideDialog.cpp" line="24" />
            <source>◀ &amp;Back</source>
            <translation>◀ 后退(&amp;B)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/GuideDialog.cpp" line="26" />
            <source>&amp;Forward ▶</source>
            <translation>前进(&amp;F) ▶</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/GuideDialog.cpp" line="28" />
            <source>&amp;Contents</source>
            <translation>目录(&amp;C)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/GuideDialog.cpp" line="52" />
            <source>%1 — Clientele User Guide</source>
            <translation>%1 — Clientele 用户指南</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::HealthPage</name>
        <message>
            <location filename="../ui/service/HealthPage.cpp" line="64" />
            <source>Service &amp;Settings…</source>
            <translation>服务设置(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../ui/service/HealthPage.cpp" line="79" />
            <source>Click a card to see the customers behind it.</source>
            <translation>点击卡片查看对应的客户。</translation>
        </message>
        <message>
            <location filename="../ui/service/HealthPage.cpp" line="113" />
            <source>Health</source>
            <translation>健康度</translation>
        </message>
        <message>
            <location filename="../ui/service/HealthPage.cpp" line="118" />
            <source>&amp;Health</source>
            <comment>View menu</comment>
            <translation>健康度(&amp;H)</translation>
        </message>
        <message>
            <location filename="../ui/service/HealthPage.cpp" line="129" />
            <source>Hea&amp;lth</source>
            <translation>健康度(&amp;L)</translation>
        </message>
        <message>
            <location filename="../ui/service/HealthPage.cpp" line="153" />
            <source>Shop health, %1</source>
            <translation>店铺健康度，%1</translation>
        </message>
        <message>
            <location filename="../ui/service/HealthPage.cpp" line="156" />
            <source>%1 h %2 min</source>
            <translation>%1 小时 %2 分钟</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/service/HealthPage.cpp" line="158" />
            <source>Service this month: %Ln ticket(s) opened, %1 resolved; median first response %2, median resolution %3 (opening hours).</source>
            <translation>
                <numerusform>本月服务：新开工单 %Ln 张，解决 %1 张；首次响应中位数 %2，解决时间中位数 %3（按营业时间）。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/service/HealthPage.cpp" line="177" />
            <source>%1 pts</source>
            <translation>%1 个百分点</translation>
        </message>
        <message>
            <location filename="../ui/service/HealthPage.cpp" line="180" />
            <source>%1 on last month</source>
            <translation>比上月 %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/service/HealthPage.cpp" line="185" />
            <source>%Ln answer(s) this month</source>
            <translation>
                <numerusform>本月 %Ln 份回答</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/service/HealthPage.cpp" line="186" />
            <source>%Ln answer(s) this month; a score needs %1</source>
            <translation>
                <numerusform>本月 %Ln 份回答；至少需要 %1 份才计分</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/service/HealthPage.cpp" line="189" />
            <source>%Ln ticket(s) resolved this month</source>
            <translation>
                <numerusform>本月解决 %Ln 张工单</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/service/HealthPage.cpp" line="191" />
            <source>12-month spend per buyer, %Ln buyer(s)</source>
            <translation>
                <numerusform>12 个月人均消费，共 %Ln 位购买顾客</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/service/HealthPage.cpp" line="193" />
            <source>Of %Ln buyer(s) in 12 months</source>
            <translation>
                <numerusform>12 个月内 %Ln 位购买顾客中</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/service/HealthPage.cpp" line="221" />
            <source>Unhappy survey answers in %1</source>
            <translation>%1 不满意的调查答复</translation>
        </message>
        <message>
            <location filename="../ui/service/HealthPage.cpp" line="223" />
            <source>Customers with two or more purchases in the 12 months to %1</source>
            <translation>截至 %1 的 12 个月内购买两次及以上的客户</translation>
        </message>
        <message>
            <location filename="../ui/service/HealthPage.cpp" line="225" />
            <source>Customers who bought in the 12 months to %1</source>
            <translation>截至 %1 的 12 个月内有购买的顾客</translation>
        </message>
        <message>
            <location filename="../ui/service/HealthPage.cpp" line="227" />
            <source>Customers who turned dormant in %1</source>
            <translation>%1 转为沉睡的客户</translation>
        </message>
        <message>
            <location filename="../ui/service/HealthPage.cpp" line="229" />
            <source>Customers whose ticket was late in %1</source>
            <translation>%1 工单超时的客户</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::HomeStoreField</name>
        <message>
            <location filename="../ui/stores/HomeStoreField.cpp" line="34" />
            <source>C&amp;hange…</source>
            <translation>更改(&amp;H)…</translation>
        </message>
        <message>
            <location filename="../ui/stores/HomeStoreField.cpp" line="41" />
            <source>Set the home store by hand, or give it back to where they first bought</source>
            <translation>手动设置归属门店，或改回首次购买的门店</translation>
        </message>
        <message>
            <location filename="../ui/stores/HomeStoreField.cpp" line="69" />
            <source>None yet: it becomes the store of their first purchase.</source>
            <translation>暂无：首次购买后即为所购门店。</translation>
        </message>
        <message>
            <location filename="../ui/stores/HomeStoreField.cpp" line="70" />
            <source>%1 — set by hand</source>
            <translation>%1 · 手动设置</translation>
        </message>
        <message>
            <location filename="../ui/stores/HomeStoreField.cpp" line="71" />
            <source>%1 — where they first bought</source>
            <translation>%1 · 首次购买门店</translation>
        </message>
        <message>
            <location filename="../ui/stores/HomeStoreField.cpp" line="82" />
            <location filename="../ui/stores/HomeStoreField.cpp" line="108" />
            <source>Home Store</source>
            <translation>归属门店</translation>
        </message>
        <message>
            <location filename="../ui/stores/HomeStoreField.cpp" line="84" />
            <source>The home store decides whose customer this is in store figures and lists. Set by hand, neither an import nor a sale elsewhere changes it.</source>
            <translation>归属门店决定该顾客在门店数据和名单中算作哪家店的顾客。手动设置后，导入或在其他门店消费都不会改变它。</translation>
        </message>
        <message>
            <location filename="../ui/stores/HomeStoreField.cpp" line="91" />
            <source>Where they first bought (set automatically)</source>
            <translation>首次购买的门店（自动设置）</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::ImportCheckPage</name>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="37" />
            <source>Check before importing</source>
            <translation>导入前检查</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="38" />
            <source>A dry run: Clientele reads the whole file and tells you what importing would do. Nothing is written yet.</source>
            <translation>试运行：Clientele 读取整个文件，告诉您导入会做什么。此时不会写入任何数据。</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="45" />
            <source>Keep the existing customer as it is</source>
            <translation>保持已有客户不变</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="46" />
            <source>Fill only the fields that are empty</source>
            <translation>只填补空白的字段</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="47" />
            <source>Take every value from the file</source>
            <translation>全部采用文件中的值</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="48" />
            <source>When a row matches a customer already here:</source>
            <translation>当某行与已有客户匹配时：</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="100" />
            <source>Check stopped.</source>
            <translation>检查已停止。</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="108" />
            <source>Reading the file…</source>
            <translation>正在读取文件…</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::ImportFilePage</name>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="51" />
            <location filename="../ui/import/ImportPages.cpp" line="167" />
            <source>Choose a file</source>
            <translation>选择文件</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="52" />
            <source>An Excel workbook (.xlsx) or a CSV exported from Excel, your till or your online shop. Chinese (GBK/GB18030) and UTF-8 files both work.</source>
            <translation>Excel 工作簿（.xlsx），或从 Excel、收银系统、网店导出的 CSV。中文（GBK/GB18030）和 UTF-8 文件都可以。</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="58" />
            <source>Path of the Excel or CSV file</source>
            <translation>Excel 或 CSV 文件的路径</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="59" />
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="65" />
            <source>&amp;Sheet:</source>
            <translation>工作表(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="75" />
            <source>The file holds:</source>
            <translation>文件内容是：</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="76" />
            <source>&amp;Customers (one row per customer)</source>
            <translation>客户(&amp;C)（每行一位客户）</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="77" />
            <source>&amp;Orders (one row per purchase)</source>
            <translation>订单(&amp;O)（每行一次购买）</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="84" />
            <source>Create a customer for orders whose customer is not known yet</source>
            <translation>订单的客户尚不存在时自动创建客户</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="85" />
            <source>These customers &amp;agreed to receive marketing messages</source>
            <translation>这些客户已同意接收营销信息(&amp;A)</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="87" />
            <source>Used for rows without a marketing consent column or value. Unticked, no consent is recorded and campaigns leave these customers out until you record it.</source>
            <translation>用于没有营销同意列或值的行。不勾选则不记录同意，营销活动会排除这些客户，直到您记录同意为止。</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="90" />
            <source>S&amp;tore of rows that name none:</source>
            <translation>未写门店的行所属门店(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="94" />
            <source>A store column (门店, 店铺, store) wins where it has a value; a store it names that is not on the store list is added to it.</source>
            <translation>门店列（门店、店铺、store）有值时以它为准；其中不在门店列表里的门店会被加入列表。</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="96" />
            <source>None (or from the file's store column)</source>
            <translation>无（或取文件的门店列）</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="99" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="168" />
            <source>Excel and CSV files (*.xlsx *.xlsm *.csv *.tsv *.txt);;Excel workbooks (*.xlsx *.xlsm);;CSV files (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>Excel 和 CSV 文件 (*.xlsx *.xlsm *.csv *.tsv *.txt);;Excel 工作簿 (*.xlsx *.xlsm);;CSV 文件 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="192" />
            <source>Its header names order fields, so it looks like an order list.</source>
            <translation>表头包含订单字段，看起来是订单表。</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="193" />
            <source>Its header names customer fields, so it looks like a customer list.</source>
            <translation>表头包含客户字段，看起来是客户表。</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::ImportFormatPage</name>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="221" />
            <location filename="../ui/import/ImportPages.cpp" line="282" />
            <source>Check the text</source>
            <translation>检查文字</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="222" />
            <location filename="../ui/import/ImportPages.cpp" line="285" />
            <source>Clientele detected how the file is written. If the preview shows garbled characters or everything in one column, choose another encoding or delimiter.</source>
            <translation>Clientele 已识别文件的写法。如果预览出现乱码或所有内容挤在一列，请换一种编码或分隔符。</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="231" />
            <source>&amp;Encoding:</source>
            <translation>编码(&amp;E)：</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="232" />
            <source>&amp;Delimiter:</source>
            <translation>分隔符(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="241" />
            <location filename="../ui/import/ImportPages.cpp" line="244" />
            <source>Detect automatically</source>
            <translation>自动识别</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="243" />
            <source>GB18030 / GBK (Chinese Excel)</source>
            <translation>GB18030 / GBK（中文 Excel）</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="245" />
            <source>Comma ,</source>
            <translation>逗号 ,</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="246" />
            <source>Semicolon ;</source>
            <translation>分号 ;</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="247" />
            <source>Tab</source>
            <translation>制表符</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="248" />
            <source>Vertical bar |</source>
            <translation>竖线 |</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="282" />
            <source>Check the sheet</source>
            <translation>检查工作表</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="283" />
            <source>A workbook needs no encoding or delimiter. Check that the header and the first rows read as in Excel; to read another sheet, go back and choose it.</source>
            <translation>工作簿无需选择编码或分隔符。请检查表头和前几行是否与 Excel 中一致；要读取其他工作表，请返回上一步选择。</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="288" />
            <source>Reading the sheet &lt;b&gt;%1&lt;/b&gt; of the workbook; the header is on row %2.</source>
            <translation>读取工作簿中的工作表 &lt;b&gt;%1&lt;/b&gt;；表头在第 %2 行。</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="292" />
            <source>Reading as &lt;b&gt;%1&lt;/b&gt;%2, columns separated by &lt;b&gt;%3&lt;/b&gt;; the header is on line %4.</source>
            <translation>按 &lt;b&gt;%1&lt;/b&gt;%2 读取，列以&lt;b&gt;%3&lt;/b&gt;分隔；表头在第 %4 行。</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="293" />
            <source> (with BOM)</source>
            <translation>（带 BOM）</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::ImportHistoryDialog</name>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="37" />
            <source>Import History</source>
            <translation>导入记录</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="39" />
            <source>Every import of this shop, newest first. Undoing one removes what it added and restores every value it changed.</source>
            <translation>本店的每一次导入，最新的在前。撤销一次导入会删除它添加的内容，并恢复它改动过的每个值。</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="46" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="46" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="46" />
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="46" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="46" />
            <source>Rows</source>
            <translation>行数</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="46" />
            <source>Added</source>
            <translation>新增</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="47" />
            <source>Updated</source>
            <translation>更新</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="47" />
            <source>Skipped</source>
            <translation>跳过</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="47" />
            <source>Problems</source>
            <translation>问题行</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="47" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="48" />
            <source>Rows refused for a bad or missing value</source>
            <translation>因数值有误或缺失而未导入的行</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="55" />
            <source>No imports yet. File ▸ Import Customers or Orders… (Ctrl+I) brings in a CSV or Excel file.</source>
            <translation>还没有导入过。用“文件 ▸ 导入客户或订单…”（Ctrl+I）导入 CSV 或 Excel 文件。</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="63" />
            <source>&amp;Undo Import…</source>
            <translation>撤销导入(&amp;U)…</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="65" />
            <source>Removes what the selected import added and restores what it changed (asks first).</source>
            <translation>删除所选导入添加的内容，并恢复它改动过的值（会先询问）。</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="101" />
            <source>Customers</source>
            <comment>what an import brought in</comment>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="102" />
            <source>Orders</source>
            <comment>what an import brought in</comment>
            <translation>订单</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="112" />
            <source>Undone %1</source>
            <translation>已于 %1 撤销</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="113" />
            <source>In effect</source>
            <translation>有效</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="146" />
            <source>Undoing import #%1…</source>
            <translation>正在撤销导入 #%1…</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="155" />
            <source>Undo Import</source>
            <translation>撤销导入</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::ImportMappingPage</name>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="323" />
            <source>Match the columns</source>
            <translation>对应列</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="324" />
            <source>Each column of the file feeds one field. Clientele recognised the columns it could from their headings (Chinese or English); change any that are wrong.</source>
            <translation>文件的每一列对应一个字段。Clientele 已根据表头（中文或英文）识别了能识别的列；如有不对请修改。</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="330" />
            <source>&amp;Save Mapping As…</source>
            <translation>另存对应方案(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="332" />
            <source>Saved mapping:</source>
            <translation>已保存的方案：</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="339" />
            <source>Column in the file</source>
            <translation>文件中的列</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="339" />
            <source>Example values</source>
            <translation>示例值</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="339" />
            <source>Imports as</source>
            <translation>导入为</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="356" />
            <source>None (detect from the headings)</source>
            <translation>无（根据表头识别）</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="400" />
            <source>— not imported —</source>
            <translation>— 不导入 —</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="424" />
            <location filename="../ui/import/ImportPages.cpp" line="462" />
            <source>%1 (shop field)</source>
            <translation>%1（店铺字段）</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="426" />
            <source>New field from this column…</source>
            <translation>用此列新建字段…</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="497" />
            <location filename="../ui/import/ImportPages.cpp" line="499" />
            <source>%1, %2 or %3</source>
            <translation>%1、%2或%3</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="507" />
            <source>Still needed: %1.</source>
            <translation>还缺少：%1。</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="509" />
            <source>Not imported: %1.</source>
            <translation>不导入：%1。</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="519" />
            <location filename="../ui/import/ImportPages.cpp" line="528" />
            <source>Save Mapping</source>
            <translation>保存对应方案</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="520" />
            <source>Name for this mapping (for example the till or shop it comes from):</source>
            <translation>方案名称（例如数据来自哪个收银系统或店铺）：</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::ImportProblemsView</name>
        <message>
            <location filename="../ui/import/ImportProblemsView.cpp" line="35" />
            <source>Refused: %1</source>
            <translation>已拒绝：%1</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="43" />
            <source>Importing would add %Ln order(s).</source>
            <translation>
                <numerusform>导入将添加 %Ln 笔订单。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="43" />
            <source>%Ln order(s) added.</source>
            <translation>
                <numerusform>已添加 %Ln 笔订单。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="45" />
            <source>It would also add %Ln refund(s) (cancelled invoices, returns, negative amounts).</source>
            <translation>
                <numerusform>另有 %Ln 笔退款将被导入（作废的小票、退货、负金额）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="46" />
            <source>%Ln refund(s) added (cancelled invoices, returns, negative amounts).</source>
            <translation>
                <numerusform>已添加 %Ln 笔退款（作废的小票、退货、负金额）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="48" />
            <source>It would create %Ln customer(s) for them.</source>
            <translation>
                <numerusform>并将为其创建 %Ln 位客户。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="49" />
            <source>%Ln customer(s) created for them.</source>
            <translation>
                <numerusform>已为其创建 %Ln 位客户。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="51" />
            <source>%Ln order(s) already in the database would not be added again.</source>
            <translation>
                <numerusform>%Ln 笔订单已在数据库中，不会重复添加。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="52" />
            <source>%Ln order(s) already in the database, not added again.</source>
            <translation>
                <numerusform>%Ln 笔订单已在数据库中，未重复添加。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="54" />
            <source>%Ln row(s) repeating an order from an earlier line of this file: not added twice.</source>
            <translation>
                <numerusform>%Ln 行与本文件前面某行的订单重复：未重复添加。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="56" />
            <source>The file has one row per item: %Ln order line(s) would make up the orders.</source>
            <translation>
                <numerusform>该文件每件商品一行：将有 %Ln 行订单明细组成订单。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="57" />
            <source>The file has one row per item: %Ln order line(s) imported with their orders.</source>
            <translation>
                <numerusform>该文件每件商品一行：已随订单导入 %Ln 行订单明细。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="59" />
            <source>%Ln of these line(s) are shipping, fees or discounts: counted in their orders' amounts, not as products or categories.</source>
            <translation>
                <numerusform>其中 %Ln 行是运费、手续费或优惠：计入订单金额，不算作商品或品类。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="63" />
            <source>%Ln guest line(s) (no member code, phone or e-mail) not imported.</source>
            <translation>
                <numerusform>%Ln 行散客明细（没有会员卡号、手机或邮箱）未导入。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="65" />
            <source>Orders imported earlier to which this file adds lines: %Ln. Those lines are not added (listed below).</source>
            <translation>
                <numerusform>本文件为以前导入的订单追加了明细：%Ln 笔。这些明细行不会被添加（见下表）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="68" />
            <source>Importing would add %Ln customer(s).</source>
            <translation>
                <numerusform>导入将添加 %Ln 位客户。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="69" />
            <source>%Ln customer(s) added.</source>
            <translation>
                <numerusform>已添加 %Ln 位客户。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="71" />
            <source>It would update %Ln customer(s) already in the database.</source>
            <translation>
                <numerusform>将更新数据库中已有的 %Ln 位客户。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="72" />
            <source>%Ln customer(s) already in the database updated.</source>
            <translation>
                <numerusform>已更新数据库中已有的 %Ln 位客户。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="74" />
            <source>%Ln row(s) matching customers already in the database: they would be left as they are.</source>
            <translation>
                <numerusform>%Ln 行与数据库中已有的客户相符：这些客户将保持不变。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="76" />
            <source>%Ln row(s) matching customers already in the database: left as they were.</source>
            <translation>
                <numerusform>%Ln 行与数据库中已有的客户相符：这些客户保持不变。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="78" />
            <source>%Ln row(s) repeating a customer from an earlier line of this file: not added twice.</source>
            <translation>
                <numerusform>%Ln 行与本文件前面某行的客户重复：未重复添加。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="81" />
            <source>%Ln row(s) would be skipped because of a problem (listed below).</source>
            <translation>
                <numerusform>%Ln 行因有问题将被跳过（见下方列表）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="82" />
            <source>%Ln row(s) skipped because of a problem (listed below).</source>
            <translation>
                <numerusform>%Ln 行因有问题已跳过（见下方列表）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="84" />
            <source>Rows naming a customer who is not here yet: %Ln. Import the customers first, or go back to the first step and choose to create customers for unknown orders.</source>
            <translation>
                <numerusform>其中指向尚不存在的客户的行：%Ln。请先导入客户，或回到第一步，选择为未知订单创建客户。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="87" />
            <source>%Ln row(s) would be skipped: each disagrees with the customer it matches (listed below).</source>
            <translation>
                <numerusform>%Ln 行将被跳过：与其匹配的客户信息不一致（见下方列表）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="89" />
            <source>%Ln row(s) skipped: each disagrees with the customer it matches (listed below).</source>
            <translation>
                <numerusform>%Ln 行已跳过：与其匹配的客户信息不一致（见下方列表）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="91" />
            <source>%Ln row(s) would be imported with a warning: a value left out or kept as written (listed below).</source>
            <translation>
                <numerusform>%Ln 行将带警告导入：某个值被留空或按原样保留（见下方列表）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="93" />
            <source>%Ln row(s) imported with a warning: a value left out or kept as written (listed below).</source>
            <translation>
                <numerusform>%Ln 行已带警告导入：某个值被留空或按原样保留（见下方列表）。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/import/ImportProblemsView.cpp" line="96" />
            <source>Only the first %1 rows of each kind are listed; Export Problems… saves them all.</source>
            <translation>每类只列出前 %1 行；“导出问题…”会保存全部。</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportProblemsView.cpp" line="112" />
            <source>&amp;Export Problems…</source>
            <translation>导出问题行(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportProblemsView.cpp" line="115" />
            <source>Save every skipped row and warning as a CSV to fix in Excel and import again.</source>
            <translation>把所有跳过的行和警告保存为 CSV，在 Excel 中修改后再导入。</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportProblemsView.cpp" line="205" />
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportProblemsView.cpp" line="205" />
            <source>Line</source>
            <translation>行</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportProblemsView.cpp" line="205" />
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportProblemsView.cpp" line="205" />
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportProblemsView.cpp" line="205" />
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="235" />
            <source>first %1 of %Ln rows</source>
            <translation>
                <numerusform>前 %1 行，共 %Ln 行</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="236" />
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln 行</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/import/ImportProblemsView.cpp" line="237" />
            <source>&amp;Skipped (%1)</source>
            <translation>已跳过(&amp;S)（%1）</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportProblemsView.cpp" line="238" />
            <source>Skipped, &amp;disagree with a customer (%1)</source>
            <translation>已跳过，与客户不一致(&amp;D)（%1）</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportProblemsView.cpp" line="239" />
            <source>Imported with a &amp;warning (%1)</source>
            <translation>带警告导入(&amp;W)（%1）</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportProblemsView.cpp" line="241" />
            <source>One line per row of the file; a row with several problems lists them in its line. Ctrl+Tab switches tabs.</source>
            <translation>文件的每一行占一行；一行有多个问题时都列在这一行里。按 Ctrl+Tab 切换标签页。</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportProblemsView.cpp" line="250" />
            <location filename="../ui/import/ImportProblemsView.cpp" line="256" />
            <source>Export Problems</source>
            <translation>导出问题行</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportProblemsView.cpp" line="251" />
            <source>-problems.csv</source>
            <translation>-问题行.csv</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportProblemsView.cpp" line="252" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::ImportRunPage</name>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="138" />
            <source>Importing</source>
            <translation>正在导入</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="149" />
            <source>&amp;Cancel Import</source>
            <translation>取消导入(&amp;C)</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="151" />
            <source>&amp;Undo This Import…</source>
            <translation>撤销本次导入(&amp;U)…</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="153" />
            <source>Removes what this import added and restores what it changed (asks first).</source>
            <translation>删除本次导入添加的内容，恢复它修改过的值（会先询问）。</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="190" />
            <source>Import finished</source>
            <translation>导入完成</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="193" />
            <source>The import is saved, but tiers and stages could not be recalculated (%1). Use Tools ▸ Recalculate Tiers.</source>
            <translation>导入已保存，但无法重新计算等级和阶段（%1）。请使用 工具 ▸ 重新计算等级。</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportRunPages.cpp" line="196" />
            <source>Tiers and stages were refreshed for the %Ln customer(s) it touched.</source>
            <translation>
                <numerusform>已为涉及的 %Ln 位客户刷新等级和阶段。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="203" />
            <source>Import cancelled</source>
            <translation>导入已取消</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="203" />
            <location filename="../ui/import/ImportRunPages.cpp" line="212" />
            <source>Import failed</source>
            <translation>导入失败</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="204" />
            <source>The import was cancelled; the database is unchanged.</source>
            <translation>导入已取消，数据库没有任何改变。</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="205" />
            <source>Nothing was imported: %1</source>
            <translation>没有导入任何数据：%1</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="213" />
            <source>Another task is still running; close the wizard and try again.</source>
            <translation>另一项任务仍在运行；请关闭向导后重试。</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="225" />
            <source>Importing %1… Cancel leaves the database as it was.</source>
            <translation>正在导入 %1… 取消会让数据库保持原样。</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="234" />
            <source>Cancelling… the import is being rolled back.</source>
            <translation>正在取消…导入正在回滚。</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="265" />
            <source>Import undone</source>
            <translation>导入已撤销</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="272" />
            <source>Undo Import</source>
            <translation>撤销导入</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::ImportTemplates</name>
        <message>
            <location filename="../ui/widgets/ImportTemplates.cpp" line="36" />
            <source>customers-template.csv</source>
            <translation>客户导入模板.csv</translation>
        </message>
        <message>
            <location filename="../ui/widgets/ImportTemplates.cpp" line="37" />
            <source>orders-template.csv</source>
            <translation>订单导入模板.csv</translation>
        </message>
        <message>
            <location filename="../ui/widgets/ImportTemplates.cpp" line="48" />
            <source>Cannot write %1. Is the folder writable and the disk not full?</source>
            <translation>无法写入 %1。请检查文件夹是否可写、磁盘是否已满。</translation>
        </message>
        <message>
            <location filename="../ui/widgets/ImportTemplates.cpp" line="63" />
            <source>Save Import Templates to Folder</source>
            <translation>将导入模板保存到文件夹</translation>
        </message>
        <message>
            <location filename="../ui/widgets/ImportTemplates.cpp" line="71" />
            <location filename="../ui/widgets/ImportTemplates.cpp" line="78" />
            <location filename="../ui/widgets/ImportTemplates.cpp" line="82" />
            <source>Save Import Templates</source>
            <translation>保存导入模板</translation>
        </message>
        <message>
            <location filename="../ui/widgets/ImportTemplates.cpp" line="72" />
            <source>%1 already exists in this folder. Replace it?</source>
            <translation>此文件夹中已有 %1。要替换吗？</translation>
        </message>
        <message>
            <location filename="../ui/widgets/ImportTemplates.cpp" line="72" />
            <source> and </source>
            <translation> 和 </translation>
        </message>
        <message>
            <location filename="../ui/widgets/ImportTemplates.cpp" line="83" />
            <source>Saved in %1:

%2

Open them in Excel, replace the example rows with your own (keep the first row), save as CSV and import them with File ▸ Import — customers first, then orders.</source>
            <translation>已保存到 %1：

%2

用 Excel 打开，把示例行换成您自己的数据（保留第一行），另存为 CSV，再用“文件 ▸ 导入”导入——先导入客户，再导入订单。</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::ImportUndo</name>
        <message numerus="yes">
            <location filename="../ui/import/ImportUndo.cpp" line="55" />
            <source>%Ln customer(s) removed.</source>
            <translation>
                <numerusform>已删除 %Ln 位客户。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportUndo.cpp" line="57" />
            <source>%Ln order(s) removed.</source>
            <translation>
                <numerusform>已删除 %Ln 笔订单。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportUndo.cpp" line="59" />
            <source>%Ln changed value(s) restored.</source>
            <translation>
                <numerusform>已恢复 %Ln 个修改过的值。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::ImportWizard</name>
        <message>
            <location filename="../ui/import/ImportWizard.cpp" line="17" />
            <source>Import Customers or Orders</source>
            <translation>导入客户或订单</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportWizard.cpp" line="28" />
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportWizard.cpp" line="39" />
            <source>Stop the import? It is rolled back: nothing from this file is imported.</source>
            <translation>停止导入吗？导入会被回滚：此文件的内容都不会导入。</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportWizard.cpp" line="41" />
            <source>Leave the import? Nothing from this file has been imported yet.</source>
            <translation>离开导入吗？此文件的内容尚未导入。</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::LastCampaignsWidget</name>
        <message>
            <location filename="../ui/campaigns/LastCampaignsWidget.cpp" line="20" />
            <source>Last campaigns</source>
            <translation>最近的营销活动</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/LastCampaignsWidget.cpp" line="25" />
            <source>Campaign</source>
            <translation>营销活动</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/LastCampaignsWidget.cpp" line="25" />
            <source>Contact group</source>
            <translation>联系组</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/LastCampaignsWidget.cpp" line="25" />
            <source>Held out</source>
            <translation>对照组</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/LastCampaignsWidget.cpp" line="25" />
            <source>Conversion lift</source>
            <translation>转化提升</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/LastCampaignsWidget.cpp" line="25" />
            <source>95% interval, points</source>
            <translation>95% 区间（百分点）</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/LastCampaignsWidget.cpp" line="35" />
            <source>Lift: conversion of the contacted group minus the hold-out's, with its 95% interval (unpooled Wald). Click a campaign to open it.</source>
            <translation>提升：联系组转化率减去对照组转化率，附 95% 区间（非合并 Wald 区间）。点击营销活动即可打开。</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::MainWindow</name>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="109" />
            <source>Changed elsewhere — Refresh</source>
            <translation>已在别处更改 — 刷新</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="112" />
            <source>Another till, the command line or a background task saved changes to this shop since this window last read it. Refresh (F5) shows them.</source>
            <translation>自本窗口上次读取以来，另一台收银机、命令行或后台任务保存了对本店的更改。刷新（F5）即可显示。</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="145" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="146" />
            <source>&amp;New Database…</source>
            <translation>新建数据库(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="147" />
            <source>&amp;Open Database…</source>
            <translation>打开数据库(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="148" />
            <source>Connect to Shop &amp;Server…</source>
            <translation>连接门店服务器(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="160" />
            <source>&amp;Import Customers or Orders…</source>
            <translation>导入客户或订单(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="162" />
            <source>Import a CSV from Excel, your till or your online shop (Ctrl+I). You can also drop a CSV file on the window.</source>
            <translation>导入来自 Excel、收银系统或网店的 CSV（Ctrl+I）。也可以把 CSV 文件拖到窗口上。</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="164" />
            <source>Import &amp;History…</source>
            <translation>导入记录(&amp;H)…</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="168" />
            <source>Every import of this shop, and undo for any of them</source>
            <translation>本店的每一次导入，可撤销其中任何一次</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="169" />
            <source>Save Import &amp;Templates…</source>
            <translation>保存导入模板(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="170" />
            <source>A customers and an orders CSV with example rows and the headings the import recognises.</source>
            <translation>一个客户 CSV 和一个订单 CSV，带示例行和导入能识别的表头。</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="172" />
            <source>&amp;Export Customers…</source>
            <translation>导出客户(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="173" />
            <source>Export the customers the list shows (all, or those matching the search and filters).</source>
            <translation>导出列表中显示的客户（全部，或符合搜索和筛选条件的）。</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="174" />
            <source>Export &amp;Marketing List…</source>
            <translation>导出营销名单(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="175" />
            <source>The customers the list shows, without those who opted out of marketing: for a campaign.</source>
            <translation>列表中显示的客户，去掉拒绝营销的客户：用于营销活动。</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="177" />
            <source>&amp;Print Monthly Report…</source>
            <translation>打印月度报告(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="183" />
            <source>&amp;Back Up Now</source>
            <translation>立即备份(&amp;B)</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="184" />
            <source>&amp;Restore a Backup…</source>
            <translation>恢复备份(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="186" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="190" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="193" />
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="196" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="199" />
            <source>Follow the System</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="207" />
            <source>The language changes the next time Clientele starts.</source>
            <translation>下次启动 Clientele 时切换语言。</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="211" />
            <source>&amp;Tools</source>
            <translation>工具(&amp;T)</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="222" />
            <source>&amp;Users and Roles…</source>
            <translation>用户和角色(&amp;U)…</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="223" />
            <source>&amp;Audit Log…</source>
            <translation>审计日志(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="225" />
            <source>Find &amp;Duplicates…</source>
            <translation>查找重复(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="231" />
            <source>Customer F&amp;ields…</source>
            <translation>客户字段(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="238" />
            <source>Sto&amp;res…</source>
            <translation>门店(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="242" />
            <source>Auto&amp;mation…</source>
            <translation>自动化(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="248" />
            <source>Sensitive &amp;Fields</source>
            <translation>敏感字段(&amp;F)</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="249" />
            <source>Set &amp;Passphrase…</source>
            <translation>设置口令(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="250" />
            <source>&amp;Mark a Field as Sensitive…</source>
            <translation>将字段标为敏感(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="252" />
            <source>Mark a Field as Sensitive</source>
            <translation>将字段标为敏感</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="253" />
            <source>Field name (letters, digits and _, e.g. passport_no):</source>
            <translation>字段名（字母、数字和 _，例如 passport_no）：</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="258" />
            <source>Sensitive Fields</source>
            <translation>敏感字段</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="260" />
            <source>&amp;Lock Now</source>
            <translation>立即锁定(&amp;L)</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="262" />
            <source>Sensitive fields locked.</source>
            <translation>敏感字段已锁定。</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="264" />
            <source>&amp;Backups to Keep…</source>
            <translation>保留的备份数(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="266" />
            <location filename="../ui/views/MainWindow.cpp" line="276" />
            <source>Backups to Keep</source>
            <translation>保留的备份数</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="267" />
            <source>Clientele backs up before the first import of a day (each import can be undone), before merges, erasures, undone imports and rule changes, and on quit once a day. Keep the newest backup of each of the last N days (and of %1 weeks before them), N =</source>
            <translation>Clientele 在每天第一次导入前备份（每次导入都可撤销），在合并、删除个人信息、撤销导入和修改规则前备份，退出时每天备份一次。保留最近 N 天每天最新的一份备份（以及此前 %1 周每周一份），N =</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="279" />
            <source>&amp;Switch User…</source>
            <translation>切换用户(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="281" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="282" />
            <source>User &amp;Guide</source>
            <translation>用户指南(&amp;G)</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="283" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="284" />
            <source>&amp;About Clientele</source>
            <translation>关于 Clientele(&amp;A)</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="285" />
            <source>About Clientele</source>
            <translation>关于 Clientele</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="286" />
            <source>&lt;b&gt;Clientele %1&lt;/b&gt;&lt;p&gt;A customer base for small shops: import, know, tier and act.&lt;/p&gt;</source>
            <translation>&lt;b&gt;Clientele %1&lt;/b&gt;&lt;p&gt;小店的客户管家：导入、了解、分层、行动。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="290" />
            <source>Main</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="313" />
            <source>%1 — Clientele</source>
            <translation>%1 — Clientele</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="314" />
            <source>%1 (read-only) — Clientele</source>
            <translation>%1（只读）— Clientele</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="449" />
            <source>Show Clientele</source>
            <translation>显示 Clientele</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="453" />
            <source>Follow-ups Due Today</source>
            <translation>今日到期的跟进</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="485" />
            <source>Signed in as %1 (%2)</source>
            <translation>已登录：%1（%2）</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="499" />
            <source>Change Passphrase</source>
            <translation>修改口令</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="499" />
            <source>Current passphrase:</source>
            <translation>当前口令：</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="504" />
            <location filename="../ui/views/MainWindow.cpp" line="509" />
            <location filename="../ui/views/MainWindow.cpp" line="513" />
            <location filename="../ui/views/MainWindow.cpp" line="518" />
            <source>Sensitive Fields Passphrase</source>
            <translation>敏感字段口令</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="505" />
            <source>New passphrase (at least 10 characters). Without it the sensitive fields cannot be read — keep it safe:</source>
            <translation>新口令（至少 10 个字符）。没有它就无法读取敏感字段，请妥善保管：</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="509" />
            <source>Once more:</source>
            <translation>再输入一次：</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="513" />
            <source>The two passphrases differ.</source>
            <translation>两次输入的口令不同。</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="521" />
            <source>Passphrase changed; every sensitive value was re-encrypted.</source>
            <translation>口令已修改；所有敏感信息已重新加密。</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="522" />
            <source>Sensitive fields are now stored encrypted.</source>
            <translation>敏感字段现在加密保存。</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/views/MainWindow.cpp" line="680" />
            <source>  ·  %Ln customer record(s) shown</source>
            <translation>
                <numerusform>  ·  显示 %Ln 条客户记录</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/views/MainWindow.cpp" line="681" />
            <source>  ·  %Ln order(s) recorded</source>
            <translation>
                <numerusform>  ·  已记录 %Ln 笔订单</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="682" />
            <source>  ·  ? orders recorded</source>
            <translation>  ·  已记录 ? 笔订单</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="684" />
            <source>  ·  %1 selected</source>
            <translation>  ·  已选 %1 位</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="691" />
            <source>User guide for the view in front</source>
            <translation>当前视图的用户指南</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="692" />
            <source>Search customers</source>
            <translation>搜索客户</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="693" />
            <source>Import a CSV file</source>
            <translation>导入 CSV 文件</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="694" />
            <source>New customer</source>
            <translation>新建客户</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="695" />
            <source>Print or save the monthly tier report</source>
            <translation>打印或保存月度等级报告</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="696" />
            <source>Enter</source>
            <translation>回车</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="696" />
            <source>Open the selected customer's profile</source>
            <translation>打开选中客户的档案</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="697" />
            <source>Tag the selected customers</source>
            <translation>给选中客户加标签</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="699" />
            <source>Schedule a follow-up for the selected customers</source>
            <translation>为选中客户安排跟进</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="700" />
            <source>Clear search and filters</source>
            <translation>清除搜索和筛选</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="701" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="702" />
            <source>Open a database</source>
            <translation>打开数据库</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="703" />
            <source>Page Up / Page Down</source>
            <translation>Page Up / Page Down</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="703" />
            <source>Calendar: previous / next month</source>
            <translation>日历：上个月 / 下个月</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="704" />
            <source>Calendar: mark the selected follow-up done</source>
            <translation>日历：将所选跟进标记为完成</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="705" />
            <source>Insert / Delete</source>
            <translation>Insert / Delete</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="705" />
            <source>Calendar: new follow-up / cancel the selected ones</source>
            <translation>日历：新建跟进 / 取消所选跟进</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="706" />
            <source>Counter: find a member (from any view; from the customer list, the selected customer)</source>
            <translation>收银台：查找会员（任意视图可用；在顾客列表中按下时带上所选顾客）</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="707" />
            <source>Counter: print the last receipt</source>
            <translation>收银台：打印上一张小票</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="708" />
            <source>Counter: enrol a new member</source>
            <translation>收银台：新建会员</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="709" />
            <source>Counter: top up stored value</source>
            <translation>收银台：储值充值</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="718" />
            <source>Keyboard Shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="743" />
            <location filename="../ui/views/MainWindowShopFiles.cpp" line="63" />
            <source>Backup failed</source>
            <translation>备份失败</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindowShopFiles.cpp" line="24" />
            <location filename="../ui/views/MainWindowShopFiles.cpp" line="30" />
            <source>New Database</source>
            <translation>新建数据库</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindowShopFiles.cpp" line="26" />
            <source>Clientele databases (*.sqlite)</source>
            <translation>Clientele 数据库 (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindowShopFiles.cpp" line="31" />
            <source>%1 already exists. Choose File ▸ Open Database to open it.</source>
            <translation>%1 已存在。请用“文件 ▸ 打开数据库”打开它。</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindowShopFiles.cpp" line="34" />
            <source>Cannot create database</source>
            <translation>无法创建数据库</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindowShopFiles.cpp" line="39" />
            <source>Open Database</source>
            <translation>打开数据库</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindowShopFiles.cpp" line="40" />
            <source>Clientele databases (*.sqlite *.db);;All files (*)</source>
            <translation>Clientele 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindowShopFiles.cpp" line="42" />
            <location filename="../ui/views/MainWindowShopFiles.cpp" line="104" />
            <source>Cannot open database</source>
            <translation>无法打开数据库</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindowShopFiles.cpp" line="66" />
            <source>Backup written and checked: %1</source>
            <translation>备份已写入并校验：%1</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindowShopFiles.cpp" line="74" />
            <location filename="../ui/views/MainWindowShopFiles.cpp" line="82" />
            <source>Restore a Backup</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindowShopFiles.cpp" line="74" />
            <source>There is no backup of %1 yet.</source>
            <translation>%1 还没有备份。</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindowShopFiles.cpp" line="79" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindowShopFiles.cpp" line="83" />
            <source>Replace the current data with this backup? The current file is kept beside it.</source>
            <translation>用这个备份替换当前数据吗？当前文件会保留在旁边。</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindowShopFiles.cpp" line="101" />
            <source>Restore failed</source>
            <translation>恢复失败</translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindowShopFiles.cpp" line="110" />
            <source>Backup restored; the replaced file was kept as %1.</source>
            <translation>备份已恢复；被替换的文件保留为 %1。</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::MemberLedgerPanel</name>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="74" />
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="79" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="74" />
            <source>Ledger</source>
            <translation>账户</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="74" />
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="79" />
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="74" />
            <source>Change</source>
            <translation>变化</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="74" />
            <source>Expires</source>
            <translation>过期日</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="75" />
            <source>Sale</source>
            <comment>column: a sale's number</comment>
            <translation>销售</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="75" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="75" />
            <source>By</source>
            <translation>经办人</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="75" />
            <source>Till</source>
            <translation>收银机</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="79" />
            <source>Number</source>
            <translation>单号</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="79" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="79" />
            <source>Points redeemed</source>
            <translation>抵扣积分</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="79" />
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="152" />
            <source>Stored value</source>
            <translation>储值</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="80" />
            <source>Other payment</source>
            <translation>其他支付</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="80" />
            <source>Points earned</source>
            <translation>获得积分</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="85" />
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="212" />
            <source>&amp;Refund or Void Sale…</source>
            <translation>退款或作废(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="87" />
            <source>Gives back the sale's points, stored value, coupon and card uses; a sale of today is voided, an older one refunded (owners only).</source>
            <translation>退回该单的积分、储值、优惠券和次卡次数；当天的单据作废，更早的单据退款（仅店主）。</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="121" />
            <source>Points: %1 (%2 expire within 30 days, %3 expired so far). Stored value: %4 (principal %5, bonus %6).</source>
            <translation>积分：%1（%2 将在 30 天内过期，已过期 %3）。储值：%4（本金 %5，赠送 %6）。</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="143" />
            <source>Points</source>
            <translation>积分</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="154" />
            <source>principal %1, bonus %2</source>
            <translation>本金 %1，赠送 %2</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="175" />
            <source>Void of %1</source>
            <translation>作废 %1</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="176" />
            <source>Refund of %1</source>
            <translation>退款 %1</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="178" />
            <source>%1 (voided)</source>
            <translation>%1（已作废）</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="179" />
            <source>%1 (refunded)</source>
            <translation>%1（已退款）</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="186" />
            <source>+%1 returned</source>
            <translation>+%1 已退还</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="191" />
            <source>%1 taken back</source>
            <translation>%1 已收回</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="210" />
            <source>&amp;Void Sale…</source>
            <translation>作废单据(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="210" />
            <source>&amp;Refund Sale…</source>
            <translation>退款(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="218" />
            <source>Void sale %1 (rung up today)?</source>
            <translation>作废单据 %1（今天开单）？</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="218" />
            <source>Refund sale %1? (After its day: owners only.)</source>
            <translation>为单据 %1 退款？（开单次日起仅店主可退。）</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="223" />
            <source>%1 (member %2)</source>
            <translation>%1（会员 %2）</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="224" />
            <source>Customer: %1. Sale amount: %2, rung up on %3.</source>
            <translation>顾客：%1。销售金额：%2，销售日期：%3。</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="228" />
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="231" />
            <source>Pay back %1 by %2.</source>
            <translation>以%2退还 %1。</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="235" />
            <source>Stored value that will be returned: principal %1, bonus %2.</source>
            <translation>将退回储值：本金 %1，赠送 %2。</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="238" />
            <source>Points that will be given back: %1.</source>
            <translation>将退回积分：%1。</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="240" />
            <source>Points the sale earned that will be taken back: %1.</source>
            <translation>将收回该单所得积分：%1。</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="242" />
            <source>Coupon that will be returned: %1.</source>
            <translation>将退回优惠券：%1。</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="242" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="244" />
            <source>Visit card %1: its %2 unused uses (of %3) will be cancelled.</source>
            <translation>次卡 %1：将作废其未用的 %2 次（共 %3 次）。</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="249" />
            <source>Visit-card uses that will be given back: %1.</source>
            <translation>将退回次卡次数：%1。</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="250" />
            <source>Afterwards: %1 points, stored value %2.</source>
            <translation>之后：积分 %1，储值 %2。</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="252" />
            <source>The points this sale earned were partly spent since: the balance goes below zero, and the next points the member earns make it up.</source>
            <translation>这笔销售所得积分已有部分被使用：积分余额将低于零，会员之后获得的积分会先补足差额。</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="268" />
            <source>Void Sale</source>
            <translation>作废单据</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="268" />
            <source>Refund Sale</source>
            <translation>退款</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="295" />
            <source>Voided %1 (reversal recorded as %2).</source>
            <translation>已作废 %1（冲销记录为 %2）。</translation>
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="295" />
            <source>Refunded %1 (refund recorded as %2).</source>
            <translation>已退款 %1（退款记录为 %2）。</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::MemberProgramDialog</name>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="72" />
            <source>Visit-Card Plans and Coupon Types</source>
            <translation>次卡方案和优惠券类型</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="77" />
            <source>Visit-card plans</source>
            <translation>次卡方案</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="78" />
            <source>Coupon types</source>
            <translation>优惠券类型</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="97" />
            <source>Plan</source>
            <translation>方案</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="97" />
            <source>Uses</source>
            <translation>次数</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="97" />
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="97" />
            <source>Per use</source>
            <translation>每次单价</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="97" />
            <source>Months valid</source>
            <translation>有效月数</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="97" />
            <source>Covers</source>
            <translation>适用项目</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="102" />
            <source>e.g. 10 haircuts</source>
            <translation>例如：剪发10次</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="114" />
            <source>Services or product codes the card covers</source>
            <translation>次卡适用的服务或商品编码</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="115" />
            <location filename="../ui/member/MemberProgramDialog.cpp" line="181" />
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="116" />
            <source>&amp;Uses:</source>
            <translation>次数(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="117" />
            <source>&amp;Price (¥):</source>
            <translation>价格（¥）(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="118" />
            <source>&amp;Months valid:</source>
            <translation>有效月数(&amp;M)：</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="119" />
            <source>Co&amp;vers:</source>
            <translation>适用项目(&amp;V)：</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="120" />
            <source>&amp;Add Plan</source>
            <translation>添加方案(&amp;A)</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="125" />
            <source>Only the owner may change the plans.</source>
            <translation>只有店主可以修改次卡方案。</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="137" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="137" />
            <source>Gives</source>
            <translation>优惠内容</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="137" />
            <source>Valid</source>
            <translation>有效期</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="137" />
            <source>Per customer</source>
            <translation>每人限领</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="137" />
            <source>Issued</source>
            <translation>已发放</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="137" />
            <source>Redeemed</source>
            <translation>已核销</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="138" />
            <source>Redemption rate</source>
            <translation>核销率</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="143" />
            <source>e.g. ¥20 off ¥200</source>
            <translation>例如：满200减20</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="155" />
            <source>no cap</source>
            <translation>不封顶</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="161" />
            <source>Days after issue</source>
            <translation>发放后若干天</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="162" />
            <source>Until a date</source>
            <translation>截止到某日</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="175" />
            <location filename="../ui/member/MemberProgramDialog.cpp" line="254" />
            <source>no limit</source>
            <translation>不限</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="176" />
            <source>&amp;Stackable with other stackable coupons</source>
            <translation>可与其他可叠加的券同时使用(&amp;S)</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="182" />
            <source>&amp;Kind:</source>
            <translation>类型(&amp;K)：</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="183" />
            <source>&amp;Amount off / item value (¥):</source>
            <translation>减免金额 / 赠品价值（¥）(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="184" />
            <source>&amp;Percent off:</source>
            <translation>折扣（减免百分比）(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="185" />
            <source>At m&amp;ost (¥):</source>
            <translation>最多减（¥）(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="186" />
            <source>&amp;Free item:</source>
            <translation>赠品(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="188" />
            <source>M&amp;inimum spend (¥):</source>
            <translation>最低消费（¥）(&amp;I)：</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="189" />
            <source>&amp;Valid:</source>
            <translation>有效期(&amp;V)：</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="190" />
            <source>&amp;Days:</source>
            <translation>天数(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="191" />
            <source>&amp;Last day:</source>
            <translation>最后一天(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="192" />
            <source>Per c&amp;ustomer:</source>
            <translation>每人限领(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="197" />
            <source>Add &amp;Coupon Type</source>
            <translation>添加券类型(&amp;C)</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="202" />
            <source>Only the owner may change the coupon types.</source>
            <translation>只有店主可以修改优惠券类型。</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="249" />
            <source>%1 days after issue</source>
            <translation>发放后 %1 天</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="250" />
            <source>until %1</source>
            <translation>至 %1</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="275" />
            <location filename="../ui/member/MemberProgramDialog.cpp" line="280" />
            <source>Add Plan</source>
            <translation>添加方案</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="275" />
            <source>The price "%1" is not an amount.</source>
            <translation>价格“%1”不是有效金额。</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="297" />
            <location filename="../ui/member/MemberProgramDialog.cpp" line="323" />
            <source>Add Coupon Type</source>
            <translation>添加券类型</translation>
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="297" />
            <source>"%1" is not an amount.</source>
            <translation>“%1”不是有效金额。</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::MergeDialog</name>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="44" />
            <source>Female</source>
            <translation>女</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="44" />
            <source>Male</source>
            <translation>男</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="46" />
            <source>Allowed</source>
            <translation>允许</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="46" />
            <source>Opted out</source>
            <translation>已退订</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="55" />
            <source>Find and Merge Duplicates</source>
            <translation>查找并合并重复客户</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="58" />
            <source>Records that may be the same person:</source>
            <translation>可能是同一个人的记录：</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="64" />
            <source>No other record shares this customer's phone, e-mail or name.</source>
            <translation>没有其他记录与该客户的手机号、邮箱或姓名相同。</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="67" />
            <source>Pick the value the merged customer keeps for each field. Orders, notes, follow-ups and tags of both are kept; marketing opt-outs are respected.</source>
            <translation>为每个字段选择合并后保留的值。双方的订单、备注、跟进和标签都会保留；退订营销的选择会被尊重。</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="75" />
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="75" />
            <source>This customer</source>
            <translation>当前客户</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="75" />
            <source>Duplicate</source>
            <translation>重复记录</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="82" />
            <source>Earlier merges into this customer:</source>
            <translation>以前合并到该客户的记录：</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="89" />
            <source>&amp;Merge Into This Customer</source>
            <translation>合并到当前客户(&amp;M)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="91" />
            <source>&amp;Undo Merge</source>
            <translation>撤销合并(&amp;U)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="92" />
            <source>Brings the merged record back with its own orders, notes and follow-ups.</source>
            <translation>恢复被合并的记录，连同它自己的订单、备注和跟进。</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="114" />
            <source>%1 · %2 · customer %3 — %4</source>
            <translation>%1 · %2 · 客户 %3 — %4</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="120" />
            <source>%1 ⚠ probably another person: %2</source>
            <translation>%1 ⚠ 可能是另一个人：%2</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="122" />
            <source>Birthday, city or gender differ. Merge only if you are sure this is the same person.</source>
            <translation>生日、城市或性别不同。确定是同一人时才合并。</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="141" />
            <source>%1 (customer %2), merged %3 — undone</source>
            <translation>%1（客户 %2），合并于 %3 — 已撤销</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="145" />
            <source>%1 (customer %2), merged %3</source>
            <translation>%1（客户 %2），合并于 %3</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="182" />
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="240" />
            <source>Cannot merge</source>
            <translation>无法合并</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="256" />
            <source>Cannot undo the merge</source>
            <translation>无法撤销合并</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::MonthModel</name>
        <message numerus="yes">
            <location filename="../ui/calendar/MonthModel.cpp" line="73" />
            <source>%Ln overdue</source>
            <translation>
                <numerusform>%Ln 个逾期</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/calendar/MonthModel.cpp" line="73" />
            <source>%Ln to do</source>
            <translation>
                <numerusform>%Ln 个待办</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/calendar/MonthModel.cpp" line="75" />
            <source>%Ln done or cancelled</source>
            <translation>
                <numerusform>%Ln 个已完成或取消</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::NewFieldDialog</name>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="43" />
            <source>The profile cannot be saved without a value</source>
            <translation>不填写则无法保存客户档案</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="45" />
            <source>New Customer Field</source>
            <translation>新建客户字段</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="50" />
            <source>e.g. Skin type</source>
            <translation>例如：肤质</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="51" />
            <source>made from the label</source>
            <translation>由名称生成</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="52" />
            <source>A short name for scripts and saved mappings: a-z, 0-9 and _</source>
            <translation>供脚本和已保存映射使用的简短名称：a-z、0-9 和 _</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="56" />
            <source>one choice per line</source>
            <translation>每行一个选项</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="58" />
            <source>Choices:</source>
            <translation>选项：</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="64" />
            <source>Label:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="65" />
            <source>Key:</source>
            <translation>键名：</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="66" />
            <source>Type:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="70" />
            <source>Add Field</source>
            <translation>添加字段</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::NewMemberDialog</name>
        <message>
            <location filename="../ui/counter/NewMemberDialog.cpp" line="21" />
            <source>New Member</source>
            <translation>新会员</translation>
        </message>
        <message>
            <location filename="../ui/counter/NewMemberDialog.cpp" line="27" />
            <source>&amp;Name:</source>
            <translation>姓名(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../ui/counter/NewMemberDialog.cpp" line="28" />
            <source>&amp;Phone:</source>
            <translation>手机(&amp;P)：</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::NoteDialog</name>
        <message>
            <location filename="../ui/dialogs/NoteDialog.cpp" line="20" />
            <source>Add Note</source>
            <translation>添加备注</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/NoteDialog.cpp" line="32" />
            <source>What happened, what they asked for, what you promised…</source>
            <translation>发生了什么、客户想要什么、您答应了什么…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/NoteDialog.cpp" line="33" />
            <source>&amp;Kind:</source>
            <translation>类型(&amp;K)：</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/NoteDialog.cpp" line="34" />
            <source>&amp;When:</source>
            <translation>时间(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/NoteDialog.cpp" line="35" />
            <source>&amp;Text:</source>
            <translation>内容(&amp;T)：</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::ParamForm</name>
        <message>
            <location filename="../ui/automation/ParamForm.cpp" line="66" />
            <source>%1:</source>
            <translation>%1：</translation>
        </message>
        <message>
            <location filename="../ui/automation/ParamForm.cpp" line="69" />
            <source>Nothing to set.</source>
            <translation>无需设置。</translation>
        </message>
        <message>
            <location filename="../ui/automation/ParamForm.cpp" line="80" />
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <location filename="../ui/automation/ParamForm.cpp" line="97" />
            <source>¥</source>
            <translation>¥</translation>
        </message>
        <message>
            <location filename="../ui/automation/ParamForm.cpp" line="98" />
            <source>no limit</source>
            <translation>不限</translation>
        </message>
        <message>
            <location filename="../ui/automation/ParamForm.cpp" line="113" />
            <source>Empty: the rule's usual wording</source>
            <translation>留空：使用规则的默认措辞</translation>
        </message>
        <message>
            <location filename="../ui/automation/ParamForm.cpp" line="118" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../ui/automation/ParamForm.cpp" line="119" />
            <source>Any; separate several with commas</source>
            <translation>不限；多个用逗号分隔</translation>
        </message>
        <message>
            <location filename="../ui/automation/ParamForm.cpp" line="127" />
            <source>One holiday a line: its name, a colon, its dates (2027-02-06, 2028-01-26)</source>
            <translation>每行一个节日：名称、冒号、日期（2027-02-06, 2028-01-26）</translation>
        </message>
        <message>
            <location filename="../ui/automation/ParamForm.cpp" line="148" />
            <source>(none yet)</source>
            <translation>（暂无）</translation>
        </message>
        <message>
            <location filename="../ui/automation/ParamForm.cpp" line="167" />
            <source>%1 (not in this shop now)</source>
            <translation>%1（本店当前没有）</translation>
        </message>
        <message>
            <location filename="../ui/automation/ParamForm.cpp" line="170" />
            <source>This shop has no such choice at the moment (another tier scheme, or one that was removed): it matches no customer until it has. Untick it to drop it.</source>
            <translation>本店当前没有这一选项（属于另一种等级方案，或已被删除）：在有之前不会匹配任何客户。取消勾选即可去掉。</translation>
        </message>
        <message>
            <location filename="../ui/automation/ParamForm.cpp" line="173" />
            <source>Tick the ones that count; none ticked: any</source>
            <translation>勾选适用的；都不勾选表示不限</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::Receipt</name>
        <message>
            <location filename="../ui/counter/Receipt.cpp" line="39" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../ui/counter/Receipt.cpp" line="39" />
            <source>Visit card %1 (%2)</source>
            <translation>次卡 %1（%2）</translation>
        </message>
        <message>
            <location filename="../ui/counter/Receipt.cpp" line="42" />
            <source>Tier discount</source>
            <translation>等级折扣</translation>
        </message>
        <message>
            <location filename="../ui/counter/Receipt.cpp" line="44" />
            <source>Coupon %1</source>
            <translation>优惠券 %1</translation>
        </message>
        <message>
            <location filename="../ui/counter/Receipt.cpp" line="46" />
            <source>Free: %1</source>
            <translation>赠品：%1</translation>
        </message>
        <message>
            <location filename="../ui/counter/Receipt.cpp" line="48" />
            <source>%1 points redeemed</source>
            <translation>抵扣 %1 积分</translation>
        </message>
        <message>
            <location filename="../ui/counter/Receipt.cpp" line="50" />
            <source>Stored value: principal</source>
            <translation>储值：本金</translation>
        </message>
        <message>
            <location filename="../ui/counter/Receipt.cpp" line="51" />
            <source>Stored value: bonus</source>
            <translation>储值：赠送</translation>
        </message>
        <message>
            <location filename="../ui/counter/Receipt.cpp" line="55" />
            <source>Total paid</source>
            <translation>实付合计</translation>
        </message>
        <message>
            <location filename="../ui/counter/Receipt.cpp" line="57" />
            <source>Points earned</source>
            <translation>获得积分</translation>
        </message>
        <message>
            <location filename="../ui/counter/Receipt.cpp" line="58" />
            <source>Points now</source>
            <translation>当前积分</translation>
        </message>
        <message>
            <location filename="../ui/counter/Receipt.cpp" line="59" />
            <source>Stored value now</source>
            <translation>当前储值</translation>
        </message>
        <message>
            <location filename="../ui/counter/Receipt.cpp" line="60" />
            <source>of which bonus</source>
            <translation>其中赠送</translation>
        </message>
        <message>
            <location filename="../ui/counter/Receipt.cpp" line="62" />
            <source>Receipt</source>
            <translation>小票</translation>
        </message>
        <message>
            <location filename="../ui/counter/Receipt.cpp" line="70" />
            <source>No. %1</source>
            <translation>单号 %1</translation>
        </message>
        <message>
            <location filename="../ui/counter/Receipt.cpp" line="72" />
            <source>Member %1 %2</source>
            <translation>会员 %1 %2</translation>
        </message>
        <message>
            <location filename="../ui/counter/Receipt.cpp" line="73" />
            <source>Thank you!</source>
            <translation>谢谢惠顾！</translation>
        </message>
        <message>
            <location filename="../ui/counter/Receipt.cpp" line="102" />
            <source>Cannot write %1.</source>
            <translation>无法写入 %1。</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::ReportDialog</name>
        <message>
            <location filename="../ui/dialogs/ReportDialog.cpp" line="29" />
            <source>Monthly Tier Report</source>
            <translation>月度等级报告</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/ReportDialog.cpp" line="37" />
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/ReportDialog.cpp" line="38" />
            <source>Letter</source>
            <translation>Letter（美式信纸）</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/ReportDialog.cpp" line="41" />
            <source>&amp;Month:</source>
            <translation>月份(&amp;M)：</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/ReportDialog.cpp" line="42" />
            <source>S&amp;tores:</source>
            <translation>门店(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/ReportDialog.cpp" line="44" />
            <source>&amp;Paper:</source>
            <translation>纸张(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/ReportDialog.cpp" line="48" />
            <source>Key figures with the change from the month before, the tier table and chart, the tier migration, top and at-risk customers, and follow-ups.</source>
            <translation>包含关键指标及与上月相比的变化、等级表和图、等级迁移、重点客户与流失风险客户，以及跟进。</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/ReportDialog.cpp" line="50" />
            <source>No month has figures yet: the report appears after the first segmentation run.</source>
            <translation>还没有任何月份的数据：第一次分层之后才有报告。</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/ReportDialog.cpp" line="53" />
            <source>&amp;Preview and Print…</source>
            <translation>预览并打印(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/ReportDialog.cpp" line="54" />
            <source>&amp;Save As…</source>
            <translation>另存为(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/ReportDialog.cpp" line="55" />
            <source>PDF, HTML (for a browser) or CSV (for a spreadsheet)</source>
            <translation>PDF、HTML（用浏览器打开）或 CSV（用表格软件打开）</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/ReportDialog.cpp" line="111" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/ReportDialog.cpp" line="112" />
            <source>Web page (*.html)</source>
            <translation>网页 (*.html)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/ReportDialog.cpp" line="113" />
            <source>CSV for a spreadsheet (*.csv)</source>
            <translation>表格用 CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/ReportDialog.cpp" line="115" />
            <location filename="../ui/dialogs/ReportDialog.cpp" line="124" />
            <location filename="../ui/dialogs/ReportDialog.cpp" line="150" />
            <source>Save Report</source>
            <translation>保存报告</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/ReportDialog.cpp" line="115" />
            <source>tier-report-%1.pdf</source>
            <translation>等级报告-%1.pdf</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/ReportDialog.cpp" line="124" />
            <source>The report was saved as %1.</source>
            <translation>报告已保存为 %1。</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::ReportDocument</name>
        <message>
            <location filename="../ui/report/ReportDocument.cpp" line="134" />
            <source>Cannot write %1 (is the folder writable?).</source>
            <translation>无法写入 %1（文件夹可写吗？）。</translation>
        </message>
        <message>
            <location filename="../ui/report/ReportDocument.cpp" line="138" />
            <source>Cannot write %1.</source>
            <translation>无法写入 %1。</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::SegmentationRunner</name>
        <message>
            <location filename="../ui/widgets/SegmentationRunner.cpp" line="58" />
            <source>Recalculate &amp;Tiers</source>
            <translation>重新计算等级(&amp;T)</translation>
        </message>
        <message>
            <location filename="../ui/widgets/SegmentationRunner.cpp" line="62" />
            <source>Work out tiers, stages, RFM scores and predicted value for every customer now. Clientele also does this by itself after imports, merges and rule changes, and on the first start of a day.</source>
            <translation>立即为每位客户重新计算等级、阶段、消费评分和预测价值。导入、合并和规则变更之后，以及每天第一次启动时，Clientele 也会自动完成这项计算。</translation>
        </message>
        <message>
            <location filename="../ui/widgets/SegmentationRunner.cpp" line="70" />
            <source>Tiers %p%</source>
            <translation>等级 %p%</translation>
        </message>
        <message>
            <location filename="../ui/widgets/SegmentationRunner.cpp" line="145" />
            <source>Recalculating tiers, stages and predicted value…</source>
            <translation>正在重新计算等级、阶段和预测价值…</translation>
        </message>
        <message>
            <location filename="../ui/widgets/SegmentationRunner.cpp" line="146" />
            <source>Bringing tiers and stages up to date…</source>
            <translation>正在更新等级和阶段…</translation>
        </message>
        <message>
            <location filename="../ui/widgets/SegmentationRunner.cpp" line="154" />
            <location filename="../ui/widgets/SegmentationRunner.cpp" line="157" />
            <source>Tiers could not be recalculated: %1</source>
            <translation>无法重新计算等级：%1</translation>
        </message>
        <message>
            <location filename="../ui/widgets/SegmentationRunner.cpp" line="156" />
            <source>Recalculate Tiers</source>
            <translation>重新计算等级</translation>
        </message>
        <message>
            <location filename="../ui/widgets/SegmentationRunner.cpp" line="161" />
            <source>Tiers, stages and predicted value are up to date for %1 customers.</source>
            <translation>%1 位客户的等级、阶段和预测价值均已更新。</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::SensitiveFieldsPanel</name>
        <message>
            <location filename="../ui/widgets/SensitiveFieldsPanel.cpp" line="44" />
            <source>No passphrase is set for sensitive fields yet. The owner sets one under Tools ▸ Sensitive Fields; ID-card numbers and private notes are then stored encrypted.</source>
            <translation>敏感字段尚未设置口令。店主可在“工具 ▸ 敏感字段”中设置；之后身份证号和私密备注将加密保存。</translation>
        </message>
        <message>
            <location filename="../ui/widgets/SensitiveFieldsPanel.cpp" line="49" />
            <source>Unlocked for this session. Showing a value is recorded in the audit log.</source>
            <translation>本次会话已解锁。查看内容会记入审计日志。</translation>
        </message>
        <message>
            <location filename="../ui/widgets/SensitiveFieldsPanel.cpp" line="50" />
            <source>🔒 Locked. Values are encrypted; the owner's passphrase opens them.</source>
            <translation>🔒 已锁定。内容已加密，需店主口令才能打开。</translation>
        </message>
        <message>
            <location filename="../ui/widgets/SensitiveFieldsPanel.cpp" line="58" />
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <location filename="../ui/widgets/SensitiveFieldsPanel.cpp" line="61" />
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <location filename="../ui/widgets/SensitiveFieldsPanel.cpp" line="64" />
            <source>Show the value (recorded in the audit log)</source>
            <translation>显示内容（记入审计日志）</translation>
        </message>
        <message>
            <location filename="../ui/widgets/SensitiveFieldsPanel.cpp" line="64" />
            <source>Only the owner may see this</source>
            <translation>只有店主可以查看</translation>
        </message>
        <message>
            <location filename="../ui/widgets/SensitiveFieldsPanel.cpp" line="65" />
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <location filename="../ui/widgets/SensitiveFieldsPanel.cpp" line="83" />
            <location filename="../ui/widgets/SensitiveFieldsPanel.cpp" line="88" />
            <source>Unlock Sensitive Fields</source>
            <translation>解锁敏感字段</translation>
        </message>
        <message>
            <location filename="../ui/widgets/SensitiveFieldsPanel.cpp" line="83" />
            <source>Owner's passphrase:</source>
            <translation>店主口令：</translation>
        </message>
        <message>
            <location filename="../ui/widgets/SensitiveFieldsPanel.cpp" line="101" />
            <location filename="../ui/widgets/SensitiveFieldsPanel.cpp" line="121" />
            <source>Sensitive Fields</source>
            <translation>敏感字段</translation>
        </message>
        <message>
            <location filename="../ui/widgets/SensitiveFieldsPanel.cpp" line="115" />
            <source>New value (empty removes it):</source>
            <translation>新内容（留空即删除）：</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::ServicePage</name>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="35" />
            <source>Open tickets</source>
            <translation>未完成的工单</translation>
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="36" />
            <source>Overdue</source>
            <translation>已超时</translation>
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="37" />
            <source>Mine</source>
            <translation>我的</translation>
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="38" />
            <source>All tickets</source>
            <translation>全部工单</translation>
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="39" />
            <source>Show:</source>
            <translation>显示：</translation>
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="46" />
            <source>&amp;New Ticket…</source>
            <translation>新建工单(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="50" />
            <source>&amp;Open Ticket…</source>
            <translation>打开工单(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="52" />
            <source>Open the &amp;Customer</source>
            <translation>打开客户(&amp;C)</translation>
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="58" />
            <source>Service &amp;Settings…</source>
            <translation>服务设置(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="74" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="74" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="74" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="74" />
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="74" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="74" />
            <source>Handled by</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="74" />
            <source>Due</source>
            <translation>到期</translation>
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="74" />
            <source>Ticket subject</source>
            <translation>工单主题</translation>
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="89" />
            <source>Service</source>
            <translation>服务</translation>
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="94" />
            <source>&amp;Service</source>
            <comment>View menu</comment>
            <translation>服务(&amp;S)</translation>
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="99" />
            <source>&amp;Service</source>
            <translation>服务(&amp;S)</translation>
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="128" />
            <source>paused (waiting)</source>
            <translation>已暂停（等待客户）</translation>
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="130" />
            <source>resolved late (SLA breached)</source>
            <translation>解决超时（超出服务时限）</translation>
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="130" />
            <source>resolved in time</source>
            <translation>按时解决</translation>
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="132" />
            <source>%1 · breached</source>
            <translation>%1 · 已超时</translation>
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="154" />
            <source>Due %1; first response due %2</source>
            <translation>%1 到期；首次响应须在 %2 前</translation>
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="167" />
            <source>No tickets yet. A complaint, return, repair or question becomes a ticket with New Ticket… (Ctrl+Shift+K).</source>
            <translation>还没有工单。投诉、退货、维修或咨询可以用“新建工单…”（Ctrl+Shift+K）记录为工单。</translation>
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="169" />
            <source>No tickets here. Resolved and closed tickets are under “All tickets”; a new one: New Ticket… (Ctrl+Shift+K).</source>
            <translation>这里没有工单。已解决和已关闭的工单在“全部工单”中；新建工单：“新建工单…”（Ctrl+Shift+K）。</translation>
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="171" />
            <source>Tickets: %1, overdue: %2</source>
            <translation>工单：%1 个，超时：%2 个</translation>
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="172" />
            <source>Tickets: %1</source>
            <translation>工单：%1 个</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::ServiceSettingsDialog</name>
        <message>
            <location filename="../ui/service/ServiceSettingsDialog.cpp" line="31" />
            <source>Service Settings</source>
            <translation>服务设置</translation>
        </message>
        <message>
            <location filename="../ui/service/ServiceSettingsDialog.cpp" line="35" />
            <source>Opening hours (the SLA clock runs only while the shop is open)</source>
            <translation>营业时间（服务时限只在营业时间内计时）</translation>
        </message>
        <message>
            <location filename="../ui/service/ServiceSettingsDialog.cpp" line="60" />
            <source>Time to resolve, in opening hours (first response: a quarter of it)</source>
            <translation>解决时限，按营业时间计（首次响应：其四分之一）</translation>
        </message>
        <message>
            <location filename="../ui/service/ServiceSettingsDialog.cpp" line="69" />
            <source> h</source>
            <translation> 小时</translation>
        </message>
        <message>
            <location filename="../ui/service/ServiceSettingsDialog.cpp" line="74" />
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <location filename="../ui/service/ServiceSettingsDialog.cpp" line="90" />
            <source>NPS warning</source>
            <translation>NPS 预警</translation>
        </message>
        <message>
            <location filename="../ui/service/ServiceSettingsDialog.cpp" line="99" />
            <source> points</source>
            <translation> 分</translation>
        </message>
        <message>
            <location filename="../ui/service/ServiceSettingsDialog.cpp" line="101" />
            <source>Red when the NPS is below:</source>
            <translation>NPS 低于此值时变红：</translation>
        </message>
        <message>
            <location filename="../ui/service/ServiceSettingsDialog.cpp" line="102" />
            <source>Amber when it drops from last month by:</source>
            <translation>比上月下降达到此值时变黄：</translation>
        </message>
        <message>
            <location filename="../ui/service/ServiceSettingsDialog.cpp" line="106" />
            <source>Only the owner can change these settings.</source>
            <translation>只有店主可以修改这些设置。</translation>
        </message>
        <message>
            <location filename="../ui/service/ServiceSettingsDialog.cpp" line="124" />
            <source>first response within %1 h %2 min</source>
            <translation>首次响应须在 %1 小时 %2 分钟内</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::SignInDialog</name>
        <message>
            <location filename="../ui/dialogs/SignInDialog.cpp" line="21" />
            <source>Sign In — Clientele</source>
            <translation>登录 — Clientele</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/SignInDialog.cpp" line="23" />
            <source>&lt;b&gt;%1&lt;/b&gt; is protected by user accounts.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; 受用户账户保护。</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/SignInDialog.cpp" line="34" />
            <source>&amp;User:</source>
            <translation>用户(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/SignInDialog.cpp" line="35" />
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/SignInDialog.cpp" line="38" />
            <source>&amp;Sign In</source>
            <translation>登录(&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::StoreFilterCombo</name>
        <message>
            <location filename="../ui/stores/StoreFilterCombo.cpp" line="59" />
            <source>All stores</source>
            <translation>全部门店</translation>
        </message>
        <message>
            <location filename="../ui/stores/StoreFilterCombo.cpp" line="61" />
            <source>My stores</source>
            <translation>我的门店</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::StoresDialog</name>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="33" />
            <source>Edit Store</source>
            <translation>编辑门店</translation>
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="33" />
            <source>Add Store</source>
            <translation>添加门店</translation>
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="38" />
            <source>e.g. SH01, as in the store column of your order files</source>
            <translation>例如 SH01，与订单文件中门店列的写法一致</translation>
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="41" />
            <source>e.g. Nanjing Road</source>
            <translation>例如 南京路店</translation>
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="47" />
            <source>Orders and sales name the store by its code, so it stays as it is.</source>
            <translation>订单和销售记录用编码指代门店，因此编码不能修改。</translation>
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="51" />
            <source>&amp;Code:</source>
            <translation>编码(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="52" />
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="53" />
            <source>A&amp;ddress:</source>
            <translation>地址(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="84" />
            <location filename="../ui/stores/StoresDialog.cpp" line="170" />
            <source>Stores</source>
            <translation>门店</translation>
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="86" />
            <source>Each store is known by its code, which orders, counter sales and top-ups carry. A customer's home store is where they first bought, unless set on their profile; each till chooses the store it sells for on the Counter page.</source>
            <translation>每家门店以编码区分，订单、收银销售和充值都记录该编码。顾客的归属门店是其首次购买的门店，也可以在顾客资料中手动设置；每台收银机在“收银台”页面选择自己所属的门店。</translation>
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="96" />
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="96" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="96" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="96" />
            <source>Home customers</source>
            <translation>归属顾客</translation>
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="98" />
            <source>Customers whose home store this is: where they first bought, or set by hand on their profile</source>
            <translation>归属于该门店的顾客：首次在此购买，或在顾客资料中手动设置</translation>
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="108" />
            <source>No stores yet.

One shop needs none. A chain lists its stores here: add them with Add…, or import orders with a store column and the stores they name are added. Each till then chooses its store on the Counter page.</source>
            <translation>还没有门店。

单店经营不需要设置门店。连锁店在这里列出各家门店：点“添加…”逐个添加，或导入带门店列的订单，其中的门店会自动加入。之后每台收银机在“收银台”页面选择所属门店。</translation>
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="121" />
            <source>This shop is open read-only: the store list cannot be changed.</source>
            <translation>本店以只读方式打开：不能修改门店列表。</translation>
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="122" />
            <source>Only an owner can change the store list.</source>
            <translation>只有店主可以修改门店列表。</translation>
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="127" />
            <source>&amp;Add…</source>
            <translation>添加(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="129" />
            <source>&amp;Edit…</source>
            <translation>编辑(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="131" />
            <source>&amp;Remove</source>
            <translation>删除(&amp;R)</translation>
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="156" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="243" />
            <source>Remove Store</source>
            <translation>删除门店</translation>
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="243" />
            <source>Remove store %1 from the list?</source>
            <translation>从列表中删除门店 %1？</translation>
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="246" />
            <source>Store Not Removed</source>
            <translation>门店未删除</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::SurveyPanel</name>
        <message>
            <location filename="../ui/service/SurveyPanel.cpp" line="27" />
            <source>How likely is the customer to recommend the shop (0–10)?</source>
            <translation>客户向别人推荐本店的可能性有多大（0–10 分）？</translation>
        </message>
        <message>
            <location filename="../ui/service/SurveyPanel.cpp" line="30" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../ui/service/SurveyPanel.cpp" line="30" />
            <source>Score</source>
            <translation>评分</translation>
        </message>
        <message>
            <location filename="../ui/service/SurveyPanel.cpp" line="30" />
            <location filename="../ui/service/SurveyPanel.cpp" line="46" />
            <source>Comment</source>
            <translation>评论</translation>
        </message>
        <message>
            <location filename="../ui/service/SurveyPanel.cpp" line="47" />
            <source>Record Ans&amp;wer</source>
            <translation>记录答复(&amp;W)</translation>
        </message>
        <message>
            <location filename="../ui/service/SurveyPanel.cpp" line="49" />
            <source>New Reply &amp;Code</source>
            <translation>新建回复码(&amp;C)</translation>
        </message>
        <message>
            <location filename="../ui/service/SurveyPanel.cpp" line="95" />
            <source>Answer recorded; a call-back is on the follow-up calendar.</source>
            <translation>答复已记录；回访任务已排入跟进日历。</translation>
        </message>
        <message>
            <location filename="../ui/service/SurveyPanel.cpp" line="96" />
            <source>Answer recorded.</source>
            <translation>答复已记录。</translation>
        </message>
        <message>
            <location filename="../ui/service/SurveyPanel.cpp" line="109" />
            <source>Reply code %1: put it in the survey message; when the customer answers, record it with the code (clientele-cli survey reply %1 --score N).</source>
            <translation>回复码 %1：请写进调查消息；客户答复后，用回复码记录（clientele-cli survey reply %1 --score 分数）。</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::TicketDialog</name>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="51" />
            <source>Ticket #%1</source>
            <translation>工单 #%1</translation>
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="51" />
            <source>New Service Ticket</source>
            <translation>新建服务工单</translation>
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="60" />
            <source>&amp;Customer:</source>
            <translation>客户(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="63" />
            <source>Customer:</source>
            <translation>客户：</translation>
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="67" />
            <source>&amp;Kind:</source>
            <translation>类型(&amp;K)：</translation>
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="71" />
            <source>&amp;Priority:</source>
            <translation>优先级(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="74" />
            <source>&amp;Subject:</source>
            <translation>主题(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="79" />
            <source>&amp;Description:</source>
            <translation>描述(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="84" />
            <source>Due:</source>
            <translation>到期：</translation>
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="87" />
            <source>S&amp;tatus:</source>
            <translation>状态(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="91" />
            <source>A note on the change; when resolving, the resolution</source>
            <translation>变更备注；解决时填写处理结果</translation>
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="93" />
            <source>&amp;Note:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="96" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="96" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="96" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="101" />
            <source>History</source>
            <translation>历史</translation>
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="136" />
            <source>Resolved later than its SLA</source>
            <translation>解决时已超出服务时限</translation>
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="136" />
            <source>Resolved within its SLA</source>
            <translation>按时解决</translation>
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="138" />
            <source>Paused while waiting for the customer</source>
            <translation>等待客户期间已暂停</translation>
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="140" />
            <source>%1 (overdue)</source>
            <translation>%1（已超时）</translation>
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="158" />
            <source>This shop is open read-only.</source>
            <translation>此店铺以只读方式打开。</translation>
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="170" />
            <source>Choose the customer first.</source>
            <translation>请先选择客户。</translation>
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="214" />
            <source>The new ticket has not been saved.</source>
            <translation>新工单尚未保存。</translation>
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="215" />
            <source>The ticket was changed but not saved.</source>
            <translation>工单已修改但尚未保存。</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::TillStoreBar</name>
        <message>
            <location filename="../ui/counter/TillStoreBar.cpp" line="20" />
            <source>T&amp;ill's store:</source>
            <translation>本收银台的门店(&amp;I)：</translation>
        </message>
        <message>
            <location filename="../ui/counter/TillStoreBar.cpp" line="29" />
            <source>The store this till sells for: its sales and top-ups count for that store. Each computer at the counter has its own setting.</source>
            <translation>本收银台所属的门店：这里的销售和充值都计入该门店。每台收银电脑单独设置。</translation>
        </message>
        <message>
            <location filename="../ui/counter/TillStoreBar.cpp" line="67" />
            <source>Choose this till's store…</source>
            <translation>选择本收银台的门店…</translation>
        </message>
        <message>
            <location filename="../ui/counter/TillStoreBar.cpp" line="77" />
            <source>none chosen for this till yet</source>
            <translation>本收银台尚未选择</translation>
        </message>
        <message>
            <location filename="../ui/counter/TillStoreBar.cpp" line="80" />
            <source>Choose the store this till stands in, so its sales and top-ups count for that store.</source>
            <translation>请选择本收银台所在的门店，这样这里的销售和充值才会计入该门店。</translation>
        </message>
        <message>
            <location filename="../ui/counter/TillStoreBar.cpp" line="82" />
            <source>An owner chooses the store this till sells for, here.</source>
            <translation>本收银台所属的门店由店主在此选择。</translation>
        </message>
        <message>
            <location filename="../ui/counter/TillStoreBar.cpp" line="109" />
            <source>This till now sells for %1.</source>
            <translation>本收银台现在属于%1。</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::TimelineView</name>
        <message>
            <location filename="../ui/widgets/TimelineView.cpp" line="38" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../ui/widgets/TimelineView.cpp" line="38" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../ui/widgets/TimelineView.cpp" line="38" />
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../ui/widgets/TimelineView.cpp" line="38" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::UserStoresDialog</name>
        <message>
            <location filename="../ui/stores/UserStoresDialog.cpp" line="21" />
            <source>Stores of %1</source>
            <translation>%1 的门店</translation>
        </message>
        <message>
            <location filename="../ui/stores/UserStoresDialog.cpp" line="23" />
            <source>Tick the stores whose figures %1 sees on the dashboard, in the monthly report and in the at-risk lists. No tick: the whole chain. Every member can still be served at any store.</source>
            <translation>勾选 %1 在仪表盘、月度报告和流失风险名单中可查看数字的门店。不勾选：整个连锁。任何会员仍可在任一门店接待。</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::UsersDialog</name>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="28" />
            <location filename="../ui/dialogs/UsersDialog.cpp" line="153" />
            <source>Users and Roles</source>
            <translation>用户和角色</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="30" />
            <source>Owners may do everything. Staff may not export, erase or merge customers, undo imports, change tier and care rules, restore backups or see full phone numbers. Without accounts, Clientele opens without signing in.</source>
            <translation>店主可以做所有操作。店员不能导出、删除或合并客户，不能撤销导入、修改等级和关怀规则、恢复备份，也不能查看完整手机号。未设账户时，Clientele 打开时无需登录。</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="38" />
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="38" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="38" />
            <source>Stores</source>
            <translation>门店</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="38" />
            <source>Locked until</source>
            <translation>锁定至</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="46" />
            <source>Add &amp;Owner…</source>
            <translation>添加店主(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="47" />
            <source>Add &amp;Staff…</source>
            <translation>添加店员(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="48" />
            <source>Set &amp;Password…</source>
            <translation>设置密码(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="49" />
            <source>Change &amp;Role</source>
            <translation>更改角色(&amp;R)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="50" />
            <source>S&amp;tores…</source>
            <translation>门店(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="52" />
            <source>Which stores' figures the account sees (none ticked: the whole chain)</source>
            <translation>账号可查看哪些门店的数字（不勾选：整个连锁）</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="56" />
            <source>Re&amp;move</source>
            <translation>删除(&amp;M)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="60" />
            <source>Add User</source>
            <translation>添加用户</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="60" />
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="98" />
            <source>Remove User</source>
            <translation>删除用户</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="98" />
            <source>Remove the account “%1”?</source>
            <translation>删除账户“%1”？</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="126" />
            <source>All (chain)</source>
            <translation>全部（整个连锁）</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="126" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="144" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="145" />
            <source>Password for %1 (at least %2 characters):</source>
            <translation>%1 的密码（至少 %2 个字符）：</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::WorkThroughDialog</name>
        <message>
            <location filename="../ui/campaigns/WorkThroughDialog.cpp" line="38" />
            <source>Work Through the Contact List</source>
            <translation>逐个联系</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/WorkThroughDialog.cpp" line="41" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/WorkThroughDialog.cpp" line="41" />
            <source>Phone</source>
            <translation>手机</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/WorkThroughDialog.cpp" line="41" />
            <source>Message</source>
            <translation>消息</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/WorkThroughDialog.cpp" line="41" />
            <source>Contacted</source>
            <translation>已联系</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/WorkThroughDialog.cpp" line="46" />
            <source>Co&amp;py Message</source>
            <translation>复制消息(&amp;P)</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/WorkThroughDialog.cpp" line="48" />
            <source>&amp;Mark Contacted</source>
            <translation>标记已联系(&amp;M)</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/WorkThroughDialog.cpp" line="109" />
            <source>Recorded as %1</source>
            <translation>记录的号码：%1</translation>
        </message>
        <message>
            <location filename="../ui/campaigns/WorkThroughDialog.cpp" line="119" />
            <source>%1 of %2 contacted</source>
            <translation>已联系 %1 / %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/campaigns/WorkThroughDialog.cpp" line="121" />
            <source>%Ln not reachable by phone</source>
            <translation>
                <numerusform>%Ln 位无法电话联系</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/campaigns/WorkThroughDialog.cpp" line="148" />
            <source>Message copied.</source>
            <translation>消息已复制。</translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::importundo</name>
        <message>
            <location filename="../ui/import/ImportUndo.cpp" line="22" />
            <source>Undo This Import</source>
            <translation>撤销本次导入</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportUndo.cpp" line="23" />
            <source>Undo import #%1? Everything it added is removed and every value it changed is restored. To have it back you would import the file again.</source>
            <translation>撤销第 %1 次导入？它添加的所有内容都会删除，修改过的值都会恢复。若想恢复，需要重新导入该文件。</translation>
        </message>
        <message>
            <location filename="../ui/import/ImportUndo.cpp" line="54" />
            <source>Import #%1 undone.</source>
            <translation>第 %1 次导入已撤销。</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../app/desktop/main.cpp" line="57" />
            <source>Customer base for small shops</source>
            <translation>小店客户管家</translation>
        </message>
        <message>
            <location filename="../app/desktop/main.cpp" line="60" />
            <source>Database file or shop server (postgresql://USER@HOST[:PORT]/DATABASE) to open.</source>
            <translation>要打开的数据库文件或门店服务器（postgresql://用户@主机[:端口]/数据库）。</translation>
        </message>
        <message>
            <location filename="../app/desktop/main.cpp" line="63" />
            <source>Open the demo shop (created on first use).</source>
            <translation>打开演示店（首次使用时创建）。</translation>
        </message>
        <message>
            <location filename="../app/desktop/main.cpp" line="91" />
            <source>Open Database</source>
            <translation>打开数据库</translation>
        </message>
        <message>
            <location filename="../app/desktop/main.cpp" line="92" />
            <source>Clientele databases (*.sqlite *.db);;All files (*)</source>
            <translation>Clientele 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../app/desktop/main.cpp" line="105" />
            <location filename="../app/desktop/main.cpp" line="159" />
            <source>Cannot open database</source>
            <translation>无法打开数据库</translation>
        </message>
        <message>
            <location filename="../app/desktop/main.cpp" line="118" />
            <location filename="../app/desktop/main.cpp" line="126" />
            <location filename="../app/desktop/main.cpp" line="133" />
            <source>Damaged database</source>
            <translation>数据库已损坏</translation>
        </message>
        <message>
            <location filename="../app/desktop/main.cpp" line="119" />
            <source>%1 is damaged (%2) and there is no backup to restore. The file was left as it is.</source>
            <translation>%1 已损坏（%2），且没有可恢复的备份。文件保持原样。</translation>
        </message>
        <message>
            <location filename="../app/desktop/main.cpp" line="127" />
            <source>%1 is damaged (%2).

Restore the newest backup, made %3? The damaged file is kept beside it.</source>
            <translation>%1 已损坏（%2）。

要恢复 %3 创建的最新备份吗？损坏的文件会保留在旁边。</translation>
        </message>
        <message>
            <location filename="../app/desktop/main.cpp" line="150" />
            <source>Database in use</source>
            <translation>数据库正在使用</translation>
        </message>
        <message>
            <location filename="../app/desktop/main.cpp" line="151" />
            <source>%1 is open in another Clientele window. Open it read-only?</source>
            <translation>%1 已在另一个 Clientele 窗口中打开。以只读方式打开吗？</translation>
        </message>
        <message>
            <location filename="../app/desktop/main.cpp" line="168" />
            <source>Cannot create the demo shop</source>
            <translation>无法创建演示店</translation>
        </message>
        <message>
            <location filename="../app/desktop/main.cpp" line="173" />
            <source>Cannot segment the demo shop</source>
            <translation>无法为演示店分层</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::customers::DisplayName</name>
        <message>
            <location filename="../core/customers/DisplayName.cpp" line="16" />
            <source>(no name)</source>
            <translation>（未填姓名）</translation>
        </message>
    </context>
    <context>
        <name>clientele::core::storage::HealthQueries</name>
        <message>
            <location filename="../core/storage/HealthQueries.cpp" line="22" />
            <source>Reading the customers behind a health figure</source>
            <translation>读取健康指标对应的客户</translation>
        </message>
    </context>
</TS>